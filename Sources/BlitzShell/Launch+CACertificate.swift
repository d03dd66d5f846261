import Foundation

/// `--cacert FILE`: the private CA the client trusts, checked before anything is sent.
extension Launch {
    /// The file given with `--cacert`, or nil; a file that is missing or unreadable is a usage error.
    func caCertificateFile() throws(ShellError) -> URL? {
        guard let path = options.caCertificate else { return nil }

        var isDirectory: ObjCBool = false
        let problem: String
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            problem = "does not exist"
        } else if isDirectory.boolValue {
            problem = "is a directory"
        } else if !FileManager.default.isReadableFile(atPath: path) {
            problem = "cannot be read"
        } else {
            return URL(fileURLWithPath: path)
        }
        throw .usage(
            "The CA certificate file '\(path)' \(problem): give --cacert a readable PEM file, e.g. --cacert ca.pem.")
    }
}

/// Why `--cacert` is refused on this platform rather than honoured or ignored.
///
/// On Linux, URLSession is FoundationNetworking over libcurl. It always verifies the
/// server's certificate against the system's CA bundle, and offers no public way to name
/// another CA file: it never hands server-trust challenges to a delegate, and it reads no
/// environment variable for the CA file on Linux (its `URLSessionCertificateAuthorityInfoFile`
/// exists only in Android builds; libcurl itself ignores `CURL_CA_BUNDLE`, and `SSL_CERT_FILE`
/// does not apply once libcurl has its built-in bundle, as on Debian). Ignoring `--cacert`
/// silently would leave the user wondering why verification fails, so it is refused with
/// the fix that works: trusting the CA system-wide.
enum CACertificate {
    static func unsupportedMessage(_ file: String) -> String {
        "--cacert '\(file)' cannot be honoured: on Linux, blitz's HTTP stack (URLSession over libcurl) "
            + "trusts only the system's CA bundle and offers no way to add a CA file. Install the CA "
            + "system-wide instead (copy it to /usr/local/share/ca-certificates/NAME.crt and run "
            + "update-ca-certificates); TLS is always verified and cannot be turned off."
    }
}

import BlitzAPI
import Foundation

/// `trace on|off` and `curl`: seeing what goes over the wire, secrets left out.
extension Session {
    func trace(_ invocation: Invocation) throws(ShellError) {
        guard invocation.arguments.count <= 1 else {
            throw .usage("'trace' takes on or off, e.g. trace on.")
        }
        guard let word = invocation.arguments.first else {
            output.line("trace is \(isTracing ? "on" : "off")")
            return
        }
        let enable: Bool
        switch word.text.lowercased() {
        case "on": enable = true
        case "off": enable = false
        default: throw .usage("'\(word.text)' is not on or off: use trace on or trace off.", column: word.column)
        }

        let handler: (@Sendable (Exchange) -> Void)? = enable ? Self.writeTrace : nil
        _ = try? Blocking.run { [client] in await client.setTraceHandler(handler) }
        isTracing = enable
    }

    @Sendable private static func writeTrace(_ exchange: Exchange) {
        FileHandle.standardError.write(Data(TraceText.text(for: exchange).utf8))
    }

    func printCurl(_ invocation: Invocation) throws(ShellError) {
        try invocation.expectNoArguments()
        guard !script.isChecking else { return }
        let exchange = try? Blocking.run { [client] in await client.lastExchange }
        guard let exchange = exchange ?? nil else {
            throw .failed("No request has been sent yet, so there is nothing to show as curl.")
        }
        let command = CurlCommand.text(for: exchange)
        if output.format == .json {
            output.json(["command": command])
        } else {
            output.line(command)
        }
        if exchange.usedToken {
            let hint = CurlCommand.signInHint(baseURL: target.url, username: username ?? "USER")
            output.note("Set BLITZ_TOKEN first, e.g. with BLITZ_PASSWORD set:\n  \(hint)")
        }
    }
}

import Dispatch
import Foundation

/// `blitz sandbox`: runs the simulator standalone until SIGINT or SIGTERM.
package enum SandboxCommand {
    /// Runs the command with its arguments and returns the exit status (2 for bad flags).
    package static func run(_ arguments: [String]) -> Int32 {
        let configuration: SandboxConfiguration
        switch SandboxOptions.parse(arguments) {
        case .help:
            print(SandboxOptions.help)
            return 0
        case .failure(let message):
            printError("blitz sandbox: \(message)\nRun 'blitz sandbox --help' for the flags.")
            return 2
        case .configuration(let parsed):
            configuration = parsed
        }
        return serve(configuration)
    }

    private static func serve(_ configuration: SandboxConfiguration) -> Int32 {
        var configuration = configuration
        configuration.requestLog = { printError($0) }
        configuration.progress = { printError($0) }
        let server: SandboxServer
        let url: URL
        do {
            server = try SandboxServer(configuration: configuration)
            url = try server.start()
        } catch {
            printError("blitz sandbox: \(error)")
            return 1
        }
        if !configuration.isLoopback {
            printError(
                "warning: the sandbox on \(configuration.host) is reachable from the network; "
                    + "anyone who can reach it can sign in with the printed password."
            )
        }
        print("Blitz sandbox (API 2.7.1) listening on \(url.absoluteString) password: \(configuration.password)")
        fflush(nil)  // flushes stdout, so a test reading the pipe sees the line at once
        waitForTermination()
        server.stop()
        printError("Sandbox stopped.")
        return 0
    }

    /// Blocks until SIGINT or SIGTERM arrives.
    private static func waitForTermination() {
        let done = DispatchSemaphore(value: 0)
        var sources: [DispatchSourceSignal] = []
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { done.signal() }
            source.resume()
            sources.append(source)
        }
        done.wait()
        for source in sources { source.cancel() }
    }

    /// Writes one line to standard error in a single `write`, so lines from request threads never interleave.
    static func printError(_ line: String) {
        var bytes = Array(line.utf8)
        bytes.append(UInt8(ascii: "\n"))
        _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}

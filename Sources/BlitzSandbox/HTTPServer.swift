@preconcurrency import CMicroHTTPD
import Dispatch
import Foundation
import Synchronization

/// A libmicrohttpd listener: an internal polling thread and a pool of worker threads.
///
/// Each request's body is gathered in a ``RequestContext`` over several callbacks, capped at
/// ``maximumBodySize``; past the cap the rest is read and thrown away, and the request is
/// answered with an error rather than buffered without bound. Headers past
/// ``maximumHeaderSize`` get a JSON 431.
final class HTTPServer: Sendable {
    static let maximumBodySize = 1 << 20

    /// The most header bytes (names and values) a request may carry; a token is far smaller.
    static let maximumHeaderSize = 16 << 10

    /// How long ``stop()`` lets requests already being handled finish.
    static let drainTimeout: Duration = .seconds(5)

    private let handler: @Sendable (HTTPRequest) -> HTTPReply
    private let log: (@Sendable (String) -> Void)?
    private let daemon = Mutex<DaemonHandle?>(nil)
    /// Requests whose headers have arrived and whose reply is not yet sent.
    private let inFlight = Atomic<Int>(0)

    init(log: (@Sendable (String) -> Void)?, handler: @escaping @Sendable (HTTPRequest) -> HTTPReply) {
        self.log = log
        self.handler = handler
    }

    /// Starts listening and returns the port actually bound.
    func start(host: String, port: Int, threads: Int) throws -> Int {
        guard blitz_host_family(host) != 0 else {
            throw SandboxError.listener("'\(host)' is not a numeric IPv4 or IPv6 address")
        }
        guard (0...65_535).contains(port) else {
            throw SandboxError.listener("port \(port) is outside 0...65535")
        }
        // ITC lets stop() quiesce the listener while requests in flight finish.
        let flags = MHD_USE_INTERNAL_POLLING_THREAD.rawValue | MHD_USE_EPOLL.rawValue | MHD_USE_ITC.rawValue
        let context = Unmanaged.passUnretained(self).toOpaque()
        let started = blitz_mhd_start(
            UInt32(flags), host, UInt16(port), UInt32(threads),
            { cls, connection, url, method, _, upload, size, slot in
                guard let cls, let connection, let url, let method, let size, let slot else { return MHD_Result.NO }
                let server = Unmanaged<HTTPServer>.fromOpaque(cls).takeUnretainedValue()
                return server.access(connection, url, method, upload, size, slot)
            },
            context,
            { cls, _, slot, _ in
                guard let cls, let slot, let pointer = slot.pointee else { return }
                Unmanaged<RequestContext>.fromOpaque(pointer).release()
                slot.pointee = nil
                let server = Unmanaged<HTTPServer>.fromOpaque(cls).takeUnretainedValue()
                server.inFlight.subtract(1, ordering: .releasing)
            },
            context)
        guard let started else {
            throw SandboxError.listener("cannot bind \(host):\(port) (in use, or not an address of this machine)")
        }
        daemon.withLock { $0 = DaemonHandle(pointer: started) }
        return Int(blitz_mhd_port(started))
    }

    /// Stops accepting connections, lets the requests being handled send their replies (for at
    /// most ``drainTimeout``), then stops the worker threads.
    func stop() {
        let handle = daemon.withLock { current -> DaemonHandle? in
            defer { current = nil }
            return current
        }
        guard let handle else { return }

        let listener = MHD_quiesce_daemon(handle.pointer)
        if listener >= 0 { close(listener) }
        let clock = ContinuousClock()
        let deadline = clock.now + Self.drainTimeout
        while inFlight.load(ordering: .acquiring) > 0, clock.now < deadline {
            usleep(10_000)
        }
        MHD_stop_daemon(handle.pointer)
    }

    private func access(
        _ connection: OpaquePointer, _ url: UnsafePointer<CChar>, _ method: UnsafePointer<CChar>,
        _ upload: UnsafePointer<CChar>?, _ size: UnsafeMutablePointer<Int>,
        _ slot: UnsafeMutablePointer<UnsafeMutableRawPointer?>
    ) -> MHD_Result {
        guard let pointer = slot.pointee else {
            slot.pointee = Unmanaged.passRetained(RequestContext()).toOpaque()
            inFlight.add(1, ordering: .relaxed)
            return .YES
        }
        let context = Unmanaged<RequestContext>.fromOpaque(pointer).takeUnretainedValue()
        if size.pointee > 0 {
            if let upload { context.append(upload, count: size.pointee) }
            size.pointee = 0
            return .YES
        }
        let request = HTTPRequest(
            method: String(cString: method), path: String(cString: url),
            authorization: MHD_lookup_connection_value(connection, .HEADER_KIND, "Authorization")
                .map { String(cString: $0) },
            body: context.body, bodyTooLarge: context.tooLarge)
        let reply =
            blitz_mhd_header_bytes(connection) > Self.maximumHeaderSize
            ? HTTPReply.message(431, "Request headers too large: send at most 16 KB of headers")
            : handler(request)
        record(request, reply, since: context.started)
        guard !reply.dropsConnection else {
            blitz_mhd_shutdown_connection(connection)
            return .NO
        }
        return send(reply, on: connection)
    }

    private func send(_ reply: HTTPReply, on connection: OpaquePointer) -> MHD_Result {
        let response = reply.body.withUnsafeBytes { bytes in
            blitz_mhd_copied_response(bytes.count, bytes.baseAddress)
        }
        guard let response else { return MHD_Result.NO }
        defer { MHD_destroy_response(response) }
        if !reply.body.isEmpty {
            MHD_add_response_header(response, "Content-Type", "application/json")
        }
        for (name, value) in reply.headers {
            MHD_add_response_header(response, name, value)
        }
        return MHD_queue_response(connection, UInt32(reply.status), response)
    }

    private func record(_ request: HTTPRequest, _ reply: HTTPReply, since started: UInt64) {
        guard let log else { return }
        let hundredths = (DispatchTime.now().uptimeNanoseconds - started + 5_000) / 10_000
        let fraction = hundredths % 100
        let milliseconds = "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
        let outcome = reply.dropsConnection ? "dropped" : String(reply.status)
        log("\(request.method) \(LoggedPath.shown(request.path)) \(outcome) \(milliseconds) ms")
    }
}

/// The daemon pointer, which only ``HTTPServer`` touches, under its lock.
private struct DaemonHandle: @unchecked Sendable {
    let pointer: OpaquePointer
}

/// One request's body as it arrives; only the connection's own thread touches it.
private final class RequestContext {
    let started = DispatchTime.now().uptimeNanoseconds
    private(set) var body = Data()
    private(set) var tooLarge = false

    func append(_ bytes: UnsafePointer<CChar>, count: Int) {
        guard !tooLarge else { return }
        guard body.count + count <= HTTPServer.maximumBodySize else {
            tooLarge = true
            body = Data()
            return
        }
        body.append(UnsafeRawPointer(bytes).assumingMemoryBound(to: UInt8.self), count: count)
    }
}

import CCurl
import Foundation
import Synchronization

/// The state of one transfer, shared between the waiting task and libcurl's callbacks.
///
/// The reply fields are written only by the callbacks, on the thread running
/// `curl_easy_perform`, and read there after it returns; the continuation and the
/// cancellation flag are guarded, so a cancelled task is answered at once while the
/// transfer winds down on its own thread.
final class CurlTransfer: @unchecked Sendable {
    let request: TransportRequest
    private let cancelled = Atomic(false)
    private let waiter = Mutex<CheckedContinuation<TransportReply, any Error>?>(nil)
    var body = Data()
    var contentType: String?
    var retryAfter: String?

    init(request: TransportRequest) {
        self.request = request
    }

    var isCancelled: Bool { cancelled.load(ordering: .relaxed) }

    func wait(with continuation: CheckedContinuation<TransportReply, any Error>) {
        waiter.withLock { $0 = continuation }
        if isCancelled { finish(.failure(CancellationError())) }
    }

    /// Makes the progress callback abort the transfer and answers the waiting task now.
    func cancel() {
        cancelled.store(true, ordering: .relaxed)
        finish(.failure(CancellationError()))
    }

    /// Resumes the waiting task once; later outcomes are dropped.
    func finish(_ result: Result<TransportReply, any Error>) {
        let continuation = waiter.withLock { waiting in
            defer { waiting = nil }
            return waiting
        }
        continuation?.resume(with: result)
    }

    /// Reads one reply header line; a new status line (after `100 Continue`) starts afresh.
    func receiveHeader(_ line: String) {
        if line.hasPrefix("HTTP/") {
            contentType = nil
            retryAfter = nil
            return
        }
        guard let colon = line.firstIndex(of: ":") else { return }
        let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
        switch name {
        case "content-type": contentType = value
        case "retry-after": retryAfter = value
        default: break
        }
    }
}

/// The C callbacks libcurl calls during a transfer; the context is an unretained ``CurlTransfer``.
enum CurlCallbacks {
    static let write: blitz_curl_data_callback = { data, size, count, context in
        guard let context else { return 0 }
        let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
        if let data {
            transfer.body.append(UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self), count: size * count)
        }
        return size * count
    }

    static let header: blitz_curl_data_callback = { data, size, count, context in
        guard let context else { return 0 }
        let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
        if let data {
            let bytes = UnsafeRawBufferPointer(start: data, count: size * count)
            transfer.receiveHeader(String(decoding: bytes, as: UTF8.self))
        }
        return size * count
    }

    /// A non-zero answer makes libcurl stop with `CURLE_ABORTED_BY_CALLBACK`.
    static let progress: blitz_curl_progress_callback = { context, _, _, _, _ in
        guard let context else { return 0 }
        return Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue().isCancelled ? 1 : 0
    }
}

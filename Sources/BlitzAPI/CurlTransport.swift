import CCurl
import Dispatch
import Foundation
import Synchronization

/// Sends HTTP requests with libcurl, always verifying TLS, and keeps a few easy handles so
/// their connections are reused.
///
/// `curl_easy_perform` blocks, so each transfer runs on a queue of its own threads and the
/// calling task waits on a continuation; cancelling the task answers it at once and aborts
/// the transfer at libcurl's next progress callback.
final class CurlTransport: Sendable {
    private let timeout: TimeInterval
    private let caCertificate: URL?
    private let idleHandles = Mutex<[EasyHandle]>([])
    private let queue = DispatchQueue(label: "blitz.curl", attributes: .concurrent)
    /// More idle handles than this are closed rather than kept.
    private static let maxIdleHandles = 4

    /// libcurl must be set up once per process before any handle exists.
    private static let setUp: Bool = blitz_curl_global_init() == CURLE_OK

    init(timeout: TimeInterval, caCertificate: URL?) {
        self.timeout = timeout
        self.caCertificate = caCertificate
        _ = Self.setUp
    }

    deinit {
        for handle in idleHandles.withLock({ $0 }) { curl_easy_cleanup(handle.pointer) }
    }

    /// Sends `request` and returns the reply; throws ``TransportFailure`` or `CancellationError`.
    func send(_ request: TransportRequest) async throws -> TransportReply {
        let transfer = CurlTransfer(request: request)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                transfer.wait(with: continuation)
                queue.async { transfer.finish(self.perform(transfer)) }
            }
        } onCancel: {
            transfer.cancel()
        }
    }

    private func perform(_ transfer: CurlTransfer) -> Result<TransportReply, any Error> {
        if transfer.isCancelled { return .failure(CancellationError()) }
        guard let handle = checkOut() else {
            return .failure(TransportFailure(code: CURLE_FAILED_INIT, detail: "libcurl could not start a transfer"))
        }
        defer { checkIn(handle) }

        var headers: UnsafeMutablePointer<curl_slist>?
        for header in transfer.request.headers {
            headers = curl_slist_append(headers, "\(header.name): \(header.value)")
        }
        headers = curl_slist_append(headers, "Expect:")  // no 100-continue pause before a body
        defer { curl_slist_free_all(headers) }

        var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        var status = 0
        let code = errorBuffer.withUnsafeMutableBufferPointer { buffer in
            let context = Unmanaged.passUnretained(transfer).toOpaque()
            configure(handle.pointer, for: transfer.request, headers: headers, context: context)
            blitz_curl_set_pointer(handle.pointer, CURLOPT_ERRORBUFFER, buffer.baseAddress)
            defer { curl_easy_reset(handle.pointer) }  // before the buffer goes away
            let code = curl_easy_perform(handle.pointer)
            blitz_curl_get_long(handle.pointer, CURLINFO_RESPONSE_CODE, &status)
            return code
        }

        guard code == CURLE_OK else {
            let detail = String(decoding: errorBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let fallback = String(cString: curl_easy_strerror(code))
            return .failure(TransportFailure(code: code, detail: detail.isEmpty ? fallback : detail))
        }
        return .success(
            TransportReply(
                status: status, contentType: transfer.contentType, retryAfter: transfer.retryAfter,
                body: transfer.body))
    }

    /// Sets every option of one transfer; the handle was reset after its previous one.
    private func configure(
        _ handle: UnsafeMutableRawPointer, for request: TransportRequest,
        headers: UnsafeMutablePointer<curl_slist>?, context: UnsafeMutableRawPointer
    ) {
        blitz_curl_set_string(handle, CURLOPT_URL, request.url.absoluteString)
        blitz_curl_set_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        blitz_curl_set_long(handle, CURLOPT_NOSIGNAL, 1)
        blitz_curl_set_long(handle, CURLOPT_TIMEOUT_MS, Int(timeout * 1000))
        blitz_curl_set_pointer(handle, CURLOPT_HTTPHEADER, headers)
        blitz_curl_set_string(handle, CURLOPT_NOPROXY, "localhost,127.0.0.1,::1")
        setMethod(handle, request)
        if !request.mayBeRepeated {
            blitz_curl_set_long(handle, CURLOPT_FRESH_CONNECT, 1)
            blitz_curl_set_long(handle, CURLOPT_FORBID_REUSE, 1)
        }

        // TLS is always verified; a private CA is trusted only through an explicit file.
        blitz_curl_set_long(handle, CURLOPT_SSL_VERIFYPEER, 1)
        blitz_curl_set_long(handle, CURLOPT_SSL_VERIFYHOST, 2)
        if let caCertificate { blitz_curl_set_string(handle, CURLOPT_CAINFO, caCertificate.path) }

        blitz_curl_set_data_callback(handle, CURLOPT_WRITEFUNCTION, CurlCallbacks.write)
        blitz_curl_set_pointer(handle, CURLOPT_WRITEDATA, context)
        blitz_curl_set_data_callback(handle, CURLOPT_HEADERFUNCTION, CurlCallbacks.header)
        blitz_curl_set_pointer(handle, CURLOPT_HEADERDATA, context)
        blitz_curl_set_progress_callback(handle, CurlCallbacks.progress)
        blitz_curl_set_pointer(handle, CURLOPT_XFERINFODATA, context)
        blitz_curl_set_long(handle, CURLOPT_NOPROGRESS, 0)
    }

    private func setMethod(_ handle: UnsafeMutableRawPointer, _ request: TransportRequest) {
        switch (request.method, request.body) {
        case ("GET", nil):
            blitz_curl_set_long(handle, CURLOPT_HTTPGET, 1)
        case (let method, let body):
            let bytes = body ?? Data()
            blitz_curl_set_long(handle, CURLOPT_POST, 1)
            blitz_curl_set_offset(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(bytes.count))
            bytes.withUnsafeBytes { raw in
                "".withCString { empty in
                    _ = blitz_curl_set_pointer(
                        handle, CURLOPT_COPYPOSTFIELDS, raw.baseAddress ?? UnsafeRawPointer(empty))
                }
            }
            if method != "POST" { blitz_curl_set_string(handle, CURLOPT_CUSTOMREQUEST, method) }
        }
    }

    private func checkOut() -> EasyHandle? {
        if let idle = idleHandles.withLock({ $0.popLast() }) { return idle }
        return curl_easy_init().map(EasyHandle.init)
    }

    private func checkIn(_ handle: EasyHandle) {
        let kept = idleHandles.withLock { idle in
            guard idle.count < Self.maxIdleHandles else { return false }
            idle.append(handle)
            return true
        }
        if !kept { curl_easy_cleanup(handle.pointer) }
    }
}

/// A libcurl easy handle, used by one transfer at a time and kept with its open connections.
private struct EasyHandle: @unchecked Sendable {
    let pointer: UnsafeMutableRawPointer
}

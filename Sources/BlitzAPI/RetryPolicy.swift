import Foundation

/// How often an idempotent request is tried, and how long to wait between tries.
///
/// A busy reply (429, 502, 503, 504) is tried up to ``busyAttempts`` times in all: an API
/// that sheds load answers again within seconds. A connection that fails outright (refused,
/// reset) is tried up to ``connectionAttempts`` times, enough to ride out a restart without
/// keeping someone waiting on a server that is down. Pauses grow exponentially from
/// ``firstPause`` up to ``longestPause``, each with a random part so that many clients do not
/// retry in step; a `Retry-After` from the server is honoured up to ``longestRetryAfter``.
/// Orders and returns are never retried: the policy is only asked about idempotent routes.
package struct RetryPolicy: Sendable, Equatable {
    /// Tries in all, the first included, when the API answers that it is busy.
    package var busyAttempts = 8
    /// Tries in all, the first included, when the connection itself fails.
    package var connectionAttempts = 3
    /// The pause before the second try, before jitter.
    package var firstPause: TimeInterval = 0.25
    /// No pause computed by backoff is longer than this.
    package var longestPause: TimeInterval = 2
    /// No `Retry-After` is waited for longer than this.
    package var longestRetryAfter: TimeInterval = 30

    package init() {}

    /// The pause before try `attempt + 1`, after try `attempt` (from 1) failed.
    ///
    /// Backoff doubles from ``firstPause`` and is capped at ``longestPause``; the pause is
    /// then drawn from the upper half of that, so it never falls below half the backoff.
    /// - Parameters:
    ///   - attempt: the try that just failed, counted from 1.
    ///   - retryAfter: the server's `Retry-After` in seconds, when it sent one.
    ///   - random: a number in `0..<1`; tests pass a fixed one.
    /// - Returns: the pause in seconds.
    package func pause(after attempt: Int, retryAfter: TimeInterval? = nil, random: Double) -> TimeInterval {
        if let retryAfter, retryAfter >= 0 {
            return min(retryAfter, longestRetryAfter)
        }
        let exponent = Double(max(attempt - 1, 0))
        let backoff = min(firstPause * pow(2, exponent), longestPause)
        return backoff / 2 + backoff / 2 * random
    }

    /// The pause before the next try, with a fresh random jitter.
    func pause(after attempt: Int, retryAfter: TimeInterval?) -> TimeInterval {
        pause(after: attempt, retryAfter: retryAfter, random: Double.random(in: 0..<1))
    }

    /// Seconds from a `Retry-After` header: delay-seconds or an HTTP date; nil for neither.
    package static func seconds(fromRetryAfter text: String?, now: Date = Date()) -> TimeInterval? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if let seconds = TimeInterval(text) { return max(seconds, 0) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: text) else { return nil }
        return max(date.timeIntervalSince(now), 0)
    }
}

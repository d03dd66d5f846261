import Synchronization

/// Recent search replies, keyed by the validated search and dropped whenever inventory changes.
///
/// Every committed order or return calls ``invalidate()`` before it replies, so a search sent
/// after that reply never sees an older answer. A search stores its reply only if no
/// invalidation happened while it ran, since its query may have read the state from before.
/// The map is bounded: when full it is emptied, which only costs fresh queries.
final class SearchCache: Sendable {
    private struct State {
        var generation: UInt64 = 0
        var replies: [SearchCriteria: HTTPReply] = [:]
    }

    let capacity: Int
    private let state = Mutex(State())

    /// A cache of at most `capacity` replies; 0 turns it off.
    init(capacity: Int) {
        self.capacity = max(capacity, 0)
    }

    /// The remembered reply for `criteria`, or the generation to pass to ``remember(_:for:since:)``.
    func lookup(_ criteria: SearchCriteria) -> Result<HTTPReply, Miss> {
        guard capacity > 0 else { return .failure(Miss(generation: 0)) }
        return state.withLock { state in
            if let reply = state.replies[criteria] { return .success(reply) }
            return .failure(Miss(generation: state.generation))
        }
    }

    /// Keeps `reply` unless the inventory changed since the lookup that missed.
    func remember(_ reply: HTTPReply, for criteria: SearchCriteria, since miss: Miss) {
        guard capacity > 0 else { return }
        state.withLock { state in
            guard state.generation == miss.generation else { return }
            if state.replies.count >= capacity { state.replies.removeAll(keepingCapacity: true) }
            state.replies[criteria] = reply
        }
    }

    /// Forgets every reply; called after each order or return commits.
    func invalidate() {
        state.withLock { state in
            state.generation &+= 1
            state.replies.removeAll(keepingCapacity: true)
        }
    }

    /// A lookup that found nothing, carrying the inventory generation it saw.
    struct Miss: Error {
        let generation: UInt64
    }
}

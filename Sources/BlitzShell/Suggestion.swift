/// Finds the likely intended word for a typo, for "did you mean" hints (`stat` → `state`).
package enum Suggestion {
    /// The candidate closest to `word`, or nil when none is close enough to be a useful guess.
    ///
    /// A candidate that `word` is the start of (`rate` → `ratecenter`) wins when it is the only
    /// one; otherwise the candidate with the fewest edits (insertions, deletions, substitutions
    /// and swaps of neighbours, ignoring case) wins if it needs at most a third of the word's
    /// length in edits (at least one, at most three). Ties go to the earlier candidate.
    package static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let typed = Array(word.lowercased())
        guard !typed.isEmpty else {
            return nil
        }
        let candidates = Array(candidates)
        let extensions = candidates.filter { $0.lowercased().hasPrefix(word.lowercased()) && $0.count > word.count }
        if extensions.count == 1 {
            return extensions.first
        }
        let limit = min(3, max(1, typed.count / 3))
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(typed, Array(candidate.lowercased()))
            if distance <= limit, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// The optimal-string-alignment distance: Levenshtein plus swaps of adjacent characters.
    static func editDistance(_ source: [Character], _ target: [Character]) -> Int {
        guard !source.isEmpty, !target.isEmpty else {
            return max(source.count, target.count)
        }
        var previousRow: [Int] = []
        var row = Array(0...target.count)
        for i in 1...source.count {
            var next = [i] + Array(repeating: 0, count: target.count)
            for j in 1...target.count {
                let cost = source[i - 1] == target[j - 1] ? 0 : 1
                next[j] = min(row[j] + 1, next[j - 1] + 1, row[j - 1] + cost)
                let isSwap = i > 1 && j > 1 && source[i - 1] == target[j - 2] && source[i - 2] == target[j - 1]
                if isSwap {
                    next[j] = min(next[j], previousRow[j - 2] + 1)
                }
            }
            previousRow = row
            row = next
        }
        return row[target.count]
    }
}

import Testing

@testable import BlitzShell

struct SuggestionTests {
    static let keys = ["ratecenter", "state", "lata", "startswith", "endswith", "contains", "qty"]

    /// Each case: a typo and the key suggested for it.
    @Test(arguments: [
        ("stat", "state"), ("sate", "state"), ("STATE", "state"), ("sttae", "state"), ("qyt", "qty"),
        ("rate", "ratecenter"), ("contians", "contains"), ("endswth", "endswith"), ("lat", "lata"),
        ("ratecentre", "ratecenter"),
    ])
    func suggestsTheClosestCandidate(word: String, expected: String) {
        #expect(Suggestion.closest(to: word, in: Self.keys) == expected)
    }

    @Test(arguments: ["", "x", "zip", "number", "areacode"])
    func suggestsNothingWhenNothingIsClose(word: String) {
        #expect(Suggestion.closest(to: word, in: Self.keys) == nil)
    }

    /// Each case: two words and the number of edits between them.
    @Test(arguments: [
        ("", "", 0), ("a", "", 1), ("", "abc", 3), ("kitten", "sitting", 3), ("ab", "ba", 1), ("abc", "abc", 0),
        ("state", "stat", 1), ("ca", "abc", 3),
    ])
    func countsEdits(source: String, target: String, expected: Int) {
        #expect(Suggestion.editDistance(Array(source), Array(target)) == expected)
    }

    @Test func prefersTheEarlierCandidateOnATie() {
        #expect(Suggestion.closest(to: "cat", in: ["bat", "hat"]) == "bat")
    }
}

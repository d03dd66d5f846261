import Foundation
import Testing

@testable import BlitzShell

/// API URLs that differ only in how they are written name the same API.
struct SameAPITests {
    @Test(arguments: [
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080/"),
        ("https://API.Example.net", "https://api.example.net:443/"),
        ("HTTP://example.net:80/base/", "http://example.net/base"),
    ])
    func writingsOfOneAPIAreTheSame(_ one: String, _ other: String) throws {
        let a = try #require(URL(string: one))
        let b = try #require(URL(string: other))
        #expect(a.isSameAPI(as: b))
    }

    @Test(arguments: [
        ("http://127.0.0.1:8080", "http://127.0.0.1:8081"),
        ("http://example.net", "https://example.net"),
        ("https://example.net/a", "https://example.net/b"),
        ("https://example.net", "https://example.org"),
    ])
    func differentAPIsAreNotTheSame(_ one: String, _ other: String) throws {
        let a = try #require(URL(string: one))
        let b = try #require(URL(string: other))
        #expect(!a.isSameAPI(as: b))
    }

    @Test func aProfileLendsItsPasswordToItsOwnURLWrittenDifferently() throws {
        let own = try #require(URL(string: "http://127.0.0.1:40401"))
        let profile = Profile(name: "lab", url: own, username: "erin", password: "pw")

        #expect(ConnectionSettings.lends(profile, to: URL(string: "http://127.0.0.1:40401/")))
        #expect(!ConnectionSettings.lends(profile, to: URL(string: "http://127.0.0.1:9")))
    }
}

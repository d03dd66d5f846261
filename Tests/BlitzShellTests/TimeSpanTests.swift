import Foundation
import Testing

@testable import BlitzShell

struct TimeSpanTests {
    static let utc = TimeZone(identifier: "UTC")!

    @Test(arguments: [
        ("30s", 30), ("15m", 900), ("1h", 3_600), ("2d", 172_800), ("1w", 604_800), (" 90m ", 5_400),
    ])
    func spansCountBackFromNow(_ text: String, _ seconds: Int) throws {
        let span = try TimeSpan(parsing: text)
        let now = Date(timeIntervalSince1970: 1_000_000)

        #expect(span == .last(seconds: seconds))
        #expect(span.start(relativeTo: now) == now.addingTimeInterval(-Double(seconds)))
    }

    @Test(arguments: [
        ("2026-12-03", 1_796_256_000), ("2026-12-03T10:00", 1_796_292_000), ("2026-12-03T10:00:30", 1_796_292_030),
        ("2024-02-29", 1_709_164_800),
    ])
    func datesAreReadInTheGivenTimeZone(_ text: String, _ epoch: Int) throws {
        let span = try TimeSpan(parsing: text, timeZone: Self.utc)

        #expect(span == .from(Date(timeIntervalSince1970: Double(epoch))))
        #expect(span.start() == Date(timeIntervalSince1970: Double(epoch)))
    }

    @Test func aDateIsLocalToItsTimeZone() throws {
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))

        let span = try TimeSpan(parsing: "2026-12-03T10:00", timeZone: berlin)

        #expect(span == .from(Date(timeIntervalSince1970: 1_796_292_000 - 3_600)))
    }

    @Test(arguments: [
        "", "h", "1", "1.5h", "-1h", "1H", "1M", "1y", "one hour", "1h30m", "2026-13-01", "2026-02-30", "2025-02-29",
        "2026-12-3", "26-12-03", "2026-12-03T25:00", "2026-12-03T10", "2026-12-03T10:60", "2026-12-03T", "T10:00",
    ])
    func malformedValuesAreRefusedNamingTheValidForms(_ text: String) {
        let error = #expect(throws: TimeSpanError.self) { try TimeSpan(parsing: text, timeZone: Self.utc) }

        #expect(error?.text == text)
        #expect(error?.description.hasPrefix("'\(text)' is not a time span or a date;") == true)
        #expect(error?.description.contains("30s, 15m, 1h, 2d, 1w") == true)
        #expect(error?.description.contains("2026-12-03T10:00") == true)
    }

    @Test(arguments: [
        ("0h", "a span must be at least 1"), ("00s", "a span must be at least 1"),
        ("99999999999999999999s", "more than 100 years"),
        ("5300w", "that reaches back more than 100 years"), ("9223372036854775807w", "more than 100 years"),
    ])
    func spansOutOfRangeAreRefusedWithTheReason(_ text: String, _ reason: String) {
        let error = #expect(throws: TimeSpanError.self) { try TimeSpan(parsing: text) }

        #expect(error?.description.contains(reason) == true)
        #expect(error?.description.hasPrefix("'\(text)' is not a usable time span:") == true)
    }
}

import Testing

@testable import BlitzAPI

struct TimeoutTextTests {
    @Test(arguments: [(1.0, "1 second"), (30.0, "30 seconds"), (2.5, "2.5 seconds")])
    func aTimeoutReadsAsSeconds(seconds: Double, text: String) {
        #expect(BlitzClient.secondsText(seconds) == text)
    }
}

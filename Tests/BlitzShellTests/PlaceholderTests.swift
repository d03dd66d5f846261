import BlitzAPI
import Testing

struct PlaceholderTests {
    @Test func onlyOrdersAndReturnsAreNotIdempotent() {
        let routes: [APIRoute] = [.test, .signIn, .resourceGroups, .searchForNumbers, .assigned, .assignedNumber("1")]
        #expect(routes.allSatisfy { $0.isIdempotent })
        #expect(!APIRoute.requestNumbers.isIdempotent)
        #expect(!APIRoute.returnNumbers.isIdempotent)
    }
}

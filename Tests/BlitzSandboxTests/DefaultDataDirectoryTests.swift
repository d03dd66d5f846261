import BlitzSandbox
import Foundation
import Testing

/// Where the sandbox keeps its store when no `--data` is given.
struct DefaultDataDirectoryTests {
    @Test(arguments: [
        (["HOME": "/tmp/private-home"], "/tmp/private-home/.local/share/blitz/sandbox"),
        (["HOME": "/tmp/private-home", "XDG_DATA_HOME": ""], "/tmp/private-home/.local/share/blitz/sandbox"),
        (["HOME": "/tmp/private-home", "XDG_DATA_HOME": "data"], "/tmp/private-home/.local/share/blitz/sandbox"),
        (["HOME": "/tmp/private-home", "XDG_DATA_HOME": "/srv/data"], "/srv/data/blitz/sandbox"),
    ])
    func followsTheEnvironment(environment: [String: String], expected: String) {
        #expect(SandboxConfiguration.defaultDataDirectory(environment: environment).path == expected)
    }
}

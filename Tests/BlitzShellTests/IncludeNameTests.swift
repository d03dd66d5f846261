import Testing

@testable import BlitzShell

/// How an included script is named in messages: from the outermost script's folder.
struct IncludeNameTests {
    /// Each case: the path as written, the folder of the script that wrote it, the name.
    @Test(arguments: [
        ("c.blitz", "", "c.blitz"),
        ("../c.blitz", "", "../c.blitz"),
        ("c.blitz", "n", "n/c.blitz"),
        ("./c.blitz", "n/m", "n/m/c.blitz"),
        ("../c.blitz", "n/m", "n/c.blitz"),
        ("../../../c.blitz", "n", "../../c.blitz"),
        ("/srv/c.blitz", "n", "/srv/c.blitz"),
        ("~/c.blitz", "n", "~/c.blitz"),
        ("c.blitz", "/srv/n", "/srv/n/c.blitz"),
    ])
    func includesAreNamedFromTheOutermostFolder(path: String, folder: String, name: String) {
        #expect(ScriptSource.displayPath(path, in: folder) == name)
    }
}

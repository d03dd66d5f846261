import Foundation
import Testing

@testable import BlitzShell

struct CredentialsFileTests {
    static let password = "hunter2;#pw"

    struct Good: Sendable, CustomStringConvertible {
        let text: String
        let profiles: [Profile]
        var description: String { text.debugDescription }
    }

    static let goodFiles: [Good] = [
        Good(text: "", profiles: []),
        Good(
            text: "[default]\nurl = https://api.example.net\nusername = alice\npassword = \(password)\n",
            profiles: [
                Profile(
                    name: "default", url: URL(string: "https://api.example.net"), username: "alice",
                    password: password)
            ]),
        Good(
            text:
                "\u{FEFF}# mine\r\n; also a comment\r\n  [ staging ]  \r\n\tUserName=bob\r\n\r\n"
                + "[prod]\r\nurl=http://h:8080/x",
            profiles: [
                Profile(name: "staging", username: "bob"),
                Profile(name: "prod", url: URL(string: "http://h:8080/x")),
            ]),
        Good(text: "[a.b-c_1]\npassword =  spaced out  ", profiles: [Profile(name: "a.b-c_1", password: "spaced out")]),
    ]

    @Test(arguments: goodFiles)
    func goodFilesParse(_ good: Good) throws {
        #expect(try CredentialsFile.parse(good.text, path: "creds") == good.profiles)
    }

    struct Bad: Sendable, CustomStringConvertible {
        let text: String
        let error: CredentialsError
        let message: String
        var description: String { text.debugDescription }
    }

    static let badFiles: [Bad] = [
        Bad(
            text: "url = https://a.example\n", error: .outsideSection(path: "creds", line: 1),
            message: "creds:1: a key comes before any section; start the file with [default]"),
        Bad(
            text: "[default]\n\n[bad name]\n", error: .malformedSection(path: "creds", line: 3),
            message: "creds:3: a section header is a name in brackets, like [default] or [staging]"),
        Bad(text: "[default\n", error: .malformedSection(path: "creds", line: 1), message: "creds:1: a section"),
        Bad(text: "[]\n", error: .malformedSection(path: "creds", line: 1), message: "creds:1: a section"),
        Bad(
            text: "[default]\npassword: \(password)\n", error: .malformedLine(path: "creds", line: 2),
            message: "creds:2: expected 'key = value', a [section] header or a # comment"),
        Bad(
            text: "[default]\npasword = \(password)\n", error: .unknownKey(key: "pasword", path: "creds", line: 2),
            message:
                "creds:2: unknown key 'pasword'; did you mean 'password'? valid keys are url, username and password"),
        Bad(
            text: "[default]\n\(password) = x\n", error: .unknownKey(key: nil, path: "creds", line: 2),
            message: "creds:2: unknown key; valid keys are url, username and password"),
        Bad(
            text: "[default]\nusername =\n", error: .emptyValue(key: "username", path: "creds", line: 2),
            message: "creds:2: 'username' has no value after '='"),
        Bad(
            text: "[default]\npassword = a\nPassword = \(password)\n",
            error: .repeatedKey(key: "password", section: "default", path: "creds", line: 3),
            message: "creds:3: 'password' is set twice in [default]"),
        Bad(
            text: "[x]\n[default]\n[x]\n", error: .repeatedSection(name: "x", path: "creds", line: 3, firstLine: 1),
            message: "creds:3: section [x] appears twice (first at line 1)"),
        Bad(
            text: "[default]\nurl = ftp://files.example\n",
            error: .invalidURL(value: "ftp://files.example", path: "creds", line: 2),
            message: "creds:2: url 'ftp://files.example' is not an http or https URL like https://api.example.net"),
        Bad(
            text: "[default]\nurl = https://alice:\(password)@api.example.net\n",
            error: .credentialsInURL(path: "creds", line: 2),
            message: "creds:2: the url must not hold a user or password; use the username and password keys"),
    ]

    @Test(arguments: badFiles)
    func badFilesAreRefusedWithFileAndLineAndNoPassword(_ bad: Bad) {
        let error = #expect(throws: CredentialsError.self) {
            try CredentialsFile.parse(bad.text, path: "creds")
        }
        #expect(error == bad.error)
        let message = error?.description ?? ""
        #expect(message.hasPrefix(bad.message))
        #expect(!message.contains("hunter2"))
    }

    @Test(arguments: [0o644, 0o640, 0o604, 0o620, 0o602, 0o610, 0o666])
    func aFileOthersCanReachIsRefused(_ mode: Int) throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("[default]\npassword = \(Self.password)\n", to: "credentials", mode: mode)

        let error = #expect(throws: CredentialsError.self) {
            try CredentialsFile.load(from: file, profile: "default")
        }
        #expect(error == .unsafeMode(path: file.path, mode: mode))
        #expect(error?.description.contains("; run: chmod 600 \(file.path)") == true)
        #expect(error?.description.contains("hunter2") == false)
    }

    @Test func theRefusalNamesTheModeAndTheFix() throws {
        let error = CredentialsError.unsafeMode(path: "/home/ann/.config/blitz/credentials", mode: 0o644)
        let writable = CredentialsError.unsafeMode(path: "/tmp/my creds", mode: 0o620)

        #expect(
            error.description
                == "'/home/ann/.config/blitz/credentials' is readable by others (mode 0644); "
                + "run: chmod 600 /home/ann/.config/blitz/credentials")
        #expect(
            writable.description == "'/tmp/my creds' is writable by others (mode 0620); run: chmod 600 '/tmp/my creds'")
    }

    @Test(arguments: [0o600, 0o400])
    func aFileOnlyTheOwnerCanReachIsRead(_ mode: Int) throws {
        let scratch = try ScratchDirectory()
        let text = "[default]\nusername = alice\n[work]\nurl = https://w.example\npassword = \(Self.password)\n"
        let file = try scratch.write(text, to: "credentials", mode: mode)

        let work = try CredentialsFile.load(from: file, profile: "work")
        let standard = try CredentialsFile.load(from: file, profile: "default")

        #expect(work == Profile(name: "work", url: URL(string: "https://w.example"), password: Self.password))
        #expect(standard == Profile(name: "default", username: "alice"))
    }

    @Test func withoutAFileTheDefaultProfileIsSimplyAbsent() throws {
        let scratch = try ScratchDirectory()
        let file = scratch.url.appendingPathComponent("credentials")

        #expect(try CredentialsFile.load(from: file, profile: "default") == nil)
        #expect(throws: CredentialsError.missingFile(path: file.path, profile: "work")) {
            try CredentialsFile.load(from: file, profile: "work")
        }
    }

    @Test func aMissingProfileListsTheAvailableOnes() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("[staging]\nusername = a\n[prod]\nusername = b\n", to: "credentials", mode: 0o600)

        let error = #expect(throws: CredentialsError.self) {
            try CredentialsFile.load(from: file, profile: "prd")
        }
        #expect(error?.description == "profile 'prd' is not in '\(file.path)'; available profiles: staging, prod")
        #expect(try CredentialsFile.load(from: file, profile: "default") == nil)
    }

    @Test func aDirectoryInPlaceOfTheFileIsUnreadable() throws {
        let scratch = try ScratchDirectory()

        let error = #expect(throws: CredentialsError.self) {
            try CredentialsFile.load(from: scratch.url, profile: "default")
        }
        #expect(error == .unreadable(path: scratch.url.path, reason: "it is not a regular file"))
    }

    @Test func everyWayOfPrintingAProfileHidesThePassword() {
        let profile = Profile(
            name: "work", url: URL(string: "https://w.example"), username: "alice", password: "hunter2")
        var dumped = ""
        dump(profile, to: &dumped)

        let printed = [profile.description, String(reflecting: profile), "\(profile)", dumped]

        for text in printed {
            #expect(!text.contains("hunter2"))
            #expect(text.contains("[redacted]") && text.contains("alice"))
        }
        #expect(profile.description == "profile work: url https://w.example, username alice, password [redacted]")
    }
}

// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "blitz",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "blitz", targets: ["blitz"])
    ],
    targets: [
        // C libraries from Debian, wrapped as system library targets.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CMicroHTTPD",
            pkgConfig: "libmicrohttpd",
            providers: [.apt(["libmicrohttpd-dev"])]
        ),
        .systemLibrary(
            name: "CCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),

        // Our modules.
        .target(
            name: "BlitzStorage",
            dependencies: ["CSQLite"]
        ),
        .target(
            name: "BlitzAPI",
            dependencies: ["CCurl"]
        ),
        .target(
            name: "BlitzSandbox",
            dependencies: ["BlitzAPI", "BlitzStorage", "CMicroHTTPD", "CCrypto"],
            resources: [.copy("Resources/nanp-prefixes.csv")]
        ),
        .target(
            name: "BlitzShell",
            dependencies: ["BlitzAPI", "BlitzSandbox", "BlitzStorage", "CEditLine"]
        ),
        .executableTarget(
            name: "blitz",
            dependencies: ["BlitzShell", "BlitzSandbox"]
        ),

        // Tests mirror the modules; the end-to-end suite drives the built binary.
        .testTarget(
            name: "BlitzStorageTests",
            dependencies: ["BlitzStorage"]
        ),
        .testTarget(
            name: "BlitzAPITests",
            dependencies: ["BlitzAPI", "BlitzSandbox"]
        ),
        .testTarget(
            name: "BlitzSandboxTests",
            dependencies: ["BlitzSandbox", "BlitzAPI"]
        ),
        .testTarget(
            name: "BlitzShellTests",
            dependencies: ["BlitzShell"]
        ),
        .testTarget(
            name: "BlitzEndToEndTests",
            dependencies: ["blitz", "BlitzSandbox", "BlitzShell"],
            exclude: ["Fixtures"]
        ),
    ]
)

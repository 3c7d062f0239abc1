// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "parley",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "parley", targets: ["parley"]),
        .library(name: "ParleyModel", targets: ["ParleyModel"]),
        .library(name: "ParleyUI", targets: ["ParleyUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Finds the shipped resource folders beside the running program, in the build or installed.
        .target(name: "ParleyResources"),
        // Corpus, parsing, search and comparison: no terminal code.
        .target(
            name: "ParleyModel",
            dependencies: [
                "ParleyResources", "TOMLKit", "CLibXML2", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            resources: [.copy("Resources/Corpus")]
        ),
        // The colour theme files, shipped as resources so the program finds them from any directory.
        .target(
            name: "ParleyThemes",
            dependencies: ["ParleyResources"],
            path: "Themes",
            exclude: ["README.md"],
            // One line per theme file: SwiftPM has no wildcard, and the theme lint test fails if one is missing here.
            resources: [
                .process("basic8.toml"),
                .process("dark.toml"),
                .process("high-contrast.toml"),
                .process("light.toml"),
                .process("solarized-dark.toml"),
            ]
        ),
        // Browser state, actions, layout, views and the cell grid: no curses.
        .target(
            name: "ParleyUI",
            dependencies: ["ParleyModel", "ParleyThemes", "TOMLKit"]
        ),
        // libxml2's HTML parser, which reads saved web pages (.html, .htm).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"]), .brew(["ncurses"])]
        ),
        .executableTarget(
            name: "parley",
            dependencies: [
                "ParleyModel", "ParleyUI", "CNcursesw",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Swift's own libraries linked into the release program: loaded as shared libraries, binding
            // their symbols took a warm first screen about ten milliseconds of its fifty.
            swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))],
            plugins: ["VersionStamp"]
        ),
        // `--version`: VERSION and the git commit, read at build time.
        .plugin(name: "VersionStamp", capability: .buildTool()),
        .executableTarget(name: "parley-bench", dependencies: ["ParleyModel", "ParleyUI"]),
        // The fuzz target: `Fuzz/run` builds it with libFuzzer; a plain build replays saved inputs.
        .executableTarget(name: "parley-fuzz", dependencies: ["ParleyModel", "ParleyUI"], path: "Fuzz/ParleyFuzz"),
        .testTarget(name: "ParleyModelTests", dependencies: ["ParleyModel"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ParleyUITests", dependencies: ["ParleyUI", "ParleyModel"]),
        .testTarget(name: "ParleyEndToEndTests", dependencies: ["parley"]),
        .testTarget(name: "ParleyCLITests", dependencies: ["parley"], exclude: ["Golden"]),
    ]
)

// With PARLEY_STRICT set, as .ci/run sets it, a compiler warning in parley's own code fails the build.
if Context.environment["PARLEY_STRICT"] != nil {
    for target in package.targets where [.regular, .executable, .test].contains(target.type) {
        target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-warnings-as-errors"])]
    }
}

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
    ],
    targets: [
        // Corpus, parsing, search and comparison: no terminal code.
        .target(
            name: "ParleyModel",
            dependencies: ["TOMLKit"],
            resources: [.copy("Resources/Corpus")]
        ),
        // The colour theme files, shipped as resources so the program finds them from any directory.
        .target(
            name: "ParleyThemes",
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
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .executableTarget(
            name: "parley",
            dependencies: [
                "ParleyModel", "ParleyUI", "CNcursesw",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "parley-bench", dependencies: ["ParleyModel"]),
        // The fuzz target: `Fuzz/run` builds it with libFuzzer; a plain build replays saved inputs.
        .executableTarget(name: "parley-fuzz", dependencies: ["ParleyModel", "ParleyUI"], path: "Fuzz/ParleyFuzz"),
        .testTarget(name: "ParleyModelTests", dependencies: ["ParleyModel"]),
        .testTarget(name: "ParleyUITests", dependencies: ["ParleyUI", "ParleyModel"]),
        .testTarget(name: "ParleyEndToEndTests", dependencies: ["parley"]),
        .testTarget(name: "ParleyCLITests", dependencies: ["parley"]),
    ]
)

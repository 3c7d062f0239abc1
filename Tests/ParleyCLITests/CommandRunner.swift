import Foundation
import Testing

@testable import parley

/// What a command wrote and how it ended.
struct CommandResult {
    var status: Int32
    var out: String
    var err: String

    /// stdout parsed as a JSON object.
    func json() throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(out.utf8))
        return try #require(value as? [String: Any])
    }
}

/// Collects what a command writes, for the in-process runs.
private final class Capture {
    var out = ""
    var err = ""
}

/// Runs a command line in-process, as the program would, with its output captured.
func parley(_ arguments: String..., environment: [String: String] = [:]) -> CommandResult {
    parley(arguments: arguments, environment: environment)
}

/// The corpus cache every test uses unless it names its own, so no test writes the user's cache.
let testCacheFolder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-test-cache-\(getpid())")

func parley(arguments: [String], environment: [String: String] = [:]) -> CommandResult {
    let capture = Capture()
    let environment = ["XDG_CACHE_HOME": testCacheFolder.path].merging(environment) { $1 }
    let console = Console(environment: environment, out: { capture.out += $0 }, err: { capture.err += $0 })
    let status = ParleyCLI.run(arguments: arguments, console: console)
    return CommandResult(status: status, out: capture.out, err: capture.err)
}

/// The built `parley` program, which sits beside the test bundle in the build products folder.
func parleyExecutable() throws -> URL {
    // On Linux the test runner is the `.xctest` file itself; on macOS it loads a `.xctest` bundle.
    let testBundles = Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
    let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    let folders = testBundles.map { $0.deletingLastPathComponent() } + [runner.deletingLastPathComponent(), Bundle.main.bundleURL]
    let candidates = folders.map { $0.appendingPathComponent("parley") }
    return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }, "parley is not built beside the tests")
}

/// Runs the built program as a separate process, to see real exit statuses and streams.
func runExecutable(_ arguments: [String], environment: [String: String]? = nil) throws -> CommandResult {
    let process = Process()
    process.executableURL = try parleyExecutable()
    process.arguments = arguments
    var environment = environment ?? ProcessInfo.processInfo.environment
    if environment["XDG_CACHE_HOME"] == nil { environment["XDG_CACHE_HOME"] = testCacheFolder.path }
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Read before waiting, so a full pipe cannot stall the child.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(
        status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self), err: String(decoding: errData, as: UTF8.self))
}

/// A fresh folder for test files, removed by the caller.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("parley-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A small transcript in the format parley reads.
let sampleTranscript = """
    Remarks to the Press
    Springfield, Illinois
    March 3, 2020

    MAYOR QUIMBY: Thank you all for coming. The bridge will reopen on Monday.

    CHIEF WIGGUM: Glad to be here. (Laughter.) The bridge is safe.

    MAYOR QUIMBY: That is all for today.
    """

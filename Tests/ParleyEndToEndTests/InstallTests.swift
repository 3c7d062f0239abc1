import Foundation
import Testing

/// `make install` lays parley out so it runs from anywhere, with no build folder to lean on.
///
/// The built program and its resources are copied to a folder of their own, installed from there into a
/// temporary prefix, and that folder is deleted before the installed program runs; it runs from `/` with
/// a `PATH` that holds only the prefix and the system. Man pages come from the argument-parser plugin,
/// which needs a whole package build, so `.ci/run` checks them with a full `make install`.
@Suite(.enabled(if: makeIsAvailable, "make is not installed"))
struct InstallTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Installs from a copy of the build products, then deletes the copy; returns the prefix.
    private func installFromHiddenBuild(into root: URL) throws -> URL {
        let products = TmuxSession.parleyBinary.deletingLastPathComponent()
        let staged = root.appendingPathComponent("build")
        try FileManager.default.createDirectory(at: staged, withIntermediateDirectories: true)
        for name in ["parley", "parley_ParleyModel.resources", "parley_ParleyThemes.resources"] {
            try FileManager.default.copyItem(at: products.appendingPathComponent(name), to: staged.appendingPathComponent(name))
        }
        let prefix = root.appendingPathComponent("prefix")
        let make = try run(
            "/usr/bin/make", ["-C", Self.packageRoot.path, "install-program", "PRODUCTS=\(staged.path)", "PREFIX=\(prefix.path)"])
        #expect(make.status == 0, "make install-program failed: \(make.err)")
        try FileManager.default.removeItem(at: staged)
        return prefix
    }

    @Test func theInstalledProgramRunsWithItsBuildFolderGone() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let prefix = try installFromHiddenBuild(into: root)
        let program = prefix.appendingPathComponent("bin/parley").path

        let meetings = try run(program, ["meetings"], environment: installedEnvironment(prefix))
        #expect(meetings.status == 0, "\(meetings.err)")
        #expect(meetings.out.contains("2017-02-23-mexico-city"))
        #expect(meetings.out.contains("2017-05-18-washington"))

        let search = try run(program, ["search", "deportations", "--json"], environment: installedEnvironment(prefix))
        #expect(search.status == 0)
        #expect(search.out.contains("\"total\""))

        // The bundled themes are found too: an unknown name lists them.
        let theme = try run(program, ["--theme", "no-such-theme"], environment: installedEnvironment(prefix))
        #expect(theme.err.contains("solarized-dark"), "\(theme.err)")
    }

    @Test func aProgramWithoutItsResourcesSaysWhatIsMissing() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let lonely = root.appendingPathComponent("parley")
        try FileManager.default.copyItem(at: TmuxSession.parleyBinary, to: lonely)
        let result = try run(lonely.path, ["meetings"], environment: ["PATH": "/usr/bin:/bin"])
        #expect(result.status == 1)
        #expect(result.err.contains("missing from the installation: no parley_ParleyModel.resources folder"))
        #expect(result.err.contains(root.path))
    }

    @Test func bashCompletesMeetingsSpeakersAndCorpusFiles() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let prefix = try installFromHiddenBuild(into: root)
        let script = prefix.appendingPathComponent("share/bash-completion/completions/parley").path
        #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent("share/zsh/site-functions/_parley").path))
        #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent("share/fish/vendor_completions.d/parley.fish").path))

        let texts = root.appendingPathComponent("texts")
        try FileManager.default.createDirectory(at: texts.appendingPathComponent("spring"), withIntermediateDirectories: true)
        try sampleTranscript.write(to: texts.appendingPathComponent("quimby.txt"), atomically: true, encoding: .utf8)
        try "notes".write(to: texts.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)

        func complete(_ line: String, in folder: URL = URL(fileURLWithPath: "/")) throws -> [String] {
            // What bash does on Tab at the end of `line`, with the installed script loaded.
            let words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            let quotedWords = words.map { "'\($0)'" }.joined(separator: " ")
            let command = """
                source '\(script)'
                COMP_WORDS=(\(quotedWords)); COMP_CWORD=\(words.count - 1)
                COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}
                _parley parley '\(words.last!)' '\(words[words.count - 2])'
                printf '%s\\n' "${COMPREPLY[@]}"
                """
            let result = try run("/bin/bash", ["-c", command], environment: installedEnvironment(prefix), in: folder)
            #expect(result.status == 0, "\(result.err)")
            return result.out.split(separator: "\n").map(String.init).sorted()
        }

        #expect(try complete("parley show ") == ["2017-02-23-mexico-city", "2017-05-18-washington"])
        #expect(try complete("parley search mexico --speaker vi") == ["videgaray"])
        #expect(try complete("parley --corpus \(texts.path) show ") == ["2020-03-03-springfield"])
        #expect(try complete("parley --corpus \(texts.path) stats --speaker ") == ["quimby", "wiggum"])
        #expect(try complete("parley --corpus ", in: texts) == ["quimby.txt", "spring"])
    }

    @Test func uninstallRemovesWhatInstallPut() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let prefix = try installFromHiddenBuild(into: root)
        let result = try run("/usr/bin/make", ["-C", Self.packageRoot.path, "uninstall", "PREFIX=\(prefix.path)"])
        #expect(result.status == 0, "\(result.err)")
        let left = FileManager.default.enumerator(atPath: prefix.path)?.compactMap { $0 as? String } ?? []
        let files = left.filter { path in
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: prefix.appendingPathComponent(path).path, isDirectory: &isDirectory)
            return !isDirectory.boolValue
        }
        #expect(files.isEmpty, "left behind: \(files)")
    }

    private func installedEnvironment(_ prefix: URL) -> [String: String] {
        ["PATH": prefix.appendingPathComponent("bin").path + ":/usr/bin:/bin", "HOME": prefix.path, "LANG": "C.UTF-8"]
    }
}

let makeIsAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/make")

/// What a process wrote and how it ended.
struct ProcessResult {
    var status: Int32
    var out: String
    var err: String
}

func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil, in folder: URL? = nil) throws
    -> ProcessResult
{
    for attempt in 1... {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch let error as CocoaError where attempt < 50 && isBusy(error) {
            // A program copied a moment ago is "busy" while a child another test forked meanwhile still holds
            // the copy's write descriptor; it closes when that child execs.
            Thread.sleep(forTimeInterval: 0.1)
            continue
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessResult(
            status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self), err: String(decoding: errData, as: UTF8.self))
    }
    fatalError("unreachable")
}

/// Whether the program could not be started because it is open for writing ("Text file busy").
private func isBusy(_ error: CocoaError) -> Bool {
    guard let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError else { return false }
    return underlying.domain == NSPOSIXErrorDomain && underlying.code == Int(ETXTBSY)
}

func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("parley-install-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

let sampleTranscript = """
    Remarks to the Press
    Springfield, Illinois
    March 3, 2020

    MAYOR QUIMBY: Thank you all for coming. The bridge will reopen on Monday.

    CHIEF WIGGUM: Glad to be here. (Laughter.) The bridge is safe.

    MAYOR QUIMBY: That is all for today.
    """

import Foundation
import Testing

@testable import ParleyModel

/// Every file left out of a corpus is reported with the real reason, and the rest still loads.
struct SkippedFileTests {
    let good = Data("Talks\nRome, Italy\nMay 2, 2019\n\nMR ROSSI: Welcome.\n\nMS BIANCHI: Thank you.\n".utf8)

    private func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parley-skipped-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    private func messages(_ corpus: Corpus) -> [String: String] {
        Dictionary(corpus.problems.map { (URL(fileURLWithPath: $0.file).lastPathComponent, $0.message) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func hiddenFoldersAndFilesAreSkippedWithoutAWord() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for hidden in [".git", ".work"] {
            try FileManager.default.createDirectory(at: dir.appendingPathComponent(hidden), withIntermediateDirectories: true)
            try good.write(to: dir.appendingPathComponent("\(hidden)/copy.txt"))
        }
        try good.write(to: dir.appendingPathComponent(".backup.txt"))
        try good.write(to: dir.appendingPathComponent("talks.txt"))
        let corpus = CorpusLoader.load(paths: [dir.path])
        #expect(corpus.documents.map(\.fileName) == ["talks.txt"])
        #expect(corpus.problems.isEmpty)
    }

    @Test func encodingsAndEmptinessAreToldApart() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = "MR ROSSI: Welcome.\n"
        try (Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!).write(to: dir.appendingPathComponent("bom-le.txt"))
        try (Data([0xFE, 0xFF]) + text.data(using: .utf16BigEndian)!).write(to: dir.appendingPathComponent("bom-be.txt"))
        try text.data(using: .utf16LittleEndian)!.write(to: dir.appendingPathComponent("plain-le.txt"))
        try Data("\n\n   \n\t\n".utf8).write(to: dir.appendingPathComponent("blank.txt"))
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        try good.write(to: dir.appendingPathComponent("talks.txt"))
        let corpus = CorpusLoader.load(paths: [dir.path])
        let messages = messages(corpus)
        #expect(messages["bom-le.txt"] == "is UTF-16LE text; parley reads UTF-8 (convert it with: iconv -f UTF-16LE -t UTF-8)")
        #expect(messages["bom-be.txt"]?.hasPrefix("is UTF-16BE text") == true)
        #expect(messages["plain-le.txt"]?.hasPrefix("is UTF-16LE text") == true)
        #expect(messages["blank.txt"] == "holds only blank lines and spaces")
        #expect(messages["empty.txt"] == "the file is empty")
        #expect(corpus.documents.map(\.fileName) == ["talks.txt"])
    }

    @Test func aFileTooLargeIsRefusedBeforeItIsRead() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let huge = dir.appendingPathComponent("huge.txt")
        // Sparse: 50 MB long, no disk used, and slow to read were it read.
        #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
        #expect(truncate(huge.path, 50 << 20) == 0)
        let start = ContinuousClock.now
        let result = CorpusLoader.readText(huge)
        #expect(ContinuousClock.now - start < .milliseconds(200))
        guard case .failure(let problem) = result else { Issue.record("a 50 MB file was read"); return }
        #expect(problem.message == "is 50.0 MB; parley reads files of up to 16.0 MB")
    }

    @Test func aLineTooLongIsRefusedBeforeItIsParsed() throws {
        var data = Data("Talks\nRome, Italy\n\nMR ROSSI: ".utf8)
        data.append(Data(repeating: UInt8(ascii: "a"), count: 10 << 20))
        let start = ContinuousClock.now
        let result = CorpusLoader.decode(data, name: "long.txt")
        #expect(ContinuousClock.now - start < .seconds(3))
        guard case .failure(let problem) = result else { Issue.record("a 10 MB line was accepted"); return }
        #expect(problem.message == "line 4 is 10.0 MB long; parley reads lines of up to 256 KB")
    }

    @Test func linesEndedByCarriageReturnsAreLinesToo() {
        let manyShortLines = Data(String(repeating: "MR ROSSI: Welcome to the talks.\r\r", count: 20_000).utf8)
        guard case .success = CorpusLoader.decode(manyShortLines, name: "mac.txt") else {
            Issue.record("short lines ended by CR were taken for one long line")
            return
        }
        var oneLong = Data("Talks\rRome\r\r".utf8)
        oneLong.append(Data(repeating: UInt8(ascii: "a"), count: 300 << 10))
        oneLong.append(Data("\r\nend\r\n".utf8))
        guard case .failure(let problem) = CorpusLoader.decode(oneLong, name: "mac.txt") else {
            Issue.record("a 300 KB line was accepted")
            return
        }
        #expect(problem.message == "line 4 is 300 KB long; parley reads lines of up to 256 KB")
    }

    @Test func aFileGoneBeforeItIsReadIsSaidToBeGone() {
        guard
            case .failure(let problem) = CorpusLoader.readText(
                FileManager.default.temporaryDirectory.appendingPathComponent("parley-no-such-\(UUID().uuidString).txt"))
        else {
            Issue.record("a missing file was read")
            return
        }
        #expect(problem.message == "was deleted or moved while parley was reading the folder")
    }

    @Test func pipesLinksToFoldersAndFoldersNamedTxtAreReported() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try good.write(to: dir.appendingPathComponent("talks.txt"))
        #expect(mkfifo(dir.appendingPathComponent("pipe.txt").path, 0o600) == 0)
        let elsewhere = try folder()
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("linked"), withDestinationURL: elsewhere)
        try FileManager.default.createSymbolicLink(
            at: dir.appendingPathComponent("dangling.txt"), withDestinationURL: dir.appendingPathComponent("nothing"))
        let corpus = CorpusLoader.load(paths: [dir.path])
        let messages = messages(corpus)
        #expect(messages["pipe.txt"] == "is not a regular file (a pipe, a device or a socket)")
        #expect(messages["linked"]?.hasPrefix("is a link to a folder") == true)
        #expect(messages["dangling.txt"] == "is a link to something that does not exist")
        #expect(corpus.documents.map(\.fileName) == ["talks.txt"])
    }

    @Test func filesBeyondTheLongestPathAreReportedNotLost() throws {
        let dir = try folder()
        // rm walks down a level at a time too; Foundation cannot remove what it cannot name.
        defer {
            let rm = Process()
            rm.executableURL = URL(fileURLWithPath: "/bin/rm")
            rm.arguments = ["-rf", dir.path]
            try? rm.run()
            rm.waitUntilExit()
        }
        try good.write(to: dir.appendingPathComponent("talks.txt"))
        // Built a level at a time relative to the folder above, as no absolute path that long can be used.
        var descriptor = open(dir.path, O_RDONLY | O_DIRECTORY)
        let name = String(repeating: "d", count: 250)
        for _ in 0..<18 {
            #expect(mkdirat(descriptor, name, 0o755) == 0)
            let next = openat(descriptor, name, O_RDONLY | O_DIRECTORY)
            close(descriptor)
            descriptor = next
        }
        let file = openat(descriptor, "deep.txt", O_WRONLY | O_CREAT, 0o644)
        #expect(file >= 0)
        close(file)
        close(descriptor)
        let corpus = CorpusLoader.load(paths: [dir.path])
        #expect(corpus.documents.map(\.fileName) == ["talks.txt"])
        let deep = try #require(corpus.problems.first)
        #expect(deep.message.hasPrefix("its path is longer than the system allows"))
        #expect(corpus.problems.count == 1)
    }

    @Test func anUnreadableSubfolderIsReported() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try good.write(to: dir.appendingPathComponent("talks.txt"))
        let locked = dir.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try good.write(to: locked.appendingPathComponent("more.txt"))
        chmod(locked.path, 0)
        defer { chmod(locked.path, 0o755) }
        let corpus = withOrdinaryUserFileAccess { CorpusLoader.load(paths: [dir.path]) }
        #expect(corpus.documents.map(\.fileName) == ["talks.txt"])
        #expect(corpus.problems.map(\.file) == [locked.path])
        #expect(corpus.problems.map(\.message) == ["folder cannot be read (permission denied); the files in it are left out"])
    }

    @Test func anUnreadableFileIsReportedAndTheRestLoad() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try good.write(to: dir.appendingPathComponent("talks.txt"))
        let locked = dir.appendingPathComponent("locked.txt")
        try good.write(to: locked)
        chmod(locked.path, 0)
        // Files are read on several threads and the ordinary user's access is this thread's only, so the
        // reader is asked here; what the loader does with a refusal is the same for every reason.
        let read = withOrdinaryUserFileAccess { CorpusLoader.readAndParse(locked) }
        guard case .unreadable(let problem) = read else {
            Issue.record("an unreadable file was read: \(read)")
            return
        }
        #expect(problem.file == locked.path)
        #expect(problem.message == "cannot be read (permission denied)")
        let talks = withOrdinaryUserFileAccess { CorpusLoader.readAndParse(dir.appendingPathComponent("talks.txt")) }
        guard case .parsed = talks else {
            Issue.record("a readable file was not read: \(talks)")
            return
        }
    }
}

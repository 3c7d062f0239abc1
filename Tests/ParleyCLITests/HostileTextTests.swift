import Foundation
import Testing

@testable import parley

/// Transcripts, speaker files, file names and arguments holding terminal controls: every command prints
/// them in a visible form (JSON as `\u` escapes), never as the raw bytes a terminal would obey.
struct HostileTextTests {
    /// Every C0 control but NUL (a NUL makes a file binary), DEL, every C1 control, and the bidi
    /// embeddings, overrides and isolates.
    static let controls: [Unicode.Scalar] =
        (0x01...0x1F).map { Unicode.Scalar(UInt8($0)) } + (0x7F...0x9F).map { Unicode.Scalar(UInt8($0)) }
        + [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069].map { Unicode.Scalar($0)! }

    /// Scalars a terminal acts on, left raw in `text`; line feeds and tabs are layout, so allowed.
    static func rawControls(in text: String) -> [String] {
        text.unicodeScalars.filter { scalar in
            let v = scalar.value
            if v == 0x0A || v == 0x09 { return false }
            return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    /// Two meetings of the same two people and a statement quoting them, each speech holding every control.
    static func hostileCorpus() throws -> URL {
        let folder = try temporaryFolder()
        var poison = String.UnicodeScalarView()
        poison.append(contentsOf: "\u{1B}]0;pwned\u{07}\u{1B}]52;c;ZXZpbA==\u{07}\u{1B}[2J".unicodeScalars)
        // Letters between the controls, so a line the line-breaking ones cut off still holds words.
        for control in controls { poison.append(contentsOf: [control, "x"]) }
        let hostile = String(poison)
        func meeting(_ place: String, _ date: String) -> String {
            """
            Remarks to the Press
            \(place)
            \(date)

            MAYOR QUIMBY: The bridge will reopen on Monday \(hostile) and the tolls stay as they are.

            CHIEF WIGGUM: The bridge is safe \(hostile) for everyone.

            MAYOR QUIMBY: Thank you all.
            """
        }
        try meeting("Springfield, Illinois", "March 3, 2020").write(
            to: folder.appendingPathComponent("a-march.txt"), atomically: true, encoding: .utf8)
        try meeting("Shelbyville, Illinois", "May 5, 2020").write(
            to: folder.appendingPathComponent("b-may.txt"), atomically: true, encoding: .utf8)
        try """
        Joint Statement on the Bridge
        March 3, 2020

        The mayor said that "the bridge will reopen on Monday \(hostile) and the tolls stay as they are."
        """.write(to: folder.appendingPathComponent("c-statement.txt"), atomically: true, encoding: .utf8)
        try """
        [[person]]
        id = "quimby"
        name = "Joe \\u001b]0;pwned\\u0007Quimby\\u202e"
        role = "Mayor \\u009b2J\\u2066of Springfield"
        labels = ["MAYOR QUIMBY"]
        """.write(to: folder.appendingPathComponent("speakers.toml"), atomically: true, encoding: .utf8)
        try Data([0x00, 0x01]).write(to: folder.appendingPathComponent("\u{1B}]0;pwned\u{07}name.txt"))
        return folder
    }

    @Test func noCommandWritesARawControl() throws {
        let folder = try Self.hostileCorpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = ["--corpus", folder.path]
        let commands: [[String]] = [
            ["meetings"], ["speakers"], ["show", "march"], ["show", "may", "--speaker", "quimby"],
            ["search", "bridge"], ["search", "pwned"], ["compare", "quimby"], ["compare", "quimby", "--meetings", "march,may"],
            ["stats"], ["stats", "--speaker", "quimby"], ["kwic", "bridge"], ["kwic", "pwned"], ["align", "quimby"], ["quotes"],
        ]
        var sawVisibleEscape = false
        for command in commands {
            for json in [false, true] {
                let arguments = command + corpus + (json ? ["--json"] : [])
                let result = parley(arguments: arguments, environment: ["COLUMNS": "100"])
                #expect(result.status == 0, "\(arguments): \(result.err)")
                #expect(Self.rawControls(in: result.out).isEmpty, "stdout of \(arguments)")
                #expect(Self.rawControls(in: result.err).isEmpty, "stderr of \(arguments)")
                #expect(result.err.contains("^[]0;pwned^Gname.txt"), "the bad file is named visibly by \(arguments)")
                if json {
                    #expect((try? JSONSerialization.jsonObject(with: Data(result.out.utf8))) != nil, "\(arguments) prints JSON")
                } else if result.out.contains("^[]0;pwned^G") {
                    sawVisibleEscape = true
                }
            }
        }
        #expect(sawVisibleEscape)
    }

    @Test func textShowsEachControlVisiblyAndJSONEscapesIt() throws {
        let folder = try Self.hostileCorpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = parley("show", "march", "--width", "400", "--corpus", folder.path)
        #expect(text.out.contains("^[]52;c;ZXZpbA==^G^[[2J"))
        for form in ["^A", "^[", "^_", "^?", "^[@", "^[_", "^[[", "<U+202A>", "<U+202E>", "<U+2066>", "<U+2069>"] {
            #expect(text.out.contains(form + "x"), "\(form) is shown")
        }
        let markdown = parley("compare", "quimby", "--format", "markdown", "--corpus", folder.path)
        #expect(markdown.status == 0 && Self.rawControls(in: markdown.out).isEmpty && markdown.out.contains("0;pwned^G"))
        let speakers = parley("speakers", "--corpus", folder.path)
        #expect(speakers.out.contains("Joe ^[]0;pwned^GQuimby<U+202E>"))
        #expect(speakers.out.contains("Mayor ^[[2J<U+2066>of Springfield"))

        let json = parley("speakers", "--json", "--corpus", folder.path)
        #expect(json.out.contains(#"Joe \u001b]0;pwned\u0007Quimby\u202e"#))
        #expect(json.out.contains(#"Mayor \u009b2J\u2066of Springfield"#))
        let people = try #require(try json.json()["people"] as? [[String: Any]])
        #expect(people.contains { $0["name"] as? String == "Joe \u{1B}]0;pwned\u{07}Quimby\u{202E}" })
    }

    /// Markdown escapes the visible form of a control, not the control: ESC [ is `^\[\[` (rendered
    /// `^[[`), never `^[\[`, whose escape lands after the caret form and whose `[` is left bare.
    @Test func markdownEscapesTheVisibleFormOfEachControl() throws {
        let folder = try Self.hostileCorpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let markdown = parley("compare", "quimby", "--format", "markdown", "--corpus", folder.path).out
        #expect(markdown.contains(#"^\[\]0;pwned^G^\[\]52;c;ZXZpbA==^G^\[\[2J"#))
        for form in [#"^\[x"#, #"^\\x"#, #"^\]x"#, "^^x", #"^\_x"#, "^?x", #"^\[\[x"#, #"\<U+202E\>x"#, #"\<U+2066\>x"#] {
            #expect(markdown.contains(form), "\(form) is shown")
        }
        #expect(!markdown.contains(#"^[\["#))
        #expect(Self.rawControls(in: markdown).isEmpty)
    }

    @Test func anArgumentEchoedInAMessageIsShownVisibly() {
        let result = parley("compare", "\u{1B}]0;pwned\u{07}\u{9B}2J\u{202E}")
        #expect(result.status == 1)
        #expect(Self.rawControls(in: result.err).isEmpty)
        #expect(result.err.contains("^[]0;pwned^G^[[2J<U+202E>"))
        let usage = parley("show", "feb", "--width", "\u{1B}[2J")
        #expect(usage.status == 2)
        #expect(Self.rawControls(in: usage.err).isEmpty)
        #expect(usage.err.contains("^[[2J"))
    }
}

/// Output that cannot be written: a clear message and status 1, or silence when the reader has gone.
struct WriteErrorTests {
    private func run(_ arguments: [String], stdout: FileHandle) throws -> (status: Int32, err: String) {
        let process = Process()
        process.executableURL = try parleyExecutable()
        process.arguments = arguments
        let err = Pipe()
        process.standardOutput = stdout
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "ended by a signal")
        return (process.terminationStatus, String(decoding: errData, as: UTF8.self))
    }

    @Test func aFullDiskIsAWriteErrorNotACrash() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        defer { try? full.close() }
        for arguments in [["speakers"], ["show", "feb", "--json"], ["--help"]] {
            let result = try run(arguments, stdout: full)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.err == "parley: write error: No space left on device\n", "\(arguments)")
        }
    }

    @Test func aReaderThatHasGoneEndsTheCommandQuietly() throws {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let result = try run(["show", "may"], stdout: pipe.fileHandleForWriting)
        #expect(result.status == 0)
        #expect(result.err.isEmpty)
    }
}

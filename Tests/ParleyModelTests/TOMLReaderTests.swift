import Testing

@testable import ParleyModel

/// TOML that would make TOMLKit's parser abort is refused with a line number; the rest is read as before.
struct TOMLReaderTests {
    @Test(arguments: ["[.x]", "[[ .person]]", "[=", "[", "name = 1\n[ #x]"])
    func aTableNameThatNoKeyCanStartWithIsAnErrorNotACrash(_ text: String) {
        #expect(throws: TOMLReadError.self) { try TOMLReader.table(text) }
    }

    @Test(arguments: [
        "a = [}]", "a = [ }", "a = [1, }]", "a = [\n}", "a = [ \"x\", }", "a = {b = [}]}", "a = [[}]]", "x = 1\ny = [ # c\n }",
    ])
    func aBraceInsideAnArrayIsAnErrorNotACrash(_ text: String) throws {
        do {
            _ = try TOMLReader.table(text)
            Issue.record("expected an error")
        } catch let error as TOMLReadError {
            #expect(error.message == "'}' inside an array, where a value or ']' belongs")
            #expect(error.line == text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("}") }! + 1)
        }
    }

    @Test func bracesInsideInlineTablesStringsAndCommentsInArraysStillRead() throws {
        let table = try TOMLReader.table("a = [{b = 1}, {c = [2]}, \"}\", '}'] # }\nd = [ # }\n 3 ]\ne = {f = [4]}\n")
        #expect(table["a"]?.array?.count == 4)
        #expect(table["d"]?.array?.count == 1)
        #expect(table["e"]?.table?["f"]?.array?.count == 1)
    }

    @Test func theErrorNamesTheLine() throws {
        do {
            _ = try TOMLReader.table("[[person]]\nname = \"A\"\n\n[. and to Mexico\n")
            Issue.record("expected an error")
        } catch let error as TOMLReadError {
            #expect(error.line == 4)
        }
    }

    @Test func validFilesWithBracketsInsideValuesAndStringsStillRead() throws {
        let text = """
            [[person]]
            name = "A [.b]"
            labels = [
              "X",
            ]
            notes = \"\"\"
            [.not a header]
            \"\"\"
            nested = [
            [1, 2],
            ]

            [ table ]
            key = 'value [.'
            """
        let table = try TOMLReader.table(text)
        #expect(table["table"]?.table?["key"]?.string == "value [.")
    }

    @Test func aSpeakersFileThatWouldAbortTheParserIsReportedAndSkipped() {
        let (file, problems) = SpeakersFile.parse(toml: "[.x]\nname = \"A\"\n", fileName: "speakers.toml")
        #expect(file.entries.isEmpty)
        #expect(problems.map(\.message) == ["line 1: a table name must start with a letter, a digit, '_', '-' or a quote"])
    }
}

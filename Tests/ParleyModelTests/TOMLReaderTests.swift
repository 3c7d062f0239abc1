import Testing

@testable import ParleyModel

/// TOML that would make TOMLKit's parser abort is refused with a line number; the rest is read as before.
struct TOMLReaderTests {
    @Test(arguments: ["[.x]", "[[ .person]]", "[=", "[", "name = 1\n[ #x]"])
    func aTableNameThatNoKeyCanStartWithIsAnErrorNotACrash(_ text: String) {
        #expect(throws: TOMLReadError.self) { try TOMLReader.table(text) }
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

import Foundation
import Testing

@testable import parley

/// Reads RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks.
private func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text)[...]
    while let c = chars.popFirst() {
        if quoted {
            if c == "\"" {
                if chars.first == "\"" {
                    field.append("\"")
                    chars.removeFirst()
                } else {
                    quoted = false
                }
            } else {
                field.append(c)
            }
        } else if c == "\"" {
            quoted = true
        } else if c == "," {
            row.append(field)
            field = ""
        } else if c == "\n" {
            row.append(field)
            rows.append(row)
            row = []
            field = ""
        } else {
            field.append(c)
        }
    }
    return rows
}

@Test func csvQuotesWhatNeedsQuotingAndNothingElse() {
    var table = DelimitedTable(header: ["a", "b"])
    table.add(["plain", "with, comma"])
    table.add(["say \"no\"", "two\nlines"])
    let text = table.text(.csv)
    #expect(text == "a,b\nplain,\"with, comma\"\n\"say \"\"no\"\"\",\"two\nlines\"\n")
    #expect(parseCSV(text) == [["a", "b"], ["plain", "with, comma"], ["say \"no\"", "two\nlines"]])
}

@Test func fieldsAreQuotedAndCleanedByCharacterWhateverTheirBytes() {
    // A comma or a quote that a combining mark joins is not one: such a field needs no quotes.
    #expect(DelimitedTable.csvField("a,\u{301}b") == "a,\u{301}b")
    #expect(DelimitedTable.csvField("a,\u{301}b, c") == "\"a,\u{301}b, c\"")
    #expect(DelimitedTable.csvField("line\r\nbreak") == "\"line\r\nbreak\"")
    #expect(DelimitedTable.csvField("Peña — “quoted” café") == "Peña — “quoted” café")
    #expect(DelimitedTable.tsvField("NEL\u{85}LS\u{2028}PS\u{2029}VT\u{0B}FF\u{0C}CRLF\r\nend") == "NEL LS PS VT FF CRLF end")
    #expect(DelimitedTable.tsvField("Peña — “quoted” café\u{A0}…") == "Peña — “quoted” café\u{A0}…")
}

@Test func tsvTurnsTabsAndLineBreaksInsideFieldsIntoSpaces() {
    var table = DelimitedTable(header: ["a", "b"])
    table.add(["x\ty", "two\nlines"])
    #expect(table.text(.tsv) == "a\tb\nx y\ttwo lines\n")
}

@Test(arguments: [
    (["search", "deportations"], "meeting,file,line,turn,paragraph,speaker,label,before,match,after"),
    (["kwic", "mexico"], "position,meeting,document,speaker,turn,paragraph,left,match,right"),
    (["stats"], "speaker,name,meeting,turns,words,share,longest_turn,longest_turn_words,answered,distinctive"),
    (
        ["align", "kelly"],
        "left_meeting,left_turn,left_paragraph,right_meeting,right_turn,right_paragraph,similarity,shared,left_text,right_text"
    ),
    (["quotes"], "document,kind,text,matched,meeting,speaker,turn,paragraph,score,likeness,source_text"),
    (
        ["speakers"],
        "id,name,role,labels,2017-02-23-mexico-city turns,2017-02-23-mexico-city words,2017-05-18-washington turns,2017-05-18-washington words,turns,words"
    ),
])
func everyTableCommandPrintsAHeaderAndEvenRows(arguments: [String], header: String) throws {
    let result = parley(arguments: arguments + ["--format", "csv"])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out.hasPrefix(header + "\n"))
    let rows = parseCSV(result.out)
    #expect(rows.count > 1)
    #expect(Set(rows.map(\.count)) == [rows[0].count])
    let tsv = parley(arguments: arguments + ["--format", "tsv"])
    let tsvRows = tsv.out.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
    #expect(tsvRows.count == rows.count)
    #expect(Set(tsvRows.map(\.count)) == [rows[0].count])
}

@Test func searchRowsSayWhereEachHitIs() throws {
    let rows = parseCSV(parley("search", "\"mass deportations\"", "--format", "csv").out)
    #expect(rows.count == 4)
    let kelly = try #require(rows.first { $0[5] == "kelly" })
    #expect(kelly[0] == "2017-02-23-mexico-city")
    #expect(kelly[1] == "000_38b1e850a037519c.txt")
    #expect(kelly[3] == "8")
    #expect(kelly[8] == "mass deportations")
    // The line is the one the hit is on in the file, as --json gives it.
    let json = try parley("search", "\"mass deportations\"", "--speaker", "kelly", "--json").json()
    let hit = try #require((json["hits"] as? [[String: Any]])?.first)
    #expect(kelly[2] == "\((hit["source"] as? [String: Any])?["line"] as? Int ?? -1)")
}

@Test func anUnknownFormatIsAUsageError() {
    let result = parley("search", "mexico", "--format", "xlsx")
    #expect(result.status == 2)
    #expect(result.err.contains("csv"))
}

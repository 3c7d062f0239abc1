import ParleyModel

/// The speakers table's numbers for one meeting (turns, words, share, questions answered), each column
/// as wide as its largest number or its heading, whichever is wider.
struct SpeakerColumns {
    let turns: Int
    let words: Int
    let questions: Int

    init(_ shown: [SpeakerMeetingStats]) {
        func digits(_ n: Int?) -> Int { String(n ?? 0).count }
        turns = max(5, digits(shown.map(\.turns).max()))
        words = max(5, digits(shown.map(\.words).max()))
        questions = max(2, digits(shown.map(\.questionsAnswered).max()))
    }

    /// The block's width: the columns, a share (`100%`) and a space between each.
    var width: Int { turns + words + questions + 7 }

    var header: String { Self.right("turns", turns) + " " + Self.right("words", words) + "    % " + Self.right("Q", questions) }

    func block(_ m: SpeakerMeetingStats) -> String {
        Self.right(String(m.turns), turns) + " " + Self.right(String(m.words), words) + " "
            + Self.right(String(Int((m.share * 100).rounded())), 3) + "% " + Self.right(String(m.questionsAnswered), questions)
    }

    private static func right(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}

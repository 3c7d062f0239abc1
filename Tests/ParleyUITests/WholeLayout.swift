import ParleyModel

@testable import ParleyUI

/// A layout seen whole, as lines counted from the top of the meeting, for tests that reason that way.
/// Every turn gets wrapped: the browser itself only ever wraps what it shows.
extension PaneLayout {
    var lines: [PaneLine] { turns.indices.flatMap { turnLines($0).lines } }

    /// Index in `lines` of each turn's label.
    var turnStarts: [Int] {
        var starts: [Int] = []
        var n = 0
        for k in turns.indices {
            starts.append(n)
            n += turnLines(k).lines.count
        }
        return starts
    }

    func turn(atLine line: Int) -> Int { turnStarts.lastIndex { $0 <= line } ?? 0 }

    func lineNumber(of p: PanePosition) -> Int { turnStarts[p.turn] + p.lineInTurn }
}

extension BrowserState {
    /// The first line shown in a pane, counted from the top of its meeting.
    func topLine(_ side: PaneSide, context: BrowserContext) -> Int {
        layout(side, context: context).lineNumber(of: top(side, context: context))
    }
}

import Testing

@testable import ParleyModel

/// A paragraph's match count, kept small, gives back the place and count it was made from, and orders as
/// places do.
struct ParagraphMatchCountTests {
    let refs = [
        PassageRef(document: 0, turn: 0, paragraph: 0), PassageRef(document: 0, turn: 0, paragraph: 3),
        PassageRef(document: 0, turn: 2, paragraph: 1), PassageRef(document: 0, turn: nil, paragraph: 0),
        PassageRef(document: 7, turn: 0, paragraph: 0), PassageRef(document: 3_420, turn: nil, paragraph: 12),
    ]

    @Test func givesBackThePlaceAndCountItWasMadeFrom() {
        for (n, ref) in refs.enumerated() {
            let match = ParagraphMatchCount(ref: ref, count: n * 1_000 + 1)
            #expect(match.ref == ref)
            #expect(match.count == n * 1_000 + 1)
        }
    }

    @Test func ordersAsThePlacesDo() {
        for a in refs {
            for b in refs {
                #expect(ParagraphMatchCount(ref: a, count: 1).precedes(ParagraphMatchCount(ref: b, count: 9)) == (a < b), "\(a) \(b)")
            }
        }
    }
}

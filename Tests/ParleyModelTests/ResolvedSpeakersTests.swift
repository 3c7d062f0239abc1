import Testing

@testable import ParleyModel

/// The stored resolution gives back the same people and the same speaker, reporter and outlet for every
/// turn, and damaged bytes are an error.
struct ResolvedSpeakersTests {
    let resolved = ResolvedSpeakers(
        people: [
            Person(id: "kelly", name: "John Kelly", role: "Secretary", labels: ["SECRETARY KELLY"], kind: .official),
            Person(id: "question", name: "Question", role: "", labels: ["QUESTION"], kind: .reporter),
            Person(id: "peña", name: "Peña", role: "", labels: ["PEÑA"], kind: .official),
        ],
        turns: [
            [
                TurnSpeaker(speakerID: "kelly", reporter: nil),
                TurnSpeaker(speakerID: "question", reporter: Reporter(name: "Ana Ruiz", outlet: "Reforma")),
                TurnSpeaker(speakerID: "kelly", reporter: nil),
                TurnSpeaker(speakerID: "question", reporter: Reporter(name: "Tom Lee", outlet: nil)),
            ],
            [],
            [TurnSpeaker(speakerID: "peña", reporter: nil), TurnSpeaker(speakerID: "kelly", reporter: nil)],
        ])

    @Test func readsBackEveryTurnsSpeakerAndReporter() throws {
        let back = try ResolvedSpeakers(binary: resolved.binary)
        #expect(back.people == resolved.people)
        #expect(back.turns == resolved.turns)
    }

    @Test func namesEachSpeakerOnceHoweverManyTurnsTheySpeak() {
        let many = ResolvedSpeakers(
            people: resolved.people,
            turns: Array(repeating: Array(repeating: TurnSpeaker(speakerID: "kelly", reporter: nil), count: 1000), count: 10))
        #expect(many.binary.count < 10 * 1000 + 200)
    }

    @Test func damagedBytesAreAnErrorNotACrash() {
        let bytes = resolved.binary
        for cut in 0..<(bytes.count - 1) {
            #expect(throws: BinaryFormatError.self) { try ResolvedSpeakers(binary: Array(bytes[..<cut])) }
        }
        // A turn naming a speaker number past the list.
        let outOfList = ResolvedSpeakers(people: [], turns: [[TurnSpeaker(speakerID: "kelly", reporter: nil)]]).binary
        var damaged = outOfList
        damaged[damaged.count - 1] = 0x08
        #expect(throws: BinaryFormatError.self) { try ResolvedSpeakers(binary: damaged) }
    }
}

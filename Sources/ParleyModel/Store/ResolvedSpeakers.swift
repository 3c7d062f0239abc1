/// What `SpeakerResolver` made of a corpus: its people, and who speaks each turn. Resolving reads every
/// document's text for full names, so the store keeps the result for a corpus whose files and
/// `speakers.toml` have not changed.
struct ResolvedSpeakers: Sendable {
    /// How `binary` lays the resolution out; a new layout gets a new number.
    static let layoutVersion = 2

    var people: [Person]
    /// Per document, per turn.
    var turns: [[TurnSpeaker]]

    init(people: [Person], documents: [Document]) {
        self.init(people: people, turns: documents.map(\.turnSpeakers))
    }

    init(people: [Person], turns: [[TurnSpeaker]]) {
        self.people = people
        self.turns = turns
    }

    /// The documents with their turns' speakers set, or nil when they are not the documents this was made
    /// from. Turns not read yet are not read for this: they get their speakers when they are.
    func apply(to documents: [Document]) -> [Document]? {
        guard documents.count == turns.count, zip(documents, turns).allSatisfy({ $0.turnCount == $1.count }) else { return nil }
        var out = documents
        for d in out.indices { out[d].setSpeakers(turns[d]) }
        return out
    }

    var binary: [UInt8] {
        var writer = BinaryWriter()
        writer.write(people) { writer, person in
            writer.write(person.id)
            writer.write(person.name)
            writer.write(person.role)
            writer.write(person.labels) { $0.write($1) }
            writer.write(person.kind.rawValue)
        }
        // Each speaker's id once, and each turn the number of its id: an archive has hundreds of thousands
        // of turns and a few hundred people, and reading an id back for every turn was most of the time a
        // warm start spent on speakers.
        var number: [String: Int] = [:]
        var ids: [String] = []
        for speakers in turns {
            for speaker in speakers where number[speaker.speakerID] == nil {
                number[speaker.speakerID] = ids.count
                ids.append(speaker.speakerID)
            }
        }
        writer.write(ids) { $0.write($1) }
        writer.write(turns) { writer, speakers in
            writer.write(speakers) { writer, speaker in
                // The id's number, and in the lowest bit whether a reporter is named.
                writer.write(UInt64(number[speaker.speakerID]!) << 1 | (speaker.reporter == nil ? 0 : 1))
                if let reporter = speaker.reporter {
                    writer.write(reporter.name)
                    writer.write(reporter.outlet)
                }
            }
        }
        return writer.bytes
    }

    init(binary: [UInt8]) throws {
        var reader = BinaryReader(binary)
        people = try reader.readArray { reader in
            Person(
                id: try reader.readString(), name: try reader.readString(), role: try reader.readString(),
                labels: try reader.readArray { try $0.readString() }, kind: try reader.readEnum(PersonKind.self))
        }
        let ids = try reader.readArray { try $0.readString() }
        turns = try reader.readArray { reader in
            try reader.readArray { reader in
                let value = try reader.readUInt64()
                guard value >> 1 < UInt64(ids.count) else { throw BinaryFormatError(description: "a turn's speaker is not in the list") }
                let reporter = value & 1 == 1 ? Reporter(name: try reader.readString(), outlet: try reader.readOptionalString()) : nil
                return TurnSpeaker(speakerID: ids[Int(value >> 1)], reporter: reporter)
            }
        }
        guard reader.isAtEnd else { throw BinaryFormatError(description: "bytes left over after the speakers") }
    }
}

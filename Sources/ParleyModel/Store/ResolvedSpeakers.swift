/// What `SpeakerResolver` made of a corpus: its people, and who speaks each turn. Resolving reads every
/// document's text for full names, so the store keeps the result for a corpus whose files and
/// `speakers.toml` have not changed.
struct ResolvedSpeakers {
    var people: [Person]
    /// Per document, per turn.
    var turns: [[TurnSpeaker]]

    init(people: [Person], documents: [Document]) {
        self.people = people
        turns = documents.map(\.turnSpeakers)
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
        writer.write(turns) { writer, speakers in
            writer.write(speakers) { writer, speaker in
                writer.write(speaker.speakerID)
                writer.write(speaker.reporter != nil)
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
        turns = try reader.readArray { reader in
            try reader.readArray { reader in
                let id = try reader.readString()
                let reporter =
                    try reader.readBool() ? Reporter(name: try reader.readString(), outlet: try reader.readOptionalString()) : nil
                return TurnSpeaker(speakerID: id, reporter: reporter)
            }
        }
        guard reader.isAtEnd else { throw BinaryFormatError(description: "bytes left over after the speakers") }
    }
}

/// Where a turn stands and who speaks it, known from its document's outline without reading its text.
public struct TurnPlace: Sendable, Hashable {
    public var document: Int
    /// The turn's index in its document.
    public var index: Int
    public var speakerID: String
}

extension Corpus {
    /// Every turn of a meeting's transcripts (one speaker's, when given), in reading order, without reading
    /// any document's text: a long meeting is laid out a screen at a time, and reads only the documents shown.
    public func turnPlaces(of meeting: Meeting, speaker: String? = nil) -> [TurnPlace] {
        transcripts(of: meeting).flatMap { d in
            documents[d].speakerIDs.enumerated().compactMap { index, id in
                speaker == nil || id == speaker ? TurnPlace(document: d, index: index, speakerID: id) : nil
            }
        }
    }
}

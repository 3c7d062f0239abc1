import Foundation

/// How far loading a corpus has got: the stage, and the files and bytes done in it out of all there are.
/// The loader's threads write it; a screen showing progress reads it whenever it redraws.
public final class LoadProgress: @unchecked Sendable {
    public enum Stage: String, Sendable {
        case reading
        case parsing
        /// Writing what was parsed, and its full-text index, into the corpus store.
        case indexing
        /// Grouping documents into meetings and labels into people, across the whole corpus.
        case linking
    }

    public struct Snapshot: Sendable, Equatable {
        public var stage = Stage.reading
        public var filesDone = 0
        public var filesTotal = 0
        public var bytesDone = 0
        public var bytesTotal = 0

        public init(stage: Stage = .reading, filesDone: Int = 0, filesTotal: Int = 0, bytesDone: Int = 0, bytesTotal: Int = 0) {
            self.stage = stage
            self.filesDone = filesDone
            self.filesTotal = filesTotal
            self.bytesDone = bytesDone
            self.bytesTotal = bytesTotal
        }

        /// From 0 to 1, by bytes (files differ a lot in size), else by files.
        public var fraction: Double {
            if bytesTotal > 0 { return min(1, Double(bytesDone) / Double(bytesTotal)) }
            return filesTotal > 0 ? min(1, Double(filesDone) / Double(filesTotal)) : 0
        }
    }

    private let lock = NSLock()
    private var current = Snapshot()

    public init() {}

    public var snapshot: Snapshot { lock.withLock { current } }

    /// Sets what there is to do, once the files are known.
    public func expect(files: Int, bytes: Int) {
        lock.withLock {
            current.filesTotal = files
            current.bytesTotal = bytes
        }
    }

    /// Moves on to the next stage, which starts from nothing done.
    public func begin(_ stage: Stage) {
        lock.withLock {
            current.stage = stage
            current.filesDone = 0
            current.bytesDone = 0
        }
    }

    /// Counts one file done in this stage (or found unusable).
    public func fileDone(bytes: Int) {
        lock.withLock {
            current.filesDone += 1
            current.bytesDone += bytes
        }
    }
}

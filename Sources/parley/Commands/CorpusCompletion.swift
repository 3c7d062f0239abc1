import ArgumentParser
import Foundation
import ParleyModel

/// Shell completion of meeting and speaker arguments with the ids of the corpus on the command line
/// being completed (its `--corpus` paths, else the built-in corpus).
enum CorpusCompletion {
    static var meetings: CompletionKind {
        .custom { words, _, prefix in candidates(corpus(from: words).meetings.map(\.id), prefix: prefix) }
    }

    static var speakers: CompletionKind {
        .custom { words, _, prefix in candidates(corpus(from: words).people.map(\.id), prefix: prefix) }
    }

    /// `a,b` arguments: the ids again after each comma.
    static var meetingPair: CompletionKind {
        .custom { words, _, prefix in
            let done = prefix.range(of: ",", options: .backwards).map { String(prefix[..<$0.upperBound]) } ?? ""
            let rest = String(prefix.dropFirst(done.count))
            return candidates(corpus(from: words).meetings.map(\.id), prefix: rest).map { done + $0 }
        }
    }

    static var documents: CompletionKind {
        .custom { words, _, prefix in candidates(corpus(from: words).documents.map(\.id), prefix: prefix) }
    }

    static func candidates(_ ids: [String], prefix: String) -> [String] {
        ids.filter { $0.hasPrefix(prefix) }
    }

    /// The corpus the command line names, read quietly: a completion must never print messages.
    static func corpus(from words: [String]) -> Corpus {
        let paths = corpusPaths(in: words)
        let cache = CorpusCacheSetting.standard(environment: ProcessInfo.processInfo.environment)
        return paths.isEmpty ? CorpusLoader.builtIn(cache: cache) : CorpusLoader.load(paths: paths, cache: cache)
    }

    /// The values of `--corpus PATH` and `--corpus=PATH` among the words typed so far, `~` expanded
    /// (the shell has not expanded it in a word still being completed).
    static func corpusPaths(in words: [String]) -> [String] {
        var paths: [String] = []
        var index = words.startIndex
        while index < words.endIndex {
            let word = words[index]
            if word == "--corpus", index + 1 < words.endIndex {
                paths.append(words[index + 1])
                index += 2
                continue
            }
            if word.hasPrefix("--corpus=") { paths.append(String(word.dropFirst("--corpus=".count))) }
            index += 1
        }
        return paths.filter { $0 != "-" }.map { NSString(string: $0).expandingTildeInPath }
    }
}

import ArgumentParser
import Foundation
import ParleyModel

/// `parley cache`: where the corpus's cache is, how big, what it holds and whether it is up to date; `--clear` removes it.
struct CacheCommand: PrintingCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache",
        abstract: "Show where the corpus cache is, its size and whether it is up to date; --clear removes it.",
        discussion: """
            parley keeps each corpus's parsed files and a full-text index in one database under $XDG_CACHE_HOME/parley \
            (else ~/.cache/parley), so the next run reads them back instead of parsing. It is only a cache of the files: \
            changed files are parsed again, and removing it loses nothing.
            """)

    @Flag(help: "Remove this corpus's cache; the next run parses every file again.")
    var clear = false

    @Flag(help: "Every corpus's cache in the folder, not only this corpus's; with --clear, remove them all.")
    var all = false

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if corpus.noCache { throw ValidationError("--no-cache has no meaning for 'parley cache'") }
    }

    func run(console: Console) throws {
        guard let folder = CorpusCacheSetting.standardFolder(environment: console.environment) else {
            throw InputProblem("no cache folder: neither XDG_CACHE_HOME nor HOME is set")
        }
        if all {
            try runOverAll(folder: folder, console: console)
            return
        }
        let paths = corpus.resolvedPaths(console: console)
        if clear {
            let state = CorpusCacheState.inspect(paths: paths, folder: folder)
            do {
                let removed = try CorpusCacheState.clear(paths: paths, folder: folder)
                console.out(removed ? "removed \(state.database) (\(Self.size(state.bytes)))\n" : "no cache at \(state.database)\n")
            } catch {
                throw InputProblem("cannot remove \(state.database): \(error.localizedDescription)")
            }
            return
        }
        let state = CorpusCacheState.inspect(paths: paths, folder: folder)
        if output.json {
            console.out(try JSONOutput.string(state))
            return
        }
        var lines = ["database:   \(state.database)"]
        if !state.exists {
            lines.append("state:      not made yet; the next run that reads this corpus makes it")
        } else {
            lines.append("size:       \(Self.size(state.bytes))")
            lines.append("holds:      \(state.files) files, \(state.documents) documents, \(state.paragraphs) paragraphs")
            if let problem = state.problem {
                lines.append("state:      unusable (\(problem)); the next run sets it aside and rebuilds it")
            } else if state.staleFiles == 0 {
                lines.append("state:      up to date")
            } else {
                lines.append("state:      stale: \(state.staleFiles) file\(state.staleFiles == 1 ? "" : "s") added, changed or removed")
            }
        }
        console.out(lines.joined(separator: "\n") + "\n")
    }

    /// `--all`: the databases of every corpus, most recently used first, or with `--clear` their removal.
    private func runOverAll(folder: URL, console: Console) throws {
        let databases = CacheFolder.databases(in: folder)
        if clear {
            for database in databases {
                do {
                    try CacheFolder.remove(database.path)
                } catch {
                    throw InputProblem("cannot remove \(database.path): \(error.localizedDescription)")
                }
            }
            let total = databases.reduce(Int64(0)) { $0 + $1.bytes }
            console.out("removed \(databases.count) cache\(databases.count == 1 ? "" : "s") (\(Self.size(total))) from \(folder.path)\n")
            return
        }
        if output.json {
            console.out(try JSONOutput.string(databases))
            return
        }
        guard !databases.isEmpty else {
            console.out("no caches in \(folder.path)\n")
            return
        }
        var lines = [
            "\(databases.count) cache\(databases.count == 1 ? "" : "s") in \(folder.path); one unused for \(CacheFolder.unusedDays) days, "
                + "or whose files are all gone, is removed"
        ]
        let dates = ISO8601DateFormatter()
        dates.formatOptions = [.withFullDate]
        for database in databases {
            let inputs = database.inputs.isEmpty ? "(corpus not recorded)" : database.inputs.joined(separator: ", ")
            lines.append("")
            lines.append(
                "\(URL(fileURLWithPath: database.path).lastPathComponent)  \(Self.size(database.bytes))  used \(dates.string(from: database.lastUsed))"
            )
            lines.append("  \(inputs)")
        }
        console.out(lines.joined(separator: "\n") + "\n")
    }

    private static func size(_ bytes: Int64) -> String {
        if bytes >= 1 << 20 { return String(format: "%.1f MB", Double(bytes) / Double(1 << 20)) }
        return bytes >= 1 << 10 ? "\(bytes >> 10) KB" : "\(bytes) bytes"
    }
}

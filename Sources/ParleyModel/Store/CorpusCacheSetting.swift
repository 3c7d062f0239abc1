import Foundation

/// Whether a load keeps its parsed files in a corpus store, and in which folder.
public enum CorpusCacheSetting: Sendable, Equatable {
    /// Parse every file, keep nothing (`--no-cache`).
    case off
    /// One database per corpus in this folder.
    case folder(URL)

    /// `$XDG_CACHE_HOME/parley`, else `~/.cache/parley`; nil with neither variable set.
    public static func standardFolder(environment: [String: String]) -> URL? {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            return URL(fileURLWithPath: cache).appendingPathComponent("parley")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".cache").appendingPathComponent("parley")
    }

    /// The standard folder, or `.off` when there is none.
    public static func standard(environment: [String: String]) -> CorpusCacheSetting {
        standardFolder(environment: environment).map { .folder($0) } ?? .off
    }
}

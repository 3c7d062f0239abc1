import Foundation

/// Where the user's settings live: `$XDG_CONFIG_HOME/parley/`, else `~/.config/parley/`.
public enum ConfigFolder {
    public static func url(environment: [String: String]) -> URL? {
        if let base = environment["XDG_CONFIG_HOME"], base.hasPrefix("/") {
            return URL(fileURLWithPath: base).appendingPathComponent("parley", isDirectory: true)
        }
        if let home = environment["HOME"], !home.isEmpty {
            return URL(fileURLWithPath: home).appendingPathComponent(".config/parley", isDirectory: true)
        }
        return nil
    }

    /// `config.toml` in the folder.
    public static func configFile(environment: [String: String]) -> URL? {
        url(environment: environment)?.appendingPathComponent("config.toml")
    }

    /// The folder of the user's own themes, found by name like the bundled ones.
    public static func themes(environment: [String: String]) -> URL? {
        url(environment: environment)?.appendingPathComponent("themes", isDirectory: true)
    }
}

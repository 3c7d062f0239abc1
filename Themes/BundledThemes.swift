import Foundation

/// Where the theme files shipped with parley are, wherever the program is run from.
public enum BundledThemes {
    /// The folder holding the bundled `.toml` theme files, or nil if the resource bundle is missing.
    public static var directory: URL? {
        // Asking for a known file finds the folder the files really landed in on every platform;
        // the bundle's own resource URL is the fallback.
        if let dark = Bundle.module.url(forResource: "dark", withExtension: "toml") {
            return dark.deletingLastPathComponent()
        }
        return Bundle.module.resourceURL
    }
}

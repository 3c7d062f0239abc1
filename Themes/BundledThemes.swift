import Foundation
import ParleyResources

/// Where the theme files shipped with parley are, wherever the program is run from.
public enum BundledThemes {
    /// The resource folder the build and `make install` put beside the program.
    public static let folderName = "parley_ParleyThemes.resources"

    /// The folder holding the bundled `.toml` theme files, or nil if it is missing from the installation.
    public static var directory: URL? { ResourceFolder.named(folderName) }

    /// What to tell the user when `directory` is nil.
    public static var missingMessage: String { "the theme files are " + ResourceFolder.missingMessage(folderName) }
}

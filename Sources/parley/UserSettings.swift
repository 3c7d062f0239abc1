import Foundation
import ParleyUI

/// The config file as the command's environment finds it.
enum UserSettings {
    static func config(_ console: Console) -> UserConfig {
        guard let file = ConfigFolder.configFile(environment: console.environment) else { return UserConfig() }
        return UserConfig.load(file, home: console.environment["HOME"])
    }
}

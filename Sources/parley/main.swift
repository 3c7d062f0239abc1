import Foundation

exit(ParleyCLI.run(arguments: Array(CommandLine.arguments.dropFirst()), console: .standard))

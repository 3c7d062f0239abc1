import Foundation

StandardStream.ignoreBrokenPipeSignal()
ProcessLifetime.keepsUntilExit = true
exit(ParleyCLI.run(arguments: Array(CommandLine.arguments.dropFirst()), console: .standard))

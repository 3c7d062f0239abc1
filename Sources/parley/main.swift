import Foundation

StandardStream.ignoreBrokenPipeSignal()
exit(ParleyCLI.run(arguments: Array(CommandLine.arguments.dropFirst()), console: .standard))

import Foundation

/// One input, any bytes: what libFuzzer calls for each input it tries.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    CorpusFuzzing.run(UnsafeBufferPointer(start: data, count: size))
    return 0
}

#if FUZZING
    /// libFuzzer's own driver, linked in by `-sanitize=fuzzer`. SwiftPM gives an executable its own
    /// entry point, so the driver is started from there rather than from libFuzzer's `main`.
    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
    ) -> CInt

    @main
    enum Fuzz {
        static func main() {
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(runFuzzerDriver(&argc, &argv, { fuzzOneInput($0, $1) }))
        }
    }
#else
    /// Built without libFuzzer (a plain `swift build`), the target replays inputs instead: each file
    /// named on the command line goes through the same checks, so a crash the fuzzer saved can be
    /// run again under the debugger.
    @main
    enum ReplayInputs {
        static func main() {
            for path in CommandLine.arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("parley-fuzz: cannot read \(path)\n".utf8))
                    exit(1)
                }
                data.withUnsafeBytes { raw in
                    CorpusFuzzing.run(raw.bindMemory(to: UInt8.self))
                }
                print("\(path): ok")
            }
        }
    }
#endif

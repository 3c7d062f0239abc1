import Foundation

/// Runs `body` with the file permissions of an ordinary user, so a test of an unreadable file or folder
/// means the same run as the superuser (as in a container) as run by anyone else.
///
/// As the superuser, only the calling thread's filesystem identity changes, to `nobody` (65534):
/// permission checks on files then apply to it, and the kernel drops the capabilities that bypass them
/// until the identity is set back. The rest of the test process keeps its own. `body` must therefore
/// not hand its file work to other threads.
func withOrdinaryUserFileAccess<Result>(_ body: () throws -> Result) rethrows -> Result {
    guard geteuid() == 0 else { return try body() }
    typealias SetFilesystemID = @convention(c) (UInt32) -> Int32
    guard let library = dlopen(nil, RTLD_NOW), let setfsuid = dlsym(library, "setfsuid"), let setfsgid = dlsym(library, "setfsgid") else {
        fatalError("setfsuid and setfsgid are missing from the C library")
    }
    let setUser = unsafeBitCast(setfsuid, to: SetFilesystemID.self)
    let setGroup = unsafeBitCast(setfsgid, to: SetFilesystemID.self)
    let nobody: UInt32 = 65534
    _ = setGroup(nobody)
    _ = setUser(nobody)
    defer {
        _ = setUser(0)
        _ = setGroup(0)
    }
    precondition(setUser(nobody) == nobody, "the filesystem user did not change")
    return try body()
}

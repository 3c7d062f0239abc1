import Foundation
import PackagePlugin

/// Writes `BuildVersion.swift` before each build: the package's `VERSION`, and in a git checkout the
/// commit it was built from (`0.2.0 (c9b0bfb)`, `-dirty` with uncommitted changes), so `--version`
/// says exactly what is running. The file is only replaced when the text changes, so an unchanged
/// version costs no recompilation.
@main
struct VersionStamp: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("Generated")
        let script = #"""
            root="$1"; out="$2"
            mkdir -p "$out"
            version=$(tr -d ' \n' < "$root/VERSION" 2>/dev/null)
            [ -n "$version" ] || version=unknown
            commit=$(git -C "$root" describe --always --dirty --abbrev=7 2>/dev/null) && version="$version ($commit)"
            printf '/// Written at build time from VERSION and git.\nenum BuildVersion {\n    static let text = "%s"\n}\n' "$version" > "$out/BuildVersion.swift.new"
            if cmp -s "$out/BuildVersion.swift.new" "$out/BuildVersion.swift"; then rm "$out/BuildVersion.swift.new"
            else mv "$out/BuildVersion.swift.new" "$out/BuildVersion.swift"; fi
            """#
        return [
            .prebuildCommand(
                displayName: "Stamping the version",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: ["-c", script, "sh", context.package.directoryURL.path, output.path],
                outputFilesDirectory: output)
        ]
    }
}

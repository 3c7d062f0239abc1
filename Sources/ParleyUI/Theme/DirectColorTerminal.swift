/// Which terminfo entry gives RGB to a terminal that says it takes 24-bit colour.
///
/// Terminals announce true colour with `COLORTERM=truecolor` (or `24bit`) but keep `TERM` at a
/// 256-colour entry, whose colour numbers are palette indices. ncurses sends RGB only through a
/// `-direct` entry, so for those terminals the same family's direct entry is used when it is installed:
/// `xterm-256color` → `xterm-direct`, `tmux-256color` → `tmux-direct`, `vte-256color` → `vte-direct`.
public enum DirectColorTerminal {
    /// The entries to try, best first; empty when `TERM` is kept as it is.
    public static func candidates(term: String?, colorTerm: String?) -> [String] {
        guard let term, !term.isEmpty, let colorTerm else { return [] }
        guard ["truecolor", "24bit"].contains(colorTerm.lowercased()) else { return [] }
        // Already a direct-colour entry, or a terminal that has its own idea of colour.
        if term.contains("direct") || term == "dumb" || term.hasPrefix("linux") { return [] }
        let family = term.split(separator: "-").first.map(String.init) ?? term
        var names = [family + "-direct"]
        if family != "xterm" && term.hasPrefix("xterm") { names.append("xterm-direct") }
        return names
    }
}

import Foundation

/// The name a header gives an office: "Remarks by President Trump in Press Gaggle" names `THE PRESIDENT`.
enum ByLine {
    /// The office and the capitalised words after it on a header line's "by …", when they add a name.
    static func name(for label: String, header: [String]) -> String? {
        let office = TurnLabel.words(label).filter { $0 != "THE" }
        guard !office.isEmpty else { return nil }
        for line in header {
            let words = line.split(separator: " ").map(String.init)
            guard let by = words.firstIndex(where: { $0.lowercased() == "by" }) else { continue }
            var i = by + 1
            if i < words.count, words[i].lowercased() == "the" { i += 1 }
            let candidate = words[i...].prefix(office.count).map { $0.uppercased().trimmingCharacters(in: .punctuationCharacters) }
            guard Array(candidate) == office else { continue }
            var name: [String] = []
            for word in words[(i + office.count)...] {
                let bare = word.trimmingCharacters(in: .punctuationCharacters)
                guard let first = bare.first, first.isUppercase, name.count < 3 else { break }
                name.append(bare)
                if word.last.map({ $0 == "," || $0 == "." }) == true { break }
            }
            guard !name.isEmpty else { continue }
            return (office.map(TurnLabel.titleCase) + name).joined(separator: " ")
        }
        return nil
    }
}

import FactCheckCore

/// swift-argument-parser's messages made safe to print: they quote the command line as typed, and a value with a
/// newline in it would otherwise print a line of its own ("Error: … 'x<newline>Saved 12 claims…'").
enum ParserMessage {
    /// `message` with every quoted argument that holds a control (or a bidi control) in its visible, one-line form
    /// (`TerminalText.visible`), longest first; the parser's own line breaks stay. The output funnel renders the rest.
    static func safe(_ message: String, arguments: some Sequence<String>) -> String {
        var pieces = Set<String>()
        for argument in arguments {
            pieces.insert(argument)
            // "--option=value" is quoted as the value alone; "-abc" clusters as their letters.
            if let equals = argument.firstIndex(of: "=") { pieces.insert(String(argument[argument.index(after: equals)...])) }
            if argument.hasPrefix("--") { pieces.insert(String(argument.dropFirst(2))) }
            if argument.hasPrefix("-") { pieces.insert(String(argument.dropFirst())) }
        }
        let unsafe = pieces.filter { !$0.isEmpty && $0.unicodeScalars.contains(where: TerminalText.needsEscape) }
        var safe = message
        for piece in unsafe.sorted(by: { $0.unicodeScalars.count > $1.unicodeScalars.count }) {
            safe = safe.replacingEvery(piece, with: TerminalText.visible(piece))
        }
        return safe
    }
}

extension String {
    /// Every occurrence of `target` replaced with `replacement`, compared scalar by scalar.
    func replacingEvery(_ target: String, with replacement: String) -> String {
        let text = Array(unicodeScalars), pattern = Array(target.unicodeScalars)
        guard !pattern.isEmpty, pattern.count <= text.count else { return self }
        var out = String.UnicodeScalarView()
        var index = 0
        while index < text.count {
            if index + pattern.count <= text.count, text[index..<(index + pattern.count)].elementsEqual(pattern) {
                out.append(contentsOf: replacement.unicodeScalars)
                index += pattern.count
            } else {
                out.append(text[index])
                index += 1
            }
        }
        return String(out)
    }
}

import Foundation

/// What the shell showed in answer to one key sequence, split into what libedit drew (the echo of the line being
/// typed) and what the program printed (its own lines), with colours and cursor moves removed.
struct ShellReply {
    /// The line as libedit echoed and redrew it up to the first line feed, with escape sequences removed; carriage
    /// returns from redraws are kept (so "veri\rfy 1" after a completion).
    let echo: String
    /// The program's own lines between the echo and the next prompt (or the end of the output).
    let lines: [String]
    /// The prompt the shell showed next; nil when it ended instead.
    let prompt: String?
    /// Whether that prompt starts a line of its own.
    let promptStartsLine: Bool

    /// Splits the output that followed a key sequence.
    /// - Parameters:
    ///   - output: the terminal's text from the moment the keys were sent (escape sequences included).
    ///   - prompt: the prompt found in it, nil when the program ended.
    ///   - hasEcho: false for the greeting, which follows no typed line.
    init(output: String, prompt: String?, hasEcho: Bool = true) {
        // Split on line feeds scalar by scalar: as Characters, "\r\n" is one grapheme and matches no "\n".
        var body = ShellReply.plain(output).unicodeScalars
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { String(String.UnicodeScalarView($0)) }
        var promptStartsLine = false
        if let prompt, let index = body.lastIndex(where: { $0.contains(prompt) }),
           let range = body[index].range(of: prompt, options: .backwards) {
            // What precedes the prompt on its line can only be a redraw: carriage returns.
            let before = body[index][..<range.lowerBound]
            promptStartsLine = before.allSatisfy { $0 == "\r" }
            body = Array(body[..<index]) + (promptStartsLine ? [] : [String(before)])
        } else if body.last == "" {
            body.removeLast()
        }
        let trimmed = body.map { $0.trimmingSuffix("\r") }
        echo = hasEcho ? trimmed.first ?? "" : ""
        lines = hasEcho ? Array(trimmed.dropFirst()) : trimmed
        self.prompt = prompt
        self.promptStartsLine = promptStartsLine
    }

    /// `text` without ANSI escape sequences (colours, cursor moves, line clearing).
    static func plain(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            guard scalar == "\u{1b}" else {
                result.append(scalar)
                continue
            }
            guard scalars.first == "[" else {
                scalars = scalars.dropFirst()  // a two-character sequence such as ESC =
                continue
            }
            scalars = scalars.dropFirst()
            // Parameters and intermediates, then one final byte from @ to ~.
            while let next = scalars.popFirst(), !(0x40...0x7e).contains(next.value) {}
        }
        return String(result)
    }
}

extension String {
    /// The string without trailing `scalar`s.
    func trimmingSuffix(_ scalar: Unicode.Scalar) -> String {
        var scalars = unicodeScalars[...]
        while scalars.last == scalar { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}

/// Text the tool did not write itself: from an article, an annotation file, a file name, an argument value, an
/// environment variable or another program's output.
///
/// Its printable form is one line with every control made visible (`TerminalText.visible`: `^[`, `^J`, `<U+202E>`),
/// and that form is also its `description`, so interpolating it (`"found \(value)"`) can neither drive the terminal
/// nor start a fake line. `raw` is for comparing, storing and passing on — never for printing. The executable's
/// output funnel (docs/TERMINAL-SAFETY.md) renders every byte again on the way out.
public struct UntrustedText: Sendable, Hashable, CustomStringConvertible {
    /// The text as it came; never print it.
    public let raw: String

    /// Wraps `raw`, text the tool did not write.
    public init(_ raw: String) {
        self.raw = raw
    }

    /// The text on one line, every control, newline, DEL, C1 and bidi control made visible.
    public var description: String { TerminalText.visible(raw) }

    /// The visible text in double quotes, as messages quote what they found: `"ma^[]0;x^Gybe"`.
    public var quoted: String { "\"" + description + "\"" }
}

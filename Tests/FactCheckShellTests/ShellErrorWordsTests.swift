import FactCheckCore
import FactCheckShell
import Testing

/// What the editor typed is `UntrustedText` in the shell's error messages: quoted on one line with every control
/// made visible by the message itself, before the shell's report and the executable's funnel render it again.
@Suite struct ShellErrorWordsTests {
    /// A word with an escape sequence, a bell and a bidi override in it.
    static let hostile = "x\u{1B}]0;t\u{07}\u{202E}y"

    @Test(arguments: [
        "show c-1b\(hostile)",
        "show \(hostile)",
        "list \(hostile)",
        "help \(hostile)",
        "find \(hostile)",
        "read \(hostile)",
        "split 1 \(hostile)",
        "set \(hostile) on",
    ])
    func aTypedWordIsQuotedVisibly(_ line: String) throws {
        let result = try ShellHarness().run([line, "quit --discard"])
        #expect(result.err.contains("x^[]0;t^G<U+202E>y"), "\(result.err)")
        #expect(!result.err.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" }, "\(result.err)")
    }

    /// Each error that quotes a typed word or a file's value, built as the shell builds it.
    static let errors: [ShellError] = {
        let word = UntrustedText(hostile)
        return [
            .unknownCommand(word, suggestion: nil), .notAClaimReference(command: "show", word: word, count: 3),
            .noSuchClaimID(word), .unknownStatus(word, suggestion: nil), .unknownHelpTopic(word, suggestion: nil),
            .noMatch(word), .noSuchUpdate(word, count: 2), .notLinked(update: word, claim: 1),
            .unknownRelation(word, suggestion: nil), .unknownSide(word), .unknownSetting(word),
            .noSuchSource(claim: 1, source: word, sources: [word]), .noSuchParagraph(word, count: 4), .noCut(claim: 1, word: word),
        ]
    }()

    @Test(arguments: errors)
    func theMessageItselfIsSafe(_ error: ShellError) {
        #expect(error.message.contains("x^[]0;t^G<U+202E>y"), "\(error.message)")
        #expect(!error.message.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" })
    }
}

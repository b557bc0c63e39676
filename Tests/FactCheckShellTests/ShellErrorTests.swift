import FactCheckCore
import FactCheckShell
import Foundation
import Testing

/// Every error a command line can produce: the message on stderr with its line number, a failing exit status,
/// and no change to the session.
@Suite struct ShellErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let line: String
        let message: String
        var testDescription: String { line }
    }

    static let cases: [Case] = [
        Case(line: "verfy 1", message: "unknown command 'verfy'. Did you mean 'verify'?"),
        Case(line: "lst", message: "unknown command 'lst'. Did you mean 'list'?"),
        Case(line: "frobnicate", message: "unknown command 'frobnicate'. Type 'help' for the list."),
        Case(line: "verify 9999", message: "no claim 9999: claims are numbered 1–14"),
        Case(line: "show 0", message: "no claim 0: claims are numbered 1–14"),
        Case(line: "dispute -3", message: "no claim -3: claims are numbered 1–14"),
        Case(line: "verify", message: "verify: no current claim; name one (verify N) or choose one with 'next', 'show N' or 'goto N'"),
        Case(line: "source 2", message: "source: missing source. Usage: source [N] SOURCE…"),
        Case(line: "note 2", message: "note: missing note text. Usage: note [N] TEXT"),
        Case(line: "find", message: "find: missing text. Usage: find TEXT"),
        Case(line: "show 1 2", message: "show: too many arguments. Usage: show [N]"),
        Case(line: "quit now", message: "quit: too many arguments. Usage: quit [--discard]"),
        Case(line: "show x", message: "show: 'x' is not a claim number (expected 1–14, or a claim id such as c-1a2b3c4d)"),
        Case(line: "show c-00000000", message: "no claim has the id 'c-00000000'"),
        Case(line: "verify 1 \"never closed", message: "unbalanced quote: the \" at column 10 is never closed"),
        Case(line: "note 1 'oops", message: "unbalanced quote: the ' at column 8 is never closed"),
        Case(line: "note 1 trailing\\", message: "the line ends with a lone backslash"),
        Case(line: "list verifed", message: "unknown status 'verifed'. Did you mean 'verified'?"),
        Case(line: "help verfy", message: "no help for 'verfy'. Did you mean 'verify'?"),
        Case(line: "undo", message: "nothing to undo"),
        Case(line: "redo", message: "nothing to redo"),
        Case(line: "find zzzz", message: "no claim contains 'zzzz'"),
    ]

    @Test(arguments: cases)
    func errorIsReportedWithItsLineNumber(_ testCase: Case) throws {
        let result = try ShellHarness().run(["list unreviewed", testCase.line])
        #expect(result.status == 1)
        #expect(result.err.hasPrefix("factcheck: line 2: "))
        #expect(result.err.contains(testCase.message), "stderr was: \(result.err)")
        #expect(result.session.annotations.claims.allSatisfy { $0.status == .unreviewed && $0.history.isEmpty })
    }

    @Test func laterCommandsStillRunAfterAnError() throws {
        let harness = try ShellHarness()
        let result = try harness.run(["verify 9999", "verify 1", "save"])
        #expect(result.status == 1)
        #expect(try harness.saved().claims[0].status == .verified)
    }

    @Test func endOfScriptWithUnsavedChangesFailsAndWritesNothing() throws {
        let harness = try ShellHarness()
        let result = try harness.run(["verify 1"])
        #expect(result.status == 1)
        #expect(result.err.contains("end of input with 1 unsaved change"))
        #expect(!harness.savedExists)
    }

    @Test func quitWithUnsavedChangesInAScriptFails() throws {
        let harness = try ShellHarness()
        let result = try harness.run(["verify 1", "quit"])
        #expect(result.status == 1)
        #expect(result.err.contains("line 2: 1 unsaved change: 'save' first, or 'quit --discard'"))
        #expect(!harness.savedExists)
    }

    @Test func escapeSequencesFromTheArticleAreShownVisibly() throws {
        let hostile = "Le ministre a dit \u{1B}]52;c;SGVsbG8=\u{07} que tout va bien \u{1B}[2J aujourd'hui.\n\nUn texte \u{202E}inversé\u{202C} est affiché ici.\n"
        let result = try ShellHarness(articleText: hostile).run(["list", "show 1", "show 2", "find ministre"])
        #expect(!result.out.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(result.out.contains("^[]52;c;SGVsbG8=^G"))
        #expect(result.out.contains("<U+202E>"))
    }
}

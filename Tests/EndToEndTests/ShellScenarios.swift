import FactCheckCore
import Foundation
import Testing

/// The real binary under a pseudo-terminal: keys typed as a person would, answers read from the screen, and the
/// annotation file read back. Each scenario runs in its own sandbox (HOME, history, annotation file).
@Suite("factcheck under a pseudo-terminal")
struct ShellScenarios {
    /// The keys of the arrows and control characters the scenarios type.
    enum Key {
        /// Tab: complete the word before the cursor.
        static let tab = "\t"
        /// The Up arrow as xterm sends it: the previous history line.
        static let up = "\u{1b}[A"
        /// Ctrl-C: cancel the line being typed.
        static let ctrlC = "\u{03}"
        /// Ctrl-D: leave (on an empty line).
        static let ctrlD = "\u{04}"
        /// Ctrl-U: erase the line.
        static let ctrlU = "\u{15}"
    }

    /// The question Ctrl-D asks with one unsaved change.
    static func question(_ sandbox: Sandbox) -> String {
        "Save 1 unsaved change to \(sandbox.annotationFile) before leaving? [y]es, [n]o, [c]ancel: "
    }

    /// The progress line printed after each edit on a terminal.
    static func progress(_ reviewed: Int, disputed: Int = 0, unsaved: Int) -> String {
        "\(reviewed)/14 reviewed · \(disputed) disputed · 0 flagged · \(unsaved) unsaved"
    }

    /// A whole editing session: every kind of key, then the saved file read back.
    @Test("Tab, accents and « », Up-arrow recall, Ctrl-C, save, Ctrl-D")
    func editingSession() throws {
        let sandbox = try Sandbox()
        let shell = try ShellDriver(in: sandbox)

        let greeting = try shell.start()
        #expect(greeting.lines.first?.hasPrefix("factcheck — \(ShellDriver.article): 14 claims (0 reviewed)") == true)
        #expect(greeting.prompt == "cloudwatt-audit> ")

        // "veri" is no command: only Tab's completion to "verify" makes this line work.
        try shell.press("veri" + Key.tab)
        var reply = try shell.enter(" 1 « vérifié auprès du ministère »\r")
        #expect(reply.lines == ["#1 verified — « vérifié auprès du ministère »", Self.progress(1, unsaved: 1)])
        #expect(reply.prompt == "cloudwatt-audit* #1> ")

        reply = try shell.enter("dispute 2 chiffre contesté\r")
        #expect(reply.lines == ["#2 disputed — chiffre contesté", Self.progress(2, disputed: 1, unsaved: 2)])
        reply = try shell.enter("undo\r")
        #expect(reply.lines == ["Undone: dispute #2.", Self.progress(1, unsaved: 1)])

        // Up twice: past "undo" to the dispute, run again.
        try shell.press(Key.up + Key.up)
        reply = try shell.enter("\r")
        #expect(reply.echo.contains("dispute 2 chiffre contesté"))
        #expect(reply.lines == ["#2 disputed — chiffre contesté", Self.progress(2, disputed: 1, unsaved: 2)])

        // Ctrl-C drops the half-typed line; the shell survives and takes the next command.
        try shell.press("reset 1")
        reply = try shell.enter(Key.ctrlC)
        #expect(reply.lines.isEmpty)
        #expect(reply.echo.hasSuffix("^C"))
        #expect(reply.promptStartsLine)
        #expect(reply.prompt == "cloudwatt-audit* #2> ")

        reply = try shell.enter("source 3 https://example.org/audit \"Le Monde Informatique\"\r")
        #expect(reply.lines == ["#3 sourced — https://example.org/audit; Le Monde Informatique", Self.progress(3, disputed: 1, unsaved: 3)])
        reply = try shell.enter("show 1\r")
        #expect(reply.lines.contains("  note: « vérifié auprès du ministère »"))

        reply = try shell.enter("save\r")
        #expect(reply.lines == ["Saved 14 claims to \(sandbox.annotationFile)."])
        #expect(reply.prompt == "cloudwatt-audit #1> ")

        let (last, termination) = try shell.finish(Key.ctrlD)
        #expect(termination == .exited(0))
        #expect(!last.lines.joined().contains("Save"), "a saved session leaves without asking")

        let set = try Self.annotations(in: sandbox)
        #expect(set.claims.count == 14)
        let first = try #require(set.claims.first { $0.n == 1 })
        #expect(first.status == .verified)
        #expect(first.note == "« vérifié auprès du ministère »")
        #expect(first.by == "Test Editor")
        #expect(first.at == "2026-01-02T03:04:05Z")
        let second = try #require(set.claims.first { $0.n == 2 })
        #expect(second.status == .disputed)
        #expect(second.note == "chiffre contesté")
        #expect(second.history.map(\.status) == [.disputed], "the undone dispute leaves no trace")
        let third = try #require(set.claims.first { $0.n == 3 })
        #expect(third.status == .sourced)
        #expect(third.sources == ["https://example.org/audit", "Le Monde Informatique"])
        #expect(set.claims.filter { $0.status == .unreviewed }.count == 11)
    }

    /// How a scenario answers the question asked when Ctrl-D leaves unsaved changes.
    enum LeavingAnswer: String, CaseIterable, CustomTestStringConvertible {
        /// "n": leave without saving.
        case no = "n"
        /// "y": save, then leave.
        case yes = "y"

        /// How the test case is named in results.
        var testDescription: String { "answer \(rawValue)" }
    }

    /// Ctrl-D with an unsaved verdict asks; the answer decides whether the file is written.
    @Test("Ctrl-D with unsaved changes asks whether to save", arguments: LeavingAnswer.allCases)
    func leavingWithUnsavedChanges(answer: LeavingAnswer) throws {
        let sandbox = try Sandbox()
        let shell = try ShellDriver(in: sandbox)
        _ = try shell.start()
        #expect(try shell.enter("verify 1\r").lines == ["#1 verified", Self.progress(1, unsaved: 1)])

        let question = try shell.enter(Key.ctrlD, expecting: [Self.question(sandbox)])
        #expect(question.lines.isEmpty)
        #expect(question.promptStartsLine)

        let (reply, termination) = try shell.finish(answer.rawValue + "\r")
        #expect(termination == .exited(0))
        switch answer {
        case .no:
            #expect(reply.lines == ["Left without saving."])
            #expect(!FileManager.default.fileExists(atPath: sandbox.annotationFile))
        case .yes:
            #expect(reply.lines == ["Saved 14 claims to \(sandbox.annotationFile)."])
            let set = try Self.annotations(in: sandbox)
            #expect(set.claims.first { $0.n == 1 }?.status == .verified)
        }
    }

    /// "c" to the question keeps the session going, changes included.
    @Test("Cancelling the question returns to the shell")
    func cancellingTheQuestion() throws {
        let sandbox = try Sandbox()
        let shell = try ShellDriver(in: sandbox)
        _ = try shell.start()
        _ = try shell.enter("dispute 4 « faux »\r")
        _ = try shell.enter(Key.ctrlD, expecting: [Self.question(sandbox)])
        let back = try shell.enter("c\r")
        #expect(back.prompt == "cloudwatt-audit* #4> ")
        #expect(try shell.enter("save\r").lines == ["Saved 14 claims to \(sandbox.annotationFile)."])
        let (_, termination) = try shell.finish(Key.ctrlD)
        #expect(termination == .exited(0))
        #expect(try Self.annotations(in: sandbox).claims.first { $0.n == 4 }?.note == "« faux »")
    }

    /// Tab on an ambiguous prefix prints the candidates and draws the prompt and line again.
    @Test("Tab lists the choices when several commands match")
    func tabListsChoices() throws {
        let sandbox = try Sandbox()
        let shell = try ShellDriver(in: sandbox)
        _ = try shell.start()
        // The listing is followed by the prompt drawn again, with the line as typed.
        let listing = try shell.enter("re" + Key.tab)
        #expect(listing.lines.count == 1)
        #expect(Set(listing.lines.first?.split(separator: " ").map(String.init) ?? []) == ["read", "redo", "reset", "resolve"])
        try shell.press(Key.ctrlU)
        let (_, termination) = try shell.finish(Key.ctrlD)
        #expect(termination == .exited(0))
    }

    /// Lines are saved to the sandbox's XDG_STATE_HOME and Up recalls them in a later session.
    @Test("History is kept in the sandbox and recalled by the next session")
    func historyAcrossSessions() throws {
        let sandbox = try Sandbox()
        let first = try ShellDriver(in: sandbox)
        _ = try first.start()
        #expect(try first.enter("show 2\r").lines.first?.hasPrefix("#2  c-") == true)
        _ = try first.finish(Key.ctrlD)
        #expect(FileManager.default.fileExists(atPath: sandbox.historyFile))

        let second = try ShellDriver(in: sandbox)
        _ = try second.start()
        try second.press(Key.up)
        let reply = try second.enter("\r")
        #expect(reply.lines.first?.hasPrefix("#2  c-") == true)
        let (_, termination) = try second.finish(Key.ctrlD)
        #expect(termination == .exited(0))
    }

    /// The annotation file the sandboxed shell saved, decoded with the codec that wrote it.
    static func annotations(in sandbox: Sandbox) throws -> AnnotationSet {
        let data = try Data(contentsOf: URL(fileURLWithPath: sandbox.annotationFile))
        return try AnnotationCodec.decode(data)
    }
}

import FactCheckCore
import FactCheckFiles
import FactCheckShell
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Journals bound to their file and session, scripts that end without saving, and a journal that cannot be
/// written: the "data lost with exit 0" cases of the journal, each reproduced.
@Suite struct JournalBindingTests {
    /// The canonical path of `path`'s folder joined with its name, as a journal header records it.
    static func canonical(_ path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        guard let resolved = realpath(folder, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved) + "/" + (path as NSString).lastPathComponent
    }

    /// A header line for a journal of `file` written by `pid`, the file having been opened as `bytes`.
    static func header(file: String, pid: Int32, bytes: [UInt8]?) -> String {
        let base = bytes.map { "\"" + SHA256.hex(SHA256.digest($0)) + "\"" } ?? "null"
        return "{\"factcheck-journal\":2,\"file\":\"\(file)\",\"base\":\(base),\"pid\":\(pid),\"started\":1}"
    }

    /// Journals that are not this file's, each with what its header says: none may be applied, each is kept aside.
    static let strangers: [(name: String, header: @Sendable (_ file: String, _ bytes: [UInt8]?) -> String?, garbage: Bool, mode: Int)] = [
        ("no header (a record as first line)", { _, _ in nil }, false, 0o600),
        ("another file's", { file, bytes in header(file: file + ".other", pid: 424242, bytes: bytes) }, false, 0o600),
        ("another session's pid", { file, bytes in header(file: file, pid: 777, bytes: bytes) }, false, 0o600),
        ("writable by others (injected)", { file, bytes in header(file: file, pid: 424242, bytes: bytes) }, false, 0o666),
        ("a header and nothing readable", { file, bytes in header(file: file, pid: 424242, bytes: bytes) }, true, 0o600),
    ]

    @Test(arguments: strangers.indices)
    func aJournalThatIsNotThisFilesIsReportedAndKeptAsideNeverApplied(_ index: Int) throws {
        let (name, header, garbage, mode) = Self.strangers[index]
        let harness = try ShellHarness()
        _ = try harness.run(["verify 1 saved", "save"])
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: harness.annotationPath)))
        let saved = try harness.saved()
        let stranger = try saved.applying(.dispute(note: "a stranger's verdict"), toClaimAt: 0, by: "Stranger", at: "2026-01-02T03:04:05Z")
        var lines = header(Self.canonical(harness.annotationPath), bytes).map { [$0] } ?? []
        lines.append(garbage ? "{\"claims\":[{\"id\":\"c-" : EditRecord(from: saved, to: stranger).jsonLine())
        let journal = harness.directory.appendingPathComponent("annotations/.article.json.journal-424242").path
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: journal))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: journal)

        let workspace = try harness.open()
        #expect(workspace.session.annotations == saved && !workspace.session.isDirty, "\(name): applied")
        #expect(workspace.replayedJournals.isEmpty)
        let message = workspace.warnings.map(\.message).joined(separator: "\n")
        #expect(message.contains(".article.json.journal-424242 was not replayed"), "\(name): \(message)")
        let entries = try FileManager.default.contentsOfDirectory(atPath: harness.directory.appendingPathComponent("annotations").path)
        #expect(entries.contains(".article.json.unmatched-journal-424242"), "\(name): not kept aside: \(entries)")
        #expect(!entries.contains(".article.json.journal-424242"), "\(name): left where the next session replays it")
        #expect(message.contains("kept as "))
    }

    @Test func aRecoveredEditNeverReplacesAVerdictSavedSinceItsSessionOpenedTheFile() throws {
        let harness = try ShellHarness()
        _ = try harness.run(["save"])
        // B opens the file; A opens it too, journals two edits, and its terminal dies.
        let sessionB = try harness.session()
        do {
            // A's journal is released (as by its process's death) at the end of this block.
            let a = try harness.open()
            let crashed = try harness.runThenLoseTerminal(["verify 3 A says yes", "verify 5 A checked five"], journal: a.journal, session: a.session)
            #expect(crashed.status == 1)
        }
        // B, still running, saves its own verdict on claim 3.
        let b = try harness.run(["dispute 3 B says no", "save"], session: sessionB)
        #expect(b.status == 0, "\(b.err)")
        // The next session recovers A's edits as a concurrent edit: both verdicts on #3, A's on the untouched #5.
        let workspace = try harness.open()
        let result = try harness.run(["save"], journal: workspace.journal, session: workspace.session)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.err.contains("#3 got another verdict there: both verdicts are kept"), "\(result.err)")
        let saved = try harness.saved()
        let conflict = try #require(saved.claims[2].conflict, "A's recovered verdict replaced B's saved one")
        #expect(Set([conflict.ours.note, conflict.theirs.note]) == ["A says yes", "B says no"])
        #expect(saved.claims[2].history.contains { $0.note == "B says no" })
        #expect(saved.claims[4].status == .verified && saved.claims[4].note == "A checked five" && saved.claims[4].conflict == nil)
    }

    @Test func aJournalThatCannotBeWrittenIsSaidAtEveryAcknowledgement() throws {
        let harness = try ShellHarness()
        let directory = harness.directory.appendingPathComponent("annotations").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: directory)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory) }
        let result = try harness.run(["verify 1", "verify 2", "dispute 3", "quit --discard"],
                                     journal: FileJournal(annotationPath: harness.annotationPath))
        let warnings = result.err.components(separatedBy: "not yet safe from a crash").count - 1
        #expect(warnings == 3, "\(result.err)")
    }

    @Test func aScriptThatEndsWithoutSavingLeavesNothingForTheNextRun() throws {
        let harness = try ShellHarness()
        _ = try harness.run(["save"])
        let script = try harness.run(["verify 1 not meant to be kept"], journal: FileJournal(annotationPath: harness.annotationPath))
        #expect(script.status == 1)
        #expect(script.err.contains("nothing was saved and the edits were discarded"), "\(script.err)")
        #expect(FileJournal.leftovers(of: harness.annotationPath).isEmpty)
        // The next, unrelated script saves: the first script's edit does not come back.
        let workspace = try harness.open()
        let next = try harness.run(["verify 2 the next script", "save"], journal: workspace.journal, session: workspace.session)
        #expect(next.status == 0)
        #expect(!next.err.contains("Recovered"))
        let saved = try harness.saved()
        #expect(saved.claims[0].status == .unreviewed)
        #expect(saved.claims[1].status == .verified)
    }
}

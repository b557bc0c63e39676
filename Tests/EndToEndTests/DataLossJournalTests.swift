#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// Issue 11's "data lost with exit 0" failures of the journal, on the real binary (so that each can be run against
/// the code before the change with FACTCHECK_BINARY, and seen to fail there): see docs/RELIABILITY.md.
@Suite("Journals: data lost with exit 0 (real binary)")
struct DataLossJournalTests {
    /// A sandbox with the seed article and an annotation file saved once with no verdict.
    static func saved() throws -> (Sandbox, article: String) {
        let sandbox = try Sandbox()
        let article = try sandbox.copySeedArticle()
        let first = try ProgramRun.factcheck([article, "--annotations", sandbox.workAnnotations], input: "save\n", environment: sandbox.environment)
        #expect(first.exitStatus == 0, "\(first.summary)")
        return (sandbox, article)
    }

    /// The journal a session killed after verifying claim 1 left beside `annotations`: its name and bytes.
    static func killedSessionsJournal(_ sandbox: Sandbox, article: String, annotations: String) throws -> (name: String, bytes: [UInt8]) {
        let killed = try ShellProcess(article: article, annotations: annotations, sandbox: sandbox, label: "killed session")
        try killed.verify(1, note: "a stranger's verdict")
        killed.process.kill()
        _ = try killed.process.waitForExit()
        let name = "." + (annotations as NSString).lastPathComponent + ".journal-\(killed.process.processID)"
        let bytes = try #require(Sandbox.contents(of: sandbox.work + "/" + name), "no journal \(name): \(sandbox.workEntries())")
        return (name, bytes)
    }

    @Test("A killed session's journal never replaces a verdict another editor saved since")
    func aRecoveredEditDoesNotReplaceANewerSavedVerdict() throws {
        let (sandbox, article) = try Self.saved()
        let a = try ShellProcess(article: article, annotations: sandbox.workAnnotations, sandbox: sandbox, label: "A")
        try a.verify(3, note: "A says yes")
        // B opens the file while A still runs (A's journal is a live session's: left alone), then A is killed.
        let b = try ShellProcess(article: article, annotations: sandbox.workAnnotations, sandbox: sandbox, editor: "B", label: "B")
        try b.waitUntilReady()
        a.process.kill()
        _ = try a.process.waitForExit()
        try b.dispute(3, note: "B says no")
        try b.save()
        #expect(try b.quit() == .exited(0))

        let recovery = try ProgramRun.factcheck([article, "--annotations", sandbox.workAnnotations], input: "save\n", environment: sandbox.environment)
        #expect(recovery.exitStatus == 0, "\(recovery.summary)")
        let map = try VerdictMap.read(sandbox.workAnnotations).map
        let kept = [map.verdicts[3]] + [map.conflicts[3]?.ours, map.conflicts[3]?.theirs]
        #expect(kept.contains(Verdict(status: "disputed", note: "B says no")), "B's saved verdict was replaced: \(map.verdicts[3].map(String.init(describing:)) ?? "none")")
    }

    /// What is done to a killed session's journal before the next session starts.
    enum Stranger: CaseIterable {
        /// Written for another annotation file (same article), then placed beside this one.
        case anotherFiles
        /// Renamed to another process id than its header's.
        case anotherSessions
        /// Writable by anyone: anyone could have written it.
        case injected
        /// Its header line removed.
        case headerless
    }

    @Test("A journal that is not this file's own is reported and kept aside, never applied nor deleted", arguments: Stranger.allCases)
    func aStrangersJournalIsKeptAside(_ stranger: Stranger) throws {
        let (sandbox, article) = try Self.saved()
        var journaled = sandbox.workAnnotations
        if stranger == .anotherFiles {
            journaled = sandbox.work + "/other.json"
            try FileManager.default.copyItem(atPath: sandbox.workAnnotations, toPath: journaled)
        }
        let (name, killed) = try Self.killedSessionsJournal(sandbox, article: article, annotations: journaled)
        try FileManager.default.removeItem(atPath: sandbox.work + "/" + name)
        // The header is the first line.
        let bytes = stranger == .headerless ? Array(killed.drop { $0 != 0x0A }.dropFirst()) : killed
        // Beside this file, named after its dead writer (so a session replays it), or after another dead process.
        let pid = stranger == .anotherSessions ? "424242" : String(name.split(separator: "-").last ?? "")
        let journal = try sandbox.write(bytes, to: ".annotations.json.journal-" + pid, mode: 0o600)
        #expect(chmod(journal, stranger == .injected ? 0o666 : 0o600) == 0)

        let next = try ProgramRun.factcheck([article, "--annotations", sandbox.workAnnotations], input: "verify 2 mine\nsave\n", environment: sandbox.environment)
        #expect(next.exitStatus == 0, "\(next.summary)")
        let verdicts = try VerdictMap.read(sandbox.workAnnotations).map.verdicts
        #expect(verdicts[1] == .unreviewed, "applied: #1 is \(verdicts[1].map(String.init(describing:)) ?? "missing"); \(next.summary)")
        #expect(next.stderr.contains("was not replayed"), "not reported: \(next.summary)")
        let entries = sandbox.workEntries()
        #expect(entries.contains(".annotations.json.unmatched-journal-" + pid), "not kept aside: \(entries)")
    }

    @Test("A journal that cannot be written is said at every acknowledgement")
    func anUnwritableJournalIsSaidEveryTime() throws {
        let workspace = try HostileWorkspace()
        let article = try workspace.seedArticle()
        try workspace.validAnnotationFile("locked/annotations.json", article: article)
        try workspace.chmod("locked", 0o555)
        let run = try ProgramRun.factcheck([article, "--annotations", workspace.work + "/locked/annotations.json"],
                                           input: "verify 1\nverify 2\ndispute 3\nquit --discard\n", environment: workspace.environment)
        let warnings = run.stderr.components(separatedBy: "not yet safe from a crash").count - 1
        #expect(warnings == 3, "\(run.summary)")
    }

    @Test("A script that ends without save leaves nothing that a later script replays and saves")
    func aScriptEndingWithoutSaveLeavesNothingBehind() throws {
        let (sandbox, article) = try Self.saved()
        let script = try ProgramRun.factcheck([article, "--annotations", sandbox.workAnnotations], input: "verify 1 not meant to be kept\n",
                                              environment: sandbox.environment)
        #expect(script.exitStatus != 0, "a script whose edits were not saved ended with exit 0: \(script.summary)")
        let next = try ProgramRun.factcheck([article, "--annotations", sandbox.workAnnotations], input: "verify 2 the next script\nsave\n",
                                            environment: sandbox.environment)
        #expect(next.exitStatus == 0, "\(next.summary)")
        let verdicts = try VerdictMap.read(sandbox.workAnnotations).map.verdicts
        #expect(verdicts[1] == .unreviewed, "the first script's unsaved edit came back: \(next.summary)")
        #expect(verdicts[2] == Verdict(status: "verified", note: "the next script"))
    }
}

import FactCheckCore
import Foundation
import Testing

/// Issue 11's "data lost with exit 0" failures of saving — `save FILE`, a file replaced under a running shell, merge
/// on save — on the real binary, so that each can be run against the code before the change (FACTCHECK_BINARY) and
/// seen to fail there: see docs/RELIABILITY.md.
@Suite("Saving: data lost with exit 0 (real binary)")
struct DataLossSaveTests {
    /// Another article's annotation file, its first claim verified, at `work/other.json`; returns its bytes.
    static func otherArticlesFile(in sandbox: Sandbox) throws -> [UInt8] {
        let article = try sandbox.write(Array("The council approved a budget of 3 million euros on Monday. The mayor said that the vote was unanimous.\n\nConstruction of the new library will begin in March, according to the city's planning office.\n".utf8), to: "other.txt")
        let run = try ProgramRun.factcheck([article, "--annotations", sandbox.work + "/other.json"], input: "verify 1 theirs\nsave\n",
                                           environment: sandbox.environment)
        #expect(run.exitStatus == 0, "\(run.summary)")
        return try #require(Sandbox.contents(of: sandbox.work + "/other.json"))
    }

    /// The piped shell on `article` and the sandbox's annotation file running `script`.
    static func shell(_ sandbox: Sandbox, _ article: String, _ script: [String]) throws -> ProgramRun {
        try ProgramRun.factcheck([article, "--annotations", sandbox.workAnnotations], input: script.map { $0 + "\n" }.joined(),
                                 environment: sandbox.environment)
    }

    @Test("save FILE over an older file of the same article writes the session's verdicts or nothing")
    func saveOverAnOlderFileOfTheSameArticle() throws {
        let sandbox = try Sandbox()
        let article = try sandbox.copySeedArticle()
        let copy = sandbox.work + "/copy.json"
        // An older copy, made before any review; then 13 verdicts saved in the session's own file.
        let older = try ProgramRun.factcheck([article, "--annotations", copy], input: "save\n", environment: sandbox.environment)
        let reviewed = try Self.shell(sandbox, article, (1...13).map { "verify \($0) reviewed" } + ["save"])
        #expect(older.exitStatus == 0 && reviewed.exitStatus == 0, "\(older.summary)\n\(reviewed.summary)")
        let before = Sandbox.contents(of: copy)
        let run = try Self.shell(sandbox, article, ["verify 14 mine", "save \(copy)", "quit --discard"])
        guard Sandbox.contents(of: copy) != before else { return }  // refused: nothing written
        let verdicts = try VerdictMap.read(copy).map.verdicts
        let rolledBack = (1...13).filter { verdicts[$0] != Verdict(status: "verified", note: "reviewed") }
        #expect(rolledBack.isEmpty, "the session's verdicts on \(rolledBack.map { "#\($0)" }) were rolled back in the file it saved: \(run.summary)")
    }

    @Test("save FILE over another article's file leaves it as it was")
    func saveOverAnotherArticlesFile() throws {
        let sandbox = try Sandbox()
        let article = try sandbox.copySeedArticle()
        let before = try Self.otherArticlesFile(in: sandbox)
        let run = try Self.shell(sandbox, article, ["verify 1 mine", "save \(sandbox.work)/other.json", "quit --discard"])
        #expect(Sandbox.contents(of: sandbox.work + "/other.json") == before, "the other article's file was changed: \(run.summary)")
    }

    @Test("save FILE into a missing folder makes no folder")
    func saveIntoAMissingFolder() throws {
        let sandbox = try Sandbox()
        let article = try sandbox.copySeedArticle()
        let run = try Self.shell(sandbox, article, ["verify 1", "save \(sandbox.work)/no/such/copy.json", "quit --discard"])
        #expect(run.exitStatus != 0, "\(run.summary)")
        #expect(!FileManager.default.fileExists(atPath: sandbox.work + "/no"), "the folder was made: \(run.summary)")
    }

    /// What replaces the annotation file under a running shell.
    enum Replacement: CaseIterable {
        /// A version lacking the last claim.
        case lackingAClaim
        /// Another article's file.
        case anotherArticles
    }

    @Test("The file replaced under a running shell: the save resets no verdict", arguments: Replacement.allCases)
    func aReplacedFileResetsNoVerdict(_ replacement: Replacement) throws {
        let sandbox = try Sandbox()
        let article = try sandbox.copySeedArticle()
        let first = try Self.shell(sandbox, article, ["verify 13 thirteen", "verify 14 fourteen", "save"])
        #expect(first.exitStatus == 0, "\(first.summary)")
        let running = try ShellProcess(article: article, annotations: sandbox.workAnnotations, sandbox: sandbox, label: "running shell")
        try running.waitUntilReady()
        switch replacement {
        case .lackingAClaim:
            var set = try VerdictMap.read(sandbox.workAnnotations).set
            set.claims.removeLast()
            try sandbox.write(Array(AnnotationCodec.encode(set).utf8), to: "annotations.json")
        case .anotherArticles:
            try sandbox.write(try Self.otherArticlesFile(in: sandbox), to: "annotations.json")
        }
        let replaced = try #require(Sandbox.contents(of: sandbox.workAnnotations))
        try running.verify(1, note: "one")
        try running.send("save")
        _ = try running.quit()

        let after = Sandbox.contents(of: sandbox.workAnnotations) ?? []
        guard after != replaced else { return }  // the save was refused and wrote nothing
        let verdicts = try VerdictMap.read(sandbox.workAnnotations).map.verdicts
        #expect(verdicts[13] == Verdict(status: "verified", note: "thirteen") && verdicts[14] == Verdict(status: "verified", note: "fourteen"),
                "verdicts reset: \(verdicts.sorted { $0.key < $1.key }.map { "#\($0.key) \($0.value)" })")
    }

    /// How another editor's save is rewritten on disk before this session's save merges it.
    enum Theirs: CaseIterable {
        /// A +02:00 time.
        case offsetTime
        /// An empty `by`.
        case emptyEditor
        /// The same claim under another id.
        case sameClaimAnotherID
    }

    @Test("Merge on save never writes a file the shell then refuses", arguments: Theirs.allCases)
    func mergeOnSaveWritesNothingTheShellRefuses(_ theirs: Theirs) throws {
        let sandbox = try Sandbox()
        let article = try sandbox.copySeedArticle()
        #expect(try Self.shell(sandbox, article, ["save"]).exitStatus == 0)
        let b = try ShellProcess(article: article, annotations: sandbox.workAnnotations, sandbox: sandbox, editor: "B", label: "B")
        try b.waitUntilReady()
        let a = try Self.shell(sandbox, article, ["verify 1 by A", "save"])
        #expect(a.exitStatus == 0, "\(a.summary)")
        var text = String(decoding: Sandbox.contents(of: sandbox.workAnnotations) ?? [], as: UTF8.self)
        switch theirs {
        case .offsetTime: text = text.replacingOccurrences(of: "2026-01-02T03:04:05Z", with: "2026-01-02T05:04:05+02:00")
        case .emptyEditor: text = text.replacingOccurrences(of: "\"by\": \"Test Editor\"", with: "\"by\": \"\"")
        case .sameClaimAnotherID:
            let id = try VerdictMap.read(sandbox.workAnnotations).set.claims[0].id
            text = text.replacingOccurrences(of: id, with: "c-0000000001")
        }
        try sandbox.write(Array(text.utf8), to: "annotations.json")
        try b.run(theirs == .sameClaimAnotherID ? "dispute 1 by B" : "dispute 2 by B", expecting: [" disputed — by B"])
        try b.send("save")
        _ = try b.quit()

        let after = Sandbox.contents(of: sandbox.workAnnotations) ?? []
        guard after != Array(text.utf8) else { return }  // the save was refused and wrote nothing
        let reopened = try Self.shell(sandbox, article, ["list", "quit"])
        #expect(reopened.exitStatus == 0, "merge on save wrote a file the shell refuses: \(reopened.summary)")
        if theirs == .sameClaimAnotherID, reopened.exitStatus == 0 {
            let set = try VerdictMap.read(sandbox.workAnnotations).set
            let notes = (set.claims + set.orphans).flatMap { [$0.note, $0.conflict?.ours.note, $0.conflict?.theirs.note].compactMap { $0 } }
            #expect(notes.contains("by A") && notes.contains("by B"), "a verdict was dropped: \(notes)")
        }
    }
}

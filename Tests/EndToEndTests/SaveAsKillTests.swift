#if canImport(Glibc)
import Glibc
#endif
import Testing

/// `save FILE` then kill -9 (real binary): the edits made after the save are journaled beside FILE and recovered
/// for FILE, none beside the old file.
@Suite("save FILE, then kill -9 (real binary)")
struct SaveAsKillTests {
    @Test("Edits after 'save FILE' are recovered for FILE, not for the old file")
    func editsAfterSaveAsAreRecoveredForTheNewFile() throws {
        let sandbox = try Sandbox()
        let article = try sandbox.copySeedArticle()
        let copy = sandbox.work + "/copy.json"
        let shell = try ShellProcess(article: article, annotations: sandbox.workAnnotations, sandbox: sandbox, label: "save-as session")
        try shell.verify(1, note: "before-save-as")
        try shell.run("save \(copy)", expecting: ["Saved "])
        try shell.dispute(2, note: "after-save-as")
        shell.process.kill()
        _ = try shell.process.waitForExit()
        let pid = shell.process.processID
        #expect(sandbox.workEntries().contains(".copy.json.journal-\(pid)"), "\(sandbox.workEntries())")
        #expect(!sandbox.workEntries().contains(".annotations.json.journal-\(pid)"), "\(sandbox.workEntries())")

        let recovery = try ProgramRun.factcheck([article, "--annotations", copy], input: "save\n", environment: sandbox.environment)
        #expect(recovery.exitStatus == 0, "\(recovery.summary)")
        #expect(recovery.stderr.contains("Recovered unsaved edits of 1 claim"), "\(recovery.stderr)")
        let verdicts = try VerdictMap.read(copy).map.verdicts
        #expect(verdicts[1] == Verdict(status: "verified", note: "before-save-as"))
        #expect(verdicts[2] == Verdict(status: "disputed", note: "after-save-as"))
        #expect(!sandbox.workEntries().contains { $0.contains(".journal-") }, "\(sandbox.workEntries())")
    }
}

#if canImport(Glibc)
import Glibc
#endif
import Testing

/// SIGTERM and SIGHUP end a piped shell at once with status 128 + signal, saying the edits are safe; the next
/// session recovers every acknowledged edit.
@Suite("SIGTERM and SIGHUP (real binary)")
struct TerminationSignalTests {
    /// Two acknowledged edits, the signal, then a recovery session.
    @Test("The shell exits with 128 + signal and the next session recovers its acknowledged edits", arguments: [SIGTERM, SIGHUP])
    func terminationKeepsAcknowledgedEdits(_ signal: Int32) throws {
        let sandbox = try Sandbox()
        let article = try sandbox.copySeedArticle()
        let shell = try ShellProcess(article: article, annotations: sandbox.workAnnotations, sandbox: sandbox, label: "signalled session")
        try shell.verify(3, note: "before-signal")
        try shell.dispute(4, note: "also-before")
        shell.process.signal(signal)
        #expect(try shell.process.waitForExit() == .exited(128 + signal))
        #expect(shell.process.errorText().contains("terminated; every acknowledged edit is in the journal"), "\(shell.process.errorText())")

        let recovery = try ProgramRun.factcheck([article, "--annotations", sandbox.workAnnotations], input: "save\n",
                                                environment: sandbox.environment)
        #expect(recovery.exitStatus == 0, "\(recovery.summary)")
        #expect(recovery.stderr.contains("Recovered unsaved edits of 2 claims"), "\(recovery.stderr)")
        let verdicts = try VerdictMap.read(sandbox.workAnnotations).map.verdicts
        #expect(verdicts[3] == Verdict(status: "verified", note: "before-signal"))
        #expect(verdicts[4] == Verdict(status: "disputed", note: "also-before"))
        #expect(sandbox.workEntries() == ["annotations.json", "article.txt"])
    }
}

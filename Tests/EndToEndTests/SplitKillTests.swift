import FactCheckCore
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// `split` then kill -9 (real binary): the boundary correction is journaled and recovered, so the next session
/// has the claims, ids and verdicts of the killed one — the same as a session that saved instead of dying.
@Suite("split, then kill -9 (real binary)")
struct SplitKillTests {
    /// Three claims; the second is cut before "dont".
    static let article = "La ville a ouvert deux écoles en 2020.\n\n"
        + "Le budget atteint 40 millions d'euros, dont 12 millions de l'Etat.\n\nLe maire a confirmé le calendrier.\n"

    /// What a reviewer compares: each claim's number, id, text, status and note, the orphans and the corrections.
    static func summary(_ set: AnnotationSet) -> [String] {
        set.claims.map { "#\($0.n) \($0.id) \($0.status.rawValue) \($0.note) | \($0.text)" }
            + set.orphans.map { "orphan \($0.id)" } + ["boundaries \(set.boundaries)"]
    }

    @Test("A split and a verdict on its second part, unsaved, are recovered after SIGKILL")
    func anUnsavedSplitIsRecovered() throws {
        let sandbox = try Sandbox()
        let article = try sandbox.write(Array(Self.article.utf8), to: "split.txt")
        let shell = try ShellProcess(article: article, annotations: sandbox.workAnnotations, sandbox: sandbox, label: "split session")
        try shell.verify(2, note: "budget")
        try shell.run("split 2 dont", expecting: ["(new, unreviewed)"])
        try shell.dispute(3, note: "public-share")
        shell.process.kill()
        _ = try shell.process.waitForExit()

        let saved = sandbox.work + "/saved.json"
        let reference = try ProgramRun.factcheck([article, "--annotations", saved],
                                                 input: "verify 2 budget\nsplit 2 dont\ndispute 3 public-share\nsave\n",
                                                 environment: sandbox.environment)
        #expect(reference.exitStatus == 0, "\(reference.summary)")
        let recovery = try ProgramRun.factcheck([article, "--annotations", sandbox.workAnnotations], input: "save\n",
                                                environment: sandbox.environment)
        #expect(recovery.exitStatus == 0, "\(recovery.summary)")
        #expect(recovery.stderr.contains("Recovered unsaved edits"), "\(recovery.stderr)")

        let recovered = try VerdictMap.read(sandbox.workAnnotations).set
        let expected = try VerdictMap.read(saved).set
        #expect(Self.summary(recovered) == Self.summary(expected))
        #expect(recovered.claims.count == 4 && recovered.orphans.isEmpty && recovered.boundaries.count == 1)
        #expect(!sandbox.workEntries().contains { $0.contains(".journal-") }, "\(sandbox.workEntries())")
    }
}

import FactCheckCore
import FactCheckShell
import Foundation
import Testing

/// The update-notice verbs and what the shell says when the article changed under the annotations.
@Suite struct ShellUpdateTests {
    static let seed: String = {
        guard let text = try? String(contentsOfFile: ShellHarness.seedPath, encoding: .utf8) else { preconditionFailure("seed missing") }
        return text
    }()

    @Test func compareShowsTheNoticeBesideEachAmendedClaim() throws {
        let result = try ShellHarness().run(["compare 1"])
        #expect(result.status == 0)
        #expect(result.out.contains("MISE A JOUR  partial-denial  by Pierre Paperon"))
        #expect(result.out.contains("#1  unreviewed  score 0.68 suggested"))
        #expect(result.out.contains("#9  unreviewed"))
        #expect(result.out.contains("in both: demandé, audit, Cloudwatt"))
        #expect(result.out.contains("names only in the claim: Bercy, Grand Emprunt"))
        #expect(result.out.contains("names only in the notice: Pierre Paperon"))
    }

    @Test func linkConfirmsAndUnlinkRemovesForGood() throws {
        let harness = try ShellHarness()
        let id = try harness.session().annotations.updates[0].id
        let result = try harness.run(["link 1 1", "link \(id) 6 clarification", "unlink 1 9", "save"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("\(id) amends #1 (partial-denial, confirmed)"))
        #expect(result.out.contains("\(id) amends #6 (clarification, confirmed)"))
        #expect(result.out.contains("\(id) no longer amends #9"))
        let saved = try harness.saved().updates[0]
        #expect(saved.relation == .clarification)
        #expect(saved.amends.map(\.confirmed) == [true, true])
        #expect(saved.unlinked == [try harness.session().annotations.claims[8].id])
        // Reopened, the unlinked claim is not suggested again and the confirmed links stay.
        let reopened = try harness.run(["updates", "quit"])
        #expect(!reopened.out.contains("amends #9"))
        #expect(reopened.out.contains("amends #6"))
    }

    @Test(arguments: [
        ("compare 7", "no update '7': there is only one update notice (1) (or name it by id, u-…)"),
        ("link 1 99", "no claim 99: claims are numbered 1–14"),
        ("link 1 2 rebuttal", "unknown relation 'rebuttal'."),
        ("link 1 2 corection", "Did you mean 'correction'?"),
        ("unlink 1 3", "does not amend claim 3"),
        ("link 1", "link: missing claim number. Usage: link U N…"),
    ])
    func updateVerbErrors(_ line: String, _ message: String) throws {
        let result = try ShellHarness().run([line])
        #expect(result.status == 1)
        #expect(result.err.contains(message), "\(result.err)")
    }

    @Test func aNewVersionReportsTheNoticeAndFlagsTheVerifiedLede() throws {
        var harness = try ShellHarness()
        let v1 = Self.seed.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("MISE A JOUR") }.joined(separator: "\n")
        try harness.replaceArticle(with: v1)
        _ = try harness.run(["verify 1 checked with Bercy", "save"])
        try harness.replaceArticle(with: Self.seed)
        let result = try harness.run(["list review", "show 1", "save"])
        #expect(result.err.contains("The article has changed since"))
        #expect(result.err.contains("#1 unchanged — flagged for re-review"))
        #expect(result.err.contains("New update notice u-"))
        #expect(result.err.contains("partial-denial) amends #1, #9."))
        #expect(result.out.contains("re-review: amended by the new update"))
        let saved = try harness.saved()
        #expect(saved.claims[0].status == .verified)
        #expect(saved.claims[0].review != nil)
        // Reviewing again clears the flag.
        _ = try harness.run(["verify 1 still holds", "save"])
        #expect(try harness.saved().claims[0].review == nil)
    }

    @Test func orphansAreListedAndKept() throws {
        var harness = try ShellHarness()
        _ = try harness.run(["verify 13 JDN", "save"])
        try harness.replaceArticle(with: Self.seed.split(separator: "\n").filter { !$0.hasPrefix("Confiant") }.joined(separator: "\n"))
        let result = try harness.run(["orphans", "save"])
        #expect(result.err.contains("orphaned: its claim is no longer in the article"))
        #expect(result.out.contains("verified  Confiant, Cloudwatt annonçait"))
        #expect(result.out.contains("note: JDN"))
        #expect(try harness.saved().orphans.count == 1)
    }
}

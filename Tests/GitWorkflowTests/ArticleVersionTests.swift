import FactCheckCore
import Foundation
import Testing

/// An annotation file made on one version of an article, opened on the next, through the real binary: the shell
/// reports the new update notice, the verified lede keeps its verdict and history but is flagged, and
/// `factcheck check` fails until an editor reviews the claim again.
@Suite struct ArticleVersionTests {
    @Test func aNewNoticeFlagsTheVerifiedLedeUntilItIsReviewedAgain() throws {
        let workspace = try Workspace()
        let seed = try Workspace.seedArticle()
        let version1 = seed.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("MISE A JOUR") }.joined(separator: "\n")
        // The article is edited in place, as a newsroom updates a story.
        try workspace.write(version1, to: workspace.path + "/story/article.txt")
        let first = try workspace.factcheck(["story/article.txt", "--annotations", "story/article.json"], in: workspace.path,
                                            input: "verify 1 \"Bercy confirmed the audit request\"\nsave\n", editor: "A. Martin")
        #expect(first.status == 0, "\(first)")
        let clean = try workspace.factcheck(["check", "story/article.json"], in: workspace.path)
        #expect(clean.status == 0, "\(clean)")

        try workspace.write(seed, to: workspace.path + "/story/article.txt")
        // Before the shell has seen version 2, check already fails: the file was made on another text.
        let stale = try workspace.factcheck(["check", "story/article.json"], in: workspace.path)
        #expect(stale.status == 1, "\(stale)")

        let second = try workspace.factcheck(["story/article.txt", "--annotations", "story/article.json"], in: workspace.path,
                                             input: "show 1\nsave\n", editor: "B. Durand")
        #expect(second.status == 0, "\(second)")
        #expect(second.err.contains("The article has changed since story/article.json was saved"))
        #expect(second.err.contains("#1 unchanged — flagged for re-review"))
        #expect(second.err.contains("New update notice u-"))
        #expect(second.err.contains("(MISE A JOUR, partial-denial) amends #1, #9."))
        #expect(second.out.contains("re-review: amended by the new update"))
        let saved = try AnnotationCodec.decode(Array(try workspace.read(workspace.path + "/story/article.json").utf8))
        #expect(saved.claims[0].status == .verified)
        #expect(saved.claims[0].history.map(\.by) == ["A. Martin"])
        #expect(saved.claims[0].review?.update == saved.updates[0].id)

        let flagged = try workspace.factcheck(["check", "story/article.json"], in: workspace.path)
        #expect(flagged.status == 1, "\(flagged)")
        #expect(flagged.out.contains("#1") || flagged.err.contains("#1"), "\(flagged)")

        let third = try workspace.factcheck(["story/article.txt", "--annotations", "story/article.json"], in: workspace.path,
                                            input: "dispute 1 \"Cloudwatt says it asked for its own audit\"\nsave\n", editor: "B. Durand")
        #expect(third.status == 0, "\(third)")
        let settled = try workspace.factcheck(["check", "story/article.json"], in: workspace.path)
        #expect(settled.status == 0, "\(settled)")
    }
}

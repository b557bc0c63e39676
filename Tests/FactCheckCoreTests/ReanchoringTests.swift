import FactCheckCore
import Foundation
import Testing

/// Annotations made on one version of the article, opened on another.
@Suite struct ReanchoringTests {
    static let seed: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent("seeds/cloudwatt-audit.txt").path),
              let decoded = try? ArticleDecoder.decode(Array(data)) else { preconditionFailure("seed article missing") }
        return decoded.text
    }()

    static let withoutUpdate: String = seed.split(separator: "\n", omittingEmptySubsequences: false)
        .filter { !$0.hasPrefix("MISE A JOUR") }.joined(separator: "\n")

    static func annotate(_ text: String, _ edits: [(Int, ClaimEdit)]) throws -> AnnotationSet {
        var set = AnnotationSet.build(from: ArticleReader.analyze(text), articlePath: "seeds/cloudwatt-audit.txt")
        for (n, edit) in edits {
            set = try set.applying(edit, toClaimAt: try set.claimIndex(number: n), by: "A", at: "2026-01-01T00:00:00Z")
        }
        return set
    }

    @Test func sameArticleReportsNothing() throws {
        let v1 = try Self.annotate(Self.seed, [(1, .verify(note: "ok"))])
        let (set, report) = AnnotationSet.reconcile(ArticleReader.analyze(Self.seed), articlePath: "seeds/cloudwatt-audit.txt", existing: v1)
        #expect(report.isEmpty)
        #expect(set == v1)
    }

    @Test func aNewNoticeFlagsTheVerifiedClaimItAmends() throws {
        let v1 = try Self.annotate(Self.withoutUpdate, [(1, .verify(note: "checked with Bercy")), (9, .verify(note: nil)), (6, .verify(note: nil))])
        #expect(v1.updates.isEmpty)
        let (v2, report) = AnnotationSet.reconcile(ArticleReader.analyze(Self.seed), articlePath: "seeds/cloudwatt-audit.txt", existing: v1)
        #expect(report.articleChanged)
        #expect(report.newUpdates == v2.updates.map(\.id))
        let lede = v2.claims[0]
        #expect(lede.id == v1.claims[0].id)
        #expect(lede.status == .verified)
        #expect(lede.history == v1.claims[0].history)
        #expect(lede.review?.update == v2.updates[0].id)
        #expect(lede.review?.reason.contains("partial-denial") == true)
        // The restatement is amended too; the unrelated claim is not flagged.
        #expect(v2.claims[8].review?.update == v2.updates[0].id)
        #expect(v2.claims[5].review == nil)
        #expect(report.entries.filter(\.flagged).map(\.n) == [1, 9])
        // Reviewing again clears the flag.
        let reviewed = try v2.applying(.verify(note: "still holds"), toClaimAt: 0, by: "B", at: "2026-01-02T00:00:00Z")
        #expect(reviewed.claims[0].review == nil)
        #expect(reviewed.claims[0].history.count == 2)
    }

    @Test func typoInsertionAndDeletionLandEveryVerdict() throws {
        let v1 = try Self.annotate(Self.seed, [
            (1, .verify(note: "lede")), (6, .dispute(note: "politique?")), (11, .source(["Le Monde Informatique"])), (13, .verify(note: "JDN")),
        ])
        var lines = Self.seed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Fix the typo in claim 11's paragraph (both printings), insert a sentence, delete the paragraph of claim 13.
        lines = lines.map { $0.replacingOccurrences(of: "entrepenant", with: "entreprenant") }
        lines = lines.map { $0.replacingOccurrences(of: "Le projet était économique", with: "Le gouvernement n'a pas répondu. Le projet était économique") }
        lines.removeAll { $0.hasPrefix("Confiant, Cloudwatt") }
        let v2Text = lines.joined(separator: "\n")
        let (v2, report) = AnnotationSet.reconcile(ArticleReader.analyze(v2Text), articlePath: "seeds/cloudwatt-audit.txt", existing: v1)

        func claim(_ id: String) -> ClaimAnnotation? { v2.claims.first { $0.id == id } }
        #expect(claim(v1.claims[0].id)?.status == .verified)
        #expect(claim(v1.claims[0].id)?.review == nil)
        let politique = try #require(claim(v1.claims[5].id))
        #expect(politique.status == .disputed)
        #expect(politique.text.hasPrefix("Le projet était économique"))
        let typo = try #require(claim(v1.claims[10].id))
        #expect(typo.text.contains("entreprenant"))
        #expect(typo.sources == ["Le Monde Informatique"])
        #expect(typo.review?.reason.contains("entrepenant") == true)
        #expect(v2.orphans.map(\.id) == [v1.claims[12].id])
        #expect(v2.orphans[0].note == "JDN")
        #expect(v2.claims.contains { $0.text == "Le gouvernement n'a pas répondu." && $0.status == .unreviewed })

        let outcomes = Dictionary(report.entries.map { ($0.claim, $0.outcome) }, uniquingKeysWith: { a, _ in a })
        #expect(outcomes[v1.claims[0].id] == .unchanged)
        if case .moved = outcomes[v1.claims[5].id] {} else { Issue.record("claim 6 should have moved: \(String(describing: outcomes[v1.claims[5].id]))") }
        if case .textChanged(let from, let similarity) = outcomes[v1.claims[10].id] {
            #expect(from.contains("entrepenant"))
            #expect(similarity > 0.8)
        } else {
            Issue.record("claim 11 should have changed text")
        }
        #expect(outcomes[v1.claims[12].id] == .orphaned)
    }

    @Test func orphansComeBackWhenTheirTextReturns() throws {
        let v1 = try Self.annotate(Self.seed, [(13, .verify(note: "JDN"))])
        let shorter = Self.seed.split(separator: "\n").filter { !$0.hasPrefix("Confiant, Cloudwatt") }.joined(separator: "\n")
        let (v2, _) = AnnotationSet.reconcile(ArticleReader.analyze(shorter), articlePath: "a", existing: v1)
        #expect(v2.orphans.count == 1)
        let (v3, report) = AnnotationSet.reconcile(ArticleReader.analyze(Self.seed), articlePath: "a", existing: v2)
        #expect(v3.orphans.isEmpty)
        #expect(v3.claims[12].status == .verified)
        #expect(report.entries.contains { $0.claim == v1.claims[12].id && $0.n == 13 })
    }

    /// Every claim of a long article reworded, in a text whose sentences share most of their words: each verdict
    /// lands on its own reworded claim (found near its place in reading order), none on a neighbour.
    @Test func everyClaimRewordedKeepsItsVerdictInPlace() throws {
        let count = 240
        let v1Text = (0..<count).map { "The council approved budget line \($0) worth \($0 * 7 + 3) million euros.\n\n" }.joined()
        let v2Text = (0..<count).map { "The council has approved budget line \($0) worth \($0 * 7 + 3) million euros.\n\n" }.joined()
        var v1 = AnnotationSet.build(from: ArticleReader.analyze(v1Text), articlePath: "a")
        for index in stride(from: 0, to: count, by: 3) {
            v1 = try v1.applying(.verify(note: "line \(index)"), toClaimAt: index, by: "A", at: "2026-01-01T00:00:00Z")
        }
        let (v2, report) = AnnotationSet.reconcile(ArticleReader.analyze(v2Text), articlePath: "a", existing: v1)
        #expect(v2.orphans.isEmpty)
        #expect(v2.claims.count == count)
        for index in 0..<count {
            #expect(v2.claims[index].id == v1.claims[index].id)
            #expect(v2.claims[index].note == (index % 3 == 0 ? "line \(index)" : ""))
        }
        #expect(report.entries.filter(\.flagged).count == count / 3)
    }
}

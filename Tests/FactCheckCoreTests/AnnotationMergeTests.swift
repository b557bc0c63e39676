@testable import FactCheckCore
import Testing

/// `AnnotationMerge`: claim by claim, update by update, conflicts kept and never silently picked.
@Suite struct AnnotationMergeTests {
    typealias Edit = MergeFixtures.Edit

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var ours: [Edit]
        var theirs: [Edit]
        /// Each claim's status after the merge.
        var statuses: [ClaimStatus]
        /// Indexes of claims left in conflict.
        var conflicted: [Int]
        var testDescription: String { name }
    }

    static let later = "2026-11-29T11:00:00Z"

    static let cases: [Case] = [
        Case(name: "different claims merge cleanly",
             ours: [Edit(0, .verify(note: "ok"), by: "A")], theirs: [Edit(1, .dispute(note: "wrong"), by: "B")],
             statuses: [.verified, .disputed, .unreviewed, .unreviewed], conflicted: []),
        Case(name: "several claims on each side",
             ours: [Edit(0, .verify(note: "a"), by: "A"), Edit(2, .dispute(note: "b"), by: "A")],
             theirs: [Edit(1, .verify(note: "c"), by: "B"), Edit(3, .source(["AFP"]), by: "B")],
             statuses: [.verified, .verified, .disputed, .sourced], conflicted: []),
        Case(name: "a claim changed on one side only",
             ours: [], theirs: [Edit(2, .source(["Le Monde Informatique"]), by: "B")],
             statuses: [.unreviewed, .unreviewed, .sourced, .unreviewed], conflicted: []),
        Case(name: "the same verdict reached twice agrees",
             ours: [Edit(0, .verify(note: "ok"), by: "A")], theirs: [Edit(0, .verify(note: "ok"), by: "B", at: later)],
             statuses: [.verified, .unreviewed, .unreviewed, .unreviewed], conflicted: []),
        Case(name: "different verdicts on one claim conflict",
             ours: [Edit(0, .verify(note: "ok"), by: "A")], theirs: [Edit(0, .dispute(note: "no"), by: "B")],
             statuses: [.unreviewed, .unreviewed, .unreviewed, .unreviewed], conflicted: [0]),
        Case(name: "the same status with different notes conflicts",
             ours: [Edit(1, .verify(note: "per Insee"), by: "A")], theirs: [Edit(1, .verify(note: "per Eurostat"), by: "B")],
             statuses: [.unreviewed, .unreviewed, .unreviewed, .unreviewed], conflicted: [1]),
        Case(name: "different sources conflict",
             ours: [Edit(3, .source(["AFP"]), by: "A")], theirs: [Edit(3, .source(["Reuters"]), by: "B")],
             statuses: [.unreviewed, .unreviewed, .unreviewed, .unreviewed], conflicted: [3]),
        Case(name: "a conflict on one claim leaves the others merged",
             ours: [Edit(0, .verify(note: "ok"), by: "A"), Edit(2, .verify(note: "x"), by: "A")],
             theirs: [Edit(0, .dispute(note: "no"), by: "B"), Edit(3, .dispute(note: "y"), by: "B")],
             statuses: [.unreviewed, .unreviewed, .verified, .disputed], conflicted: [0]),
    ]

    @Test(arguments: cases)
    func mergesClaimByClaim(_ c: Case) throws {
        let ours = try MergeFixtures.applying(c.ours), theirs = try MergeFixtures.applying(c.theirs)
        let result = AnnotationMerge.merge(base: MergeFixtures.base, ours: ours, theirs: theirs)
        #expect(result.merged.claims.map(\.status) == c.statuses)
        #expect(result.merged.claims.indices.filter { result.merged.claims[$0].conflict != nil } == c.conflicted)
        #expect(result.conflicts.count == c.conflicted.count)
        #expect(result.isClean == c.conflicted.isEmpty)
        // The merged file is a valid file, and the merge is symmetric in what it keeps.
        #expect(try AnnotationCodec.decode(Array(AnnotationCodec.encode(result.merged).utf8)) == result.merged)
        let swapped = AnnotationMerge.merge(base: MergeFixtures.base, ours: theirs, theirs: ours)
        #expect(swapped.merged.claims.map(\.status) == c.statuses)
        #expect(swapped.merged.claims.map { Set($0.history.map(\.by)) } == result.merged.claims.map { Set($0.history.map(\.by)) })
    }

    @Test func aConflictKeepsBothSidesAndTheBaseVerdict() throws {
        let ours = try MergeFixtures.applying([Edit(0, .verify(note: "checked"), by: "A", at: "2026-11-29T10:00:00Z")])
        let theirs = try MergeFixtures.applying([Edit(0, .dispute(note: "denied"), by: "B", at: "2026-11-29T09:00:00Z")])
        let result = AnnotationMerge.merge(base: MergeFixtures.base, ours: ours, theirs: theirs)
        let claim = result.merged.claims[0]
        #expect(claim.verdict == MergeFixtures.base.claims[0].verdict)
        #expect(claim.conflict == ClaimConflict(ours: ours.claims[0].verdict, theirs: theirs.claims[0].verdict))
        #expect(claim.history.map(\.by) == ["B", "A"], "united, oldest first")
        guard case .claim(let id, let n, _, let mine, let other) = try #require(result.conflicts.first) else {
            Issue.record("expected a claim conflict")
            return
        }
        #expect(id == claim.id && n == 1 && mine.status == .verified && other.status == .disputed)
    }

    @Test func aSameVerdictKeepsTheLaterRecord() throws {
        let ours = try MergeFixtures.applying([Edit(0, .verify(note: "ok"), by: "A")])
        let theirs = try MergeFixtures.applying([Edit(0, .verify(note: "ok"), by: "B", at: Self.later)])
        let merged = AnnotationMerge.merge(base: MergeFixtures.base, ours: ours, theirs: theirs).merged
        #expect(merged.claims[0].by == "B" && merged.claims[0].at == Self.later)
        #expect(merged.claims[0].history.map(\.by) == ["A", "B"])
    }

    @Test func anUnchangedSideYieldsTheOtherExactly() throws {
        let edited = try MergeFixtures.applying([Edit(2, .dispute(note: "x"), by: "A")])
        #expect(AnnotationMerge.merge(base: MergeFixtures.base, ours: edited, theirs: MergeFixtures.base).merged == edited)
        #expect(AnnotationMerge.merge(base: MergeFixtures.base, ours: MergeFixtures.base, theirs: edited).merged == edited)
        #expect(AnnotationMerge.merge(base: MergeFixtures.base, ours: edited, theirs: edited).merged == edited)
    }

    @Test func withoutABaseReviewsOfDifferentClaimsStillMerge() throws {
        let ours = try MergeFixtures.applying([Edit(0, .verify(note: "a"), by: "A")])
        let theirs = try MergeFixtures.applying([Edit(1, .verify(note: "b"), by: "B")])
        let result = AnnotationMerge.merge(base: nil, ours: ours, theirs: theirs)
        #expect(result.isClean)
        #expect(result.merged.claims.prefix(2).map(\.status) == [.verified, .verified])
    }

    @Test func linksConfirmedOnEachSideAreAllKept() throws {
        let base = MergeFixtures.base
        let ours = base.linking(update: 0, claim: 0, score: 0.9, relation: nil)
        let theirs = base.linking(update: 0, claim: 2, score: 0.4, relation: nil)
        let result = AnnotationMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.isClean)
        let links = result.merged.updates[0].amends
        #expect(Set(links.filter(\.confirmed).map(\.claim)) == [base.claims[0].id, base.claims[2].id])
    }

    @Test func differentRelationsConflictOnTheUpdate() throws {
        let base = MergeFixtures.base
        let ours = base.linking(update: 0, claim: 0, score: 0.9, relation: .correction)
        let theirs = base.linking(update: 0, claim: 0, score: 0.9, relation: .retraction)
        let result = AnnotationMerge.merge(base: base, ours: ours, theirs: theirs)
        let update = result.merged.updates[0]
        #expect(update.relation == base.updates[0].relation)
        #expect(update.conflict?.ours.relation == .correction && update.conflict?.theirs.relation == .retraction)
        #expect(result.conflicts.count == 1)
        #expect(try AnnotationCodec.decode(Array(AnnotationCodec.encode(result.merged).utf8)) == result.merged)
    }

    @Test func unlinkedClaimsMergeByMembership() throws {
        let base = MergeFixtures.base
        let ours = try base.unlinking(update: 0, claim: 0)
        var theirs = base
        theirs.updates[0].unlinked = ["c-00000000"]
        let merged = AnnotationMerge.merge(base: base, ours: ours, theirs: theirs).merged
        // "c-00000000" names no claim: the door refuses a dangling unlinked id, so the merge leaves it out.
        #expect(merged.updates[0].unlinked == [base.claims[0].id])
        #expect(!merged.updates[0].amends.contains { $0.claim == base.claims[0].id })
    }

    @Test func aClaimDroppedOnOneSideSurvivesAsAnOrphanIfTheOtherReviewedIt() throws {
        let base = MergeFixtures.base
        var rewritten = base  // their article lost the last claim
        rewritten.article.sha256 = String(repeating: "a", count: 64)
        rewritten.claims.removeLast()
        let reviewed = try MergeFixtures.applying([Edit(3, .verify(note: "kept"), by: "A")])
        let result = AnnotationMerge.merge(base: base, ours: reviewed, theirs: rewritten)
        #expect(result.isClean)
        #expect(result.merged.article.sha256 == rewritten.article.sha256)
        #expect(result.merged.claims.count == 3)
        #expect(result.merged.orphans.map(\.note) == ["kept"])

        let untouched = AnnotationMerge.merge(base: base, ours: base, theirs: rewritten).merged
        #expect(untouched.claims.count == 3 && untouched.orphans.isEmpty)
    }

    @Test func differentArticleVersionsOnBothSidesAreAConflict() throws {
        var ours = MergeFixtures.base, theirs = MergeFixtures.base
        ours.article.sha256 = String(repeating: "a", count: 64)
        theirs.article.sha256 = String(repeating: "b", count: 64)
        let result = AnnotationMerge.merge(base: MergeFixtures.base, ours: ours, theirs: theirs)
        #expect(result.conflicts == [.article(ours: ours.article, theirs: theirs.article)])
        #expect(result.merged.article == ours.article)
    }

    @Test func unknownMembersMergeKeyByKey() throws {
        var ours = MergeFixtures.base, theirs = MergeFixtures.base
        ours.extra = [JSONMember("x-ours", .string("1"))]
        theirs.extra = [JSONMember("x-theirs", .string("2"))]
        theirs.claims[0].extra = [JSONMember("x-claim", .bool(true))]
        let merged = AnnotationMerge.merge(base: MergeFixtures.base, ours: ours, theirs: theirs).merged
        #expect(merged.extra.map(\.key) == ["x-ours", "x-theirs"])
        #expect(merged.claims[0].extra.map(\.key) == ["x-claim"])
    }

    @Test func aNewVerdictResolvesAConflictButANoteDoesNot() throws {
        let ours = try MergeFixtures.applying([Edit(0, .verify(note: "ok"), by: "A")])
        let theirs = try MergeFixtures.applying([Edit(0, .dispute(note: "no"), by: "B")])
        let merged = AnnotationMerge.merge(base: MergeFixtures.base, ours: ours, theirs: theirs).merged
        let noted = try merged.applying(.note("looking"), toClaimAt: 0, by: "C", at: Self.later)
        #expect(noted.claims[0].conflict != nil)
        let decided = try merged.applying(.dispute(note: "denied by the update"), toClaimAt: 0, by: "C", at: Self.later)
        #expect(decided.claims[0].conflict == nil && decided.claims[0].status == .disputed)
        #expect(decided.claims[0].history.map(\.by) == ["A", "B", "C"])
    }
}

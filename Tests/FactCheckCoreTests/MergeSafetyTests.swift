@testable import FactCheckCore
import Testing

/// What the door refuses beyond the old `check`, and the merge rules that keep every verdict.
@Suite struct MergeSafetyTests {
    typealias Edit = MergeFixtures.Edit

    struct Refusal: Sendable, CustomTestStringConvertible {
        var name: String
        var change: @Sendable (inout AnnotationSet) -> Void
        /// A fragment of the invalid finding's message.
        var message: String
        var testDescription: String { name }
    }

    static func verdict(at: String, by: String = "A") -> ClaimVerdict {
        ClaimVerdict(status: .verified, by: by, at: at)
    }

    static let refusals: [Refusal] = [
        Refusal(name: "an impossible time", change: { $0.claims[0].verdict = verdict(at: "2026-13-45T99:99:99Z") }, message: "expected an ISO 8601 UTC time"),
        Refusal(name: "30 February", change: { $0.claims[0].verdict = verdict(at: "2026-02-30T10:00:00Z") }, message: "expected an ISO 8601 UTC time"),
        Refusal(name: "an offset instead of Z", change: { $0.claims[0].verdict = verdict(at: "2026-11-29T10:00:00+02:00") }, message: "expected an ISO 8601 UTC time"),
        Refusal(name: "an empty editor", change: { $0.claims[0].verdict = verdict(at: "2026-11-29T10:00:00Z", by: "") }, message: "needs the editor's name"),
        Refusal(name: "an unknown language", change: { $0.article.language = "xx" }, message: "article.language"),
        Refusal(name: "a duplicate update id", change: { $0.updates.append($0.updates[0]) }, message: "duplicate update id"),
        Refusal(name: "a gap in reading numbers", change: { $0.claims[3].n = 9 }, message: "leaves a gap"),
        Refusal(name: "a dangling unlinked id", change: { $0.updates[0].unlinked = ["c-deadbeef00"] }, message: "unlinked[0]: no claim has id"),
    ]

    @Test(arguments: refusals)
    func theDoorRefuses(_ r: Refusal) {
        var set = MergeFixtures.base
        #expect(AnnotationCheck.findings(in: set, article: nil).allSatisfy { $0.severity != .invalid })
        r.change(&set)
        let invalid = AnnotationCheck.findings(in: set, article: nil).filter { $0.severity == .invalid }
        #expect(invalid.contains { $0.message.contains(r.message) }, "\(invalid.map(\.message))")
    }

    @Test func leapDaysAndFractionsStillPass() {
        #expect(IDFormat.isTimestamp("2028-02-29T23:59:59Z"))
        #expect(IDFormat.isTimestamp("2026-11-29T10:12:00.250Z"))
        #expect(!IDFormat.isTimestamp("2026-02-29T10:00:00Z"))
    }

    @Test func aVerdictTheOtherSideDroppedBecomesAnOrphan() throws {
        let base = try MergeFixtures.applying([Edit(3, .verify(note: "kept"), by: "A")])
        var dropped = base
        dropped.claims.removeLast()
        for (mine, other) in [(base, dropped), (dropped, base)] {
            let result = AnnotationMerge.merge(base: base, ours: mine, theirs: other)
            let all = result.merged.claims + result.merged.orphans
            #expect(all.contains { $0.id == base.claims[3].id && $0.note == "kept" })
            #expect(AnnotationCheck.findings(in: result.merged, article: nil).allSatisfy { $0.severity != .invalid })
        }
    }

    @Test func aSideForAnotherArticleMergesNothing() throws {
        let ours = try MergeFixtures.applying([Edit(0, .verify(note: nil), by: "A")])
        var theirs = try MergeFixtures.applying([Edit(1, .dispute(note: nil), by: "B")])
        theirs.article.path = "seeds/other.txt"
        let result = AnnotationMerge.merge(base: MergeFixtures.base, ours: ours, theirs: theirs)
        #expect(result.isForeign)
        #expect(result.merged == ours)
        #expect(result.conflicts == [.article(ours: ours.article, theirs: theirs.article)])
    }

    @Test func mergedReadingNumbersNeverRepeat() throws {
        // The same claim under another id on the other side: both kept, numbered in reading order.
        var theirs = MergeFixtures.base
        theirs.claims[0].id = "c-0000000001"
        theirs = try MergeFixtures.applying([Edit(0, .verify(note: nil), by: "B")], to: theirs)
        let result = AnnotationMerge.merge(base: MergeFixtures.base, ours: MergeFixtures.base, theirs: theirs)
        #expect(result.merged.claims.map(\.n) == Array(1...result.merged.claims.count))
    }
}

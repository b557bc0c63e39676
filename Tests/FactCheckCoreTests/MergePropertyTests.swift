@testable import FactCheckCore
import FactCheckTestSupport
import Testing

/// A seeded xorshift64* generator, so every failing case can be replayed from its seed.
struct XorShiftGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed == 0 ? 0x2545_F491_4F6C_DD1D : seed }

    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }
}

/// The merge never loses a verdict: random bases and random edits on two sides, dropped claims, other article
/// versions and foreign articles included.
@Suite struct MergePropertyTests {
    static let editors = ["A", "B", "C"]
    static let times = ["2026-11-29T10:00:00Z", "2026-11-29T11:00:00Z", "2026-11-30T09:30:00Z"]

    /// `set` with a few random verdicts, and with claims dropped when `drops`.
    static func edited(_ set: AnnotationSet, _ rng: inout XorShiftGenerator, drops: Bool) throws -> AnnotationSet {
        var result = set
        for _ in 0..<Int.random(in: 0...4, using: &rng) where !result.claims.isEmpty {
            let i = Int.random(in: 0..<result.claims.count, using: &rng)
            let edit: ClaimEdit = [.verify(note: "v"), .dispute(note: "d"), .source(["https://example.org"]), .reset, .note("n")].randomElement(using: &rng) ?? .reset
            let by = editors.randomElement(using: &rng) ?? "A", at = times.randomElement(using: &rng) ?? times[0]
            result = try result.applying(edit, toClaimAt: i, by: by, at: at)
        }
        if drops, !result.claims.isEmpty, Bool.random(using: &rng) {
            result = result.droppingClaim(at: Int.random(in: 0..<result.claims.count, using: &rng))
        }
        return result
    }

    static func isValid(_ set: AnnotationSet) -> Bool {
        AnnotationCheck.findings(in: set, article: nil).allSatisfy { $0.severity != .invalid }
    }

    /// True when `verdict` given to claim `id` is in `merged` as a claim's or orphan's verdict, a side of its
    /// conflict, or an entry of its history.
    static func keeps(_ merged: AnnotationSet, id: String, _ verdict: ClaimVerdict) -> Bool {
        guard let claim = (merged.claims + merged.orphans).first(where: { $0.id == id }) else { return false }
        if claim.verdict == verdict || claim.conflict?.ours == verdict || claim.conflict?.theirs == verdict { return true }
        return claim.history.contains { $0.status == verdict.status && $0.by == verdict.by && $0.at == verdict.at }
    }

    @Test func everyVerdictSurvivesEveryMerge() throws {
        let start = ContinuousClock.now
        for seed in UInt64(1)...300 {
            var rng = XorShiftGenerator(seed: seed &* 0x9E37_79B9)
            let base = try Self.edited(MergeFixtures.base, &rng, drops: false)
            var ours = try Self.edited(base, &rng, drops: true)
            var theirs = try Self.edited(base, &rng, drops: true)
            switch Int.random(in: 0..<10, using: &rng) {
            case 0: theirs.article.path = "seeds/another.txt"
            case 1: theirs.article.sha256 = String(repeating: "b", count: 64)
            case 2: ours.article.sha256 = String(repeating: "a", count: 64)
            default: break
            }
            let withBase = Bool.random(using: &rng)
            let result = AnnotationMerge.merge(base: withBase ? base : nil, ours: ours, theirs: theirs)
            if result.isForeign {
                #expect(result.merged == ours, "seed \(seed)")
                continue
            }
            #expect(Self.isValid(result.merged), "seed \(seed): \(AnnotationCheck.findings(in: result.merged, article: nil).filter { $0.severity == .invalid }.map(\.message))")
            for side in [ours, theirs] {
                for claim in side.claims + side.orphans where claim.status != .unreviewed {
                    #expect(Self.keeps(result.merged, id: claim.id, claim.verdict), "seed \(seed): verdict on \(claim.id) lost")
                }
            }
        }
        #expect(ContinuousClock.now - start < .seconds(60))
    }
}

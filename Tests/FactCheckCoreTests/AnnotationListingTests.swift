@testable import FactCheckCore
import Testing

/// `AnnotationListing`, the textconv view: a verdict change must show as that claim's lines and no others.
@Suite struct AnnotationListingTests {
    typealias Edit = MergeFixtures.Edit

    @Test func aClaimBlock() throws {
        let set = try MergeFixtures.applying([Edit(1, .source(["Insee"]), by: "A. Martin")])
        let text = AnnotationListing.render(set, width: 60)
        #expect(text.contains("""

            #2   sourced     Selon l'Insee, le chômage a baissé de 1,5 %
                             en un an.
                             sources: Insee
                             by A. Martin, 2026-11-29T10:00:00Z ·
                               \(set.claims[1].id)

            """), "\(text)")
    }

    @Test(arguments: [
        Edit(0, .verify(note: "a note long enough to wrap over more than one line of the listing at this width"), by: "A"),
        Edit(2, .source(["Le Monde Informatique", "AFP"]), by: "B"),
        Edit(3, .dispute(note: nil), by: "C"),
    ])
    func aVerdictChangeTouchesOnlyItsClaim(_ edit: Edit) throws {
        let before = AnnotationListing.render(MergeFixtures.base).split(separator: "\n", omittingEmptySubsequences: false)
        let after = AnnotationListing.render(try MergeFixtures.applying([edit])).split(separator: "\n", omittingEmptySubsequences: false)
        // Lines outside the edited block are the same, in the same places, before and after.
        let header = "#\(edit.claim + 1) "
        func block(_ lines: [Substring]) -> Range<Int> {
            let start = lines.firstIndex { $0.hasPrefix(header) } ?? 0
            let end = lines[start...].firstIndex { $0.isEmpty } ?? lines.count
            return start..<end
        }
        let old = block(before), new = block(after)
        #expect(before[..<old.lowerBound] == after[..<new.lowerBound])
        #expect(before[old.upperBound...] == after[new.upperBound...])
        // Inside it, the claim's text lines do not move: the status column has a fixed width.
        #expect(before[old].dropFirst().prefix { !$0.contains("c-") }.allSatisfy { after[new].contains($0) })
    }

    @Test func conflictsUpdatesAndOrphansAreShown() throws {
        var set = MergeFixtures.base
        set.claims[0].conflict = ClaimConflict(ours: ClaimVerdict(status: .verified, by: "A", at: "2026-11-29T10:00:00Z"),
                                               theirs: ClaimVerdict(status: .disputed, by: "B", at: "2026-11-29T10:00:00Z"))
        var orphan = set.claims[3]
        orphan.id = "c-0123456789"
        set.orphans = [orphan]
        let text = AnnotationListing.render(set)
        #expect(text.contains("#1   CONFLICT    Le ministère"))
        #expect(text.contains("ours: verified, by A (2026-11-29T10:00:00Z)"))
        #expect(text.contains("U1   MISE A JOUR le ministère dément"))
        #expect(text.contains("amends #1 (suggested"))
        #expect(text.contains("(#4) unreviewed  Le président") && text.contains("orphan: no longer found in the article"))
    }
}

extension MergeFixtures.Edit: CustomTestStringConvertible {
    var testDescription: String { "claim \(claim + 1) by \(by)" }
}

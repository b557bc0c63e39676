import FactCheckCore
import Testing

/// Linking notices to claims in a scripted shell: candidates for a notice with no link, several claims and ranges
/// in one link or unlink, and a relation that changes for the whole notice.
@Suite struct ShellLinkingTests {
    @Test func compareOnANoticeWithNoLinkShowsItsBestCandidatesWithTheirSignals() throws {
        let result = try ShellHarness().run(["unlink 1 1,9", "compare 1", "save"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("no longer amends #1, #9"))
        #expect(result.out.contains("best candidates"))
        #expect(result.out.contains("score 0.4 candidate"))
        #expect(result.out.contains("shares: assurer, directement, Cloudwatt; 1 word pair close together in both"))
        // The claims just unlinked are not proposed again.
        #expect(!result.out.contains("#1  unreviewed"))
        #expect(!result.out.contains("#9  unreviewed"))
    }

    /// A linked notice's comparison ends with the best candidates it is not linked to: on real pages the claim an
    /// update amends is often among them, behind a weak link. Claims an editor unlinked are not named again.
    @Test func compareOnALinkedNoticeNamesTheOtherCandidates() throws {
        let result = try ShellHarness().run(["compare 1", "unlink 1 9", "compare 1", "save"])
        #expect(result.status == 0, "\(result.err)")
        let lines = result.out.split(separator: "\n").map(String.init).filter { $0.contains("other candidates") }
        #expect(lines.count == 2, "\(result.out)")
        #expect(lines.first?.hasSuffix("N to add one): #10 0.4, #14 0.36, #12 0.3") == true, "\(lines)")
        // Once #9 is unlinked it is no other candidate either: the editor said it is not amended.
        #expect(lines.last?.hasSuffix("N to add one): #10 0.4, #14 0.36, #12 0.3") == true, "\(lines)")
        // A weak link to the story's first sentence; the closure it ends, in words of its own, among the others.
        let harness = try ShellHarness(articleText: """
            A truck carrying lumber overturned near Milford on Saturday morning, and crews worked for hours to clear the scene.

            Both northbound lanes remain closed between exits 12 and 14.

            Update: The highway has reopened after crews cleared the overturned lumber truck near Milford.
            """)
        let offered = try harness.run(["compare 1"])
        #expect(offered.status == 0, "\(offered.err)")
        #expect(offered.out.contains("#1  unreviewed  score 0.46 suggested"), "\(offered.out)")
        #expect(offered.out.contains("N to add one): #2 0.44"), "\(offered.out)")
    }

    @Test func compareOnANoticeSharingNothingShowsTheClaimsBesideItForComparison() throws {
        let harness = try ShellHarness(articleText: """
            The council met on Tuesday evening in the old town hall.

            Its members voted on the budget for the coming year.

            The session ended late, a spokesman said.

            EDIT: the vote was mistakenly reported in an earlier version.
            """)
        let result = try harness.run(["compare 1", "link 1 3", "save"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("no claim shares enough with it to suggest one; the claims beside it"))
        #expect(result.out.contains("#1  unreviewed  score 0.0 for comparison"))
        #expect(result.out.contains("#3  unreviewed  score 0.0 for comparison"))
        #expect(result.out.contains("the lede; too little in common with the notice to score"))
        #expect(!result.out.contains("best candidates"))
        // Linked by hand, the claim is amended, confirmed, at its score.
        let saved = try harness.saved()
        #expect(saved.updates[0].amends.map(\.confirmed) == [true])
        #expect(saved.updates[0].amends.first.map { link in saved.claims.first { $0.id == link.claim }?.n } == 3)
    }

    @Test(arguments: [
        (["link 1 3-5 7", "save"], [1, 3, 4, 5, 7, 9]),
        (["link 1 3,5", "unlink 1 1 3", "save"], [5, 9]),
        (["link 1 2-4", "unlink 1 2-3,9", "save"], [1, 4]),
    ])
    func linkAndUnlinkTakeSeveralClaimsAndRanges(lines: [String], linked: [Int]) throws {
        let harness = try ShellHarness()
        let result = try harness.run(lines)
        #expect(result.status == 0, "\(result.err)")
        let saved = try harness.saved()
        let numbers = saved.updates[0].amends.compactMap { link in saved.claims.first { $0.id == link.claim }?.n }
        #expect(numbers.sorted() == linked)
        // Each link an editor confirmed says who and when; suggestions say nothing.
        for link in saved.updates[0].amends {
            #expect((link.by != nil && link.at != nil) == link.confirmed)
        }
    }

    @Test func linkingSeveralClaimsIsOneEditForUndo() throws {
        let harness = try ShellHarness()
        let result = try harness.run(["link 1 3-5", "undo", "save"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("amends #3, #4, #5 (partial-denial, confirmed)"))
        let saved = try harness.saved()
        #expect(saved.updates[0].amends.count == 2)
    }

    @Test func aRelationSaysItChangesTheWholeNotice() throws {
        let harness = try ShellHarness()
        let result = try harness.run(["link 1 2 4 correction", "save"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("amends #2, #4 (correction, confirmed)"))
        #expect(result.out.contains("The relation of the whole notice"))
        #expect(result.out.contains("changes from partial-denial to correction, for all its 4 links."))
        #expect(try harness.saved().updates[0].relation == .correction)
        // The same relation again changes nothing and says nothing about it.
        let again = try harness.run(["link 1 2 correction"])
        #expect(!again.out.contains("changes from"))
    }

    @Test func aMistypedRelationIsRefusedWithTheNearestOne() throws {
        let result = try ShellHarness().run(["link 1 2 corection"])
        #expect(result.status != 0)
        #expect(result.err.contains("correction"))
    }
}

/// A page that is the newsroom's own correction of an article printed elsewhere links none of its sentences: the
/// shell says so instead of asking for a link by hand.
@Suite struct ShellPublishedCorrectionTests {
    @Test func updatesAndCompareSayAPublishedCorrectionAmendsAnArticlePrintedElsewhere() throws {
        let harness = try ShellHarness(articleText: """
            Erratum

            Une erreur s'est glissée dans notre article du 3 mars sur le budget de la ville. Le déficit est de 2 millions \
            d'euros, et non de 20 millions.
            """)
        let result = try harness.run(["updates", "compare 1"])
        #expect(result.status == 0, "\(result.err)")
        let line = "a published correction: it amends an article printed elsewhere, not this page's claims"
        #expect(result.out.components(separatedBy: line).count == 3, "\(result.out)")
        #expect(!result.out.contains("by hand"))
        #expect(!result.out.contains("no claim shares enough"))
    }
}

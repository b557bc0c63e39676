@testable import FactCheckCore
import Testing

/// The line under a notice with no link says what an editor should do: news may amend nothing; a correction, a
/// denial or a clarification amends what it names, to be linked by hand.
@Suite struct UpdateListingTests {
    @Test(arguments: [
        (UpdateRelation.addition, "  amends no specific claim (an addition)"),
        (.correction, "  no amended claim found: link the claim it corrects by hand"),
        (.partialDenial, "  no amended claim found: link the claim it denies by hand"),
        (.confirmation, "  no amended claim found: link the claim it confirms by hand"),
    ])
    func aNoticeWithNoLink(_ relation: UpdateRelation, _ line: String) {
        #expect(UpdateListing.noLinkLine(for: relation) == line)
    }
}

/// The listing tells a notice amending an article printed elsewhere from one whose claims were not found.
@Suite struct UpdateListingElsewhereTests {
    @Test func aPublishedCorrectionAndARightOfReplySayWhereTheirClaimsAre() {
        let correction = ArticleReader.analyze("""
            Erratum

            Une erreur s'est glissée dans notre article du 3 mars sur le budget de la ville. Le déficit est de 2 millions \
            d'euros, et non de 20 millions.
            """)
        let set = AnnotationSet.build(from: correction, articlePath: "erratum.txt")
        let lines = UpdateListing.lines(
            for: set, amendingElsewhere: correction.noticeTextsAmendingElsewhere, width: 100, style: TextStyle(enabled: false))
        #expect(lines.last == "  a published correction: it amends an article printed elsewhere, not this page's claims", "\(lines)")
        // Without the article's reading, the same notice is one whose claims were not found.
        let bare = UpdateListing.lines(for: set, width: 100, style: TextStyle(enabled: false))
        #expect(bare.last == "  no amended claim found: link the claim it corrects by hand", "\(bare)")
    }
}

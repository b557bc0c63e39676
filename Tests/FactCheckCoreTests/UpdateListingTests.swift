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

@testable import FactCheckCore
import Testing

/// The linker's pieces one signal at a time: stemming in both languages, whole numbers, references, time-bound
/// claims, position and fragments.
@Suite struct NoticeLinkingTests {
    @Test(arguments: [
        ("démenti", "dément"), ("demandé", "demande"), ("gendarmerie", "gendarmes"), ("appelle", "appel"),
        ("annoncée", "annonces"), ("reported", "reports"), ("reporting", "reported"), ("closing", "closed"),
        ("cancelled", "cancel"),
    ])
    func wordsOfOneFamilyMeet(_ a: String, _ b: String) {
        #expect(ContentWords.tokens(a) == ContentWords.tokens(b))
    }

    @Test(arguments: [("3 500 postes", "3500"), ("485,000 customers", "485000"), ("1.5 %", "15")])
    func numbersStayWhole(_ text: String, _ key: String) {
        #expect(ContentWords.tokens(text).first == key)
    }

    @Test func stopWordsAndTheVocabularyOfNoticesAreLeftOut() {
        #expect(ContentWords.tokens("Update: we said that the article was in the story") == [])
    }

    @Test(arguments: [
        ("Update: An earlier version of this story said the bridge cost $40 million.", "the bridge cost $40 million"),
        ("Mise à jour : contrairement à ce que nous indiquions, le stade a coûté 15 millions.", "le stade a coûté 15 millions"),
        ("Update: The mayor called the plan “a bad idea” on Friday.", "a bad idea"),
    ])
    func referencesAndQuotationsAreFound(_ text: String, _ restated: String) {
        let scalars = ScalarText(text)
        let spans = NoticeReferences.spans(in: scalars, range: TextRange(0, scalars.count))
        let texts = spans.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        #expect(texts.contains { $0.contains(restated) }, "\(texts)")
    }

    static func link(_ article: String) -> (NoticeReading, [String]) {
        let reading = NoticeReading(article)
        let linked = reading.notices.first.map { $0.links.map { reading.analysis.claims[$0.claimIndex].text } } ?? []
        return (reading, linked)
    }

    @Test func aTimeBoundClaimIsSettledByTheLaterNotice() {
        let (_, linked) = Self.link("""
            The city council met on Tuesday to discuss the new stadium project downtown.

            The mayor's office has not yet responded to our questions about the stadium budget.

            Local businesses fear months of road works around the site.

            Update: The mayor's office says the stadium budget is 40 million dollars.
            """)
        #expect(linked.contains { $0.hasPrefix("The mayor's office has not yet responded") })
        #expect(!linked.contains { $0.hasPrefix("Local businesses") })
    }

    @Test func aNoticeAtTheTopSettlesATimeBoundClaimBelowIt() {
        let (_, linked) = Self.link("""
            MAJ : la préfecture a finalement annoncé la réouverture de la route nationale ce matin.

            Les pompiers sont intervenus toute la nuit sur les lieux de l'éboulement.

            Pour l'instant, la préfecture n'a pas annoncé de date de réouverture de la route.
            """)
        #expect(linked.contains { $0.hasPrefix("Pour l'instant, la préfecture") })
        #expect(!linked.contains { $0.hasPrefix("Les pompiers") })
    }

    @Test func anInlineNoticeAmendsTheSentenceItFollows() {
        let (_, linked) = Self.link("""
            Is the bakery closed? Yes, it is. UPDATE: But is it staying closed? We don't know.

            Its windows were papered over on Monday.
            """)
        #expect(linked == ["Yes, it is."])
    }

    @Test func aFragmentIsNotAmendedForTheNamesItShares() {
        let (reading, linked) = Self.link("""
            CAPE ELIZABETH, Maine —

            Police in Cape Elizabeth are searching for a missing teen who was last seen on Friday afternoon.

            Update: Cape Elizabeth police report the missing teen was found safe on Friday evening.
            """)
        #expect(!linked.contains("CAPE ELIZABETH, Maine —"))
        #expect(linked.contains { $0.hasPrefix("Police in Cape Elizabeth") })
        let reasons = reading.notices.first?.candidates.first { reading.analysis.claims[$0.claimIndex].text == "CAPE ELIZABETH, Maine —" }?.reasons ?? []
        #expect(reasons.contains("a fragment, not a sentence"))
    }

    @Test func everyScoreIsBetweenZeroAndOneAndNoNoticeAmendsItself() {
        let (reading, _) = Self.link("""
            Bercy a demandé un audit sur Cloudwatt.

            MISE A JOUR : Bercy a demandé un audit sur Cloudwatt, selon nos informations, et le confirme.
            """)
        for entry in reading.notices {
            for candidate in entry.candidates {
                #expect(candidate.score > 0 && candidate.score <= 1)
                let claim = reading.analysis.claims[candidate.claimIndex]
                #expect(!claim.occurrences.contains { $0.start < entry.notice.range.end && entry.notice.range.start < $0.end })
            }
        }
    }
}

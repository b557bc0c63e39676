@testable import FactCheckCore
import Testing

/// An update that ends a state ("The highway reopened", "l'enfant a été retrouvé") is read against the sentences
/// that tell that state in words of their own ("Both lanes remain closed", "a disparu vendredi"): they are offered
/// just short of the threshold, ahead of weaker candidates, and never linked by that alone.
@Suite struct NoticeStateComparisonTests {
    @Test(arguments: [
        ("Update: Traffic is moving again.", [1]),
        ("Mise à jour : la circulation a repris.", [1, 4]),
        ("Update: The boy was found safe at a friend's house.", [0]),
        ("Mise à jour : l'adolescente a été retrouvée.", [0]),
        ("Update: The boil water advisory has been lifted.", [2]),
        ("Mise à jour : l'alerte est levée.", [2]),
        ("Update: Power has been restored to most homes.", [3]),
        ("MAJ : le courant est rétabli.", [3]),
        ("Update: The match resumed after a two-hour delay.", [4]),
        ("Update: The minister has denied the report.", []),
        ("Mise à jour : le ministre dément.", []),
    ])
    func anEndingIsReadForTheKindOfStateItEnds(text: String, kinds: [Int]) {
        let scalars = ScalarText(text)
        #expect(NoticeReferences.endedStateKinds(scalars, TextRange(0, scalars.count)) == kinds)
    }

    @Test(arguments: [
        ("Both northbound lanes remain closed between exits 12 and 14.", [1]),
        ("Les deux voies restent fermées entre les sorties 12 et 14.", [1]),
        ("Police asked for help finding Tom, 12, who went missing on Friday evening.", [0]),
        ("La gendarmerie a lancé un appel à témoins vendredi soir.", [0]),
        ("Residents are advised to boil all water before drinking it.", [2]),
        ("About 4,000 homes were without power on Sunday night.", [3]),
        ("Près de 4 000 foyers sont privés d'électricité.", [3]),
        // A word that only holds one of the state's words is no such word: "enclosed", "research"; nor is "down" a
        // service's state but after a form of "be" or "go" ("stepped down" is none).
        ("The letter enclosed a photo of the research team.", []),
        ("Its chief executive stepped down last month.", []),
        ("The payment service was down for most of Tuesday.", [3]),
    ])
    func aSentenceIsReadForTheKindOfStateItTells(text: String, kinds: [Int]) {
        let scalars = ScalarText(text)
        #expect(NoticeReferences.toldStateKinds(scalars, TextRange(0, scalars.count)) == kinds)
    }

    @Test(arguments: [
        ("A truck carrying lumber overturned on Route 9 near Milford on Saturday morning.\n\nThe driver was taken to hospital with minor injuries, police said.\n\nBoth northbound lanes remain closed between exits 12 and 14.\n\nUpdate: Route 9 has reopened after crews cleared the scene.",
         "Both northbound lanes"),
        ("Un camion chargé de bois s'est renversé sur la RN 10 près de Rambouillet samedi matin.\n\nLe chauffeur a été transporté à l'hôpital, légèrement blessé.\n\nLes deux voies restent fermées entre les sorties 12 et 14.\n\nMise à jour : la circulation a repris en fin de matinée.",
         "Les deux voies restent fermées"),
        ("Police asked for help finding Tom, 12, who went missing on Friday evening.\n\nHe was wearing a red jacket and blue jeans.\n\nUpdate: The boy was found safe at a friend's house.",
         "Police asked for help"),
        ("Une adolescente de 14 ans a disparu vendredi soir à Laval.\n\nElle portait une veste rouge et un jean bleu.\n\nMise à jour : l'adolescente a été retrouvée saine et sauve chez une amie.",
         "Une adolescente de 14 ans"),
    ])
    func theSentenceTellingTheStateIsOfferedAndNotLinked(text: String, state: String) {
        let (reading, linked) = NoticeLinkingTests.link(text)
        #expect(!linked.contains { $0.hasPrefix(state) }, "\(linked)")
        let candidates = reading.notices.first?.candidates ?? []
        let offered = candidates.prefix(UpdateLinker.offeredCandidates).first { reading.analysis.claims[$0.claimIndex].text.hasPrefix(state) }
        #expect(offered?.score == UpdateLinker.statedStateScore, "\(candidates)")
        #expect(offered?.reasons.last == UpdateLinker.statedStateReason)
        #expect(UpdateLinker.statedStateScore < UpdateLinker.threshold)
    }

    /// A sentence that tells an ending itself was written with the news, or tells another ending: not offered as the
    /// state. Nor is anything offered so under a notice that ends no state.
    @Test func neitherAnEndingNorANoticeThatEndsNothingIsOfferedAsTheState() {
        let (ending, _) = NoticeLinkingTests.link("""
            A second hiker who went missing last year was found safe after two days.

            Police asked for help finding Tom, 12, who went missing on Friday evening.

            Update: The boy was found safe at a friend's house.
            """)
        let candidates = ending.notices.first?.candidates ?? []
        let text = { (link: UpdateLink) in ending.analysis.claims[link.claimIndex].text }
        #expect(candidates.contains { text($0).hasPrefix("Police asked") && $0.reasons.last == UpdateLinker.statedStateReason })
        #expect(!candidates.contains { text($0).hasPrefix("A second hiker") && $0.reasons.contains(UpdateLinker.statedStateReason) })
        let (correction, _) = NoticeLinkingTests.link("""
            Both northbound lanes remain closed between exits 12 and 14.

            The driver was taken to hospital with minor injuries, police said.

            Correction: An earlier version of this story misspelled the driver's name.
            """)
        #expect(!(correction.notices.first?.candidates ?? []).contains { $0.reasons.contains(UpdateLinker.statedStateReason) })
        // A state of another year is not the one the update ends; a sentence offered tells that state, no background
        // to it.
        let (years, _) = NoticeLinkingTests.link("""
            The hardware store on Harbor Street, which closed for good last year, is being turned into apartments.

            The Harbor Street bridge has been closed to all traffic since a barge struck it on Thursday.

            Update: The Harbor Street bridge reopened to cars on Monday morning.
            """)
        let offered = (years.notices.first?.candidates ?? []).filter { $0.reasons.contains(UpdateLinker.statedStateReason) }
        #expect(offered.map { years.analysis.claims[$0.claimIndex].text.prefix(24) } == ["The Harbor Street bridge"])
        #expect(!offered.contains { $0.reasons.contains(UpdateLinker.backgroundReason) })
        // An update that tells no ending offers no state either: a thing found in the search, a reopening to come
        // (twentieth session's review).
        for update in ["Update: Rangers found her car near the trailhead on Sunday.", "Update: Route 9 will reopen on Monday."] {
            let (reading, _) = NoticeLinkingTests.link("""
                Police asked for help finding Emily Tran, 34, who went missing on Friday evening.

                Both northbound lanes of Route 9 remain closed between exits 12 and 14.

                """ + update)
            #expect(reading.notices.count == 1)
            #expect(!(reading.notices.first?.candidates ?? []).contains { $0.reasons.contains(UpdateLinker.statedStateReason) }, "\(update)")
        }
    }

    /// Updates stacked at the top, newest first, sit on one story: the newest one's story is below the last of them,
    /// not the headings between them.
    @Test(arguments: [
        ("Boil water advisory on Elm Street: lifted\n\nUPDATE (Sept. 17): The boil water advisory is lifted.\n\n——\n\nBOIL WATER ADVISORY\nElm Street\nSeptember 16\n\nUPDATE (11:57 a.m.): Crews repaired the water main. Residents will have low pressure for a few hours.\n\n——\n\nA water main break on Elm Street caused the pressure to drop to dangerously low levels.\n\nAll residents of Elm Street are advised to boil their water before drinking it.\n\nThe town thanks residents for their patience.",
         "All residents of Elm Street"),
        ("Avis d'ébullition rue des Lilas : levé\n\nMISE À JOUR (17 septembre) : l'avis d'ébullition est levé rue des Lilas.\n\n——\n\nAVIS D'ÉBULLITION\nRue des Lilas\n16 septembre\n\nMISE À JOUR (11 h 57) : les équipes ont réparé la conduite. La pression restera faible quelques heures.\n\n——\n\nUne rupture de conduite rue des Lilas a fait chuter la pression de l'eau.\n\nLes habitants de la rue des Lilas doivent faire bouillir l'eau avant de la boire.\n\nLa mairie remercie les habitants pour leur patience.",
         "Les habitants de la rue"),
    ])
    func theNewestOfStackedUpdatesReadsTheStoryBelowThemAll(text: String, state: String) {
        // The sentence still telling the measure the newest update lifts is settled by it, as under a lone update.
        let (reading, linked) = NoticeLinkingTests.link(text)
        #expect(reading.notices.count == 2)
        #expect(linked.contains { $0.hasPrefix(state) }, "\(linked)")
    }
}

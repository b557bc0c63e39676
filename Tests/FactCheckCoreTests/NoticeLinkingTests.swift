@testable import FactCheckCore
import Testing

/// The linker's pieces one signal at a time: stemming in both languages, whole numbers, references, time-bound
/// claims, position and fragments.
@Suite struct NoticeLinkingTests {
    @Test(arguments: [
        ("démenti", "dément"), ("demandé", "demande"), ("gendarmerie", "gendarmes"), ("appelle", "appel"),
        ("annoncée", "annonces"), ("reported", "reports"), ("reporting", "reported"), ("closing", "closed"),
        ("cancelled", "cancel"),
        // Snowball's suffix classes: verb tenses, derivations, "-ure" nouns, English "-y"/"-ies"/"-ied".
        ("sortie", "sortira"), ("fermé", "fermeture"), ("blessé", "blessure"), ("annoncerait", "annoncé"),
        ("réussiront", "réussir"), ("deny", "denial"), ("denied", "denial"), ("denies", "deny"), ("elected", "election"),
        ("closed", "closure"), ("security", "secure"), ("cities", "city"),
        // A four-letter verb in "-e" and its "-ed"/"-ing" forms (Porter 2's short syllable).
        ("voted", "vote"), ("voting", "votes"), ("named", "name"), ("hoping", "hope"), ("votée", "vote"),
    ])
    func wordsOfOneFamilyMeet(_ a: String, _ b: String) {
        #expect(ContentWords.tokens(a) == ContentWords.tokens(b))
    }

    @Test(arguments: [("fermé", "ferry"), ("deny", "dent"), ("sortie", "sorcier"), ("closure", "clothes"),
                      ("voted", "void"), ("string", "stre"), ("bowed", "bowe")])
    func wordsOfOtherFamiliesStayApart(_ a: String, _ b: String) {
        #expect(ContentWords.tokens(a) != ContentWords.tokens(b))
    }

    @Test(arguments: [
        // Hope of an outcome.
        ("Les gendarmes ont publié sa photo en espérant qu'un proche le reconnaisse.", true),
        ("Police released his photo in the hope that a relative recognises him.", true),
        // Plans and schedules.
        ("La boutique sera fermée samedi et dimanche.", true),
        ("The store will be closed on Saturday and Sunday.", true),
        ("The vote is scheduled for next Tuesday.", true),
        ("Tout va bien : le livre coûte 5 euros.", false),
        // The time of writing.
        ("Au moment où nous écrivons ces lignes, la mairie n'a rien dit.", true),
        ("At press time the mayor had said nothing.", true),
        ("The mayor said nothing about the budget.", false),
        // Left open until announced.
        ("La date de réouverture reste à déterminer.", true),
        ("The date of the reopening is to be determined.", true),
        ("La mairie a déterminé la date de réouverture.", false),
        // A state true "right now", "at the time these lines are written".
        ("The booking site is down right now for most users.", true),
        ("Le site de réservation est inaccessible en ce moment.", true),
        ("Au moment où sont écrites ces lignes, la mairie n'a rien dit.", true),
        ("The booking site went down on Monday for most users.", false),
        ("Le site de réservation a été inaccessible lundi.", false),
        // What the sources have not told yet.
        ("Officials have not said if the body is related to Tuesday's incident.", true),
        ("The victim's name has not been released.", true),
        ("Le parquet n'a pas précisé les motifs de l'interpellation.", true),
        ("L'identité de la victime n'a pas été communiquée.", true),
        ("Officials said the body was that of a 31-year-old man.", false),
        ("Le parquet a précisé les motifs de l'interpellation.", false),
    ])
    func timeBoundClaims(_ text: String, _ expected: Bool) {
        let scalars = ScalarText(text)
        #expect(NoticeReferences.isTimeBound(scalars, TextRange(0, scalars.count)) == expected)
    }

    @Test(arguments: [
        ("Il semblerait que la sortie du jeu soit repoussée.", true),
        ("Des pirates auraient exploité une faille.", true),
        ("The company reportedly plans to close the plant.", true),
        ("It is perhaps the largest fire in a decade.", true),
        ("La sortie du jeu est repoussée à mars.", false),
        ("The company plans to close the plant.", false),
        ("A priori, le jeu sortira en novembre.", true),
        ("The plant was supposedly closed in 2019.", true),
        ("Presumably the repairs will take months.", true),
    ])
    func hedgedClaims(_ text: String, _ expected: Bool) {
        #expect(NoticeReferences.isHedged(ScalarText(text), TextRange(0, text.unicodeScalars.count)) == expected)
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

    /// Expects the first notice of `text` to link a claim opening with each of `amended` and none opening with any of
    /// `untouched`.
    static func expectLinks(_ text: String, amended: [String], untouched: [String] = [],
                            sourceLocation: SourceLocation = #_sourceLocation) {
        let (_, linked) = link(text)
        for claim in amended { #expect(linked.contains { $0.hasPrefix(claim) }, "\(linked)", sourceLocation: sourceLocation) }
        for claim in untouched { #expect(!linked.contains { $0.hasPrefix(claim) }, "\(linked)", sourceLocation: sourceLocation) }
    }

    /// The reasons the first notice's candidate gives for the claim that starts with `prefix`.
    static func reasons(in reading: NoticeReading, forClaimStarting prefix: String) -> [String] {
        reading.notices.first?.candidates.first { reading.analysis.claims[$0.claimIndex].text.hasPrefix(prefix) }?.reasons ?? []
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

    /// A correction fixes what the story said wrong; a claim still open when written ("has not been released") is
    /// settled by news, not corrected: the correction does not link it for the words they share (the review's probe).
    @Test(arguments: [
        ("""
            A cyclist was seriously injured Friday evening when she was struck by a car at Elm and Third streets, police said.

            The cyclist, 24, was taken to Millbrook General Hospital.

            The cyclist's name has not been released.

            Correction: An earlier version of this story misstated the cyclist's age. She is 42, not 24.
            """, "The cyclist, 24, was taken", "The cyclist's name has not been released."),
        ("""
            Une cycliste a été grièvement blessée vendredi soir, percutée par une voiture rue de la Gare.

            La cycliste, âgée de 24 ans, a été transportée à l'hôpital de Vienne.

            La police n'a pas précisé la version de la cycliste blessée.

            Rectificatif : une version précédente de cet article indiquait par erreur l'âge de la cycliste. Elle a 42 ans, et non 24.
            """, "La cycliste, âgée de 24 ans", "La police n'a pas précisé"),
    ])
    func aCorrectionDoesNotSettleATimeBoundClaim(_ article: String, _ corrected: String, _ open: String) {
        let (reading, linked) = Self.link(article)
        #expect(linked.contains { $0.hasPrefix(corrected) }, "\(linked)")
        #expect(!linked.contains { $0.hasPrefix(open) }, "\(linked)")
        // Not even as a weaker candidate: the claim's reasons never say the correction settles it.
        let offered = reading.notices.first.map { $0.links + $0.candidates } ?? []
        let reasons = offered.filter { reading.analysis.claims[$0.claimIndex].text.hasPrefix(open) }.flatMap(\.reasons)
        #expect(!reasons.contains { $0.contains("settles") }, "\(reasons)")
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

    /// A denial or a retraction at the top that names nothing takes back the account, which the lede states. A
    /// correction or a clarification that names nothing fixed a detail in place: which one is not on the page, so it
    /// links nothing and the listing asks the editor for a link by hand (on real pages, each such lede link was wrong).
    @Test(arguments: [
        ("Update: The ministry has denied this report.\n\nThe region's hospitals treated 1,200 patients for heat stroke last week.\n\nDoctors urged residents to drink water and stay indoors.", true),
        ("Mise à jour : le ministère dément cette information.\n\nLes hôpitaux de la région ont soigné 1 200 patients la semaine dernière.\n\nLes médecins appellent les habitants à rester chez eux.", true),
        ("Correction: An earlier version of this article gave a wrong figure.\n\nThe region's hospitals treated 1,200 patients for heat stroke last week.\n\nDoctors urged residents to drink water and stay indoors.", false),
        ("Rectificatif : une précédente version de cet article comportait une erreur.\n\nLes hôpitaux de la région ont soigné 1 200 patients la semaine dernière.\n\nLes médecins appellent les habitants à rester chez eux.", false),
    ])
    func aNoticeAtTheTopNamingNothingAmendsTheLedeOnlyWhenItTakesTheAccountBack(text: String, amendsLede: Bool) {
        let (reading, linked) = Self.link(text)
        #expect(linked == (amendsLede ? [reading.analysis.claims[0].text] : []))
    }

    /// A flagged title read as the page's notice tells what the page now says: its candidates stay below the
    /// threshold, whatever they share, and the editor links by hand.
    @Test(arguments: [
        "[UPDATE] Bridge reopens to traffic after the crash\n\nThe bridge reopened to traffic on Tuesday after the crash that closed it all morning.\n\nTwo drivers were taken to hospital with minor injuries.",
        "(Mise à jour) Le pont rouvre à la circulation après l'accident\n\nLe pont a rouvert à la circulation mardi après l'accident qui l'avait fermé toute la matinée.\n\nDeux conducteurs ont été conduits à l'hôpital.",
    ])
    func aFlaggedTitleSuggestsNoLink(text: String) {
        let (reading, linked) = Self.link(text)
        #expect(reading.notices.first?.notice.isFlaggedTitle == true)
        #expect(linked.isEmpty)
        let candidates = reading.notices.first?.candidates ?? []
        #expect(candidates.first.map { $0.score > 0 && $0.score < UpdateLinker.threshold } == true)
        #expect(candidates.first?.reasons.last?.hasPrefix("the notice is the page's flagged title") == true)
    }

    /// A notice that shares too little with the article to propose three claims is offered the claims an editor reads
    /// it against — the lede, the sentence above it, the sentence below it, the states still open, then the report's
    /// next sentences — at score 0: for comparison, never linked.
    @Test(arguments: [
        ("The region's hospitals treated 1,200 patients for heat stroke last week.\n\nDoctors urged residents to drink water and stay indoors.\n\nThe heat wave should end on Sunday, forecasters said.\n\nCorrection: An earlier version of this article misspelled a name.",
         ["The region's hospitals", "The heat wave", "Doctors urged"]),
        ("Les hôpitaux de la région ont soigné 1 200 patients la semaine dernière.\n\nLes médecins appellent les habitants à rester chez eux.\n\nLa canicule devrait prendre fin dimanche, selon les prévisionnistes.\n\nRectificatif : une précédente version de cet article comportait une erreur sur un nom.",
         ["Les hôpitaux de la région", "La canicule", "Les médecins appellent"]),
        ("The council met on Tuesday evening in the old town hall.\n\nIts members voted on the budget for the coming year.\n\nThe mayor thanked the staff for their work.\n\nThe vote took place late in the evening. (Correction: a name was misspelled in an earlier version.)\n\nThe session ended late, a spokesman said.",
         ["The council met", "The vote took place", "The session ended"]),
        ("Le conseil s'est réuni mardi soir à l'ancienne mairie.\n\nSes membres ont voté le budget de l'année prochaine.\n\nLe maire a remercié le personnel pour son travail.\n\nLe vote a eu lieu tard dans la soirée. (Rectificatif : un nom était mal orthographié dans une version précédente.)\n\nLa séance s'est terminée tard, selon un porte-parole.",
         ["Le conseil s'est réuni", "Le vote a eu lieu", "La séance s'est terminée"]),
        // At the top, with no sentence above it and the lede just below it: then the states still open, nearest first.
        ("Update: The mayor says the pool will open its doors again at 4 p.m.\n\nA swimming pool in Riverside was emptied on Saturday after a chemical smell.\n\nLifeguards led about 200 swimmers to the car park.\n\nTwo children were checked by paramedics as a precaution.\n\nIt is not yet known when swimming may resume.\n\nThe heat wave is expected to last until Tuesday.",
         ["A swimming pool", "It is not yet known", "The heat wave"]),
        ("Mise à jour : le maire annonce que la piscine rouvrira ses portes à 16 heures.\n\nUne piscine de Riverside a été évacuée samedi après une odeur de chlore.\n\nLes maîtres-nageurs ont conduit environ 200 baigneurs vers le parking.\n\nDeux enfants ont été examinés par les pompiers par précaution.\n\nOn ignore encore quand la baignade pourra reprendre.\n\nLa canicule devrait durer jusqu'à mardi.",
         ["Une piscine de Riverside", "On ignore encore", "La canicule"]),
        ("The council met on Tuesday evening in the old town hall.\n\nIts members voted on the budget for the coming year.\n\nThe session ended late, a spokesman said.\n\nEDIT: the vote was mistakenly reported in an earlier version.",
         ["The council met", "The session ended", "Its members voted"]),
        ("Le conseil s'est réuni mardi soir à l'ancienne mairie.\n\nSes membres ont voté le budget de l'année prochaine.\n\nLa séance s'est terminée tard, selon un porte-parole.\n\nEDIT : une version précédente comportait une erreur sur un nom.",
         ["Le conseil s'est réuni", "La séance s'est terminée", "Ses membres ont voté"]),
    ])
    func aNoticeSharingNothingIsOfferedTheClaimsBesideItForComparison(text: String, offered: [String]) {
        let (reading, linked) = Self.link(text)
        #expect(linked.isEmpty)
        let candidates = reading.notices.first?.candidates ?? []
        let texts = candidates.map { reading.analysis.claims[$0.claimIndex].text }
        #expect(texts.count == offered.count, "\(texts)")
        for (text, prefix) in zip(texts, offered) { #expect(text.hasPrefix(prefix), "\(texts)") }
        #expect(candidates.allSatisfy { $0.score == 0 && $0.reasons.count == 1 && !$0.signals.meaningful })
        #expect(candidates.first?.reasons.first?.hasPrefix("the lede") == true)
        // Never the notice's own text.
        let notice = reading.notices.first?.notice.text ?? ""
        #expect(!texts.contains { notice.contains($0) })
    }

    /// Scored candidates come first; claims beside the notice only fill the list up to three. An advisory line (a
    /// removal note) or a note about the page's form is offered none: it amends no claim.
    @Test func claimsBesideANoticeOnlyFillItsCandidatesAndNeverAnAdvisorysOnes() {
        let (filled, _) = Self.link("""
            The bakery on Elm Street has closed for good, its owner told us.

            Its windows were papered over on Monday.

            Neighbours said they would miss the morning bread.

            Update: The owner of the bakery on Elm Street now says a buyer may reopen it.
            """)
        // The lede is a scored candidate already; the sentence above the notice is added after it (none stands below),
        // then the report's next sentence after the lede.
        let candidates = filled.notices.first?.candidates ?? []
        #expect(candidates.map(\.claimIndex) == [0, 2, 1])
        #expect(candidates.map { $0.score > 0 } == [true, false, false])
        #expect(candidates[1].reasons == ["the sentence just above the notice; too little in common with the notice to score"])
        #expect(candidates[2].reasons == ["the report's next sentence after the lede; too little in common with the notice to score"])
        let (removal, _) = Self.link("""
            The council met on Tuesday evening in the old town hall.

            Its members voted on the budget for the coming year.

            Update: Photos of the meeting were removed from this story at the request of a council member.
            """)
        #expect(removal.notices.first?.candidates.isEmpty == true)
        // Nor is a note about the page's own form (a typo fixed): which claim it touched is not a matter of substance.
        // Nor an advisory sentence: what the piece now also tells amends none of it.
        for note in ["EDIT: typo fixed, thanks to a reader.", "EDIT : coquille corrigée, merci à un lecteur.",
                     "Update: This story has been updated with comment from the school district.",
                     "Mise à jour : cet article a été mis à jour avec la réaction de la préfecture."] {
            let (housekeeping, _) = Self.link("The council met on Tuesday evening in the old town hall.\n\n"
                + "Its members voted on the budget for the coming year.\n\nThe session ended late, a spokesman said.\n\n" + note)
            #expect(housekeeping.notices.count == 1)
            #expect(housekeeping.notices.first?.candidates.isEmpty == true)
        }
    }

    @Test(arguments: [
        "The bakery on Elm Street has closed for good, its owner told us.\n\nIts windows were papered over on Monday.\n\nNeighbours said they would miss the morning bread.\n\nUpdate: Despite what we heard last night, the family now says they might reopen in the spring.",
        "La boulangerie de la rue des Ormes a fermé définitivement, selon son propriétaire.\n\nSes vitrines ont été recouvertes de papier lundi.\n\nLes voisins regrettent déjà le pain du matin.\n\nMise à jour : contrairement à ce que nous indiquions, la famille envisage de rouvrir au printemps.",
    ])
    func aNoticeReferringToTheArticleAndNamingNothingAmendsTheLede(text: String) {
        let (reading, linked) = Self.link(text)
        #expect(linked == [reading.analysis.claims.first?.text ?? ""])
    }

    @Test func anAdditionAtTheTopNamingNothingAmendsNothing() {
        let (_, linked) = Self.link("""
            Update: Our reporter will be on the scene tonight.

            The region's hospitals treated 1,200 patients for heat stroke last week.
            """)
        #expect(linked.isEmpty)
    }

    @Test(arguments: [
        ("Rescuers are still searching for the hiker who went missing on Sunday in the mountains.\n\nThe hiker, aged 54, had set off alone from the village on Sunday morning.\n\nThe weather was clear all weekend, the forecasters said.\n\nUpdate: The hiker was found safe and sound by rescuers on Monday evening.",
         "Rescuers are still searching"),
        ("Les pompiers recherchent toujours le randonneur disparu dimanche dans le massif.\n\nLe randonneur, âgé de 54 ans, était parti seul du village dimanche matin.\n\nLe temps était clair tout le week-end, selon les prévisionnistes.\n\nMise à jour : le randonneur a été retrouvé sain et sauf lundi soir par les pompiers.",
         "Les pompiers recherchent toujours"),
    ])
    func newsSettlesAStateStillInProgress(text: String, settled: String) {
        let (_, linked) = Self.link(text)
        #expect(linked.contains { $0.hasPrefix(settled) })
        #expect(linked.count == 1)
    }

    @Test func anAdditionDoesNotAmendTheHeadlineThatAlreadyTellsIt() {
        let (reading, _) = Self.link("""
            Concert moved indoors after the storm warning

            Update: The orchestra confirmed that the concert in the sports hall will start at 8 p.m.

            The town's summer concert will be held in the sports hall on Saturday because of the storm warning.

            Tickets remain free and are available at the library until Friday noon.
            """)
        let candidates = reading.notices.first?.candidates ?? []
        #expect(!candidates.contains { $0.reasons.contains("at the top: amends the lede") })
        #expect(!candidates.isEmpty)
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

    @Test(arguments: [
        ("La médiathèque du centre ferme pour travaux, annonce la mairie.\n\nLe bâtiment sera fermé samedi, dimanche et lundi, le temps de refaire la toiture.\n\nLes prêts en cours sont prolongés d'une semaine.\n\nMise à jour : la mairie a modifié son calendrier, le bâtiment sera aussi fermé mardi.",
         "Le bâtiment sera fermé samedi"),
        ("The central library closes for repairs, the city says.\n\nThe building will be closed on Saturday, Sunday and Monday while the roof is replaced.\n\nLoans in progress are extended by a week.\n\nUpdate: The city has changed its schedule; the building will also be closed on Tuesday.",
         "The building will be closed on Saturday"),
    ])
    func aScheduleChangeAmendsThePlanItMoves(text: String, plan: String) {
        let (_, linked) = Self.link(text)
        #expect(linked.contains { $0.hasPrefix(plan) }, "\(linked)")
        #expect(!linked.contains { $0.hasPrefix("Loans") || $0.hasPrefix("Les prêts") })
    }

    @Test(arguments: [
        ("Le festival de jazz aurait perdu son principal mécène, selon plusieurs musiciens.\n\nLa programmation de l'été compte trente concerts en plein air.\n\nLes billets sont en vente depuis lundi.\n\nMise à jour : la direction du festival confirme que son principal mécène s'est retiré.",
         "Le festival de jazz aurait perdu"),
        ("The jazz festival has reportedly lost its main sponsor, several musicians say.\n\nThe summer programme lists thirty open-air concerts.\n\nTickets have been on sale since Monday.\n\nUpdate: The festival's management confirmed that its main sponsor has withdrawn.",
         "The jazz festival has reportedly lost"),
    ])
    func aConfirmationSettlesAHedgedClaim(text: String, hedged: String) {
        let (reading, linked) = Self.link(text)
        #expect(linked.contains { $0.hasPrefix(hedged) }, "\(linked)")
        let reasons = Self.reasons(in: reading, forClaimStarting: hedged)
        #expect(reasons.contains("time-bound claim a later notice settles"))
    }

    @Test func anAdditionDoesNotSettleAHedgedClaim() {
        let (reading, _) = Self.link("""
            The jazz festival has reportedly lost its main sponsor, several musicians say.

            The summer programme lists thirty open-air concerts.

            Update: The festival's main stage will be moved to the park, the management said.
            """)
        let reasons = Self.reasons(in: reading, forClaimStarting: "The jazz festival")
        #expect(!reasons.contains("time-bound claim a later notice settles"))
    }

    @Test(arguments: [
        ("A 54-year-old hiker reported missing near the village on Sunday was later found safe by rescuers.\n\nRescuers are still searching for the hiker who went missing on Sunday in the mountains above the village.\n\nThe hiker had set off alone from the village on Sunday morning, his family said.\n\nUpdate: The hiker was found safe by rescuers on Monday evening.",
         "A 54-year-old hiker", "Rescuers are still searching"),
        ("Le randonneur parti seul dimanche du village a été retrouvé sain et sauf par les pompiers.\n\nLes pompiers recherchent toujours le randonneur disparu dimanche dans le massif, au-dessus du village.\n\nLe randonneur était parti seul du village dimanche matin, selon sa famille.\n\nMise à jour : le randonneur a été retrouvé sain et sauf lundi soir par les pompiers.",
         "Le randonneur parti seul", "Les pompiers recherchent toujours"),
    ])
    func aSummaryAtTheTopThatAlreadyTellsTheNewsIsNotAmendedByIt(text: String, summary: String, settled: String) {
        let (reading, linked) = Self.link(text)
        #expect(!linked.contains { $0.hasPrefix(summary) }, "\(linked)")
        #expect(Self.reasons(in: reading, forClaimStarting: summary).contains("a summary at the top that already tells the news"))
        #expect(linked.contains { $0.hasPrefix(settled) }, "\(linked)")
    }

    @Test(arguments: [
        ("Cup final to kick off at 8:30 p.m.\n\nUpdate: The league says the cup final will kick off at 8:30 p.m. It had been put back to 8:45, but the storm has passed.\n\n"
            + "MILLTOWN, Ohio — The cup final between Milltown and Bridgeport won't kick off until 8:45 tonight, because of a storm delay.\n\nThe game between Milltown and Bridgeport will be on Channel 4.",
         "Cup final to kick off", "MILLTOWN, Ohio — The cup final"),
        ("La finale débutera à 20h30\n\nMise à jour : la ligue annonce que la finale débutera à 20h30. Elle avait été repoussée à 20h45, mais l'orage est passé.\n\n"
            + "La finale entre Pontville et Bourg ne débutera pas avant 20h45 ce soir, en raison d'un orage.\n\nLe match entre Pontville et Bourg sera diffusé sur la chaîne locale.",
         "La finale débutera", "La finale entre Pontville et Bourg ne débutera"),
    ])
    func theStoryBelowANoticeAtTheTopIsNoSummary(text: String, headline: String, opening: String) {
        // A summary above the news may be rewritten with it; the story's first sentence below it is the older report,
        // though it is the article's second claim.
        let (reading, linked) = Self.link(text)
        #expect(!Self.reasons(in: reading, forClaimStarting: opening).contains("a summary at the top that already tells the news"))
        #expect(linked.contains { $0.hasPrefix(opening) }, "\(linked)")
    }

    @Test(arguments: [
        ("The city will close three public pools this summer, according to two council members.\n\nParents have started a petition against the decision.\n\nUpdate: The city confirmed that it will close three public pools this summer.",
         "The city will close"),
        ("La ville va fermer trois piscines municipales cet été, selon deux élus.\n\nLes parents ont lancé une pétition contre cette décision.\n\nMise à jour : la ville confirme la fermeture de trois piscines municipales cet été.",
         "La ville va fermer"),
    ])
    func aLedeThatIsTheReportIsNoSummary(text: String, lede: String) {
        // The body does not tell the lede's story again: the lede is what the confirmation confirms.
        let (reading, linked) = Self.link(text)
        #expect(linked.contains { $0.hasPrefix(lede) }, "\(linked)")
        #expect(!Self.reasons(in: reading, forClaimStarting: lede).contains("a summary at the top that already tells the news"))
    }

    @Test(arguments: [
        ("The council has not yet voted on the stadium budget.\n\nThe mayor has not yet signed the stadium contract with the builders.\n\nThe club has not yet paid the stadium deposit to the city.\n\nFans are still waiting for tickets to go on sale.\n\nUpdate: The council voted the stadium budget, the mayor signed the stadium contract, the club paid the stadium deposit and the stadium tickets went on sale.",
         "Fans are still waiting"),
        ("Le conseil municipal n'a pas encore voté le budget du stade.\n\nLe maire n'a pas encore signé le contrat du stade avec les constructeurs.\n\nLe club n'a pas encore versé la caution du stade à la ville.\n\nLes supporters attendent toujours la mise en vente des billets.\n\nMise à jour : le conseil municipal a voté le budget du stade, le maire a signé le contrat du stade, le club a versé la caution du stade et les billets du stade sont en vente.",
         "Les supporters attendent"),
    ])
    func newsPastItsThirdBestCandidateNeedsTwiceTheScore(text: String, tail: String) {
        let (reading, linked) = Self.link(text)
        #expect(linked.count == UpdateLinker.newsLinkLimit, "\(linked)")
        #expect(!linked.contains { $0.hasPrefix(tail) })
        let candidate = reading.notices.first?.candidates.first { reading.analysis.claims[$0.claimIndex].text.hasPrefix(tail) }
        #expect(candidate?.reasons.contains("news amends few claims: past its 3 best") == true)
        // It would have been suggested before the halving.
        #expect((candidate?.score ?? 0) / UpdateLinker.newsTailFactor >= UpdateLinker.threshold - 0.01)
    }

    @Test(arguments: [
        "The council voted the stadium budget on Monday.\n\nThe mayor signed the stadium contract with the builders on Monday.\n\nThe club paid the stadium deposit to the city on Monday.\n\nThe stadium tickets went on sale on Monday, fans said.\n\nCorrection: An earlier version of this article said the council voted the stadium budget, the mayor signed the stadium contract, the club paid the stadium deposit and the stadium tickets went on sale on Monday. All of this happened on Tuesday.",
        "Le conseil municipal a voté le budget du stade lundi.\n\nLe maire a signé le contrat du stade avec les constructeurs lundi.\n\nLe club a versé la caution du stade à la ville lundi.\n\nLes billets du stade ont été mis en vente lundi, selon les supporters.\n\nRectificatif : une précédente version de cet article indiquait que le conseil municipal avait voté le budget du stade, que le maire avait signé le contrat du stade, que le club avait versé la caution du stade et que les billets du stade avaient été mis en vente lundi. Tout cela s'est passé mardi.",
    ])
    func aCorrectionKeepsEveryClaimItAmends(text: String) {
        // The cap is news's: a correction names what it corrects, however many claims.
        let (_, linked) = Self.link(text)
        #expect(linked.count == 4, "\(linked)")
    }

    @Test(arguments: [
        ("Le tarif n'est pas de 5 €, mais de 7 €.", ["5"]),
        ("The ticket costs $7, not $5.", ["5"]),
        ("Il y aura 12 concerts au lieu de 15.", ["15"]),
        ("The fire destroyed 40 homes rather than 30.", ["30"]),
        ("Le budget est de 3 millions d'euros et non 2 millions.", ["2"]),
        ("I am not 100 % sure of the date.", []),
        ("The ticket costs $7.", []),
    ])
    func numbersANoticeReplaces(_ text: String, _ numbers: [String]) {
        #expect(Self.spans(of: text, read: NoticeReferences.replacedNumbers) == numbers)
    }

    @Test(arguments: [
        ("Le recueil ressort en poche chez un petit éditeur parisien.\n\nTout est prêt : 5 €, le volume, en librairie le 23 avril.\n\nL'éditeur annonce trois autres rééditions pour l'automne, à 7 € chacune.\n\nMise à jour : l'éditeur nous informe que le prix n'est pas de 5 €, mais bien de 7 €.",
         "Tout est prêt"),
        ("The collection is being reissued in paperback by a small publisher.\n\nAll set: $5 a copy, in bookshops on April 23.\n\nThe publisher plans three more reissues this autumn, at $7 each.\n\nCorrection: The publisher tells us the book costs $7, not $5.",
         "All set"),
    ])
    func aCorrectionAmendsTheClaimHoldingTheNumberItReplaces(text: String, claim: String) {
        let (reading, linked) = Self.link(text)
        #expect(linked.contains { $0.hasPrefix(claim) }, "\(linked)")
        #expect(Self.reasons(in: reading, forClaimStarting: claim).contains("holds a number the notice replaces"))
    }

    @Test(arguments: [
        ("In a Nov. 27 story about an upstate New York mayor, The Associated Press erroneously identified Fort Ann.",
         ["In a Nov. 27 story about an upstate New York mayor,"]),
        ("An article on Tuesday about the taxonomy of blue cheese misstated the name of the mould.",
         ["An article on Tuesday about the taxonomy of blue cheese"]),
        ("A story about the sacking of a journalist by the Sun stated that he was approached by four executives.",
         ["A story about the sacking of a journalist by the Sun"]),
        ("In a Monday's story on the county fair, we gave the wrong date.", ["In a Monday's story on the county fair,"]),
        ("Dans notre article du 16 mai consacré à la vente des chantiers navals, nous avons écrit que 600 emplois étaient menacés.",
         ["Dans notre article du 16 mai consacré à la vente des chantiers navals,"]),
        ("Dans l'article sur le festival de jazz, vous auriez dû lire que le concert avait lieu le 2 novembre.",
         ["Dans l'article sur le festival de jazz,"]),
        // A story told, not named; a subject running past its sentence; "on" before the subject, not a date.
        ("He told a story about his childhood in Ohio, and the crowd laughed.", []),
        ("In a story about the fair. The date was wrong, we said.", []),
        ("We wrote a story on the strike at the plant last week.", []),
        ("In the end, the council voted to close the road.", []),
    ])
    func theSubjectByWhichACorrectionNamesThePiece(_ text: String, _ clauses: [String]) {
        #expect(Self.spans(of: text, read: NoticeReferences.topicClauses) == clauses)
    }

    /// The texts of the spans `read` finds in the whole of `text`, white space folded.
    static func spans(of text: String, read: (ScalarText, TextRange) -> [TextRange]) -> [String] {
        let scalars = ScalarText(text)
        return read(scalars, TextRange(0, scalars.count)).map { Scalars.normalizedText(scalars, $0) }
    }

    @Test(arguments: [
        ("2 dead after explosion at Minneapolis school\n\nA natural gas explosion at a Minneapolis school killed two people on Wednesday, authorities said.\n\nFirefighters searched the rubble of the school for hours.\n\nJohn Carlson, a part-time janitor at the school, was reported missing.\n\nCorrection: In a story Aug. 2 about an explosion that killed two people at a Minneapolis school, The Associated Press erroneously reported that John Carlson, the janitor, was 81. He was 82.",
         "John Carlson, a part-time", ["2 dead after explosion", "A natural gas explosion"]),
        ("Incendie au port : deux hangars détruits\n\nUn incendie a détruit deux hangars du port de Sète dans la nuit de lundi à mardi, selon les pompiers.\n\nLes pompiers ont lutté contre les flammes pendant six heures.\n\nLe gardien du port, Paul Marty, a donné l'alerte vers 2 heures.\n\nRectificatif : dans notre article du 3 mars consacré à l'incendie des hangars du port de Sète, nous avons écrit que le gardien Paul Marty avait donné l'alerte. C'est un docker qui l'a donnée.",
         "Le gardien du port", ["Incendie au port", "Un incendie a détruit"]),
    ])
    func aCorrectionNamingThePieceBySubjectAmendsTheDetailNotTheSubject(text: String, amended: String, subject: [String]) {
        let (_, linked) = Self.link(text)
        #expect(linked.contains { $0.hasPrefix(amended) }, "\(linked)")
        for claim in subject { #expect(!linked.contains { $0.hasPrefix(claim) }, "\(linked)") }
    }

    /// News flagged before the page's headline titles a story rewritten with it: the story's sentences that only share
    /// its words report the news and are not amended by it; a state it ends is.
    @Test(arguments: [
        ("UPDATE: Madison police arrest suspect in Capitol Square bank robbery\n\nMadison police arrested a man suspected of "
            + "robbing a Capitol Square bank on Thursday afternoon, a police spokesman said.\n\nThe suspect entered the bank "
            + "shortly after noon and handed a note to a teller, police said.\n\nNo one was hurt in the robbery.\n",
         [String](), ["Madison police arrested", "The suspect entered"]),
        ("MISE À JOUR : la police de Lyon interpelle le suspect du braquage de la banque des Terreaux\n\nLa police de Lyon a "
            + "interpellé jeudi après-midi un homme soupçonné d'avoir braqué la banque des Terreaux, selon la préfecture.\n\n"
            + "Le suspect était entré dans la banque peu après midi et avait tendu un mot à une guichetière.\n\n"
            + "Personne n'a été blessé.\n",
         [String](), ["La police de Lyon a interpellé", "Le suspect était entré"]),
        ("UPDATE: Missing Oakdale teen has been found safe\n\nThe county sheriff's office is searching for a missing 16-year-old "
            + "boy from Oakdale who was last seen on Monday evening.\n\nHe was wearing a red jacket, deputies said.\n",
         ["The county sheriff's office is searching"], ["He was wearing"]),
    ] as [(String, [String], [String])])
    func newsFlaggedBeforeTheHeadlineAmendsOnlyWhatItSettles(text: String, amended: [String], untouched: [String]) {
        Self.expectLinks(text, amended: amended, untouched: untouched)
    }

    /// A claim a clarification amends, a hedged guess at its cause, and the rest of the article with the notice.
    static let museumArticles: [(amended: String, guess: String, rest: String)] = [
        ("Le musée n'a pas encore expliqué la fermeture soudaine de son aile nord, que les gardiens ont découverte lundi matin.",
         "Peut-être le musée a-t-il eu une fuite d'eau ou un conflit social, comme des visiteurs l'auraient dit aux gardiens.",
         "\n\nLes expositions temporaires du musée restent ouvertes au public, selon les gardiens.\n\nPrécision : le musée explique la fermeture soudaine de son aile nord : les gardiens ont découvert lundi matin une fissure dans une poutre du plafond."),
        ("The museum has not yet explained the sudden closure of its north wing, which the guards found on Monday morning.",
         "Perhaps the museum had a water leak in the old cellar, or a long staff dispute over pay and rotas, as several visitors reportedly told the guards.",
         "\n\nThe museum and its guards keep the temporary exhibitions open to the public.\n\nClarification: The museum explains the sudden closure of its north wing: the guards found a crack in a ceiling beam on Monday morning."),
    ]

    @Test(arguments: 0..<2, [true, false])
    func aProvisionalSentenceGoingOnFromAnAmendedClaimIsSettledWithIt(article: Int, sameParagraph: Bool) {
        let (amended, guess, rest) = Self.museumArticles[article]
        let (reading, linked) = Self.link(amended + (sameParagraph ? " " : "\n\n") + guess + rest)
        let prefix = String(guess.prefix(18))
        let reasons = Self.reasons(in: reading, forClaimStarting: prefix)
        // A paragraph apart, the guess is a candidate on its shared words only, below the threshold.
        #expect(!reasons.isEmpty)
        #expect(reasons.contains("goes on from a claim the notice amends, in the same paragraph") == sameParagraph)
        #expect(linked.contains { $0.hasPrefix(prefix) } == sameParagraph, "\(linked)")
    }

    @Test(arguments: [
        "Edited to clean up various things and fix a typo.\n\nThe region's hospitals treated 1,200 patients for heat stroke last week.\n\nDoctors urged residents to drink water and stay indoors.",
        "Rectificatif : correction de quelques coquilles et de la mise en forme.\n\nLes hôpitaux de la région ont soigné 1 200 patients la semaine dernière.\n\nLes médecins appellent les habitants à rester chez eux.",
        "Police released photos of the missing Plainfield boy and his name on Saturday.\n\nHe was found safe on Sunday.\n\nEditor's note: The photos and name of the missing Plainfield boy have been removed from this story to protect his identity.",
        "La police a diffusé samedi les photos et le nom du garçon disparu à Plainfield.\n\nIl a été retrouvé dimanche.\n\nNote de la rédaction : les photos et le nom du garçon disparu à Plainfield ont été retirés de cet article pour protéger son identité.",
        // A note that the page now carries the rewritten story: no sentence left on it says what the note amends.
        "Editor's note: This story has been updated after a police press conference announcing that the missing girl was found safe.\n\nThe missing girl was found safe on Tuesday evening in a park, police said.\n\nOfficers thanked residents who shared her photo.",
        "Note de la rédaction : cet article a été modifié pour tenir compte de la conférence de presse de la police annonçant que la fillette disparue a été retrouvée.\n\nLa fillette disparue a été retrouvée mardi soir dans un parc, selon la police.\n\nLes policiers remercient les habitants qui ont partagé sa photo.",
    ])
    func aNoteAboutThePageItselfAmendsNoClaim(text: String) {
        let (_, linked) = Self.link(text)
        #expect(linked.isEmpty, "\(linked)")
    }

    /// A sentence that tells an ending itself was written with the news: an addition that ends the same state does
    /// not amend it, though it shares more words with it than the sentence it settles.
    @Test(arguments: [
        ("Police are currently searching for a 14-year-old boy who went missing in Horseshoe Bay on Saturday.\n\n"
            + "His family asked residents to check their sheds.\n\nThe beach shack at the Horseshoe Bay resort where the "
            + "14-year-old boy was found safe on Sunday morning is used by fishermen.\n\nUpdate: The missing 14-year-old "
            + "boy was found safe on Sunday morning in a beach shack at the Horseshoe Bay resort, police said.",
         "Police are currently searching", "The beach shack"),
        ("Les gendarmes recherchent actuellement un garçon de 14 ans disparu samedi près de la plage de Carnac.\n\n"
            + "Sa famille a demandé aux voisins de fouiller leurs abris.\n\nLa cabane de la plage de Carnac où le garçon de "
            + "14 ans a été retrouvé sain et sauf dimanche matin sert aux pêcheurs.\n\nMise à jour : le garçon de 14 ans "
            + "disparu a été retrouvé sain et sauf dimanche matin dans une cabane de la plage de Carnac, selon les gendarmes.",
         "Les gendarmes recherchent", "La cabane de la plage"),
    ])
    func anAdditionDoesNotAmendASentenceTellingTheEndingItself(text: String, settled: String, carrier: String) {
        Self.expectLinks(text, amended: [settled], untouched: [carrier])
    }

    /// An update that brings the state back ("closed again") amends the sentence that told it ended; a correction
    /// phrased as a rewrite ("updated to reflect that … £4,000, not £40,000") still bears on the sentence it names.
    @Test(arguments: [
        ("The M6 has reopened between junctions 33 and 34 after the crash, police said.\n\nDrivers were diverted for "
            + "three hours.\n\nUpdate, 9pm: The M6 has been closed again between junctions 33 and 34 after a second crash.",
         "The M6 has reopened"),
        ("Mr Patel was fined £4,000 by magistrates in Leeds on Tuesday.\n\nHe had admitted the offence.\n\nCorrection: This "
            + "story has been updated to reflect that Mr Patel was fined £4,000, not £40,000 as originally reported.",
         "Mr Patel was fined"),
        ("An explosion destroyed a workshop in Bolton on Monday night.\n\nNo one was hurt, firefighters said.\n\n"
            + "The fire service said the explosion was caused by a gas cylinder in the workshop.\n\nEditor's note: This story has "
            + "been updated after the fire service confirmed the cause of the explosion, a gas cylinder in the workshop.",
         "The fire service said the explosion"),
    ])
    func aStateBroughtBackOrACorrectionPhrasedAsARewriteStillLinks(text: String, amended: String) {
        Self.expectLinks(text, amended: [amended])
    }

    /// A correction that names the photo it removed still amends the caption it names.
    @Test func aCorrectionRemovingAWrongPhotoAmendsItsCaption() {
        let (_, linked) = Self.link("""
            Two men charged in Hartford robbery

            Police charged two men on Monday with the robbery of a Hartford jewelry store.

            Pictured: Jason Reed, 29, of Hartford, one of the two men charged.

            Correction: An earlier version of this story included a photo of the wrong Jason Reed, who has no connection to the case. The photo has been removed from this story.
            """)
        #expect(linked.contains { $0.hasPrefix("Pictured: Jason Reed") }, "\(linked)")
    }

    @Test(arguments: [
        ("Les agents sont en train de dégager la voie", ["agents", "degager", "voie"]),
        ("Le train de 8 h est en retard", ["train", "8", "retard"]),
        ("Un train en panne bloque la ligne", ["train", "panne", "bloque", "ligne"]),
        ("Le ministre est venu en train à Lyon", ["ministre", "venu", "train", "lyon"]),
        ("Elle voyage en train depuis 2019", ["voyage", "train", "2019"]),
        ("Ils sont en train d'évacuer le quartier", ["evacuer", "quartier"]),
    ])
    func enTrainDeIsNoTrain(_ text: String, _ keys: [String]) {
        #expect(ContentWords.tokens(text) == keys.map(WordStemmer.stem))
    }

    @Test(arguments: [
        ("mardi 9 novembre", ["9"]), ("dimanche soir", ["soir"]), ("le 14 juillet", ["14"]),
        ("on Tuesday, November 9", ["9"]), ("Sunday evening", ["evening"]), ("on March 3", ["march", "3"]),
    ])
    func datesSayWhenNotWhat(_ text: String, _ keys: [String]) {
        #expect(ContentWords.tokens(text) == keys.map(WordStemmer.stem))
    }

    @Test(arguments: [
        ("Kickoff is delayed. — Will Turner (@WTurner247) September 3, 2022", ["kickoff", "delayed"]),
        ("Le match est reporté. pic.twitter.com/8wIEpLPVEq — FC Nantes (@FCNantes) 3 septembre 2022", ["match", "reporte"]),
        ("#USF — Will Turner (@WTurner247) September 3, 2022", ["usf"]),
        ("Road closed. pic.twitter.com/a1 – Cedar County Sheriff (@CedarSheriff) August 19, 2021", ["road", "closed"]),
        ("Road closed - Cedar County Sheriff (@CedarSheriff) August 19, 2021", ["road", "closed"]),
        ("Talks resume — Jean-Pierre Martin (@jpmartin) 4 mars 2019", ["talks", "resume"]),
        // A handle in prose, or a dash far from it, signs nothing.
        ("Write to @WTurner247 about the delay", ["write", "wturner247", "delay"]),
        ("The coach (@Coach_Bob) spoke Friday", ["coach", "coach", "bob", "spoke"]),
    ])
    func anEmbeddedPostsSignatureIsAttributionNotContent(_ text: String, _ keys: [String]) {
        #expect(ContentWords.tokens(text) == keys.map(WordStemmer.stem))
    }

    @Test(arguments: [
        ("Kickoff between the Bulls and the Cougars has been delayed by lightning in the area.\n\nAnother 30 minute delay starting at 4:48 pm. #USF — Will Turner (@WTurner247) September 3, 2022\n\n@fan10 — Will Turner (@WTurner247) September 3, 2022\n\nUpdate: Kickoff is now pushed back two hours because of more lightning.\nI'm told we start at 6:15 pm. #USF — Will Turner (@WTurner247) September 3, 2022",
         "Kickoff between", "@fan10"),
        ("Le coup d'envoi du match entre Nantes et Lens a été retardé par un orage.\n\nNouvelle attente de trente minutes. #FCN — Paul Martin (@PaulMartin44) 3 septembre 2022\n\n@supporter — Paul Martin (@PaulMartin44) 3 septembre 2022\n\nMise à jour : le coup d'envoi est repoussé de deux heures à cause de l'orage.\nOn me dit que le match commencera à 19h15. #FCN — Paul Martin (@PaulMartin44) 3 septembre 2022",
         "Le coup d'envoi", "@supporter"),
    ])
    func aNoticeQuotingAPostIsNotLinkedToTheAuthorsOtherPostsBySignature(text: String, amended: String, signature: String) {
        // The notice quotes a post signed as the page's other posts are: the name, the handle and the day are the
        // signature's, not what the notice and those posts are about.
        let reading = NoticeReading(text)
        // (Claims offered only for comparison, at 0, may include the line just above the notice, whatever it is.)
        let candidates = (reading.notices.first?.candidates ?? []).filter { $0.score > 0 }
            .map { reading.analysis.claims[$0.claimIndex].text }
        #expect(!candidates.contains { $0.hasPrefix(signature) }, "\(candidates)")
        #expect(candidates.first?.hasPrefix(amended) == true, "\(candidates)")
    }

    @Test(arguments: [
        ("The council voted to expand the bus network to the northern suburbs.\n\nThe mayor opened the new public library on Tuesday, November 9.\n\nUpdate: On Tuesday, November 9, the council confirmed that the bus network will reach the northern suburbs next year.",
         "The council voted", "The mayor opened"),
        ("Le conseil a voté l'extension du réseau de bus vers les quartiers nord.\n\nLe maire a inauguré la nouvelle médiathèque mardi 9 novembre.\n\nMise à jour : mardi 9 novembre, le conseil a confirmé que le réseau de bus desservira les quartiers nord l'an prochain.",
         "Le conseil a voté", "Le maire a inauguré"),
    ])
    func newsDatedTheSameDayDoesNotAmendWhatElseHappenedThatDay(text: String, amended: String, sameDay: String) {
        Self.expectLinks(text, amended: [amended], untouched: [sameDay])
    }

    @Test(arguments: [
        ("Correction: The council says it made a mistake: the Lindenbad pool will only be closed for six weeks of repairs.\n\nWhat changes this summer in the city\n\nThe council closed the Lindenbad pool on Monday after inspectors found cracks in its concrete basin, and the repairs will take months. The reopening of the Lindenbad is to be determined. Presumably the Lindenbad will stay shut all summer.\n\nThe council also opened a new playground in the park.",
         ["The reopening of", "Presumably the Lindenbad"], "The council also"),
        ("Rectificatif : la mairie indique qu'il s'agissait d'une erreur : la piscine Lindenbad ne fermera que six semaines, pour des réparations.\n\nCe qui change cet été en ville\n\nLa mairie a fermé lundi la piscine Lindenbad après que des inspecteurs ont découvert des fissures dans son bassin, et les réparations prendront des mois. La réouverture de Lindenbad reste à déterminer. A priori, Lindenbad restera inaccessible tout l'été.\n\nLa mairie a aussi ouvert une nouvelle aire de jeux dans le parc.",
         ["La réouverture de", "A priori, Lindenbad"], "La mairie a aussi"),
    ])
    func provisionalSentencesGoOnOneFromAnotherInAParagraph(text: String, settled: [String], elsewhere: String) {
        // The date "to be determined" goes on from the amended closure, and the guess "presumably…" from that date:
        // each is settled with the sentence before it, the second only once the first is.
        let (reading, linked) = Self.link(text)
        for prefix in settled {
            #expect(linked.contains { $0.hasPrefix(prefix) }, "\(linked)")
            #expect(Self.reasons(in: reading, forClaimStarting: prefix).contains("goes on from a claim the notice amends, in the same paragraph"))
        }
        #expect(!linked.contains { $0.hasPrefix(elsewhere) }, "\(linked)")
    }

    @Test(arguments: [
        ("Yes, the bakery on Elm Street has closed for good.\n\nIts windows were papered over on Monday and the oven was taken away by a truck.\n\nNeighbours said they would miss the morning bread.\n\nUpdate: Despite what we heard last night, the owner says the oven was taken away only for repairs and the windows were papered over for painting.",
         "Its windows were papered", "Neighbours said"),
        ("Oui, la boulangerie de la rue des Ormes a fermé définitivement.\n\nSes vitrines ont été recouvertes de papier lundi et le four a été emporté par un camion.\n\nLes voisins regrettent déjà le pain du matin.\n\nMise à jour : contrairement à ce que nous indiquions hier soir, le propriétaire explique que le four a été emporté pour une réparation et que les vitrines ont été recouvertes de papier pour des travaux de peinture.",
         "Ses vitrines ont été", "Les voisins"),
    ])
    func aNoticeTakingBackWhatTheArticleSaidAmendsTheLedeToo(text: String, named: String, untouched: String) {
        // "Despite what we heard" takes back the article's account, which its lede states, besides the claim it names.
        let (reading, linked) = Self.link(text)
        #expect(linked.contains { $0.hasPrefix(named) }, "\(linked)")
        #expect(linked.contains(reading.analysis.claims.first?.text ?? "-"), "\(linked)")
        #expect(!linked.contains { $0.hasPrefix(untouched) }, "\(linked)")
    }

    @Test(arguments: [
        ("The lockdown was lifted shortly after 2 p.m., the district said.", true),
        ("Power has been restored to most homes in the valley.", true),
        ("Traffic resumed on both lanes around noon.", true),
        ("La circulation a repris normalement sur les deux lignes.", true),
        ("Le pont a rouvert à la circulation dans la soirée.", true),
        ("Fin de la perturbation sur le réseau.", true),
        // Still in progress, or no state ended.
        ("The bridge remains closed to traffic tonight.", false),
        ("Police are still searching the building.", false),
        ("Les pompiers sont toujours sur place.", false),
        ("Le journaliste a relevé une erreur dans le communiqué.", false),
        ("The reopening date has not been announced.", false),
        // The verbs in another sense: a cup or a glass raised ends no state.
        ("The mayor lifted the cup at the town's football final on Sunday.", false),
        ("Le maire a levé son verre avec les supporteurs après la finale.", false),
        ("La préfecture a levé l'alerte aux crues mardi soir.", true),
        ("Authorities lifted the evacuation order for the valley.", true),
        // A service back up, a missing person found.
        ("The booking site is back up and running after the outage.", true),
        ("The missing hiker has been located and is safe, deputies said.", true),
        ("Le randonneur disparu a été retrouvé sain et sauf.", true),
        ("The booking site should be back up by noon, the company said.", false),
        ("Traffic is backed up for two miles behind the crash.", false),
        ("Le randonneur a retrouvé son chemin vers le refuge en 2019.", false),
        // Whole words: "found safety" is no "found safe".
        ("Inspectors found safety problems in the kitchen.", false),
        ("Rescuers found safe passage through the flooded valley for the convoy.", true),
        // A negation before the ending in its clause cancels it.
        ("The missing hiker has still not been located, deputies said.", false),
        ("The road has not reopened, and no date has been given.", false),
        ("The ferry service never resumed after the storm.", false),
        ("The curfew is no longer in force but the bridge has not reopened.", false),
        ("La randonneuse n'a toujours pas été retrouvée.", false),
        ("Le trafic ne sera pas rétabli avant jeudi.", false),
        ("La ligne n'a jamais rouvert depuis l'éboulement.", false),
        ("Bien qu'il n'ait pas plu, la circulation a repris.", true),
        ("The bridge, which had not been inspected for years, reopened on Monday.", true),
        // "Located" and "retrouvé" end a search for a person, not a place or a thing's state; "back up", a service.
        ("The warehouse that was located on the quay burned down.", false),
        ("La voiture a été retrouvée calcinée dans un champ.", false),
        ("Des empreintes ont été retrouvées sur la poignée.", false),
        ("Shares are back up above $30 after the report.", false),
        ("The missing boy was located safe in a neighbour's barn.", true),
        ("The missing boy was located by a volunteer shortly after dawn.", true),
        ("La fillette a été retrouvée par des promeneurs.", true),
        ("La disparue a été retrouvée.", true),
        ("La ligne est rouverte depuis midi.", true),
        // Found (safely), and a measure said to be lifted now; "found" of a thing is no ending.
        ("Police say the missing boy has been found safely.", true),
        ("The missing walker has been found.", true),
        ("L'avis de faire bouillir l'eau est maintenant levé.", true),
        ("La consigne est désormais levée pour tout le quartier.", true),
        ("Traces of fuel have been found in the soil near the depot.", false),
        ("A second bag has been found under the bridge, police said.", false),
        // A person sought found dead: the search ends too.
        ("The missing climber has been found dead below the ridge, rescuers said.", true),
        ("Le randonneur disparu a été retrouvé mort au pied de la falaise.", true),
        ("La septuagénaire a été retrouvée sans vie dans son jardin.", true),
        ("Dozens of fish were counted in the pond on Monday.", false),
        ("Le véhicule a été retrouvé calciné en lisière de forêt.", false),
        // "Ended" ends a state when its clause ends or a day follows; a score or a manner follows the end of a game.
        ("The strike ended Thursday night after workers accepted a new contract.", true),
        ("The strike has ended.", true),
        ("The game ended 3-2 after extra time.", false),
        ("The season ended with a home loss.", false),
        // Open again, the hyphen kept, or said open with nothing after the clause but a time or an agent; open for
        // something, or until an hour, is a place's hours or an offer, not an ending.
        ("Highway 63 has been re-opened in both directions.", true),
        ("RCMP can advise that all lanes of travel are open.", true),
        ("The bridge is now open again after the inspection.", true),
        ("Route 7 is open to traffic again, police said.", true),
        ("All lanes are now open to traffic.", true),
        ("The store is open until 9 p.m. on weekdays.", false),
        ("Registration is now open for the fall season.", false),
        ("Registration for the spring half-marathon is now open.", false),
        ("Council President Dana Wu said that the matter is open, and no vote is set.", false),
        ("The road to the summit is open to cyclists only.", false),
        ("The farmers market is open today on the square.", false),
        ("Schools across the county will be open again Monday.", false),
        ("The visitor center is expected to be back open in June.", false),
        ("Access to the bridge is open again, police said.", true),
    ])
    func updatesThatEndAState(_ text: String, _ expected: Bool) {
        let scalars = ScalarText(text)
        #expect(NoticeReferences.isResolution(scalars, TextRange(0, scalars.count)) == expected)
    }

    @Test(arguments: [
        ("Update: The lockdown at Riverside High was lifted at 2:10 p.m., police said.\n\nOriginal story:\n\nA high school is on lockdown after a threatening phone call this morning.\n\nOfficers searched every classroom while pupils waited inside.\n\nThe call came from a number outside the state, officers said.",
         "A high school is on lockdown", "The call came from"),
        ("Mise à jour : la circulation a repris dans le tunnel en fin de matinée.\n\nArticle initial :\n\nDepuis 9 heures, les automobilistes doivent s'armer de patience.\n\nLe tunnel de la colline est coupé dans les deux sens après un accident.\n\nUn camion s'est renversé sur la chaussée, selon les pompiers.",
         "Le tunnel de la colline est coupé", "Depuis 9 heures"),
        // Below a headline, a caption with its credit and a standfirst.
        ("[MAJ] Le tunnel de la colline rouvert\n\nL'entrée du tunnel de la colline - © Photo d'archive\n\nCe mardi, le tunnel de la colline a été fermé après un accident.\n\n17h40 : fin de l'alerte, le tunnel de la colline a rouvert à la circulation.\n\nArticle initial :\n\nLe tunnel de la colline est coupé dans les deux sens depuis 9 heures.\n\nUn camion s'est renversé sur la chaussée, selon les pompiers.",
         "Le tunnel de la colline est coupé", "Un camion s'est renversé"),
        ("Riverside High lockdown lifted\n\nPolice cars outside Riverside High - Photo: staff\n\nPupils were kept inside Riverside High on Tuesday.\n\nUpdate 2:10 p.m.: The lockdown at Riverside High has been lifted, police said.\n\nOriginal story:\n\nRiverside High is on lockdown after a threatening phone call this morning.\n\nThe call came from a number outside the state, officers said.",
         "Riverside High is on lockdown", "The call came from"),
        // The ending shares no word with the state it ends: the first sentence in progress below is its opening.
        ("Update: She has been located and is safe.\n\nOriginal story:\n\nDeputies are searching for a hiker who did not come back from the ridge trail on Sunday.\n\nThe trail starts at the reservoir car park.",
         "Deputies are searching for a hiker", "The trail starts"),
        ("Mise à jour : elle a été retrouvée saine et sauve.\n\nArticle initial :\n\nLes gendarmes recherchent une randonneuse partie dimanche vers le col.\n\nLe sentier part du parking du lac.",
         "Les gendarmes recherchent", "Le sentier part"),
        // A state in progress comes first; the next sentence shares only the story's subject.
        ("Update 3:40 p.m.: The service is back up and running, the bank said on its status page.\n\nShops across the region are unable to take payments right now because of an outage.\n\nThe bank said its engineers were looking into the fault.",
         "Shops across the region are unable", "The bank said its engineers"),
        ("Mise à jour 15h40 : le réseau de la banque est rétabli, a annoncé la banque sur son site.\n\nLes commerçants de la région ne peuvent pas encaisser de paiements par carte en ce moment en raison d'une panne.\n\nLa banque a indiqué que ses techniciens cherchaient la cause.",
         "Les commerçants de la région", "La banque a indiqué"),
        ("Update: As of noon the booking site appears to be back up, if slow.\n\nEarlier: The spring sale began yesterday with hundreds of offers. The booking site is down right now for every customer.\n\nThe cause of the failure has not been given by the company.",
         "The booking site is down right now", "The spring sale began"),
    ])
    func aLiveUpdateEndingAStateSettlesTheOpeningOfItsStory(text: String, opening: String, untouched: String) {
        Self.expectLinks(text, amended: [opening], untouched: [untouched])
    }

    @Test(arguments: [
        // A place or a service that is or stays closed, a measure in force, an instruction while it lasts.
        ("Both northbound lanes remain closed while crews clear the wreck.", true),
        ("Residents should not drink tap water, the health office said.", true),
        ("The county has issued a boil water notice for the east side.", true),
        ("If you know her whereabouts, please call the sheriff's office.", true),
        ("La route départementale est fermée dans les deux sens.", true),
        ("Avant de boire l'eau, faites-la bouillir pendant une minute.", true),
        ("La mairie a publié un avis d'ébullition pour le hameau.", true),
        // Past events, and a state that only frames the sentence's statement.
        ("The road was closed for three hours after the crash.", false),
        ("The outage began shortly after 8 p.m. on Sunday.", false),
        ("Crews cleared the debris while the lanes are closed to traffic.", false),
        ("La coupure a commencé vers 20 heures dimanche.", false),
        ("Les agents nettoient la chaussée pendant que la route est fermée.", false),
        ("Anyone with information about the robbery is asked to call police.", false),
        ("La ligne B ne circule plus entre les deux gares.", true),
        ("La ligne B circule de nouveau entre les deux gares.", false),
        // An instruction or a notice of the state's own, not any sentence with "should not" or "has issued".
        ("Pupils should not return to the east wing before Monday.", true),
        ("The school board should not be faulted for the delay, a parent said.", false),
        ("The utility has issued a written apology to its customers.", false),
        ("Le préfet a émis un arrêté d'interdiction de baignade.", true),
        ("Les riverains ne doivent pas être pénalisés, estime l'adjoint.", false),
        ("Les parents sont invités à venir chercher leurs enfants au gymnase.", true),
        ("Les parents sont invités à une soirée d'information mardi.", false),
        ("Commuters are asked to use the shuttle buses.", true),
        // A forecast of when the state ends is the state still in progress; a forecast of anything else is not.
        ("The power company has given an estimate of midnight for restoring service in Millbrook.", true),
        ("The county expects to reopen the bridge by noon on Friday.", true),
        ("Le gestionnaire du réseau prévoit un rétablissement du courant vers 22 heures.", true),
        ("La compagnie table sur une reprise du trafic en fin de journée.", true),
        ("The insurer estimates the storm damage at $2 million.", false),
        ("La mairie prévoit un nouveau marché couvert en juin.", false),
        ("Le distributeur a publié un communiqué sur les causes de la panne.", false),
        // A closure set for a named day is a schedule, not a state in progress; a closure since a day is one.
        ("Oakwood Elementary is closed Tuesday because of the flooding.", false),
        ("L'école Jean-Moulin est fermée ce mardi en raison de la panne.", false),
        ("Route 4 remains closed since Tuesday's rockslide.", true),
        ("La route reste fermée depuis mardi soir.", true),
        // A state that goes on ("remains", "stays", "reste", "demeure") on a named day is the state on the day of
        // writing, not a schedule; a closure decided for a day or a habit is still none.
        ("The Harbor Road ferry remains out of service Friday while divers inspect the ramp.", true),
        ("Maple Avenue stays closed this Friday as crews replace the culvert.", true),
        ("Le tunnel de la Croix-Rousse reste fermé ce vendredi, le temps d'évacuer les gravats.", true),
        ("La ligne 3 demeure interrompue vendredi après la chute d'un arbre.", true),
        ("Northside High is closed Friday because of the water main break.", false),
        ("La piscine municipale est fermée ce vendredi en raison de la coupure d'eau.", false),
        ("The recycling center stays closed on Fridays.", false),
        ("La déchetterie reste fermée le vendredi.", false),
        // A habit is no state in progress; a date is not a habit.
        ("The town pool is closed on Mondays.", false),
        ("La médiathèque est fermée le dimanche.", false),
        ("La médiathèque est fermée le dimanche 4 mai.", true),
    ])
    func sentencesThatTellAStateInProgress(_ text: String, _ expected: Bool) {
        let scalars = ScalarText(text)
        #expect(NoticeReferences.statesInProgress(scalars, TextRange(0, scalars.count)) == expected)
    }

    @Test(arguments: [
        // A forecast of the end the update tells, of what it names (or of an ending named alone), is settled by it.
        ("The utility expects power to be restored to Glenwood by midnight.", "Power has been restored across Glenwood, the utility said.", true),
        ("The utility has given an estimate of midnight for full restoration.", "Power has been restored across Glenwood.", true),
        ("Le distributeur prévoit un rétablissement du courant à Plouha vers 22 heures.", "Le courant est rétabli dans tout Plouha.", true),
        ("La compagnie table sur une reprise du trafic sur la ligne 2 en fin de journée.", "Le trafic a repris sur la ligne 2, selon la compagnie.", true),
        ("La mairie prévoit la réouverture de la rue de Brest vers midi.", "La rue de Brest a rouvert à la circulation.", true),
        // Another kind of ending ("resume" under "restored", "reprise" under "a rouvert") or the end of another thing
        // of the story is no forecast of the state the update ends.
        ("The utility expects to resume normal billing in Glenwood next month.", "Power has been restored across Glenwood.", false),
        ("Glenwood Power expects to restore its payment website on Friday.", "Power has been restored across Glenwood, Glenwood Power said.", false),
        ("Forecasters expect heavy rain over Canal Street to resume on Thursday.", "Canal Street has reopened, the city said.", false),
        ("The county expects the Glenwood pool, damaged in the storm, to reopen in June.", "Canal Street has reopened, the city said.", false),
        ("Météo-France prévoit la reprise des averses sur la D 786 dès vendredi.", "La D 786 a rouvert dans les deux sens.", false),
        ("La préfecture prévoit la reprise des travaux de la D 786 en mars.", "La D 786 a rouvert.", false),
        ("La mairie prévoit la réouverture de la piscine Saint-Michel en juin.", "La rue de Brest a rouvert à la circulation.", false),
    ])
    func aForecastIsOfTheStateTheUpdateEnds(_ sentence: String, _ update: String, _ expected: Bool) {
        let folded: (String) -> String = { text in
            let scalars = ScalarText(text)
            return Scalars.folded(scalars[0..<scalars.count])
        }
        #expect(NoticeReferences.forecastsEnd(folded(sentence), update: folded(update)) == expected)
    }

    @Test(arguments: [
        // The state of a place the update does not name goes on there; the state of a place it names is settled.
        ("Update: The evacuation order for Pine Road has been lifted, deputies said.\n\nHomes on Pine Road and Cedar Lane were evacuated after a brush fire Tuesday.\n\nPine Road residents should not go back before dark.\n\nDeputies said Cedar Lane residents should still avoid the area.",
         "Pine Road residents should not", "Deputies said Cedar Lane"),
        ("Mise à jour : l'arrêté d'évacuation est levé pour le quartier Vauban, selon la préfecture.\n\nLes habitants du quartier Vauban et du quartier Gambetta ont été évacués mardi.\n\nLes habitants du quartier Vauban ne doivent pas circuler avant midi.\n\nDans le quartier Gambetta, l'arrêté d'évacuation reste en vigueur.",
         "Les habitants du quartier Vauban ne doivent", "Dans le quartier Gambetta"),
        // Another closure named in the story below a reopening is no part of the state the update ends.
        ("Update: Canal Street has reopened to traffic, the city said.\n\nCanal Street is closed between the market and the station after a gas leak.\n\nThe Harbor tunnel is closed for maintenance until June, the city said.",
         "Canal Street is closed", "The Harbor tunnel"),
        ("Mise à jour : la rue Lafayette a rouvert à la circulation, selon la mairie.\n\nLa rue Lafayette est fermée entre le marché et la gare après une fuite de gaz.\n\nLe tunnel Bastide est fermé pour travaux jusqu'en juin, selon la mairie.",
         "La rue Lafayette est fermée", "Le tunnel Bastide"),
        // A name that opens the sentence counts: the update names the town the school's name begins with.
        ("Update: Power has been restored to every Dunmore home, the utility said.\n\nAbout 9,000 Dunmore homes lost power after the storm, the utility said.\n\nDunmore Middle School is closed because of the outage.\n\nThe Lakeside ferry is out of service until spring.",
         "Dunmore Middle School is closed", "The Lakeside ferry"),
    ])
    func theStateOfAPlaceTheUpdateDoesNotNameIsNotSettled(text: String, settled: String, untouched: String) {
        Self.expectLinks(text, amended: [settled], untouched: [untouched])
    }

    @Test(arguments: [
        ("Update: All lanes of Route 9 reopened at 4 p.m., state police said.\n\nA crash closed Route 9 near the river bridge on Monday morning.\n\nBoth lanes of Route 9 remain closed while crews tow the trucks, a state police spokesman said.\n\nDrivers are advised to use the county road instead of Route 9.\n\nThe crash on Route 9 happened at about 6 a.m. when a truck lost its load.",
         ["Both lanes of Route 9 remain closed", "Drivers are advised to use"], "The crash on Route 9 happened"),
        ("Mise à jour : l'avis d'ébullition sur le réseau d'eau de la commune est levé depuis ce matin.\n\nLa commune a émis mardi un avis d'ébullition pour tout son réseau d'eau.\n\nLes habitants doivent faire bouillir l'eau du réseau pendant une minute avant de la boire.\n\nDes analyses du réseau d'eau ont révélé la présence de bactéries lundi.",
         ["Les habitants doivent faire bouillir"], "Des analyses du réseau"),
        ("Update: Police say the missing teen has been found safely.\n\nPolice have put out an alert for a teen reported missing in the north of the city.\n\nOfficers say the teen left home on Friday and has not been seen since.\n\nThe teen was last seen wearing a grey coat.",
         ["Police have put out an alert", "Officers say the teen left home"], "The teen was last seen"),
        // An estimate of when the state ends is settled with it; a statement on it is not.
        ("Update: Power has been restored to all Millbrook homes, the utility said.\n\nAbout 6,000 Millbrook homes lost power when a storm brought down lines on Sunday.\n\nThe utility has given an estimate of midnight for restoring power to Millbrook.\n\nThe utility has issued a statement blaming the storm for the damage in Millbrook.",
         ["The utility has given an estimate"], "The utility has issued a statement"),
        ("Mise à jour : le courant est rétabli dans tout le bourg de Saint-Aubin, selon le distributeur.\n\nQuelque 3 000 foyers de Saint-Aubin ont été privés de courant dimanche après la tempête.\n\nLe distributeur prévoit un rétablissement du courant à Saint-Aubin vers 22 heures.\n\nLe distributeur a publié un communiqué sur la tempête à Saint-Aubin.",
         ["Le distributeur prévoit un rétablissement"], "Le distributeur a publié"),
        // A correction that also ends a state settles the sentence still telling it, and keeps the figure it replaces.
        ("Pileup on Mill Road\n\nA van skidded on ice near the school on Monday morning.\n\nUpdate: Mill Road has reopened, police said. The pileup involved 12 cars, not 15.\n\nThe road remains closed between the school and the river.\n\nThe pileup involved 15 cars, police said.\n\nThe school stayed open all day.",
         ["The road remains closed", "The pileup involved 15 cars"], "The school stayed open"),
        ("Carambolage sur la route du Moulin\n\nUne camionnette a glissé sur le verglas près de l'école lundi matin.\n\nRectificatif : la route du Moulin a rouvert, selon les gendarmes. Le carambolage a impliqué 12 voitures, et non 15.\n\nLa route reste fermée entre l'école et la rivière.\n\nLe carambolage a impliqué 15 voitures, selon les gendarmes.\n\nL'école est restée ouverte toute la journée.",
         ["La route reste fermée", "Le carambolage a impliqué 15"], "L'école est restée"),
        // A sentence counting what the update counts with another figure is the figure it brings up to date, not
        // background; one counting something else stays background.
        ("Storm knocks out power in Ashford\n\nUpdate, 9 p.m.: Power has been restored across Ashford, the utility said. The outage hit 8,500 homes in all.\n\nThe Ashford power grid is down after a storm on Monday.\n\nThe storm knocked out power to about 12,000 homes, the utility said.\n\nThe storm also brought down 40 trees and power lines across Ashford, the utility said.",
         ["The Ashford power grid is down", "The storm knocked out power to about 12,000"], "The storm also brought down"),
        ("Tempête : coupure de courant à Saint-Aubin\n\nMise à jour, 21 h : le courant est rétabli dans tout Saint-Aubin, selon le distributeur. La panne a touché 8 500 foyers au total.\n\nLe réseau électrique de Saint-Aubin est coupé depuis la tempête de lundi.\n\nLa tempête a privé de courant quelque 12 000 foyers, selon le distributeur.\n\nLa tempête a aussi abattu 40 arbres et des lignes électriques à Saint-Aubin, selon le distributeur.",
         ["Le réseau électrique de Saint-Aubin", "La tempête a privé de courant"], "La tempête a aussi abattu"),
        // A year counts nothing, a sentence set in another year tells a past event, and a figure tenfold off
        // counts something else: each stays background, while the figure of the state is brought up to date.
        ("Storm cuts power in Dunmore\n\nUpdate, 10 p.m.: Power has been restored across Dunmore, the utility said. The outage hit 5,200 homes in all.\n\nThe Dunmore power grid is down after Sunday's storm.\n\nThe storm knocked out power to about 7,000 homes, the utility said.\n\nSince 2015, Dunmore homes have lost power in storms at least five times, county records show.",
         ["The Dunmore power grid is down", "The storm knocked out power to about 7,000"], "Since 2015"),
        ("Storm cuts power in Dunmore\n\nUpdate, 10 p.m.: Power has been restored across Dunmore, the utility said. The outage hit 5,200 homes in all.\n\nThe Dunmore power grid is down after Sunday's storm.\n\nThe storm knocked out power to about 7,000 homes, the utility said.\n\nLast year, some 6,000 Dunmore homes lost power in an ice storm, the utility said.",
         ["The Dunmore power grid is down", "The storm knocked out power to about 7,000"], "Last year"),
        ("Storm cuts power in Dunmore\n\nUpdate, 10 p.m.: Power has been restored across Dunmore, the utility said. The outage hit 5,200 homes in all.\n\nThe Dunmore power grid is down after Sunday's storm.\n\nThe storm knocked out power to about 7,000 homes, the utility said.\n\nAbout 30 homes in Dunmore lost their roofs in the storm, firefighters said.",
         ["The Dunmore power grid is down", "The storm knocked out power to about 7,000"], "About 30 homes"),
        ("Tempête : coupure de courant à Lannion\n\nMise à jour, 22 h : le courant est rétabli dans tout Lannion, selon le distributeur. La panne a touché 5 200 foyers au total.\n\nLe réseau électrique de Lannion est coupé depuis la tempête de dimanche.\n\nLa tempête a privé de courant quelque 7 000 foyers, selon le distributeur.\n\nEn 2016, 30 000 foyers de Lannion avaient déjà perdu le courant lors d'une tempête.",
         ["Le réseau électrique de Lannion", "La tempête a privé de courant"], "En 2016"),
        ("Tempête : coupure de courant à Lannion\n\nMise à jour, 22 h : le courant est rétabli dans tout Lannion, selon le distributeur. La panne a touché 5 200 foyers au total.\n\nLe réseau électrique de Lannion est coupé depuis la tempête de dimanche.\n\nLa tempête a privé de courant quelque 7 000 foyers, selon le distributeur.\n\nL'an dernier, quelque 6 000 foyers de Lannion avaient été privés de courant par la neige.",
         ["Le réseau électrique de Lannion", "La tempête a privé de courant"], "L'an dernier"),
        ("Tempête : coupure de courant à Lannion\n\nMise à jour, 22 h : le courant est rétabli dans tout Lannion, selon le distributeur. La panne a touché 5 200 foyers au total.\n\nLe réseau électrique de Lannion est coupé depuis la tempête de dimanche.\n\nLa tempête a privé de courant quelque 7 000 foyers, selon le distributeur.\n\nPrès de 40 foyers de Lannion ont perdu leur toiture dans la tempête, selon les pompiers.",
         ["Le réseau électrique de Lannion", "La tempête a privé de courant"], "Près de 40 foyers"),
        // Negative rows: a correction that tells what the article said ends no state.
        ("Pileup on Mill Road\n\nA van skidded on ice near the school on Monday morning.\n\nCorrection: An earlier version of this story said that Mill Road had reopened. The pileup involved 12 cars, not 15.\n\nThe road remains closed between the school and the river.\n\nThe pileup involved 15 cars, police said.",
         ["The pileup involved 15 cars"], "The road remains closed"),
        ("Carambolage sur la route du Moulin\n\nUne camionnette a glissé sur le verglas près de l'école lundi matin.\n\nRectificatif : contrairement à ce que nous indiquions, la route du Moulin n'a pas rouvert. Le carambolage a impliqué 12 voitures, et non 15.\n\nLa route reste fermée entre l'école et la rivière.\n\nLe carambolage a impliqué 15 voitures, selon les gendarmes.",
         ["Le carambolage a impliqué 15"], "La route reste fermée"),
        // A forecast of the ending in the passive holds its words of ending, yet is no ending: it is settled.
        ("Storm cuts power in Glenwood\n\nA storm cut power to Glenwood on Monday morning.\n\nThe utility expects power to be restored to Glenwood by midnight.\n\nThe library is closed on Sundays.\n\nUpdate, 11 p.m.: Power has been restored across Glenwood, the utility said.",
         ["The utility expects power"], "The library is closed"),
        ("Tempête : Plouha privée de courant\n\nUne tempête a privé Plouha de courant lundi matin.\n\nLe distributeur prévoit que le courant soit rétabli à Plouha vers 22 heures.\n\nLa médiathèque est fermée le dimanche.\n\nMise à jour, 21 h : le courant est rétabli dans tout Plouha, selon le distributeur.",
         ["Le distributeur prévoit"], "La médiathèque est fermée"),
    ])
    func anUpdateEndingAStateSettlesEverySentenceBelowThatStillTellsIt(text: String, settled: [String], untouched: String) {
        Self.expectLinks(text, amended: settled, untouched: [untouched])
    }

    @Test(arguments: [
        // Another figure of the same count is a recount; a year, a past event and a figure tenfold off are not.
        ("Update, 10 p.m.: Power has been restored across Dunmore, the utility said. The outage hit 5,200 homes in all.\n\nThe storm knocked out power to about 7,000 homes, the utility said.", "The storm knocked out", true),
        ("Update, 10 p.m.: Power has been restored across Dunmore, the utility said. The outage hit 5,200 homes in all.\n\nSince 2015, Dunmore homes have lost power in storms at least five times.", "Since 2015", false),
        ("Update, 10 p.m.: Power has been restored across Dunmore, the utility said. The outage hit 5,200 homes in all.\n\nLast year, some 6,000 Dunmore homes lost power in an ice storm.", "Last year", false),
        ("Update, 10 p.m.: Power has been restored across Dunmore, the utility said. The outage hit 5,200 homes in all.\n\nAbout 30 homes in Dunmore lost their roofs in the storm.", "About 30 homes", false),
        ("Mise à jour, 22 h : le courant est rétabli dans tout Lannion. La panne a touché 5 200 foyers au total.\n\nLa tempête a privé de courant quelque 7 000 foyers, selon le distributeur.", "La tempête a privé", true),
        ("Mise à jour, 22 h : le courant est rétabli dans tout Lannion. La panne a touché 5 200 foyers au total.\n\nEn 2016, des milliers de foyers de Lannion avaient déjà perdu le courant.", "En 2016", false),
        ("Mise à jour, 22 h : le courant est rétabli dans tout Lannion. La panne a touché 5 200 foyers au total.\n\nL'an dernier, quelque 6 000 foyers de Lannion avaient été privés de courant.", "L'an dernier", false),
        ("Mise à jour, 22 h : le courant est rétabli dans tout Lannion. La panne a touché 5 200 foyers au total.\n\nPrès de 40 foyers de Lannion ont perdu leur toiture dans la tempête.", "Près de 40 foyers", false),
        // News that ends no state recounts as well: a fire's new size brings the story's first size up to date,
        // wherever the figure stands; what another year or another place counted stays its own.
        ("A brush fire is burning near Cajon Pass.\n\nUpdate: The Brook Fire has grown to 185 acres, the Forest Service said.\n\nThe Brook Fire is 25 acres with a moderate rate of spread.", "The Brook Fire is 25", true),
        ("A brush fire is burning near Cajon Pass.\n\nUpdate: The Brook Fire has grown to 185 acres, the Forest Service said.\n\nLast year, the Bluecut Fire burned 300 acres near Cajon Pass.", "Last year", false),
        ("Un feu de broussailles brûle près du col de la Croix.\n\nMise à jour : le feu a parcouru 185 hectares, selon les pompiers.\n\nLe feu a déjà parcouru 25 hectares de garrigue, selon les pompiers.", "Le feu a déjà parcouru", true),
        ("Un feu de broussailles brûle près du col de la Croix.\n\nMise à jour : le feu a parcouru 185 hectares, selon les pompiers.\n\nL'an dernier, un autre feu avait parcouru 300 hectares près du col.", "L'an dernier", false),
        // News that sets its figure in another year or another place recounts nothing of the story's.
        ("Crews are fighting a brush fire near Cienega Road.\n\nUpdate: Last year, about 55 homes had been ordered to evacuate near Cienega Road.\n\nAbout 40 homes have been ordered to evacuate, the sheriff said.", "About 40 homes", false),
        ("Des pluies diluviennes frappent le Var depuis dimanche.\n\nMise à jour : dans le Gard voisin, au moins 30 personnes sont mortes, selon la préfecture.\n\nAu moins 22 personnes sont mortes dans le Var, selon la préfecture.", "Au moins 22 personnes", false),
        ("Crews are fighting a brush fire near Cienega Road.\n\nUpdate: Last spring, about 300 people were evacuated near Cienega Road.\n\nAbout 120 people have been evacuated, the sheriff said.", "About 120 people", false),
        ("Un feu de forêt brûle près du col de la Croix.\n\nMise à jour : il y a deux ans, le feu du col avait parcouru 900 hectares.\n\nLe feu a déjà parcouru 250 hectares de garrigue, selon les pompiers.", "Le feu a déjà parcouru", false),
        // Another place's count, whoever gives it, is no recount.
        ("Update, 10 p.m.: Power has been restored across Dunmore, the utility said. The outage hit 5,200 homes in all.\n\nIn nearby Carlow, 4,800 homes also lost power, the utility said.", "In nearby Carlow", false),
        ("Mise à jour, 22 h : le courant est rétabli dans tout Lannion, selon Enedis. La panne a touché 5 200 foyers au total.\n\nDans le Trégor voisin, 4 800 foyers ont aussi été coupés, selon Enedis.", "Dans le Trégor voisin", false),
    ])
    func aRecountIsAnotherFigureOfTheSameCount(text: String, claim: String, recounted: Bool) {
        let reading = NoticeReading(text)
        let reasons = Self.reasons(in: reading, forClaimStarting: claim)
        #expect(!reasons.isEmpty, "no candidate")
        #expect(reasons.contains("gives another figure for what the update counts") == recounted, "\(reasons)")
    }

    @Test(arguments: [
        ("Update: Route 9 reopened near the Mill Street bridge after the tanker fire, state police said.\n\nA tanker fire closed Route 9 near the Mill Street bridge on Monday.\n\nThe tanker caught fire near the Mill Street bridge after it hit a guard rail, state police said.",
         "A tanker fire closed Route 9", "The tanker caught fire"),
        ("Mise à jour : la départementale 12 a rouvert près du pont de la Scie après l'incendie du camion-citerne, selon les gendarmes.\n\nUn incendie de camion-citerne a coupé la départementale 12 près du pont de la Scie lundi.\n\nLe camion-citerne a pris feu près du pont de la Scie après avoir heurté la glissière, selon les gendarmes.",
         "Un incendie de camion-citerne", "Le camion-citerne a pris feu"),
        // The update below its story: the sentences above it that tell the state are settled, not the cause.
        ("Route 9 shut after tanker fire\n\nThe tanker caught fire near the Mill Street bridge after it hit a guard rail, state police said.\n\nRoute 9 remains closed between Mill Street and the county road.\n\nUpdate: Route 9 has reopened between Mill Street and the county road.",
         "Route 9 remains closed", "The tanker caught fire"),
        ("La départementale 12 coupée après un incendie\n\nUn camion-citerne a pris feu lundi matin près du pont de la Scie, selon les gendarmes.\n\nLa départementale 12 est fermée entre le pont de la Scie et le bourg.\n\nMise à jour : la départementale 12 a rouvert entre le pont de la Scie et le bourg.",
         "La départementale 12 est fermée", "Un camion-citerne a pris feu"),
    ])
    func anUpdateEndingAStateLeavesTheBackgroundOfItsStory(text: String, opening: String, background: String) {
        Self.expectLinks(text, amended: [opening], untouched: [background])
    }

    @Test(arguments: [
        // "Right now" of a plain current fact: later news on the same subject settles nothing.
        ("Town to light every street with LED lamps by 2030\n\nThe town council unveiled a plan on Monday to fit LED lamps to all its streetlights by 2030.\n\nRight now, about half of the town's streetlights use sodium lamps, the council said.\n\nThe plan would cost about 3 million pounds.\n\nUpdate, Tuesday 2 p.m.: The council said it had signed a contract to buy 800 LED lamps from a Welsh maker.",
         "Right now, about half", false),
        ("La ville veut éclairer toutes ses rues en LED d'ici 2030\n\nLe conseil municipal a présenté lundi un plan pour équiper de LED tous ses lampadaires d'ici 2030.\n\nEn ce moment, environ la moitié des lampadaires de la ville utilisent des lampes au sodium, selon le conseil.\n\nLe plan coûterait environ 3 millions d'euros.\n\nMise à jour mardi 14h : le conseil annonce avoir signé un contrat pour l'achat de 800 lampes LED auprès d'un fabricant breton.",
         "En ce moment, environ", false),
        // A state in progress "right now" (a service down, a line cut) is what a later notice settles.
        ("Ticket site fails on the first day of the sale\n\nThe ticket site is down right now for every customer, the club said.\n\nFans queued for hours before the sale opened.\n\nUpdate, Tuesday 2 p.m.: The club said the ticket site is down until further notice while engineers work on it.",
         "The ticket site is down right now", true),
        ("Le site de billetterie en panne\n\nLa billetterie du club est coupée en ce moment pour tous les supporteurs, selon le club.\n\nDes supporteurs ont attendu des heures avant l'ouverture de la vente.\n\nMise à jour mardi 14h : selon le club, la billetterie du club restera coupée jusqu'à nouvel ordre.",
         "La billetterie du club est coupée", true),
    ])
    func rightNowMarksAStateInProgressNotAPlainFact(text: String, claim: String, amended: Bool) {
        let (_, linked) = Self.link(text)
        #expect(linked.contains { $0.hasPrefix(claim) } == amended, "\(linked)")
    }

    @Test(arguments: [
        ("Update: The principal of Riverside High will meet parents tonight.\n\nOriginal story:\n\nA high school is on lockdown after a threatening phone call this morning.\n\nOfficers searched every classroom while pupils waited inside.",
         "A high school is on lockdown"),
        ("Mise à jour : le préfet tiendra une conférence de presse sur le tunnel à 18 heures.\n\nArticle initial :\n\nLe tunnel de la colline est coupé dans les deux sens après un accident.\n\nUn camion s'est renversé sur la chaussée, selon les pompiers.",
         "Le tunnel de la colline est coupé"),
    ])
    func anUpdateThatEndsNothingDoesNotTakeTheOpeningOfItsStory(text: String, opening: String) {
        let (reading, linked) = Self.link(text)
        #expect(!linked.contains { $0.hasPrefix(opening) }, "\(linked)")
        #expect(!Self.reasons(in: reading, forClaimStarting: opening).contains { $0.hasPrefix("opens the story") })
    }

    @Test(arguments: [
        // Negative rows: an update deep in the body, four paragraphs of report above it, takes no opening below it.
        ("Riverside High lockdown\n\nPupils were kept inside Riverside High on Tuesday.\n\nParents gathered at the gates of Riverside High.\n\nThe police closed the road to Riverside High.\n\nUpdate: The lockdown at Riverside High has been lifted, police said.\n\nRiverside High is on lockdown after a threatening phone call this morning.",
         "Riverside High is on lockdown"),
        ("Le tunnel de la colline\n\nLes automobilistes du tunnel de la colline attendent depuis le matin.\n\nLes pompiers du tunnel de la colline sont sur place.\n\nLa préfecture a dévié la circulation du tunnel de la colline.\n\nMise à jour : le tunnel de la colline a rouvert à la circulation.\n\nLe tunnel de la colline est coupé dans les deux sens depuis 9 heures.",
         "Le tunnel de la colline est coupé"),
    ])
    func anUpdateDeepInTheBodyDoesNotTakeTheOpeningBelowIt(text: String, opening: String) {
        let (reading, linked) = Self.link(text)
        #expect(!linked.contains { $0.hasPrefix(opening) }, "\(linked)")
        #expect(!Self.reasons(in: reading, forClaimStarting: opening).contains { $0.hasPrefix("opens the story") })
    }

    @Test(arguments: [
        "Correction: Weekend Traffic story\n\nThe harbour flooded twice last winter, the port authority said.\n\nRepairs to the sea wall will cost the town 2 million pounds.",
        "Rectificatif : article Bouchons du week-end\n\nLe port a été inondé deux fois l'hiver dernier, selon la capitainerie.\n\nLa réparation de la digue coûtera 2 millions d'euros à la ville.",
    ])
    func aNoticeThatIsOnlyAHeadingDoesNotFallBackOnTheLede(text: String) {
        let (reading, linked) = Self.link(text)
        #expect(reading.notices.count == 1)
        #expect(linked.isEmpty, "\(linked)")
    }

    @Test(arguments: [
        ("Storm closes coastal road (Updated)", true),
        ("[MAJ] La route côtière rouverte", true),
        ("La route côtière rouverte (MàJ)", true),
        ("Software update brings new features to the coastal app", false),
        ("La mairie met à jour la liste des routes fermées", false),
        // The word without its brackets is not the tag.
        ("Update on the coastal road: what we know", false),
        ("MAJ de sécurité : la route côtière reste fermée", false),
    ])
    func headlinesTaggedAsUpdated(_ text: String, _ expected: Bool) {
        let scalars = ScalarText(text)
        #expect(NoticeReferences.hasUpdateTag(scalars, TextRange(0, scalars.count)) == expected)
    }

    @Test(arguments: [
        ("Storm closes the coastal road to Millbay (Updated)\n\nThe coastal road to Millbay is still closed after the storm on Sunday night.\n\nCrews are clearing fallen trees near the harbour.\n\nUpdate: The council says the coastal road to Millbay will reopen on Friday morning.",
         "Storm closes the coastal road", "The coastal road to Millbay is still closed"),
        ("La tempête coupe la route côtière de Millbay (MàJ)\n\nLa route côtière de Millbay est toujours coupée après la tempête de dimanche soir.\n\nLes équipes dégagent les arbres tombés près du port.\n\nMise à jour : la mairie annonce la réouverture de la route côtière de Millbay vendredi matin.",
         "La tempête coupe la route", "La route côtière de Millbay est toujours coupée"),
    ])
    func newsDoesNotAmendAHeadlineTaggedAsUpdated(text: String, headline: String, settled: String) {
        let (_, linked) = Self.link(text)
        #expect(!linked.contains { $0.hasPrefix(headline) }, "\(linked)")
        #expect(linked.contains { $0.hasPrefix(settled) }, "\(linked)")
    }

    @Test(arguments: [
        ("Boil-water notice for Salem\n\ndate 2024-05-14 SALEM, Ore. – UPDATE: The boil-water notice was lifted on Tuesday evening, city officials said.\n\nResidents of Salem are asked to boil their tap water after a main broke on Monday.",
         "date 2024-05-14 SALEM, Ore.", false),
        ("date 2024-03-02 BREST, Finistère. – Mise à jour : la préfecture a levé l'alerte aux crues mardi soir.\n\nLes habitants de Brest doivent rester chez eux en raison des crues de l'Élorn.",
         "date 2024-03-02 BREST, Finistère.", false),
        // Negative rows: a whole sentence before the dash is still what the inline notice follows.
        ("The ferry to Brest will not sail on Tuesday evening. – UPDATE: The ferry to Brest will sail after all.\n\nTickets are refunded at the port.",
         "The ferry to Brest will not sail on Tuesday evening.", true),
        ("Le ferry pour Brest ne partira pas mardi soir. – Mise à jour : le ferry pour Brest partira finalement.\n\nLes billets sont remboursés au port.",
         "Le ferry pour Brest ne partira pas mardi soir.", true),
    ])
    func aDatelineIsNoSentenceAnInlineNoticeFollows(text: String, before: String, follows: Bool) {
        let (reading, _) = Self.link(text)
        #expect(reading.notices.count == 1)
        let reasons = Self.reasons(in: reading, forClaimStarting: before)
        #expect(reasons.contains("follows the claim it amends") == follows, "\(reasons)")
    }

    @Test(arguments: [
        ("Update: Adds comment from the harbour master in paragraph 3.", true),
        ("(Updates with the final count of damaged boats)", true),
        ("Most recent update, May 4 at 8:10 a.m.: Rewrites throughout after the council vote.", true),
        ("(Actualisé avec la réaction du maire)", true),
        ("Mise à jour : ajoute les chiffres de la préfecture.", true),
        // Negative rows: news that tells what happened, and "adds" past the opening.
        ("Update: The harbour master adds that two boats sank overnight.", false),
        ("Update: Adding to the damage, a second storm hit the port on Tuesday.", false),
        ("Mise à jour : avec la réouverture du pont, la circulation a repris.", false),
    ])
    func advisoryLines(_ text: String, _ expected: Bool) {
        let reading = NoticeReading(text)
        #expect(reading.notices.count == 1)
        guard let notice = reading.notices.first?.notice else { return }
        let scalars = reading.analysis.scalars
        let body = UpdateMarker.match(in: scalars, at: notice.range.start, limit: notice.range.end)?.bodyStart ?? notice.range.start
        #expect(NoticeReferences.isAdvisory(scalars, notice: notice.range, body: TextRange(body, notice.range.end)) == expected)
    }

    @Test(arguments: [
        ("The storm sank two fishing boats in the harbour on Monday night, the harbour master said.\n\nThe harbour master is still counting the damaged boats in the harbour.\n\nUpdate: Adds the harbour master's count of damaged boats in the harbour.",
         "Update: The harbour master counted eleven damaged boats in the harbour.",
         "The harbour master is still counting"),
        ("La tempête a coulé deux bateaux de pêche dans le port lundi soir, selon la capitainerie.\n\nLa capitainerie compte toujours les bateaux endommagés dans le port.\n\nMise à jour : ajoute le bilan de la capitainerie sur les bateaux endommagés dans le port.",
         "Mise à jour : la capitainerie a compté onze bateaux endommagés dans le port.",
         "La capitainerie compte toujours"),
    ])
    func anAdvisoryLineAmendsNoClaim(text: String, news: String, settled: String) {
        let (reading, linked) = Self.link(text)
        #expect(reading.notices.count == 1)
        #expect(linked.isEmpty, "\(linked)")
        // The same words as news that tells what happened still settle the count in progress.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let (_, newsLinked) = Self.link((lines.dropLast() + [Substring(news)]).joined(separator: "\n"))
        #expect(newsLinked.contains { $0.hasPrefix(settled) }, "\(newsLinked)")
    }

    /// A time-bound claim is settled through its own words, not through its attribution: the same official speaking
    /// of something else settles nothing.
    @Test(arguments: [
        ("A fire destroyed a warehouse on Dock Street overnight.\n\nThe cause of the fire is still unknown, Fire Chief Dana Costa said.\n\nUPDATE, 4 p.m.: Chief Costa said a firefighter suffered minor burns and was treated at the scene.",
         "The cause of the fire"),
        ("Un entrepôt a brûlé à Vénissieux dans la nuit.\n\nL'origine du sinistre reste inconnue pour l'instant, selon la préfecture du Rhône.\n\nMise à jour 14h : la préfecture du Rhône a levé le confinement des riverains.",
         "L'origine du sinistre"),
    ])
    func aClaimIsNotSettledThroughItsAttribution(text: String, claim: String) {
        let (reading, _) = Self.link(text)
        let reasons = Self.reasons(in: reading, forClaimStarting: claim)
        #expect(!reasons.contains("time-bound claim a later notice settles"), "\(reasons)")
        #expect(!reasons.contains("tells, still in progress, the state the update ends"), "\(reasons)")
    }
}


/// A live log's entry, marked by its hour alone, tells what came next: it amends what it settles, not the story it
/// shares, and the words it quotes are a speaker's of the hour, not the article's.
@Suite struct LiveEntryLinkingTests {
    @Test(arguments: [
        "EN DIRECT. Marie Durand qualifiée pour le second tour\n\nMarie Durand et Paul Martin sont qualifiés pour le second tour de l'élection.\n\n"
            + "La participation est de 77 % environ.\n\n20h44 : « Le second tour sera serré », lance Jean Petit\n\n"
            + "Le candidat battu reconnaît sa défaite et appelle à voter pour Paul Martin.\n\n"
            + "20h40 : Les premiers résultats tombent\n\nLes bureaux ont fermé à 20 heures.\n",
        "Live updates: Marie Durand through to the run-off\n\nMarie Durand and Paul Martin go through to the run-off of the election.\n\n"
            + "Turnout is about 77 percent.\n\n8:44 p.m.: \"The run-off will be close,\" says Jean Petit\n\n"
            + "The defeated candidate concedes and backs Paul Martin.\n\n"
            + "8:40 p.m.: First results come in\n\nPolling stations closed at 8 p.m.\n",
    ])
    func anEntryAmendsNothingItOnlyShares(text: String) {
        let reading = NoticeReading(text)
        #expect(reading.notices.count == 2)
        #expect(reading.notices.first?.links.isEmpty == true, "\(reading.notices.first?.candidates.map(\.reasons) ?? [])")
    }

    @Test(arguments: [
        ("EN DIRECT. Incendie à l'usine de Pontville\n\nUn incendie s'est déclaré dans l'usine de Pontville.\n\n"
            + "La cause de l'incendie reste pour l'instant inconnue.\n\n21h10 : La cause de l'incendie est un court-circuit, selon les pompiers.\n\n"
            + "20h40 : Les pompiers arrivent sur place.\n", "La cause de l'incendie reste"),
        ("Live updates: fire at the Milltown plant\n\nA fire broke out at the Milltown plant.\n\n"
            + "The cause of the fire is not yet known.\n\n9:10 p.m.: The cause of the fire was a short circuit, firefighters say.\n\n"
            + "8:40 p.m.: Firefighters arrive on the scene.\n", "The cause of the fire is not yet known"),
    ])
    func anEntryStillSettlesWhatIsNotYetKnown(text: String, settled: String) {
        let (_, linked) = NoticeLinkingTests.link(text)
        #expect(linked.contains { $0.hasPrefix(settled) }, "\(linked)")
    }
}

/// A correction that names the day, the month, the number in words or the name it replaces ("not Saturday", "et non
/// en juin", "three, not two", "of Cohoes, not Troy") points at the sentence that gave it, as one naming a figure does.
@Suite struct ReplacedWordTests {
    @Test(arguments: [
        ("An inmate escaped from the county jail on Saturday night, the sheriff said.\n\nThe man was serving a sentence for burglary.\n\n"
            + "Correction: The escape happened on Friday night, not Saturday.", "An inmate escaped", "number"),
        ("Le concert de l'orchestre aura lieu en juin sur la place du marché.\n\nL'entrée sera libre.\n\n"
            + "Rectificatif : le concert de l'orchestre aura lieu en juillet et non en juin.", "Le concert de l'orchestre", "number"),
        ("Two people were treated for injuries after the wave hit the pier.\n\nThe harbour wall held.\n\n"
            + "Correction: Three people, not two, were treated for injuries.", "Two people were treated", "number"),
        // A name the notice says was wrong ("…, not Troy", "et non Dupont"), even when the correction names its piece by
        // the subject that holds the sentence's other words.
        ("Linda Harrow, the mayor of Troy, signed an ordinance on Monday on lead pipes.\n\nLandlords' groups said rents "
            + "would rise.\n\nCorrection: An article on Tuesday about Mayor Linda Harrow's lead pipe ordinance misidentified "
            + "the city she leads. She is the mayor of Cohoes, not Troy.", "Linda Harrow, the mayor of Troy", "name"),
        ("Le musée a nommé lundi Paul Dupont à sa direction.\n\nIl prendra ses fonctions en mars.\n\n"
            + "Rectificatif : le nouveau directeur du musée s'appelle Paul Durand, et non Dupont.", "Le musée a nommé", "name"),
    ])
    func aWordTheNoticeReplacesPointsAtItsSentence(text: String, claim: String, kind: String) {
        let reading = NoticeReading(text)
        let candidate = reading.notices.first?.candidates.first { reading.analysis.claims[$0.claimIndex].text.hasPrefix(claim) }
        #expect(candidate?.reasons.contains("holds a \(kind) the notice replaces") == true, "\(candidate?.reasons ?? [])")
        #expect((candidate?.score ?? 0) >= UpdateLinker.threshold)
    }

    @Test(arguments: [
        // Negative: "not" before a word that is no day, month or number; "may" the verb; a cue with no word of the claim.
        "Not one of the players was hurt.\n\nCorrection: The match was played, not postponed.",
        "The council may vote on the budget in June.\n\nCorrection: The council may not vote before July.",
        // A capital after "Not" opening a sentence, after "not" with no comma, or a pronoun after the cue: no name.
        "Not everyone at the Daily Planet was told.\n\nUpdate: Not Everyone Agrees, the board said.",
        "The tour stops in Leeds on Friday.\n\nCorrection: The tour does not Leeds stop, the promoter said.",
        "The award went to the Westfield team.\n\nCorrection: The award went to the Eastfield team, and not Their rivals.",
        // A name a claim holds as part of another's, sharing nothing else; a name only in a claim of its own words; a
        // choice told with "rather than" (the twenty-fifth session's review).
        "A storm cut power to 30,000 homes on Friday.\n\nLindqvist Bakery on Oak Avenue handed out free coffee to "
            + "linemen.\n\nCorrection: The utility's spokeswoman is Mary Okafor, not Lindqvist.",
        "The parade will return downtown this year.\n\nShops on Elm Street will stay open late.\n\nCorrection: The "
            + "parade will go down Main Street, not Elm Street, because of roadworks.",
        "The council will pick a builder for the new library in May.\n\nBellweather Builders built the old library in "
            + "1971.\n\nUpdate: The council voted Monday to hire Harper Construction rather than Bellweather Builders.",
    ])
    func otherWordsAreNotReplaced(text: String) {
        let reading = NoticeReading(text)
        let replaces = ["holds a number the notice replaces", "holds a name the notice replaces"]
        #expect(!(reading.notices.first?.candidates.contains { $0.reasons.contains(where: replaces.contains) } ?? false))
    }
}

/// A notice inline after a sentence of the story, or closing a short article, follows that story, however few claims
/// stand above it: what it ends is told above it ("on strike since Monday" above "(Update: The strike ended Thursday
/// night …)").
@Suite struct InlineEndingTests {
    @Test(arguments: [
        ("Garbage strike enters fourth day\n\nSanitation workers in Westford have been on strike since Monday, the union said. "
            + "Trash is piling up on sidewalks. (Update: The strike ended Thursday night after workers accepted a new contract.)\n\n"
            + "More than 2,000 tons of trash have gone uncollected, city officials said.", "Sanitation workers in Westford"),
        ("Grève des éboueurs : quatrième jour\n\nLes éboueurs de la métropole sont en grève depuis lundi, selon le syndicat. "
            + "Les poubelles s'accumulent. (Mise à jour : la grève a été levée jeudi soir après un accord.)\n\n"
            + "Plus de 2 000 tonnes de déchets n'ont pas été ramassées.", "Les éboueurs de la métropole"),
        // An update closing a short article, no claim of the story below it: two paragraphs above are its story too.
        ("Garbage strike enters fourth day\n\nSanitation workers in Westford have been on strike since Monday, the union said.\n\n"
            + "Trash is piling up on sidewalks.\n\nUpdate: The strike ended Thursday night after workers accepted a new contract. "
            + "More than 2,000 tons of trash had gone uncollected, city officials said.", "Sanitation workers in Westford"),
    ])
    func anInlineUpdateSettlesTheStateAboveIt(text: String, settled: String) {
        let (_, linked) = NoticeLinkingTests.link(text)
        #expect(linked.contains { $0.hasPrefix(settled) }, "\(linked)")
    }
}

/// An addition amends the page's headline only by what it settles, restates, ends or replaces: the headline is
/// written as the page titles the story now, and an update that only shares its words adds to the story.
@Suite struct HeadlineLinkingTests {
    @Test(arguments: [
        // Shares the headline's words, settles nothing in it: not linked.
        ("Pioneer High School students evacuated after bomb threat\n\nUPDATE: Pioneer High School students were allowed back into the building at noon after the bomb threat, police said.\n\n"
            + "Students at Pioneer High School were evacuated on Thursday morning after a bomb threat was phoned in.\n\nPolice searched the campus with dogs.",
         "Pioneer High School students evacuated after bomb threat", false),
        ("Les élèves du lycée Pasteur évacués après une alerte à la bombe\n\nMISE À JOUR : les élèves du lycée Pasteur ont regagné leurs classes à midi après l'alerte à la bombe, selon la police.\n\n"
            + "Les élèves du lycée Pasteur ont été évacués jeudi matin après une alerte à la bombe.\n\nLa police a fouillé l'établissement avec des chiens.",
         "Les élèves du lycée Pasteur évacués après une alerte à la bombe", false),
        // A headline still telling a state the update ends: linked.
        ("Search continues for missing hiker near Cascade Lake\n\nUPDATE: The missing hiker has been found safe near Cascade Lake, the sheriff's office said.\n\n"
            + "Rescuers searched overnight for a hiker who did not return from a trail near Cascade Lake.\n\nHis car was found at the trailhead.",
         "Search continues for missing hiker near Cascade Lake", true),
    ] as [(String, String, Bool)])
    func anAdditionAmendsTheHeadlineOnlyByWhatItSettles(_ text: String, _ headline: String, _ linked: Bool) {
        let (_, links) = NoticeLinkingTests.link(text)
        #expect(links.contains(headline) == linked, "\(links)")
    }
}

/// A stamp closing the report says when it changed, not what: it suggests no claim, not even the sentence it is glued
/// to.
@Suite struct ClosingStampLinkTests {
    @Test(arguments: [
        "Coupure de courant en Guyane\n\nUne coupure a privé le littoral d'électricité mardi matin.\n\n"
            + "EDF attribue la panne à un équipement de la centrale. (Article mis à jour à 14h30)\n",
        "Quake felt across the province\n\nA tremor of magnitude 3.6 was recorded early Thursday.\n\n"
            + "No damage was reported, officials said. Story updated on 2021/02/18 at 11:40\n",
    ])
    func aClosingStampSuggestsNoClaim(text: String) {
        let reading = NoticeReading(text)
        #expect(reading.notices.count == 1)
        #expect(reading.notices.first?.candidates.isEmpty == true, "\(reading.notices.first?.candidates.map(\.claimIndex) ?? [])")
    }
}

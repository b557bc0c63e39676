@testable import FactCheckCore
import Testing

/// A marker inside another party's post that the page quotes is not the page's notice: an embedded post keeps its
/// signature ("— Name (@account) date"), and a quotation opened above and closed at the marker's paragraph's end
/// holds the marker. French and English, with rows where the page's own notice must stay one.
@Suite struct QuotedPostTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        /// The markers of the notices the page must give (none when every marker is quoted).
        var markers: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "en: an embedded post's update, its signature on the same line", text: """
            The league denied the trade report on Monday night.

            The network also cast doubt on it:

            UPDATE: A club source says there is nothing to the story. — Sports Wire (@sportswire) March 4, 2019

            The report first ran in a tabloid on Sunday morning.
            """, markers: []),
        Case(name: "fr: la mise à jour d'un message cité, sa signature sur la ligne suivante", text: """
            Le club a démenti l'information dès lundi soir. Un compte spécialisé l'a relayé ainsi :

            MISE À JOUR : selon une source interne, le joueur ne quittera pas le club cet hiver.
            — Le Vestiaire (@levestiaire_fr) 4 mars 2019

            L'information avait d'abord été publiée par un quotidien dimanche matin.
            """, markers: []),
        Case(name: "en: an embedded post that is its own update, signed at its end, nothing introducing it", text: """
            Organizers say the festival will go on as Tropical Storm Nate moves through the Gulf.

            BREAKING UPDATE: Organizers announce the festival WILL continue as scheduled. @radio pic.twitter.com/AbC123 — Sam Reporter (@samreports) October 6, 2017

            The storm is expected to reach the coast on Sunday.
            """, markers: []),
        Case(name: "fr: un message cité qui est sa propre mise à jour, signé à sa fin, sans introduction", text: """
            Les organisateurs assurent que le festival aura lieu malgré la tempête.

            MISE À JOUR : le festival est MAINTENU ce week-end, annoncent les organisateurs. #Nantes pic.twitter.com/AbC123 — Radio Locale (@radiolocale) 6 octobre 2017

            La tempête doit toucher la côte dimanche.
            """, markers: []),
        Case(name: "en: the page's own update that reports a post after a colon stays a notice", text: """
            The highway was closed for most of the day after a rockslide.

            Update: The highway has reopened, the state said: All lanes are open again. — State Roads (@stateroads) March 4, 2019

            Crews will keep watching the slope overnight.
            """, markers: ["Update"]),
        Case(name: "fr: la mise à jour de la page qui cite un message entre guillemets reste une notice", text: """
            L'autoroute a été fermée une grande partie de la journée après un éboulement.

            Mise à jour : l'autoroute a rouvert, annonce la préfecture, « toutes les voies sont rouvertes ». — Préfet de la Drôme (@prefet26) 4 mars 2019

            Les équipes surveilleront la pente cette nuit.
            """, markers: ["Mise à jour"]),
        Case(name: "fr: un message cité qui nomme un lieu à trait d'union reste un message cité", text: """
            L'autoroute A7 a été fermée dans la nuit après un accident.

            Mise à jour : réouverture à Pont-Audemer. #A7 pic.twitter.com/Zt9Kp2 — Bison Futé (@bison_fute) 6 octobre 2017

            Les automobilistes doivent s'attendre à des ralentissements.
            """, markers: []),
        Case(name: "en: the page's own untimed update ending with a post's signature, with no mark of a post, stays a notice", text: """
            Route 17 was closed on Monday morning after a crash near exit 4.

            Update: the road is open again — State Police (@statepolice) March 4, 2019

            Drivers should expect delays.
            """, markers: ["Update"]),
        Case(name: "en: the page's own update that says it reports a post stays a notice", text: """
            A shelter-in-place order was issued for the Riverside area on Monday.

            UPDATE: State police said in a post on Monday evening that the order has been lifted. pic.twitter.com/AbC123 — State Police (@statepolice) March 4, 2019

            Residents may return home.
            """, markers: ["UPDATE"]),
        Case(name: "fr: la mise à jour de la page qui dit rapporter un message reste une notice", text: """
            Un ordre de confinement a été donné lundi pour le quartier de la gare.

            MISE À JOUR : la préfecture indique sur son compte que le confinement est levé. pic.twitter.com/AbC123 — Préfet du Rhône (@prefetrhone) 4 mars 2019

            Les habitants peuvent sortir.
            """, markers: ["MISE À JOUR"]),
        Case(name: "en: a correction quoted in quotation marks opened on the date line above", text: """
            A reader sent us this from the morning paper.

            "March 3, 2015
            Correction: Because of an editing error, a story on Monday gave the wrong date for the vote. It is on Thursday."

            I had read the story twice without noticing.
            """, markers: []),
        Case(name: "fr: un rectificatif cité entre guillemets ouverts au-dessus", text: """
            Un lecteur nous a transmis ce texte du quotidien régional.

            « Le 3 mars 2015
            Rectificatif : à la suite d'une erreur, notre article de lundi donnait une mauvaise date pour le vote. Il a lieu jeudi. »

            Nous avions lu l'article deux fois sans rien remarquer.
            """, markers: []),
        Case(name: "fr: une mise à jour dans un communiqué cité après deux-points, fermé à sa fin", text: """
            Le club a démenti lundi tout accord avec l'entraîneur.

            Dans un communiqué, le club écrit : « Nous n'avons eu aucun contact avec l'entraîneur.

            Mise à jour : aucune discussion n'est en cours avec un autre technicien. »

            L'entraîneur actuel est sous contrat jusqu'en 2026.
            """, markers: []),
        Case(name: "en: an update inside a statement quoted after a colon, closed at its end", text: """
            The club denied on Monday any deal with the coach.

            In a statement, the club wrote: "We have had no contact with the coach.

            Update: No talks are under way with anyone else."

            The current coach is under contract until 2026.
            """, markers: []),
        Case(name: "en: the page's own update after a paragraph that leaves a quotation open stays a notice", text: """
            "We will not close the pool this summer," the mayor said, "whatever the council decides.

            Update: The council voted on Tuesday to keep the pool open until September.

            Swimmers had protested outside the town hall.
            """, markers: ["Update"]),
        Case(name: "fr: la mise à jour de la page après une citation non fermée reste une notice", text: """
            « Nous ne fermerons pas la piscine cet été, a déclaré le maire, quelle que soit la décision du conseil.

            Mise à jour : le conseil a voté mardi le maintien de la piscine jusqu'en septembre.

            Les nageurs avaient manifesté devant la mairie.
            """, markers: ["Mise à jour"]),
        Case(name: "en: the page's own timed update that ends with the post it reports stays a notice", text: """
            The highway was closed for most of the day after a rockslide.

            UPDATE, 7:45 p.m.: The highway has reopened, the state said on X: "All lanes are open again." — State Roads (@stateroads) March 4, 2019

            Crews will keep watching the slope overnight.
            """, markers: ["UPDATE, 7:45 p.m."]),
        Case(name: "fr: la mise à jour datée de la page qui cite un message signé dessous reste une notice", text: """
            L'autoroute a été fermée une grande partie de la journée après un éboulement.

            Mise à jour 19h : l'autoroute a rouvert, annonce la préfecture : « Toutes les voies sont rouvertes. »
            — Préfet de la Drôme (@prefet26) 4 mars 2019

            Les équipes surveilleront la pente cette nuit.
            """, markers: ["Mise à jour 19h"]),
        Case(name: "en: an inch mark above leaves no quotation open", text: """
            Hail of up to 2" fell on the east side on Monday afternoon.

            Update, 9 p.m.: Forecasters now call the storm a "derecho," with gusts of 80 mph."

            Schools will open two hours late.
            """, markers: ["Update, 9 p.m."]),
        Case(name: "en: the page's own update that names an account is no embedded post", text: """
            The airline cancelled forty flights on Friday.

            Update: The airline said on its account (@skyway) that flights resume on Saturday morning.

            Passengers were told to check their booking online.
            """, markers: ["Update"]),
        Case(name: "fr: une mise à jour qui cite un message daté sans signature reste une notice", text: """
            La compagnie a annulé quarante vols vendredi.

            Mise à jour : la compagnie annonce sur son compte que les vols reprennent samedi, 4 mars 2019.

            Les passagers sont invités à consulter leur réservation en ligne.
            """, markers: ["Mise à jour"]),
        // An agency's post whose text shows no mention, hashtag or photo, but a tag in capitals or a link: the post's.
        // The agency's name in the signature may hold a label ("Corrections"): a name, not a notice either.
        Case(name: "en: an agency's post headed by a tag in capitals, signed on its line", text: """
            An inmate escaped from the county prison early Monday.

            UPDATE: ESCAPE APPREHENSION: Inmate John Doe was apprehended. — State Dept. Corrections (@StateDOC) July 23, 2018

            He was serving five years for burglary.
            """, markers: []),
        Case(name: "fr: le message d'un centre de recherche, un lien dans son texte, signé sur sa ligne", text: """
            Un homme porté disparu depuis huit ans a été retrouvé samedi au Texas.

            Update: After 8 long years, Rudy has been located safe. https://t.co/AbC123 — Centre des disparus (@CentreDisparus) 2 juillet 2023

            Il avait disparu en 2015 après avoir promené ses chiens.
            """, markers: []),
        Case(name: "en: a post with a link and a clock in its text is the post's", text: """
            The Route 35 bridge was closed for repairs on Thursday.

            UPDATE: Route 35 bridge is open as of 6:45 p.m. https://t.co/Bq4Rt7 — State DOT (@StateDOT_info) May 9, 2019

            Crews will return next week.
            """, markers: []),
        Case(name: "fr: un message avec un lien et une heure dans son texte est du message", text: """
            Le pont de la route 35 était fermé jeudi pour travaux.

            MISE À JOUR : le pont est rouvert depuis 18:45. https://t.co/Bq4Rt7 — DIR Ouest (@DIR_Ouest) 9 mai 2019

            Les équipes reviendront la semaine prochaine.
            """, markers: []),
        Case(name: "en: the page's own update with a tag in capitals that reports a post stays a notice", text: """
            Route 17 was closed on Monday morning after a crash near exit 4.

            UPDATE: REOPENED: State police said the road is open again. — State Police (@statepolice) March 4, 2019

            Drivers should expect delays.
            """, markers: ["UPDATE"]),
        // A post embedded in the page's own timed entry: the entry's, read with it; the page's entries stay whole.
        Case(name: "en: an untimed post signed inside the page's timed entry is the entry's", text: """
            Updated at 8:15 a.m.:
            Both lanes of traffic are open again, according to State Police.
            A crash on Tuesday morning shut both lanes while crews cleared the scene.
            Update: The crash has been cleared, both lanes are now open.— State Police (@StatePolice) January 8, 2019
            Updated at 7:30 a.m.:
            The left lane is open and the right lane is blocked.
            Original story at 7:10 a.m.:
            A crash has closed the westbound lanes.
            """, markers: ["Updated at 8:15 a.m.", "Updated at 7:30 a.m."]),
        Case(name: "fr: un message non daté signé dans l'entrée datée de la page est de l'entrée", text: """
            Mise à jour à 8 h 15 :
            Les deux voies sont de nouveau ouvertes, selon la gendarmerie.
            Un accident avait coupé la route mardi matin.
            Mise à jour : l'accident est dégagé, les deux voies sont rouvertes.— Gendarmerie du Nord (@Gendarmerie59) 8 janvier 2019
            Mise à jour à 7 h 30 :
            La voie de gauche est ouverte, celle de droite bloquée.
            Article initial, 7 h 10 :
            Un accident a coupé les voies en direction de Lille.
            """, markers: ["Mise à jour à 8 h 15", "Mise à jour à 7 h 30"]),
        Case(name: "en: a timed post with its link under the page's timed entry, the page's text below it, is the entry's", text: """
            Shots were reported at the base on Thursday.
            Update 1:40 p.m. EDT Aug. 2: Officials with the university said in a tweet that the incident was contained.
            Update at 1:33 p.m. -- We have been told the incident has been contained. https://t.co/DfW1 — State University (@stateu) August 2, 2018
            Police did not immediately confirm the situation was contained.
            Original report: The base said responders were on their way.
            """, markers: ["Update 1:40 p.m. EDT Aug. 2"]),
        Case(name: "fr: la mise à jour datée de la page sans message signé sous une autre reste une notice", text: """
            Mise à jour à 8 h 15 :
            Les deux voies sont de nouveau ouvertes, selon la gendarmerie.
            Mise à jour : l'accident est dégagé, les deux voies sont rouvertes.

            Article initial : un accident a coupé les voies en direction de Lille.
            """, markers: ["Mise à jour à 8 h 15", "Mise à jour"]),
    ]

    /// The post embedded in the page's timed entry is read with that entry, not as the report's claims.
    @Test func aPostInsideAnEntryIsTheEntrys() {
        let analysis = ArticleReader.analyze(Self.cases.first { $0.name.hasPrefix("en: an untimed post signed inside") }!.text)
        #expect(analysis.notices.first?.text.contains("The crash has been cleared") == true)
        #expect(!analysis.claims.contains { $0.text.contains("crash has been cleared") })
    }

    @Test(arguments: cases)
    func quotedMarkers(_ c: Case) {
        let analysis = ArticleReader.analyze(c.text)
        #expect(analysis.notices.map(\.marker) == c.markers)
    }
}

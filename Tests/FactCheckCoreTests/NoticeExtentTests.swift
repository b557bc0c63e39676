import FactCheckCore
import Testing

/// Where a notice starts and ends, one rule per case, French and English: the marker alone on its line, several
/// paragraphs up to a separator or a dateline, bracketed and parenthesised markers, time stamps that are not notices.
@Suite struct NoticeExtentTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        /// Each notice's whole text, marker included, white space folded.
        var notices: [String]
        /// Sentences that must be claims (the article resuming after the notice).
        var claims: [String] = []
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "en: marker alone on its line takes the line below", text: """
            The council voted to close the pool.

            UPDATE, MAY 4 (3:35 p.m.):
            The council now says the pool will stay open until June.

            Swimmers had protested on Monday outside the town hall.

            The pool was built in 1968 and renovated twice.

            It welcomes some 40,000 swimmers a year.

            Its roof was replaced in 2015.
            """, notices: ["UPDATE, MAY 4 (3:35 p.m.): The council now says the pool will stay open until June."],
            claims: ["Swimmers had protested on Monday outside the town hall."]),
        Case(name: "fr: marqueur seul sur sa ligne, corps dessous", text: """
            Le conseil a voté la fermeture de la piscine.

            Mise à jour :
            Le conseil indique désormais que la piscine restera ouverte jusqu'en juin.

            Les nageurs avaient manifesté lundi devant la mairie.

            La piscine a été construite en 1968 et rénovée deux fois.

            Elle accueille quelque 40 000 nageurs par an.

            Son toit a été refait en 2015.
            """, notices: ["Mise à jour : Le conseil indique désormais que la piscine restera ouverte jusqu'en juin."],
            claims: ["Les nageurs avaient manifesté lundi devant la mairie."]),
        Case(name: "fr: plusieurs paragraphes jusqu'à « Article initial : »", text: """
            Mise à jour (16:52) : la rédaction nous a contactés pour démentir notre information.

            Elle tient à réaffirmer qu'elle assume pleinement ses articles.

            Article initial :

            Par deux fois, le journal a annoncé des dates de sortie qui se sont avérées fausses.
            """, notices: ["Mise à jour (16:52) : la rédaction nous a contactés pour démentir notre information. Elle tient à réaffirmer qu'elle assume pleinement ses articles."],
            claims: ["Par deux fois, le journal a annoncé des dates de sortie qui se sont avérées fausses."]),
        Case(name: "en: several paragraphs up to a rule of dashes", text: """
            Update: Police now say the suspect was not shot.

            A spokesman said officers never fired their weapons.

            -----

            A television crew said it saw an officer shoot a man who was running away.
            """, notices: ["Update: Police now say the suspect was not shot. A spokesman said officers never fired their weapons."],
            claims: ["A television crew said it saw an officer shoot a man who was running away."]),
        Case(name: "en: a lone marker after a dateline's dash runs to \"Original story:\"", text: """
            CAPE ELIZABETH, Maine — Update (8:10 p.m.):

            Police reported on Friday evening the girl was found safe.

            Posted by the Police Department on Friday, November 11, 2022

            Original story:

            Police are searching for a missing teen who was last seen on Friday afternoon.
            """, notices: ["Update (8:10 p.m.): Police reported on Friday evening the girl was found safe. Posted by the Police Department on Friday, November 11, 2022"],
            claims: ["Police are searching for a missing teen who was last seen on Friday afternoon."]),
        Case(name: "fr: un marqueur seul en fin d'article prend les paragraphes qui suivent", text: """
            La préfecture a fermé la route nationale pour la nuit.

            MISE A JOUR :

            La route a rouvert à six heures ce matin.

            Les camions restent interdits jusqu'à midi.
            """, notices: ["MISE A JOUR : La route a rouvert à six heures ce matin. Les camions restent interdits jusqu'à midi."]),
        Case(name: "fr: une note entre parenthèses, puis la dépêche dans le même paragraphe", text: """
            (Actualisé avec déclarations supplémentaires) WASHINGTON, 11 août (Reuters) - Le président a été escorté hors de la salle de presse.
            """, notices: ["(Actualisé avec déclarations supplémentaires)"],
            claims: ["WASHINGTON, 11 août (Reuters) - Le président a été escorté hors de la salle de presse."]),
        Case(name: "en: a wire revision note alone in parentheses", text: """
            (Updates with police statement, adds quotes)

            LONDON (Reuters) - Police said on Tuesday they had arrested two men after the fire.
            """, notices: ["(Updates with police statement, adds quotes)"],
            claims: ["LONDON (Reuters) - Police said on Tuesday they had arrested two men after the fire."]),
        Case(name: "fr: marqueur entre crochets au milieu d'une ligne", text: """
            Publié en mai [Mise à jour] Le constructeur déclare qu'il s'agissait d'une erreur de sa part.

            La console sortira à la fin de l'année selon nos informations.
            """, notices: ["[Mise à jour] Le constructeur déclare qu'il s'agissait d'une erreur de sa part."],
            claims: ["La console sortira à la fin de l'année selon nos informations."]),
        Case(name: "fr: [MAJ à 17h] en début de paragraphe", text: """
            La gendarmerie lance un appel à témoins.

            [MAJ à 17h] L'appel a eu plus de succès que prévu.
            """, notices: ["[MAJ à 17h] L'appel a eu plus de succès que prévu."],
            claims: ["La gendarmerie lance un appel à témoins."]),
        Case(name: "fr: « Mis à jour le … » entre crochets est une notice", text: """
            La joggeuse disparue lundi en Mayenne est toujours recherchée.

            [Mis à jour le 9 novembre 2021 à 21h32] Elle a été retrouvée en vie mardi soir.
            """, notices: ["[Mis à jour le 9 novembre 2021 à 21h32] Elle a été retrouvée en vie mardi soir."],
            claims: ["La joggeuse disparue lundi en Mayenne est toujours recherchée."]),
        Case(name: "fr: « NB : » est une note de la rédaction", text: """
            Le quatorzième magasin ouvrirait à l'est de Paris selon nos sources.

            NB : un lecteur suggère un autre centre commercial, lui aussi à l'est de Paris.
            """, notices: ["NB : un lecteur suggère un autre centre commercial, lui aussi à l'est de Paris."]),
        Case(name: "fr: deux espaces à la place des deux-points", text: """
            Mise à jour  au moment de publier, on apprend que ce n'était qu'un bug.

            Apple signe à nouveau iOS 10 sur ses serveurs depuis quelques heures.
            """, notices: ["Mise à jour au moment de publier, on apprend que ce n'était qu'un bug."],
            claims: ["Apple signe à nouveau iOS 10 sur ses serveurs depuis quelques heures."]),
        Case(name: "en: a dateline stops a notice that a separator follows too late", text: """
            Update: The company said the plant will remain open.

            WASHINGTON (AP) — The company announced on Monday that it would close its plant in Ohio.

            Workers were told in a meeting on Monday morning.

            -----
            """, notices: ["Update: The company said the plant will remain open."],
            claims: ["WASHINGTON (AP) — The company announced on Monday that it would close its plant in Ohio."]),
        Case(name: "en: a notice wholly in square brackets is what they hold", text: """
            Senator Voted The Wrong Way On The Surveillance Bill [UPDATE: Or Not]

            The bill failed by two votes on Tuesday night.
            """, notices: ["UPDATE: Or Not"], claims: ["The bill failed by two votes on Tuesday night."]),
        Case(name: "en: a marker between emphasis stars", text: """
            The race was still too close to call at midnight.

            *UPDATE*: The agency has now called the race for the senator.
            """, notices: ["*UPDATE*: The agency has now called the race for the senator."],
            claims: ["The race was still too close to call at midnight."]),
        Case(name: "en: a notice that announces a statement with a colon takes it", text: """
            The plant will close in March, the union said.

            Update: The company sent the following statement:

            "We have no plan to close the plant and we will keep every job."

            About 300 people work at the plant, which opened in 1974.
            """, notices: ["Update: The company sent the following statement: \"We have no plan to close the plant and we will keep every job.\""],
            claims: ["About 300 people work at the plant, which opened in 1974."]),
        Case(name: "fr: une notice qui annonce un communiqué par deux-points le prend", text: """
            L'usine fermera en mars, selon le syndicat.

            Mise à jour : la direction nous a adressé ce communiqué :

            « Nous n'avons aucun projet de fermeture et tous les emplois seront maintenus. »

            Quelque 300 personnes travaillent dans l'usine, ouverte en 1974.
            """, notices: ["Mise à jour : la direction nous a adressé ce communiqué : « Nous n'avons aucun projet de fermeture et tous les emplois seront maintenus. »"],
            claims: ["Quelque 300 personnes travaillent dans l'usine, ouverte en 1974."]),
        Case(name: "en: the lines of a table the notice announces are its own", text: """
            The race was still too close to call at midnight.

            UPDATE: The agency has now called the race. The count as of 11:15 p.m.:

            Smith: 50.8% (184,310 votes)

            Jones: 49.2% (178,642 votes)

            Turnout was the highest in twenty years, the county clerk said.
            """, notices: ["UPDATE: The agency has now called the race. The count as of 11:15 p.m.: Smith: 50.8% (184,310 votes) Jones: 49.2% (178,642 votes)"],
            claims: ["Turnout was the highest in twenty years, the county clerk said."]),
        Case(name: "fr: les lignes d'une liste annoncée par la notice sont à elle", text: """
            Le dépouillement se poursuivait à minuit dans la circonscription.

            Mise à jour : les résultats définitifs sont tombés :

            Mme Martin : 50,8 %

            M. Durand : 49,2 %

            La participation a atteint son plus haut niveau depuis vingt ans.
            """, notices: ["Mise à jour : les résultats définitifs sont tombés : Mme Martin : 50,8 % M. Durand : 49,2 %"],
            claims: ["La participation a atteint son plus haut niveau depuis vingt ans."]),
        Case(name: "en: a sentence that is a notice by itself is one paragraph", text: """
            This story has been updated to include the company's statement.

            The plant will close in March, the union said on Monday.
            """, notices: ["This story has been updated to include the company's statement."],
            claims: ["The plant will close in March, the union said on Monday."]),
        Case(name: "fr: une phrase qui est une notice à elle seule", text: """
            L'usine fermera en mars, selon le syndicat.

            Une précédente version de cet article indiquait par erreur une fermeture en février.
            """, notices: ["Une précédente version de cet article indiquait par erreur une fermeture en février."],
            claims: ["L'usine fermera en mars, selon le syndicat."]),
        Case(name: "en: a notice wholly in parentheses is what they hold", text: """
            The plant will close in March, the union said.

            (Update: The company now says the plant will stay open until June.)

            About 300 people work at the plant, which opened in 1974.
            """, notices: ["Update: The company now says the plant will stay open until June."],
            claims: ["About 300 people work at the plant, which opened in 1974."]),
        Case(name: "fr: une phrase-notice entre parenthèses", text: """
            L'usine fermera en mars, selon le syndicat.

            (Cet article a été mis à jour avec la réponse de la direction.)

            Quelque 300 personnes travaillent dans l'usine, ouverte en 1974.
            """, notices: ["Cet article a été mis à jour avec la réponse de la direction."],
            claims: ["Quelque 300 personnes travaillent dans l'usine, ouverte en 1974."]),
        Case(name: "en: a marker in underscores for italics", text: """
            The plant will close in March, the union said.

            _Update: The company now says the plant will stay open until June._
            """, notices: ["_Update: The company now says the plant will stay open until June._"],
            claims: ["The plant will close in March, the union said."]),
        Case(name: "en: a marker followed by a time stamp is not a notice", text: """
            Updated: 2012-11-27 04:03

            The search company said the press release was a fake.
            """, notices: [], claims: ["The search company said the press release was a fake."]),
        Case(name: "en: prose in brackets is not a notice", text: """
            I added a number of inline [edit] tags to mark the weaker passages of this post.
            """, notices: [], claims: ["I added a number of inline [edit] tags to mark the weaker passages of this post."]),
        Case(name: "fr: un marqueur seul sans rien après ne donne pas de notice vide", text: """
            Le maire a démissionné hier soir après le vote du budget.

            MISE A JOUR :
            """, notices: [], claims: ["Le maire a démissionné hier soir après le vote du budget."]),
    ]

    @Test(arguments: cases)
    func extent(_ c: Case) {
        let analysis = ArticleReader.analyze(c.text)
        let texts = analysis.notices.map { Self.fold(String(String.UnicodeScalarView(analysis.scalars[$0.range.start..<$0.range.end]))) }
        #expect(texts == c.notices.map(Self.fold))
        for notice in analysis.notices {
            #expect(!notice.text.isEmpty)
            for claim in analysis.claims {
                for occurrence in claim.occurrences {
                    #expect(!(occurrence.start >= notice.range.start && occurrence.start < notice.range.end), "claim inside a notice: \(claim.text)")
                }
            }
        }
        let claims = Set(analysis.claims.map(\.text))
        for claim in c.claims { #expect(claims.contains(claim), "missing claim \(claim)") }
    }

    static func fold(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }
}

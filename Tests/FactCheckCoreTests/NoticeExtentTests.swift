@testable import FactCheckCore
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
        /// Sentences that must not be claims: a stamp, a separator's label, the page's furniture.
        var absent: [String] = []
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
        Case(name: "en: \"Earlier reports:\" closes a top update, and an update kept under it stays the first version's", text: """
            UPDATE: 4:10 p.m.

            The ferry has resumed its crossings and the backlog of cars is clearing.

            Earlier reports:

            The ferry to the island is suspended after a fault in its steering gear.

            UPDATE: The operator is sending a relief vessel from the mainland.

            Dozens of cars were queuing at the terminal by midday.

            Drivers were told to expect long delays.
            """, notices: [
                "UPDATE: 4:10 p.m. The ferry has resumed its crossings and the backlog of cars is clearing.",
                "UPDATE: The operator is sending a relief vessel from the mainland.",
            ], claims: ["The ferry to the island is suspended after a fault in its steering gear.",
                        "Dozens of cars were queuing at the terminal by midday.", "Drivers were told to expect long delays."],
            absent: ["Earlier reports:"]),
        Case(name: "en: \"Previous release:\" closes a top update of a sheriff's release, and the update kept under it is the first version's", text: """
            UPDATE

            The dog was found safe on Tuesday and has been returned to its owner.

            Previous release:

            Animal control is looking for a dog that bit a child on Monday.

            UPDATE: The child was treated at the hospital and released.

            Anyone who sees the dog should call the sheriff's office.
            """, notices: [
                "UPDATE The dog was found safe on Tuesday and has been returned to its owner.",
                "UPDATE: The child was treated at the hospital and released.",
            ], claims: ["Animal control is looking for a dog that bit a child on Monday.",
                        "Anyone who sees the dog should call the sheriff's office."],
            absent: ["Previous release:"]),
        Case(name: "en: \"Previous release:\" before a title in a review's fact box closes nothing", text: """
            Update: The band said Monday that the vinyl edition is delayed until October.

            Label: Driftwood Records

            Previous release: "Northern Lights" (2021)

            The album opens with a slow ballad.
            """, notices: ["Update: The band said Monday that the vinyl edition is delayed until October."],
            claims: ["The album opens with a slow ballad."]),
        Case(name: "fr: « Communiqué précédent : » clôt la mise à jour d'un communiqué", text: """
            MISE À JOUR

            Le chien a été retrouvé mardi et rendu à son propriétaire.

            Communiqué précédent :

            La fourrière recherche un chien qui a mordu un enfant lundi.

            MISE À JOUR : l'enfant a été soigné à l'hôpital puis est rentré chez lui.

            Toute personne qui aperçoit le chien doit appeler la gendarmerie.
            """, notices: ["MISE À JOUR Le chien a été retrouvé mardi et rendu à son propriétaire.",
                           "MISE À JOUR : l'enfant a été soigné à l'hôpital puis est rentré chez lui."],
            claims: ["La fourrière recherche un chien qui a mordu un enfant lundi.",
                     "Toute personne qui aperçoit le chien doit appeler la gendarmerie."],
            absent: ["Communiqué précédent :"]),
        Case(name: "en: \"PREVIOUS COVERAGE:\" closes a top update of several paragraphs, coverage a piece as a story is", text: """
            UPDATE:

            Crews have contained a fire that left five people displaced.

            The fire started on the bottom floor when a pan was left on the stove.

            Crews are working to reopen Maple Street now.

            PREVIOUS COVERAGE:

            Fire crews are working an apartment fire on Maple Street.

            Maple Street is closed between Fifth and Sixth avenues.
            """, notices: [
                "UPDATE: Crews have contained a fire that left five people displaced. The fire started on the bottom floor when a pan was left on the stove. Crews are working to reopen Maple Street now.",
            ], claims: ["Fire crews are working an apartment fire on Maple Street.", "Maple Street is closed between Fifth and Sixth avenues."],
            absent: ["PREVIOUS COVERAGE:"]),
        Case(name: "en: \"PREVIOUS COVERAGE\" in capitals closes a top update without its colon", text: """
            UPDATE: 10:43 a.m.

            The former campaign chairman has been found guilty of eight financial crimes.

            A judge declared a mistrial on ten other counts.

            PREVIOUS COVERAGE

            The jury suggested to the judge today that it was stuck on at least one count.
            """, notices: [
                "UPDATE: 10:43 a.m. The former campaign chairman has been found guilty of eight financial crimes. A judge declared a mistrial on ten other counts.",
            ], claims: ["The jury suggested to the judge today that it was stuck on at least one count."],
            absent: ["PREVIOUS COVERAGE"]),
        Case(name: "fr: « Notre papier d'origine : » ferme la notice comme « Article initial : »", text: """
            Mise à jour : la préfecture a levé l'alerte en fin d'après-midi.

            Les habitants peuvent regagner leur logement dès ce soir.

            Notre papier d'origine :

            Une fuite de produit chimique a conduit à l'évacuation de trois rues du quartier de la gare.
            """, notices: ["Mise à jour : la préfecture a levé l'alerte en fin d'après-midi. Les habitants peuvent regagner leur logement dès ce soir."],
            claims: ["Une fuite de produit chimique a conduit à l'évacuation de trois rues du quartier de la gare."],
            absent: ["Notre papier d'origine :"]),
        Case(name: "en: \"Original posting:\" opening a paragraph is the report resuming", text: """
            Update at 2:05 p.m.: The company now says about two million accounts were affected.

            Original posting: A data breach at the company exposed customers' email addresses, a security researcher said.

            The company has not said how many accounts were affected.
            """, notices: ["Update at 2:05 p.m.: The company now says about two million accounts were affected."],
            claims: ["The company has not said how many accounts were affected."]),
        Case(name: "en: \"Earlier reports said\" in a sentence is prose, no label", text: """
            Update: The bridge reopened to traffic at noon.

            Earlier reports said the bridge would stay shut until the weekend.

            Engineers had found a crack in one of its supports.
            """, notices: ["Update: The bridge reopened to traffic at noon."],
            claims: ["Earlier reports said the bridge would stay shut until the weekend.", "Engineers had found a crack in one of its supports."]),
        Case(name: "en: a blog's \"Previous post\" link at the end is no label of the first version", text: """
            Budget march

            2 p.m.: Marchers gather at the town hall before the vote on the budget.

            The council meets at 6 p.m.

            About 300 people are expected, organisers said.

            Previous post

            Next post
            """, notices: [], claims: ["The council meets at 6 p.m.", "About 300 people are expected, organisers said."]),
        Case(name: "fr: « Texte initial : » qui compare deux versions ne raccourcit pas la notice qui clôt l'article", text: """
            Le Sénat a adopté mardi le projet de loi sur les loyers.

            Texte initial : le plafond devait baisser de 5 % dans les grandes villes.

            Texte adopté : le plafond baisse de 3 % et seulement à Paris.

            Les associations de locataires dénoncent un recul.

            Mise à jour 18h : le gouvernement annonce qu'il saisira la commission mixte paritaire.

            La réunion aura lieu jeudi.

            Le texte pourrait être définitivement adopté d'ici la fin du mois.
            """, notices: ["Mise à jour 18h : le gouvernement annonce qu'il saisira la commission mixte paritaire. La réunion aura lieu jeudi. Le texte pourrait être définitivement adopté d'ici la fin du mois."],
            claims: ["Les associations de locataires dénoncent un recul."]),
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
        // Round three: a page whose whole subject is one correction, headed by the label, takes its paragraphs; a
        // live page's hours stacked above the original take their own paragraphs, up to the next hour or the separator.
        Case(name: "en: a correction's heading takes the page below", text: """
            A correction and an apology

            Our story of Monday said the pool would close in May. It will stay open until June.

            We regret the error.
            """, notices: ["A correction and an apology Our story of Monday said the pool would close in May. It will stay open until June. We regret the error."]),
        Case(name: "fr: l'en-tête d'un rectificatif prend la page", text: """
            Rectificatif

            Dans notre édition de lundi, nous avons écrit que la piscine fermerait en mai. Elle restera ouverte jusqu'en juin.
            """, notices: ["Rectificatif Dans notre édition de lundi, nous avons écrit que la piscine fermerait en mai. Elle restera ouverte jusqu'en juin."]),
        Case(name: "fr: heures empilées au-dessus de l'article initial", text: """
            La piscine fermée

            17h40 : réouverture

            La piscine a rouvert ses portes en fin d'après-midi.

            15h10 : les pompiers sur place

            Les pompiers vérifient la toiture du bâtiment.

            Article initial :

            La piscine a été évacuée ce matin après la chute d'une partie du plafond.
            """, notices: ["17h40 : réouverture La piscine a rouvert ses portes en fin d'après-midi.",
                           "15h10 : les pompiers sur place Les pompiers vérifient la toiture du bâtiment."],
            claims: ["La piscine a été évacuée ce matin après la chute d'une partie du plafond."]),
        Case(name: "fr: un programme horaire n'est pas une suite de notices", text: """
            La fête de la piscine

            14h : ouverture des bassins au public.

            16h : démonstration de plongeon par le club.

            18h : remise des prix du concours de natation.
            """, notices: [], claims: ["16h : démonstration de plongeon par le club."]),
        // A schedule past midnight, or over a bare rule, takes nothing: the report after it stays the report's.
        Case(name: "fr: un programme qui passe minuit ne prend pas la suite de l'article", text: """
            La nuit de la piscine

            22h : ouverture du bassin de nuit.

            23h40 : spectacle de natation synchronisée.

            0h20 : fermeture des bassins et nettoyage.

            La mairie attend 800 nageurs.
            """, notices: [], claims: ["La mairie attend 800 nageurs."]),
        Case(name: "en: a schedule past midnight takes nothing", text: """
            Night swim at the pool

            10 p.m. - The night pool opens to the public.

            11:40 p.m. - A synchronized swimming show.

            12:10 a.m. - The pools close for cleaning.

            The town expects 800 swimmers.
            """, notices: [], claims: ["The town expects 800 swimmers."]),
        Case(name: "fr: un programme au-dessus d'un filet n'est pas une notice", text: """
            La fête de la piscine

            14h : ouverture des bassins au public.

            18h : remise des prix du concours de natation.

            * * *

            Le parking de la piscine sera fermé ce jour-là.
            """, notices: [], claims: ["Le parking de la piscine sera fermé ce jour-là."]),
        Case(name: "en: a subheading under a report is no correction heading", text: """
            The swimmer's record that never was

            The record was cited by every coach in the county.

            Retraction

            The federation struck the record in May after the timing was found faulty.

            The club has opened an inquiry into its other results.
            """, notices: [], claims: ["The federation struck the record in May after the timing was found faulty.",
                                       "The club has opened an inquiry into its other results."]),
    ]


    /// Where a notice goes on without a separator, and where the report resumes: one rule a pair of cases.
    static let continuationCases: [Case] = [
        Case(name: "en: notices down a live page, each above a report paragraph, are at the top only near the top", text: """
            Update: The fire is now contained, the county says.

            Crews had worked through the night on the eastern slope.

            Update: Two roads have reopened to local traffic.

            The evacuation order was lifted for the valley towns at noon.

            Update: Schools will stay closed on Tuesday.

            Parents were told by text message on Monday evening.

            Update: The airport resumed flights in the afternoon.

            About forty flights had been cancelled since Saturday morning.
            """, notices: [
                "Update: The fire is now contained, the county says. Crews had worked through the night on the eastern slope.",
                "Update: Two roads have reopened to local traffic. The evacuation order was lifted for the valley towns at noon.",
                "Update: Schools will stay closed on Tuesday. Parents were told by text message on Monday evening.",
                "Update: The airport resumed flights in the afternoon.",
            ], claims: ["About forty flights had been cancelled since Saturday morning."]),
        Case(name: "en: a paragraph that speaks of the story goes on with the notice; the lede stops it", text: """
            Update: The mayor's office now says the pool will stay open until June.

            A spokeswoman told us the council had not voted on the closure after all.

            The council met on Monday night to discuss the town's budget for next year.
            """, notices: ["Update: The mayor's office now says the pool will stay open until June. A spokeswoman told us the council had not voted on the closure after all."],
            claims: ["The council met on Monday night to discuss the town's budget for next year."]),
        Case(name: "fr: un paragraphe qui parle de l'article ou de la rédaction continue la notice", text: """
            Mise à jour : la mairie indique désormais que la piscine restera ouverte jusqu'en juin.

            Contactée par nos soins, la porte-parole précise que le conseil n'a pas voté la fermeture.

            Le conseil municipal s'est réuni lundi soir pour débattre du budget de l'an prochain.
            """, notices: ["Mise à jour : la mairie indique désormais que la piscine restera ouverte jusqu'en juin. Contactée par nos soins, la porte-parole précise que le conseil n'a pas voté la fermeture."],
            claims: ["Le conseil municipal s'est réuni lundi soir pour débattre du budget de l'an prochain."]),
        Case(name: "en: a paragraph opening with a connective goes on with the notice", text: """
            Correction: The plant employs 300 people, not 3,000 as first reported.

            However, the union maintains that seasonal workers raise the figure each summer.

            The plant opened in 1974 on the banks of the river outside the town.
            """, notices: ["Correction: The plant employs 300 people, not 3,000 as first reported. However, the union maintains that seasonal workers raise the figure each summer."],
            claims: ["The plant opened in 1974 on the banks of the river outside the town."]),
        Case(name: "fr: un paragraphe ouvert par un connecteur continue la notice", text: """
            Rectificatif : l'usine emploie 300 personnes, et non 3 000 comme indiqué d'abord.

            Cependant, le syndicat maintient que les saisonniers font grimper ce chiffre chaque été.

            L'usine a ouvert en 1974 sur les bords de la rivière, à la sortie de la ville.
            """, notices: ["Rectificatif : l'usine emploie 300 personnes, et non 3 000 comme indiqué d'abord. Cependant, le syndicat maintient que les saisonniers font grimper ce chiffre chaque été."],
            claims: ["L'usine a ouvert en 1974 sur les bords de la rivière, à la sortie de la ville."]),
        Case(name: "en: the quotation a notice reports is its own", text: """
            Update: The company has denied that the plant will close.

            “We have no plan to close the plant, and every job will be kept,” the company said.

            The plant opened in 1974 on the banks of the river outside the town.
            """, notices: ["Update: The company has denied that the plant will close. “We have no plan to close the plant, and every job will be kept,” the company said."],
            claims: ["The plant opened in 1974 on the banks of the river outside the town."]),
        Case(name: "fr: la citation que rapporte la notice est à elle", text: """
            Mise à jour : la direction dément toute fermeture de l'usine.

            « Nous n'avons aucun projet de fermeture et tous les emplois seront maintenus », a fait savoir la direction.

            L'usine a ouvert en 1974 sur les bords de la rivière, à la sortie de la ville.
            """, notices: ["Mise à jour : la direction dément toute fermeture de l'usine. « Nous n'avons aucun projet de fermeture et tous les emplois seront maintenus », a fait savoir la direction."],
            claims: ["L'usine a ouvert en 1974 sur les bords de la rivière, à la sortie de la ville."]),
        Case(name: "en: a paragraph set at the update's time goes on with the notice", text: """
            Update (9 am ET): The storm has made landfall near the port.

            Some are already speculating that it could make a second landfall further south.

            The governor warned on Thursday that the rain could trigger landslides in the hills.
            """, notices: ["Update (9 am ET): The storm has made landfall near the port. Some are already speculating that it could make a second landfall further south."],
            claims: ["The governor warned on Thursday that the rain could trigger landslides in the hills."]),
        Case(name: "fr: un paragraphe au temps de la mise à jour continue la notice", text: """
            MAJ 9h : la tempête a touché terre près du port.

            Les secours sont désormais à pied d'œuvre dans les quartiers inondés.

            Le préfet avait averti jeudi que la pluie pourrait provoquer des glissements de terrain.
            """, notices: ["MAJ 9h : la tempête a touché terre près du port. Les secours sont désormais à pied d'œuvre dans les quartiers inondés."],
            claims: ["Le préfet avait averti jeudi que la pluie pourrait provoquer des glissements de terrain."]),
        Case(name: "en: the closing remark after the list a notice announced is its own", text: """
            The race was still too close to call at midnight.

            UPDATE: The agency has now called the race. The count as of 11:15 p.m.:

            Smith: 50.8% (184,310 votes)

            Jones: 49.2% (178,642 votes)

            Presumably the networks will follow.

            Turnout was the highest in twenty years, the county clerk said on Tuesday night.
            """, notices: ["UPDATE: The agency has now called the race. The count as of 11:15 p.m.: Smith: 50.8% (184,310 votes) Jones: 49.2% (178,642 votes) Presumably the networks will follow."],
            claims: ["Turnout was the highest in twenty years, the county clerk said on Tuesday night."]),
        Case(name: "en: what stands between two stacked notices is the first one's", text: """
            Update, 5:09 p.m.: The Red Cross has opened twelve shelters along the coast.

            The relief organization has supplies for 120,000 people on hand, according to officials.

            Update, 4:38 p.m.: The state's two nuclear plants are preparing for a direct hit.

            Forecasters expect the storm to reach the coast late on Saturday.
            """, notices: [
                "Update, 5:09 p.m.: The Red Cross has opened twelve shelters along the coast. The relief organization has supplies for 120,000 people on hand, according to officials.",
                "Update, 4:38 p.m.: The state's two nuclear plants are preparing for a direct hit.",
            ], claims: ["Forecasters expect the storm to reach the coast late on Saturday."]),
        Case(name: "fr: ce qui sépare deux notices empilées appartient à la première", text: """
            Mise à jour 18h : le feu est fixé, selon les pompiers.

            Quelque 200 hectares ont brûlé, d'après un premier bilan de la préfecture.

            Mise à jour 15h : deux cents pompiers sont mobilisés.

            Un incendie s'est déclaré en début d'après-midi dans la forêt domaniale.
            """, notices: [
                "Mise à jour 18h : le feu est fixé, selon les pompiers. Quelque 200 hectares ont brûlé, d'après un premier bilan de la préfecture.",
                "Mise à jour 15h : deux cents pompiers sont mobilisés.",
            ], claims: ["Un incendie s'est déclaré en début d'après-midi dans la forêt domaniale."]),
        Case(name: "en: a closing notice runs to the end of the article", text: """
            The council voted to close the pool on Monday night.

            Swimmers had protested outside the town hall before the vote.

            The pool was built in 1968 and renovated twice since then.

            Update: The council reversed its decision on Wednesday.

            The pool will now stay open until the end of the summer season.
            """, notices: ["Update: The council reversed its decision on Wednesday. The pool will now stay open until the end of the summer season."],
            claims: ["The pool was built in 1968 and renovated twice since then."]),
        Case(name: "fr: une notice de fin s'arrête à l'appel au lecteur", text: """
            La gendarmerie a lancé un appel à témoins vendredi matin.

            L'homme a été retrouvé sur le bord d'une route départementale.

            Il ne portait qu'un sweat noir déchiré et des baskets.

            MAJ à 17h : l'appel a eu plus de succès que prévu.

            L'homme a été transféré vers une structure hospitalière.

            L'article vous a plu ? Soutenez notre rédaction.
            """, notices: ["MAJ à 17h : l'appel a eu plus de succès que prévu. L'homme a été transféré vers une structure hospitalière."],
            claims: ["Il ne portait qu'un sweat noir déchiré et des baskets."]),
        Case(name: "fr: une notice de fin garde sa question rhétorique, pas l'invitation à suivre le site", text: """
            Le festival a annoncé sa programmation mardi.

            Les billets seront vendus à partir de 40 euros, selon le communiqué.

            Les organisateurs attendent 20 000 spectateurs sur trois jours.

            Mise à jour du 3 mars : le prix des billets est de 45 euros, nous précise l'organisation.

            Une erreur dans le communiqué, donc. Qui l'eût cru ?

            Restez connectés avec l'actualité du festival en nous rejoignant sur nos comptes Facebook et Twitter !
            """, notices: ["Mise à jour du 3 mars : le prix des billets est de 45 euros, nous précise l'organisation. Une erreur dans le communiqué, donc. Qui l'eût cru ?"],
            claims: ["Les organisateurs attendent 20 000 spectateurs sur trois jours."]),
        Case(name: "en: a closing notice keeps its rhetorical question, not the call to follow the site", text: """
            The museum said on Monday it would reopen in June.

            The renovation cost 12 million dollars, according to the city.

            About 300,000 visitors came in the last year before it closed.

            Update: The museum now says it will reopen in September.

            So much for June. Who could have guessed?

            Follow us on Twitter and Facebook for more local news.
            """, notices: ["Update: The museum now says it will reopen in September. So much for June. Who could have guessed?"],
            claims: ["About 300,000 visitors came in the last year before it closed."]),
        Case(name: "en: a top notice stops at the lede that follows it", text: """
            Correction: An earlier version of this story misstated the number of jobs.

            The plant will close in March with the loss of 300 jobs, the union said on Monday.

            Workers were told in a meeting on Monday morning.
            """, notices: ["Correction: An earlier version of this story misstated the number of jobs."],
            claims: ["The plant will close in March with the loss of 300 jobs, the union said on Monday."]),
        Case(name: "fr: une notice en tête s'arrête au chapeau qui la suit", text: """
            Mise à jour : la date de la réunion a été corrigée.

            Le conseil municipal votera le budget le 12 mars, a annoncé la mairie lundi.

            Les élus d'opposition demandent un report du vote.
            """, notices: ["Mise à jour : la date de la réunion a été corrigée."],
            claims: ["Le conseil municipal votera le budget le 12 mars, a annoncé la mairie lundi."]),
        Case(name: "en: after a paragraph with the report glued on, the notice goes no further", text: """
            Update: His office now says the vote was not a mistake. The original post is below. \(String(repeating: "As we noted last night, the Senate failed to move the bill forward in a close vote. ", count: 9))

            However, few have mentioned that only one Democrat voted against the motion on Tuesday.
            """, notices: ["Update: His office now says the vote was not a mistake. The original post is below. \(String(repeating: "As we noted last night, the Senate failed to move the bill forward in a close vote. ", count: 9))"],
            claims: ["However, few have mentioned that only one Democrat voted against the motion on Tuesday."]),
        Case(name: "en: the report still waiting for what the notice brings ends it", text: """
            Update: Microsoft told us the outage was caused by a faulty network change.

            We reached out to Microsoft this morning but have not heard back yet.

            Outlook users across Europe could not send or receive mail for several hours.
            """, notices: ["Update: Microsoft told us the outage was caused by a faulty network change."],
            claims: ["We reached out to Microsoft this morning but have not heard back yet."]),
        Case(name: "fr: le reportage qui attend encore ce qu'apporte la notice l'arrête", text: """
            Mise à jour — Google nous a communiqué vendredi soir les explications suivantes.

            Google n'était pas encore en mesure d'apporter une explication lorsque nous l'avons contacté.

            Le service de cartographie place une organisation terroriste à côté du palais présidentiel.
            """, notices: ["Mise à jour — Google nous a communiqué vendredi soir les explications suivantes."],
            claims: ["Google n'était pas encore en mesure d'apporter une explication lorsque nous l'avons contacté."]),
        Case(name: "en: a notice further down does not read on: the paragraph after it is the report's", text: """
            The council voted to close the pool on Monday night.

            Swimmers had protested outside the town hall before the vote.

            The mayor said the pool had lost money for ten years.

            Its roof would have cost two million dollars to replace.

            Update: The council now says it will hold a second vote.

            But residents say they were told the decision was final.

            The pool was built in 1968 and welcomes some 40,000 swimmers a year.

            Its last renovation dates back to 1995.

            Some say it could be sold to a private club.

            Others would like the town to open a new one.
            """, notices: ["Update: The council now says it will hold a second vote."],
            claims: ["But residents say they were told the decision was final."]),
        Case(name: "en: a dateline close under a notice at the top closes it", text: """
            UPDATE: The utility's website shows that most outages were fixed as of 8:40 p.m. Friday.

            Only about 200 customers across the state remain without power.

            SALT LAKE CITY — Nearly 10,000 customers across Utah are without power after several outages.
            """, notices: ["UPDATE: The utility's website shows that most outages were fixed as of 8:40 p.m. Friday. Only about 200 customers across the state remain without power."],
            claims: ["SALT LAKE CITY — Nearly 10,000 customers across Utah are without power after several outages."]),
        Case(name: "fr: une dépêche datée juste sous une notice en tête la ferme", text: """
            MISE À JOUR : le feu est fixé, annoncent les pompiers.

            Quelque 200 hectares ont brûlé dans le massif.

            MARSEILLE (AFP) - Un incendie s'est déclaré samedi après-midi dans les collines au nord de la ville.
            """, notices: ["MISE À JOUR : le feu est fixé, annoncent les pompiers. Quelque 200 hectares ont brûlé dans le massif."],
            claims: ["MARSEILLE (AFP) - Un incendie s'est déclaré samedi après-midi dans les collines au nord de la ville."]),
        Case(name: "en: a label glued to a rule of dashes is a separator", text: """
            UPDATE 4:42 P.M.: A sheriff's lieutenant confirmed that deputies were in the area.

            The operation is expected to last until the evening.

            Original Post below——————————

            Readers reported a convoy of sheriff's trucks leaving the north end of town this morning.
            """, notices: ["UPDATE 4:42 P.M.: A sheriff's lieutenant confirmed that deputies were in the area. The operation is expected to last until the evening."],
            claims: ["Readers reported a convoy of sheriff's trucks leaving the north end of town this morning."]),
        Case(name: "en: a paragraph opening with a separator's label is the report's", text: """
            Update, 2:53 p.m.: The crash on the interstate has been cleared.

            Previous reporting: Police told us a car crash had closed the southbound lanes as of 2:15 p.m.

            Motorists should use an alternate route.
            """, notices: ["Update, 2:53 p.m.: The crash on the interstate has been cleared."],
            claims: ["Previous reporting: Police told us a car crash had closed the southbound lanes as of 2:15 p.m."]),
        Case(name: "fr: un paragraphe ouvert par « Article initial : » est l'article", text: """
            Mise à jour : la route a rouvert à 15 heures.

            Article initial : un accident, nous a indiqué la gendarmerie, bloque la route nationale depuis ce matin.

            Les automobilistes sont invités à emprunter une déviation.
            """, notices: ["Mise à jour : la route a rouvert à 15 heures."],
            claims: ["Article initial : un accident, nous a indiqué la gendarmerie, bloque la route nationale depuis ce matin."]),
        Case(name: "en: a notice written as a headline does not take its standfirst", text: """
            Update: Police report missing teen found safe

            The 16-year-old girl was reported missing but later found safe, police said.

            PORTLAND, Maine — Police were searching on Friday for a teen last seen near the shore.
            """, notices: ["Update: Police report missing teen found safe"],
            claims: ["The 16-year-old girl was reported missing but later found safe, police said."]),
        Case(name: "fr: une notice en forme de titre ne prend pas le chapeau", text: """
            Mise à jour : la joggeuse disparue retrouvée en vie

            La joggeuse portée disparue lundi a été retrouvée mardi soir, nous a indiqué la gendarmerie.

            Les recherches avaient mobilisé une centaine de gendarmes dans la forêt.
            """, notices: ["Mise à jour : la joggeuse disparue retrouvée en vie"],
            claims: ["La joggeuse portée disparue lundi a été retrouvée mardi soir, nous a indiqué la gendarmerie."]),
        // Between two timed entries stacked newest first, a statement still pending is the upper entry's: a log so
        // stacked holds nothing but its entries.
        Case(name: "en: a pending statement between two timed entries stacked newest first is the upper one's", text: """
            Update, 9 p.m.: Police have named the man they are looking for.

            The suspect is still at large and may be armed, police said.

            Update, 7 p.m.: Officers have closed the bridge to traffic.

            A man fired several shots near the bridge on Tuesday evening.
            """, notices: [
                "Update, 9 p.m.: Police have named the man they are looking for. The suspect is still at large and may be armed, police said.",
                "Update, 7 p.m.: Officers have closed the bridge to traffic.",
            ], claims: ["A man fired several shots near the bridge on Tuesday evening."]),
        // An update at the top and an older one at the page's foot: between them stands the report, its pending
        // statement too.
        Case(name: "en: a pending statement between an update at the top and an older one at the foot is the report's", text: """
            Update, 9 p.m.: Police say the suspect was arrested at a motel.

            A man robbed a bank in Dover at gunpoint on Tuesday morning, police said.

            The suspect is still at large and should be considered armed, according to police.

            No one was hurt in the robbery.

            Update, 7 p.m.: Police released surveillance images of the suspect.
            """, notices: [
                "Update, 9 p.m.: Police say the suspect was arrested at a motel.",
                "Update, 7 p.m.: Police released surveillance images of the suspect.",
            ], claims: ["The suspect is still at large and should be considered armed, according to police.", "No one was hurt in the robbery."]),
        Case(name: "fr: un état en cours entre une mise à jour en haut et une plus ancienne en pied de page est le récit", text: """
            Mise à jour, 20h15 : le forcené s'est rendu, les deux otages sont libres.

            Un homme armé s'est retranché mardi dans une agence bancaire de Rouen.

            Le forcené est toujours retranché dans l'agence, a indiqué la police.

            Le RAID a été dépêché sur place.

            Mise à jour, 18h30 : le quartier a été bouclé.
            """, notices: [
                "Mise à jour, 20h15 : le forcené s'est rendu, les deux otages sont libres.",
                "Mise à jour, 18h30 : le quartier a été bouclé.",
            ], claims: ["Le forcené est toujours retranché dans l'agence, a indiqué la police.", "Le RAID a été dépêché sur place."]),
        Case(name: "fr: un état encore en cours entre deux entrées datées, la plus récente en haut, est celui de la première", text: """
            Mise à jour 21h : la police a identifié le tireur.

            L'homme est toujours en fuite et pourrait être armé, selon la police.

            Mise à jour 19h : le pont est fermé à la circulation.

            Un homme a tiré plusieurs coups de feu près du pont mardi soir.
            """, notices: [
                "Mise à jour 21h : la police a identifié le tireur. L'homme est toujours en fuite et pourrait être armé, selon la police.",
                "Mise à jour 19h : le pont est fermé à la circulation.",
            ], claims: ["Un homme a tiré plusieurs coups de feu près du pont mardi soir."]),
        Case(name: "en: a pending statement under the last update at the page's foot stays the report's", text: """
            A man fired several shots near the bridge on Tuesday evening.

            Update, 7 p.m.: Officers have closed the bridge to traffic.

            Update, 9 p.m.: Police have named the man they are looking for.

            The suspect is still at large and may be armed, police said.
            """, notices: [
                "Update, 7 p.m.: Officers have closed the bridge to traffic.",
                "Update, 9 p.m.: Police have named the man they are looking for.",
            ], claims: ["A man fired several shots near the bridge on Tuesday evening.", "The suspect is still at large and may be armed, police said."]),
        Case(name: "fr: une notice de fin s'arrête à ce qui est encore en cours", text: """
            Un homme a tiré plusieurs coups de feu près du pont mardi soir.

            Les policiers ont bouclé le quartier pendant plusieurs heures.

            Les riverains ont été invités à rester chez eux.

            Mise à jour : le suspect a été interpellé dans la nuit.

            L'enquête est toujours en cours pour établir ses motivations.
            """, notices: ["Mise à jour : le suspect a été interpellé dans la nuit."],
            claims: ["L'enquête est toujours en cours pour établir ses motivations."]),
        Case(name: "fr: un marqueur nu après une notice l'arrête", text: """
            Apple a publié un correctif de sécurité rapide pour ses appareils.

            Le correctif s'installe en quelques secondes et ne demande pas de redémarrage.

            Mise à jour 19h50 — Plusieurs d'entre vous signalent une erreur durant le téléchargement.

            Mise à jour 2
            """, notices: ["Mise à jour 19h50 — Plusieurs d'entre vous signalent une erreur durant le téléchargement."],
            claims: ["Le correctif s'installe en quelques secondes et ne demande pas de redémarrage."]),
    ]

    /// Where a notice ends inside a paragraph: at the paragraph's end, unless the text lost a line break there (a
    /// sentence glued to the one before with no space); and a separator's label opening the report's paragraph.
    static let lostBreakCases: [Case] = [
        Case(name: "fr: une notice collée dans un texte sans sauts de ligne s'arrête au saut perdu", text: """
            Le pont de la Vilaine restera fermé tout l'été. Les travaux doivent durer jusqu'en septembre.Rectificatif 12/03/2024 : la mairie nous indique que le pont rouvrira aux piétons dès juillet. (lire aussi)Les travaux ont commencé lundi par le démontage du tablier. Ils coûteront 4 millions d'euros.
            """, notices: ["Rectificatif 12/03/2024 : la mairie nous indique que le pont rouvrira aux piétons dès juillet. (lire aussi)"],
            claims: ["Les travaux ont commencé lundi par le démontage du tablier.", "Ils coûteront 4 millions d'euros."]),
        Case(name: "en: an inline notice in a text that lost its breaks ends at the lost break", text: """
            The mayor denied the report on Monday. Update (May 3): The council has since confirmed that the pool will close.The pool was built in 1968 and renovated twice. It welcomes some 40,000 swimmers a year.
            """, notices: ["Update (May 3): The council has since confirmed that the pool will close."],
            claims: ["The pool was built in 1968 and renovated twice.", "It welcomes some 40,000 swimmers a year."]),
        Case(name: "en: a notice opening its paragraph ends where the report is glued on after an ellipsis", text: """
            Team Said To Have Fired Its Coach After The Final

            Update: The club told us the coach is staying until the end of his contract. So much for that...Yesterday, the team lost the final in extra time. Fans booed the players off the pitch.

            Several players had criticised the coach's tactics before the game.
            """, notices: ["Update: The club told us the coach is staying until the end of his contract. So much for that..."],
            claims: ["Yesterday, the team lost the final in extra time.", "Fans booed the players off the pitch.", "Several players had criticised the coach's tactics before the game."]),
        Case(name: "fr: une notice en tête de paragraphe s'arrête à la citation collée au récit", text: """
            Mise à jour : le ministère nous a précisé que « le décret n'est pas encore signé ».Le texte prévoit une hausse de 3 % des tarifs au 1er juillet. Les associations dénoncent une mesure injuste.
            """, notices: ["Mise à jour : le ministère nous a précisé que « le décret n'est pas encore signé »."],
            claims: ["Le texte prévoit une hausse de 3 % des tarifs au 1er juillet.", "Les associations dénoncent une mesure injuste."]),
        Case(name: "en: the report glued to the second paragraph of a notice at the top resumes there", text: """
            Update: The company told us the recall covers all models sold since 2019.

            In a statement, it added that no injury had been reported.The recall was first announced in Germany. Regulators there had received dozens of complaints.
            """, notices: ["Update: The company told us the recall covers all models sold since 2019. In a statement, it added that no injury had been reported."],
            claims: ["The recall was first announced in Germany.", "Regulators there had received dozens of complaints."]),
        Case(name: "en: a notice its brackets close keeps what they hold, glued or not", text: """
            The festival has been cancelled by the city. [Update: The organisers now say it will go ahead.It moves to the park.]

            Tickets remain valid for both days.
            """, notices: ["Update: The organisers now say it will go ahead.It moves to the park."],
            claims: ["Tickets remain valid for both days."]),
        Case(name: "en: an abbreviation glued to a capital is no lost break", text: """
            The base was closed on Tuesday.

            Update: The U.S.Army said the drill was planned weeks ago, and Mr.Smith, its spokesman, apologised for the alarm.
            """, notices: ["Update: The U.S.Army said the drill was planned weeks ago, and Mr.Smith, its spokesman, apologised for the alarm."]),
        Case(name: "fr: une initiale collée à un nom n'est pas un saut perdu", text: """
            Le maire a démenti lundi.

            Mise à jour : M.Dupont nous a finalement précisé que la piscine fermera en juin, après la saison.
            """, notices: ["Mise à jour : M.Dupont nous a finalement précisé que la piscine fermera en juin, après la saison."]),
        Case(name: "en: \"Original:\" opening the report's paragraph closes a notice of two paragraphs", text: """
            The museum may have to close its west wing for good.

            Update 5:20 p.m.: The city council voted this afternoon to fund the repairs after all.

            The wing should reopen in the spring. The closure is off.

            Original: A leaking roof has forced the museum to shut its west wing, the director said on Monday.

            The wing holds most of the modern collection.
            """, notices: ["Update 5:20 p.m.: The city council voted this afternoon to fund the repairs after all. The wing should reopen in the spring. The closure is off."],
            claims: ["Original: A leaking roof has forced the museum to shut its west wing, the director said on Monday."]),
        Case(name: "fr: « Article initial : » en tête du paragraphe de l'article clôt une notice de deux paragraphes", text: """
            Mise à jour (18h10) : la préfecture a levé l'alerte en fin d'après-midi.

            Les écoles rouvriront normalement demain matin.

            Article initial : une fuite de gaz a conduit à l'évacuation de deux écoles du centre-ville ce mardi.

            Quelque 400 élèves ont été accueillis dans un gymnase.
            """, notices: ["Mise à jour (18h10) : la préfecture a levé l'alerte en fin d'après-midi. Les écoles rouvriront normalement demain matin."],
            claims: ["Article initial : une fuite de gaz a conduit à l'évacuation de deux écoles du centre-ville ce mardi."]),
    ]

    /// Where a notice ends, as newsrooms lay it out: a dated label of the original, a closing notice's own hedges, a
    /// stamp line, a reading suggestion, a label closing the notice's own paragraph (docs/notice-extent-survey.md,
    /// fifth round).
    static let layoutCases: [Case] = [
        // A bracketed label alone on its line heads the update below it, down to the bracketed label of the earlier
        // story; a participle's stamp in brackets heads nothing.
        Case(name: "en: a bracketed label alone on its line, down to the earlier story's bracketed label", text: """
            [Breaking news update, posted at 3:35 p.m. ET]
            The gunman was identified as John Doe, 36, the highway patrol said Friday.
            Among the seven people killed were two couples, authorities said.
            [Previous story, posted at 2 p.m. ET]
            A small town's discovery of a gunman's killings began when a girl fled a house.
            Seven people were found dead in four homes.
            """, notices: ["[Breaking news update, posted at 3:35 p.m. ET] The gunman was identified as John Doe, 36, the highway patrol said Friday. Among the seven people killed were two couples, authorities said."],
            claims: ["Seven people were found dead in four homes."]),
        Case(name: "en: a bracketed label 'published at' alone on its line, down to the original story's label", text: """
            [Breaking news update, published at 9:22 p.m. ET]
            Two of the seven people shot have died, the acting police chief said.
            A suspect has been taken into custody, the chief said.
            [Original story, published at 8:36 p.m. ET]
            Seven people were shot outside a theater after a graduation ceremony.
            Police closed the street.
            """, notices: ["[Breaking news update, published at 9:22 p.m. ET] Two of the seven people shot have died, the acting police chief said. A suspect has been taken into custody, the chief said."],
            claims: ["Police closed the street."]),
        Case(name: "fr: un libellé entre crochets seul sur sa ligne, jusqu'au libellé de l'article précédent", text: """
            [Mise à jour, publiée à 15 h]
            Le tireur a été identifié, a indiqué la gendarmerie vendredi.
            Sept personnes ont été tuées dans quatre maisons.
            [Article précédent, publié à 14 h]
            Un village a découvert les meurtres quand une fillette s'est enfuie d'une maison.
            Les gendarmes ont bouclé le quartier.
            """, notices: ["[Mise à jour, publiée à 15 h] Le tireur a été identifié, a indiqué la gendarmerie vendredi. Sept personnes ont été tuées dans quatre maisons."],
            claims: ["Les gendarmes ont bouclé le quartier."]),
        // A note in brackets of several sentences, closing on its line further than a label's reach: what the brackets
        // hold.
        Case(name: "en: a bracketed note of several sentences closing on its line", text: """
            Wrong figure in the Courier

            [UPDATED: The council's clerk emails me to explain that the figure was in fact hers, and that she wrote to the Courier asking for a correction. The online version of the story has been corrected, but the printed version still has the error. I have no idea how the mistake occurred, but I have updated this post and its title to reflect a slip rather than anything worse. I have also asked the Courier to say so in print. Thanks to the clerk for the quick reply to my question, and to the readers who wrote in about it.]

            The Courier printed a figure that was not the clerk's.
            """, notices: ["UPDATED: The council's clerk emails me to explain that the figure was in fact hers, and that she wrote to the Courier asking for a correction. The online version of the story has been corrected, but the printed version still has the error. I have no idea how the mistake occurred, but I have updated this post and its title to reflect a slip rather than anything worse. I have also asked the Courier to say so in print. Thanks to the clerk for the quick reply to my question, and to the readers who wrote in about it."], claims: ["The Courier printed a figure that was not the clerk's."]),
        Case(name: "en: a bracketed label in capitals alone on its line heads the body below", text: """
            County fair canceled after storm damage

            The county fair, set to open Thursday, was canceled Tuesday after a storm tore the roof off the main hall.

            [UPDATE]

            Organizers said Wednesday the fair will go ahead after all, in tents on the south lot.

            Refunds will be offered to vendors who withdraw.

            The fair draws 80,000 visitors a year.

            It opened in 1952.
            """, notices: ["[UPDATE] Organizers said Wednesday the fair will go ahead after all, in tents on the south lot."],
            claims: ["Refunds will be offered to vendors who withdraw."]),
        Case(name: "fr: un libellé entre crochets en capitales seul sur sa ligne, le corps dessous", text: """
            La foire annulée après la tempête

            La foire, qui devait ouvrir jeudi, a été annulée mardi après que la tempête a arraché le toit du hall.

            [MISE À JOUR]

            Les organisateurs ont annoncé mercredi que la foire aura finalement lieu, sous des tentes.

            Les exposants qui se retirent seront remboursés.

            La foire attire 80 000 visiteurs par an.

            Elle a ouvert en 1952.
            """, notices: ["[MISE À JOUR] Les organisateurs ont annoncé mercredi que la foire aura finalement lieu, sous des tentes."],
            claims: ["Les exposants qui se retirent seront remboursés."]),
        Case(name: "en: a menu's bracketed words in capitals head nothing", text: """
            Home | News
            [UPDATE]
            [SUBSCRIBE]

            School board delays vote on budget

            The school board on Monday postponed a vote on next year's budget.
            """, notices: [], claims: ["The school board on Monday postponed a vote on next year's budget."]),
        Case(name: "en: the first version's label with its date in parentheses closes the update above it", text: """
            Actor sparks speculation about a new game

            Update: (8/23): Bumped to the top. The actor has now posted that he has no idea if the character will appear.

            Original (8/22): In July, the game's page was edited to include the actor.

            Fans took it as a hint.
            """, notices: ["Update: (8/23): Bumped to the top. The actor has now posted that he has no idea if the character will appear."],
            claims: ["Fans took it as a hint."]),
        Case(name: "fr: un tampon de modification collé après la dernière phrase, entre parenthèses, est une notice de ses mots", text: """
            Coupure de courant en Guyane

            Une coupure a privé le littoral d'électricité mardi matin.

            EDF attribue la panne à un équipement de la centrale. (Article mis à jour à 14h30)
            """, notices: ["(Article mis à jour à 14h30)"],
            claims: ["EDF attribue la panne à un équipement de la centrale."]),
        Case(name: "en: a change's stamp glued after the last sentence is a notice of its own words", text: """
            Quake felt across the province

            A tremor of magnitude 3.6 was recorded early Thursday.

            No damage was reported, officials said. Story updated on 2021/02/18 at 11:40
            """, notices: ["Story updated on 2021/02/18 at 11:40"],
            claims: ["No damage was reported, officials said."]),
        Case(name: "fr: le même tampon sur sa ligne, en bas ou en haut, n'est pas une notice", text: """
            Coupure de courant en Guyane

            Article mis à jour le 3 mars 2021 à 10h30

            Une coupure a privé le littoral d'électricité mardi matin.

            EDF attribue la panne à un équipement de la centrale.

            Article mis à jour le 3 mars 2021 à 11h45
            """, notices: [], claims: ["EDF attribue la panne à un équipement de la centrale."]),
        Case(name: "en: a change's stamp glued inside a paragraph the report goes on after is no closing stamp", text: """
            Quake felt across the province

            A tremor was recorded early Thursday. Story updated on 2021/02/18 at 11:40 The quake was felt in three towns.

            No damage was reported.
            """, notices: [], claims: ["No damage was reported."]),
        Case(name: "en: a wiki's edit link before a section's heading heads nothing", text: """
            Correction (newspaper)

            A correction is a notice that a newspaper publishes to fix an error in an earlier story.

            [edit] Examples

            Most errors are minor, such as a misspelled name or a wrong date.
            """, notices: [], claims: ["Most errors are minor, such as a misspelled name or a wrong date."]),
        Case(name: "fr: le lien de modification d'un wiki devant le titre d'une section n'ouvre rien", text: """
            Rectificatif (presse)

            Un rectificatif est un avis qu'un journal publie pour corriger une erreur d'un article précédent.

            [modifier] Exemples

            La plupart des erreurs sont mineures, comme un nom mal orthographié ou une date erronée.
            """, notices: [], claims: ["La plupart des erreurs sont mineures, comme un nom mal orthographié ou une date erronée."]),
        Case(name: "en: a writer's bracketed edit in capitals over a sentence is a notice", text: """
            Game delayed to spring

            The studio said on Monday that the game would ship in March.

            [EDIT] The studio has now confirmed a release date of March 14.
            """, notices: ["[EDIT] The studio has now confirmed a release date of March 14."],
            claims: ["The studio said on Monday that the game would ship in March."]),
        Case(name: "en: a bare bracketed word alone on its line, a menu's, heads nothing", text: """
            Home | News | Sports
            [Update]
            [Subscribe]

            School board delays vote on budget

            The school board on Monday postponed a vote on next year's budget.
            """, notices: [], claims: ["The school board on Monday postponed a vote on next year's budget."]),
        Case(name: "en: a participle's stamp in brackets alone on its line heads nothing", text: """
            The bridge was closed this morning after a crash.

            [Updated March 3]

            The bridge reopened at noon, the city said.
            """, notices: [], claims: ["The bridge reopened at noon, the city said."]),
        // An end mark ("[end update]", "FIN DE LA MISE À JOUR") says where an update of several paragraphs ends.
        Case(name: "en: an update down to its bracketed end mark", text: """
            Council delays pool vote

            Update: The council now says the vote will take place in June.

            The mayor said the delay would give time for a second survey.

            Swimmers welcomed the news outside the town hall. [end update]

            The council had planned to vote on Monday on closing the pool.

            The pool was built in 1968 and renovated twice.
            """, notices: ["Update: The council now says the vote will take place in June. The mayor said the delay would give time for a second survey. Swimmers welcomed the news outside the town hall. [end update]"],
            claims: ["The council had planned to vote on Monday on closing the pool."]),
        Case(name: "fr: une mise à jour jusqu'à sa marque de fin, seule sur sa ligne", text: """
            Le vote sur la piscine reporté

            Mise à jour : le conseil annonce désormais un vote en juin.

            Le maire explique vouloir mener une seconde étude.

            FIN DE LA MISE À JOUR

            Le conseil devait voter lundi la fermeture de la piscine.

            La piscine a été construite en 1968.
            """, notices: ["Mise à jour : le conseil annonce désormais un vote en juin. Le maire explique vouloir mener une seconde étude. FIN DE LA MISE À JOUR"],
            claims: ["Le conseil devait voter lundi la fermeture de la piscine."]),
        Case(name: "en: a bracketed end mark ends its line's paragraph on a page without blank lines", text: """
            Update 8/10: A reader says the letter ran in the print edition yesterday.
            However, we see no wrong figures in the letter it answers.
            This makes us wonder about the opinion page. Are they serious? [end update]
            We are wondering what is up with the opinion page at the daily.
            The letter first ran in July.
            """, notices: ["Update 8/10: A reader says the letter ran in the print edition yesterday. However, we see no wrong figures in the letter it answers. This makes us wonder about the opinion page. Are they serious? [end update]"],
            claims: ["We are wondering what is up with the opinion page at the daily."]),
        // The mark closes an update only: not an editor's note or a correction above it, not across a dateline; in
        // brackets only after a sentence's end (a button's name closes a sentence: "then choose [End update]"); alone
        // only in capitals, emphasis or brackets (a how-to's heading "Fin de la mise à jour" is no mark).
        Case(name: "en: an end mark in lower case after a sentence with no full stop", text: """
            Water main break floods Fifth Avenue

            Update, 11 a.m.: Water service has been restored to most homes, the city said.

            Repairs to the pipe will take at least a week, and Fifth Avenue will stay closed until Friday [end update]

            The pipe was installed in 1921, according to city records.

            About 200 homes were without water on Tuesday.
            """, notices: ["Update, 11 a.m.: Water service has been restored to most homes, the city said. Repairs to the pipe will take at least a week, and Fifth Avenue will stay closed until Friday [end update]"],
            claims: ["The pipe was installed in 1921, according to city records."]),
        Case(name: "en: an end mark far below an editor's note closes nothing", text: """
            Truck crash closes Highway 9

            Editor's note: This story has been updated with new information.

            A truck overturned on Highway 9 near Millbrook early Wednesday, state police said.

            The driver was taken to a hospital with minor injuries, police said.

            Police said the road reopened at noon. [end update]

            The highway carries about 15,000 vehicles a day.
            """, notices: ["Editor's note: This story has been updated with new information."],
            claims: ["The driver was taken to a hospital with minor injuries, police said."]),
        Case(name: "en: a bracketed button name closing a sentence is no end mark", text: """
            New firmware bricks some routers

            Update, 5 p.m.: The maker said a fixed firmware is now available.

            The firmware released Monday left some routers unable to connect, users said.

            Users were told to hold the reset button and then choose [End update]

            The company said about 2 percent of routers were affected.
            """, notices: ["Update, 5 p.m.: The maker said a fixed firmware is now available."],
            claims: ["The firmware released Monday left some routers unable to connect, users said."]),
        Case(name: "fr: un intertitre « Fin de la mise à jour » d'un tutoriel ne ferme rien", text: """
            iOS 19 : comment installer la nouvelle version

            Mise à jour du 3 mars : Apple a publié un correctif qui règle un problème de batterie.

            Apple a publié lundi iOS 19, compatible avec les iPhone sortis depuis 2020.

            Ouvrez Réglages, puis Général, et touchez Mise à jour logicielle.

            Fin de la mise à jour

            L'iPhone redémarre deux fois.
            """, notices: ["Mise à jour du 3 mars : Apple a publié un correctif qui règle un problème de batterie."],
            claims: ["Apple a publié lundi iOS 19, compatible avec les iPhone sortis depuis 2020."]),
        Case(name: "en: the words of an end mark in prose end nothing", text: """
            Council delays pool vote

            The council had planned to vote on Monday on closing the pool.

            Update: The council now says the vote will take place in June.

            The clerk said the agenda would be printed before the end update of the budget.

            Swimmers welcomed the news outside the town hall.

            The pool was built in 1968 and renovated twice.
            """, notices: ["Update: The council now says the vote will take place in June."],
            claims: ["The clerk said the agenda would be printed before the end update of the budget."]),
        Case(name: "fr: le titre sous « À lire aussi » seul sur sa ligne est du mobilier, et la notice s'arrête au-dessus", text: """
            Le festival de jazz de Vannes est annulé, faute de subventions.

            Mise à jour, 17 h : la région a finalement promis une aide de 40 000 euros.
            À lire aussi
            Vannes : le festival de jazz cherche encore un nouveau directeur artistique

            Les organisateurs attendent désormais la réponse du département.
            """, notices: ["Mise à jour, 17 h : la région a finalement promis une aide de 40 000 euros."],
            claims: ["Les organisateurs attendent désormais la réponse du département."],
            absent: ["Vannes : le festival de jazz cherche encore un nouveau directeur artistique"]),
        Case(name: "en: the headline under a lone 'Related' line is furniture, and the notice ends above it", text: """
            The county fair will close a day early because of the heat.

            Update, 5 p.m.: Organizers now say the livestock show will still go ahead on Sunday morning.
            Related
            Heat wave: How farmers are keeping their animals cool this summer

            About 40,000 visitors had been expected over the weekend.
            """, notices: ["Update, 5 p.m.: Organizers now say the livestock show will still go ahead on Sunday morning."],
            claims: ["About 40,000 visitors had been expected over the weekend."],
            absent: ["Heat wave: How farmers are keeping their animals cool this summer"]),
        Case(name: "en: a label dated like the update closes the notice", text: """
            UPDATE 9/20/23: The company has since sent its staff a longer memo.

            "We will learn from what happened," the memo says.

            ORIGINAL STORY 9/19/23: The company's chief told us the leaked documents were old.
            """, notices: ["UPDATE 9/20/23: The company has since sent its staff a longer memo. \"We will learn from what happened,\" the memo says."],
            claims: ["ORIGINAL STORY 9/19/23: The company's chief told us the leaked documents were old."]),
        Case(name: "fr: « Article initial du 3 mars : » ferme la notice", text: """
            Mise à jour du 4 mars : la mairie a finalement renoncé au projet.

            « Nous avons entendu les riverains », a déclaré le maire.

            Article initial du 3 mars : La mairie nous a indiqué vouloir raser le vieux marché couvert.
            """, notices: ["Mise à jour du 4 mars : la mairie a finalement renoncé au projet. « Nous avons entendu les riverains », a déclaré le maire."],
            claims: ["Article initial du 3 mars : La mairie nous a indiqué vouloir raser le vieux marché couvert."]),
        Case(name: "en: a label dated to its end, 'published' and a time included, closes the notice", text: """
            Update: The museum now says the west wing will reopen in the spring.

            "The roof has been repaired," its director told us.

            Original story published March 3, 2021 at 2 p.m.:

            A leaking roof has forced the museum to shut its west wing.
            """, notices: ["Update: The museum now says the west wing will reopen in the spring. \"The roof has been repaired,\" its director told us."],
            claims: ["A leaking roof has forced the museum to shut its west wing."]),
        Case(name: "fr: « Article initial publié le 3 mars 2021 à 14h : » ferme la notice", text: """
            Mise à jour : le musée indique désormais que l'aile ouest rouvrira au printemps.

            « La toiture a été réparée », nous a précisé sa directrice.

            Article initial publié le 3 mars 2021 à 14h :

            Une fuite de la toiture a contraint le musée à fermer son aile ouest.
            """, notices: ["Mise à jour : le musée indique désormais que l'aile ouest rouvrira au printemps. « La toiture a été réparée », nous a précisé sa directrice."],
            claims: ["Une fuite de la toiture a contraint le musée à fermer son aile ouest."]),
        Case(name: "en: a label's word opening prose with a date is no separator: 'Earlier Monday, the president met…'", text: """
            White House weighs new sanctions

            Update: The White House confirmed on Tuesday that the sanctions package will be announced Friday.

            The Treasury Department is preparing a list of 40 companies, officials said.

            The package follows months of talks with European allies, who had resisted tighter rules.

            Earlier Monday, the president met with his national security team.

            Two senators called the plan overdue in a joint statement.
            """, notices: ["Update: The White House confirmed on Tuesday that the sanctions package will be announced Friday."],
            claims: [
                "The Treasury Department is preparing a list of 40 companies, officials said.",
                "The package follows months of talks with European allies, who had resisted tighter rules.",
                "Earlier Monday, the president met with his national security team.",
                "Two senators called the plan overdue in a joint statement.",
            ]),
        Case(name: "en: 'Previously, on March 3, the council…' and 'Earlier, 40 residents had…' are prose, not separators", text: """
            Pool to stay open

            Update: The council has voted to keep the pool open until June.

            Swimmers had protested on Monday outside the town hall.

            Previously, on March 3, the council had voted to close it for good.

            Earlier, 40 residents had signed a petition against the closure.

            The pool was built in 1968.
            """, notices: ["Update: The council has voted to keep the pool open until June."],
            claims: [
                "Swimmers had protested on Monday outside the town hall.",
                "Previously, on March 3, the council had voted to close it for good.",
                "Earlier, 40 residents had signed a petition against the closure.",
                "The pool was built in 1968.",
            ]),
        Case(name: "en: a last sentence opening with a label's word and a date is the notice's, not a trailing label", text: """
            Police question suspect

            A man was questioned by police in connection with the fire at the warehouse, officials said.

            The fire destroyed three buildings and injured two firefighters.

            Update: Police released the suspect without charge on Tuesday. Earlier Monday, he was questioned for hours.
            """, notices: ["Update: Police released the suspect without charge on Tuesday. Earlier Monday, he was questioned for hours."],
            claims: ["The fire destroyed three buildings and injured two firefighters."]),
        Case(name: "fr: « L'article 7 repousse… » est le récit, pas le séparateur « L'article »", text: """
            Réforme des retraites : le texte adopté

            MISE A JOUR : Le Conseil constitutionnel a validé mardi l'essentiel de la réforme.

            Le gouvernement avait engagé sa responsabilité sur le texte en mars.

            Les syndicats appellent à une nouvelle journée de mobilisation la semaine prochaine.

            L'article 7 repousse l'âge légal de départ à 64 ans.

            Le texte doit entrer en vigueur en septembre.
            """, notices: ["MISE A JOUR : Le Conseil constitutionnel a validé mardi l'essentiel de la réforme."],
            claims: [
                "Le gouvernement avait engagé sa responsabilité sur le texte en mars.",
                "Les syndicats appellent à une nouvelle journée de mobilisation la semaine prochaine.",
                "L'article 7 repousse l'âge légal de départ à 64 ans.",
                "Le texte doit entrer en vigueur en septembre.",
            ]),
        Case(name: "fr: une dernière phrase ouverte par « L'article 12 » est à la notice, pas un séparateur", text: """
            Le règlement du concours interdisait les équipes mixtes.

            Les candidats ont protesté auprès des organisateurs.

            Le jury se réunit lundi pour trancher.

            Mise à jour : le jury a finalement accepté les équipes mixtes. L'article 12 du règlement a été modifié.
            """, notices: ["Mise à jour : le jury a finalement accepté les équipes mixtes. L'article 12 du règlement a été modifié."],
            claims: ["Le jury se réunit lundi pour trancher."]),
        Case(name: "fr: « Toujours est-il que » n'est pas un état en cours : la notice de fin le garde", text: """
            L'application a été retirée de la boutique en ligne.

            Elle offrait un accès payant aux documents publiés par le site.

            Le retrait a surpris ses utilisateurs.

            [MAJ] Le fabricant a répondu que l'application enfreignait ses règles.

            Toujours est-il qu'avec cette réponse, le fabricant donne des arguments à ses critiques.
            """, notices: ["[MAJ] Le fabricant a répondu que l'application enfreignait ses règles. Toujours est-il qu'avec cette réponse, le fabricant donne des arguments à ses critiques."],
            claims: ["Le retrait a surpris ses utilisateurs."]),
        Case(name: "en: a closing notice keeps its own hedge for now", text: """
            The network went down on Tuesday afternoon.

            Calls and texts failed across the country.

            The operator apologised on social media.

            Update: Service was restored overnight, the operator says.

            For now, engineers have ruled out an attack.
            """, notices: ["Update: Service was restored overnight, the operator says. For now, engineers have ruled out an attack."],
            claims: ["The operator apologised on social media."]),
        Case(name: "fr: « déjà » au passé est le récit de l'article, pas l'heure de la notice", text: """
            [Mis à jour à 21h17] Les signalements de panne ont nettement diminué depuis 19 heures.

            Plus tôt dans la journée, l'opérateur s'était déjà excusé pour la gêne occasionnée.

            Les appels vers les numéros d'urgence restent possibles.
            """, notices: ["[Mis à jour à 21h17] Les signalements de panne ont nettement diminué depuis 19 heures."],
            claims: ["Plus tôt dans la journée, l'opérateur s'était déjà excusé pour la gêne occasionnée."]),
        Case(name: "en: 'already' in the present is the update's time; in the past, the report's", text: """
            Update (9 am): The storm has made landfall near the border.

            Some are already speculating about a second landfall further south.

            The governor had already ordered the evacuation of the coast on Tuesday.
            """, notices: ["Update (9 am): The storm has made landfall near the border. Some are already speculating about a second landfall further south."],
            claims: ["The governor had already ordered the evacuation of the coast on Tuesday."]),
        Case(name: "en: 'already' in an elided present ('it's', 'they're') is the update's time too", text: """
            Update (9 am): The storm has made landfall near the border.

            It's already the strongest storm to hit the coast this year, and forecasters say they're already tracking another.

            The governor had already ordered the evacuation of the coast on Tuesday.
            """, notices: ["Update (9 am): The storm has made landfall near the border. It's already the strongest storm to hit the coast this year, and forecasters say they're already tracking another."],
            claims: ["The governor had already ordered the evacuation of the coast on Tuesday."]),
        Case(name: "fr: « c'est déjà » au présent est l'heure de la notice ; « s'est déjà » au passé, le récit", text: """
            [Mis à jour à 21h17] La tempête a touché la côte près de la frontière.

            C'est déjà la tempête la plus forte de l'année sur le littoral.

            Le préfet s'est déjà rendu mardi dans les communes évacuées.
            """, notices: ["[Mis à jour à 21h17] La tempête a touché la côte près de la frontière. C'est déjà la tempête la plus forte de l'année sur le littoral."],
            claims: ["Le préfet s'est déjà rendu mardi dans les communes évacuées."]),
        Case(name: "en: an update's hour alone ends the notice above it, a notice of its line, no claim", text: """
            This post was updated at 5:06 a.m. ET Friday:
            The weather service has downgraded the hurricane to a tropical storm. This post says residents should still take care.
            This post was updated at 8:45 p.m. ET.
            At the moment, the island is forecast to take a direct hit from the storm.
            """, notices: ["This post was updated at 5:06 a.m. ET Friday: The weather service has downgraded the hurricane to a tropical storm. This post says residents should still take care.", "This post was updated at 8:45 p.m. ET."],
            claims: ["At the moment, the island is forecast to take a direct hit from the storm."],
            absent: ["This post was updated at 8:45 p.m. ET."]),
        Case(name: "fr: un horodatage « Mis à jour le … à … » arrête la notice au-dessus et n'est pas une affirmation", text: """
            Mise à jour 8h12 :
            Le service a été rétabli dans la nuit, nous a indiqué l'opérateur.

            Cet article a été mis à jour le 7 juillet à 1h49.

            La panne touche les appels et les SMS depuis vendredi après-midi.
            """, notices: ["Mise à jour 8h12 : Le service a été rétabli dans la nuit, nous a indiqué l'opérateur."],
            claims: ["La panne touche les appels et les SMS depuis vendredi après-midi."],
            absent: ["Cet article a été mis à jour le 7 juillet à 1h49."]),
        Case(name: "en: at the top, a separator further down still closes a notice of many paragraphs", text: """
            Update: The district found no specific threat of violence.

            Rumors began spreading on Thursday evening on a messaging app.

            Students reported them to school staff the same night.

            State police and the school's resource officer took part in the inquiry.

            The school moved to remote classes on Friday out of caution.

            Classes will resume in the building on Monday.

            The district thanked parents for their patience.

            Previously reported:

            The high school will switch to remote learning on Friday, the district announced.
            """, notices: ["Update: The district found no specific threat of violence. Rumors began spreading on Thursday evening on a messaging app. Students reported them to school staff the same night. State police and the school's resource officer took part in the inquiry. The school moved to remote classes on Friday out of caution. Classes will resume in the building on Monday. The district thanked parents for their patience."],
            claims: ["The high school will switch to remote learning on Friday, the district announced."]),
        Case(name: "fr: en tête, « Article initial : » plus bas ferme encore une notice de nombreux paragraphes", text: """
            Mise à jour : Le rectorat n'a relevé aucune menace précise contre l'établissement.

            Les rumeurs ont circulé jeudi soir sur une messagerie.

            Des élèves les ont signalées au personnel le soir même.

            La gendarmerie et le référent sécurité ont mené l'enquête.

            Le lycée a basculé en cours à distance vendredi par précaution.

            Les cours reprendront en classe lundi.

            Le proviseur a remercié les familles pour leur patience.

            Article initial :

            Le lycée passera en cours à distance vendredi, a annoncé le rectorat.
            """, notices: ["Mise à jour : Le rectorat n'a relevé aucune menace précise contre l'établissement. Les rumeurs ont circulé jeudi soir sur une messagerie. Des élèves les ont signalées au personnel le soir même. La gendarmerie et le référent sécurité ont mené l'enquête. Le lycée a basculé en cours à distance vendredi par précaution. Les cours reprendront en classe lundi. Le proviseur a remercié les familles pour leur patience."],
            claims: ["Le lycée passera en cours à distance vendredi, a annoncé le rectorat."]),
        Case(name: "en: at the top, a bare rule further down than the separator's reach does not close the notice", text: """
            School closes for the week

            Update: The district confirmed the closure on Sunday evening.

            The high school will be closed all week after a burst pipe flooded the ground floor, the district said.

            Repairs are expected to cost about 200,000 dollars.

            Classes will move online from Monday, with laptops lent to 300 students.

            The gym and the cafeteria were the worst hit, according to the principal.

            Parents were told by text message on Saturday.

            The district's insurer sent an assessor on Sunday.

            ***

            In other news, the board approved a new bus contract on Thursday.
            """, notices: ["Update: The district confirmed the closure on Sunday evening."],
            claims: [
                "The high school will be closed all week after a burst pipe flooded the ground floor, the district said.",
                "Repairs are expected to cost about 200,000 dollars.",
                "The district's insurer sent an assessor on Sunday.",
                "In other news, the board approved a new bus contract on Thursday.",
            ]),
        Case(name: "fr: en tête, une ligne d'étoiles au-delà de la portée d'un séparateur ne ferme pas la notice", text: """
            Le lycée fermé toute la semaine

            Mise à jour : le rectorat a confirmé la fermeture dimanche soir.

            Le lycée restera fermé toute la semaine après une fuite qui a inondé le rez-de-chaussée, selon le rectorat.

            Les réparations devraient coûter environ 200 000 euros.

            Les cours passeront en ligne dès lundi, avec 300 ordinateurs prêtés aux élèves.

            Le gymnase et la cantine sont les plus touchés, selon le proviseur.

            Les parents ont été prévenus par SMS samedi.

            L'assureur du rectorat a envoyé un expert dimanche.

            * * *

            Par ailleurs, le conseil régional a voté jeudi un nouveau contrat de transport scolaire.
            """, notices: ["Mise à jour : le rectorat a confirmé la fermeture dimanche soir."],
            claims: [
                "Le lycée restera fermé toute la semaine après une fuite qui a inondé le rez-de-chaussée, selon le rectorat.",
                "Les réparations devraient coûter environ 200 000 euros.",
                "L'assureur du rectorat a envoyé un expert dimanche.",
                "Par ailleurs, le conseil régional a voté jeudi un nouveau contrat de transport scolaire.",
            ]),
        Case(name: "fr: en tête, une ligne d'étoiles proche ferme encore la notice", text: """
            Mise à jour : le rectorat a confirmé la fermeture dimanche soir.

            Les cours reprendront en classe lundi prochain.

            * * *

            Le lycée restera fermé toute la semaine après une fuite, selon le rectorat.
            """, notices: ["Mise à jour : le rectorat a confirmé la fermeture dimanche soir. Les cours reprendront en classe lundi prochain."],
            claims: ["Le lycée restera fermé toute la semaine après une fuite, selon le rectorat."]),
        Case(name: "en: an update's hour under the headline is a notice of its line, not the report: the notice below stays at the top", text: """
            Storm closes schools

            This post was updated at 8:45 p.m. ET.

            All schools in the county will be closed on Friday.

            The storm is expected to bring a foot of snow.

            Update: The district now says schools will open two hours late.

            A district spokesman told us buses will run on snow routes.

            The storm is the first of the season.

            Snowplows were out on the main roads by midnight.

            The county has stocked 4,000 tons of salt.
            """, notices: ["This post was updated at 8:45 p.m. ET.", "Update: The district now says schools will open two hours late. A district spokesman told us buses will run on snow routes."],
            claims: ["The storm is expected to bring a foot of snow.", "The storm is the first of the season."],
            absent: ["This post was updated at 8:45 p.m. ET."]),
        Case(name: "fr: un horodatage sous le titre est du mobilier, pas l'article : la notice dessous reste en tête", text: """
            La neige ferme les écoles

            Cet article a été mis à jour le 7 janvier à 20h45.

            Toutes les écoles du département seront fermées vendredi.

            La tempête doit apporter trente centimètres de neige.

            Mise à jour : le rectorat indique désormais que les écoles ouvriront avec deux heures de retard.

            Un porte-parole nous a précisé que les cars suivront les itinéraires d'hiver.

            La tempête est la première de la saison.

            Les chasse-neige circulaient sur les grands axes dès minuit.

            Le département a stocké 4 000 tonnes de sel.
            """, notices: ["Mise à jour : le rectorat indique désormais que les écoles ouvriront avec deux heures de retard. Un porte-parole nous a précisé que les cars suivront les itinéraires d'hiver."],
            claims: ["La tempête doit apporter trente centimètres de neige.", "La tempête est la première de la saison."],
            absent: ["Cet article a été mis à jour le 7 janvier à 20h45."]),
        Case(name: "en: a label closing the notice's own paragraph ends the notice before it, and is no claim", text: """
            leaked list

            Update: The studio says the game has entered final certification, which has nothing to do with a release date. Original story follows.

            A retailer's listing shows three games releasing next month.
            """, notices: ["Update: The studio says the game has entered final certification, which has nothing to do with a release date."],
            claims: ["A retailer's listing shows three games releasing next month."], absent: ["Original story follows."]),
        Case(name: "fr: « Article initial ci-dessous. » en fin de paragraphe ferme la notice et n'est pas une affirmation", text: """
            Mise à jour : le studio indique que le jeu est entré en certification finale. Article initial ci-dessous.

            Une liste d'un revendeur montre trois sorties le mois prochain.
            """, notices: ["Mise à jour : le studio indique que le jeu est entré en certification finale."],
            claims: ["Une liste d'un revendeur montre trois sorties le mois prochain."], absent: ["Article initial ci-dessous."]),
        Case(name: "en: a notice does not read on past its own trailing label, even over a paragraph in its voice", text: """
            leaked list

            Update: The studio says the game has entered final certification, which has nothing to do with a release date. Original story follows.

            The studio told us last week that the game would ship this year, according to this story's sources.

            A retailer's listing shows three games releasing next month.
            """, notices: ["Update: The studio says the game has entered final certification, which has nothing to do with a release date."],
            claims: [
                "The studio told us last week that the game would ship this year, according to this story's sources.",
                "A retailer's listing shows three games releasing next month.",
            ], absent: ["Original story follows."]),
        Case(name: "fr: une notice ne continue pas au-delà de son propre « Article initial ci-dessous. », même sur un paragraphe à sa voix", text: """
            liste divulguée

            Mise à jour : le studio indique que le jeu est entré en certification finale. Article initial ci-dessous.

            Le studio nous a indiqué la semaine dernière que le jeu sortirait cette année.

            Une liste d'un revendeur montre trois sorties le mois prochain.
            """, notices: ["Mise à jour : le studio indique que le jeu est entré en certification finale."],
            claims: [
                "Le studio nous a indiqué la semaine dernière que le jeu sortirait cette année.",
                "Une liste d'un revendeur montre trois sorties le mois prochain.",
            ], absent: ["Article initial ci-dessous."]),
        Case(name: "fr: un « Article initial ci-dessous. » au premier paragraphe ferme la notice avant une dépêche proche", text: """
            Mise à jour : le studio dément toute date de sortie. Article initial ci-dessous.

            Une liste d'un revendeur montre trois sorties le mois prochain.

            LOS ANGELES (AFP) - Le studio prépare trois jeux pour la fin de l'année.
            """, notices: ["Mise à jour : le studio dément toute date de sortie."],
            claims: [
                "Une liste d'un revendeur montre trois sorties le mois prochain.",
                "LOS ANGELES (AFP) - Le studio prépare trois jeux pour la fin de l'année.",
            ], absent: ["Article initial ci-dessous."]),
        Case(name: "en: a trailing label in the first paragraph closes the notice before a dateline close below", text: """
            Update: The studio denies any release date. Original story follows.

            A retailer's listing shows three games releasing next month.

            LOS ANGELES (AP) — The studio is preparing three games for the end of the year.
            """, notices: ["Update: The studio denies any release date."],
            claims: [
                "A retailer's listing shows three games releasing next month.",
                "LOS ANGELES (AP) — The studio is preparing three games for the end of the year.",
            ], absent: ["Original story follows."]),
        Case(name: "en: down the page, a quotation between two stacked notices is the first one's", text: """
            The president will meet the students at the White House this week.

            The news was first posted by a television host on Monday.

            The students had been criticised after a video spread online.

            Their school has since hired a public relations firm.

            Update: A network producer disputes the report, citing an anonymous source.

            "They are not coming this week, but that does not mean they will never come," the source said.

            Update 2: The host is now backing away from her report.
            """, notices: [
                "Update: A network producer disputes the report, citing an anonymous source. \"They are not coming this week, but that does not mean they will never come,\" the source said.",
                "Update 2: The host is now backing away from her report.",
            ], claims: ["Their school has since hired a public relations firm."]),
        Case(name: "fr: en bas de page, une citation entre deux notices empilées est à la première", text: """
            Le ministre recevra les élèves au ministère cette semaine.

            L'information a d'abord été donnée par une animatrice lundi.

            Les élèves avaient été critiqués après la diffusion d'une vidéo.

            Leur lycée a depuis engagé une agence de communication.

            Mise à jour : un producteur conteste l'information, citant une source anonyme.

            « Ils ne viennent pas cette semaine, ce qui ne veut pas dire qu'ils ne viendront jamais », selon cette source.

            Mise à jour 2 : l'animatrice revient désormais sur son information.
            """, notices: [
                "Mise à jour : un producteur conteste l'information, citant une source anonyme. « Ils ne viennent pas cette semaine, ce qui ne veut pas dire qu'ils ne viendront jamais », selon cette source.",
                "Mise à jour 2 : l'animatrice revient désormais sur son information.",
            ], claims: ["Leur lycée a depuis engagé une agence de communication."]),
        Case(name: "fr: en bas de page, un paragraphe ouvert par « Mais » entre deux notices empilées est le récit", text: """
            Incendie dans un entrepôt

            Un incendie a détruit un entrepôt de la zone industrielle dans la nuit de lundi à mardi.

            Les pompiers ont mobilisé 60 hommes pour maîtriser les flammes.

            Le propriétaire du site, une société de logistique, emploie 120 personnes.

            Les salariés ont été placés en chômage technique jusqu'à la fin du mois.

            Mise à jour : le feu est maîtrisé, indique la préfecture.

            Mais la zone industrielle avait déjà été touchée par deux incendies en 2022, selon la mairie.

            Les locataires du site affirment toutefois que les issues de secours étaient bloquées.

            Mise à jour 2 : la piste criminelle est écartée.
            """, notices: ["Mise à jour : le feu est maîtrisé, indique la préfecture.", "Mise à jour 2 : la piste criminelle est écartée."],
            claims: [
                "Mais la zone industrielle avait déjà été touchée par deux incendies en 2022, selon la mairie.",
                "Les locataires du site affirment toutefois que les issues de secours étaient bloquées.",
            ]),
        Case(name: "en: down the page, a paragraph opening with 'But' or 'However' between stacked notices is the report's", text: """
            Warehouse fire

            A fire destroyed a warehouse in the industrial park overnight.

            Firefighters sent 60 crews to put out the flames.

            The site's owner, a logistics firm, employs 120 people.

            Staff have been sent home until the end of the month.

            Update: The fire is under control, the county says.

            But the industrial park had been hit by two fires in 2022, the mayor's office said.

            However, the park's tenants say the fire exits were blocked.

            Update 2: Arson has been ruled out.
            """, notices: ["Update: The fire is under control, the county says.", "Update 2: Arson has been ruled out."],
            claims: [
                "But the industrial park had been hit by two fires in 2022, the mayor's office said.",
                "However, the park's tenants say the fire exits were blocked.",
            ]),
        Case(name: "en: down the page, a paragraph in the notice's voice between stacked notices is the first one's", text: """
            Warehouse fire

            A fire destroyed a warehouse in the industrial park overnight.

            Firefighters sent 60 crews to put out the flames.

            The site's owner, a logistics firm, employs 120 people.

            Update: The fire is under control, the county says.

            A county spokesman told us the building will be demolished.

            Update 2: Arson has been ruled out.
            """, notices: [
                "Update: The fire is under control, the county says. A county spokesman told us the building will be demolished.",
                "Update 2: Arson has been ruled out.",
            ], claims: ["The site's owner, a logistics firm, employs 120 people."]),
        Case(name: "fr: en bas de page, un paragraphe à la voix de la notice entre deux notices empilées est à la première", text: """
            Incendie dans un entrepôt

            Un incendie a détruit un entrepôt de la zone industrielle dans la nuit de lundi à mardi.

            Les pompiers ont mobilisé 60 hommes pour maîtriser les flammes.

            Le propriétaire du site, une société de logistique, emploie 120 personnes.

            Mise à jour : le feu est maîtrisé, indique la préfecture.

            La préfecture nous a précisé que le bâtiment serait démoli.

            Mise à jour 2 : la piste criminelle est écartée.
            """, notices: [
                "Mise à jour : le feu est maîtrisé, indique la préfecture. La préfecture nous a précisé que le bâtiment serait démoli.",
                "Mise à jour 2 : la piste criminelle est écartée.",
            ], claims: ["Le propriétaire du site, une société de logistique, emploie 120 personnes."]),
        Case(name: "fr: « À voir également » sous une notice du bas est du mobilier, la notice s'arrête avant", text: """
            La route 12 est fermée dans les deux sens après une collision entre deux camions.

            MISE À JOUR :

            La route 12 a rouvert en fin de matinée. Un camion reste sur le bas-côté.

            À VOIR ÉGALEMENT : La neige bloque les routes du nord du département
            """, notices: ["MISE À JOUR : La route 12 a rouvert en fin de matinée. Un camion reste sur le bas-côté."],
            absent: ["À VOIR ÉGALEMENT : La neige bloque les routes du nord du département"]),
        Case(name: "fr: une suggestion de lecture entre deux notices empilées est du mobilier : la première garde ses paragraphes", text: """
            Mise à jour 8h12
            L'ensemble des services a été rétabli durant la nuit, vers 3h20.
            Les ingénieurs ont trouvé l'origine du problème dans la soirée : un équipement logiciel tombé en panne.
            À lire aussi sur le même sujet : « les conséquences inattendues de la panne »
            En cas de panne de son opérateur, quelle indemnisation espérer ?
            Mise à jour 1h49
            Comme prévu, les services de base ont été rétablis dans la nuit.
            """, notices: [
                "Mise à jour 8h12 L'ensemble des services a été rétabli durant la nuit, vers 3h20. Les ingénieurs ont trouvé l'origine du problème dans la soirée : un équipement logiciel tombé en panne.",
                "Mise à jour 1h49 Comme prévu, les services de base ont été rétablis dans la nuit.",
            ]),
        Case(name: "en: a reading suggestion between two stacked notices is furniture: the first keeps its paragraphs", text: """
            Update 8:12 a.m.
            All services were restored overnight, around 3:20 a.m.
            Engineers traced the fault to a software component in one of the network's nodes.
            READ MORE: What the overnight outage means for your monthly phone bill, and how to claim a refund from the operator
            Can you claim compensation when your network fails?
            Update 1:49 a.m.
            As expected, calls and texts came back during the night.
            """, notices: [
                "Update 8:12 a.m. All services were restored overnight, around 3:20 a.m. Engineers traced the fault to a software component in one of the network's nodes.",
                "Update 1:49 a.m. As expected, calls and texts came back during the night.",
            ]),
    ]

    /// Sixth round (docs/notice-extent-survey.md): a correction set as the page's heading, a closing notice over the
    /// page's repeat of its article, a statement a notice announces up to the notice stacked under it.
    static let headingCases: [Case] = [
        // A page listing its corrections titles each with the piece it amends and that piece's date: the title is the
        // correction's heading, and the correction ends above the next title.
        Case(name: "en: a corrections page's dated titles head their corrections", text: """
            All our corrections

            Story: "Untangling the reporting on the caucus" (February 16)
            Clarification: "We have tweaked the second last paragraph to clarify the distinction."

            Story: "You don't have to talk about it" (April 27)
            Correction: "This piece originally misnamed the driver of the van."
            """, notices: [
                "Story: \"Untangling the reporting on the caucus\" (February 16) Clarification: \"We have tweaked the second last paragraph to clarify the distinction.\"",
                "Story: \"You don't have to talk about it\" (April 27) Correction: \"This piece originally misnamed the driver of the van.\"",
            ], claims: []),
        Case(name: "fr: le titre daté d'un article corrigé est l'en-tête de sa correction", text: """
            Corrections

            Recul du français hors Québec : un déclin nuancé (le Mercredi 8 janvier 2025 10:45) :

            Mise à jour : la version précédente indiquait 4 % ; le recul est de 3 %.

            Feuilleton de la Colline : les candidats libéraux (le Vendredi 17 janvier 2025 8:46) :

            Mise à jour : Chrystia Freeland a annoncé sa candidature après la publication.
            """, notices: [
                "Recul du français hors Québec : un déclin nuancé (le Mercredi 8 janvier 2025 10:45) : Mise à jour : la version précédente indiquait 4 % ; le recul est de 3 %.",
                "Feuilleton de la Colline : les candidats libéraux (le Vendredi 17 janvier 2025 8:46) : Mise à jour : Chrystia Freeland a annoncé sa candidature après la publication.",
            ], claims: []),
        // An aside in parentheses is no date, even when it says "may"; nor a date alone in them.
        Case(name: "en: an aside in parentheses over a notice is the report's", text: """
            This was too good not to post. (I looked on Snopes and it may actually be real.)

            Update: From the comments, Snopes classifies it as undetermined.
            """, notices: ["Update: From the comments, Snopes classifies it as undetermined."],
            claims: ["This was too good not to post."]),
        // One dated line over one update is a headline or an event's line, which the update amends: only a page that
        // lists corrections, two dated titles or more, heads its corrections with them; a list's items never.
        Case(name: "en: a dated headline over one update stays the report's", text: """
            Council sets stadium vote for spring (March 3)

            Update: The vote has been moved to April 14.

            The council will meet at City Hall.
            """, notices: ["Update: The vote has been moved to April 14."],
            claims: ["Council sets stadium vote for spring (March 3)", "The council will meet at City Hall."]),
        Case(name: "fr: une ligne d'agenda datée au-dessus d'une mise à jour reste le récit", text: """
            Les Rendez-vous de l'Erdre sur les quais (30 août)

            Mise à jour : le concert de clôture est annulé.

            Le festival accueille 40 concerts gratuits.
            """, notices: ["Mise à jour : le concert de clôture est annulé."],
            claims: ["Les Rendez-vous de l'Erdre sur les quais (30 août)", "Le festival accueille 40 concerts gratuits."]),
        Case(name: "en: a dated line with no notice under it stays the report's", text: """
            The council met on Tuesday.

            The budget vote (March 3) was moved to the afternoon.

            The mayor called it a fair plan.
            """, notices: [], claims: ["The budget vote (March 3) was moved to the afternoon."]),

        // A correction titled with the corrected piece's own words is a heading when its body speaks of what the
        // article said; the wire's byline and the dateline's place alone on their lines are the page's, under it.
        Case(name: "en: a correction titled with the piece's words, over a body that says what was mistaken", text: """
            Correction: Harbor Master Statement

            In reporting on the harbor master's statement last week, it was mistakenly asserted that he did not comment on the dredging plan. In fact, he wrote that the plan was not feasible. The Gazette apologizes for the error.

            Share this article
            """, notices: ["Correction: Harbor Master Statement In reporting on the harbor master's statement last week, it was mistakenly asserted that he did not comment on the dredging plan. In fact, he wrote that the plan was not feasible. The Gazette apologizes for the error."],
            absent: ["In fact, he wrote that the plan was not feasible."]),
        Case(name: "fr: un rectificatif titré des mots du texte corrigé, sur un corps qui dit l'erreur", text: """
            Rectificatif : déclaration du maire

            Dans notre article sur la déclaration du maire, nous avons écrit par erreur qu'il ne s'était pas exprimé sur le dragage. Il l'a jugé irréalisable. Toutes nos excuses.

            Partager cet article
            """, notices: ["Rectificatif : déclaration du maire Dans notre article sur la déclaration du maire, nous avons écrit par erreur qu'il ne s'était pas exprimé sur le dragage. Il l'a jugé irréalisable. Toutes nos excuses."],
            absent: ["Il l'a jugé irréalisable."]),
        Case(name: "en: a correction's headline over a report that refers to nothing it said keeps its report out", text: """
            Correction: Harbor Master Resigns

            The harbor master resigned on Tuesday after ten years in the post, the port authority said.

            His deputy will run the harbor until a successor is named.

            The port handled 2 million tons of cargo last year.

            A new crane is due in May.
            """, notices: ["Correction: Harbor Master Resigns"],
            claims: ["The harbor master resigned on Tuesday after ten years in the post, the port authority said."]),
        Case(name: "en: a correction titled with the piece's words over two paragraphs of errors and an apology", text: """
            Correction: Harbor Dredging Report

            An article on Tuesday about the harbor dredging project mistakenly reported that the state would pay the full cost. The city will pay $4 million of it.

            The article also misstated the start date. Dredging begins on Oct. 1, not Sept. 1. We regret the errors.

            Share this article
            """, notices: ["Correction: Harbor Dredging Report An article on Tuesday about the harbor dredging project mistakenly reported that the state would pay the full cost. The city will pay $4 million of it. The article also misstated the start date. Dredging begins on Oct. 1, not Sept. 1. We regret the errors."]),
        Case(name: "fr: la signature d'une agence sous un rectificatif titré des mots du texte", text: """
            Rectificatif : Déclaration de Schiller

            Par l'AFP

            STRASBOURG,

            Dans notre article publié lundi, il était indiqué par erreur que le député Paul Schiller avait quitté son parti. Il en reste membre.

            Le député avait critiqué la direction du parti lors d'une réunion à Strasbourg.
            """, notices: ["Rectificatif : Déclaration de Schiller Par l'AFP STRASBOURG, Dans notre article publié lundi, il était indiqué par erreur que le député Paul Schiller avait quitté son parti. Il en reste membre."],
            claims: ["Le député avait critiqué la direction du parti lors d'une réunion à Strasbourg."]),
        Case(name: "en: a correction heading whose body opens with a sentence that is a notice by itself", text: """
            Correction: Mayor quits

            The Associated Press

            EMPORIA, Kan.

            An earlier version of this story mistakenly reported that Mayor Dan Hill had resigned. Hill has not resigned.

            The audit found $300,000 missing from a city account, state officials said.

            The council will name a replacement next week.
            """, notices: ["Correction: Mayor quits The Associated Press EMPORIA, Kan. An earlier version of this story mistakenly reported that Mayor Dan Hill had resigned. Hill has not resigned."],
            claims: ["The audit found $300,000 missing from a city account, state officials said."]),
        Case(name: "en: the wire's byline, stamp and place alone on their lines stand between the slug and the body", text: """
            Correction: Harbor-Expansion story

            The Associated Press

            March 2, 2024 4:00 PM

            PORTLAND, Maine

            In a story March 1 about the harbor expansion, The Associated Press erroneously reported the number of cranes the port will add. It is 12 cranes, not 2.

            PORTLAND, Maine (AP) — The port has broken ground on its expansion.

            The project will cost $40 million.

            Work should end in 2026.

            The port employs 500 people.
            """, notices: ["Correction: Harbor-Expansion story The Associated Press March 2, 2024 4:00 PM PORTLAND, Maine In a story March 1 about the harbor expansion, The Associated Press erroneously reported the number of cranes the port will add. It is 12 cranes, not 2."],
            claims: ["The project will cost $40 million."]),
        Case(name: "en: a correction titled with the story's slug takes the wire body under its byline, dateline and all", text: """
            Correction: Harbor Bridge story

            By The Associated Press

            PORTLAND, Maine (AP) — In a story published March 3 about the harbor bridge, The Associated Press erroneously reported that the bridge would close for two years. It will close for two months.

            A corrected version of the story is below:

            Harbor bridge to close for repairs

            PORTLAND, Maine (AP) — The harbor bridge will close for two months starting in April, city officials said Tuesday.

            Officials said the repairs would cost $12 million.

            Commuters will be sent to the northern crossing.
            """, notices: ["Correction: Harbor Bridge story By The Associated Press PORTLAND, Maine (AP) — In a story published March 3 about the harbor bridge, The Associated Press erroneously reported that the bridge would close for two years. It will close for two months. A corrected version of the story is below:"],
            claims: ["Officials said the repairs would cost $12 million."], absent: ["It will close for two months."]),
        Case(name: "en: updates set as a list's items are one notice each, the item's text", text: """
            Microsoft is investigating an authentication issue affecting Teams and Outlook.

            The company said the problem began just after noon on Monday.

              • Update: Microsoft said it is rolling back a change to its authentication system.
              • Update 2: Microsoft said it has found the underlying cause of the problem.

            Numerous schools reported problems with remote classes.

            The outage affected users worldwide.
            """, notices: ["Update: Microsoft said it is rolling back a change to its authentication system.",
                           "Update 2: Microsoft said it has found the underlying cause of the problem."],
            claims: ["Numerous schools reported problems with remote classes."]),
        Case(name: "fr: des mises à jour en puces, une par élément", text: """
            La ligne B du métro est interrompue depuis 17 heures après une bagarre.

            Les usagers sont invités à emprunter les bus de substitution.

            - Mise à jour : le trafic a repris partiellement entre Borderouge et Jean Jaurès.
            - Mise à jour 2 : le trafic a repris sur toute la ligne.

            Tisséo précise que la ligne A n'a pas été touchée.

            La police a ouvert une enquête.
            """, notices: ["Mise à jour : le trafic a repris partiellement entre Borderouge et Jean Jaurès.",
                           "Mise à jour 2 : le trafic a repris sur toute la ligne."],
            claims: ["Tisséo précise que la ligne A n'a pas été touchée."]),
        Case(name: "en/fr: a changelog's or a how-to's items labelled otherwise around the marker word are no notices", text: """
            Version 2.3 of the app is out. Here is what changed:

            - Update: the sync engine now uses less memory.
            - Fix: the app no longer crashes when opening large files.
            - New: a dark mode.

            Version 2.4 followed a week later:

            - New: copy without site tracking.
            - Update: the bundled PDF viewer now uses pdf.js 4.2.
            - Update: Zstandard compression is now supported.
            - Fix: a crash when closing a tab.

            The studio's plans include:
            - Update 1: new space stations and a reworked trading system, due in the spring.
            - Update 2: larger settlements and co-operative base building, due in the autumn.

            The roadmap lists:

            • Update 1: a new enemy faction and ten new planets, due in June.
            • Update 2: a ranked mode and cross-platform parties, due in September.

            Notes de version :

            - Nouveauté : un mode sombre.
            - MàJ : le moteur de synchronisation est plus rapide.
            - MàJ 2 : la recherche tient compte des accents.
            - Correction : l'export PDF ne plante plus.

            Pour mettre à jour votre téléphone :

            - Mise à jour : ouvrez les réglages puis touchez Général.
            - Sauvegarde : branchez le téléphone sur secteur.
            """, notices: []),
        Case(name: "en: an update's stamp alone on its line heads the update above the first version's label", text: """
            NWS upgrades winter storm watch to warning

            Updated, Mar. 2, 7:00 a.m.

            Ahead of a storm that could bring 8 to 12 inches, the weather service has upgraded the watch to a warning.

            Power outages are also possible, forecasters said.

            Original Story:

            The weather service has issued a winter storm watch for the region for March 3.

            Precipitation will begin as rain on Sunday night.
            """, notices: ["Updated, Mar. 2, 7:00 a.m. Ahead of a storm that could bring 8 to 12 inches, the weather service has upgraded the watch to a warning. Power outages are also possible, forecasters said."],
            claims: ["Precipitation will begin as rain on Sunday night."], absent: ["Original Story:"]),
        Case(name: "en: a date at the top heads the update when the page's first version stands dated under its label", text: """
            TUESDAY 5/25/2021 10:07 a.m.

            CEDAR GROVE, Wis. (WFRV) – The crash that closed the northbound lanes has been cleared and the lanes are open.

            The closure lasted about an hour.

            Local 5 will update this story as more information becomes available.

            ORIGINAL: Crash closes northbound lanes near Cedar Grove

            TUESDAY 5/25/2021 9:16 a.m.

            CEDAR GROVE, Wis. (WFRV) – The northbound lanes are closed near Cedar Grove due to a crash.

            The closure is expected to last two hours.
            """, notices: ["TUESDAY 5/25/2021 10:07 a.m. CEDAR GROVE, Wis. (WFRV) – The crash that closed the northbound lanes has been cleared and the lanes are open. The closure lasted about an hour."],
            claims: ["The closure is expected to last two hours.", "Local 5 will update this story as more information becomes available."]),
        Case(name: "fr: une date en tête ouvre la mise à jour quand la première version, datée, suit son étiquette", text: """
            Mardi 25 mai 2021, 10h07

            La route départementale 32 a rouvert à la circulation après l'accident de ce matin.

            Le conducteur blessé a été transporté à l'hôpital de Vienne.

            Article initial :

            Mardi 25 mai 2021, 9h16

            La route départementale 32 est fermée dans les deux sens après un accident entre deux poids lourds.

            La fermeture devrait durer au moins deux heures.
            """, notices: ["Mardi 25 mai 2021, 10h07 La route départementale 32 a rouvert à la circulation après l'accident de ce matin. Le conducteur blessé a été transporté à l'hôpital de Vienne."],
            claims: ["La fermeture devrait durer au moins deux heures."]),
        Case(name: "en: a date at the top over a work's label and its year is no update (the review's probe)", text: """
            WEDNESDAY 6/2/2021 9:00 a.m.

            The museum opens its exhibit of copies and forgeries this weekend.

            Curator Lisa Hart said the goal is to let visitors judge for themselves.

            ORIGINAL:

            1889

            The original canvas hangs in a private collection in Amsterdam.
            """, notices: [], claims: ["The museum opens its exhibit of copies and forgeries this weekend."]),
        Case(name: "en: a date over a story and an original's label with no date under it is no update", text: """
            May 25, 2021

            My grandmother's recipe for rhubarb pie has been in the family for four generations.

            I changed the crust this year and it came out flakier than ever.

            Original:

            The recipe as she wrote it called for lard and a pinch of nutmeg.

            She baked it in a cast-iron pan.
            """, notices: [], claims: ["My grandmother's recipe for rhubarb pie has been in the family for four generations."]),
        Case(name: "en: an update after a dateline runs down to \"PREVIOUS:\" opening the first version's paragraph", text: """
            SIOUX CITY, Iowa (KCAU) — UPDATE: Officials said the body recovered from the river matches the man seen jumping Tuesday.

            A boater spotted the body about a mile north of the boat ramp.

            The body has been taken to the morgue.

            PREVIOUS: Officials said a body has been recovered from the Missouri River.

            Officials have not said if the body is related to Tuesday's incident.
            """, notices: ["UPDATE: Officials said the body recovered from the river matches the man seen jumping Tuesday. A boater spotted the body about a mile north of the boat ramp. The body has been taken to the morgue."],
            claims: ["Officials have not said if the body is related to Tuesday's incident."]),
        Case(name: "en: \"Previous:\" before a linked post's title, beside \"Next:\", is the blog's navigation (the review's probe)", text: """
            Update: We have added a section on remote caching at the end.

            Last spring our builds were taking 40 minutes.

            We moved the cache to a shared server and builds now take 9 minutes.

            Previous: Why we moved our staging servers to ARM

            Next: What we learned from our first on-call rotation
            """, notices: ["Update: We have added a section on remote caching at the end."],
            claims: ["Last spring our builds were taking 40 minutes."]),
        Case(name: "en: \"Updated Post\" and its time head the rewrite down to the original post's dated label", text: """
            Deputy shot near Highway 16

            Updated Post, July 13, 12:35 p.m.:
            A suspect is in custody hours after the shooting of a deputy near Highway 16 and Beacon Light Road.

            The deputy's status has been upgraded from critical to stable.

            Original Post, July 13, 9:10 a.m.:
            A deputy was shot near Highway 16 on Monday morning, the sheriff said.
            """, notices: ["Updated Post, July 13, 12:35 p.m.: A suspect is in custody hours after the shooting of a deputy near Highway 16 and Beacon Light Road. The deputy's status has been upgraded from critical to stable."],
            claims: ["A deputy was shot near Highway 16 on Monday morning, the sheriff said."], absent: ["Original Post, July 13"]),
        Case(name: "en: a label sending the reader to the first version ends the update above it", text: """
            UPDATE: The band has also canceled its Jan. 18 show in Paris after the incident.

            See the original story below:

            The band has canceled its Jan. 17 show in Paris after an explosive device went off outside the venue.

            No one was injured, the band said.
            """, notices: ["UPDATE: The band has also canceled its Jan. 18 show in Paris after the incident."],
            claims: ["No one was injured, the band said."], absent: ["See the original story below:"]),
        Case(name: "en: a page's word that it is out of date is its paragraph; the how-to below is the page's", text: """
            How to renew your passport by mail

            This post is out of date. The passport office changed its fees and forms in 2023.

            You can renew your passport by mail if your most recent passport was issued when you were 16 or older and within the last 15 years.

            Fill out Form DS-82 and include your most recent passport, a new photo and a check for $110.

            Processing takes six to eight weeks, or two to three weeks if you pay an extra $60 for expedited service.

            Send the envelope to the address listed on the form for your state of residence.
            """, notices: ["This post is out of date. The passport office changed its fees and forms in 2023."],
            claims: ["You can renew your passport by mail if your most recent passport was issued when you were 16 or older and within the last 15 years."]),
        Case(name: "en: prose at the top over the first version's label, with no marker, is the update", text: """
            COLORADO SPRINGS, Colo. — An Amber Alert was issued Monday afternoon for a 3-year-old boy.

            By about 5:11 p.m., the alert was canceled.

            Original story posted below:

            The child is William Lake, a toddler about 3 feet tall.

            Police are attempting to locate his father.
            """, notices: ["COLORADO SPRINGS, Colo. — An Amber Alert was issued Monday afternoon for a 3-year-old boy. By about 5:11 p.m., the alert was canceled. Original story posted below:"],
            claims: ["The child is William Lake, a toddler about 3 feet tall."]),
        Case(name: "en: a wire story's rewrite over its earlier version, the earlier headline under the label", text: """
            Utilities catch up on power restorations

            AUGUSTA, Maine (AP) — Utilities say they're nearly caught up restoring power after Sunday's storm.

            Only 60 customers are without service.

            earlier story

            Utilities make headway on power restorations

            AUGUSTA, Maine (AP) — Utilities say they're making headway restoring power to 20,000 customers.

            About 6,000 customers are without service, half the total of the morning.
            """, notices: ["AUGUSTA, Maine (AP) — Utilities say they're nearly caught up restoring power after Sunday's storm. Only 60 customers are without service. earlier story"],
            claims: ["Utilities catch up on power restorations", "AUGUSTA, Maine (AP) — Utilities say they're making headway restoring power to 20,000 customers."]),
        Case(name: "en: prose over a quoted post's label, a navigation link or a credit under a label is no update", text: """
            My friend Anna convinced me to keep my starter in the fridge.

            Here is the part of her argument that convinced me.

            Original post:

            A starter kept in the refrigerator only needs feeding once a week.

            It will survive a month of neglect if you must travel.
            """, notices: [], claims: ["My friend Anna convinced me to keep my starter in the fridge."]),
        Case(name: "fr: a bill's report over « Article initial : » is no update: no dateline opens it", text: """
            Les députés ont adopté mardi l'article 3 du projet de loi sur le logement.

            Le texte a été modifié en commission pour encadrer les loyers des petites surfaces.

            Article initial :

            Le loyer des logements de moins de vingt mètres carrés ne peut dépasser un plafond fixé par décret.

            Ce plafond est révisé chaque année en fonction de l'indice de référence des loyers.

            Le préfet peut majorer ce plafond dans les zones tendues.
            """, notices: [], claims: ["Les députés ont adopté mardi l'article 3 du projet de loi sur le logement."]),
        Case(name: "en: a story over its republishing credit under the first version's label is no update", text: """
            The county will open two new cooling centres on Friday, officials said.

            The centres will stay open until 9 p.m. through the heat wave.

            Original story:

            This article was first published by the Valley Courier and is republished with permission.
            """, notices: [], claims: ["The county will open two new cooling centres on Friday, officials said."]),
        Case(name: "en: prose over a rule, or over a label that opens a line of its own text, is the report", text: """
            Boeing machinists voted Monday to accept a new contract, ending their strike.

            About 59% of union members voted in favour of the deal.

            -----

            Earlier: Boeing machinists reject second contract offer, extending strike

            Workers could return to the factories as soon as Wednesday.
            """, notices: [], claims: ["Boeing machinists voted Monday to accept a new contract, ending their strike."]),
        Case(name: "en: a label dated alone on its line, in plain case and with no colon, heads the prose below", text: """
            Update 7/31/2009 1431hrs ET
            According to a report, Apple will provide a patch for the SMS flaw by Saturday.

            Original story:

            Yesterday, news broke about a serious security flaw in the iPhone.
            """, notices: ["Update 7/31/2009 1431hrs ET According to a report, Apple will provide a patch for the SMS flaw by Saturday."],
            claims: ["Yesterday, news broke about a serious security flaw in the iPhone."]),
        Case(name: "fr: « MàJ » daté seul sur sa ligne, sans deux-points, au-dessus d'un paragraphe", text: """
            MàJ 18/03/2023
            Selon la procureure, la deuxième victime est un homme de 63 ans, toujours entre la vie et la mort.

            Article original :

            Deux hommes ont été tués par balle dans la nuit de vendredi à samedi dans le quartier.
            """, notices: ["MàJ 18/03/2023 Selon la procureure, la deuxième victime est un homme de 63 ans, toujours entre la vie et la mort."],
            claims: ["Deux hommes ont été tués par balle dans la nuit de vendredi à samedi dans le quartier."]),
        Case(name: "fr: a dated label under a byline's date stamp is the byline's stamp", text: """
            Les plages rouvertes à Cagnes-sur-Mer
            Par A. O.
            Le 24/09 à 12h46
            MàJ 24/09 à 12h46
            A Cagnes-sur-Mer, les intempéries de lundi avaient entraîné la fermeture des plages de l'épi 9 à 6.
            Ce mardi matin, tous les sites sont de nouveau accessibles, selon la mairie.
            """, notices: [], claims: ["Ce mardi matin, tous les sites sont de nouveau accessibles, selon la mairie."]),
        Case(name: "en: a dated label under a byline, or under a blog's posted line, is the page's stamp", text: """
            By Robert Kline, Associated Press
            Update 4/11/09 2:30 PM
            The number of Americans filing new claims for jobless benefits fell last week.

            Posted 7/30/2009 by admin
            Update 7/31/2009
            Apple will provide a patch for the flaw by Saturday, according to a report.
            """, notices: [], claims: ["The number of Americans filing new claims for jobless benefits fell last week."]),
        Case(name: "fr: a changelog's dated entries are a log, not updates of a story", text: """
            Facturo est un logiciel de facturation en ligne destiné aux artisans.

            MàJ 18/03/2023
            Correction d'un bug qui empêchait l'export des factures au format PDF.

            MàJ 02/02/2023
            Vous pouvez désormais envoyer automatiquement une relance à vos clients.
            """, notices: [], claims: ["Correction d'un bug qui empêchait l'export des factures au format PDF."]),
        Case(name: "fr: a dated label over a headline is the page's stamp", text: """
            Mise à jour December 26, 2023, 4:56 pm

            Accident à Pailles : la route déblayée, la circulation rétablie

            Après plus de deux heures, la circulation s'est rétablie sur l'autoroute en direction de Port-Louis.
            """, notices: [], claims: ["Après plus de deux heures, la circulation s'est rétablie sur l'autoroute en direction de Port-Louis."]),
        Case(name: "en: a version's number or a date led by a little word dates no label", text: """
            Release notes

            Update 2.1

            The sync engine is faster and uses less memory on older phones.

            Update on March 3

            The export menu now offers a PDF option for every report.
            """, notices: [], claims: ["The sync engine is faster and uses less memory on older phones."]),
        Case(name: "en: a dateline right under a marker alone on its line opens the notice's body, the story rewritten", text: """
            House destroyed by fire
            UPDATE, 5:42 p.m. Tuesday:
            CHAMPAIGN — Firefighters hope to learn more Wednesday about what caused the fire.
            A neighbor saw smoke and flames about 4:30 a.m. Tuesday.
            UPDATE, 7:45 a.m. Tuesday:
            CHAMPAIGN — A house burned down early Tuesday in the south of town.
            No injuries were reported.
            """, notices: [
                "UPDATE, 5:42 p.m. Tuesday: CHAMPAIGN — Firefighters hope to learn more Wednesday about what caused the fire. A neighbor saw smoke and flames about 4:30 a.m. Tuesday.",
                "UPDATE, 7:45 a.m. Tuesday: CHAMPAIGN — A house burned down early Tuesday in the south of town. No injuries were reported.",
            ]),
        Case(name: "en: an update's hour alone at the top is a notice of its line", text: """
            Shooting at a newsroom leaves five dead

            Image credit: Jane Roe

            Updated at 6:21 p.m. ET

            Five people are dead and three others were wounded in a shooting at the newspaper, officials said.

            A suspect is in custody, police said.
            """, notices: ["Updated at 6:21 p.m. ET"],
            claims: ["Five people are dead and three others were wounded in a shooting at the newspaper, officials said."]),
        Case(name: "fr: l'heure seule d'une mise à jour en tête est un avis de sa ligne", text: """
            Incendie dans un entrepôt de Vénissieux

            Actualisé à 18h40

            Les pompiers ont maîtrisé l'incendie qui a ravagé un entrepôt de la zone industrielle, selon la préfecture.

            Aucun blessé n'est à déplorer.
            """, notices: ["Actualisé à 18h40"],
            claims: ["Les pompiers ont maîtrisé l'incendie qui a ravagé un entrepôt de la zone industrielle, selon la préfecture."]),
        Case(name: "en and fr: a dated stamp, a template's last update or a byline's hour is the page's line", text: """
            Flights cancelled as the storm moves north

            The Associated Press

            Updated 12:13PM

            Big airports remain closed, and cancellations are spreading north along the storm's track.

            Updated: Feb. 22, 2005, 1:45 PM ET

            Last updated 9:40 a.m.

            Dernière mise à jour : 11 h 15

            Airlines said they would not resume flights until Tuesday at the earliest.
            """, notices: [], claims: ["Big airports remain closed, and cancellations are spreading north along the storm's track."],
            absent: ["Updated 12:13PM", "Last updated 9:40 a.m.", "Dernière mise à jour : 11 h 15"]),
        Case(name: "en: a byline's stamp over the report, with no first version's label below, heads nothing", text: """
            Storm warning for the region

            Updated, Mar. 2, 7:00 a.m.

            The weather service has issued a winter storm warning for the region.

            Power outages are possible, forecasters said.

            Schools will decide on Sunday evening whether to close.
            """, notices: [], claims: ["The weather service has issued a winter storm warning for the region."]),
        Case(name: "en: an update at the top does not run to a dateline below over a statement still pending", text: """
            Update: West Valley police said Friday that two teenagers have been arrested in connection with the shooting.

            A man was shot in the leg at Centennial Park on Wednesday.

            The motive is still being investigated, police said.

            WEST VALLEY CITY — Officers found the victim near the basketball courts.

            He was taken to hospital in serious condition.
            """, notices: ["Update: West Valley police said Friday that two teenagers have been arrested in connection with the shooting."],
            claims: ["A man was shot in the leg at Centennial Park on Wednesday.", "The motive is still being investigated, police said."]),
        Case(name: "en: a byline's stamp over the report and a link line to earlier coverage heads nothing", text: """
            Updated Nov. 4, 11:20 p.m.

            Boeing machinists voted Monday to accept a new contract, ending their strike.

            About 59% of union members voted in favour of the deal.

            Workers could return to the factories as soon as Wednesday.

            Earlier: Boeing machinists reject second contract offer, extending strike
            """, notices: [], claims: ["About 59% of union members voted in favour of the deal."]),
        Case(name: "en: a link line naming earlier coverage below the report's lede does not stretch an update at the top", text: """
            Update, 5.40pm: The attorney general said her office will not appeal the ruling.

            A judge in Phoenix has temporarily blocked the near-total abortion ban, the court said on Monday.

            Earlier coverage: Arizona Supreme Court revives 1864 abortion law

            The ban would have taken effect on Friday.

            Doctors had said they would stop providing care.
            """, notices: ["Update, 5.40pm: The attorney general said her office will not appeal the ruling."],
            claims: ["A judge in Phoenix has temporarily blocked the near-total abortion ban, the court said on Monday."]),
        Case(name: "fr: « Rectificatif » seul en titre de la page, sa date dessous, puis son texte", text: """
            Rectificatif

            Publié le 3 mars 2021 à 10h12

            Dans notre édition du 1er mars, nous avons écrit par erreur que le pont du port fermerait deux ans. Il fermera deux mois. Nos excuses aux lecteurs.
            """, notices: ["Rectificatif Publié le 3 mars 2021 à 10h12 Dans notre édition du 1er mars, nous avons écrit par erreur que le pont du port fermerait deux ans. Il fermera deux mois. Nos excuses aux lecteurs."],
            absent: ["Il fermera deux mois."]),
        Case(name: "en: a lone title over a section's stamp and the body's opening cut short as a summary", text: """
            Clarification

            Politics | Updated 2 hours ago

            In a story published June 2 about the county budget, the Daily reported that spending rose by 9 percent

            In a story published June 2 about the county budget, the Daily reported that spending rose by 9 percent. The story should have made clear that the figure covered two years.

            The county fair opens on Friday with free entry for children.

            A new bus line will link the airport to the city center in May.

            The library will stay open until 9 p.m. on weekdays.

            Road works on Main Street will last until the end of the summer.
            """, notices: ["Clarification Politics | Updated 2 hours ago In a story published June 2 about the county budget, the Daily reported that spending rose by 9 percent In a story published June 2 about the county budget, the Daily reported that spending rose by 9 percent. The story should have made clear that the figure covered two years."],
            claims: ["The county fair opens on Friday with free entry for children."]),
        Case(name: "en: a correction's headline that names no story is a headline: its standfirst is the report's", text: """
            Correction: Council delays the pool vote to June

            The council will vote on the pool's future on June 12, a month later than planned.

            Members asked for a new study of the repair costs.
            """, notices: ["Correction: Council delays the pool vote to June"],
            claims: ["The council will vote on the pool's future on June 12, a month later than planned."]),
        Case(name: "fr: « Erratum » seul sous le reportage n'est pas le titre de la page : sa date l'arrête encore", text: """
            Le conseil a voté la fermeture de la piscine.

            Les nageurs avaient manifesté lundi devant la mairie.

            La piscine a été construite en 1968 et rénovée deux fois.

            Elle accueille quelque 40 000 nageurs par an.

            Erratum

            Publié le 3 mars 2021 à 10h12

            Son toit a été refait en 2015 et non en 2012.
            """, notices: [], claims: ["Son toit a été refait en 2015 et non en 2012."]),
        Case(name: "en: a closing notice stops at the page's repeat of its article", text: """
            The county fair opened on Friday with record crowds.

            Organizers counted 12,000 visitors on the first day.

            The fair runs until Sunday evening.

            Update 9:10 a.m.: Adds the organizers' attendance figure.

            The county fair opened on Friday with record crowds.

            Organizers counted 12,000 visitors
            """, notices: ["Update 9:10 a.m.: Adds the organizers' attendance figure."]),
        Case(name: "fr: une notice finale s'arrête à la reprise de l'article par la page", text: """
            La foire du comté a ouvert vendredi avec une affluence record.

            Les organisateurs ont compté 12 000 visiteurs le premier jour.

            La foire dure jusqu'à dimanche soir.

            Mise à jour (9h10) : ajout du chiffre de fréquentation des organisateurs.

            La foire du comté a ouvert vendredi avec une affluence record.

            Les organisateurs ont compté 12 000
            """, notices: ["Mise à jour (9h10) : ajout du chiffre de fréquentation des organisateurs."]),
        Case(name: "en: a closing notice still takes a paragraph below it that repeats nothing", text: """
            The county fair opened on Friday with record crowds.

            Organizers counted 12,000 visitors on the first day.

            The fair runs until Sunday evening.

            Update 9:10 a.m.: Organizers now count 15,000 visitors.

            Parking was full by noon, they said.
            """, notices: ["Update 9:10 a.m.: Organizers now count 15,000 visitors. Parking was full by noon, they said."]),
        Case(name: "en: down the page, a statement a notice announces runs to the notice stacked under it", text: """
            The site was down for most of Tuesday morning.

            Readers saw an error page instead of the blog.

            The cause of the outage is not known.

            Its host has been asked for an explanation.

            Update: The host's founder sent us this statement:

            We have brought most sites back, and we are checking the rest one by one.

            The outage came from a faulty change to a table of settings.

            We still owe our customers an apology, and I am sorry.

            Update 2: The site went down again at noon.
            """, notices: [
                "Update: The host's founder sent us this statement: We have brought most sites back, and we are checking the rest one by one. The outage came from a faulty change to a table of settings. We still owe our customers an apology, and I am sorry.",
                "Update 2: The site went down again at noon.",
            ], claims: ["The cause of the outage is not known."]),
        Case(name: "fr: en bas de page, un message annoncé par la notice va jusqu'à la notice suivante", text: """
            Le site est resté inaccessible mardi matin.

            Les lecteurs voyaient une page d'erreur.

            La cause de la panne n'est pas connue.

            L'hébergeur a été sollicité pour une explication.

            Mise à jour : le fondateur de l'hébergeur nous a transmis ce message :

            Nous avons rétabli la plupart des sites et vérifions les autres un par un.

            La panne vient d'une modification défectueuse d'une table de réglages.

            Nous devons toujours des excuses à nos clients.

            Mise à jour 2 : le site est de nouveau tombé à midi.
            """, notices: [
                "Mise à jour : le fondateur de l'hébergeur nous a transmis ce message : Nous avons rétabli la plupart des sites et vérifions les autres un par un. La panne vient d'une modification défectueuse d'une table de réglages. Nous devons toujours des excuses à nos clients.",
                "Mise à jour 2 : le site est de nouveau tombé à midi.",
            ], claims: ["La cause de la panne n'est pas connue."]),
        Case(name: "en: down the page, a notice that announces nothing leaves the report's paragraphs between stacked notices", text: """
            The site was down for most of Tuesday morning.

            Readers saw an error page instead of the blog.

            The cause of the outage is not known.

            Its host has been asked for an explanation.

            Update: The host blamed a faulty change to a table of settings.

            The host runs ten million blogs from two data centers.

            It moved them to a new data center last year.

            Update 2: The site went down again at noon.
            """, notices: [
                "Update: The host blamed a faulty change to a table of settings.",
                "Update 2: The site went down again at noon.",
            ], claims: ["The host runs ten million blogs from two data centers.", "It moved them to a new data center last year."]),
    ]

    @Test(arguments: headingCases)
    func heading(_ c: Case) {
        extent(c)
    }

    /// The page's lines and texts a heading notice reads past or with (`NoticeBoundary+Heading`).
    @Test(arguments: [
        ("Nation & World | Updated 11 minutes ago", true),
        ("Monde | Publié il y a 2 heures", true),
        ("Sport | Mis à jour le 3 mars à 14h", true),
        ("Updated 11 minutes ago", false),
        ("Prices | updated every year by the board", false),
        ("The mayor | Updated his plan on Monday after a long debate with 12 members of the council", false),
    ] as [(String, Bool)])
    func sectionStamp(_ line: String, _ expected: Bool) {
        let scalars = ScalarText(line)
        #expect(NoticeBoundary.isSectionStamp(scalars, TextRange(0, scalars.count)) == expected)
    }

    @Test(arguments: [
        ("Harbor Bridge story", true),
        ("Virus Outbreak-Schools stories", true),
        ("Council delays the pool vote to June", false),
        ("Why we got the story about the mayor and the pool wrong last story", false),
        ("Our story.", false),
    ] as [(String, Bool)])
    func correctedStory(_ title: String, _ expected: Bool) {
        let scalars = ScalarText(title)
        #expect(NoticeBoundary.namesCorrectedStory(scalars, title: TextRange(0, scalars.count)) == expected)
    }

    @Test(arguments: [
        ("In a story published June 2 about the budget, the paper", "In a story published June 2 about the budget, the paper reported a rise.", true),
        ("Dans notre article du 3 mars sur le budget, nous avons écrit…", "Dans notre article du 3 mars sur le budget, nous avons écrit que la dépense augmentait.", true),
        ("In a story published", "In a story published June 2 about the budget, the paper reported a rise.", false),
        ("In a story published June 3 about the budget, the paper", "In a story published June 2 about the budget, the paper reported a rise.", false),
        ("In a story published June 2 about the budget, the paper reported a rise.", "In a story published June 2 about the budget, the paper reported a rise.", false),
        ("In a story published June 2 about the budget, the paper...", "In a story published June 2 about the budget, the paper reported a rise.", true),
    ] as [(String, String, Bool)])
    func cutOpening(_ first: String, _ second: String, _ expected: Bool) {
        let scalars = ScalarText(first + "\n\n" + second)
        let a = TextRange(0, first.unicodeScalars.count)
        let b = TextRange(a.end + 2, scalars.count)
        #expect(NoticeBoundary.isCutOpening(scalars, a, of: b) == expected)
    }

    @Test(arguments: layoutCases)
    func layout(_ c: Case) {
        extent(c)
    }

    @Test(arguments: lostBreakCases)
    func lostBreak(_ c: Case) {
        extent(c)
    }

    @Test(arguments: continuationCases)
    func continuation(_ c: Case) {
        extent(c)
    }

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
        for text in c.absent { #expect(!claims.contains(text), "read as a claim: \(text)") }
    }

    /// Where a notice ends, a reading suggestion is read from the same list as the page's furniture
    /// (`PageFurniture.readingSuggestionStarts`) and a few variants ("À voir également"), as whole words, with the colon
    /// the list asks for; after a bullet or a quotation mark too. The article's reader takes each such line as
    /// furniture (the third value: whether the line is furniture; nil where the furniture, which matches a bare prefix,
    /// takes a longer word too: "voir aussitôt", "read moreover").
    @Test(arguments: [
        ("Also read: Storm closes schools across the county", true, true),
        ("Related coverage: How the county prepares for the snow", true, true),
        ("READ MORE: What the overnight outage means for your monthly phone bill", true, true),
        ("» See also: the county's snow plan", true, true),
        ("À VOIR ÉGALEMENT : la carte des routes fermées", true, true),
        ("Voir également : le plan neige du département", true, true),
        ("Il faut voir également le coût des travaux, dit le maire.", false, false),
        ("À lire aussi : la tempête ferme les écoles du département", true, true),
        ("Sur le même sujet : « la tempête ferme les écoles »", true, true),
        ("A voir aussi – la carte des écoles fermées", true, true),
        ("Sur le même sujet, le maire s'est exprimé mardi devant le conseil municipal.", false, false),
        ("Dans la même rubrique, le journal publiait hier un long entretien.", false, false),
        ("Voir aussitôt un médecin, conseille l'agence régionale de santé.", false, nil),
        ("Read moreover the ministry's own figures, which tell another story.", false, nil),
        // A colon after a piece of the site, the label's object, closes it: the title follows.
        ("Voir aussi notre reportage : les dockers du port de Sète au travail de nuit.", true, true),
        ("À lire aussi la chronologie : vingt ans de procès autour de l'usine de Gardanne.", true, true),
        ("See also the video: Divers search the harbor for the missing trawler overnight.", true, true),
        ("Read more in our timeline: How the harbor dispute reached the state's highest court.", true, true),
        // A link reads as a link: a title after a colon, or a line with no sentence end; a whole sentence is the
        // report's, whatever it opens with.
        ("Voir aussi notre dossier sur la sécheresse", true, true),
        ("See also: The county's flood maps, explained.", true, true),
        ("À voir également ce soir, la comète passera au plus près de la Terre, selon l'observatoire.", true, false),
        ("Voir aussi la fontaine du parc, restaurée l'an dernier, rappelle la mairie.", true, false),
        ("See also the county's own figures, which show a smaller drop, the auditor said.", true, false),
        // A colon after the label's object, not after the label, opens a clause: a sentence with its full stop.
        ("Voir aussi l'arrêté du maire : la baignade reste interdite au lac jusqu'à lundi.", true, false),
        ("See also the school board's letter: classes will resume in the gym next Tuesday.", true, false),
        // Negative: the label and its colon, then a title, full stop or not; a short line; a title cut by an ellipsis.
        ("À lire aussi : Le lac de la Forge fermé à la baignade tout l'été.", true, true),
        ("See also: Heat wave closes two county pools", true, true),
        ("Voir aussi notre carte des plages.", true, true),
        ("Read more about the heat wave and the county's plans…", true, true),
    ] as [(String, Bool, Bool?)])
    func readingSuggestion(_ line: String, _ suggests: Bool, _ furniture: Bool?) {
        let scalars = ScalarText(line)
        #expect(NoticeBoundary.suggestsReading(scalars, TextRange(0, scalars.count)) == suggests)
        if let furniture { #expect(ArticleReader.analyze(line).paragraphs.map(\.kind) == [furniture ? .furniture : .body]) }
    }

    /// A reading suggestion that reads as a whole sentence is a claim, the paragraph's sentence as much as the
    /// paragraph (the page's furniture drops prompts sentence by sentence too); one that reads as a link is none.
    @Test(arguments: [
        ("Voir aussi les horaires de la déchetterie : elle ouvrira de 8 heures à 18 heures dès le 2 mai.", true),
        ("See also the library's notice: its reading room will stay shut until the roof is repaired.", true),
        ("Voir aussi les règles du tri : le verre ira désormais dans les bornes de quartier.", true),
        ("See also the council's instructions: bins must be out by 7 a.m. on collection days.", true),
        ("Voir aussi notre infographie : la déchetterie en chiffres depuis son ouverture.", false),
        ("See also our map: Where the new recycling points will stand next year.", false),
        ("À voir également : Quimper, la déchetterie rouvre ses portes", false),
        ("See also: Library roof repairs to cost $2 million", false),
    ])
    func readingSuggestionClaim(_ line: String, _ isClaim: Bool) {
        let text = "La commune a voté le budget lundi soir, par 23 voix contre 4.\n\n\(line)\n\nLe maire a salué un vote large."
        let claims = ArticleReader.analyze(text).claims.map(\.text)
        #expect(claims.contains(line) == isClaim)
        #expect(claims.count == (isClaim ? 3 : 2))
    }

    /// The line under a reading suggestion's label alone on its line is the title it points to when it ends no
    /// sentence; a sentence there, or a line under anything but a lone label, is the report's.
    @Test(arguments: [
        ("À voir également", "Lorient : le port de pêche fête ses cent ans", true),
        ("Read more:", "Port of Lorient turns 100 with a week of open days", true),
        ("Related", "Fishing fleet: Five boats that shaped the harbor's history", true),
        ("Sur le même sujet :", "- Les chalutiers du port", true),
        // A headline's length with a full stop: a title as well.
        ("À lire aussi", "Lorient : la criée bat son record de ventes en mai.", true),
        ("Read more:", "Lorient fish market posts its best month in a decade.", true),
        // Negative: a report's sentence under the label, longer than a headline; a label that runs on into prose;
        // no label at all.
        ("À lire aussi", "Le port de Lorient a accueilli 300 bateaux l'an dernier, un record depuis sa création, selon la capitainerie.", false),
        ("Read more", "Related repairs to the north quay were approved on Monday by the harbor board, its chairman said.", false),
        ("Related to the harbor's anniversary, the town will hold a parade", "The mayor will lead it", false),
        ("Le port fête ses cent ans", "Une semaine de portes ouvertes", false),
    ])
    func suggestionTitle(_ label: String, _ title: String, _ expected: Bool) {
        let scalars = ScalarText(label + "\n" + title)
        let labelRange = TextRange(0, label.unicodeScalars.count)
        let titleRange = TextRange(labelRange.end + 1, scalars.count)
        #expect(NoticeBoundary.isSuggestionTitle(scalars, titleRange, under: labelRange) == expected)
    }

    /// The titles a lone label lists, one a paragraph, are furniture down to the first that ends a sentence and is
    /// no headline under the label: the report resumes there.
    @Test(arguments: [
        ("À lire aussi\n\nLorient : la criée bat son record\n\nPêche : les quotas de 2025 en baisse\n\n", 0),
        ("Related\n\nLorient fish market posts record month\n\nFishing quotas cut for next year\n\n", 0),
        ("Read more:\n\nLorient fish market posts its best month in a decade.\n\n", 0),
        // Negative: a second paragraph with a sentence's end is the report's; so is one under no label.
        ("À lire aussi\n\nLorient : la criée bat son record\n\nLa criée a vendu 900 tonnes de poisson en mai.\n\n", 1),
        ("Related\n\nLorient fish market posts record month\n\nThe market sold 900 tonnes of fish in May.\n\n", 1),
        ("La criée a vendu 900 tonnes de poisson en mai.\n\n", 1),
    ])
    func listedSuggestionTitles(_ list: String, _ claims: Int) {
        let text = "Le port de Lorient a voté son budget lundi, par 23 voix contre 4.\n\n\(list)Le maire a salué un vote large."
        #expect(ArticleReader.analyze(text).claims.count == claims + 2)
    }

    /// A dated stamp alone on its line is the page's furniture, in the paragraphs and in the furniture the analysis
    /// lists.
    @Test(arguments: [
        "Updated: Feb. 22, 2005, 1:45 PM ET", "Last updated 3:15 p.m.", "Cet article a été mis à jour le 7 juillet à 1h49.",
        "Mis à jour le 4 mars à 10h30", "Updated March 3, 11:30 p.m. Central Time", "Mis à jour le jeudi 3 mars à 23 h 30",
    ])
    func stampIsFurniture(_ stamp: String) {
        let analysis = ArticleReader.analyze("The council voted to close the pool on Monday.\n\n\(stamp)\n\nSwimmers had protested outside the town hall.")
        let kinds = analysis.paragraphs.map(\.kind)
        #expect(kinds == [.body, .furniture, .body])
        #expect(analysis.furniture.count == 1)
        #expect(analysis.claims.count == 2)
    }

    /// An update's hour alone on its line at the top is a notice of that line (`NoticeBoundary.isClockStamp`): the
    /// paragraph is the notice's, not the furniture's, and the report around it keeps its claims.
    /// (The zone spelled out and the day of the week may follow the hour: no date still.)
    @Test(arguments: ["This post was updated at 8:45 p.m. ET.", "Updated 3:15 p.m.", "Updated at 6:21 p.m. ET", "Mis à jour à 10h30",
                      "Updated 11:30 p.m. Central Time Thursday", "Mis à jour à 23 h 30 jeudi"])
    func clockStampIsNotice(_ stamp: String) {
        let analysis = ArticleReader.analyze("The council voted to close the pool on Monday.\n\n\(stamp)\n\nSwimmers had protested outside the town hall.")
        #expect(analysis.paragraphs.map(\.kind) == [.body, .update, .body])
        #expect(analysis.notices.map(\.text) == [stamp])
        #expect(analysis.claims.count == 2)
    }

    /// An update's hour in a byline's block, over a headline, or on a live page is no notice of its own (the
    /// twenty-third session's review).
    @Test(arguments: [
        "Storm hits the coast\n\nBy Marcus Lee\n\nPublished 9:02 a.m. ET\n\nUpdated 12:13 p.m. ET\n\nThe storm reached the coast on Monday, forecasters said.",
        "Tempête sur la côte\n\nPar notre envoyé spécial\n\nActualisé à 18h40\n\nLa tempête a atteint la côte lundi, selon Météo-France.",
        "Pittsburgh 45°F Cloudy\n\nUpdated 6:21 p.m.\n\nStorm hits the coast\n\nThe storm reached the coast on Monday, forecasters said.",
        "EN DIRECT. Grève des transports\n\n10h30\n\nLe trafic reprend sur la ligne 4, selon la RATP.\n\nMis à jour à 9h50\n\nPlus d'un million de voyageurs sont touchés.\n\n9h15\n\nLa grève a commencé à minuit.",
    ])
    func clockStampInABylineBlockOrALiveIsNoNotice(_ text: String) {
        let analysis = ArticleReader.analyze(text)
        #expect(!analysis.notices.contains { $0.marker.hasPrefix("Updated") || $0.marker.hasPrefix("Actualisé") || $0.marker.hasPrefix("Mis à jour") },
                "\(analysis.notices.map(\.marker))")
    }

    static func fold(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }
}

/// What a paragraph still waiting for news is (`NoticeBoundary.isPending`), read on whole words.
@Suite struct PendingParagraphTests {
    @Test(arguments: [
        ("Le suspect est toujours en fuite, selon la police.", true),
        ("The gunman is still at large, police said.", true),
        ("L'enquête est en cours.", true),
        // "Toujours est-il que" links two sentences; nothing lasts.
        ("Toujours est-il que le maire a signé l'arrêté lundi.", false),
        ("The mayor signed the order on Monday.", false),
    ])
    func pending(_ text: String, _ expected: Bool) {
        let scalars = ScalarText(text)
        #expect(NoticeBoundary.isPending(scalars, TextRange(0, scalars.count)) == expected)
    }
}

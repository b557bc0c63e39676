@testable import FactCheckCore
import Testing

/// A live page's entries, stacked newest first, each marked by its hour: one-line entries, entries over several
/// paragraphs down to the next, a label in capitals given its hour alone on its line, and the forms that stay the
/// report's (entries running forward, a label in lower case dated like a stamp).
extension NoticeExtentTests {
    static let liveLogCases: [Case] = [
        // A heading hour with nothing under it before the next hour is an entry of one line.
        Case(name: "fr: des heures-titres empilées sans corps sont des entrées d'une ligne", text: """
            Crue de la rivière

            21h10 : la décrue commence à Pontville

            19h45 : deux villages évacués dans la vallée

            18h : la rivière déborde à Pontville, selon la préfecture.

            Article initial :

            La rivière est en crue depuis la nuit dernière.
            """, notices: ["21h10 : la décrue commence à Pontville", "19h45 : deux villages évacués dans la vallée",
                           "18h : la rivière déborde à Pontville, selon la préfecture."],
            claims: ["La rivière est en crue depuis la nuit dernière."]),
        Case(name: "en: heading hours stacked with no body are one-line entries", text: """
            River flooding

            9:10 p.m. - Water levels start to fall in Milltown

            7:45 p.m. - Two villages evacuated in the valley

            6 p.m. - The river bursts its banks in Milltown, officials said.

            Original story:

            The river has been rising since last night.
            """, notices: ["9:10 p.m. - Water levels start to fall in Milltown", "7:45 p.m. - Two villages evacuated in the valley",
                           "6 p.m. - The river bursts its banks in Milltown, officials said."],
            claims: ["The river has been rising since last night."]),
        // Each entry runs over its paragraphs down to the next older one, short of the byline closing it and the
        // next entry's title.
        Case(name: "en: timed entries run down to the next one, short of a byline and a title", text: """
            Election night results

            The polls closed at 8 p.m. across the county.

            Turnout was higher than in the last election.

            Some precincts reported long lines.

            Results are coming in slowly.

            Ruiz wins the mayor's race

            Update 10:40 p.m. Nov. 8: The Associated Press called the mayor's race for Ana Ruiz.

            Ruiz led by 4,000 votes with most precincts counted.

            She thanked volunteers at a rally downtown.

            – Sam Lee, City Desk

            Turnout tops forecasts

            Update 9:15 p.m. Nov. 8: Turnout passed 60 percent, the county clerk said.
            """, notices: ["Update 10:40 p.m. Nov. 8: The Associated Press called the mayor's race for Ana Ruiz. Ruiz led by 4,000 votes with most precincts counted. She thanked volunteers at a rally downtown.",
                           "Update 9:15 p.m. Nov. 8: Turnout passed 60 percent, the county clerk said."]),
        Case(name: "fr: une entrée annonce une liste et la garde jusqu'à l'heure suivante", text: """
            EN DIRECT – Neige en Île-de-France

            19h20 : le point sur les trains de jeudi

            La SNCF fera rouler 70 % de ses trains jeudi, indique-t-elle.

            Les prévisions sont les suivantes :

            Ligne A : service normal

            Ligne B : 3 trains sur 4

            Ligne C : 1 train sur 2

            19h05 : 40 000 foyers privés d'électricité

            La situation reste difficile dans l'ouest, selon le gestionnaire du réseau.
            """, notices: ["19h20 : le point sur les trains de jeudi La SNCF fera rouler 70 % de ses trains jeudi, indique-t-elle. Les prévisions sont les suivantes : Ligne A : service normal Ligne B : 3 trains sur 4 Ligne C : 1 train sur 2",
                           "19h05 : 40 000 foyers privés d'électricité La situation reste difficile dans l'ouest, selon le gestionnaire du réseau."]),
        // Timed notices running forward down a report are not a log: the report stands between them.
        Case(name: "en: timed notices running forward leave the report between them", text: """
            The council met on Tuesday to vote the budget.

            The budget adds a pool and a library.

            The mayor called it a fair plan.

            Two members asked for more time.

            Update 9 a.m.: The vote was moved to the afternoon.

            The pool would open in 2026.

            The library would stay open on Sundays.

            Update 2 p.m.: The council passed the budget.
            """, notices: ["Update 9 a.m.: The vote was moved to the afternoon.", "Update 2 p.m.: The council passed the budget."],
            claims: ["The pool would open in 2026.", "The library would stay open on Sundays."]),
        Case(name: "fr: des notices datées en avançant laissent l'article entre elles", text: """
            Le conseil s'est réuni mardi pour voter le budget.

            Le budget prévoit une piscine et une médiathèque.

            Le maire parle d'un plan équilibré.

            Deux élus ont demandé un délai.

            Mise à jour 9h : le vote est reporté à l'après-midi.

            La piscine ouvrirait en 2026.

            La médiathèque resterait ouverte le dimanche.

            Mise à jour 14h : le conseil a voté le budget.
            """, notices: ["Mise à jour 9h : le vote est reporté à l'après-midi.", "Mise à jour 14h : le conseil a voté le budget."],
            claims: ["La piscine ouvrirait en 2026.", "La médiathèque resterait ouverte le dimanche."]),
        // A label in capitals given its hour alone on its line is a marker alone: the body is below.
        // Added at the foot of the report, oldest first, an update keeps the one paragraph under it down to the next:
        // its second. More, and the report may stand between the two (the cases above).
        Case(name: "en: timed updates added oldest first keep one paragraph each down to the next", text: """
            The council met on Tuesday to vote the budget.

            The budget adds a pool and a library.

            Update 9 a.m.: The vote was moved to the afternoon.

            Two members had asked for more time.

            Update 2 p.m.: The council passed the budget.
            """, notices: ["Update 9 a.m.: The vote was moved to the afternoon. Two members had asked for more time.",
                           "Update 2 p.m.: The council passed the budget."],
            claims: ["The council met on Tuesday to vote the budget.", "The budget adds a pool and a library."]),
        Case(name: "en: numbered updates added oldest first keep one paragraph each down to the next", text: """
            Polls have closed in three states.

            Update: McCain has won Delaware.

            Now we wait for Illinois.

            Update II: Put Illinois on the McCain list.

            And New York.

            Update III: Romney will speak soon.
            """, notices: ["Update: McCain has won Delaware. Now we wait for Illinois.",
                           "Update II: Put Illinois on the McCain list. And New York.", "Update III: Romney will speak soon."],
            claims: ["Polls have closed in three states."]),
        Case(name: "fr: des mises à jour numérotées, la plus récente en haut, gardent leurs paragraphes jusqu'à la suivante", text: """
            Panne chez l'opérateur

            Mise à jour 2 : le réseau est rétabli dans tout le pays.

            L'opérateur promet un geste commercial.

            Les abonnés du Sud ont attendu le plus longtemps.

            Mise à jour : le réseau revient dans le Nord.

            Article initial :

            Des milliers d'abonnés sont privés de réseau depuis ce matin.
            """, notices: [
                "Mise à jour 2 : le réseau est rétabli dans tout le pays. L'opérateur promet un geste commercial. Les abonnés du Sud ont attendu le plus longtemps.",
                "Mise à jour : le réseau revient dans le Nord.",
            ], claims: ["Des milliers d'abonnés sont privés de réseau depuis ce matin."]),
        Case(name: "en: updates with the same count, or counts apart, are no log", text: """
            The site was down for most of Tuesday morning.

            Readers saw an error page instead of the blog.

            The cause of the outage is not known.

            Its host has been asked for an explanation.

            Update: The host blamed a faulty change.

            The host runs ten million blogs.

            Update 3: The site went down again at noon.
            """, notices: ["Update: The host blamed a faulty change.", "Update 3: The site went down again at noon."],
            claims: ["The site was down for most of Tuesday morning.", "The host runs ten million blogs."]),
        // The full stop of "a.m." before the label glues no second marker to the first: the hour is the marker's.
        Case(name: "en: an hour ending on a full stop before its label is the marker's own", text: """
            Emergency outage

            10:10 a.m. Update: Power has been restored to the area.

            9:00 a.m. Update: Crews are working to restore service.

            Cause: Trees through lines.
            """, notices: ["10:10 a.m. Update: Power has been restored to the area.", "9:00 a.m. Update: Crews are working to restore service."],
            claims: ["Cause: Trees through lines."]),
        // Over a day's heading, the entry above is the later day's: it runs down to the heading, however its hour
        // compares with the next one's.
        Case(name: "fr: une entrée court jusqu'au titre du jour précédent", text: """
            Séisme au Mexique

            07h31 : le bilan passe à 58 morts, selon les autorités.

            Des répliques ont été ressenties toute la nuit dans le sud du pays.

            Vendredi 8 septembre

            15h26 : au moins 32 morts selon un nouveau bilan.

            12h29 : le séisme a fait 15 morts, selon la protection civile.

            11h45 : une journaliste raconte être descendue en pyjama.
            """, notices: [
                "07h31 : le bilan passe à 58 morts, selon les autorités. Des répliques ont été ressenties toute la nuit dans le sud du pays.",
                "15h26 : au moins 32 morts selon un nouveau bilan.", "12h29 : le séisme a fait 15 morts, selon la protection civile.",
                "11h45 : une journaliste raconte être descendue en pyjama.",
            ], claims: []),
        Case(name: "en: a capital label with its hour alone on its line takes the body below", text: """
            HIGHWAY CLOSED

            UPDATE: 3:55 p.m.
            A detour now runs through Elgin, the transport office said.

            The highway was closed this morning after a crash near the river.

            Police said two trucks collided near the bridge.

            One driver was taken to hospital.

            Traffic was backed up for ten miles.
            """, notices: ["UPDATE: 3:55 p.m. A detour now runs through Elgin, the transport office said."],
            claims: ["The highway was closed this morning after a crash near the river."]),
        // The same in French, with a colon between the label and its hour.
        Case(name: "fr: un libellé en capitales, deux-points et son heure, seul sur sa ligne, prend le corps dessous", text: """
            Route fermée

            MISE À JOUR : 17h40
            Une déviation passe désormais par Elbeuf, indique la préfecture.

            La route est fermée depuis ce matin après un accident près du fleuve.

            Deux camions se sont heurtés près du pont, selon la gendarmerie.

            Un conducteur a été conduit à l'hôpital.

            Le bouchon s'étend sur quinze kilomètres.
            """, notices: ["MISE À JOUR : 17h40 Une déviation passe désormais par Elbeuf, indique la préfecture."],
            claims: ["La route est fermée depuis ce matin après un accident près du fleuve."]),
        Case(name: "fr: un libellé en capitales et son heure sans deux-points prennent le corps dessous", text: """
            Route fermée

            MISE À JOUR À 17H40
            Une déviation passe désormais par Elbeuf, indique la préfecture.

            La route est fermée depuis ce matin après un accident près du fleuve.

            Deux camions se sont heurtés près du pont, selon la gendarmerie.

            Un conducteur a été conduit à l'hôpital.

            Le bouchon s'étend sur quinze kilomètres.
            """, notices: ["MISE À JOUR À 17H40 Une déviation passe désormais par Elbeuf, indique la préfecture."],
            claims: ["La route est fermée depuis ce matin après un accident près du fleuve."]),
        Case(name: "en: a dated and timed capital label alone on its line heads its entry", text: """
            Mall siege live blog

            UPDATE: 9/24/13 3:00 PM ET

            The army says the siege is over.

            UPDATE: 9/24/13 1:10 PM ET

            Officials gave a first toll of the attack.
            """, notices: ["UPDATE: 9/24/13 3:00 PM ET The army says the siege is over.",
                           "UPDATE: 9/24/13 1:10 PM ET Officials gave a first toll of the attack."]),
        Case(name: "en: an entry alone on its line keeps its one short line", text: """
            Mall siege live blog

            UPDATE: 9/24/13 3:00 PM ET

            Siege over

            UPDATE: 9/24/13 1:10 PM ET

            Officials gave a first toll of the attack.
            """, notices: ["UPDATE: 9/24/13 3:00 PM ET Siege over", "UPDATE: 9/24/13 1:10 PM ET Officials gave a first toll of the attack."]),
        // An entry whose only text under its title is a table of figures, a line each, keeps it down to the next
        // entry; lines with no figure under it (a signature, the next entry's title) stay outside it.
        Case(name: "fr: une entrée garde les lignes de résultats sous son titre", text: """
            Municipales : la soirée en direct

            23h50 : Jeanne Morel garde Pontville

            Jeanne MOREL (Union de la gauche) : 58.20 %

            Paul SIMON (Union de la droite) : 30.10 %

            Anne ROY (Divers) : 11.70 %

            23h40 : Luc Martin l'emporte à Valbourg

            Luc MARTIN (Divers gauche) : 52.40 %
            Marc PETIT (Divers droite) : 47.60 %

            23h30 : Le taux de participation atteint 41 % selon le ministère.
            """, notices: ["23h50 : Jeanne Morel garde Pontville Jeanne MOREL (Union de la gauche) : 58.20 % Paul SIMON (Union de la droite) : 30.10 % Anne ROY (Divers) : 11.70 %",
                           "23h40 : Luc Martin l'emporte à Valbourg Luc MARTIN (Divers gauche) : 52.40 % Marc PETIT (Divers droite) : 47.60 %",
                           "23h30 : Le taux de participation atteint 41 % selon le ministère."]),
        Case(name: "en: related headlines that open with a number are not an entry's table", text: """
            Election night live

            UPDATE 9:40 p.m.: Early returns show a close race for mayor.

            3 arrested after brawl outside polling station in Dale

            5 things to know about the school levy

            UPDATE 9:15 p.m.: Polls have closed across the county.
            """, notices: ["UPDATE 9:40 p.m.: Early returns show a close race for mayor.", "UPDATE 9:15 p.m.: Polls have closed across the county."]),
        Case(name: "en: an entry's signature and the next entry's title are not its table", text: """
            Election night live

            9:50 p.m. - Jane Moreau holds Milltown

            Jane Moreau (Democrat): 58.2%

            Paul Simon (Republican): 30.1%

            9:40 p.m. - Turnout reached 41 percent, the county clerk said.

            - Anna Roy, Metro Desk

            Valley count delayed

            9:30 p.m. - The valley's ballots will be counted on Wednesday, the clerk said.
            """, notices: ["9:50 p.m. - Jane Moreau holds Milltown Jane Moreau (Democrat): 58.2% Paul Simon (Republican): 30.1%",
                           "9:40 p.m. - Turnout reached 41 percent, the county clerk said.",
                           "9:30 p.m. - The valley's ballots will be counted on Wednesday, the clerk said."]),
        // A live chat's entries under the poster's name, repeated with each entry's date or clock; each runs to the next
        // heading. Dated by the day alone, a log has many entries.
        Case(name: "en: a poster's name and the day over each of many entries heads each entry of a live chat", text: """
            itmcup
            Rugby Desk Sep 9

            The referee has gone to the TMO to check foul play. It looks like a punch.

            Rugby Desk Sep 9

            Great move off the back of the scrum. Good team try for Counties.

            The conversion is wide.

            Rugby Desk Sep 9

            Counties are on the attack again.

            Rugby Desk Sep 9

            Handbags at the ruck. No cards though.

            Rugby Desk Sep 9

            Canterbury lead at the break.

            Rugby Desk Sep 9

            Canterbury come out firing with an early penalty.
            """, notices: ["Rugby Desk Sep 9 The referee has gone to the TMO to check foul play. It looks like a punch.",
                           "Rugby Desk Sep 9 Great move off the back of the scrum. Good team try for Counties. The conversion is wide.",
                           "Rugby Desk Sep 9 Counties are on the attack again.",
                           "Rugby Desk Sep 9 Handbags at the ruck. No cards though.",
                           "Rugby Desk Sep 9 Canterbury lead at the break.",
                           "Rugby Desk Sep 9 Canterbury come out firing with an early penalty."]),
        Case(name: "fr: le nom de l'auteur et l'heure de chaque entrée, répétés, ouvrent chaque entrée du direct", text: """
            Conseil municipal en direct

            La rédaction 22:10

            Le budget est adopté par 25 voix contre 8.

            La rédaction 21:05

            L'opposition quitte la salle avant le vote.

            La rédaction 20:45

            La séance s'ouvre avec une minute de silence.
            """, notices: ["La rédaction 22:10 Le budget est adopté par 25 voix contre 8.",
                           "La rédaction 21:05 L'opposition quitte la salle avant le vote.",
                           "La rédaction 20:45 La séance s'ouvre avec une minute de silence."],
            claims: ["Conseil municipal en direct"]),
        Case(name: "en: the poster's name and each entry's clock, \"p.m.\" and all, head each entry of a live chat", text: """
            Council vote live

            City Desk 9:45 p.m.

            The budget passes by five votes to two.

            City Desk 9:30 p.m.

            Two members walk out before the vote.

            City Desk 9:10 p.m.

            The meeting opens with a minute of silence.
            """, notices: ["City Desk 9:45 p.m. The budget passes by five votes to two.",
                           "City Desk 9:30 p.m. Two members walk out before the vote.",
                           "City Desk 9:10 p.m. The meeting opens with a minute of silence."],
            claims: ["Council vote live"]),
        // Repeated lines that are no entry's heading: an embedded post's signature under each post, a reader's name and
        // date in a thread of comments under a story, an author's cards all dated the same day, a programme's venue and
        // hour (the review's probes).
        Case(name: "en: a post's signature repeated under each post, and a commenter's line under a story, head nothing", text: """
            The app is down for users around the world.

            We are aware of the connection issues.
            — Discord (@discordapp) March 16, 2020

            We are still working on it.
            — Discord (@discordapp) March 16, 2020

            We are back up.
            — Discord (@discordapp) March 16, 2020

            The outage lasted about two hours, the company said.

            Comments

            Jane Reader Mar 17

            Mine still does not work.

            Jane Reader Mar 17

            Now it does.

            Jane Reader Mar 17

            Thanks for the story.
            """, notices: [], claims: ["The outage lasted about two hours, the company said."]),
        Case(name: "en: an author's recipe cards dated the same day head nothing", text: """
            Four soups for the cold weeks

            Jane Doe Jan 5

            A leek and potato soup thickened with a spoon of oats.

            Jane Doe Jan 5

            A lentil soup with cumin and a squeeze of lemon.

            Jane Doe Jan 5

            A tomato soup roasted in the oven for an hour.

            Jane Doe Jan 5

            A pea soup with mint, served cold in summer.
            """, notices: [], claims: ["A lentil soup with cumin and a squeeze of lemon."]),
        Case(name: "fr: le lieu et l'heure d'un programme, répétés, n'ouvrent rien", text: """
            Programme du festival

            Salle des fêtes 20:30

            Lundi, le quatuor Ébène joue Beethoven.

            Salle des fêtes 20:30

            Mardi, la chorale du lycée chante Fauré.

            Salle des fêtes 20:30

            Mercredi, le bal folk clôt la semaine.
            """, notices: [], claims: ["Mardi, la chorale du lycée chante Fauré."]),
        // Dated only, or a participle with its date: a stamp, no notice.
        Case(name: "en: a capital label with a date and no hour is a stamp", text: """
            UPDATE: 2013-09-24

            The army says the siege is over.
            """, notices: [], claims: ["The army says the siege is over."]),
        Case(name: "fr: un participe daté et son heure seuls sur leur ligne sont un horodatage", text: """
            Mis à jour : 24/09/2013 15:00

            L'armée annonce la fin du siège.
            """, notices: [], claims: ["L'armée annonce la fin du siège."]),
    ]

    @Test(arguments: liveLogCases)
    func liveLog(_ c: Case) {
        extent(c)
    }

    /// The oldest hour of a stack with nothing under it is an entry when the page is a live log: three hours or more,
    /// or a page that announces a live. Two hours under a page that only names a product "Live" stay an update over
    /// the first version.
    @Test(arguments: [
        ("Crue de la rivière\n\n21h : la décrue commence à Pontville.\n\n19h45 : deux villages sont évacués.\n\n18h : la rivière déborde à Pontville.\n",
         ["21h", "19h45", "18h"]),
        // The hours above are read on their first bytes, cut on a scalar's start ("trois élèves", an "è" at the cut).
        ("Crue\n\n21h : la décrue commence.\n\n19h45 : trois élèves évacués à l'école.\n\n18h : la rivière déborde.\n",
         ["21h", "19h45", "18h"]),
        ("River flooding\n\n9 p.m. - Water levels start to fall.\n\n7:45 p.m. - Two villages are evacuated.\n\n6 p.m. - The river bursts its banks.\n",
         ["9 p.m.", "7:45 p.m.", "6 p.m."]),
        // Hours set as headings in capitals ("13 H 50", "17 HEURES").
        ("Noyade dans le lac\n\n17 HEURES : Les plongeurs ont trouvé un corps cet après-midi.\n\n13 H 50 : Un corps aurait été "
            + "repéré par le sonar.\n\n10 H 30 : Les recherches sont en cours ce lundi.\n", ["17 HEURES", "13 H 50", "10 H 30"]),
        ("Live updates: storm on the coast\n\n9:40 p.m. - Power is back in the harbour.\n\n8:15 p.m. - The storm reached the coast, the weather office said.\n",
         ["9:40 p.m.", "8:15 p.m."]),
        ("EN DIRECT. Tempête sur la côte\n\n21h40 : le courant est rétabli au port.\n\n20h15 : la tempête atteint la côte, selon Météo-France.\n",
         ["21h40", "20h15"]),
        ("Game Live is down\n\n4:10 p.m. - Game Live is back for most players.\n\n2:30 p.m. - Game Live went down this afternoon, players said.\n",
         ["4:10 p.m."]),
        ("Panne du service Live\n\n16h10 : le service Live est rétabli.\n\n14h30 : le service Live est en panne depuis midi, selon les joueurs.\n",
         ["16h10"]),
    ] as [(String, [String])])
    func oldestEntryOfALiveLog(_ text: String, _ markers: [String]) {
        #expect(ArticleReader.analyze(text).notices.map(\.marker) == markers)
    }
    /// Hours running forward on a page that announces a live are no log of updates: a programme, a recipe's timings
    /// and a stage's schedule run forward under such a page as a log added oldest first does, and their words do not
    /// tell them apart (a French log tells its news in the present as a programme does). A forward log stays unread
    /// (docs/notice-linking.md, the twenty-fourth session).
    @Test(arguments: [
        "Live coverage of the gala\n\nThe gala opens tonight at the city hall.\n\n7 p.m. — Doors open.\n8 p.m. — Dinner.\n"
            + "9 p.m. — Awards ceremony.\n",
        "Bake along with us: a sourdough loaf, minute-by-minute\n\nBaking sourdough takes a whole day.\n\n"
            + "8:00 a.m. — Mix 500 grams of flour with 350 grams of water and leave the dough to rest.\n\n"
            + "11:00 a.m. — Add 100 grams of active starter and 10 grams of salt, then squeeze them in by hand.\n\n"
            + "2:00 p.m. — After four sets of stretches and folds, leave the dough to rise until it has grown by half.\n",
        "Tour de France : suivez en direct la 12e étape\n\nLa 12e étape traverse le Cantal et le Lot.\n\n"
            + "11 h 30 : Le village départ ouvre ses portes aux spectateurs sur la place du Square à Aurillac.\n\n"
            + "12 h 50 : Le départ fictif est donné devant la mairie, suivi de six kilomètres de défilé neutralisé.\n\n"
            + "17 h 30 : L'arrivée est prévue sur le boulevard de la République, à Villeneuve-sur-Lot.\n",
        "Our trip to the lake\n\nWe left early and came back late, tired and happy.\n\n"
            + "7:10 a.m. — We loaded the car and drove north along the river for an hour.\n"
            + "9:30 a.m. — We reached the lake and rented a small boat from the harbour office.\n"
            + "1:15 p.m. — We had lunch on the island and swam until the wind picked up.\n",
    ])
    func hoursRunningForwardAreNoLog(_ text: String) {
        #expect(ArticleReader.analyze(text).notices.isEmpty)
    }

    /// French clocks before a dash opening the page ("15h43 - …", "14h50 - …", "14h46 - …"), three or more stacked
    /// newest first: a log showing its latest entry first, announced or not. Two so opening the page may be an agenda
    /// listed backwards from its last event, and one alone a race's time, a funeral's or a deadline's: none.
    @Test(arguments: [
        ("15h43 - La victime la plus âgée était suédoise, a confirmé le ministère.\n14h50 - La gendarmerie détaille avec prudence les hypothèses.\n14h46 - Un appel à témoins va être lancé, explique le gendarme.\nLe procureur d'Annecy s'exprimera ce soir.\n",
         ["15h43", "14h50", "14h46"]),
        ("9h00 – Départ de la course devant la mairie.\n8h30 – Rendez-vous des bénévoles au gymnase.\nLe parcours de 18 kilomètres longe la rivière.\n", []),
        ("2h05 - Eliud Kipchoge remporte le marathon de Berlin.\nLe Kényan a devancé ses rivaux de deux minutes.\n", []),
        ("18h56 – La préfecture indique que les affrontements n'ont pas fait de morts.\nLe grand cadi condamne les violences.\n", []),
        ("5 p.m.: Deadline for filing candidacy papers at City Hall.\n\nSeven candidates have filed so far.\n", []),
    ] as [(String, [String])])
    func hourOpeningThePage(_ text: String, _ markers: [String]) {
        #expect(ArticleReader.analyze(text).notices.map(\.marker) == markers)
    }

    /// A log newest first heads an earlier day's hours with that day: the hour over the heading is the later day's,
    /// the hours under it run on backwards. A programme heads each day with a later one and runs forward: none.
    @Test(arguments: [
        ("Séisme au Mexique\n\n07h31 : le bilan passe à 58 morts, selon les autorités.\n\nDes répliques ont été ressenties.\n\nVendredi 8 septembre\n\n15h26 : au moins 32 morts selon un nouveau bilan.\n\n12h29 : le séisme a fait 15 morts, selon la protection civile.\n\n11h45 : une journaliste raconte être descendue en pyjama.\n",
         ["07h31", "15h26", "12h29", "11h45"]),
        ("Earthquake in Mexico\n\n7:31 a.m.: The death toll rises to 58, officials say.\n\nAftershocks were felt overnight.\n\nFriday, Sept. 8\n\n3:26 p.m.: At least 32 dead, a new count says.\n\n12:29 p.m.: The quake killed 15 people, civil protection says.\n\n11:45 a.m.: A reporter says she ran out in her pyjamas.\n",
         ["7:31 a.m.", "3:26 p.m.", "12:29 p.m.", "11:45 a.m."]),
        ("Programme du festival\n\nVendredi 8 septembre\n\n20h : concert de la chorale.\n\nSamedi 9 septembre\n\n20h : bal populaire sur la place.\n", []),
        ("Festival programme\n\nFriday, Sept. 8\n\n8 p.m.: A choir sings in the park.\n\nSaturday, Sept. 9\n\n8 p.m.: A street dance on the square.\n", []),
        // Days compare by their month first: the first of September follows the thirty-first of August.
        ("Storm live\n\nSunday, Sept. 1\n\n6:20 a.m.: The storm surge warning has been lifted.\n\nSaturday, Aug. 31\n\n10:15 p.m.: Winds reach 90 mph on the coast.\n\n9:40 p.m.: Power is out for 20,000 homes.\n\n8:05 p.m.: The storm makes landfall.\n",
         ["6:20 a.m.", "10:15 p.m.", "9:40 p.m.", "8:05 p.m."]),
        ("Programme télé\n\nSamedi 30 juin\n\n12h15 : départ de la première étape.\n\nDimanche 1er juillet\n\n12h30 : départ de la deuxième étape.\n", []),
        // The one entry under a day's heading, prose under it: the hour over the heading stands above it as a later one.
        ("Grève à la SNCF : les perturbations en direct\n\n18h45 : la direction annonce un trafic normal pour jeudi.\n\nMercredi 6 décembre\n\n09h10 : seul un TGV sur trois circule, selon la SNCF.\n\nLa grève a commencé mardi soir.\n",
         ["18h45", "09h10"]),
    ] as [(String, [String])])
    func dayHeadings(_ text: String, _ markers: [String]) {
        #expect(ArticleReader.analyze(text).notices.map(\.marker) == markers)
    }

    /// A live entry titled with the words it reports opens with a quotation mark: its hour marks it as any other
    /// entry's does, and a stack is read through it. A schedule running forward stays no stack, whatever its titles
    /// open with, and a mark standing apart from any word opens no entry.
    @Test(arguments: [
        ("Soirée électorale\n\n21h05 : la maire salue « une victoire collective »\n\nElle remercie ses équipes.\n\n20h50 : « Nous ne lâcherons rien », lance le candidat battu\n\nIl promet de revenir dans six ans.\n\n20h40 : \"Le résultat est net\", juge le préfet\n\nLe taux de participation atteint 61 %.\n",
         ["21h05", "20h50", "20h40"]),
        ("Election night\n\n9:05 p.m. - The mayor thanks her volunteers\n\nShe spoke downtown.\n\n8:50 p.m. - \u{201C}We will be back,\u{201D} says the losing candidate\n\nHe did not concede.\n\n8:40 p.m. - \"A clear result,\" the clerk says\n\nTurnout reached 61 percent.\n",
         ["9:05 p.m.", "8:50 p.m.", "8:40 p.m."]),
        // A schedule runs forward: no stack.
        ("Programme du festival\n\n14h : « Les Voix du Nord », chorale\n\n16h : \"Jazz au parc\", concert\n\n18h : bal populaire.\n", []),
        ("Festival schedule\n\n2 p.m. - \"Northern Voices\", a choir\n\n4 p.m. - \"Jazz in the Park\", a concert\n\n6 p.m. - A street dance.\n", []),
        // A mark with no word after it opens nothing: the hour below stands alone, no stack.
        ("Soirée électorale\n\n21h05 : \"\n\nElle remercie ses équipes.\n\n20h50 : le candidat battu réagit.\n", []),
    ] as [(String, [String])])
    func quotedEntryTitles(_ text: String, _ markers: [String]) {
        #expect(ArticleReader.analyze(text).notices.map(\.marker) == markers)
    }

    /// The count an update's marker gives (`UpdateMarker.entryCount`): after its label, in figures or Roman numerals,
    /// or before it as an ordinal; a label alone is the first. A marker holding a date or any other figure gives none.
    @Test(arguments: [
        ("Update", "update", 1), ("Update 2", "update", 2), ("UPDATE #3", "update", 3), ("Update VII", "update", 7),
        ("Second update", "update", 2), ("2nd Update", "update", 2), ("Mise à jour", "mise a jour", 1),
        ("Mise à jour 2", "mise a jour", 2), ("Deuxième mise à jour", "mise a jour", 2), ("MAJ 3", "maj", 3),
        ("UPDATE 8 October 2020", nil, nil), ("Update 9/24", nil, nil), ("Update 45", nil, nil), ("2", nil, nil),
    ] as [(String, String?, Int?)])
    func entryCount(_ marker: String, _ label: String?, _ count: Int?) {
        let scalars = ScalarText(marker)
        let read = UpdateMarker.entryCount(scalars, marker: TextRange(0, scalars.count))
        #expect(read?.label == label)
        #expect(read?.count == count)
    }

    /// Which way two neighbouring entries run (`UpdateMarker.logOrder`): timed, either way within half a day;
    /// counted, the same label and the next count. Entries of two kinds, or counts apart, are no neighbours.
    @Test(arguments: [
        ("Update 9 p.m.", "Update 7 p.m.", UpdateMarker.LogOrder.newestFirst), ("Update 7 p.m.", "Update 9 p.m.", .oldestFirst),
        ("Update 2", "Update", .newestFirst), ("Update", "Update 2", .oldestFirst), ("Update II", "Update III", .oldestFirst),
        ("Mise à jour 2", "Mise à jour", .newestFirst),
        ("Update", "Update", nil), ("Update", "Update 3", nil), ("Update 2", "Mise à jour", nil), ("Update 2", "Update 9 p.m.", nil),
    ] as [(String, String, UpdateMarker.LogOrder?)])
    func logOrder(_ upper: String, _ lower: String, _ order: UpdateMarker.LogOrder?) {
        func read(_ marker: String) -> UpdateMarker.EntryOrder? {
            let scalars = ScalarText(marker)
            return UpdateMarker.entryOrder(scalars, marker: TextRange(0, scalars.count), limit: scalars.count)
        }
        guard let above = read(upper), let below = read(lower) else {
            Issue.record("no order read in \(upper) or \(lower)")
            return
        }
        #expect(UpdateMarker.logOrder(of: below, under: above) == order)
    }
}

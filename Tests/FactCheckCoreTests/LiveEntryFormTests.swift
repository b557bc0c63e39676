@testable import FactCheckCore
import Testing

/// Live pages' entries written otherwise than "18h15 : …" over the next: two entries of the same minute, an hour
/// alone on its line over the entry's text, and the forms that stay the report's (a schedule listing two events at
/// one hour, a list of headlines with their hours, race times, prices).
@Suite struct LiveEntryFormTests {
    /// Two entries of the same minute stack as a log's do under a later entry; at the top of a list, two events at
    /// one hour are a schedule's, whatever follows.
    @Test(arguments: [
        ("DIRECT. Soirée électorale\n\n22h05 : la participation finale atteint 58 %.\n\n21h50 : le maire sortant arrive en tête à "
            + "Pontville.\n\n21h50 : la liste écologiste devance la droite à Bourg.\n\n21h40 : les premiers bureaux sont dépouillés.\n",
         ["22h05", "21h50", "21h50", "21h40"]),
        ("Live updates: election night\n\n10:05 p.m. - Final turnout reaches 58 percent.\n\n9:50 p.m. - The mayor leads in Milltown.\n\n"
            + "9:50 p.m. - The Green list is ahead in Bridgeport.\n\n9:40 p.m. - The first precincts are counted.\n",
         ["10:05 p.m.", "9:50 p.m.", "9:50 p.m.", "9:40 p.m."]),
        // The log's two newest entries posted in one minute, on a page that announces a live.
        ("DIRECT. Incendie au port\n\n21h31 : le préfet annonce que le feu est maîtrisé.\n\n21h31 : les pompiers restent "
            + "sur place cette nuit.\n\n21h10 : une centaine de pompiers sont mobilisés.\n", ["21h31", "21h31", "21h10"]),
        // A live page whose standfirst ends with a colon.
        ("Live updates: storm on the coast\n\nThe storm hit the coast overnight. Here is the latest:\n\n9:45 a.m.: Power is "
            + "back in the harbour.\n\n9:10 a.m.: The coast road reopens.\n\n8:30 a.m.: Schools stay closed.\n",
         ["9:45 a.m.", "9:10 a.m.", "8:30 a.m."]),
        // Negative: a programme over two days, two events at one hour on the second under a later hour of the first;
        // only a page that announces a live makes the same minute a log's.
        ("Programme du week-end\n\n18h : concert d'ouverture.\n\n20h : feu d'artifice sur le port.\n\nDimanche\n\n"
            + "10h : messe à la cathédrale.\n\n10h : marché des producteurs.\n\n11h : défilé des chars.\n\n"
            + "Le centre-ville sera fermé à la circulation.\n", []),
        ("Race weekend\n\nSaturday\n\n6 p.m.: Parade of the teams.\n\n9 p.m.: Opening ceremony.\n\nSunday\n\n10 a.m.: Women's marathon.\n\n10 a.m.: Men's road race.\n\n"
            + "11 a.m.: Wheelchair race.\n\nAll times are local.\n", []),
        // Negative: finishing times listed newest first under the line that introduces them.
        ("Trail des crêtes\n\nLes derniers coureurs ont franchi la ligne dimanche, avant la barrière horaire :\n\n"
            + "16h25 : Marc Petit, dernier classé.\n\n16h12 : Anne Roux et Julie Blanc.\n\n16h12 : Paul Girard.\n\n"
            + "15h58 : Luc Moreau.\n\nPlus de 2 000 coureurs avaient pris le départ.\n", []),
        ("Ridge trail\n\nThe last runners crossed the line on Sunday, before the cut-off:\n\n4:25 p.m.: Mark Small, last "
            + "finisher.\n\n4:12 p.m.: Ann Reed and Julie White.\n\n4:12 p.m.: Paul Grant.\n\n3:58 p.m.: Luke Moore.\n\n"
            + "More than 2,000 runners had started.\n", []),
        // Negative: a schedule opening with two events at one hour, then running forward.
        ("Programme de la fête\n\n14h : ouverture du marché sur la place.\n\n14h : atelier de peinture à la médiathèque.\n\n"
            + "16h : concert de la fanfare.\n\nL'entrée est libre.\n", []),
        ("Fair schedule\n\n2 p.m. - The market opens on the square.\n\n2 p.m. - A painting class starts at the library.\n\n"
            + "4 p.m. - The brass band plays.\n\nEntry is free.\n", []),
        // Negative: three events at one hour; none stands under a later one.
        ("Programme de la fête\n\n14h : ouverture du marché sur la place.\n\n14h : atelier de peinture à la médiathèque.\n\n"
            + "14h : concert de la fanfare au kiosque.\n\nL'entrée est libre.\n", []),
        ("Fair schedule\n\n2 p.m. - The market opens on the square.\n\n2 p.m. - A painting class starts at the library.\n\n"
            + "2 p.m. - The brass band plays at the bandstand.\n\nEntry is free.\n", []),
        // The hour and the noun alone on their line, stacked newest first: each heads its entry; running forward, a
        // programme's.
        ("Fire near Oroville\n\n5 p.m. update\n\nAll evacuation warnings have been lifted by police.\n\n4:45 p.m. update\n\n"
            + "Authorities downgraded the order to a warning.\n\nOriginal story:\n\nAn evacuation order was issued after the fire started.\n",
         ["5 p.m. update", "4:45 p.m. update"]),
        ("Incendie près de Vienne\n\n18h30 mise à jour\n\nLes habitants peuvent rentrer chez eux.\n\n17h45 mise à jour\n\n"
            + "L'ordre d'évacuation est levé dans deux quartiers.\n\nArticle initial :\n\nUn ordre d'évacuation a été donné.\n",
         ["18h30 mise à jour", "17h45 mise à jour"]),
        ("Briefings\n\n9 a.m. briefing\n\n1 p.m. update\n\n5 p.m. update\n\nEach briefing is streamed live.\n", []),
        // The hour and the label before a sentence, running forward, each hour labelled alike: a log kept oldest
        // first. A plan's next hour that does something else keeps it a plan's.
        ("Evacuation at the science center\n\nA mandatory evacuation is underway at the science center.\n\n"
            + "5:00 p.m. UPDATE: The event center is evacuating too.\n\n5:08 p.m. UPDATE: All classes on West Campus are cancelled.\n\n"
            + "6:13 p.m. UPDATE: The all clear was issued at 6:12 p.m.\n",
         ["5:00 p.m. UPDATE", "5:08 p.m. UPDATE", "6:13 p.m. UPDATE"]),
        ("Évacuation du centre des sciences\n\nUne évacuation obligatoire est en cours au centre des sciences.\n\n"
            + "17h05 mise à jour : Le centre des congrès est évacué à son tour.\n\n17h10 mise à jour : Tous les cours du campus ouest sont annulés.\n\n"
            + "18h15 mise à jour : La fin de l'alerte a été donnée à 18h12.\n",
         ["17h05 mise à jour", "17h10 mise à jour", "18h15 mise à jour"]),
        // The French hour glued to its minutes before the label in capitals ("14h10 MISE À JOUR :"), as an hour alone
        // before a space reads too: the hour is the label's.
        ("Incendie dans un entrepôt de Vénissieux\n\nUn violent incendie s'est déclaré vendredi dans un entrepôt.\n\n"
            + "14h10 MISE À JOUR : Les pompiers ont engagé 80 sapeurs-pompiers sur le site.\n\n15h05 MISE À JOUR : La préfecture demande de fermer les fenêtres.\n\n"
            + "17h45 MAJ : Le périphérique sud a rouvert à la circulation.\n",
         ["14h10 MISE À JOUR", "15h05 MISE À JOUR", "17h45 MAJ"]),
        // Whole hours running forward, each labelled, are a timetable of closures as often: no log.
        ("Fermetures pour le rallye\n\nPlusieurs routes seront fermées dimanche pour le rallye.\n\n8h MAJ : La Moyenne Corniche est fermée à la circulation.\n\n"
            + "10h MAJ : Le col d'Èze est interdit aux véhicules.\n", []),
        ("Parade closures\n\nSeveral roads close on Sunday for the parade downtown.\n\n8 a.m. update: Main Street is closed to all traffic.\n\n"
            + "10 a.m. update: Harbor Road is closed to all trucks.\n", []),
        ("Upgrade night\n\nThe bank's systems will be upgraded overnight.\n\n1 a.m. update: The servers go offline for the upgrade.\n\n"
            + "3:30 a.m. - Staff test every account before the morning.\n", []),
        ("Nuit de migration\n\nLes systèmes de la banque seront migrés cette nuit.\n\n22h mise à jour : Les serveurs sont arrêtés pour la migration.\n\n"
            + "23h30 : Les équipes vérifient tous les comptes avant le matin.\n", []),
        // With its colon; the hour of each entry below read as an hour of the same log.
        ("Fire near the lake\n\nHere are updates on the fire:\n\n7 p.m. Update:\n\nAll evacuation orders have been lifted.\n\n"
            + "6 p.m. Update:\n\nCrews contained half of the fire.\n\n4 p.m. Update:\n\nThe sheriff ordered the evacuation of two roads.\n",
         ["7 p.m. Update", "6 p.m. Update", "4 p.m. Update"]),
        // Negative: a schedule running forward with two events at one later hour.
        ("Programme de la fête\n\n14h : ouverture du marché sur la place.\n\n16h : concert de la fanfare.\n\n"
            + "16h : atelier de peinture à la médiathèque.\n\nL'entrée est libre.\n", []),
        // A clock with a colon set off by a full stop ("22:00. …"), the entry below another: read as a log's; running
        // forward, a programme's.
        ("Retrouvez ici notre suivi des événements en continu.\n\n23:00: C'est la fin de ce live. Merci de nous avoir "
            + "suivis.\n\nRendez-vous demain matin dans les kiosques.\n\n22:00. Perquisitions en cours dans l'Est de la "
            + "France. Une opération de police était en cours.\n", ["23:00", "22:00"]),
        ("Programme de la journée\n\n09:00. Accueil des participants dans le hall.\n\n10:30. Conférence d'ouverture "
            + "par la présidente.\n\n12:00. Déjeuner au restaurant universitaire.\n", []),
        // Negative: a reconstruction's timeline, newest first, its clocks set off by a full stop, on a page that
        // announces no live.
        ("How the bridge fell\n\nHere is the timeline of the night, from the investigators' report.\n\n01:29. The bridge "
            + "collapses into the river.\n\n01:27. The ship's pilot calls for tugs.\n\n01:24. The ship loses power for "
            + "the second time.\n\n01:05. The ship leaves the port.\n\nThe report will be published in full next month.\n", []),
        // Negative: verses numbered chapter and verse, as clocks are written, running forward.
        ("Verses for Sunday\n\n3:16. For God so loved the world that he gave his only Son.\n\n3:17. For God did not send "
            + "his Son into the world to condemn it.\n\n3:18. Whoever believes in him is not condemned.\n", []),
    ] as [(String, [String])])
    func entriesOfTheSameMinute(_ text: String, _ markers: [String]) {
        #expect(ArticleReader.analyze(text).notices.map(\.marker) == markers)
    }

    /// An hour alone on its line heads a live entry, its title and body below, when such hours stack newest first and
    /// the entries hold sentences; a list of headlines with their hours, a programme running forward, race times with
    /// their seconds and prices stay the report's.
    @Test(arguments: [
        ("Storm on the coast: live updates (local time)\n\n9.40pm\n\nPower back in the harbour\n\nCrews restored power to 2,000 homes, "
            + "the utility said.\n\n8.15pm\n\nThe storm reaches the coast\n\nWinds of 120 km/h hit the seafront.\n\n"
            + "7.30pm\n\nCoast road closed\n\nPolice closed the road as a precaution.\n",
         ["9.40pm", "8.15pm", "7.30pm"]),
        ("Tempête sur la côte, en direct\n\n21h40\n\nLe courant revient au port\n\nLes équipes ont rétabli le courant dans 2 000 "
            + "foyers, indique le gestionnaire.\n\n20h15\n\nLa tempête atteint la côte\n\nDes rafales à 120 km/h frappent "
            + "le front de mer.\n\n19h30\n\nLa route côtière fermée\n\nLa police a fermé la route par précaution.\n",
         ["21h40", "20h15", "19h30"]),
        // Negative: other stories listed with their hours under them and a count of comments.
        ("Autres articles\n\nLe pont rouvre à la circulation\n\n09:37\n\n• 53\n\nLa fanfare prépare son concert\n\n"
            + "09:00\n\n• 4\n\nLe marché déménage sur la place\n\n08:10\n\n• 12\n", []),
        // Negative: other stories with their hours and a sentence each, on a page that announces no live and heads no
        // updates; a timeline told backwards inside a story.
        ("Le fil info\n\n16h42\n\nLe pont rouvre\n\nLes travaux ont pris fin ce matin.\n\n16h15\n\nLa fanfare répète\n\n"
            + "Le concert aura lieu samedi.\n\n15h50\n\nLe marché déménage\n\nIl s'installe place de la mairie.\n", []),
        ("The strike ended on Friday. Here is how the day unfolded, most recent first.\n\n4.10pm\n\nUnion accepts the offer\n\n"
            + "Members voted to return to work.\n\n1.30pm\n\nTalks resume\n\nBoth sides met at the town hall.\n\n10.05am\n\n"
            + "Pickets gather\n\nAbout 200 workers stood outside the depot.\n", []),
        // Negative: headlines listed with their hours, no count: no line of them ends a sentence.
        ("Latest stories\n\nBridge reopens to traffic\n\n09:37\n\nBand prepares its concert\n\n09:00\n\n"
            + "Market moves to the square\n\n08:10\n\nCouncil votes the budget\n", []),
        // Negative: a programme running forward.
        ("Programme de la journée\n\n9h30\n\nAccueil des participants à la mairie.\n\n10h\n\nOuverture par le maire.\n\n"
            + "11h15\n\nVisite du chantier du pont.\n", []),
        // Negative: race times with their seconds, slowest first; prices, highest first.
        ("Results\n\n2:31:07\n\nThe local runner finished third.\n\n2:29:40\n\nThe holder came second.\n\n2:28:02\n\n"
            + "The winner led from the start.\n", []),
        ("Winter picks\n\n14.90\n\nA linen scarf from a local weaver.\n\n8.25\n\nLeather gloves, lined with fleece.\n\n"
            + "3.10\n\nCotton socks in three colours.\n", []),
    ] as [(String, [String])])
    func hoursAloneOverTheirEntries(_ text: String, _ markers: [String]) {
        #expect(ArticleReader.analyze(text).notices.map(\.marker) == markers)
    }

    /// An entry under an hour alone runs from its title to the next hour: the title and its paragraphs are the
    /// notice's, not claims.
    @Test func anHourAloneTakesItsTitleAndBody() {
        let text = "Storm on the coast: live updates (local time)\n\n9.40pm\n\nPower back in the harbour\n\nCrews restored power to 2,000 "
            + "homes, the utility said.\n\nThe last streets should follow overnight.\n\n8.15pm\n\nThe storm reaches the coast\n\n"
            + "Winds of 120 km/h hit the seafront.\n\n7.30pm\n\nCoast road closed\n\nPolice closed the road as a precaution.\n"
        let notices = ArticleReader.analyze(text).notices.map(\.text)
        #expect(notices.first == "Power back in the harbour Crews restored power to 2,000 homes, the utility said. "
            + "The last streets should follow overnight.")
    }

    /// The oldest entry of such a log, at the page's end, runs to the end or to the page's furniture: no original
    /// story follows it, and its paragraphs are not the report's.
    @Test(arguments: [
        ("Storm on the coast: live updates (local time)\n\n9.40pm\n\nPower back in the harbour\n\nCrews restored power to 2,000 "
            + "homes, the utility said.\n\n8.15pm\n\nThe storm reaches the coast\n\nWinds of 120 km/h hit the seafront.\n\n"
            + "7.30pm\n\nCoast road closed\n\nPolice closed the road as a precaution.\n\n"
            + "Drivers were sent inland through the valley.\n\nThe ferry did not sail.\n\nThe school bus ran late.\n",
         "Coast road closed Police closed the road as a precaution. Drivers were sent inland through the valley. "
            + "The ferry did not sail. The school bus ran late."),
        ("Tempête sur la côte, en direct\n\n21h40\n\nLe courant revient au port\n\nLes équipes ont rétabli le courant dans "
            + "2 000 foyers.\n\n20h15\n\nLa tempête atteint la côte\n\nDes rafales à 120 km/h frappent le front de mer.\n\n"
            + "19h30\n\nLa route côtière fermée\n\nLa police a fermé la route par précaution.\n\n"
            + "Les automobilistes sont déviés par la vallée.\n\nLe bac n'a pas navigué.\n\nLe car scolaire a pris du retard.\n\n"
            + "Partager sur Facebook\n",
         "La route côtière fermée La police a fermé la route par précaution. Les automobilistes sont déviés par la "
            + "vallée. Le bac n'a pas navigué. Le car scolaire a pris du retard."),
    ] as [(String, String)])
    func theOldestEntryRunsToTheEnd(_ text: String, _ oldest: String) {
        let analysis = ArticleReader.analyze(text)
        #expect(analysis.notices.last?.text == oldest)
        #expect(analysis.claims.map(\.text) == [analysis.claims.first?.text].compactMap { $0 })
    }

    /// A situation report's hour after a lead-in ("As of 4:30 pm, …", "Point à 21 h 15 :"): an entry in a stack of
    /// its kind, newest first. The oldest is one when it tells its report on its line, over the first version; alone
    /// on its line over the oldest report, it heads the first version. Alone, or inside another log's entry, the
    /// lead-in is the report's prose; a stack running forward is a plan's.
    @Test(arguments: [
        ("Water main break\n\nAs of 5:00 pm, everyone's water should be back on.\n\nAs of 4:30 pm, about 200 homes are "
            + "still without water.\n\nA water main broke on Elm Street this afternoon.\n", ["As of 5:00 pm", "As of 4:30 pm"]),
        ("Rupture de canalisation\n\nPoint à 21 h 15 : la distribution reprend progressivement.\n\nPoint à 20 h 15 : "
            + "les travaux progressent.\n\nUne canalisation a cédé rue des Ormes cet après-midi.\n", ["Point à 21 h 15", "Point à 20 h 15"]),
        ("Rupture de canalisation\n\nPoint à 21 h 15 :\n\nLa distribution reprend progressivement.\n\nPoint à 20 h 15 :\n\n"
            + "Les travaux progressent.\n\nPoint à 18 h 15 :\n\nUne canalisation a cédé rue des Ormes cet après-midi.\n",
         ["Point à 21 h 15", "Point à 20 h 15"]),
        ("Water main break\n\nAs of 9:15 p.m.:\n\nWater is flowing again.\n\nAs of 8:15 p.m.:\n\nCrews are working on the "
            + "pipe.\n\nAs of 6:15 p.m.:\n\nA water main broke on Elm Street this afternoon.\n", ["As of 9:15 p.m.", "As of 8:15 p.m."]),
        ("Hay spill on I-70\n\nUpdate: As of 4:30PM the backup has cleared.\n\nAs of 3:00PM one lane is open.\n\nAs of 1:30PM "
            + "traffic is backed up to the canyon.\n\nI-70 eastbound is closed after a hay spill.\n",
         ["Update", "As of 3:00PM", "As of 1:30PM"]),
        ("Déversement sur l'A10\n\nMise à jour : Point à 16 h 30 : le bouchon s'est résorbé.\n\nPoint à 15 h : une voie est "
            + "rouverte.\n\nPoint à 13 h 30 : la circulation remonte jusqu'au péage.\n\nL'A10 est fermée après la perte d'un "
            + "chargement de foin.\n", ["Mise à jour", "Point à 15 h", "Point à 13 h 30"]),
        // A figure may open the report after the comma.
        ("Ice storm outages\n\nAs of 6 p.m., 1,150 customers remain without power.\n\nAs of 3 p.m., 4,300 customers were "
            + "still in the dark.\n\nFreezing rain coated lines overnight.\n", ["As of 6 p.m.", "As of 3 p.m."]),
        // Inside another log's entry, alone in a story, with no hour, or running forward: the report's prose.
        ("Crash on I-80\n\n10:42 A.M. UPDATE:\n\nThe crash has been cleared.\n\nAs of 10 a.m., the opening time is in three "
            + "hours.\n\n9:31 A.M. UPDATE:\n\nA crash blocks all lanes.\n", ["10:42 A.M. UPDATE", "9:31 A.M. UPDATE"]),
        ("Power outage\n\nA storm cut power to the east side on Monday.\n\nAs of 3 p.m., some residents reported their power "
            + "had been restored.\n", []),
        ("The company\n\nAs of 2019, the company had 300 staff.\n\nAs of 2017, it had 200.\n", []),
        ("Le chantier du pont\n\nPoint à 9 h : le pont est fermé aux voitures.\n\nPoint à 11 h : le pont rouvre dans un "
            + "sens.\n\nLes travaux dureront une semaine.\n", []),
        ("Bridge works\n\nAs of 9 a.m., the bridge is closed to cars.\n\nAs of 11 a.m., the bridge reopens one way.\n\n"
            + "The works will last a week.\n", []),
        // Prose between two reports on their own lines makes them a story's; French wants its colon ("Point à 17 h
        // avec le préfet" is a meeting's hour); lead-ins inside another kind of entry are its text.
        ("Brush fire\n\nA brush fire had burned 800 acres by evening, officials said.\n\nAs of 6 p.m., the fire was 20 percent "
            + "contained.\n\nResidents of two subdivisions were told to leave.\n\nAs of 11 a.m., crews had kept the flames away "
            + "from homes.\n\nNo injuries have been reported.\n", []),
        ("La crise agricole\n\nPoint à 17 h avec les représentants des agriculteurs, a indiqué la préfecture.\n\nPoint à 11 h "
            + "avec les maires, qui ont demandé des aides.\n\nLe ministre viendra vendredi.\n", []),
        ("Water main break\n\n10:42 A.M. UPDATE:\n\nCrews have shut off the main.\n\nAs of 10:30 a.m., water is no longer "
            + "flowing.\n\nAs of 10 a.m., three basements had flooded.\n\n9:31 A.M. UPDATE:\n\nA water main broke under Oak "
            + "Street.\n", ["10:42 A.M. UPDATE", "9:31 A.M. UPDATE"]),
    ] as [(String, [String])])
    func leadInHours(_ text: String, _ markers: [String]) {
        #expect(ArticleReader.analyze(text).notices.map(\.marker) == markers)
    }

    /// The lead-in alone on its line at a stack's foot heads the first version: the entry above it ends there, and
    /// the first version's sentences are the report's claims.
    @Test(arguments: [
        ("Rupture de canalisation\n\nPoint à 21 h 15 :\n\nLa distribution reprend.\n\nPoint à 20 h 15 :\n\nLes travaux "
            + "progressent.\n\nPoint à 18 h 15 :\n\nUne canalisation a cédé rue des Ormes.\n",
         ["La distribution reprend.", "Les travaux progressent."], "Une canalisation a cédé rue des Ormes."),
        ("Water main break\n\nAs of 9:15 p.m.:\n\nWater is flowing again.\n\nAs of 8:15 p.m.:\n\nCrews are working on the "
            + "pipe.\n\nAs of 6:15 p.m.:\n\nA water main broke on Elm Street.\n",
         ["Water is flowing again.", "Crews are working on the pipe."], "A water main broke on Elm Street."),
    ] as [(String, [String], String)])
    func theOldestLeadInHeadsTheFirstVersion(_ text: String, _ notices: [String], _ claim: String) {
        let analysis = ArticleReader.analyze(text)
        #expect(analysis.notices.map(\.text) == notices)
        #expect(analysis.claims.map(\.text).contains(claim))
    }

    /// Under a line that introduces a live's hours as the whole line ("SUIVI :", "Updates:"), hours stacked newest first
    /// are its entries, as under "Minute-by-minute updates:"; the line no longer makes them a list's. Hours running
    /// forward stay a programme's, under any of these lines (a review's probes: a conference's day, a recipe), and a
    /// longer line of those words introduces a list.
    @Test(arguments: [
        ("Un départ de feu a été signalé à Pontville.\nSUIVI :\n18h00 – Les deux départs de feu sont maîtrisés.\n17h00 – Deux "
            + "départs seraient en feu sur la commune.\n16h45 – Il s'agirait d'un feu de camping-cars.\n", ["18h00", "17h00", "16h45"]),
        ("A fire was reported in Milltown.\nUpdates:\n6 p.m. - Both fires are under control.\n5 p.m. - Two fires are burning "
            + "in town.\n4:45 p.m. - A camper van fire spread to the brush.\n", ["6 p.m.", "5 p.m.", "4:45 p.m."]),
        ("Election night\n\nMinute-by-minute updates:\n6:20 p.m. — Polls in Kentucky have closed.\n6:33 p.m. — Trump is "
            + "projected to win West Virginia.\n6:38 p.m. — The Times calls Virginia for Biden.\n", []),
        ("Library conference\n\nThe conference will take place at the civic center.\nUpdates:\n9 a.m. - Registration opens "
            + "in the main hall.\n10 a.m. - Keynote by the state librarian.\n12 p.m. - Lunch on the terrace.\n", []),
        ("Le pain de campagne\n\nIl vous faudra une journée pour réussir ce pain.\nSuivi :\n8h : préparez le levain.\n11h : "
            + "pétrissez la pâte.\n14h : façonnez la boule.\n17h : enfournez pour quarante minutes.\n", []),
        ("The conference\n\nSchedule updates:\n9 a.m. - Doors open.\n10 a.m. - Keynote by the mayor.\n11 a.m. - Lunch.\n", []),
        ("La sortie scolaire\n\nSuivi des horaires de la journée :\n18h00 – Retour du car.\n17h00 – Départ du musée.\n"
            + "14h30 – Visite guidée.\n", []),
    ] as [(String, [String])])
    func introducedLogs(_ text: String, _ markers: [String]) {
        #expect(ArticleReader.analyze(text).notices.map(\.marker) == markers)
    }
}

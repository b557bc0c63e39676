@testable import FactCheckCore
import Testing

/// Live logs stamped otherwise than by the hour of the day (`UpdateMarker.liveStamp`, `isStampedEntry`): the minute of
/// play, with its prime or bare, a match's clock, a lap, the distance to the finish, a date with its hour, and an hour
/// with a tag word after it. Each entry of such a log is a notice; lists whose lines open with the same figures stay the report's.
@Suite struct StampedLogTests {
    @Test(arguments: [
        // Minutes of play, oldest first, the added time after the prime; a section label between is no entry.
        ("Mali 1-2 Côte d'Ivoire\n\nStade de la Paix de Bouaké\n\n9′ Le Mali impose désormais son jeu au milieu.\n\n"
            + "13′ Penalty pour le Mali après une faute dans la surface.\n\n14′ Carton jaune pour le défenseur ivoirien\n\n"
            + "45′ +2 Le sélectionneur fait entrer un attaquant de plus.\n\nReprise\n\n46′ Deux changements côté ivoirien.\n",
         ["9′", "13′", "14′", "45′ +2", "46′"]),
        ("City 2-1 United\n\n12' Early pressure from the home side, who win three corners.\n\n"
            + "27' Goal! The striker heads in from the corner.\n\n45+2' Half time at the stadium.\n\n"
            + "58' The visitors equalise with a long shot.\n", ["12'", "27'", "45+2'", "58'"]),
        // Newest first, closed by a full stop.
        ("France - Argentine en direct\n\n59'. On joue à six contre six. Porte marque encore. 34-22.\n\n"
            + "58'. N'Guessan marque sur penalty. 33-22.\n\n57'. La France tient son avance de dix buts. 32-22.\n",
         ["59'", "58'", "57'"]),
        // Bare minutes of play, in a run long enough, most entries sentences, steps of more than a minute.
        ("1 Place au jeu. Les locaux donnent le coup d'envoi.\n14 Toulouse subit un coup de froid sur la pelouse.\n"
            + "21 Le milieu souffre d'un problème à l'adducteur.\n23 Coup dur pour Brest, qui doit changer.\n"
            + "29 Il est de retour ! Le buteur s'offre un raid en solitaire.\n35 Le latéral centre fort, le gardien sauve.\n"
            + "45+1 Les deux équipes rentrent au vestiaire.\n", ["1", "14", "21", "23", "29", "35", "45+1"]),
        // Distances to the finish over their entries, on a page that announces a live.
        ("EN DIRECT - Tour de France, 2e étape\n\n74 km\nPour la 3e place, le sprinteur règle le peloton.\n"
            + "75 km\nLive comment icon\nLe Danois passe en tête du sprint intermédiaire.\n77,5 km\nLe peloton accélère sur la droite de la chaussée.\n"
            + "79 km\nLes deux échappés n'ont plus qu'une minute d'avance.\n", ["74 km", "75 km", "77,5 km", "79 km"]),
        // A date with its hour, newest first, the entry on the same line.
        ("Revivez la 2e étape du Tour de France en direct.\n06/07 à 17:44 | Le Néerlandais est le nouveau maillot jaune. | |\n"
            + "06/07 à 17:39 | C'est sa deuxième victoire sur le Tour. | |\n06/07 à 17:36 | On attaque le dernier kilomètre. | |\n",
         ["06/07 à 17:44", "06/07 à 17:39", "06/07 à 17:36"]),
        // An hour with a tag word after it, alone on its line over the entry.
        ("Manif en direct, le live\n\n16h22\n\nLa tête de cortège est arrivée à République !\n\n15h57 flic\n\n"
            + "Un vestige de la manifestation précédente est toujours là.\n\n15h34 flic\n\nLa BAC est huée par le cortège.\n\n"
            + "15h31\n\nDes gilets jaunes marchent devant le cortège.\n", ["16h22", "15h57", "15h34", "15h31"]),
        // A match's clock in minutes and seconds, set as a list, oldest first: minutes past a day's hours show it.
        ("Final: follow live coverage\n\nThe match is on.\n\n  • 1:26: First corner kick taken by Italy\n"
            + "  • 13:34; Another corner in favour of England after a pass\n  • 32:57: Pressure mounts on England as Italy regains\n"
            + "  • 44:57: Dangerous moves by Italy in front of the goal\n", ["1:26", "13:34", "32:57", "44:57"]),
        // Laps alone on their lines, newest first, on a page that announces a live.
        ("Grand Prix live blog\n\nLap 66\n\nVerstappen wins the race by twenty seconds.\n\nLap 62\n\n"
            + "Hamilton passes Russell for second place.\n\nLap 58\n\nSainz pits for a second time.\n",
         ["Lap 66", "Lap 62", "Lap 58"]),
        // The distance left, said so, needs no announcement of a live.
        ("Key events\n\n14km to go: The yellow jersey's team sets the pace on the climb.\n\n"
            + "14.5km to go: Two more riders join the group of the favourites.\n\n15km to go: The breakaway is caught at the foot.\n",
         ["14km to go", "14.5km to go", "15km to go"]),
        // Hours alone over entries with no full stop, on a page that announces a live.
        ("Qualifications en direct\n\n15:44\nHamilton devance Perez pour douze millièmes\n15:43\nPerez est devant "
            + "Verstappen et Sainz\n15:39\nRussell est le seul à être en pneus tendres.\n", ["15:44", "15:43", "15:39"]),
        // A tag in capitals and a dash before each hour, newest first.
        ("Mercato : le direct live\n\nOFFICIEL – 1h23 : Chelsea a officialisé la signature de l'attaquant.\n\n"
            + "OFFICIEL – 0h41 : le milieu offensif s'engage avec Lorient jusqu'en 2026.\n\nOFFICIEL – 0h37 : "
            + "L'attaquant rejoint Fulham pour trois ans.\n", ["OFFICIEL – 1h23", "OFFICIEL – 0h41", "OFFICIEL – 0h37"]),
        // An hour and a slash before the entry, newest first.
        ("24 Heures du Mans en direct\n\n14h30 / La voiture de tête s'arrête au stand.\n\n14h10 / Le pilote suisse "
            + "reprend la deuxième place.\n\n13h45 / Une sortie de piste neutralise la course.\n", ["14h30", "14h10", "13h45"]),
    ] as [(String, [String])])
    func stampedEntries(_ text: String, _ markers: [String]) {
        #expect(ArticleReader.analyze(text).notices.map(\.marker) == markers)
    }

    @Test(arguments: [
        // A numbered list: steps of one.
        "Recette\n\n1 Préchauffez le four à 180 degrés.\n2 Battez les œufs avec le sucre.\n3 Ajoutez la farine.\n"
            + "4 Versez dans le moule.\n5 Enfournez trente minutes.\n6 Laissez refroidir avant de servir.\n",
        // A table of contents: no sentence.
        "Sommaire\n\n3 Éditorial du directeur de la rédaction\n12 Le grand entretien avec la ministre\n"
            + "25 Enquête sur les loyers dans la ville\n38 Portrait de la championne du monde\n"
            + "54 Culture et sorties de la semaine\n70 Les jeux et l'horoscope du mois\n",
        // A goals list after a match: names only.
        "City 2-1 United\n\nGoals:\n\n9' Smith\n\n44' Jones\n\n81' Brown\n\nThe home side stay top of the table.\n",
        // A race's route card, on a page that announces no live.
        "Le parcours de la 2e étape\n\nkm 0 Départ réel de Roskilde, sur la place du marché.\nkm 45 Sprint intermédiaire "
            + "de Kalundborg, au bord de la mer.\nkm 120 Côte de Asnæs, la seule difficulté du jour.\nkm 202 Arrivée à Nyborg.\n",
        // A programme of dated events running forward.
        "Programme\n\n12/07 à 20:30 | Concert d'ouverture sur la place.\n14/07 à 22:00 | Feu d'artifice sur le port.\n"
            + "15/07 à 18:00 | Bal populaire dans la cour de l'école.\n",
        // A top ten counted down.
        "Top ten\n\n10 The bridge reopens after two years of work.\n9 The band plays its farewell concert.\n"
            + "8 The market moves to the square.\n7 The council votes its budget.\n6 The school gets a new roof.\n"
            + "5 The river floods the quay.\n4 The mayor resigns.\n",
        // A day's schedule set as a list: every clock fits a day's hours.
        "Conference day\n\n  • 9:30: Registration opens in the hall of the town centre.\n  • 10:15: Opening talk by the mayor "
            + "and the dean.\n  • 11:40: Panel on the new bridge and its costs.\n  • 12:30: Lunch is served in the garden.\n",
        // Laps in a report written after the race, on a page that announces no live.
        "Race report\n\nLap 12\n\nThe leader pitted for new tyres.\n\nLap 30\n\nRain began to fall on the circuit.\n\n"
            + "Lap 51\n\nThe safety car came out after a crash.\n",
        // A day's programme with tags in capitals, running forward.
        "Journée portes ouvertes\n\nACCUEIL – 9h00 : café et présentation de l'école aux familles.\n\n"
            + "ATELIER – 10h30 : les élèves montrent leurs travaux de l'année.\n\nCONCERT – 14h00 : la chorale chante "
            + "dans la cour.\n",
        // A programme with slashes, running forward.
        "Programme du festival\n\n14h30 / Ouverture des portes et accueil du public.\n\n16h / Concert de la fanfare "
            + "municipale.\n\n18h15 / Projection du film sur la place.\n",
        // A recipe's durations with primes: no live, no word of a match.
        "Brioche\n\n10' Pétrissez la pâte avec le beurre mou.\n\n25' Ajoutez le sucre et laissez reposer la pâte.\n\n"
            + "85' Laissez pousser la pâte dans un endroit tiède.\n\n95' Dégazez la pâte et façonnez les boules.\n",
        // A podcast's chapters: clocks past a day's hours, no match.
        "Episode 112\n\n00:00 Introduction and the news of the week.\n04:12 Our guest tells how the project began.\n"
            + "27:20 What went wrong with the first prototype.\n46:30 Listeners' questions and the end of the show.\n",
        // A ranking counted down by even steps.
        "The best albums of the decade\n\n50 The debut that changed the sound of a city.\n45 A quiet record that grew on "
            + "everyone.\n40 The comeback nobody expected.\n35 A double album with no weak song.\n30 The year's "
            + "surprise hit.\n25 A singer at the height of her powers.\n20 The band's last record before the split.\n",
        // A stage's preview walking the route towards the finish.
        "Stage 19 preview: where the race could be won\n\n94km to go: The race reaches the foot of the first climb.\n\n"
            + "63km to go: The highest road of the race begins, and the teams take control.\n\n37km to go: A long descent "
            + "where a bold rider could gain time.\n\n16km to go: The final climb starts at seven per cent.\n",
        // Results listed newest first, a week apart.
        "Les derniers résultats\n\n06/04 à 17:00 | Lyon 2-1 Lorient : doublé de l'attaquant en seconde période.\n"
            + "30/03 à 21:00 | Lyon 0-0 Rennes : un match fermé sous la pluie.\n23/03 à 15:00 | Nantes 1-3 Lyon : "
            + "trois buts en vingt minutes.\n",
        // A race's recap lap by lap, from the first, under a word about another race's live blog.
        "Grand Prix report\n\nFollow our live blog of the next race in Canada.\n\nLap 1\n\nThe leader keeps his place at "
            + "the first corner.\n\nLap 22\n\nThe first stops begin in the midfield.\n\nLap 43\n\nRain starts to fall on "
            + "the circuit.\n",
    ])
    func listsStayTheReports(_ text: String) {
        #expect(ArticleReader.analyze(text).notices.isEmpty)
    }

    /// An entry under a distance alone on its line runs to the next distance: the icon's label and the text are the
    /// notice's, not claims.
    @Test func aDistanceTakesItsEntry() {
        let text = "EN DIRECT - Tour de France, 2e étape\n\n74 km\nPour la 3e place, le sprinteur règle le peloton.\n"
            + "75 km\nLive comment icon\nLe Danois passe en tête du sprint intermédiaire.\n77,5 km\nLe peloton accélère.\n"
        let analysis = ArticleReader.analyze(text)
        #expect(analysis.notices.map(\.text) == ["Pour la 3e place, le sprinteur règle le peloton.",
                                                 "Live comment icon Le Danois passe en tête du sprint intermédiaire.",
                                                 "Le peloton accélère."])
        #expect(!analysis.claims.contains { $0.text.contains("peloton") })
    }
}

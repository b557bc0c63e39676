import FactCheckCore
import Testing

/// A notice quoted from another party is the page's subject, not the page's own notice: the line above it ends
/// with a colon and says that another party speaks or wrote the words that follow. A colon alone, a word that only
/// could say so ("states", "from", "statement"), the page's own voice, a quotation further up, or a notice that names
/// its source as the page does, leaves the page's notice as it is.
@Suite struct QuotedNoticeTests {
    @Test(arguments: [
        // Quoted: introduced by who speaks or where the words come from.
        ("The carrier says the network is back, in a statement on its site:\n\n"
            + "UPDATE: Service has been restored for all customers.\n\nIt gave no cause for the outage.\n", [String]()),
        ("La mairie a rectifié son annonce, selon le communiqué publié mardi :\n\n"
            + "Rectificatif : le pont rouvrira en juillet et non en juin.\n\nLes travaux ont pris du retard.\n", []),
        ("Les usagers ont pu lire sur le site du réseau :\n\n"
            + "Mise à jour : le trafic reprend progressivement sur toute la ligne.\n\nLa ligne était coupée depuis lundi.\n", []),
        // The quoted notice's label on a line of its own, its text below.
        ("Mixing up two towns is easy, as this note from a rival paper shows:\n\nCorrection: March 3, 2015\n"
            + "An earlier version of this article placed the bridge in the wrong town.\n\nEvery paper makes such slips.\n", []),
        // A quotation opened inside the paragraph, the label in it: the quoted party's; a quotation closed before it
        // is not.
        ("Rain stopped play on Saturday.\n\nThe board confirmed it on its account. \"Update: Play has been abandoned for the day and will resume tomorrow,\" the board wrote.\n\nThe match will be shortened.\n", []),
        ("La pluie a interrompu le match samedi.\n\nLa fédération l'a confirmé sur son compte. \"Mise à jour : le match est arrêté pour la journée et reprendra demain\", a écrit la fédération.\n\nLe match sera raccourci.\n", []),
        ("The coach said the team was \"ready.\" Update: The match was called off at noon, the board said.\n\nThe team flew home.\n", ["Update"]),
        // A piece pointed at with its title and source, and what readers will notice on another page.
        ("The ferry company had a rough week.\n\nA reader sent us this “Best Correction Ever” from the Harbour Weekly:\n\n"
            + "Editor's note: A review that appeared in Monday's edition incorrectly described the crowd.\n\nWe laughed too.\n", []),
        ("L'hebdomadaire a corrigé son article.\n\nUn lecteur nous a transmis ce « rectificatif exemplaire » du Courrier du port :\n\n"
            + "Rectificatif : la foule n'a pas hué le maire, elle scandait son surnom.\n\nNous avons ri aussi.\n", []),
        ("If you revisit the original piece at the Ledger, you'll notice this below the subhead:\n\n"
            + "Update 1/12: The Courier has posted an expanded version of this column.\n\nThat is all it says.\n", []),
        ("You can see the latest updates below:\n\nUpdate: The bridge reopened at noon.\n", ["Update"]),
        ("The Weekly retracted its report on Friday.\n\nHere is this “Retraction of the Year” from the Weekly:\n\n"
            + "Correction: An article on Thursday wrongly stated that the team had signed a stadium deal.\n\nTalks go on.\n", []),
        ("The agency posted wrong fares for two days.\n\nOn the agency's homepage, you can see this notice at the top:\n\n"
            + "Update: Fares have been corrected. Riders who were overcharged will be refunded.\n\nAbout 3,000 riders were affected.\n", []),
        ("The agency posted wrong fares for two days.\n\nRiders can see the corrected fares in the table below:\n\n"
            + "Update: Fares have been corrected. Riders who were overcharged will be refunded.\n\nAbout 3,000 riders were affected.\n", ["Update"]),
        // The page's own: a colon that introduces a list, a video or the page's updates, not someone's words.
        ("In the council races:\n\nUPDATE: The last district has now been called for the incumbent.\n", ["UPDATE"]),
        ("Voir la vidéo de l'accident :\n\nMise à jour : la route a rouvert à 18 heures.\n", ["Mise à jour"]),
        ("We will post updates below:\n\nUpdate: The bridge reopened at noon.\n", ["Update"]),
        ("Latest from the scene:\n\nUPDATE: Firefighters have contained the blaze.\n", ["UPDATE"]),
        ("Read the updates below:\n\nUpdate: The bridge reopened at noon.\n", ["Update"]),
        ("À lire ci-dessous :\n\nMise à jour : le pont a rouvert à midi.\n", ["Mise à jour"]),
        // Quoted: a verb of saying as a third party's, in English and in French.
        ("Ferries were halted for most of the day.\n\nThe ferry company's chief executive told reporters:\n\n"
            + "Update: We have found the fault and every crossing is running on time again.\n\nThe company runs 40 crossings a day.\n", []),
        ("Les bacs ont été arrêtés toute la journée.\n\nLa directrice de la compagnie a ajouté sur Mastodon :\n\n"
            + "Mise à jour : nous avons trouvé la panne et toutes les traversées sont assurées.\n\nLa compagnie assure 40 traversées.\n", []),
        ("Les bacs ont été arrêtés toute la journée.\n\nLa compagnie a tweeté :\n\n"
            + "Mise à jour : nous avons trouvé la panne et toutes les traversées sont assurées.\n\nLa compagnie assure 40 traversées.\n", []),
        ("Ferries were halted for most of the day.\n\nThe ferry company said in a post on its website on Monday evening:\n\n"
            + "Update: We have found the fault and every crossing is running on time again.\n\nThe company runs 40 crossings a day.\n", []),
        ("Les bacs ont été arrêtés toute la journée.\n\nLa directrice de la compagnie a déclaré sur Mastodon :\n\n"
            + "Mise à jour : nous avons trouvé la panne et toutes les traversées sont assurées.\n\nLa compagnie assure 40 traversées.\n", []),
        // Quoted: a piece that someone ran, whose text is read, and a quoted label above its date line.
        ("The Ledger has withdrawn its story on the vote.\n\nThe Ledger ran this note above the story on Monday:\n\n"
            + "Correction: An earlier version of this story gave the wrong date for the vote.\n\nIts editor declined to comment.\n", []),
        ("The Ledger has withdrawn its story on the vote.\n\nThe Ledger's note, added above the story on Monday, reads:\n\n"
            + "Correction: An earlier version of this story gave the wrong date for the vote.\n\nIts editor declined to comment.\n", []),
        ("Le Courrier a corrigé son article sur le vote.\n\nLe quotidien a publié la précision suivante en bas de l'article :\n\n"
            + "Rectificatif : une version précédente de cet article donnait une mauvaise date pour le vote.\n\nSon rédacteur en chef n'a pas répondu.\n", []),
        ("The Ledger has withdrawn its story on the vote.\n\nThe paper wrote on its site:\n\nCorrection\nApril 9, 2025\n"
            + "An earlier version of this story gave the wrong date for the vote.\n\nIts editor declined to comment.\n", []),
        // A log's or a status page's entry read as it stood: another party's words.
        ("The bank kept a status page during the outage. Its final entry read:\n\n"
            + "Update March 3, 11:45 a.m.: All services have been restored.\n\nThe bank blamed a software release.\n", []),
        ("La banque a tenu une page d'état pendant la panne. Sa dernière entrée indiquait :\n\n"
            + "Mise à jour 3 mars, 11 h 45 : tous les services sont rétablis.\n\nLa banque a évoqué un logiciel.\n", []),
        // A piece's text named by a pronoun, a sign's, and French forms of reading it (the twenty-fifth session's
        // review).
        ("The airline later deleted the tweet. It read:\n\n"
            + "UPDATE: Delays are due to passengers failing to check in on time.\n\nFlights resumed on Sunday.\n", []),
        ("The handwritten sign taped to the door read:\n\n"
            + "UPDATE: Closed until further notice because of flood damage.\n\nThe owner hopes to reopen in the summer.\n", []),
        ("La note affichée sur la vitrine se lit ainsi :\n\n"
            + "Mise à jour : la librairie est définitivement fermée.\n\nDes clients ont déposé des fleurs.\n", []),
        ("Le communiqué de la direction régionale était rédigé ainsi :\n\n"
            + "Rectificatif : un TER sur deux seulement circulera samedi.\n\nLes syndicats appellent à poursuivre la grève.\n", []),
        // The page's own entry, in its own voice.
        ("We kept this page open during the outage. Our final entry read:\n\n"
            + "Update March 3, 11:45 a.m.: All services have been restored.\n\nThe bank blamed a software release.\n", ["Update March 3, 11:45 a.m."]),
        // The page's own: a noun that is no verb, its own voice ("our", "we", "on vous", "notre"), a piece no one ran.
        ("Floods hit the valley\n\nRivers rose overnight in the valley, the weather service said.\n\nFollowing the flood across four counties:\n\n"
            + "UPDATE 6:15 p.m.: The flood warning for Polk County has been lifted.\n\nShelters stay open tonight.\n", ["UPDATE 6:15 p.m."]),
        ("Floods hit the valley\n\nRivers rose overnight in the valley.\n\nHere is the latest from our team and the coast guard at the harbour:\n\n"
            + "UPDATE 2:10 p.m.: The harbour has reopened to small boats.\n\nShelters stay open tonight.\n", ["UPDATE 2:10 p.m."]),
        ("Floods hit the valley\n\nRivers rose overnight in the valley.\n\nHere's what we know so far, according to the county:\n\n"
            + "Update, 3:15 p.m.: The bridge on Route 4 has reopened.\n\nShelters stay open tonight.\n", ["Update, 3:15 p.m."]),
        ("Crue dans la vallée\n\nLes rivières ont monté cette nuit.\n\nPonts, bacs, routes : ce qui change ce week-end, on vous explique :\n\n"
            + "Mise à jour 9h40 : le pont de la route 4 a rouvert.\n\nLes gymnases restent ouverts.\n", ["Mise à jour 9h40"]),
        ("Crue dans la vallée\n\nLes rivières ont monté cette nuit.\n\nComme indiqué dans notre article d'hier :\n\n"
            + "Mise à jour 17h05 : le pont de la route 4 a rouvert.\n\nLes gymnases restent ouverts.\n", ["Mise à jour 17h05"]),
        ("Ledger apologizes for a caption\n\nA caption in Monday's Ledger named the wrong man.\n\nA statement from the editors of the Ledger:\n\n"
            + "Correction: A caption on Monday's front page named the wrong man. The Ledger regrets the error.\n", ["Correction"]),
        // The notice names its source as the page does ("…, firefighters said"): the page speaks, whatever is above.
        ("Fire at the depot\n\nA fire broke out at the bus depot on Friday.\n\nThe fire department tweeted:\n\n"
            + "Update, 4:20 p.m.: The fire is out and residents may return home, firefighters said.\n\nNo one was hurt.\n", ["Update, 4:20 p.m."]),
        ("Incendie au dépôt\n\nUn incendie s'est déclaré vendredi au dépôt de bus.\n\nLa préfecture a tweeté :\n\n"
            + "Mise à jour 16h20 : le feu est éteint et les habitants peuvent rentrer, a indiqué la préfecture.\n\nPersonne n'a été blessé.\n", ["Mise à jour 16h20"]),
        // The page's headings over its own updates.
        ("Read more:\n\nUpdate: The bridge reopened at noon.\n", ["Update"]),
        ("Here is how the evening unfolded:\n\nUPDATE: The bridge reopened at noon.\n", ["UPDATE"]),
        ("Ce qu'il faut retenir :\n\nMise à jour : le pont a rouvert à midi.\n", ["Mise à jour"]),
        ("The latest updates are below:\n\nUpdate: The bridge reopened at noon.\n", ["Update"]),
        ("What the organisers are saying:\n\nUPDATE: The fair will go ahead on Sunday.\n", ["UPDATE"]),
        // Someone's words quoted further up, then the page's own notice.
        ("The mayor said:\n\n“The bridge will reopen in June.”\n\nUpdate: The bridge reopened in July.\n", ["Update"]),
    ])
    func aQuotedNoticeIsNotThePages(_ text: String, _ markers: [String]) {
        #expect(ArticleReader.analyze(text).notices.map(\.marker) == markers)
    }
}

@testable import FactCheckCore
import Testing

/// Links on a page of stacked dated entries (a live page): an entry's news does not amend the text of the entry above
/// it, nor the heading set over it.
@Suite struct NoticeStackLinkingTests {
    /// The claims the notice whose marker starts with `marker` links, as text.
    static func links(_ article: String, marker: String) -> (NoticeReading, [String]) {
        let reading = NoticeReading(article)
        let entry = reading.notices.first { $0.notice.marker.hasPrefix(marker) }
        return (reading, entry.map { $0.links.map { reading.analysis.claims[$0.claimIndex].text } } ?? [])
    }

    @Test(arguments: [
        // The later entry on top, its byline, then the earlier entry's heading and text.
        ("The harbour bridge is closed to traffic while engineers inspect a crack in its deck.\n\nUpdate 6:40 p.m.: Engineers say the crack in the deck of the harbour bridge is deeper than first thought and repairs will take a week.\n\nFerries will carry commuters across the bay from Monday, the port authority said.\n\n— Jane Doe, City Desk\n\nCrack found in bridge deck\n\nUpdate 2:15 p.m.: Engineers found a crack in the deck this morning; the port authority may run ferries to carry commuters across the bay from Monday.",
         "Update 2:15", "Ferries will carry commuters", false),
        ("Le pont du port est fermé à la circulation pendant que des ingénieurs examinent une fissure de son tablier.\n\nMise à jour 18h40 : selon les ingénieurs, la fissure du tablier du pont du port est plus profonde que prévu et les réparations dureront une semaine.\n\nDes navettes maritimes feront traverser la baie aux usagers dès lundi, a indiqué la capitainerie.\n\n— Jeanne Dupont, service Ville\n\nUne fissure dans le tablier\n\nMise à jour 14h15 : des ingénieurs ont découvert une fissure ce matin ; la capitainerie pourrait affréter des navettes maritimes pour faire traverser la baie aux usagers dès lundi.",
         "Mise à jour 14h15", "Des navettes maritimes", false),
        // Negative rows: an undated update at the top stands above the story itself, which the update below still
        // amends.
        ("Update: The harbour bridge will stay closed until further notice.\n\nThe harbour bridge is expected to reopen to traffic on Friday, the port authority said.\n\nEngineers are still inspecting a crack in the deck of the harbour bridge.\n\nUpdate 6:40 p.m.: The port authority now says the harbour bridge will not reopen on Friday.",
         "Update 6:40", "The harbour bridge is expected", true),
        ("Mise à jour : le pont du port restera fermé jusqu'à nouvel ordre.\n\nLe pont du port devrait rouvrir vendredi à la circulation, selon la capitainerie.\n\nDes ingénieurs examinent toujours une fissure du tablier du pont du port.\n\nMise à jour 18h40 : la capitainerie annonce désormais que le pont du port ne rouvrira pas vendredi.",
         "Mise à jour 18h40", "Le pont du port devrait", true),
        // The heading of an entry, set on its own line over its news.
        ("Council votes on the harbour budget tonight, the mayor says.\n\nThe council will vote tonight on the harbour budget, which pays for the new sea wall.\n\nThe mayor expects the harbour budget to pass by a wide margin.\n\nCouncil passes harbour budget by seven votes to two\n\nUpdate 9:40 p.m.: The council passed the harbour budget by seven votes to two, the mayor said.",
         "Update 9:40", "Council passes harbour budget", false),
        ("Le conseil vote ce soir le budget du port, selon le maire.\n\nLe conseil votera ce soir le budget du port, qui finance la nouvelle digue.\n\nLe maire s'attend à une large majorité pour le budget du port.\n\nLe conseil adopte le budget du port par sept voix contre deux\n\nMise à jour 21h40 : le conseil a adopté le budget du port par sept voix contre deux, selon le maire.",
         "Mise à jour 21h40", "Le conseil adopte le budget", false),
        // Negative rows: a sentence with its full stop just above the news is the story, which the news may settle.
        ("The council will vote tonight on the harbour budget, which pays for the new sea wall.\n\nThe vote on the harbour budget has not yet been held.\n\nUpdate 9:40 p.m.: The council passed the harbour budget by seven votes to two, the mayor said.",
         "Update 9:40", "The vote on the harbour budget", true),
        ("Le conseil votera ce soir le budget du port, qui finance la nouvelle digue.\n\nLe vote du budget du port n'a pas encore eu lieu.\n\nMise à jour 21h40 : le conseil a adopté le budget du port par sept voix contre deux, selon le maire.",
         "Mise à jour 21h40", "Le vote du budget du port", true),
        // Negative rows: a note with no hour is no entry of a stack: the story stands between it and the note below.
        ("County board backs new arena\n\nUpdate, May 4, 10:15 a.m.: This story has been updated with comment from the coach.\n\nBy Sam Lee | Staff writer\n\nThe county board voted 5-2 on Tuesday night to approve a $90 million deal to build a new arena for the county's hockey team on the north side of town.\n\nThe deal commits the county to paying $40 million over 20 years, board members said.\n\nThe team's coach, Rob Hale, said the arena would open in 2029.\n\nCorrection, May 5: An earlier version of this story misstated the county's share of the cost. The county will pay $35 million, not $40 million.",
         "Correction", "The deal commits the county", true),
        ("Le département approuve sa nouvelle salle\n\nMise à jour du 4 mai à 10h15 : cet article a été complété avec la réaction de l'entraîneur.\n\nPar Léa Martin\n\nLe conseil départemental a approuvé mardi soir une salle de 90 millions d'euros.\n\nLe département s'engage à verser 40 millions d'euros sur vingt ans, ont précisé les élus.\n\nRectificatif du 5 mai : une version précédente de cet article indiquait une participation du département de 40 millions d'euros. Elle est de 35 millions d'euros.",
         "Rectificatif", "Le département s'engage", true),
        ("Library board delays vote on Sunday opening\n\nUpdate 1: This story has been updated with comments from the librarians' union.\n\nBy Sam Lee\n\nThe library board put off a vote on Sunday opening on Monday, after 150 readers asked to speak.\n\nBoard chair Ann Wu said the vote on Sunday opening is scheduled for April 9.\n\nUpdate 2: The library board has moved the vote on Sunday opening to April 16, Wu said on Thursday.",
         "Update 2", "Board chair Ann Wu said", true),
        // A list item or a line of a fact box, with no full stop, is no heading of an entry.
        ("Carrier to close its northern depot\n\nThe carrier said on Monday it would close its northern depot as it moves its lorries south.\n\nThe key figures:\n\n- About 400 drivers based at the depot\n- Closure of the northern depot expected by June 2027\n\nUpdate, 3:20 p.m.: The drivers' union confirmed that the northern depot will close by June 2027.",
         "Update, 3:20", "- Closure of the northern depot", true),
        ("Le transporteur va fermer son dépôt du Nord\n\nLe transporteur a annoncé lundi la fermeture de son dépôt du Nord, ses camions partant vers le sud.\n\nLes chiffres clés :\n\n• Environ 400 chauffeurs rattachés au dépôt\n• Fermeture du dépôt du Nord prévue d'ici juin 2027\n\nMise à jour 15h20 : le syndicat des chauffeurs a confirmé la fermeture du dépôt du Nord d'ici juin 2027.",
         "Mise à jour 15h20", "• Fermeture du dépôt du Nord", true),
    ])
    func linksOnAPageOfEntries(text: String, marker: String, claim: String, amended: Bool) {
        let (reading, linked) = Self.links(text, marker: marker)
        #expect(reading.notices.contains { $0.notice.marker.hasPrefix(marker) }, "\(reading.notices.map(\.notice.marker))")
        #expect(linked.contains { $0.hasPrefix(claim) } == amended, "\(linked)")
    }
}

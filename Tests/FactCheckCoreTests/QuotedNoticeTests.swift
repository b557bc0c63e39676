import FactCheckCore
import Testing

/// A notice quoted from another party is the page's subject, not the page's own notice: the line above it ends
/// with a colon and says whose words follow. A colon alone, or a quotation further up, leaves the page's notice
/// as it is.
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
        // The page's own: a colon that introduces a list, a video or the page's updates, not someone's words.
        ("In the council races:\n\nUPDATE: The last district has now been called for the incumbent.\n", ["UPDATE"]),
        ("Voir la vidéo de l'accident :\n\nMise à jour : la route a rouvert à 18 heures.\n", ["Mise à jour"]),
        ("We will post updates below:\n\nUpdate: The bridge reopened at noon.\n", ["Update"]),
        ("Latest from the scene:\n\nUPDATE: Firefighters have contained the blaze.\n", ["UPDATE"]),
        ("Read the updates below:\n\nUpdate: The bridge reopened at noon.\n", ["Update"]),
        ("À lire ci-dessous :\n\nMise à jour : le pont a rouvert à midi.\n", ["Mise à jour"]),
        // Someone's words quoted further up, then the page's own notice.
        ("The mayor said:\n\n“The bridge will reopen in June.”\n\nUpdate: The bridge reopened in July.\n", ["Update"]),
    ])
    func aQuotedNoticeIsNotThePages(_ text: String, _ markers: [String]) {
        #expect(ArticleReader.analyze(text).notices.map(\.marker) == markers)
    }
}

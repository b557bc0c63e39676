import FactCheckCore
import Testing

/// How pages decorate a notice's label (emphasis, a bracket, a parenthesis around its hour), French and English, and
/// the decorated lines that are no notice: an advertisement's banner, a how-to's bold step, a menu or a table's row, a
/// software version, a list item, a byline's stamp (docs/notice-marker-survey.md, round 9). Each case is an article of
/// two paragraphs: a report, then the decorated line.
@Suite struct MarkerDecorationTests {
    /// A paragraph and its marker as written, or nil when it is no notice, as `NoticeMarkerTests` gives them.
    typealias Case = NoticeMarkerTests.Case

    static let report = "The harbour office said on Tuesday that the ferry would sail again in May after the repairs."

    static let cases: [Case] = [
        // Decorations the grammar reads: the emphasis around the label, closed before a colon or before the body.
        Case(paragraph: "*UPDATE*: The ferry made its first crossing this morning.", marker: "*UPDATE*"),
        Case(paragraph: "**UPDATE** The ferry made its first crossing this morning.", marker: "**UPDATE**"),
        Case(paragraph: "**Mise à jour** Le traversier a repris ses rotations ce matin.", marker: "**Mise à jour**"),
        // Three asterisks and a space each side, as a blog sets a banner.
        Case(paragraph: "*** UPDATE *** The ferry made its first crossing this morning.", marker: "*** UPDATE ***"),
        Case(paragraph: "*** MISE À JOUR *** Le traversier a repris ses rotations ce matin.", marker: "*** MISE À JOUR ***"),
        Case(paragraph: "MISE À JOUR (9 h 40) Le traversier a repris ses rotations ce matin.", marker: "MISE À JOUR (9 h 40)"),
        // A pipe after a label in capitals, in emphasis or with a figure, then a headline's or a sentence's words.
        Case(paragraph: "MISE À JOUR 9 H 40 | La capitainerie confirme la reprise des rotations dès ce matin.", marker: "MISE À JOUR 9 H 40"),
        Case(paragraph: "**Update** | Ferry service resumes on Tuesday morning |", marker: "**Update**"),
        Case(paragraph: "UPDATE 2 | The harbour office now says the first crossing sails at noon.", marker: "UPDATE 2"),
        Case(paragraph: "**Mise à jour** | Le traversier reprend du service mardi matin", marker: "**Mise à jour**"),
        // A dateline closed by a hyphen, as many stations type it, then the label.
        Case(paragraph: "PORT ELLEN, Md. (WHBR) - Update at 3:10 p.m.: The ferry has left the harbour.", marker: "Update at 3:10 p.m."),
        Case(paragraph: "HARBOURTON, ME.- *UPDATE*- The ferry sails again.", marker: "*UPDATE*"),
        Case(paragraph: "SAINT-MALO (AFP) - MISE À JOUR : le traversier a repris ses rotations.", marker: "MISE À JOUR"),
        // A hyphen further in, or after words of prose, closes no dateline.
        Case(paragraph: "The ferry sailed late on Monday - Update: the harbour office blamed the wind.", marker: nil),
        Case(paragraph: "Le traversier est parti en retard lundi - Mise à jour : la capitainerie invoque le vent.", marker: nil),
        // The hour before the label says when the update was written, as after it.
        Case(paragraph: "6:45 a.m. update: One lane of the harbour road is open again.", marker: "6:45 a.m. update"),
        Case(paragraph: "18h30 mise à jour : La capitainerie annonce la reprise des rotations.", marker: "18h30 mise à jour"),
        // The hour and the noun alone on their line head an entry only in a log (`LiveEntryFormTests`): alone, or in a
        // programme running forward, they are a schedule's.
        Case(paragraph: "5 p.m. update\nOne lane of the harbour road is open again.", marker: nil),
        Case(paragraph: "9 a.m. briefing\n\n1 p.m. update\n\n5 p.m. update\n\nEach briefing is streamed live.", marker: nil),
        Case(paragraph: "5 p.m. news\nThe harbour office reads the day's headlines.", marker: nil),
        // In lower case after the colon, as French writes it and a quick English update does.
        Case(paragraph: "9:15 p.m. update: power has been restored to most homes on the island.", marker: "9:15 p.m. update"),
        Case(paragraph: "18h30 mise à jour : la capitainerie annonce la reprise des rotations.", marker: "18h30 mise à jour"),
        Case(paragraph: "9 a.m. Note: bring a coat, the crossing is cold.", marker: nil),
        // In a timetable: under a line that introduces it with a colon, or over a later hour.
        Case(paragraph: "The maintenance window:\n\n1 a.m. update: Servers go offline for the upgrade.\n\n3 a.m. testing: Staff check the accounts.", marker: nil),
        Case(paragraph: "22h mise à jour : Les serveurs sont arrêtés.\n\n23h30 : Les équipes vérifient les comptes.", marker: nil),
        Case(paragraph: "10h30 : mise à jour du logiciel des bornes de billetterie.", marker: nil),
        Case(paragraph: "3 updates: the app, the timetable and the fares.", marker: nil),
        // A state's abbreviation of four or five letters closes the place, before its station or the hyphen.
        Case(paragraph: "TULSA, Okla. - Update: Power has been restored to most homes.", marker: "Update"),
        Case(paragraph: "SACRAMENTO, Calif. (KCRA) - Update at 3:11 p.m.: The levee held overnight.", marker: "Update at 3:11 p.m."),
        // A changelog's row: a version before the pipe.
        Case(paragraph: "Mise à jour 2.14 | Correction de l'affichage des horaires | 28.10", marker: nil),
        // A header's stamps, byline and version in cells: no notice.
        Case(paragraph: "MISE À JOUR | Le 12 mars 2024 à 10h45", marker: nil),
        Case(paragraph: "Updated 10:45 a.m. ET | By Jane Morrison, Harbour Wire", marker: nil),
        Case(paragraph: "Updated 3:45 PM EDT | Posted 1:20 PM EDT", marker: nil),
        Case(paragraph: "Mise à jour 28.10 | Nouvelles cartes et retour du mode classique", marker: nil),
        // A label in lower case before a pipe is a menu's cell or a title's part, as is a short next cell.
        Case(paragraph: "Update | The harbour office now says the first crossing sails at noon.", marker: nil),
        Case(paragraph: "MISE À JOUR | Horaires d'été", marker: nil),
        // Decorated lines that are no notice.
        Case(paragraph: "*** Sponsored *** Book your crossing to the islands before the spring rush.", marker: nil),
        Case(paragraph: "*** Publicité *** Réservez votre traversée avant les vacances de printemps.", marker: nil),
        Case(paragraph: "**Update your app** | Download the new timetable before you travel.", marker: nil),
        Case(paragraph: "**Mise à jour de l'application** | Téléchargez les nouveaux horaires avant le départ.", marker: nil),
        Case(paragraph: "Update 2.1: The ferry app now shows the crossings on a map.", marker: nil),
        Case(paragraph: "| Update | 3 |", marker: nil),
        Case(paragraph: "Update | Delete | Share", marker: nil),
        Case(paragraph: "MISE À JOUR | Horaires | Tarifs", marker: nil),
        Case(paragraph: "- Mise à jour du logiciel : installez la version 4 avant la traversée.", marker: nil),
        Case(paragraph: "• Mise à jour : redémarrez la borne de billetterie.", marker: nil),
    ]

    @Test(arguments: cases)
    func decoratedLabel(_ c: Case) {
        let analysis = ArticleReader.analyze(Self.report + "\n\n" + c.paragraph + "\n")
        #expect(analysis.notices.map(\.marker) == (c.marker.map { [$0] } ?? []))
        #expect(analysis.claims.first?.text == Self.report)
    }

    /// A date stamp over the text, set as a byline sets it, is no notice's label: a participle with its date and hour,
    /// or the noun with a date and no hour, or with a date written year first, as a system stamps a page.
    @Test(arguments: [
        "Updated: 2019-04-02 08:15\nThe ferry made its first crossing this morning.",
        "Update: April 2, 2019\nThe ferry made its first crossing this morning.",
        "Update: 2019-04-02 08:15\nThe ferry made its first crossing this morning.",
        "Mis à jour le 2 avril 2019 à 8 h 15\nLe traversier a repris ses rotations ce matin.",
    ])
    func aStampOverTheTextIsNoLabel(_ text: String) {
        #expect(ArticleReader.analyze(Self.report + "\n\n" + text + "\n").notices.isEmpty)
    }
}

import FactCheckCore
import Testing

/// Markers glued inside a paragraph: a note in parentheses that closes it after a sentence's end, or a label after
/// a dateline closed by a typed hyphen.
@Suite struct GluedMarkerTests {
    @Test(arguments: [
        ("The council expects the bridge to reopen in June. (Update: The bridge opened in July, a month late.)\n", ["Update"]),
        ("Le conseil attend la réouverture du pont en juin. (Mise à jour : le pont a rouvert en juillet.)\n", ["Mise à jour"]),
        ("DAYTON, Ohio - UPDATE: The road has reopened.\n\nA crash closed the road this morning.\n", ["UPDATE"]),
        ("SPRINGFIELD, ILL.- *UPDATE*- The road has reopened.\n\nA crash closed the road this morning.\n", ["*UPDATE*"]),
        // Prose in parentheses, a note that the paragraph goes on after, a hyphen before a word that labels nothing.
        ("The app asks for a new version. (Update your phone before the trip.)\n", []),
        ("Le maire l'a dit. (Correction des chiffres attendue en mai.)\n", []),
        ("The bridge should reopen in June. (Update: It opened in July.) The mayor was pleased.\n", []),
        ("Le score est de 3 - Mise à jour des listes demain.\n", []),
    ])
    func gluedMarkers(_ text: String, _ markers: [String]) {
        #expect(ArticleReader.analyze(text).notices.map(\.marker) == markers)
    }
}

@testable import FactCheckCore
import Testing

/// The one-pass search for time-bound phrases (`PhraseSet`) answers as `String.contains` over every cue did.
@Suite struct TimeBoundPhraseTests {
    /// The former reading: the folded text between spaces, each cue searched with `String.contains`.
    static func byContains(_ text: String) -> Bool {
        let folded = " " + FoldedText.fold(text) + " "
        return (NoticeReferences.timeBoundCues + NoticeReferences.undisclosedCues).contains { folded.contains($0) }
    }

    @Test(arguments: [
        ("Le maire n'a pas répondu à nos questions.", true),
        ("The company has not responded.", true),
        ("Pour l’instant, rien n’est confirmé.", true),
        ("Distillery opens in the town centre.", true),  // "still" inside a word counts, as before
        ("The search is ongoing", true),
        ("Still", true),
        ("stil\u{301}l waiting", false),
        ("The bridge still\u{301} stands", false),       // a combining accent makes another character
        ("Le pont a été inauguré hier.", false),
        ("", false),
        ("Les gendarmes recherchent un homme.", true),
        ("Ils devraient arriver demain 🙂", true),
        ("Résultat 🇫🇷 final", false),
        ("ça reste à confirmer", true),
        // True when written, open to a later notice: the moment of writing, an expectation before the outcome.
        ("At the moment, Hawaii is forecast to receive a direct hit.", true),
        ("Pour l'heure, la préfecture ne donne aucun bilan.", true),
        ("The storm was expected to weaken before landfall.", true),
        ("On s'attendait à une annonce lundi.", true),
        ("At the moment of the crash, the driver was alone.", false),
        ("As was expected, the council approved the budget.", false),
    ])
    func answersAsStringContainsDid(_ text: String, _ expected: Bool) {
        let scalars = ScalarText(text)
        let found = NoticeReferences.isTimeBound(scalars, TextRange(0, scalars.count))
        #expect(found == expected)
        #expect(found == Self.byContains(text))
    }

    @Test(arguments: [
        (["ab", "abc", "x"], "zzabq", true), (["abc"], "zzab", false), (["abc"], "abcabc", true), (["x"], "yyx", true),
        (["x"], "", false), (["de"], "d", false),
    ])
    func findsEachPhraseAnywhere(_ phrases: [String], _ text: String, _ expected: Bool) {
        #expect(PhraseSet(phrases).occurs(in: Array(text.utf8)) == expected)
    }
}

/// A line at the top that tells what an update added, with no marker of its own but its participle: "UPDATED with
/// Chris Hubbard being placed on the reserve list.", "Updated with confirmation meetings have been rescheduled.", the
/// wire's "UPDATES WITH RESUMPTION OF FLIGHTS, CHANGES IN HEADLINE, LEDE". (A release note says the same: the reader
/// takes the line only at the page's top, over a report, `ArticleReader`.)
extension NoticeBoundary {
    /// Folded openings of such a line, each a participle or a verb and its preposition.
    static let updatedWithOpenings: [String] = [
        "updated with ", "updates with ", "updated to include ", "updated to reflect ", "update with ",
        "mis a jour avec ", "mise a jour avec ", "actualise avec ", "actualisee avec ",
    ]

    /// The length of the participle opening `line` ("Updated" in "Updated with …", "Mis à jour" in "Mis à jour avec
    /// …") when the line opens with one of `updatedWithOpenings` and is no participial clause before its sentence's
    /// subject ("Updated with new graphics, the game runs …"); nil otherwise.
    static func updatedWithLabelLength(_ scalars: ScalarText, _ line: TextRange) -> Int? {
        let folded = Scalars.folded(scalars[line.start..<line.end])
        guard let opening = updatedWithOpenings.first(where: folded.hasPrefix),
              !clauseSubjects.contains(where: folded.contains) else { return nil }
        // The label is the opening's words before its preposition: as many words of the line.
        let labelWords = opening.split(separator: " ").count - 1
        var end = line.start
        var words = 0
        while end < line.end {
            if Scalars.isSpace(scalars[end]) { words += 1; if words == labelWords { break } }
            end += 1
        }
        return end - line.start
    }

    /// Folded words that open a sentence's subject after a comma (", the game runs …"): a participle before them opens
    /// a clause of that sentence.
    private static let clauseSubjects: [String] = [", the ", ", a ", ", an ", ", its ", ", this ", ", these ", ", le ", ", la ",
                                                   ", les ", ", l'", ", un ", ", une ", ", son ", ", sa ", ", ses ", ", ce "]

    /// Whether the letters of `range` are all capitals, at least `least` of them (ten: a wire's line).
    static func isInCapitals(_ scalars: ScalarText, _ range: TextRange, least: Int = 10) -> Bool {
        let letters = scalars[range.start..<range.end].filter(Scalars.isLetter)
        return letters.count >= least && letters.allSatisfy { !Scalars.isLower($0) }
    }

    /// Folded first words of a changelog's entries ("Fixed a crash …", "Added dark mode."): a list of what a release
    /// changed, not a report.
    static let changelogVerbs: Set<String> = [
        "fixed", "added", "improved", "removed", "changed", "updated", "new", "fix", "add", "improve", "corrige", "ajout",
        "ajoute", "amelioration", "ameliore", "supprime", "correction",
    ]

    /// Whether `range` opens as a changelog's entry (`changelogVerbs`).
    static func opensAsChangelogEntry(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let head = Scalars.folded(scalars[range.start..<min(range.end, range.start + 16)])
        guard let first = head.split(whereSeparator: { !$0.isLetter }).first else { return false }
        return changelogVerbs.contains(String(first))
    }
}

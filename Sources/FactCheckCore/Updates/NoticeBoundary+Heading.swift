/// A notice set as the page's heading: the correction is the page. A newsroom that corrects an earlier story in a
/// story of its own titles it with the label alone ("Erratum", "Rectificatif") or with the label and the slug of the
/// story it corrects ("Correction: Budget Vote story", the wire services' form), sets the page's date stamp, section
/// line or byline under that title, then the correction's body — opening with a dateline when it comes from the wire
/// ("CITY (AP) — In a story published …"). The lines under the title are the page's, and the body below them is the
/// notice's, dateline or not. Surveyed on pages outside the corpus (docs/notice-extent-survey.md, sixth round).
extension NoticeBoundary {
    /// Folded marker words that title a correction of an earlier story (not an update of this one: "Update: Police
    /// report minor found safe" is a news headline, and its standfirst follows).
    static let correctionTitles: Set<String> = [
        "correction", "corrections", "clarification", "erratum", "errata", "rectificatif", "rectification", "correctif",
    ]

    /// Folded words that name the story a correction's title corrects, as its last word ("… story").
    static let correctedStoryWords: Set<String> = ["story", "stories"]

    /// The most words a title naming the corrected story may have after its marker (a wire slug is short).
    static let longestStorySlug = 8

    /// Whether `marker` is a correction's label (`correctionTitles`), with no date or number after it.
    static func isCorrectionLabel(_ scalars: ScalarText, _ marker: TextRange) -> Bool {
        var folded = Scalars.folded(scalars[marker.start..<marker.end])
        while let last = folded.unicodeScalars.last, ":.*_ \u{A0}".unicodeScalars.contains(last) { folded.unicodeScalars.removeLast() }
        while let first = folded.unicodeScalars.first, "*_ \u{A0}".unicodeScalars.contains(first) { folded.unicodeScalars.removeFirst() }
        return correctionTitles.contains(folded)
    }

    /// Whether the title after a correction's marker names the story it corrects and nothing else ("Mayor-Budget
    /// story" in "Correction: Mayor-Budget story"): a short headline whose last word is `correctedStoryWords`.
    static func namesCorrectedStory(_ scalars: ScalarText, title: TextRange) -> Bool {
        let trimmed = Scalars.trimmed(scalars, title)
        guard trimmed.length > 0, trimmed.length <= 80, isHeadline(scalars, trimmed) else { return false }
        let words = Scalars.folded(scalars[trimmed.start..<trimmed.end]).split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
        guard words.count >= 2, words.count <= longestStorySlug + 1, let last = words.last else { return false }
        return correctedStoryWords.contains(String(last))
    }

    /// Whether the title after a correction's marker is a short headline ("Schiller Statement"): no sentence's end, at
    /// most `longestStorySlug` words.
    static func isShortTitle(_ scalars: ScalarText, _ title: TextRange) -> Bool {
        let trimmed = Scalars.trimmed(scalars, title)
        guard trimmed.length > 0, trimmed.length <= 80, isHeadline(scalars, trimmed) else { return false }
        let words = scalars[trimmed.start..<trimmed.end].split(whereSeparator: Scalars.isSpace)
        return words.count <= longestStorySlug
    }

    /// Folded phrases (whole words) of a newsroom apologising for its error.
    static let apologyCues: [String] = [
        "we regret", "regrets the error", "regret the error", "regrets the errors", "regret the errors", "apologizes",
        "apologises", "we apologize", "we apologise", "nos excuses", "nous excusons", "prions nos lecteurs",
        "regrettons", "regrette cette erreur", "we are sorry", "deeply sorry", "sincerely sorry", "an apology",
        "our apologies", "nous sommes desoles", "presentons nos excuses",
    ]

    private static let apologyPhrases = PhraseSet(apologyCues.map { " \($0) " })

    /// Whether a paragraph apologises for the newsroom's error (`apologyCues`).
    static func apologizes(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        apologyPhrases.occurs(in: wordText(scalars, range))
    }

    /// A name alone on its line, as a byline sets it under a title ("The Associated Press", "Jane Doe", "Par l'AFP",
    /// "AFP"): one to four words after "By" or "Par" maybe, each capitalised (past an elision: "l'AFP") or a short
    /// joining word, no figure, no sentence's end; a single word only after "By" or "Par", or in capitals.
    static func isNameLine(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let trimmed = Scalars.trimmed(scalars, range)
        guard trimmed.length > 0, trimmed.length <= 40, isHeadline(scalars, trimmed),
              !scalars[trimmed.start..<trimmed.end].contains(where: Scalars.isDigit) else { return false }
        var words = Array(scalars[trimmed.start..<trimmed.end].split(whereSeparator: Scalars.isSpace))
        let byline = words.count > 1 && ["by", "par"].contains(Scalars.folded(words[0]))
        if byline { words.removeFirst() }
        guard !words.isEmpty, words.count <= 4 else { return false }
        let capitalised = words.allSatisfy { word in
            var letters = word[...]
            if letters.count > 2, "ldLD".unicodeScalars.contains(letters[letters.startIndex]),
               "'’".unicodeScalars.contains(letters[letters.index(after: letters.startIndex)]) { letters = letters.dropFirst(2) }
            return letters.first.map(Scalars.isUpper) ?? false || ["of", "de", "du", "la", "le"].contains(Scalars.folded(word))
        }
        guard capitalised else { return false }
        return words.count > 1 || byline || (words[0].count >= 2 && words[0].filter(Scalars.isLetter).allSatisfy(Scalars.isUpper))
    }

    /// A dateline's place alone on its line ("EMPORIA, Kan.", "LYON,"): a place in capitals, a comma, maybe a state's
    /// abbreviation.
    static func isPlaceLine(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let trimmed = Scalars.trimmed(scalars, range)
        guard trimmed.length > 0, trimmed.length <= 30,
              let comma = scalars[trimmed.start..<trimmed.end].firstIndex(of: ",") else { return false }
        let place = scalars[trimmed.start..<comma]
        guard place.filter(Scalars.isLetter).count >= 2,
              place.allSatisfy({ !Scalars.isLower($0) && !Scalars.isDigit($0) }) else { return false }
        let rest = scalars[(comma + 1)..<trimmed.end].split(whereSeparator: Scalars.isSpace)
        return rest.count <= 1 && rest.allSatisfy { $0.count <= 6 && ($0.first.map(Scalars.isUpper) ?? false) }
    }

    /// Whether a line is the page's section and stamp ("Nation & World | Updated 11 minutes ago", "Monde | Publié il y
    /// a 2 heures"): after its last bar, a verb of `UpdateMarker.stampVerbs` and a number, in at most
    /// `longestRelativeStamp` scalars (a date, a time or a relative time, which `isStamp` does not read).
    static func isSectionStamp(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let trimmed = Scalars.trimmed(scalars, range)
        guard trimmed.length > 0, trimmed.length <= longestStamp else { return false }
        var bar = trimmed.end - 1
        while bar > trimmed.start, scalars[bar] != "|" { bar -= 1 }
        guard bar > trimmed.start else { return false }
        let stamp = Scalars.trimmed(scalars, TextRange(bar + 1, trimmed.end))
        guard stamp.length > 0, stamp.length <= longestRelativeStamp else { return false }
        let head = Scalars.folded(scalars[stamp.start..<stamp.end])
        return UpdateMarker.stampVerbs.contains { head.hasPrefix($0 + " ") } && head.unicodeScalars.contains { Scalars.isDigit($0) }
    }

    /// The longest stamp after a section's bar that `isSectionStamp` takes.
    static let longestRelativeStamp = 40

    /// Whether paragraph `first` is the opening of paragraph `second` cut short, as a page sets the start of its body
    /// as a summary above it ("In a story published May 3 about …" over "In a story published May 3 about … 4,000.
    /// The story should have …"): the two are one text. At least `shortestSummary` scalars, an ellipsis dropped; a paragraph
    /// printed twice whole is not cut.
    static func isCutOpening(_ scalars: ScalarText, _ first: TextRange, of second: TextRange) -> Bool {
        var cut = Scalars.trimmed(scalars, first)
        if cut.length > 0, scalars[cut.end - 1] == "…" {
            cut = TextRange(cut.start, cut.end - 1)
        } else if cut.length > 3, scalars[(cut.end - 3)..<cut.end].allSatisfy({ $0 == "." }) {
            cut = TextRange(cut.start, cut.end - 3)
        }
        let whole = Scalars.trimmed(scalars, second)
        guard cut.length >= shortestSummary, cut.length < whole.length else { return false }
        return scalars[cut.start..<cut.end].elementsEqual(scalars[whole.start..<(whole.start + cut.length)])
    }

    /// The shortest summary `isCutOpening` takes: a clause, not a word or two that many paragraphs share.
    static let shortestSummary = 40

    /// Whether a paragraph only hands over to the corrected story under a correction ("A corrected version of the story
    /// is below:", "Corrected story follows.", "Voici la version corrigée de l'article :"): short, naming a corrected
    /// version (`NoticeReferences.saysPageRewritten`), and ending on a colon, "below", "follows" or "ci-dessous".
    static func pointsToCorrectedVersion(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        guard range.length > 0, range.length <= 80, NoticeReferences.saysPageRewritten(scalars, range) else { return false }
        var folded = Scalars.folded(scalars[range.start..<range.end])
        while let last = folded.unicodeScalars.last, last == "." || Scalars.isSpace(last) { folded.unicodeScalars.removeLast() }
        return folded.hasSuffix(":") || folded.hasSuffix("below") || folded.hasSuffix("follows") || folded.hasSuffix("ci-dessous")
    }
}

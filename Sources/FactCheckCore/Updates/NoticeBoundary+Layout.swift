/// The page's own lines that stand around a notice and end it: a stamp that dates a version of the page ("This post
/// was updated at 8:45 p.m. ET.", "Mis à jour le 3 mars à 14h"). A stamp says when the page changed, not what: it is
/// the page's furniture, or the trace of an earlier update folded into the text, and the notice above it ends there.
/// A reading suggestion ("À lire aussi : …", "Read more: …"), which the page sets between its blocks, as furniture.
/// And the separator written as the last sentence of the notice's own paragraph ("… has been completed. Original
/// story follows."): the notice ends before it.
/// Surveyed on pages outside the corpus (docs/notice-extent-survey.md, fifth round).
extension NoticeBoundary {
    /// Folded openings of a stamp: who was changed ("this post was", "cet article a été"), then how.
    static let stampSubjects: [String] = [
        "this post has been", "this story has been", "this article has been", "this page has been", "this post was",
        "this story was", "this article was", "this page was", "cet article a ete", "article", "billet", "post", "story",
        "page",
    ]

    /// The longest paragraph `isStamp` takes: one line of the page's metadata.
    static let longestStamp = 90

    /// Whether a paragraph is a stamp and nothing else: an optional subject, a verb of `UpdateMarker.stampVerbs`, then only a date
    /// or a time ("Updated 3:15 p.m.", "This post was updated at 8:45 p.m. ET.", "Mis à jour le 4 mars à 10h30").
    /// A stamp followed by what changed ("Updated to add the mayor's reply") is a notice, not a stamp.
    static func isStamp(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let trimmed = Scalars.trimmed(scalars, range)
        guard trimmed.length > 0, trimmed.length <= longestStamp else { return false }
        var head = Scalars.folded(scalars[trimmed.start..<trimmed.end]).unicodeScalars.map { $0 }
        guard head.count == trimmed.length else { return false }
        while let first = head.first, "([*_".unicodeScalars.contains(first) { head.removeFirst() }
        // The closing full stop goes, not the one of "p.m." ("Updated 3:15 p.m."): the time reads on to it.
        while let last = head.last, ".)]*_ ".unicodeScalars.contains(last), !closesAbbreviation(head) { head.removeLast() }
        var offset = 0
        if let subject = leadingPhrase(head, from: offset, stampSubjects) { offset = subject }
        guard let verb = leadingPhrase(head, from: offset, UpdateMarker.stampVerbs) else { return false }
        offset = verb
        while offset < head.count, Scalars.isSpace(head[offset]) || head[offset] == ":" || head[offset] == "," { offset += 1 }
        // "Article mis à jour le": the stamp's date left out by the page; still a stamp, no claim.
        let rest = String(String.UnicodeScalarView(head[offset...])).split(separator: " ").map(String.init)
        if !rest.isEmpty, rest.count <= 2, rest.allSatisfy(UpdateMarker.dateLeadWords.contains) { return true }
        guard offset < head.count, UpdateMarker.namesATime(head[offset...]) else { return false }
        return UpdateMarker.scanQualifiers(head + [":"], from: offset)?.1 == head.count + 1
    }

    /// Whether a paragraph is a stamp (`isStamp`) of an update: its verb says the page was updated ("Updated, Mar. 2,
    /// 7:00 a.m.", "Mis à jour le 3 mars à 10h"), not published or posted.
    static func isUpdateStamp(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        guard isStamp(scalars, range) else { return false }
        let trimmed = Scalars.trimmed(scalars, range)
        let head = Scalars.folded(scalars[trimmed.start..<min(trimmed.end, trimmed.start + 40)])
        let words = head.split(whereSeparator: { !$0.isLetter }).prefix(5)
        return words.contains("updated") || words.contains("update") || head.contains("mis a jour") || head.contains("mise a jour")
            || words.contains("actualise") || words.contains("actualisee")
    }

    /// Whether a paragraph is an update's stamp (`isUpdateStamp`) that gives the hour of the update and nothing else:
    /// "Updated at 6:21 p.m. ET", "Updated 10:08 p.m.", "This post was updated at 8:45 p.m. ET.". A site's template
    /// dates its stamps ("Updated: Feb. 22, 2005, 1:45 PM ET", "Mis à jour le 24/09/2024 à 12:46"); a newsroom updating
    /// a developing story during the day types the hour alone, the day going without saying. The corpus's annotators
    /// read six such stamps of seven as the newsroom's notice, where every dated one is the page's furniture.
    static func isClockStamp(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        guard isUpdateStamp(scalars, range) else { return false }
        let trimmed = Scalars.trimmed(scalars, range)
        var head = Scalars.folded(scalars[trimmed.start..<trimmed.end]).unicodeScalars.map { $0 }
        guard head.count == trimmed.length else { return false }
        // A bracket the line leaves open ("[Updated: 10:45 a.m." over the update's lines, "]" closing them) opens a
        // note over paragraphs, not a stamp.
        if let first = head.first, first == "(" || first == "[" {
            guard head.last == (first == "(" ? ")" : "]") else { return false }
        }
        while let first = head.first, "([*_".unicodeScalars.contains(first) { head.removeFirst() }
        while let last = head.last, ".)]*_ ".unicodeScalars.contains(last), !closesAbbreviation(head) { head.removeLast() }
        var offset = leadingPhrase(head, from: 0, stampSubjects) ?? 0
        guard let verb = leadingPhrase(head, from: offset, clockStampVerbs) else { return false }
        offset = verb
        while offset < head.count, Scalars.isSpace(head[offset]) || head[offset] == ":" || head[offset] == "," { offset += 1 }
        if let at = leadingPhrase(head, from: offset, ["at", "a"]) { offset = at }
        guard let time = TimeOfDay.read(at: offset, limit: head.count, { head[$0] }), time.hasMinutes else { return false }
        // The zone spelled out and the day of the week may follow the hour ("Updated 11:30 p.m. Central Time
        // Thursday"): no date still.
        let words = String(String.UnicodeScalarView(head[time.end...])).split { $0 == " " || $0 == "," || $0 == "." }
        return words.allSatisfy { clockStampTrailingWords.contains(String($0)) || DateLine.weekdayNames.contains(String($0)) }
    }

    /// Folded words of a zone spelled out after a stamp's hour (`isClockStamp`).
    static let clockStampTrailingWords: Set<String> = ["central", "eastern", "pacific", "mountain", "time", "local", "et", "ct", "pt", "mt"]

    /// Folded verbs of an update's hour (`isClockStamp`): not "Last updated" nor "Dernière mise à jour", a template's
    /// words over any hour ("Dernière mise à jour : 11 h 15").
    static let clockStampVerbs = ["updated", "mis a jour", "actualise", "actualisee"]

    /// Whether `head` ends with a time's abbreviation and its full stop ("a.m.", "p.m.").
    private static func closesAbbreviation(_ head: [Unicode.Scalar]) -> Bool {
        head.count >= 4 && head[head.count - 1] == "." && Scalars.isLetter(head[head.count - 2]) && head[head.count - 3] == "."
            && Scalars.isLetter(head[head.count - 4])
    }

    /// Where the first of `phrases` that `head` holds at `offset` ends, as whole words, with the space after it.
    private static func leadingPhrase(_ head: [Unicode.Scalar], from offset: Int, _ phrases: [String]) -> Int? {
        for phrase in phrases {
            let words = Array(phrase.unicodeScalars)
            let end = offset + words.count
            guard end <= head.count, head[offset..<end].elementsEqual(words) else { continue }
            guard end == head.count || !Scalars.isLetter(head[end]) else { continue }
            var next = end
            while next < head.count, Scalars.isSpace(head[next]) { next += 1 }
            return next
        }
        return nil
    }

    /// Where the last sentence of `range` starts when it is a separator's label and nothing else ("… completed.
    /// Original story follows.", "… le 3 mars. Article initial ci-dessous :"): the notice ends there. Nil otherwise.
    static func trailingLabel(_ scalars: ScalarText, in range: TextRange) -> Int? {
        let trimmed = Scalars.trimmed(scalars, range)
        var i = trimmed.end - 1
        let earliest = max(trimmed.start + 2, trimmed.end - 60)
        while i >= earliest {
            if Scalars.isUpper(scalars[i]), Scalars.isSpace(scalars[i - 1]), ".!?…".unicodeScalars.contains(scalars[i - 2]) {
                return isSeparator(scalars, TextRange(i, trimmed.end)) ? i : nil
            }
            i -= 1
        }
        return nil
    }

    /// The longest paragraph `suggestsReading` takes: a label and a headline.
    static let longestSuggestion = 200

    /// Whether a paragraph is a reading suggestion: one of `PageFurniture.readingSuggestionStarts` at its start (after
    /// any bullet or emphasis), as whole words, on a line of at most `longestSuggestion` scalars ("À lire aussi sur le
    /// même sujet : « … »", "READ MORE: Storm closes schools"). `PageFurniture` takes such lines as furniture up to its
    /// own `maximumLength`; a suggestion that carries a whole headline may be longer.
    static func suggestsReading(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let trimmed = Scalars.trimmed(scalars, range)
        guard trimmed.length > 0, trimmed.length <= longestSuggestion else { return false }
        var start = trimmed.start
        while start < trimmed.end, !Scalars.isLetter(scalars[start]) { start += 1 }
        let head = Array(Scalars.folded(scalars[start..<min(trimmed.end, start + suggestionHead)]).utf8)
        // Whole words: "Read more" opens "Read more: …", not "Read moreover …".
        return head.withUnsafeBufferPointer { suggestionStarts.matches($0, wholeWords: true) } || isLoneLabel(scalars, trimmed)
    }

    /// Whether a paragraph is a reading suggestion's label alone on its line, the title it points to set on the next
    /// ("À voir également", "Read more:", "Related"): one of `suggestionStarts` or `loneLabels`, then at most a colon.
    static func isLoneLabel(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let trimmed = Scalars.trimmed(scalars, range)
        guard trimmed.length > 0, trimmed.length <= suggestionHead else { return false }
        var start = trimmed.start
        while start < trimmed.end, !Scalars.isLetter(scalars[start]) { start += 1 }
        var end = trimmed.end
        while end > start, Scalars.isSpace(scalars[end - 1]) || ":»\u{A0}".unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
        let label = Array(Scalars.folded(scalars[start..<end]).unicodeScalars)
        return loneLabels.contains(label)
    }

    /// The labels `isLoneLabel` reads, without their colon: those of `suggestionStarts`, and a few that a page sets
    /// only alone on a line ("Related", "À lire": elsewhere they open prose).
    private static let loneLabels: [[Unicode.Scalar]] = (PageFurniture.readingSuggestionStarts + moreSuggestionStarts
        + ["related", "a lire", "a voir"]).map { label in
        var scalars = Array(label.unicodeScalars)
        while let last = scalars.last, last == ":" || last == " " { scalars.removeLast() }
        return scalars
    }

    /// Whether a paragraph is the title of a reading suggestion whose label stands alone on the line above it
    /// (`isLoneLabel`): a headline ("À voir également" / "Tempête : les forêts toujours meurtries"); with a full stop
    /// too, when it is a headline's length on a line of its own and the page goes on below it (`followed`): "Read
    /// more:" / "Storm damage tops $2 million." / the report. A page sets the title it points to right under the
    /// label, between two blocks; a report's sentence there is rare. A longer sentence is the report's ("Read more" /
    /// a sentence of 15 words naming who said it), and so is the page's last paragraph, which points to nothing.
    static func isSuggestionTitle(_ scalars: ScalarText, _ range: TextRange, under label: TextRange, followed: Bool = true) -> Bool {
        isLoneLabel(scalars, label) && readsAsTitle(scalars, range, stops: followed)
    }

    /// Whether paragraph `k` of `ranges` is one of the titles a lone label lists (`isLoneLabel`), one a line: the
    /// first right under it (`isSuggestionTitle`), and each below it up to `listedTitles` in all, a headline with no
    /// sentence end ("Related" / "Drought: Farmers ask for help" / "Reservoirs hit a 30-year low"). A paragraph that
    /// ends a sentence ends the list: the report resumes.
    static func isListedSuggestionTitle(_ scalars: ScalarText, _ ranges: [TextRange], at k: Int) -> Bool {
        var first = k
        while first > 0, k - first < listedTitles {
            if isLoneLabel(scalars, ranges[first - 1]) {
                return readsAsTitle(scalars, ranges[first], stops: first + 1 < ranges.count)
            }
            guard readsAsTitle(scalars, ranges[first], stops: false) else { return false }
            first -= 1
        }
        return false
    }

    /// How many titles `isListedSuggestionTitle` reads under one label.
    static let listedTitles = 5

    /// The most words of a title with a full stop right under a lone label (`isSuggestionTitle`): a headline's.
    static let titleWords = 12

    /// Whether a paragraph reads as a suggestion's title: at most `longestSuggestion` scalars with no sentence end, or,
    /// where a title may end on a full stop (`stops`), a headline's length with one (`titleWords`) on a single line.
    private static func readsAsTitle(_ scalars: ScalarText, _ range: TextRange, stops: Bool) -> Bool {
        let trimmed = Scalars.trimmed(scalars, range)
        guard trimmed.length > 0, trimmed.length <= longestSuggestion else { return false }
        if !endsSentence(scalars, trimmed) { return true }
        return stops && !scalars[trimmed.start..<trimmed.end].contains("\n")
            && !ArticleReader.hasWords(scalars, trimmed, atLeast: titleWords + 1)
    }

    /// Whether the trimmed paragraph ends on a sentence's end, short of closing quotes or brackets: a full stop, "!" or
    /// "?"; not an ellipsis, which leaves a title cut.
    private static func endsSentence(_ scalars: ScalarText, _ trimmed: TextRange) -> Bool {
        var end = trimmed.end - 1
        while end > trimmed.start, "»\"'’”)] \u{A0}".unicodeScalars.contains(scalars[end]) { end -= 1 }
        let ellipsis = scalars[end] == "…" || (scalars[end] == "." && end > trimmed.start && scalars[end - 1] == ".")
        return ".!?".unicodeScalars.contains(scalars[end]) && !ellipsis
    }

    /// Whether a reading suggestion (`suggestsReading`) reads as a link, not as a sentence: its label closed by a
    /// colon, a title after it ("À voir également : Brest, les pompiers mobilisés", "See also: The county's flood maps,
    /// explained."); a line with no sentence end, or cut by an ellipsis ("Voir aussi notre dossier", "À lire
    /// aussi…"); or one too short to say more than where to look ("Voir aussi notre dossier."). A sentence runs on
    /// past the label's object to a full stop: "Voir aussi la Lune, qui sera pleine le 9, prévient l'astronome.";
    /// and there a colon after the object, not after the label, opens a clause of the report ("See also the county's
    /// guidance: residents should keep their windows closed until Wednesday.").
    static func readsAsLink(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let trimmed = Scalars.trimmed(scalars, range)
        guard trimmed.length > 0 else { return false }
        if colonClosesLabel(scalars, trimmed) || colonClosesPiece(scalars, trimmed) || !endsSentence(scalars, trimmed) { return true }
        return !ArticleReader.hasWords(scalars, trimmed, atLeast: suggestionSentenceWords)
    }

    /// The fewest words of a reading suggestion that reads as a sentence (`readsAsLink`): the label, its object and a
    /// clause.
    static let suggestionSentenceWords = 8

    /// Whether a reading suggestion's label ends on a colon, with only spaces between ("À lire aussi : …", "See
    /// also: …", "Sur le même sujet : …"): what follows is the title it points to.
    private static func colonClosesLabel(_ scalars: ScalarText, _ trimmed: TextRange) -> Bool {
        var start = trimmed.start
        while start < trimmed.end, !Scalars.isLetter(scalars[start]) { start += 1 }
        let head = Array(Scalars.folded(scalars[start..<min(trimmed.end, start + suggestionHead)]).unicodeScalars)
        return suggestionLabels.contains { label in
            guard head.starts(with: label) else { return false }
            if label.last == ":" { return true }
            var i = label.count
            while i < head.count, Scalars.isSpace(head[i]) { i += 1 }
            return i < head.count && head[i] == ":"
        }
    }

    /// Whether a reading suggestion's label is followed by a piece of the site, then a colon and its title ("Voir
    /// aussi la vidéo : les pompiers en action", "À lire aussi notre enquête : …", "See also our map: Where the fire
    /// is burning"): up to `pieceWords` words between label and colon, the first one past any determiner (or the one
    /// after it, an adjective between: "notre grande enquête") one of `pieceNouns`. What the page points to is its
    /// own video, map or investigation; a colon after any other object ("les consignes de la préfecture :", "the
    /// county's guidance:") opens a clause of the report, whose content it is.
    private static func colonClosesPiece(_ scalars: ScalarText, _ trimmed: TextRange) -> Bool {
        var start = trimmed.start
        while start < trimmed.end, !Scalars.isLetter(scalars[start]) { start += 1 }
        let head = Array(Scalars.folded(scalars[start..<min(trimmed.end, start + suggestionHead + 40)]).unicodeScalars)
        guard let label = suggestionLabels.first(where: { head.starts(with: $0) }),
              let colon = head[label.count...].firstIndex(of: ":") else { return false }
        let object = head[label.count..<colon]
        let words = String(String.UnicodeScalarView(object)).split { !$0.isLetter }.map(String.init)
        guard !words.isEmpty, words.count <= pieceWords else { return false }
        let content = words.drop(while: pieceDeterminers.contains)
        return content.prefix(2).contains(where: pieceNouns.contains)
    }

    /// The most words `colonClosesPiece` reads between a label and its colon: a determiner, an adjective, the piece
    /// and whose it is ("la vidéo de la préfecture").
    static let pieceWords = 5

    /// Folded words that lead to a piece of the site (`colonClosesPiece`): an article, a possessive, a
    /// demonstrative, a preposition ("Read more in our timeline:", "À voir dans notre diaporama :").
    static let pieceDeterminers: Set<String> = [
        "l", "la", "le", "les", "notre", "nos", "cette", "ce", "ces", "son", "sa", "ses", "un", "une", "dans", "sur",
        "the", "our", "this", "these", "their", "its", "a", "an", "in", "on",
    ]

    /// Folded nouns of a page's pieces and media that a reading suggestion points to (`colonClosesPiece`).
    static let pieceNouns: Set<String> = [
        "video", "videos", "enquete", "enquetes", "dossier", "portfolio", "diaporama", "reportage", "infographie",
        "carte", "photos", "galerie", "podcast", "entretien", "interview", "chronologie", "decryptage", "live",
        "direct", "serie", "map", "maps", "coverage", "explainer", "gallery", "slideshow", "timeline", "investigation",
        "series", "photo", "graphic", "interactive",
    ]

    /// The labels of `suggestionStarts`, as folded scalars.
    private static let suggestionLabels = (PageFurniture.readingSuggestionStarts + moreSuggestionStarts).map { Array($0.unicodeScalars) }

    /// How many scalars of a paragraph's start `suggestsReading` folds: more than the longest opening.
    private static let suggestionHead = 40

    private static let suggestionStarts = FoldedPrefixes(PageFurniture.readingSuggestionStarts + moreSuggestionStarts)

    /// Variants of `PageFurniture.readingSuggestionStarts` that end a notice as well: "À voir également", the kin of
    /// "À voir aussi" and "À lire également".
    private static let moreSuggestionStarts = ["a voir egalement", "voir egalement"]
}

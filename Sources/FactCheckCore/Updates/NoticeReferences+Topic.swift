/// The clause by which a correction names the piece it corrects before it says what was wrong: "In a Nov. 27 story
/// about an upstate New York mayor who …, The Associated Press erroneously identified Fort Ann", "An article on
/// Tuesday about the taxonomy of …, misstated …", "Dans notre article du 16 mai consacré à la vente des chantiers,
/// nous avons écrit …". Its words are the story's subject, which the headline, the lede and half the article share;
/// what the notice amends is in the words after it. The linker reads the clause's words as no words of the notice
/// (`UpdateLinker.candidates`): on the development half, the eleven notices holding such a clause had 16 wrong links,
/// most of them the headline and the lede sharing the subject; the clause weighed ×0.3 instead of nothing brought
/// every one back (docs/notice-linking.md, the twenty-fourth session).
extension NoticeReferences {
    /// Folded openings of the clause: a preposition and a determiner ("in a", "dans notre"), or a determiner alone at
    /// a sentence's start ("A story about … stated that …").
    static let topicOpenings: [[String]] = [
        ["in", "a"], ["in", "an"], ["in", "the"], ["in", "our"], ["in", "its"], ["in", "his"], ["in", "her"], ["in", "my"],
        ["in", "their"], ["dans", "un"], ["dans", "une"], ["dans", "notre"], ["dans", "l"], ["dans", "le"], ["dans", "la"],
        ["dans", "son"], ["dans", "sa"], ["dans", "mon"], ["dans", "ma"],
    ]

    /// Folded openings that count only at a sentence's start.
    static let sentenceTopicOpenings: Set<String> = ["a", "an", "un", "une"]

    /// Folded nouns that name a piece of the newsroom's.
    static let pieceNouns: Set<String> = [
        "story", "article", "report", "item", "post", "editorial", "obituary", "column", "review", "headline", "caption",
        "papier", "billet", "chronique", "reportage", "depeche", "texte", "edition", "entrefilet",
    ]

    /// `pieceNouns` as whole words of `NoticeBoundary.wordText`, elided ones too ("l'article", "l'édition").
    private static let pieceNounPhrases = PhraseSet(pieceNouns.flatMap { [" \($0) ", "'\($0) "] })

    /// Folded words that may stand between the opening, the noun and the preposition: a date, an edition's day, where
    /// the piece ran ("In a story Nov. 1 about", "In a Monday story about", "dans notre édition du 16 mai dernier sur").
    static let pieceQualifiers: Set<String> = [
        "published", "posted", "printed", "online", "earlier", "previous", "recent", "last", "this", "week", "front",
        "front-page", "page", "news", "feature", "sunday", "du", "de", "dernier", "derniere", "precedent", "precedente", "recent",
        "paru", "parue", "publie", "publiee", "en", "ligne", "le", "la", "the",
    ]

    /// Folded prepositions that open the subject ("about", "consacré à"); "on" only before a word that is no date's.
    static let topicPrepositions: [[String]] = [
        ["about"], ["regarding"], ["concerning"], ["on"], ["sur"], ["concernant"], ["consacre", "a"], ["consacre", "au"],
        ["consacre", "aux"], ["consacree", "a"], ["consacree", "au"], ["consacree", "aux"], ["relatif", "a"],
        ["relatif", "au"], ["relative", "a"], ["relative", "au"], ["a", "propos", "de"], ["a", "propos", "du"],
        ["portant", "sur"],
    ]

    /// Folded words by which the notice goes on to say what the piece said: the clause ends before the first of them
    /// when no comma ends it first ("A story about the sacking of a journalist by the Sun stated that …").
    static let topicClosingVerbs: Set<String> = [
        "stated", "said", "reported", "wrote", "gave", "listed", "misidentified", "misstated", "misspelled",
        "incorrectly", "erroneously", "wrongly", "mistakenly", "omitted", "should", "contained", "indiquait",
        "affirmait", "ecrivait", "mentionnait",
    ]

    /// The most words a subject runs over before its comma or its verb: a longer run is no clause of this kind.
    static let topicWords = 30

    /// Offsets into `scalars` of the clauses in `range` that name the corrected piece by its subject, from the
    /// opening to the comma or the verb that ends the subject.
    /// - Complexity: O(`range.length`).
    static func topicClauses(in scalars: ScalarText, range: TextRange) -> [TextRange] {
        // Most notices name no piece: one pass over their folded bytes rules them out before any word is made.
        guard pieceNounPhrases.occurs(in: NoticeBoundary.wordText(scalars, range)) else { return [] }
        let words = foldedWords(scalars, range)
        var clauses: [TextRange] = []
        var i = 0
        while i < words.count {
            if let end = topicClause(words, at: i) {
                clauses.append(TextRange(words[i].start, words[end].start))
                i = end
            } else {
                i += 1
            }
        }
        return clauses
    }

    /// A folded word of a notice and where it stands; `opensSentence` when it is the notice's first word or follows a
    /// sentence's end; `commaAfter` when a comma follows it; `stopAfter` when a sentence's end, a semicolon or a colon
    /// does.
    struct TopicWord {
        var text: String
        var start: Int
        var opensSentence: Bool
        var commaAfter: Bool
        var stopAfter: Bool
    }

    /// The index of the word that ends the clause opening at `i` (the first word after its comma, or its closing
    /// verb), or nil when no clause opens there.
    private static func topicClause(_ words: [TopicWord], at i: Int) -> Int? {
        var j: Int
        if let opening = topicOpenings.first(where: { matches($0, words, at: i) }) {
            j = i + opening.count
        } else if words[i].opensSentence, sentenceTopicOpenings.contains(words[i].text) {
            j = i + 1
        } else {
            return nil
        }
        // The piece's date and place around its noun.
        let stop = min(words.count, j + 5)
        while j < stop, isQualifier(words[j].text), !pieceNouns.contains(words[j].text), !words[j - 1].stopAfter { j += 1 }
        guard j < words.count, pieceNouns.contains(words[j].text), !words[j - 1].stopAfter else { return nil }
        j += 1
        var preposition: [String]?
        let reach = min(words.count, j + 5)
        while j < reach, !words[j - 1].stopAfter {
            if let found = topicPrepositions.first(where: { matches($0, words, at: j) }),
               found != ["on"] || !(j + 1 < words.count && isDate(words[j + 1].text)) {
                preposition = found
                break
            }
            guard isQualifier(words[j].text) || words[j].text == "on" else { return nil }
            j += 1
        }
        guard let preposition, !words[j - 1].stopAfter else { return nil }
        j += preposition.count
        let last = min(words.count, j + topicWords)
        var k = j
        while k < last {
            if words[k].stopAfter { return nil }
            if words[k].commaAfter { return k + 1 < words.count ? k + 1 : nil }
            if k > j, topicClosingVerbs.contains(words[k].text) { return k }
            k += 1
        }
        return nil
    }

    /// Whether `phrase` stands word for word at `i`, no sentence's end inside it.
    private static func matches(_ phrase: [String], _ words: [TopicWord], at i: Int) -> Bool {
        guard i + phrase.count <= words.count else { return false }
        for (n, word) in phrase.enumerated() {
            guard words[i + n].text == word, n == phrase.count - 1 || !words[i + n].stopAfter else { return false }
        }
        return true
    }

    /// Whether `word` may date or place a piece: a qualifier or a date's word (`isDate`).
    private static func isQualifier(_ word: String) -> Bool {
        pieceQualifiers.contains(word) || isDate(word)
    }

    /// Whether `word` is a number, a month or a day (also "monday's"), as "on" dates a piece before it ("an article
    /// on Tuesday about …") and names its subject before any other word ("a story on the strike").
    private static func isDate(_ word: String) -> Bool {
        if DateLine.isDayName(word) || word.unicodeScalars.allSatisfy(Scalars.isDigit) { return true }
        return word.hasSuffix("'s") && DateLine.isDayName(String(word.dropLast(2)))
    }

    /// The words of `scalars[range]` as the reader folds them (`NoticeBoundary.foldedWords`: an elision's apostrophe
    /// ends its word, "l'article" gives "l" and "article"), a possessive "'s" kept on its word ("monday's"), with the
    /// punctuation that follows each.
    private static func foldedWords(_ scalars: ScalarText, _ range: TextRange) -> [TopicWord] {
        var words: [TopicWord] = []
        var previousEnd = range.start
        for (key, wordRange) in NoticeBoundary.foldedWords(scalars, range) {
            let gap = scalars[previousEnd..<wordRange.start]
            previousEnd = wordRange.end
            if key == "s", let last = words.indices.last, gap.count == 1, gap.first == "'" || gap.first == "\u{2019}" {
                words[last].text += "'s"
                continue
            }
            if let last = words.indices.last {
                words[last].commaAfter = gap.contains(",")
                // "Nov. 27", "N.Y.": a full stop after a short word or before a lower-case word or a figure is an
                // abbreviation's.
                words[last].stopAfter = gap.indices.contains { i in
                    "!?;:".unicodeScalars.contains(scalars[i]) || scalars[i] == "." && endsSentence(scalars, at: i, range: range)
                }
            }
            words.append(TopicWord(text: key, start: wordRange.start, opensSentence: words.last?.stopAfter ?? true,
                                   commaAfter: false, stopAfter: false))
        }
        return words
    }

    /// Whether the full stop at `i` ends a sentence: a word of four letters or more before it, and a capital after.
    private static func endsSentence(_ scalars: ScalarText, at i: Int, range: TextRange) -> Bool {
        var before = i
        while before > range.start, Scalars.isLetter(scalars[before - 1]) { before -= 1 }
        var after = i + 1
        while after < range.end, Scalars.isSpace(scalars[after]) { after += 1 }
        guard after < range.end else { return true }
        return i - before >= 4 && Scalars.isUpper(scalars[after])
    }
}

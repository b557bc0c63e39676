/// Where a notice of several paragraphs ends: the lines that show the article resuming.
///
/// A notice runs on past its first paragraph when its marker stands alone ("UPDATE, MAY 4:" then the body below)
/// or when a separator follows it closely ("-----", "Original story:", "Article initial :"), or a dateline closely
/// under a notice at the top. It stops at a separator, at a paragraph that opens with a dateline ("WASHINGTON, 11
/// août (Reuters) - …": the report's voice again), at a list item, at another notice and at furniture; a notice at the
/// top reads on while its paragraphs still read as it (`NoticeBoundary+Continuation.swift`). Inside a paragraph, a
/// notice runs to the paragraph's end, unless the text shows a line break lost there (`lostBreak`).
enum NoticeBoundary {
    /// Paragraphs a notice may run over after its first.
    static let maximumParagraphs = 10
    /// How far a separator may stand after a notice with a body of its own for the paragraphs between to belong to it.
    /// At the top, a label within `maximumParagraphs` closes the notice: an update set above the original runs as one
    /// block down to its label ("Previously reported:"), however many paragraphs it has. A bare rule ("***", "---")
    /// names nothing: a page sets one between any two blocks, so it closes a notice only within this reach.
    static let separatorReach = 6
    /// A lone marker with at most this many paragraphs after it, up to the end or the furniture, takes them all:
    /// it closes the article. Further up, it takes the one paragraph below it.
    static let closingReach = 3
    /// How many of the report's paragraphs (a headline, a standfirst, a byline) may stand above a notice at the top.
    static let topReach = 3
    /// How many paragraphs may stand between a notice at the top and the dateline that opens the report under it.
    static let datelineReach = 3
    /// How many paragraphs may stand between two notices stacked one above the other for them to belong to the first.
    static let stackReach = 3
    /// How many paragraphs an entry of a live log may run over, down to the next entry: a live page's entry carries
    /// lists, quotations and tweets a line each.
    static let liveEntryParagraphs = 30

    /// The most paragraphs an update added under another at the foot of the report (a log running oldest first,
    /// `UpdateMarker.LogOrder`) takes down to the next: its second paragraph. More, and the report may stand
    /// between the two, each update set where it applies; a log stacked newest first has nothing but its entries.
    static let appendedEntryReach = 1

    /// Labels (folded, without a final colon) that introduce the article after its notice, beyond those that name the
    /// first version as a noun and a word of time (`namesFirstVersion`).
    private static let labels: Set<String> = [
        "original", "previously", "earlier", "previous", "l'article", "the original post is below",
        "previous reporting", "earlier reporting", "previously reported", "article publie initialement",
        "earlier story", "previous story", "earlier report", "article precedent",
        // The calque of "original story" on French pages translated from English.
        "histoire originale", "histoire d'origine",
    ]

    /// Words that name a piece as its first version was published ("story", "post", "article", "texte").
    private static let versionNouns: Set<String> = [
        "story", "article", "post", "posting", "report", "reports", "coverage", "version", "item", "entry", "text", "texte",
        "papier", "billet",
        // A sheriff's or a town's press release updated above its first version ("UPDATE" / … / "Previous release:").
        "release", "communique",
    ]
    /// Words that name the first version itself ("original", "initial", "d'origine").
    private static let firstVersionWords: Set<String> = ["original", "initial", "originale", "initiale", "d'origine"]
    /// Words that name a piece only as one before another ("earlier", "previous", "précédent"): a blog's navigation
    /// writes them so ("Previous post", "Billet précédent", "Earlier entry"), so they make a label only when it is
    /// closed as one, with a colon or "below" / "follows" ("Earlier reports:", "Previous post below").
    private static let earlierWords: Set<String> = ["earlier", "previous", "prior", "precedent", "precedente"]

    /// Whether a label's words (folded) name the article's first version: a word of time and a piece, in either
    /// order, after a determiner maybe and before "below" or "follows" maybe, a verb maybe between ("Original story
    /// posted below", "The original story is below"), a verb sending the reader there before maybe ("See the original
    /// story below"); e.g. "Original story", "Our earlier report
    /// follows", "Earlier reports:", "Original posting", "Article initial ci-dessous", "notre article initial",
    /// "version initiale", "texte d'origine"). A page writes its own variant of this label; the two words are the
    /// convention, not the list of pages seen. `closed`: the label ends with a colon.
    private static func namesFirstVersion(_ label: String, closed: Bool) -> Bool {
        if labels.contains(label) { return true }
        guard let (time, _, pointed) = versionLabelWords(label) else { return false }
        return firstVersionWords.contains(time) || (earlierWords.contains(time) && (closed || pointed))
    }

    /// A version label's word of time and its piece ("original", "story"), and whether it points below, once the
    /// words around them are set aside: a verb sending the reader there ("See", "Lire"), a determiner ("the", "our",
    /// "l'"), "below" or "follows" and a verb before it ("posted below", "is below"). Nil when two words do not remain,
    /// or neither is a piece (`versionNouns`).
    private static func versionLabelWords(_ label: String) -> (time: String, piece: String, pointed: Bool)? {
        var words = label.split(separator: " ").map(String.init)
        // "See the original story below:", "Lire l'article initial ci-dessous :": the reader sent on to it.
        if words.count > 2, let first = words.first, ["see", "read", "voir", "lire"].contains(first) { words.removeFirst() }
        if let first = words.first, ["the", "our", "my", "notre", "la", "le"].contains(first) { words.removeFirst() }
        if let first = words.first, first.hasPrefix("l'"), first.count > 2 { words[0] = String(first.dropFirst(2)) }
        var pointed = false
        if words.last == "below" || words.last == "follows" || words.last == "ci-dessous" {
            words.removeLast()
            pointed = true
            // "Original story posted below", "The original story is below", "Article initial publié ci-dessous".
            if let verb = words.last, ["posted", "is", "appears", "published", "publie", "reproduit"].contains(verb) { words.removeLast() }
        }
        guard words.count == 2 else { return nil }
        if versionNouns.contains(words[1]) { return (words[0], words[1], pointed) }
        if versionNouns.contains(words[0]) { return (words[1], words[0], pointed) }
        return nil
    }

    /// Whether paragraph `range` is a label alone that names the first version of a news story, the only labels that
    /// show prose above them to be an update when no marker does (`ArticleReader.unmarkedUpdateLabel`): "Original
    /// story", "Earlier story", "Original report", "Article initial", "Papier d'origine", closed or pointing below or
    /// not. Not a post's or a text's ("Original post:" over a quoted blog post, "Lire l'article original" under a
    /// translation), nor a previous story's (a navigation link, "Previous story:" beside "Next story:").
    static func namesEarlierStory(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        guard range.length > 0, range.length <= 80, !isRule(scalars, range) else { return false }
        let label = labelText(scalars[range.start..<range.end])
        if ["earlier story", "earlier report"].contains(label) { return true }
        guard let (time, piece, _) = versionLabelWords(label) else { return false }
        return (["original", "earlier"].contains(time) && ["story", "report"].contains(piece))
            || (["initial", "d'origine"].contains(time) && ["article", "papier"].contains(piece))
    }

    /// Whether `range` ends with a colon, spaces or a rule of dashes after it maybe: a label closed as one.
    private static func endsWithColon(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        var last = range.end - 1
        while last > range.start, Scalars.isSpace(scalars[last]) || "-–—_".unicodeScalars.contains(scalars[last]) { last -= 1 }
        return last >= range.start && scalars[last] == ":"
    }

    /// A paragraph that only separates: a rule of dashes, stars, underscores or equals signs, or a label such as
    /// "Original story:" or "Article initial :". So does a situation report's hour alone on its line that no stack made
    /// an entry (`UpdateMarker.isLeadInHeading`: "Point à 18 h 15 :" at a stack's foot), the first version's heading.
    static func isSeparator(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        guard range.length > 0, range.length <= 80 else { return false }
        if UpdateMarker.isLeadInHeading(scalars, range) { return true }
        let label = labelText(scalars[range.start..<range.end])
        // "PREVIOUS COVERAGE" in capitals alone on its line is closed as a colon closes it: a page's navigation names
        // its neighbours "Previous post", "Earlier entry", not its coverage.
        let capitalCoverage = label.hasSuffix(" coverage") && isInCapitals(scalars, Scalars.trimmed(scalars, range))
        return isRule(scalars, range) || namesFirstVersion(label, closed: endsWithColon(scalars, range) || capitalCoverage)
    }

    /// A separator that is a bare rule of dashes, stars, underscores or equals signs ("-----", "* * *"): no label.
    static func isRule(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        range.length >= 2 && range.length <= 80
            && scalars[range.start..<range.end].allSatisfy { "-–—*_=~#".unicodeScalars.contains($0) || Scalars.isSpace($0) }
    }

    /// Whether a paragraph opens with a separator's label and goes on with the report ("Previous reporting: A crash
    /// closed the road…"): the article resuming.
    static func opensWithLabel(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        var colon = range.start
        while colon < min(range.end, range.start + 40), scalars[colon] != ":" { colon += 1 }
        guard colon < range.end, scalars[colon] == ":" else { return false }
        let label = labelText(scalars[range.start..<colon])
        // "Previous: Why we moved our servers to ARM" beside "Next: …": a link to the blog's other post, a title with
        // no sentence's end; the first version's label opens prose ("PREVIOUS: Officials said a body was found.").
        // "Earlier coverage: Arizona court revives 1864 law" links to another story the same way: coverage names the
        // first version only alone on its line ("PREVIOUS COVERAGE:") or before prose.
        // So does "Previous release:" in a review's fact box ("Previous release: “Northern Lights” (2021)"): a press
        // release's earlier version opens prose.
        if navigationWords.contains(label) || label.hasSuffix(" coverage") || label.hasSuffix(" release") || label.hasSuffix(" communique") {
            let rest = Scalars.trimmed(scalars, TextRange(colon + 1, range.end))
            guard rest.length > 0, UpdateLinker.endsSentence(scalars, rest) else { return false }
        }
        return namesFirstVersion(label, closed: true)
    }

    /// Labels that a blog's navigation writes before a link's title as well ("Previous:"). ("Précédemment :" is left
    /// out of the labels: a serial's page recaps the last episode under it, the review's probe.)
    private static let navigationWords: Set<String> = ["previous"]

    /// A label's folded text without what closes it: a colon, a full stop, a rule of dashes ("Original Post below———"),
    /// and the date the first version bears ("ORIGINAL STORY 9/19/23:", "Article initial du 3 mars :"): the label of
    /// the original, dated as the update above it is. Only a date that runs to the end goes: in "Earlier Monday, the
    /// president met…", "Earlier, 40 residents had…" or "L'article 7 repousse…" the date word opens the report's prose.
    private static func labelText(_ part: some Sequence<Unicode.Scalar>) -> String {
        var folded = Scalars.folded(part)
        // A label in brackets ("[Previous story, posted at 2 p.m. ET]"): the brackets go. Only the pair: a date in
        // parentheses after a label ("Original (8/22):") keeps its own.
        if let open = folded.unicodeScalars.first, open == "[" || open == "(" {
            let close: Unicode.Scalar = open == "[" ? "]" : ")"
            folded.unicodeScalars.removeFirst()
            while let last = folded.unicodeScalars.last, last == ":" || last == "." || Scalars.isSpace(last) {
                folded.unicodeScalars.removeLast()
            }
            if folded.unicodeScalars.last == close { folded.unicodeScalars.removeLast() }
        }
        trimClosing(&folded)
        let words = folded.split(separator: " ", omittingEmptySubsequences: false)
        if let date = words.indices.dropFirst().first(where: { isDateWord(words[$0]) }), isDate(words[date...]) {
            var kept = Array(words[..<date])
            while let last = kept.last, dateLinks.contains(String(last)) { kept.removeLast() }
            folded = kept.joined(separator: " ")
            trimClosing(&folded)
        }
        return folded
    }

    /// Drops what closes a label: a colon, a full stop, spaces, a rule of dashes, an opening bracket left by its date.
    private static func trimClosing(_ folded: inout String) {
        while let last = folded.unicodeScalars.last, ":. \u{A0}-–—_=*,(".unicodeScalars.contains(last) { folded.unicodeScalars.removeLast() }
    }

    /// A word of a date: digits ("19/9/23", "3", "2023"), a month or a weekday.
    private static func isDateWord(_ word: Substring) -> Bool {
        let bare = String(word.unicodeScalars.filter { !"(),.".unicodeScalars.contains($0) })
        return bare.first?.isNumber == true || DateLine.isDayName(bare)
    }

    /// Whether `words` are a date and nothing else: numbers, months, weekdays, times and the words that join them
    /// ("9/19/23", "3 mars 2021 a 14h", "march 3, 2021", "(3 mars)"), as a notice's marker is dated
    /// (`UpdateMarker.scanQualifiers`).
    private static func isDate(_ words: ArraySlice<Substring>) -> Bool {
        let head = Array(words.joined(separator: " ").unicodeScalars)
        return UpdateMarker.scanQualifiers(head + [":"], from: 0)?.1 == head.count + 1
    }

    /// Words that lead from a label to its date ("Article initial du 3 mars", "Original story of March 3").
    private static let dateLinks: Set<String> = ["du", "le", "de", "of", "on", "from", "published", "publie", "publiee", "posted", "at", "a"]

    /// Folded marks that close an update's text, in brackets or alone on their line ("[end update]", "END UPDATE",
    /// "(Fin de la mise à jour)"): a blog writes one under an update of several paragraphs, set above the first
    /// version, to say where that version resumes.
    static let endMarks: [[Substring]] = [
        "end update", "end of update", "end updates", "update ends", "fin de la mise a jour", "fin de mise a jour",
        "fin mise a jour", "fin de la maj", "fin maj",
    ].map { $0.split(separator: " ") }

    /// Whether a paragraph ends with an update's end mark (`endMarks`): in brackets after a sentence's end ("… Are they
    /// for real? [end update]") or written as a mark, in lower case or capitals (a bracket closing a sentence with a
    /// capital is a button's or a link's name: "then choose [End update]"); or alone in capitals or emphasis ("END
    /// UPDATE", "*Fin de la mise à jour*"; a heading in plain case, "Fin de la mise à jour", titles a how-to's step).
    static func endsWithEndMark(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let trimmed = Scalars.trimmed(scalars, range)
        guard trimmed.length >= 7, trimmed.length <= longestNoticeParagraph * 4 else { return false }
        var from = trimmed.start
        let close = scalars[trimmed.end - 1]
        let bracketed = close == "]" || close == ")"
        if bracketed {
            // The bracket that opens the mark, within the line's last scalars.
            let open: Unicode.Scalar = close == "]" ? "[" : "("
            var i = trimmed.end - 2
            while i > trimmed.start, i > trimmed.end - 40, scalars[i] != open { i -= 1 }
            guard scalars[i] == open else { return false }
            from = i
            var before = i
            while before > trimmed.start, Scalars.isSpace(scalars[before - 1]) { before -= 1 }
            // After a sentence with no full stop, only a mark written as one, in lower case or in capitals ("…
            // closed until Friday [end update]"), not a name's capital ("[End update]").
            let letters = scalars[(i + 1)..<(trimmed.end - 1)].filter(Scalars.isLetter)
            let writtenAsMark = letters.allSatisfy(Scalars.isLower) || letters.allSatisfy(Scalars.isUpper)
            guard before == trimmed.start || ".!?…".unicodeScalars.contains(scalars[before - 1])
                || "\"”»".unicodeScalars.contains(scalars[before - 1]) || writtenAsMark else { return false }
        } else {
            guard trimmed.length <= 40 else { return false }
            let letters = scalars[trimmed.start..<trimmed.end].filter(Scalars.isLetter)
            let emphasized = scalars[trimmed.start] == "*" || scalars[trimmed.start] == "_"
            guard emphasized || letters.allSatisfy(Scalars.isUpper) else { return false }
        }
        let words = Scalars.folded(scalars[from..<trimmed.end]).split { !$0.isLetter }
        return endMarks.contains { $0.elementsEqual(words) }
    }

    /// Folded labels of an update (not a correction's, nor an editor's note): what an end mark closes.
    static let updateLabels = ["update", "updated", "mise a jour", "mis a jour", "maj", "edit", "actualisation", "upd"]

    /// A paragraph that ends with a colon announces what follows ("The company sent this statement:"): in a notice,
    /// the next paragraph is part of it. A marker alone ("Update:") is not such an announcement.
    static func announces(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        var last = range.end - 1
        while last > range.start, Scalars.isSpace(scalars[last]) { last -= 1 }
        guard last > range.start, scalars[last] == ":" else { return false }
        return UpdateMarker.match(in: scalars, at: range.start, limit: range.end).map { $0.bodyStart < last } ?? true
    }

    /// A notice written as a headline: it ends without a sentence's end or a colon ("Update: Police report minor found
    /// safe"). What follows a headline is its standfirst or the article, not more of the notice.
    static func isHeadline(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        var last = range.end - 1
        while last > range.start, Scalars.isSpace(scalars[last]) { last -= 1 }
        guard last > range.start else { return false }
        return !".!?…:;»\"”’')]*_".unicodeScalars.contains(scalars[last])
    }

    /// A line that titles the piece a notice under it amends, with the piece's date in parentheses at its end, a
    /// colon after them maybe: "Story: “Untangling The Reporting On Patrick Brown” (February 16)", "Recul du français
    /// hors Québec (le Mercredi 8 janvier 2025 10:45) :". A page that lists its corrections sets each so, over the
    /// correction: the title is the notice's heading, not a claim of the page. The date names a month.
    static func isDatedTitle(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let trimmed = Scalars.trimmed(scalars, range)
        guard trimmed.length > 0, trimmed.length <= longestDatedTitle, !scalars[trimmed.start..<trimmed.end].contains("\n")
        else { return false }
        var close = trimmed.end - 1
        if scalars[close] == ":" {
            close -= 1
            while close > trimmed.start, Scalars.isSpace(scalars[close]) { close -= 1 }
        }
        guard close > trimmed.start, scalars[close] == ")" else { return false }
        var open = close - 1
        while open > trimmed.start, scalars[open] != "(" { open -= 1 }
        // Words of the title before the parentheses: a date alone in them is a stamp, no title.
        guard open > trimmed.start, scalars[open] == "(",
              scalars[trimmed.start..<open].contains(where: Scalars.isLetter) else { return false }
        // A date, not an aside: a month and a figure, and few words ("(February 16)", "(le Vendredi 17 janvier 2025
        // 8:46)"); not "(I looked on Snopes and it may be real.)".
        let inside = scalars[(open + 1)..<close]
        let words = Scalars.folded(inside).split { !$0.isLetter }.map(String.init)
        return words.count <= 4 && inside.contains(where: Scalars.isDigit) && words.contains(where: DateLine.monthNames.contains)
    }

    /// The longest line `isDatedTitle` takes: a headline and its date.
    static let longestDatedTitle = 240

    /// A short line that does not end a sentence: an entry of a list or a table ("McDaniel: 49.2% (178,642 votes)").
    static func isListLine(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        var last = range.end - 1
        while last > range.start, Scalars.isSpace(scalars[last]) { last -= 1 }
        guard last > range.start, range.length <= listLineLength else { return false }
        return !".!?…:»\"”".unicodeScalars.contains(scalars[last])
    }

    /// A line of a table of figures: a label, a colon, then a figure ("Jane DOE (Union) : 59.67 %", "Kent: 14 roads").
    static func isFigureLine(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let trimmed = Scalars.trimmed(scalars, range)
        guard trimmed.length > 0, trimmed.length <= listLineLength,
              let colon = scalars[trimmed.start..<trimmed.end].firstIndex(of: ":"), colon > trimmed.start else { return false }
        return scalars[(colon + 1)..<trimmed.end].contains(where: Scalars.isDigit)
    }

    /// The longest line `isListLine` takes for an entry of a list.
    static let listLineLength = 80

    /// A paragraph opening with a dateline: up to four capitalised words (the first in capitals), maybe a comma and a
    /// place or date, then a dash within the first 80 scalars ("PARIS (Reuters) - ", "CAPE ELIZABETH, Maine — ").
    static func opensWithDateline(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        datelineEnd(scalars, range) != nil
    }

    /// Where the paragraph's text starts after its dateline (`opensWithDateline`), past the dash and its space; nil
    /// when it opens with none.
    static func datelineEnd(_ scalars: ScalarText, _ range: TextRange) -> Int? {
        var i = range.start
        var capitals = 0
        while i < range.end, Scalars.isUpper(scalars[i]) || scalars[i] == "-" || scalars[i] == "." || scalars[i] == "'" { capitals += 1; i += 1 }
        guard capitals >= 3 || (capitals >= 2 && i < range.end && (scalars[i] == "," || scalars[i] == " ")) else { return nil }
        let limit = min(range.end, range.start + 80)
        var sawOpening = false
        while i + 2 < limit {
            let s = scalars[i]
            if s == "," || s == "(" { sawOpening = true }
            if Scalars.isSpace(s), "-–—".unicodeScalars.contains(scalars[i + 1]), Scalars.isSpace(scalars[i + 2]) {
                return sawOpening || capitals >= 3 ? i + 3 : nil
            }
            if s == "." || s == "!" || s == "?" {
                // A state's abbreviation ("COLORADO SPRINGS, Colo. — "): a capital and a few letters before the full stop.
                var word = i
                while word > range.start, Scalars.isLetter(scalars[word - 1]) { word -= 1 }
                guard s == ".", sawOpening, i - word >= 2, i - word <= 5, Scalars.isUpper(scalars[word]) else { return nil }
            }
            i += 1
        }
        return nil
    }

    /// Where the text shows a line break lost between `range.start` and `range.end`: a sentence glued to the end of
    /// the one before, with no space ("… tout l'été.Rectificatif : …", "(lire aussi)Les travaux …", "So much for
    /// that...Yesterday"; `LostBreak` says which shapes, and which abbreviations, addresses and marks are not).
    /// The start of the glued sentence, or nil. A notice that stands in such a paragraph ends there: what follows was
    /// the next paragraph, the article resuming.
    static func lostBreak(_ scalars: ScalarText, in range: TextRange) -> Int? {
        var i = range.start + 1
        while i + 1 < range.end {
            if LostBreak.isGlued(scalars, at: i, from: range.start, to: range.end) { return i }
            i += 1
        }
        return nil
    }
}

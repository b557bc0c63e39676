/// A right of reply ("droit de réponse", "right of reply") that a page publishes: someone an earlier article named
/// answers it, and the page is that answer. French law (1881) obliges a newspaper to print it; English-language
/// papers print it as "Right of reply". Its marker is no label opening a paragraph: the page's headline names it
/// ("Jean-Pierre Serrus, droit de réponse", "Droit de réponse à l'article publié lundi …", "Right of reply: the
/// council answers"), or a line of the newsroom presents it ("Suite à notre article …, l'entraîneur a tenu à réagir.
/// Voici son droit de réponse."). From that paragraph to the reply's end, the page is one notice, none of it the
/// report's: the reply amends the earlier article, not sentences of this page. A signature under the reply (a name
/// alone on its line) and the page's furniture after it stay outside.
///
/// What is no right of reply: an article that speaks of one ("Le maire exige un droit de réponse", "Il a obtenu un
/// droit de réponse dans le journal"): the phrase is the object of a verb, not the label of the page or of what
/// follows. Surveyed on three development pages of three sites (docs/notice-marker-survey.md, round 10).
extension NoticeBoundary {
    /// The phrases, folded, as words.
    static let replyPhrases: [[String]] = [["droit", "de", "reponse"], ["right", "of", "reply"], ["right", "to", "reply"]]

    /// Folded words after a headline's opening phrase that keep it a label: "Droit de réponse à l'article …",
    /// "Droit de réponse de la mairie", "Right of reply to …", "Right of reply from …".
    static let replyLabelFollowers: Set<String> = ["a", "au", "aux", "de", "du", "des", "d", "to", "from", "by"]

    /// Folded possessives before the phrase in a line that presents the reply ("voici son droit de réponse").
    static let replyPossessives: Set<String> = ["son", "sa", "leur", "his", "her", "their", "its"]

    /// Folded words by which a newsroom's line presents the reply that follows.
    static let replyPresenters: Set<String> = ["voici", "publions", "ci-dessous", "ci", "here", "below", "publish", "following"]

    /// How many of the page's first paragraphs (furniture apart) may head a right of reply, and within how many scalars.
    static let replyHeadReach = 3
    static let replyHeadScalars = 1_200

    /// The most words a headline that names a right of reply at its end may have ("Jean-Pierre Serrus, droit de réponse").
    static let replyHeadlineWords = 30

    /// The paragraph that heads a right of reply the page publishes, among its first `replyHeadReach` paragraphs that
    /// are not furniture (`isFurniture`), and the phrase that marks it; nil on any other page.
    static func replyHeading(_ scalars: ScalarText, _ ranges: [TextRange], isFurniture: (Int) -> Bool) -> (index: Int, marker: TextRange)? {
        var seen = 0
        for (index, range) in ranges.enumerated() {
            guard seen < replyHeadReach, range.start < replyHeadScalars else { return nil }
            if isFurniture(index) { continue }
            seen += 1
            if let marker = replyMarker(scalars, range) { return (index, marker) }
        }
        return nil
    }

    /// The phrase in paragraph `range` that names a right of reply as a label or presents one, or nil.
    static func replyMarker(_ scalars: ScalarText, _ range: TextRange) -> TextRange? {
        let words = foldedWords(scalars, range)
        let headline = isHeadline(scalars, range) && words.count <= replyHeadlineWords
        for phrase in replyPhrases {
            var i = 0
            while i + phrase.count <= words.count {
                defer { i += 1 }
                guard zip(words[i..<(i + phrase.count)], phrase).allSatisfy({ $0.key == $1 }) else { continue }
                let marker = TextRange(words[i].range.start, words[i + phrase.count - 1].range.end)
                let after = i + phrase.count < words.count ? words[i + phrase.count] : nil
                // The headline opens with it, as a label ("Droit de réponse : …", "Droit de réponse à l'article …").
                if i == 0, after.map({ replyLabelFollowers.contains($0.key) || separates(scalars, from: marker.end, to: $0.range.start) }) ?? true {
                    return marker
                }
                // The headline closes with it after a comma, a colon or a dash ("Jean-Pierre Serrus, droit de réponse").
                if headline, after == nil, i > 0, separates(scalars, from: words[i - 1].range.end, to: marker.start) { return marker }
                // A line presents the reply to come: "Voici son droit de réponse.", "Here is her right of reply:".
                if i > 0, replyPossessives.contains(words[i - 1].key),
                   words[max(0, i - 4)..<(i - 1)].contains(where: { replyPresenters.contains($0.key) })
                    || (after.map { replyPresenters.contains($0.key) } ?? false) {
                    return marker
                }
            }
        }
        return nil
    }

    /// Whether the scalars between two words hold a comma, a colon, a dash or a bar: the words belong to two parts of
    /// a headline, not to one phrase.
    private static func separates(_ scalars: ScalarText, from start: Int, to end: Int) -> Bool {
        (start..<end).contains { ",:;–—-|".unicodeScalars.contains(scalars[$0]) }
    }

    /// The last paragraph of a right of reply headed by paragraph `first`: the page's last that is neither its
    /// furniture nor a signature (a name alone on its line, `isSignatureLine`), from `first` on.
    static func replyLast(from first: Int, _ scalars: ScalarText, _ ranges: [TextRange], isFurniture: (Int) -> Bool) -> Int {
        var last = ranges.count - 1
        while last > first, isFurniture(last) || isSignatureLine(scalars, ranges[last]) { last -= 1 }
        return last
    }

    /// Whether a paragraph is a signature: at most `signatureWords` words, each opening with a capital, no sentence's
    /// end ("Dylan Charlot", "Jean-Pierre Serrus, maire").
    static func isSignatureLine(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let trimmed = Scalars.trimmed(scalars, range)
        guard trimmed.length > 0, isHeadline(scalars, trimmed) else { return false }
        var words = 0
        var i = trimmed.start
        while i < trimmed.end {
            while i < trimmed.end, !Scalars.isLetter(scalars[i]) { i += 1 }
            guard i < trimmed.end else { break }
            words += 1
            guard words <= signatureWords, Scalars.isUpper(scalars[i]) || words > 2 else { return false }
            while i < trimmed.end, Scalars.isLetter(scalars[i]) || scalars[i] == "-" || scalars[i] == "'" { i += 1 }
        }
        return words >= 1
    }

    /// The most words `isSignatureLine` takes.
    static let signatureWords = 4

    /// The words of `range`, folded (accents and case), each with its scalar range; an apostrophe ends a word ("l'article":
    /// "l", "article"), a hyphen does not ("ci-dessous").
    static func foldedWords(_ scalars: ScalarText, _ range: TextRange) -> [(key: String, range: TextRange)] {
        var words: [(key: String, range: TextRange)] = []
        var i = range.start
        while i < range.end {
            guard Scalars.isLetter(scalars[i]) || Scalars.isDigit(scalars[i]) else { i += 1; continue }
            let start = i
            while i < range.end, Scalars.isLetter(scalars[i]) || Scalars.isDigit(scalars[i])
                    || (scalars[i] == "-" && i + 1 < range.end && Scalars.isLetter(scalars[i + 1])) { i += 1 }
            words.append((Scalars.folded(scalars[start..<i]), TextRange(start, i)))
        }
        return words
    }
}

/// Markers in words the page quotes from elsewhere: not the page's notices.
///
/// A page quotes other parties' posts, and their own updates with them: an embedded post keeps its author's
/// signature at its end ("… no substance to any of that. — Sports Desk (@sportsdesk) February 7, 2017"), and a
/// quotation opened in the paragraph above runs on over a marker it holds ("\"March 3, 2015" / "Correction: …\"").
/// The marker belongs to the quoted post; what it amends is not on this page (see also `UpdateMarkerProbe.isQuoted`,
/// a line above that says who speaks).
extension NoticeBoundary {
    /// Whether paragraph `index` of `ranges` is quoted from elsewhere: it ends with an embedded post's signature, or
    /// the paragraph under it is that signature alone, or a quotation the paragraph above opened is still open.
    /// A signature shows a post quoted, not whose notice the paragraph is: the page's own update may end with the post
    /// it reports ("UPDATE, 7:45 p.m.: The highway has reopened, the state said on X: \"…\" — State DOT (@stateDOT)
    /// March 4, 2019"). So the post is taken as quoted only when the page introduced it (the paragraph above ends with
    /// a colon: "The network also cast doubt on it:") and its marker gives no time, which dates the page's own updates.
    /// A quotation left open above counts only when the paragraph above opens with it (a quoted piece's first line,
    /// its date: "\"March 3, 2015") or opens it after a colon ("le club écrit : « …"): pages leave quotations open by
    /// mistake and write inches with the same mark.
    static func isQuotedPost(_ scalars: ScalarText, _ ranges: [TextRange], at index: Int) -> Bool {
        guard index > 0 else { return false }
        let above = Scalars.trimmed(scalars, ranges[index - 1])
        // The post is the paragraph, or its first line when the signature closes that line and the page's text runs on
        // below it in the same paragraph ("… — Wright State University (@wrightstate) August 2, 2018" / "Police did not
        // immediately confirm …": a line with no full stop at its end joins the next).
        let post = signedFirstLine(scalars, ranges[index]) ?? ranges[index]
        // (Whether the marker gives a time is asked only of a signed post or under a colon: matching it is the cost.)
        // An untimed marker: the post's when the post is the whole paragraph or stands under the page's timed entry; a
        // timed one only when both hold.
        if endsWithPostSignature(scalars, post) {
            let timed = isTimed(scalars, ranges[index])
            let signs = signsTheWholeParagraph(scalars, post)
            if timed ? signs && followsTimedUpdate(scalars, ranges, at: index) : signs || followsTimedUpdate(scalars, ranges, at: index) {
                return true
            }
        }
        if above.length > 0, scalars[above.end - 1] == ":", !isTimed(scalars, ranges[index]) {
            if endsWithPostSignature(scalars, ranges[index]) { return true }
            if index + 1 < ranges.count, ranges[index + 1].length <= signatureReach,
               endsWithPostSignature(scalars, ranges[index + 1]), opensWithDash(scalars, ranges[index + 1]) { return true }
        }
        return above.length > 0 && (opensWithQuotation(scalars, above) || quotesAfterColon(scalars, above))
            && leavesQuotationOpen(scalars, above) && !opensWithQuotation(scalars, ranges[index])
            && closesQuotation(scalars, ranges[index])
    }

    /// The first line of `range` when an embedded post's signature closes it and more of the paragraph follows; nil
    /// otherwise.
    private static func signedFirstLine(_ scalars: ScalarText, _ range: TextRange) -> TextRange? {
        guard let lineEnd = (range.start..<range.end).first(where: { scalars[$0] == "\n" }) else { return nil }
        let line = TextRange(range.start, lineEnd)
        return endsWithPostSignature(scalars, line) ? line : nil
    }

    /// Whether one of the `timedUpdateReach` paragraphs above `index` opens with a marker that gives its time: the page
    /// dates its own updates ("Updated at 8:15 a.m.:" over "Both lanes are open, according to State Police." over
    /// "Update: The crash has been cleared … — LA State Police (@LAStatePolice) January 8, 2019"), so an untimed
    /// marker signed by a post under one is the post's, embedded in the page's entry (`en-400`); so is a timed one
    /// that is a post whole, its own mark in it and no word of the page reporting it ("Update 1:40 p.m.: … said in a
    /// tweet …" over "Update at 1:33 p.m. -- We have been told … https://t.co/… — Wright State University
    /// (@wrightstate) August 2, 2018", `en-376`): the page's timed entries above show the page's own label.
    private static func followsTimedUpdate(_ scalars: ScalarText, _ ranges: [TextRange], at index: Int) -> Bool {
        ranges[max(0, index - timedUpdateReach)..<index].contains { isTimed(scalars, $0) }
    }

    /// How many paragraphs above a signed post `followsTimedUpdate` looks at.
    static let timedUpdateReach = 4

    /// Whether the last quotation mark that opens in `range` follows a colon: a statement introduced as one ("le club
    /// écrit : « Le club n'a eu aucun contact …"), not an inch mark or a stray mark.
    private static func quotesAfterColon(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        guard let open = (range.start..<range.end).last(where: { "«“\"".unicodeScalars.contains(scalars[$0]) }) else { return false }
        var before = open - 1
        while before >= range.start, Scalars.isSpace(scalars[before]) { before -= 1 }
        return before >= range.start && scalars[before] == ":"
    }

    /// Whether the marker opening `range` gives a time or a date ("UPDATE, 7:45 p.m.", "Mise à jour 19h", "18h15").
    private static func isTimed(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        guard let found = UpdateMarker.match(in: scalars, at: range.start, limit: range.end) else { return false }
        return scalars[found.marker.start..<found.marker.end].contains(where: Scalars.isDigit)
    }

    /// Whether `range` ends by closing a quotation it did not open: its last mark is a closing quotation mark and
    /// its marks are odd in number ("… to another.\""), the end of a quotation opened above. A page's quotations
    /// are often left open by mistake; one closed at the marker's paragraph's end shows the marker inside it.
    private static func closesQuotation(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let trimmed = Scalars.trimmed(scalars, range)
        guard trimmed.length > 0, "\"”»".unicodeScalars.contains(scalars[trimmed.end - 1]) else { return false }
        let straight = scalars[trimmed.start..<trimmed.end].filter { $0 == "\"" }.count
        let opening = scalars[trimmed.start..<trimmed.end].filter { $0 == "“" || $0 == "«" }.count
        let closing = scalars[trimmed.start..<trimmed.end].filter { $0 == "”" || $0 == "»" }.count
        return straight % 2 == 1 || closing > opening
    }

    /// How far from a paragraph's end an embedded post's signature may begin.
    static let signatureReach = 120

    /// Whether `range` ends with an embedded post's signature: a dash, its author's name, the account in brackets
    /// with its "@", and the date it was posted, nothing after ("— Jane Doe (@janedoe) March 3, 2021").
    static func endsWithPostSignature(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        postSignatureDash(scalars, range) != nil
    }

    /// The dash opening the post signature that ends `range` (see `endsWithPostSignature`): the nearest before the
    /// account, so that a hyphen in the text before it ("Pont-Audemer") is not taken for it.
    private static func postSignatureDash(_ scalars: ScalarText, _ range: TextRange) -> Int? {
        let trimmed = Scalars.trimmed(scalars, range)
        let from = max(trimmed.start, trimmed.end - signatureReach)
        guard let at = (from..<max(from, trimmed.end - 1)).last(where: { scalars[$0] == "(" && scalars[$0 + 1] == "@" }) else { return nil }
        var close = at + 2
        while close < trimmed.end, Scalars.isLetter(scalars[close]) || Scalars.isDigit(scalars[close]) || scalars[close] == "_" { close += 1 }
        guard close > at + 2, close < trimmed.end, scalars[close] == ")" else { return nil }
        // A dash before the author's name, on the same line.
        guard let dash = (max(trimmed.start, at - 60)..<at).last(where: { scalars[$0] == "—" || scalars[$0] == "–" || scalars[$0] == "-" })
        else { return nil }
        let date = Array(FoldedText.bytes(scalars.string(Scalars.trimmed(scalars, TextRange(close + 1, trimmed.end)))))
        return !date.isEmpty && date.withUnsafeBufferPointer { DateLine.isDateLine($0) } ? dash : nil
    }

    /// Whether the post signature ending `range` signs the whole paragraph, its marker with it: the paragraph is the
    /// post itself ("BREAKING UPDATE: Organizers announce the festival WILL go on. @radio pic.twitter.com/… — Jane Doe
    /// (@janedoe) October 6, 2017"), the author's update, not the page's. Its text between the marker and the signature
    /// is a post's: a photo link, a mention or a hashtag in it, nothing introducing a quotation (no colon, no quotation
    /// mark) and no reporting verb. The page's own update reporting a post says so ("UPDATE: State police said in a
    /// post that the order has been lifted. pic.twitter.com/… — State Police (@statepolice) …", "UPDATE: The highway
    /// has reopened, the state said: \"All lanes are open.\" — State DOT (@stateDOT) …"); one that shows no post's
    /// mark ("Update: the road is open again — State Police (@statepolice) March 4, 2019") cannot be told from the
    /// post it quotes and stays the page's (the twenty-first session's review).
    private static func signsTheWholeParagraph(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let trimmed = Scalars.trimmed(scalars, range)
        guard let dash = postSignatureDash(scalars, range),
              let found = UpdateMarker.match(in: scalars, at: trimmed.start, limit: trimmed.end), found.bodyStart < dash
        else { return false }
        let post = TextRange(found.bodyStart, dash)
        guard !scalars[post.start..<post.end].contains(where: { "\"“”«»\n".unicodeScalars.contains($0) }),
              !(post.start..<post.end).contains(where: { scalars[$0] == ":" && !closesTagOrScheme(scalars, post, colon: $0) })
        else { return false }
        // (A page's update glued to the post it quotes in one paragraph, "UPDATE: The order has been lifted. Lifting
        // shelter in place #PDX pic.twitter.com/… — City Police (@citypolice) …", reads as the post: a post runs over
        // several sentences too, its marks in the last, and nothing tells the two apart. The twenty-first session's
        // review found it; it is left.)
        return hasPostMark(scalars, post) && !reportingVerbs.occurs(in: wordText(scalars, post))
    }

    /// Whether the colon at `colon` in the post `range` introduces nothing: it closes a word run in capitals, a post's
    /// tag ("ESCAPE APPREHENSION: Inmate … was apprehended."), or a link's scheme ("https://t.co/…"), or it is a clock's
    /// ("as of 6:45 p.m.").
    private static func closesTagOrScheme(_ scalars: ScalarText, _ range: TextRange, colon: Int) -> Bool {
        if colon + 2 < range.end, scalars[colon + 1] == "/", scalars[colon + 2] == "/" { return true }
        // A clock's colon ("as of 6:45 p.m."): figures on both sides.
        if colon > range.start, colon + 1 < range.end, Scalars.isDigit(scalars[colon - 1]), Scalars.isDigit(scalars[colon + 1]) { return true }
        return closesTag(scalars, range, colon: colon)
    }

    /// Whether the colon at `colon` closes a word run in capitals: a post's tag ("ESCAPE APPREHENSION:").
    private static func closesTag(_ scalars: ScalarText, _ range: TextRange, colon: Int) -> Bool {
        var start = colon
        while start > range.start, Scalars.isLetter(scalars[start - 1]) || scalars[start - 1] == " " { start -= 1 }
        let tag = scalars[start..<colon].filter(Scalars.isLetter)
        return tag.count >= 2 && tag.allSatisfy(Scalars.isUpper)
    }

    /// Whether `range` holds a post's mark: a photo link or another link ("https://t.co/…"), a mention or a hashtag
    /// opening a word, or a tag in capitals closed by a colon ("ESCAPE APPREHENSION: …"), as agencies head their
    /// posts.
    private static func hasPostMark(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let folded = Scalars.folded(scalars[range.start..<range.end])
        if folded.contains("pic.twitter.com/") || folded.contains("https://") || folded.contains("http://") { return true }
        if (range.start..<range.end).contains(where: { scalars[$0] == ":" && closesTag(scalars, range, colon: $0) }) { return true }
        return (range.start..<range.end).contains { i in
            (scalars[i] == "@" || scalars[i] == "#") && (i == range.start || Scalars.isSpace(scalars[i - 1]))
                && i + 1 < range.end && Scalars.isLetter(scalars[i + 1])
        }
    }

    /// Folded verbs of the page reporting what a post says ("said in a post", "a annoncé sur X").
    private static let reportingVerbs = PhraseSet([
        " said ", " says ", " tweeted ", " posted ", " wrote ", " announced ", " reported ", " confirmed ",
        " a declare ", " a annonce ", " annonce ", " indique ", " a indique ", " a ecrit ", " ecrit ", " a tweete ",
        " precise ", " a precise ", " confirme ", " a confirme ",
    ])

    /// Whether `range` opens with a dash: a signature on a line of its own.
    private static func opensWithDash(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        "—–-".unicodeScalars.contains(scalars[Scalars.trimmed(scalars, range).start])
    }
}

/// Asks `UpdateMarker` whether a paragraph of UTF-8 text opens with an update marker, cheaply.
///
/// `UpdateMarker.match` works on scalars and folds its window; calling it on every line of a 20 MB article would
/// dominate the reading time. A folded-prefix test against `UpdateMarker.words` rules out almost every line in a
/// few byte comparisons; only a line that starts with a marker word is converted to scalars and matched for real,
/// so `UpdateMarker` stays the one authority on what a marker is.
enum UpdateMarkerProbe {
    /// The phrases enter by their openings (`UpdateMarker.phraseOpenings`): a prefilter needs no more, and building
    /// all of them would be most of the start-up of reading a short article.
    private static let prefixes = FoldedPrefixes(
        UpdateMarker.words + UpdateMarker.weakWords + UpdateMarker.phraseOpenings + UpdateMarker.purposeLabels)
    private static let bracketedPrefixes = FoldedPrefixes(
        UpdateMarker.bracketWords + UpdateMarker.revisionWords + UpdateMarker.phraseOpenings + UpdateMarker.purposeLabels)

    /// Whether `text[range]` starts with an update marker ("MISE A JOUR :", "Update:"…).
    static func matches(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        // "18h15 : …": an hour that the page shows is a live update's (`UpdateMarker.isLiveUpdate`).
        if !range.isEmpty, text[range.lowerBound] >= UInt8(ascii: "0"), text[range.lowerBound] <= UInt8(ascii: "9") {
            // An hour, its terminator and the first letters of the update: a few scalars, cut on a scalar's end.
            var end = range.lowerBound
            while end < range.upperBound, end < range.lowerBound + 24 { end += text.scalar(at: end).width }
            let line = ScalarText(utf8: Array(text.bytes[range.lowerBound..<min(end, range.upperBound)]))
            if let (minutes, _) = UpdateMarker.liveTime(in: line, at: 0, limit: line.count) {
                return UpdateMarker.isLiveUpdate(text, at: range.lowerBound, minutes: minutes)
            }
        }
        let opensBracket = !range.isEmpty && (text[range.lowerBound] == UInt8(ascii: "(") || text[range.lowerBound] == UInt8(ascii: "["))
        if opensBracket {
            guard bracketedPrefixes.matches(text, (range.lowerBound + 1)..<range.upperBound) else { return false }
        } else {
            var wordStart = range.lowerBound
            while wordStart < range.upperBound, wordStart < range.lowerBound + 2, text[wordStart] == UInt8(ascii: "*") || text[wordStart] == UInt8(ascii: "_") { wordStart += 1 }
            guard prefixes.matches(text, wordStart..<range.upperBound) else { return false }
        }
        // UpdateMarker looks at no more than 80 scalars past the start for the marker (400 for a bracketed note);
        // a little more for its body.
        var end = range.lowerBound
        // A weak label ("Note:") is confirmed by what its note says, further on.
        var count = 0
        let most = opensBracket ? 440 : 640
        while end < range.upperBound, count < most {
            end += text.scalar(at: end).width
            count += 1
        }
        let scalars = ScalarText(utf8: Array(text.bytes[range.lowerBound..<end]))
        guard let found = UpdateMarker.match(in: scalars, at: 0, limit: scalars.count) else { return false }
        if UpdateMarker.isHeadingLabel(scalars, found), !isPageTop(text, range) { return false }
        if isQuoted(text, range) { return false }
        return !(opensBracket && end == range.upperBound && isTitleFlag(text, range, scalars, found))
    }

    /// Whether the line above `range`, past blank lines, introduces a quotation: it ends with a colon and names who
    /// speaks or where the words come from (`UpdateMarker.quotingCues`: "Sony said in a blog post:", "as this
    /// correction from the Times shows:", "selon le communiqué :"; `sentenceQuotingCues` only in a whole sentence). The marker below is then another party's, quoted
    /// as the page's subject, not the page's own notice. A quoted notice's label on a line of its own ("Correction:
    /// March 3, 2015", its text on the next line) is looked past. A colon alone (a list's heading "In the Senate
    /// races:", a video's "Voir la vidéo :") introduces no one's words.
    private static func isQuoted(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        var lineEnd = range.lowerBound
        for step in 0..<2 {
            while lineEnd > 0, text[lineEnd - 1] == UInt8(ascii: "\n") || text[lineEnd - 1] == UInt8(ascii: " ") { lineEnd -= 1 }
            guard lineEnd > 0 else { return false }
            var lineStart = lineEnd
            while lineStart > 0, text[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
            if text[lineEnd - 1] == UInt8(ascii: ":") {
                let line = ScalarText(utf8: Array(text.bytes[lineStart..<lineEnd]))
                let words = Scalars.folded(line[0..<line.count]).split { !$0.isLetter }.map(String.init)
                if words.contains(where: UpdateMarker.quotingCues.contains) { return true }
                return words.count >= UpdateMarker.quotingSentenceWords && words.contains(where: UpdateMarker.sentenceQuotingCues.contains)
            }
            // A short line opening with a marker word: the quoted notice's label; the introduction is above it.
            guard step == 0, lineEnd - lineStart <= 60, prefixes.matches(text, lineStart..<lineEnd) else { return false }
            lineEnd = lineStart
        }
        return false
    }

    /// Whether nothing but blank lines stands above `range`: the page's first line.
    private static func isPageTop(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        (0..<range.lowerBound).allSatisfy { text[$0] == UInt8(ascii: " ") || text[$0] == UInt8(ascii: "\n") }
    }

    /// Whether a bracketed label opens the page's first line, its title, and a headline follows it on that line
    /// ("[MAJ] Le périphérique a rouvert", "[UPDATE] Storm closes schools"): the title says that the page was updated;
    /// the update is below. Further down, or followed by a sentence, the label opens the notice itself.
    private static func isTitleFlag(_ text: UTF8Text, _ range: Range<Int>, _ scalars: ScalarText, _ found: UpdateMarker.Match) -> Bool {
        guard found.end == nil, found.bodyStart < scalars.count, isPageTop(text, range),
              !range.contains(where: { text[$0] == UInt8(ascii: "\n") }) else { return false }
        return NoticeBoundary.isHeadline(scalars, TextRange(found.bodyStart, scalars.count))
    }
}

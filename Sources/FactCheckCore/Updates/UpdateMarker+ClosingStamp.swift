/// A stamp that closes the report, glued after its last sentence: "… selon les chiffres d'EDF. (Article mis à jour
/// à 14h30)", "… relayé par la MAP. Article modifié le 2021/02/18 à 11h40". It says the piece was changed, and when,
/// and nothing of what changed: the corpus's annotators read both such stamps of its development half (`fr-406`,
/// `fr-442`, two sites) as a notice of its own words, amending no claim. The same stamp on a line of its own is a
/// byline's, the page's furniture (`isTimeStamp`, `NoticeBoundary.isStamp`); glued inside a paragraph, after a
/// sentence, with the report going on after it, it is no stamp of the close either.
extension UpdateMarker {
    /// Folded phrases that open such a stamp: the piece's noun and the participle of its change.
    static let closingStampPhrases: [[Unicode.Scalar]] = [
        "article mis a jour ", "article modifie ", "article actualise ", "article corrige ", "billet mis a jour ",
        "billet modifie ", "article updated ", "story updated ", "post updated ", "article edited ", "post edited ",
        "story edited ",
    ].map { Array($0.unicodeScalars) }

    /// The stamp at `start` that closes the paragraph ending at `limit`, glued after a sentence on the same line, its
    /// words a date or a time after its phrase (`closingStampPhrases`), in parentheses or not: a match whose marker
    /// and text are the stamp itself. Nil otherwise.
    static func closingStamp(in scalars: ScalarText, at start: Int, limit: Int) -> Match? {
        guard start > 0, start < limit else { return nil }
        // Glued after a sentence: the nearest scalar before it on its line ends one.
        var before = start - 1
        while before > 0, scalars[before] == " " || scalars[before] == "\u{A0}" { before -= 1 }
        guard ".!?»\"”)".unicodeScalars.contains(scalars[before]) else { return nil }
        let parenthesised = scalars[start] == "("
        let open = parenthesised ? start + 1 : start
        // Its end: the paragraph's, past a full stop and spaces, and past the closing parenthesis when it opened one.
        var end = limit
        while end > open, Scalars.isSpace(scalars[end - 1]) || scalars[end - 1] == "." { end -= 1 }
        if parenthesised {
            guard end > open, scalars[end - 1] == ")" else { return nil }
            end -= 1
        }
        guard end > open, end - open <= closingStampLength, !scalars[open..<end].contains("\n") else { return nil }
        let folded = Array(Scalars.folded(scalars[open..<end]).unicodeScalars)
        guard folded.count == end - open,
              let phrase = closingStampPhrases.first(where: { folded.starts(with: $0) }),
              isTimeStamp(scalars, from: open + phrase.count, limit: end)
        else { return nil }
        let stampEnd = parenthesised ? end + 1 : end
        return Match(marker: TextRange(start, stampEnd), bodyStart: start, end: stampEnd)
    }

    /// The longest closing stamp read, in scalars.
    static let closingStampLength = 80
}

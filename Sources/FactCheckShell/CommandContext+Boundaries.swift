import FactCheckCore

/// `split` and `join`: correcting where claims begin and end.
extension CommandContext {
    /// Cuts the claim named by `word` (the current claim when empty) before `at` (a word of it, from its second
    /// word on), or at its first sentence boundary when `at` is nil.
    mutating func split(_ word: String, at cutWord: String?) throws(ShellError) {
        let index = try claimIndex(word, command: "split")
        let claim = session.annotations.claims[index]
        let words = claim.text.split(separator: " ").map(String.init)
        let position: Int?
        if let cutWord {
            position = words.indices.dropFirst().first { words[$0] == cutWord }
        } else {
            position = words.indices.dropFirst().first { Self.endsSentence(words[$0 - 1]) && Self.startsSentence(words[$0]) }
        }
        guard let position else { throw .noCut(claim: claim.n, word: cutWord.map(UntrustedText.init)) }
        let next: AnnotationSet
        do {
            next = try session.annotations.splitting(claimAt: index, beforeWord: position, scalars: session.analysis.scalars,
                                                      by: environment.editor, at: environment.now())
        } catch {
            throw .noCut(claim: claim.n, word: cutWord.map(UntrustedText.init))
        }
        session.commit(next, label: "split #\(claim.n)")
        session.cursor = claim.n
        let style = environment.style
        print("\(style.bold("#\(claim.n)")) " + TextPreview.firstWords(next.claims[index].text) + " (keeps its id and verdict)")
        print("\(style.bold("#\(claim.n + 1)")) " + TextPreview.firstWords(next.claims[index + 1].text) + " (new, unreviewed)")
        print(style.dim("Claims after it are renumbered; 'undo' puts them back."))
    }

    /// Makes claims `first` and `second` (which must follow each other) one claim.
    mutating func join(_ first: String, _ second: String) throws(ShellError) {
        let index = try claimIndex(first, command: "join")
        let other = try claimIndex(second, command: "join")
        let (a, b) = (session.annotations.claims[index], session.annotations.claims[other])
        guard other == index + 1 else { throw .cannotJoin(a.n, b.n, reason: "only a claim and the one right after it can be joined") }
        let next: AnnotationSet
        do {
            next = try session.annotations.joining(claimAt: index, scalars: session.analysis.scalars, by: environment.editor, at: environment.now())
        } catch {
            switch error {
            case .secondReviewed:
                throw .cannotJoin(a.n, b.n, reason: "#\(b.n) has a verdict, note or sources that joining would drop; 'reset \(b.n)' first")
            case .notAdjacent, .noCut:
                throw .cannotJoin(a.n, b.n, reason: "they are not printed one right after the other")
            }
        }
        session.commit(next, label: "join #\(a.n) #\(b.n)")
        session.cursor = a.n
        print("\(environment.style.bold("#\(a.n)")) " + TextPreview.firstWords(next.claims[index].text)
              + " (one claim now, with the id and verdict of #\(a.n)); claims after it are renumbered")
    }

    /// Whether `word` ends a sentence: a full stop, ! ? or …, maybe followed by a closing quote or bracket.
    static func endsSentence(_ word: String) -> Bool {
        let trimmed = word.trimmingCharacters(inSet: "\"»”’)")
        return [".", "!", "?", "…"].contains { trimmed.hasSuffix($0) }
    }

    /// Whether `word` can start a sentence: a capital, a digit or an opening quote.
    static func startsSentence(_ word: String) -> Bool {
        guard let first = word.first else { return false }
        return first.isUppercase || first.isNumber || "\"«“(".contains(first)
    }
}

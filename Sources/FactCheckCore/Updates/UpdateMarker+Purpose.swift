/// Notices that a label alone does not make: an edit labelled by its purpose ("Edited 3/12/21 to add: …"), and a
/// marker after a page's date stamp on the same line ("date 2021-01 Mise à jour 17:52 : …").
/// See docs/notice-marker-survey.md, round 2.
extension UpdateMarker {
    /// An edit labelled by its purpose at `start`, out of brackets: a participle, a date, then what the edit was for
    /// ("Updated March 3 to include the mayor's reply.", "Mis à jour le 3 mars pour ajouter …"). The date is needed
    /// here, as a release note says "Updated to include dark mode"; its text is the whole sentence.
    static func purposeMatch(in scalars: ScalarText, at start: Int, limit: Int) -> Match? {
        let window = min(limit, start + 80)
        guard start < window, Scalars.isUpper(scalars[start]) else { return nil }
        let head = Scalars.folded(scalars[start..<window]).unicodeScalars.map { $0 }
        guard head.count == window - start, let length = purposeLabel(head, dated: true) else { return nil }
        return Match(marker: TextRange(start, start + length), bodyStart: start)
    }

    /// The length of the label and date in `head` when a connector and a verb of editing follow them ("edited 1/7/22"
    /// in "edited 1/7/22 to add: …"), or nil. `dated`: only when the label carries a date or a time.
    static func purposeLabel(_ head: [Unicode.Scalar], dated: Bool) -> Int? {
        guard let length = leadingWord(head, purposeLabels) else { return nil }
        // The first connector after the label: only the date may stand between them.
        var at = length
        var verbStart: Int?
        while at < head.count, verbStart == nil {
            if Scalars.isSpace(head[at]) { verbStart = verbAfterConnector(head, at + 1) }
            if verbStart == nil { at += 1 }
        }
        guard let verbStart, scanQualifiers(Array(head[0..<at]) + [":"], from: length)?.1 == at + 1,
              !dated || namesATime(head[length..<at]) else { return nil }
        var verbEnd = verbStart
        while verbEnd < head.count, Scalars.isLetter(head[verbEnd]) { verbEnd += 1 }
        guard purposeVerbs.contains(String(String.UnicodeScalarView(head[verbStart..<verbEnd]))) else { return nil }
        var end = at
        while end > length, Scalars.isSpace(head[end - 1]) { end -= 1 }
        return end
    }

    /// Where the verb starts when a `purposeConnectors` connector opens at `start` ("to add", "afin d'ajouter").
    private static func verbAfterConnector(_ head: [Unicode.Scalar], _ start: Int) -> Int? {
        for connector in purposeConnectors {
            let c = Array(connector.unicodeScalars)
            let end = start + c.count
            guard end < head.count, head[start..<end].elementsEqual(c) else { continue }
            // "afin d'ajouter": the verb is glued to the elided connector; otherwise a space follows it.
            if connector.hasSuffix("'") { return end }
            if Scalars.isSpace(head[end]) { return end + 1 }
        }
        return nil
    }

    /// The first letters of `phrases`, folded (from their openings: the phrases themselves are built on first use).
    private static let phraseInitials = Set(phraseOpenings.compactMap { $0.first.map(String.init) })

    /// The longest date stamp (in scalars) read before a marker, and as a sentence of its own (`ArticleReader`).
    static let longestDateStamp = 48

    /// Where a capital word starts right after a date stamp that opens `scalars[range]` ("date 2021-01 Mise à jour…",
    /// "Publié le 3 mars 2021 MISE À JOUR : …"): a stamp is an optional label (`stampLabels`) and a date or time
    /// with a number, nothing else.
    static func markerAfterStamp(in scalars: ScalarText, range: TextRange) -> Int? {
        let window = min(range.end, range.start + longestDateStamp)
        var sawDigit = false
        for j in (range.start + 1)..<max(range.start + 1, window) {
            sawDigit = sawDigit || Scalars.isDigit(scalars[j - 1])
            guard sawDigit, Scalars.isSpace(scalars[j - 1]) else { continue }
            // The label's first letter, past its emphasis ("date 2026-01-10 ***Mise à jour : …***").
            let letter = afterEmphasis(from: j, limit: range.end) { scalars[$0] }
            guard letter < range.end, Scalars.isUpper(scalars[letter]) else { continue }
            let initial = Scalars.folded([scalars[letter]])
            guard initials.contains(initial) || phraseInitials.contains(initial) else { continue }
            if isDateStamp(scalars, TextRange(range.start, j)) { return j }
        }
        return nil
    }

    /// Whether `scalars[range]` is a date stamp and nothing else: an optional label (`stampLabels`), then a date or a
    /// time ("date 2021-01", "Publié le 3 mars 2021", "March 3, 2021"). A page's date line, furniture wherever it
    /// stands; `NoticeBoundary.isStamp` is the narrower sentence that says when the page was updated ("This post was
    /// updated at 8:45 p.m. ET."), which also closes the notice above it.
    static func isDateStamp(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        var head = Scalars.folded(scalars[range.start..<range.end]).unicodeScalars.map { $0 }
        guard head.count == range.length else { return false }
        while let last = head.last, Scalars.isSpace(last) || last == "." { head.removeLast() }
        var offset = 0
        // A list's bullet or a dash before a date line ("• 11/08/2020 à 00:39").
        while offset < head.count, Scalars.isSpace(head[offset]) || "•·-–—|".unicodeScalars.contains(head[offset]) { offset += 1 }
        if let length = leadingWord(Array(head[offset...]), stampLabels) { offset += length }
        while offset < head.count, Scalars.isSpace(head[offset]) || head[offset] == ":" { offset += 1 }
        guard offset < head.count, scanQualifiers(head + [":"], from: offset)?.1 == head.count + 1 else { return false }
        // A date or a time, not a list's number ("1) Update: …"): a month or a weekday, a year, or digits joined by a
        // date's or a time's separator ("2021-01", "3/12", "17:52", "14h30").
        let text = String(String.UnicodeScalarView(head[offset...]))
        let words = text.split { !$0.isLetter }.map(String.init)
        if words.contains(where: DateLine.isDayName) { return true }
        let scalars = Array(text.unicodeScalars)
        var digits = 0
        for (k, s) in scalars.enumerated() {
            guard Scalars.isDigit(s) else { digits = 0; continue }
            digits += 1
            if digits == 4 { return true }
            if k + 2 < scalars.count, "/-:.h".unicodeScalars.contains(scalars[k + 1]), Scalars.isDigit(scalars[k + 2]) { return true }
        }
        return false
    }
}

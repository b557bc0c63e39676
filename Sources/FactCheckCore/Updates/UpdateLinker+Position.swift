/// Where a claim stands against a notice: the claim before it, inline in its paragraph, a heading, a list item, a
/// dateline, a fragment.
extension UpdateLinker {
    /// Whether the text of `range` ends with a full stop, a question or exclamation mark or an ellipsis (before any
    /// closing quotes or brackets).
    /// Whether `range` is one line of at most `titleLength` scalars that ends no sentence: a title.
    static func isTitleLine(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let trimmed = Scalars.trimmed(scalars, range)
        guard trimmed.length > 0, trimmed.length <= titleLength,
              !scalars[trimmed.start..<trimmed.end].contains("\n") else { return false }
        return !endsSentence(scalars, trimmed)
    }

    /// The longest line `isTitleLine` reads as a title.
    static let titleLength = 200

    static func endsSentence(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        guard range.length > 0 else { return false }
        var last = range.end - 1
        while last > range.start, "\"»”)' ".unicodeScalars.contains(scalars[last]) { last -= 1 }
        return ".!?…".unicodeScalars.contains(scalars[last])
    }

    /// Fewer than `fragmentWords` words and no final full stop, question or exclamation mark, or ellipsis.
    static func isFragment(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        guard range.length > 0 else { return true }
        if endsSentence(scalars, range) { return false }
        return !ArticleReader.hasWords(scalars, range, atLeast: fragmentWords)
    }

    /// The last claim (by first occurrence) that starts before `offset`, by binary search.
    func lastClaim(before offset: Int) -> Int? {
        let below = Self.countBelow(offset, in: claimStarts)
        return below > 0 ? below - 1 : nil
    }

    /// How many values of `sorted` (ascending) are below `bound`, by binary search.
    static func countBelow(_ bound: Int, in sorted: [Int]) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < bound { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Whether claims `first` and `second` stand in one paragraph (no line break between their first occurrences).
    func sameParagraph(_ first: Int, _ second: Int) -> Bool {
        guard let a = analysis.claims[first].occurrences.first, let b = analysis.claims[second].occurrences.first, a.end <= b.start else { return false }
        return !analysis.scalars[a.end..<b.start].contains("\n")
    }

    /// Whether claim `claim`, just above `notice`, is a heading of its own: a line with no final punctuation set on
    /// its own above the notice ("Senator wins second term in close race" over "Update 9:40 p.m.: The senator…"), as
    /// a live page heads each entry. Written with the entry's news, it tells it rather than being amended by it. (The
    /// page's headline and standfirst, the first two claims, have rules of their own.)
    /// - Complexity: O(the claim's last occurrence and the gap to the notice).
    func isEntryHeading(_ claim: Int, above notice: ArticleNotice) -> Bool {
        guard let occurrence = analysis.claims[claim].occurrences.last(where: { $0.end <= notice.range.start }),
              !Self.endsSentence(analysis.scalars, occurrence) else { return false }
        let gap = analysis.scalars[occurrence.end..<notice.range.start]
        guard gap.contains("\n") && gap.allSatisfy({ $0 == "\n" || $0 == " " || $0 == "\u{A0}" || $0 == "\r" || $0 == "\t" }) else { return false }
        return !isListItem(occurrence)
    }

    /// Whether `occurrence` stands on a line of a list or a fact box: its line opens with a bullet or a number ("- ",
    /// "• ", "* ", "1. ", "2) "), or the line above it introduces it with a colon ("Here are the key figures:").
    /// Such a line is no heading of an entry, though it ends without a full stop.
    /// - Complexity: O(the occurrence's line and the line above).
    func isListItem(_ occurrence: TextRange) -> Bool {
        let scalars = analysis.scalars
        var start = occurrence.start
        while start > 0, scalars[start - 1] != "\n" { start -= 1 }
        var i = start
        while i < occurrence.end, scalars[i] == " " || scalars[i] == "\t" || scalars[i] == "\u{A0}" { i += 1 }
        if i + 1 < scalars.count, "-•*–—·▪►".unicodeScalars.contains(scalars[i]), Scalars.isSpace(scalars[i + 1]) { return true }
        var digits = i
        while digits < scalars.count, Scalars.isDigit(scalars[digits]) { digits += 1 }
        if digits > i, digits + 1 < scalars.count, scalars[digits] == "." || scalars[digits] == ")", Scalars.isSpace(scalars[digits + 1]) { return true }
        // The last character before the line, past blank lines.
        var above = start - 1
        while above >= 0, Scalars.isSpace(scalars[above]) || scalars[above] == "\n" { above -= 1 }
        return above >= 0 && scalars[above] == ":"
    }

    /// Whether claim `claim` has an occurrence inside `range` (the notice's own text is never amended).
    func overlaps(_ claim: Int, _ range: TextRange) -> Bool {
        analysis.claims[claim].occurrences.contains { $0.start < range.end && range.start < $0.end }
    }

    /// A notice in the same paragraph as the claim before it (no line break between), that claim a whole sentence
    /// (not a dateline's fragment, "CAPE ELIZABETH, Maine —") unless the notice is in brackets.
    func isInline(claim: Int, notice: ArticleNotice) -> Bool {
        guard let occurrence = analysis.claims[claim].occurrences.last(where: { $0.end <= notice.range.start }) else { return false }
        // A bracketed notice ("… Freedom Act [UPDATE: Or Not]") amends the words it is appended to, sentence or not.
        guard Self.endsSentence(analysis.scalars, occurrence) || analysis.scalars[max(0, notice.range.start - 1)...notice.range.start].contains("[") else { return false }
        // A dateline ends in a state's abbreviation ("LYNCHBURG, Va. – UPDATE 5:40 p.m.: …"), yet is no sentence.
        guard !isDateline(occurrence, before: notice.range.start) else { return false }
        var newlines = 0
        for i in occurrence.end..<notice.range.start where analysis.scalars[i] == "\n" { newlines += 1 }
        return newlines == 0
    }

    /// Whether `occurrence` is a dateline set before the text at `end`: a place (and a stamp) of fewer than
    /// `fragmentWords` words, numbers not counted, then a dash ("PORTLAND, Ore. —", "date 2021-03-02 NANTES. –"), as
    /// newsrooms open a report. Its full stop is an abbreviation's ("Va.", "Mass."), not a sentence's end.
    /// - Complexity: O(the occurrence and what lies between it and `end`).
    func isDateline(_ occurrence: TextRange, before end: Int) -> Bool {
        let scalars = analysis.scalars
        var dash = false
        for i in occurrence.end..<end {
            let s = scalars[i]
            if s == "–" || s == "—" || s == "-" { dash = true } else if s != " " && s != "\u{A0}" { return false }
        }
        guard dash else { return false }
        var words = 0
        var inWord = false
        var lettered = false
        for s in scalars[occurrence.start..<occurrence.end] {
            let isWord = ScalarClass.isWord(s)
            if isWord, Scalars.isLetter(s) { lettered = true }
            if !isWord, inWord { if lettered { words += 1 }; lettered = false }
            inWord = isWord
        }
        if inWord, lettered { words += 1 }
        return words < Self.fragmentWords
    }

    /// The claims an editor reads a notice against when it shares too little with the article to propose them, in
    /// this order: the lede (`lede`: what a notice naming nothing most often amends), the sentence just above the
    /// notice (what an inline note follows), the sentence just below it, the sentences that tell a state still open or
    /// unsure ("It's unclear if or when performances may resume", "pour l'instant"), nearest the notice first — what a
    /// later notice settles, often in other words ("the gates will reopen at 4:30") — and then the report's next
    /// sentences after the lede. Each at score 0, below any threshold: offered for comparison, never linked. Never the
    /// notice's own text, a fragment, or a claim in `taken`; `limit` at most.
    /// On the development half they put a required claim among the three offered for 27 more notices (recall@3 0.814
    /// → 0.873) and changed no link. The lede first did better than the sentence above first; the open states ahead of
    /// the sentences beside the notice did worse, and so did weak scored candidates put after them.
    /// - Complexity: O(log claims) to find the sentence below the notice and the open states nearest it, then at most
    ///   `nearbyReach` open states and `nearbyReach` sentences after the lede, each checked against the notice's range
    ///   by its occurrences.
    func nearbyClaims(of notice: ArticleNotice, before: Int?, excluding taken: Set<Int>, limit: Int) -> [UpdateLink] {
        let count = analysis.claims.count
        let lede = self.lede
        let below = Self.countBelow(notice.range.end, in: claimStarts)
        var result: [UpdateLink] = []
        var seen = taken
        func offer(_ claim: Int?, _ place: String) {
            guard result.count < limit, let claim, !seen.contains(claim), !fragment[claim], !overlaps(claim, notice.range) else { return }
            seen.insert(claim)
            result.append(UpdateLink(claimIndex: claim, score: 0, reasons: [place + "; too little in common with the notice to score"]))
        }
        offer(lede, "the lede")
        offer(before, "the sentence just above the notice")
        offer(below < count ? below : nil, "the sentence just below the notice")
        guard result.count < limit else { return result }
        // The open states, nearest the notice first (above it before below it at the same distance): outward from
        // where the notice stands among them, a few steps each way.
        let anchor = before ?? -1
        var down = Self.countBelow(anchor + 1, in: openStates)
        var up = down - 1
        for _ in 0..<UpdateLinker.nearbyReach where result.count < limit && (up >= 0 || down < openStates.count) {
            let above = up >= 0 ? openStates[up] : nil
            let under = down < openStates.count ? openStates[down] : nil
            let takeAbove = above.map { a in under.map { anchor - a <= $0 - anchor } ?? true } ?? false
            if takeAbove { up -= 1 } else { down += 1 }
            offer(takeAbove ? above : under, "tells a state still open or unsure, which a later notice may settle")
        }
        // The report's next sentences after the lede.
        let first = (lede ?? -1) + 1
        for claim in first..<min(count, first + UpdateLinker.nearbyReach) { offer(claim, "the report's next sentence after the lede") }
        return result
    }

    /// The lede as the linker takes it: the first of the two opening claims that is no fragment (the headline when
    /// it is a sentence's length). Taking the first claim that ends a sentence among the first three instead (the
    /// report's first sentence, past a headline or a byline) put a required claim among the three offered for one
    /// notice fewer on the development half.
    var lede: Int? {
        (0..<min(2, analysis.claims.count)).first { !fragment[$0] }
    }
}

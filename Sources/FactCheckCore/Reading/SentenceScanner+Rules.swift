extension SentenceScanner {
    /// Where the sentence ends for the terminal run `run`, whose closing quotes and brackets end at `k`, when the
    /// next sentence would start at `next`; nil when the run does not end a sentence.
    ///
    /// - A lower-case word next never starts a sentence ("Yahoo! in", "co. at", "dit-il").
    /// - ? and ! end one, unless a closed quotation is followed by its attribution ("Is it over?" Smith asked.).
    /// - An ellipsis ends one before a capital or an opening quote — not before the English "I", always capital.
    ///   "compounds. . . . The" is a full stop then an ellipsis that opens the next sentence.
    /// - A full stop ends one unless the word before it is an abbreviation, a title, an initial or a list marker.
    func decide(_ run: TerminalRun, after k: Int, next: Int, quoteClosed: Bool) -> Int? {
        let nextScalar = text.scalar(at: next).scalar
        if ScalarClass.isLower(nextScalar) { return nil }
        if run.question || run.exclamation {
            if quoteClosed && attributionFollows(at: next) { return nil }
            return k
        }
        if run.isEllipsis {
            guard opensSentenceAfterEllipsis(at: next) else { return nil }
            if run.attached && run.spacedDots && run.dots >= 4 { return run.start + 1 }
            return k
        }
        if quoteClosed { return attributionFollows(at: next) ? nil : k }
        if lists.isMarkerDot(run.start) { return nil }
        return fullStopEndsSentence(at: run.start, next: next) ? k : nil
    }

    /// Whether the full stop at `dot` ends the sentence, judging by the word before it.
    private func fullStopEndsSentence(at dot: Int, next: Int) -> Bool {
        let start = tokenStart(before: dot)
        // No abbreviation is that long; a URL or an e-mail address ends at its full stop anyway.
        guard start < dot, dot - start <= Self.longestAbbreviation else { return true }
        // An ordinary word: eight bytes or more, no inner full stop, not a number. The common case, decided at once.
        if dot - start >= 8 {
            var plain = true
            for k in start..<dot where text[k] == UInt8(ascii: ".") || (text[k] >= 0x30 && text[k] <= 0x39) {
                plain = false
                break
            }
            if plain { return true }
        }
        var hasAt = false, hasSlash = false, hasDigit = false, hasLetter = false, internalDots = 0
        var key = FoldedKey()
        var i = start
        var letters = 0
        while i < dot {
            let b = text[i]
            if b < 0x80 {
                // ASCII: no decoding, no table.
                switch b {
                case UInt8(ascii: "@"): hasAt = true
                case UInt8(ascii: "/"): hasSlash = true
                case UInt8(ascii: "."): internalDots += 1
                case 0x30...0x39: hasDigit = true
                case 0x41...0x5A, 0x61...0x7A: hasLetter = true; letters += 1
                default: break
                }
                key.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                i += 1
                continue
            }
            switch b {
            case UInt8(ascii: "@"): hasAt = true
            case UInt8(ascii: "/"): hasSlash = true
            case UInt8(ascii: "."): internalDots += 1
            case 0x30...0x39: hasDigit = true
            default: break
            }
            let scalar = text.scalar(at: i).0
            if ScalarClass.isLetter(scalar) { hasLetter = true; letters += 1 }
            i += FoldedText.appendFolded(text, at: i, to: &key)
        }
        // An e-mail address or a URL ends at the full stop; so does a number ("$100.00.", "1026.253.553.").
        if hasAt || hasSlash || key.isWWW { return true }
        if hasDigit && !hasLetter { return true }
        let nextScalar = text.scalar(at: next).scalar
        let nextIsDigit = ScalarClass.isDigit(nextScalar)
        if internalDots > 0 { return dottedAbbreviationEndsSentence(start..<dot, key: key, next: next) }
        let firstScalar = text.scalar(at: start).scalar
        let capital = ScalarClass.isUpper(firstScalar)
        if capital && (Abbreviations.titles.contains(key) || (language == .french && Abbreviations.frenchOnlyTitles.contains(key))) {
            return false
        }
        if Abbreviations.alwaysInner.contains(key) { return false }
        if capital, letters <= Self.longestStateAbbreviation, closesDatelinePlace(start: start, next: next) { return false }
        if nextIsDigit && Abbreviations.beforeNumber.contains(key) { return false }
        if letters == 1 && capital && text.scalarCount(start..<dot) == 1 {
            return initialEndsSentence(at: start, letter: firstScalar, next: next)
        }
        return true
    }

    /// The most letters of a state's or a county's abbreviation that closes a dateline's place ("Calif.", "Mich.").
    static let longestStateAbbreviation = 6

    /// Whether the word before a full stop, starting at `start`, closes a dateline's place: it follows a comma after
    /// the place that opens the paragraph in capitals ("ANN ARBOR, Mich.", "RENO, Nev.", at most `datelinePlace`
    /// bytes), and a dash or the agency's bracket comes next ("— The game …", "(AP) - …"), which opens no sentence of
    /// its own: the dateline and the report's first sentence are one. Elsewhere a short word after a comma ends its
    /// sentence as any word does ("… in Dayton, Ohio. (Her family …)", "… his backup, Jones. — The backup …").
    private func closesDatelinePlace(start: Int, next: Int) -> Bool {
        let nextScalar = text.scalar(at: next).scalar
        guard "—–-(".unicodeScalars.contains(nextScalar) else { return false }
        var before = start
        while before > paragraph.lowerBound, text[before - 1] == UInt8(ascii: " ") { before -= 1 }
        guard before < start, before > paragraph.lowerBound, text[before - 1] == UInt8(ascii: ",") else { return false }
        let place = paragraph.lowerBound..<(before - 1)
        guard place.count >= 2, place.count <= Self.datelinePlace else { return false }
        // The place in capitals: no lower-case letter, no sentence's end, two capitals at least.
        var capitals = 0
        for k in place {
            let b = text[k]
            if b >= 0x61 && b <= 0x7A || b == UInt8(ascii: ".") || b == UInt8(ascii: ",") { return false }
            if b >= 0x41 && b <= 0x5A { capitals += 1 }
        }
        return capitals >= 2
    }

    /// The longest place, in bytes, that `closesDatelinePlace` reads before a dateline's comma ("SAN LUIS OBISPO").
    static let datelinePlace = 30

    /// The longest token, in bytes, that may be an abbreviation ("S.N.C.F", "c.-à-d", "Messrs").
    static let longestAbbreviation = 20

    /// The start of the word that ends at `end`: back to white space or an opening quote or bracket (looking no
    /// further than a little past the longest abbreviation).
    private func tokenStart(before end: Int) -> Int {
        var s = end
        while s > paragraph.lowerBound, end - s <= Self.longestAbbreviation {
            let b = text[s - 1]
            if b < 0x80 {
                switch b {
                case 0x09...0x0D, 0x20: return s
                case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "\""), UInt8(ascii: "'"): return s
                default: s -= 1; continue
                }
            }
            let p = text.scalarStart(before: s)
            let scalar = text.scalar(at: p).scalar
            if ArticleDecoder.isWhitespace(scalar) { break }
            switch scalar {
            case "(", "[", "{", "«", "“", "\"", "‘", "'", "—", "–": return s
            default: s = p
            }
        }
        return s
    }

    /// "U.S.", "a.m.", "J.-C.", "e.g.": segments of one to three letters joined by full stops.
    private func dottedAbbreviationEndsSentence(_ token: Range<Int>, key: FoldedKey, next: Int) -> Bool {
        var segments = 0
        var segmentLetters = 0
        var hyphenated = false
        var allUpper = true
        var i = token.lowerBound
        while i <= token.upperBound {
            if i == token.upperBound || text[i] == UInt8(ascii: ".") {
                guard segmentLetters >= 1, segmentLetters <= 3 else { return true }
                segments += 1
                segmentLetters = 0
                i += 1
                continue
            }
            let (scalar, width) = text.scalar(at: i)
            if scalar == "-", segmentLetters == 0 {
                hyphenated = true
            } else if ScalarClass.isLetter(scalar) {
                segmentLetters += 1
                if !ScalarClass.isUpper(scalar) { allUpper = false }
            } else {
                return true
            }
            i += width
        }
        if Abbreviations.alwaysInner.contains(key) { return false }
        // "J.-M. Le Pen": initials of a hyphenated first name come before a surname ("J.-C.", Jésus-Christ, may end one).
        if hyphenated && allUpper && segments == 2 && key != Self.jesusChrist { return false }
        return startsWithSentenceStarter(at: next) && wordsBefore(token.lowerBound, atLeast: 3)
    }

    private static let jesusChrist = FoldedKey("j.-c")

    /// A single capital before a full stop: an initial ("Jonas E. Smith", "J. R. R. Tolkien"), or the English
    /// pronoun "I" after a lower-case word ("you and I. Did you…").
    private func initialEndsSentence(at start: Int, letter: Unicode.Scalar, next: Int) -> Bool {
        let previousCapitalized = previousWordIsCapitalized(before: start)
        if language == .english && letter == "I" && !previousCapitalized { return true }
        let nextScalar = text.scalar(at: next).scalar
        guard ScalarClass.isUpper(nextScalar) else { return true }
        return startsWithSentenceStarter(at: next) && !previousCapitalized
    }

    /// Whether the word before `start` (skipping white space) starts with a capital.
    private func previousWordIsCapitalized(before start: Int) -> Bool {
        var i = start
        while i > paragraph.lowerBound, text.isSpace(before: i) { i = text.scalarStart(before: i) }
        guard i < start else { return false }
        var wordStart = i
        while wordStart > paragraph.lowerBound, !text.isSpace(before: wordStart) { wordStart = text.scalarStart(before: wordStart) }
        guard wordStart < i else { return false }
        return ScalarClass.isUpper(text.scalar(at: wordStart).scalar)
    }

    /// Whether at least `count` words precede `start` in the current sentence.
    private func wordsBefore(_ start: Int, atLeast count: Int) -> Bool {
        let sentenceStart = max(paragraph.lowerBound, boundaries.last ?? paragraph.lowerBound)
        var words = 0
        var inWord = false
        var i = start
        while i > sentenceStart {
            let p = text.scalarStart(before: i)
            let isSpace = text.spaceWidth(at: p) > 0
            if !isSpace && !inWord { words += 1; if words >= count { return true } }
            inWord = !isSpace
            i = p
        }
        return words >= count
    }

    /// The folded key of the word at `index`: letters, up to and including an elision apostrophe ("l'", "qu'").
    func wordKey(at index: Int, end: Int) -> FoldedKey {
        var key = FoldedKey()
        var i = index
        while i < end, key.count <= 16 {
            let scalar = text.scalar(at: i).0
            if scalar == "'" || scalar == "’" {
                if !key.isEmpty { key.append(UInt8(ascii: "'")) }
                break
            }
            guard ScalarClass.isLetter(scalar) || scalar == "-" else { break }
            i += FoldedText.appendFolded(text, at: i, to: &key)
        }
        return key
    }

    /// Whether the word at `index` usually opens a sentence ("The", "Il", "L'").
    private func startsWithSentenceStarter(at index: Int) -> Bool {
        Abbreviations.sentenceStarters.contains(wordKey(at: index, end: paragraph.upperBound))
    }

    /// After an ellipsis: a capital (not the English "I") or an opening quotation mark.
    private func opensSentenceAfterEllipsis(at index: Int) -> Bool {
        let (scalar, width) = text.scalar(at: index)
        switch scalar {
        case "«", "“", "\"", "‘": return true
        default: break
        }
        guard ScalarClass.isUpper(scalar) else { return false }
        if language == .english && scalar == "I" {
            let after = index + width
            return after < paragraph.upperBound && ScalarClass.isLetter(text.scalar(at: after).scalar)
        }
        return true
    }

    /// After a closed quotation: a short clause with a verb of saying among its first words, ending with a full
    /// stop or a comma ("Smith asked.", "he said,", "said the minister."), is the quotation's attribution.
    private func attributionFollows(at index: Int) -> Bool {
        let end = paragraph.upperBound
        var words: [FoldedKey] = []
        var i = index
        var stop: UInt8 = 0
        while i < end, words.count < 10, i - index < 160 {
            i = text.skipSpaces(from: i, to: end)
            guard i < end else { break }
            let key = wordKey(at: i, end: end)
            guard !key.isEmpty else { return false }
            words.append(key)
            while i < end, ScalarClass.isLetter(text.scalar(at: i).scalar) || text[i] == UInt8(ascii: "-") || text[i] == UInt8(ascii: "'") {
                i += text.scalar(at: i).width
            }
            if i < end {
                let b = text[i]
                if b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?")
                    || b == UInt8(ascii: ";") || b == UInt8(ascii: ":") {
                    stop = b
                    break
                }
                guard text.spaceWidth(at: i) > 0 else { return false }
            }
        }
        guard stop == UInt8(ascii: ".") || stop == UInt8(ascii: ",") || (stop == 0 && i >= end) else { return false }
        guard let verb = words.firstIndex(where: { Abbreviations.attributionVerbs.contains($0) }) else { return false }
        return verb <= 3 && words.count - verb - 1 <= 5
    }
}

extension FoldedKey {
    private static let www = FoldedKey("www.")

    /// True for a word starting "www." (a web address).
    var isWWW: Bool { hasPrefix(Self.www) }
}

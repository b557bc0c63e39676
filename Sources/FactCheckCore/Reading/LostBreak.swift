/// A sentence glued to the end of the one before with no space between ("… sur PS4.Désormais, …", "… le billet ?Si
/// la mairie …", "(lire aussi)Depuis lundi …", "Maybe next year...Nobody"): the trace of a line break or a space lost
/// when a page was turned into text. A newsroom does not glue its own sentences, so the shape is read as a break: the
/// sentence scanner splits there, and a notice standing in such a paragraph ends there (`NoticeBoundary.lostBreak`).
/// `docs/glued-sentences.md` counts how often the shape is a real break on real pages.
enum LostBreak {
    /// Whether a sentence starts at `index` of `scalars`, glued to what stands before it (looking back no further than
    /// `start`, ahead no further than `end`).
    ///
    /// The glued word opens with a capital and goes on with a small letter ("Depuis") or an elision ("L'entraîneur"),
    /// not an acronym ("a.NET"). What stands just before is a sentence's end: ! ? …, a closing quotation mark or
    /// bracket, or a full stop after a word of three letters or more, a number, an ellipsis or a closing quotation
    /// ("fermé.", "PS4.", "80 000.", "year...", "« … »."). Not the false friends of that shape:
    /// - abbreviations and initials ("U.S.Army", "Mr.Smith", "Mrs.Smith", "M.Dupont", "J.K.Rowling", "e.g.Paris"): a
    ///   word of one or two letters, or a title, before the full stop;
    /// - web addresses ("www.Site.fr", "Example.Com", "https://exemple.fr/Page.Html", "jane@Site.org");
    /// - versions and list numbers ("v2.Beta", "1.Introduction");
    /// - a bracket that holds a mark, not words ("Intel(R)Core", "(TM)"), and the elision mark of a quotation ("[…]Les").
    static func isGlued<C: RandomAccessCollection>(_ scalars: C, at index: Int, from start: Int, to end: Int) -> Bool
        where C.Element == Unicode.Scalar, C.Index == Int {
        guard index > start, index + 1 < end, Scalars.isUpper(scalars[index]) else { return false }
        // "Depuis", or an elided article or pronoun ("L'entraîneur", "C’est", "I'm").
        let second = scalars[index + 1]
        let opensWord = Scalars.isLower(second)
            || ((second == "'" || second == "’") && index + 2 < end && Scalars.isLetter(scalars[index + 2]))
        guard opensWord else { return false }
        guard endsSentence(scalars, before: index, from: start) else { return false }
        return !opensAddress(scalars, at: index, end: end)
    }

    /// Whether what stands just before `index` (no space between) closes a sentence.
    private static func endsSentence<C: RandomAccessCollection>(_ scalars: C, before index: Int, from start: Int) -> Bool
        where C.Element == Unicode.Scalar, C.Index == Int {
        let last = index - 1
        switch scalars[last] {
        case "!", "?":
            return !inAddress(scalars, before: last, from: start)
        case "…":
            return true
        case ")", "]":
            return !isElision(scalars, closing: last, from: start) && bracketHoldsWords(scalars, closing: last, from: start)
        case "»", "”":
            return true
        case "\"":
            // A straight quotation mark closes only after the end of the sentence it quotes ("… terminé.\"").
            return last > start && ".!?…".unicodeScalars.contains(scalars[last - 1])
        case ".":
            guard last > start else { return false }
            let before = scalars[last - 1]
            if before == "." || ")»”\"".unicodeScalars.contains(before) { return true }
            if inAddress(scalars, before: last, from: start) { return false }
            if Scalars.isDigit(before) { return !isVersionOrNumbering(scalars, before: last, from: start) }
            var word = ""
            var i = last - 1
            while i >= start, Scalars.isLetter(scalars[i]) { word.unicodeScalars.append(scalars[i]); i -= 1 }
            guard word.unicodeScalars.count >= 3 else { return false }
            // A letter, a digit or a full stop glued before the word: "J.K.Rowling", "e.g.Paris" read as one token.
            if i >= start, scalars[i] == "." || Scalars.isDigit(scalars[i]) { return false }
            let key = FoldedKey(String(word.reversed()).lowercased())
            return !Abbreviations.titles.contains(key) && !Abbreviations.alwaysInner.contains(key)
        default:
            return false
        }
    }

    /// Whether the token that ends at `last` (back to white space) is a web address or an e-mail address: it holds a
    /// slash or an at sign, or starts with "www".
    private static func inAddress<C: RandomAccessCollection>(_ scalars: C, before last: Int, from start: Int) -> Bool
        where C.Element == Unicode.Scalar, C.Index == Int {
        var i = last - 1
        while i >= start, !Scalars.isSpace(scalars[i]) {
            if scalars[i] == "/" || scalars[i] == "@" || scalars[i] == "=" { return true }
            i -= 1
        }
        let first = i + 1
        guard last - first >= 3 else { return false }
        return (first..<(first + 3)).allSatisfy { scalars[$0] == "w" || scalars[$0] == "W" }
    }

    /// Whether the glued word at `index` is the rest of a web address ("www.Site.fr", "Exemple.Com", "?Id=3"): a full
    /// stop, a slash or an at sign then a letter or a digit, or an equals sign, right after it; or a bare domain ending
    /// ("Com", "Org", "Net", "Fr") ending the token.
    private static func opensAddress<C: RandomAccessCollection>(_ scalars: C, at index: Int, end: Int) -> Bool
        where C.Element == Unicode.Scalar, C.Index == Int {
        var word = ""
        var i = index
        while i < end, Scalars.isLetter(scalars[i]) { word.unicodeScalars.append(scalars[i]); i += 1 }
        if i + 1 < end, scalars[i] == "." || scalars[i] == "/" || scalars[i] == "@", Scalars.isLetter(scalars[i + 1]) || Scalars.isDigit(scalars[i + 1]) {
            return true
        }
        // A query string ("page.php?Id=3&Lang=fr").
        if i < end, scalars[i] == "=" { return true }
        guard scalars[index - 1] == "." else { return false }
        return domainEndings.contains(word) && (i >= end || !Scalars.isLetter(scalars[i]))
    }

    /// Domain endings written with a capital ("Amazon.Com"); none of them opens a sentence.
    private static let domainEndings: Set<String> = ["Com", "Org", "Net", "Fr", "Io", "Be", "Ch", "Ca", "Uk", "De", "Js"]

    /// A number of one or two digits alone before the full stop ("1.Introduction": a list or section number), or a
    /// letter and digits ("v2.Beta", "r8.Final": a version).
    private static func isVersionOrNumbering<C: RandomAccessCollection>(_ scalars: C, before last: Int, from start: Int) -> Bool
        where C.Element == Unicode.Scalar, C.Index == Int {
        var i = last - 1
        var digits = 0
        while i >= start, Scalars.isDigit(scalars[i]) { digits += 1; i -= 1 }
        let tokenStart = i < start || Scalars.isSpace(scalars[i]) || "([«“\"".unicodeScalars.contains(scalars[i])
        if tokenStart { return digits <= 2 }
        guard Scalars.isLetter(scalars[i]) else { return false }
        return i == start || !Scalars.isLetter(scalars[i - 1])
    }

    /// Whether the bracket closing at `closing` (or the ellipsis before `closing`) is an elision mark: "(…)", "[...]".
    private static func isElision<C: RandomAccessCollection>(_ scalars: C, closing: Int, from start: Int) -> Bool
        where C.Element == Unicode.Scalar, C.Index == Int {
        var i = closing - 1
        var marks = 0
        while i >= start, scalars[i] == "." || scalars[i] == "…" { marks += 1; i -= 1 }
        return marks > 0 && i >= start && (scalars[i] == "(" || scalars[i] == "[")
    }

    /// Whether the bracket closing at `closing` holds words (a space inside it), not a mark such as "(R)" or "(TM)".
    private static func bracketHoldsWords<C: RandomAccessCollection>(_ scalars: C, closing: Int, from start: Int) -> Bool
        where C.Element == Unicode.Scalar, C.Index == Int {
        let opening: Unicode.Scalar = scalars[closing] == ")" ? "(" : "["
        var i = closing - 1
        while i >= start, scalars[i] != opening {
            if Scalars.isSpace(scalars[i]) { return true }
            i -= 1
        }
        return false
    }
}

/// Recognises the marker that opens an update notice: "MISE A JOUR :", "Mise à jour (14 h 30) :", "MàJ :",
/// "Rectificatif :", "Update:", "UPDATE (3/12):", "Update.", "Updated at 10:30 am:", "Editor's note:", "EDIT:".
///
/// A marker is a marker word, then only date or time qualifiers, then a colon, a full stop or a dash. That keeps
/// prose that merely mentions updating ("Update your browser", "Correction of the figures…") out.
public enum UpdateMarker {
    /// Where a marker was found.
    public struct Match: Equatable, Sendable {
        /// The marker as written, without its terminator (e.g. "MISE A JOUR", "Mise à jour du 3 mars").
        public var marker: TextRange
        /// Where the notice's own text starts (after the terminator and spaces).
        public var bodyStart: Int
    }

    /// Marker words, folded (lower case, no accents), longest first so "updated" wins over "update".
    static let words: [String] = [
        "note de la redaction", "editor's note", "editors' note", "editors note", "mise a jour", "mise-a-jour", "m.a.j.",
        "rectificatif", "clarification", "actualisation", "correction", "precision", "addendum", "erratum", "updated",
        "update", "ndlr", "maj", "edit",
    ]

    private static let qualifierWords: Set<String> = [
        "du", "de", "le", "la", "a", "au", "at", "on", "of", "the", "h", "am", "pm", "utc", "gmt", "cet", "et", "and", "n°", "no",
    ]

    /// Where markers start inside `scalars[range]` other than at its very start: after a sentence's end, with
    /// or without a space ("…prochains mois.MISE A JOUR : …"), and only with a capital first letter, so that
    /// prose ("…il faut une mise à jour : …") is left alone.
    /// - Complexity: O(n); the full match runs only after a terminal punctuation and a capital.
    public static func inlineMarkers(in scalars: [Unicode.Scalar], range: TextRange) -> [Int] {
        var starts: [Int] = []
        var i = range.start
        while i < range.end {
            let s = scalars[i]
            i += 1
            guard s == "." || s == "!" || s == "?" || s == "…" else { continue }
            var j = i
            while j < range.end, "»\"”)".unicodeScalars.contains(scalars[j]) || Scalars.isSpace(scalars[j]) { j += 1 }
            guard j < range.end, Scalars.isUpper(scalars[j]), initials.contains(Scalars.folded([scalars[j]])) else { continue }
            if let found = match(in: scalars, at: j, limit: range.end) {
                starts.append(j)
                i = found.bodyStart
            }
        }
        return starts
    }

    /// First letters of the marker words, folded.
    private static let initials = Set(words.compactMap { $0.first.map(String.init) })

    /// The marker starting at `start` (scanning no further than `limit`), or nil.
    public static func match(in scalars: [Unicode.Scalar], at start: Int, limit: Int) -> Match? {
        let window = min(limit, start + 80)
        guard start < window else { return nil }
        let head = Scalars.folded(scalars[start..<window]).unicodeScalars.map { $0 }
        // Folding can change lengths only for rare scalars; markers are matched on scalars of equal count.
        guard head.count == window - start else { return nil }
        for word in words {
            let w = Array(word.unicodeScalars)
            guard head.count >= w.count, Array(head[0..<w.count]) == w else { continue }
            if w.count < head.count, Scalars.isLetter(head[w.count]) { continue }
            if let (qualifierEnd, bodyStart) = scanQualifiers(head, from: w.count) {
                var markerEnd = start + qualifierEnd
                while markerEnd > start, Scalars.isSpace(scalars[markerEnd - 1]) { markerEnd -= 1 }
                var body = start + bodyStart
                while body < limit, Scalars.isSpace(scalars[body]) { body += 1 }
                return Match(marker: TextRange(start, markerEnd), bodyStart: body)
            }
        }
        return nil
    }

    /// Scans date/time qualifiers after a marker word; returns (end of qualifiers, start after the terminator).
    private static func scanQualifiers(_ head: [Unicode.Scalar], from offset: Int) -> (Int, Int)? {
        var i = offset
        var parenDepth = 0
        while i < head.count {
            let s = head[i]
            if Scalars.isSpace(s) { i += 1; continue }
            if s == "(" || s == "[" { parenDepth += 1; i += 1; continue }
            if s == ")" || s == "]" { parenDepth = max(0, parenDepth - 1); i += 1; continue }
            if parenDepth > 0 {
                // Anything short goes inside parentheses: "(14 h 30)", "(3/12)", "(AFP)".
                if s == "\n" { return nil }
                i += 1
                continue
            }
            if s == ":" {
                // "10:30" is a time; a colon then a space or the end is the terminator.
                if i + 1 < head.count, Scalars.isDigit(head[i + 1]), i > 0, Scalars.isDigit(head[i - 1]) { i += 1; continue }
                return (i, i + 1)
            }
            if s == "." || s == "—" || s == "–" || (s == "-" && i + 1 < head.count && Scalars.isSpace(head[i + 1])) {
                guard i + 1 >= head.count || Scalars.isSpace(head[i + 1]) else {
                    if s == ".", i > offset, i + 1 < head.count, Scalars.isDigit(head[i + 1]) { i += 1; continue }
                    return nil
                }
                return (i, i + 1)
            }
            if s == "," || s == "/" || s == "'" { i += 1; continue }
            // A word: a number, a month, a weekday or a small joining word.
            var j = i
            while j < head.count, !Scalars.isSpace(head[j]), !":.,()[]/".unicodeScalars.contains(head[j]) { j += 1 }
            let word = String(String.UnicodeScalarView(head[i..<j]))
            guard isQualifier(word) else { return nil }
            i = j
        }
        return nil
    }

    private static func isQualifier(_ word: String) -> Bool {
        if qualifierWords.contains(word) || DateLine.monthNames.contains(word) || DateLine.weekdayNames.contains(word) { return true }
        if word.hasSuffix("er"), Int(word.dropLast(2)) != nil { return true }
        // 2, 14h30, 22h47, 3h, 10am
        let scalars = word.unicodeScalars
        guard let first = scalars.first, Scalars.isDigit(first) else { return false }
        return scalars.allSatisfy { Scalars.isDigit($0) || $0 == "h" || $0 == "a" || $0 == "m" || $0 == "p" }
    }
}

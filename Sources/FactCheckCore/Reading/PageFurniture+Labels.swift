/// The furniture read sentence by sentence that labels, stamps or signs the page rather than reports: publication
/// stamps and dated bylines (`PublicationStamp`), section labels ("In Other News", "La suite sous cette publicité"),
/// copyright and rights lines, an author's contact line, and a newsletter or app prompt after an opening phrase
/// ("Chaque matin, recevez …"). Each rule follows a convention of many sites, in French and in English; none names
/// a site.
extension PageFurniture {
    /// Whether a sentence of a body paragraph labels, stamps or signs the page (see the extension's summary).
    /// - Complexity: O(1): a sentence longer than `maximumLength` bytes has its scalars counted only up to
    ///   `maximumLength` + 1 (at most `maximumLength` × 4 bytes), and each rule reads at most that many bytes
    ///   (`promptLeadLength` for a prompt after an opening phrase).
    static func isLabelOrStamp(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        let (first, _) = text.scalar(at: range.lowerBound)
        let key = ScalarClass.isLetter(first) ? firstWordKey(text, range) : FoldedKey()
        if key == date, let rest = afterDateStamp(text, range) {
            // "date 2017-03-17 Share this:": a stored page's date stamp glued to the furniture under it.
            return classify(text, rest) != nil || isFurnitureSentence(text, rest)
        }
        guard range.count <= maximumLength || hasAtMostMaximumLengthScalars(text, range) else { return false }
        let hasBar = range.count <= barLineLength && text.bytes[range].contains(UInt8(ascii: "|"))
        if ScalarClass.isDigit(first) || hasBar || (stampFirstWords.contains(key) && opensStamp(text, range, key)) {
            let isStamp = withFoldedPrefix(text, range, maximum: maximumLength * 4) { folded in
                PublicationStamp.isStamp(folded) || PublicationStamp.isDatedByline(folded)
            }
            if isStamp { return true }
        }
        if first == "\u{A9}" || rightsFirstWords.contains(key) {
            return withFoldedPrefix(text, range, maximum: maximumLength * 4) { isRightsLine($0) }
        }
        if contactStarts.matches(text, range, wholeWords: true) {
            return withFoldedPrefix(text, range, maximum: maximumLength * 4) { isContactLine($0) }
        }
        if sectionLabelFirstWords.contains(key), withFoldedPrefix(text, range, maximum: maximumLength * 4, { isSectionLabel($0) }) {
            return true
        }
        return ScalarClass.isLetter(first) && isPromptAfterLead(text, range)
    }

    /// Whether `text[range]` holds at most `maximumLength` scalars, counting its lead bytes no further than one past
    /// that: at most `maximumLength` × 4 bytes are read, however long the sentence.
    private static func hasAtMostMaximumLengthScalars(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        guard range.count <= maximumLength * 4 else { return false }
        var scalars = 0
        for i in range where text[i] & 0xC0 != 0x80 {
            scalars += 1
            if scalars > maximumLength { return false }
        }
        return true
    }

    /// First words (folded) of stamps and dated bylines.
    private static let stampFirstWords = FoldedKey.set([
        "publie", "publiee", "published", "posted", "originally", "written", "filed", "ecrit", "redige", "by", "par",
        "le", "il", "article", "first",
    ])

    /// "Le" and "Il" open most French sentences: a stamp only as "Le 3 mars …", "Le à 14:36 …" (a page that lost
    /// its date) and "Il y a 20 min".
    private static func opensStamp(_ text: UTF8Text, _ range: Range<Int>, _ key: FoldedKey) -> Bool {
        guard key == le || key == il else { return true }
        let next = text.skipSpaces(from: range.lowerBound + 2, to: range.upperBound)
        guard next < range.upperBound else { return false }
        if key == il { return text.bytes[next..<min(next + 3, range.upperBound)].elementsEqual("y a".utf8) }
        if text[next] >= 0x30, text[next] <= 0x39 { return true }
        // "à " (C3 A0) or "a ".
        return (text[next] == 0xC3 && next + 1 < range.upperBound && text[next + 1] == 0xA0)
            || (text[next] == UInt8(ascii: "a") && next + 1 < range.upperBound && text[next + 1] == 0x20)
    }

    private static let le = FoldedKey("le")
    private static let il = FoldedKey("il")

    /// First words (folded) of rights lines (a copyright line may also open with "©").
    private static let rightsFirstWords = FoldedKey.set(["copyright", "all", "tous", "droits", "some"])

    /// First words (folded) of section labels.
    private static let sectionLabelFirstWords = firstWords(of: Array(sectionLabels) + ["continue", "capture"])

    private static let date = FoldedKey("date")

    /// The longest line (in bytes) searched for a bar ("Nation & World | Updated 11 minutes ago").
    private static let barLineLength = 80

    /// Where the text after a stored page's date stamp opening `line` starts ("date 2018-01 (Actualisé avec …)",
    /// "date 2021-07-01 UPDATE: …"), or nil when the line opens with no such stamp or holds nothing after it.
    static func dateStampEnd(_ text: UTF8Text, _ line: Range<Int>) -> Int? {
        guard line.count > 5, text.bytes[line.lowerBound..<(line.lowerBound + 5)].elementsEqual("date ".utf8) else { return nil }
        return afterDateStamp(text, line)?.lowerBound
    }

    /// What follows a stored page's date stamp that opens the sentence ("date 2017-03-17 …", "date 2020-08 …"),
    /// or nil.
    private static func afterDateStamp(_ text: UTF8Text, _ range: Range<Int>) -> Range<Int>? {
        var i = text.skipSpaces(from: range.lowerBound + 4, to: range.upperBound)
        let dateStart = i
        while i < range.upperBound, (text[i] >= 0x30 && text[i] <= 0x39) || text[i] == UInt8(ascii: "-") { i += 1 }
        guard i - dateStart >= 7, i < range.upperBound, text[i] == 0x20 else { return nil }
        let rest = text.skipSpaces(from: i, to: range.upperBound)
        return rest < range.upperBound ? rest..<range.upperBound : nil
    }

    /// Labels (folded) a page sets between its blocks, as the whole line (after them only a colon or an ellipsis):
    /// headings of lists of other stories and notes around advertising. As a whole line only: "In other news, the
    /// mayor resigned." and "Sur le même sujet, le ministre …" report. ("Editor's picks" and the like, which no
    /// report opens with, are in `promptStartList`, read at the start of any line.)
    private static let sectionLabels: Set<String> = [
        "in other news", "sur le meme sujet", "dans la meme rubrique", "la suite sous cette publicite",
        "la suite apres cette publicite", "la suite apres la publicite", "la suite apres cette annonce",
        "l'article parle de", "article continues below", "story continues below", "story continues below advertisement",
        "continue reading below", "now reading", "recent posts", "recent comments", "related posts", "you may also like",
        "vous aimerez aussi", "vous aimerez egalement", "les plus lus", "most popular", "most read", "top stories", "trending now", "contenus partenaires", "sponsored content",
    ]

    /// "In Other News", "L'article parle de...", "Continue Reading…" (a link label, even glued to the title it leads
    /// to, as a page's text often is: "Continue ReadingStorm closes schools"), "Capture d'écran" (a screenshot's
    /// credit, with at most its source after it).
    static func isSectionLabel(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        if hasPrefix(folded, "continue reading") {
            // Glued to the title it leads to, or a label with no sentence after it ("Continue reading →"): not
            // "Continue reading the report, the minister told …".
            let glued = folded.count > 16 && folded[16] != 0x20
            return glued || (folded.last != UInt8(ascii: ".") && !folded.contains(UInt8(ascii: ",")))
        }
        if hasPrefix(folded, "capture d'ecran") {
            return folded.last != UInt8(ascii: ".") && FoldedWords(folded, separators: " ").count <= 5
        }
        var end = folded.count
        // Trailing spaces, colons, full stops and an ellipsis (U+2026, E2 80 A6).
        while end > 0, [0x20, 0x3A, 0x2E, 0xA6, 0x80, 0xE2].contains(folded[end - 1]) { end -= 1 }
        guard end > 0, end <= 48 else { return false }
        return sectionLabels.contains(String(decoding: UnsafeBufferPointer(rebasing: folded[..<end]), as: UTF8.self))
    }

    /// A copyright line ("© 2021 The Daily Courier.", "Copyright 2020 Radio Nord.", "Copyright © …") or a rights
    /// line standing alone ("All Rights Reserved.", "Tous droits réservés"): not "Copyright law was changed …".
    static func isRightsLine(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        let words = FoldedWords(folded, separators: " ")
        if hasPrefix(folded, "\u{A9}") || hasPrefix(folded, "copyright \u{A9}") || hasPrefix(folded, "copyright (c)") {
            return words.count <= 14
        }
        if hasPrefix(folded, "copyright ") {
            // "Copyright 2019 reforms were blamed …": a year that a verb follows opens a sentence of the report.
            guard folded.count > 10, folded[10] >= 0x30, folded[10] <= 0x39 else { return false }
            return words.count <= 14 && !words.contains { finiteVerbs.contains($0) } && !hasReportingClause(folded)
        }
        return words.count <= 5 && rightsStarts.matches(folded, wholeWords: true)
    }

    /// Auxiliaries (folded) that a rights line never holds and a sentence often does.
    static let finiteVerbs = FoldedKey.set([
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "est", "sont", "etait", "etaient",
        "ont", "avait", "avaient", "sera", "seront", "fut",
    ])

    private static let rightsStarts = FoldedPrefixes([
        "all rights reserved", "some rights reserved", "tous droits reserves", "droits reserves",
    ])

    /// An author's contact line: "She can be reached at …@… or on Twitter", "Il peut être joint par courriel …" —
    /// the pronoun and the verb, and a channel (an address, a network): "He can be reached for comment" alone is not,
    /// nor a line that says who speaks ("He can be reached by phone at the hospital, his lawyer said."): the author
    /// gives a contact line in no one's name.
    static func isContactLine(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        guard contactStarts.matches(folded, wholeWords: true), !hasReportingClause(folded) else { return false }
        let words = FoldedWords(folded, separators: " ,.;:()")
        return words.contains { contactChannels.contains($0) } || folded.contains(UInt8(ascii: "@"))
    }

    private static let contactStarts = FoldedPrefixes([
        "he can be reached", "she can be reached", "they can be reached", "he may be reached", "she may be reached",
        "the author can be reached", "the writer can be reached", "the reporter can be reached", "il peut etre joint",
        "elle peut etre jointe",
    ])

    private static let contactChannels = FoldedKey.set([
        "email", "e-mail", "twitter", "phone", "telephone", "courriel", "mail",
    ])

    /// How far into a sentence an opening phrase may run before a prompt (`isPromptAfterLead`).
    private static let promptLeadLength = 96

    /// A newsletter or app prompt after an opening phrase and a comma: "Chaque matin, recevez les dix informations
    /// du jour.", "For the latest news, weather and traffic alerts, download the … app." Only the prompts that no
    /// report says after a comma (`leadPromptStarts`), no quotation in the lead, and no reporting clause in the
    /// sentence (`hasReportingClause`): an imperative someone the report names says, or a verb after an inserted
    /// clause ("Readers, the survey found, subscribe to …"), is the report's.
    /// - Complexity: O(1): at most `promptLeadLength` bytes are read, and each comma's next word is rejected by its
    ///   first letter unless it may open a prompt; a sentence with a prompt is then read once, up to
    ///   `maximumLength` × 4 bytes, for a reporting clause.
    static func isPromptAfterLead(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        let end = min(range.upperBound, range.lowerBound + promptLeadLength)
        var i = range.lowerBound
        while i < end {
            let byte = text[i]
            // A quotation mark: « (C2 AB), “ (E2 80 9C), or a straight one.
            if byte == 0x22 || byte == 0xAB || byte == 0x9C { return false }
            if byte == UInt8(ascii: ","), i + 2 < range.upperBound, text[i + 1] == 0x20,
               leadPromptStarts.matches(text, (i + 2)..<range.upperBound, wholeWords: true) {
                return !hasReportingClause(text, range)
            }
            i += 1
        }
        return false
    }

    private static let leadPromptStarts = FoldedPrefixes(leadPromptStartList)

    /// Whether the sentence at `range` names who says it (`hasReportingClause`).
    static func hasReportingClause(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        withFoldedPrefix(text, range, maximum: maximumLength * 4) { hasReportingClause($0) }
    }

    /// The most words of a reporting clause set off by commas ("the company said in a statement", "a demandé le
    /// préfet aux habitants").
    private static let reportingClauseWords = 8

    /// Whether the folded sentence holds a reporting clause: a short stretch between a comma and the next comma or
    /// the end, with a verb of saying or finding ("…, the survey found, …", "…, his lawyer said on Tuesday.",
    /// "…, a demandé le préfet.", "…, indique la mairie.", "…, selon la mairie."). A sentence that names who says it
    /// is the report's, whatever its words: the page speaks to its reader in no one's name.
    /// - Complexity: O(n) in the (short) sentence.
    static func hasReportingClause(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        var start: Int? = nil
        for i in 0...folded.count where i == folded.count || folded[i] == UInt8(ascii: ",") {
            if let from = start, from < i {
                let words = FoldedWords(UnsafeBufferPointer(rebasing: folded[from..<i]), separators: " .;:!?()")
                if words.count <= reportingClauseWords, words.contains(where: { reportingVerbs.contains($0) }) {
                    return true
                }
            }
            start = i + 1
        }
        return false
    }

    /// Verbs (folded) of saying or finding that open or close a reporting clause, in the forms a report gives them;
    /// none is also a common noun ("reports", "notes", "claims" are left out).
    private static let reportingVerbs = FoldedKey.set([
        "said", "says", "told", "tells", "found", "added", "adds", "wrote", "writes", "reported", "announced",
        "explained", "explains", "stated", "noted", "warned", "warns", "argued", "argues", "insisted", "insists",
        "confirmed", "confirms", "recalled", "asked", "urged", "advised", "recommended", "pleaded", "according",
        "dit", "declare", "declaree", "indique", "indiquent", "explique", "expliquent", "precise", "precisent",
        "affirme", "affirment", "estime", "estiment", "souligne", "soulignent", "ajoute", "ajoutent", "rappelle",
        "rappellent", "rappele", "assure", "assurent", "confie", "raconte", "demande", "demandent", "reconnait",
        "temoigne", "insiste", "poursuit", "conclut", "ecrit", "selon", "constate", "constatent", "conseille",
        "recommande", "exhorte", "previent",
    ])
}

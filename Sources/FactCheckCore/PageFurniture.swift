/// Recognises page furniture: the lines a blog or news site adds around an article that state nothing.
enum PageFurniture {
    /// What kind of furniture a paragraph is.
    enum Kind: Equatable {
        /// The start of a comment section: it and everything after it is furniture.
        case commentSection
        /// A single furniture line (share, print, "Lire aussi", a byline stamp, a date line).
        case line
    }

    /// The longest paragraph (in scalars) considered as furniture; real prose is longer.
    static let maximumLength = 160

    /// Starts of lines (folded: lower case, no accents) that open a comment section.
    private static let commentSectionStarts = [
        "aucun commentaire", "enregistrer un commentaire", "publier un commentaire", "laisser un commentaire",
        "ajouter un commentaire", "no comments", "post a comment", "leave a comment", "leave a reply", "add a comment",
        "remarque : seul un membre de ce blog", "remarque: seul un membre de ce blog",
    ]

    /// Starts of single furniture lines (folded).
    private static let lineStarts = [
        "posted by ", "publie par ", "ecrit par ", "link here", "lien permanent", "permalink", "lire aussi", "a lire aussi",
        "lire la suite", "read more", "read also", "see also", "voir aussi", "related:", "related articles", "partager",
        "share this", "share on", "share:", "imprimer", "print this", "envoyer par e-mail", "envoyer par email",
        "email this", "libelles :", "libelles:", "labels:", "tags:", "mots-cles", "newer post", "older post",
        "article plus recent", "article plus ancien", "accueil", "home", "subscribe to", "s'abonner", "inscription a :",
        "publie le ", "posted on ", "mis a jour le ", "derniere modification", "last updated ", "photo :", "photo:",
        "credit photo", "(photo", "copyright", "©", "tous droits reserves", "all rights reserved", "retour en haut",
        "back to top", "suivez-nous", "follow us",
    ]

    private static let shareWords: Set<String> = [
        "facebook", "twitter", "x", "linkedin", "email", "e-mail", "mail", "whatsapp", "reddit", "pinterest", "imprimer",
        "print", "partager", "share", "tweet", "copier", "copy", "link", "lien", "|", "·", "-",
    ]

    /// The furniture kind of the paragraph at `range`, or nil when it is article text.
    static func classify(_ scalars: [Unicode.Scalar], _ range: TextRange) -> Kind? {
        guard range.length <= maximumLength else { return nil }
        let folded = Scalars.folded(scalars[range.start..<range.end])
        if commentSectionStarts.contains(where: folded.hasPrefix) || isCommentCounter(folded) { return .commentSection }
        if lineStarts.contains(where: folded.hasPrefix) {
            // "Posted by the agency, the video…" is prose: a furniture line is short.
            return folded.split(separator: " ").count <= 14 ? .line : nil
        }
        let words = folded.split(whereSeparator: { $0 == " " || $0 == "," })
        if !words.isEmpty, words.allSatisfy({ shareWords.contains(String($0)) }) { return .line }
        if DateLine.isDateLine(folded) { return .line }
        return nil
    }

    /// "3 commentaires :", "1 comment:", "12 Comments".
    private static func isCommentCounter(_ folded: String) -> Bool {
        let trimmed = folded.trimmingTrailing { $0 == ":" || $0 == " " || $0 == "\u{A0}" }
        let parts = trimmed.split(separator: " ")
        guard parts.count == 2, Int(parts[0]) != nil else { return false }
        return ["commentaire", "commentaires", "comment", "comments", "reponse", "reponses", "replies", "reply"].contains(String(parts[1]))
    }
}

/// Recognises a line that is only a date or a time stamp, such as "lundi 3 mars 2014" or "March 3, 2014 at 10:12 am".
enum DateLine {
    static let monthNames: Set<String> = [
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janv", "fevr", "juil",
    ]
    static let weekdayNames: Set<String> = [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
    private static let fillers: Set<String> = ["le", "a", "at", "on", "de", "du", "h", "am", "pm", "the", "er", "utc", "gmt", "cet", "cest"]

    /// True when every word of `folded` (lower case, no accents) is part of a date or time and a month or a
    /// numeric date is present.
    static func isDateLine(_ folded: String) -> Bool {
        let words = folded.split(whereSeparator: { " ,.()-–—\u{A0}".unicodeScalars.contains($0.unicodeScalars.first ?? " ") })
        guard !words.isEmpty, words.count <= 10 else { return false }
        var hasDate = false
        for word in words {
            let w = String(word)
            if monthNames.contains(w) { hasDate = true; continue }
            if weekdayNames.contains(w) || fillers.contains(w) { continue }
            if w.unicodeScalars.allSatisfy({ Scalars.isDigit($0) || $0 == ":" || $0 == "/" || $0 == "h" }) {
                if w.contains("/") { hasDate = true }
                if w.count == 4, Int(w) != nil { hasDate = true }
                continue
            }
            if w.hasSuffix("er"), Int(w.dropLast(2)) != nil { continue }
            return false
        }
        return hasDate
    }
}

extension String {
    /// The string without trailing characters that match `predicate`.
    func trimmingTrailing(while predicate: (Character) -> Bool) -> String {
        var s = Substring(self)
        while let last = s.last, predicate(last) { s = s.dropLast() }
        return String(s)
    }
}

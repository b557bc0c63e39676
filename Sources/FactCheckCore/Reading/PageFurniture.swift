/// Recognises page furniture: the lines a blog or news site adds around an article that state nothing — comment
/// footers and counters, share, print and "Lire aussi" lines, bylines and tool-added date lines; (in
/// `PageFurniture+Prompts.swift`) calls to action, navigation, comment systems and credits; and (in
/// `PageFurniture+Labels.swift`, sentence by sentence) publication stamps, dated bylines, section labels, rights and
/// contact lines.
enum PageFurniture {
    /// What kind of furniture a paragraph is.
    enum Kind: Equatable {
        /// The start of a comment section: it and everything after it is furniture.
        case commentSection
        /// A single furniture line (share, print, "Lire aussi", a byline, a date line).
        case line
    }

    /// The longest paragraph (in scalars) considered as furniture; real prose is longer.
    static let maximumLength = 160

    /// Starts of lines (folded: lower case, no accents) that open a comment section.
    private static let commentSectionStarts = FoldedPrefixes(commentSectionStartList)

    private static let commentSectionStartList = [
        "aucun commentaire", "enregistrer un commentaire", "publier un commentaire", "laisser un commentaire",
        "ajouter un commentaire", "poster un commentaire", "no comments", "post a comment", "leave a comment",
        "leave a reply", "add a comment", "add new comment", "remarque : seul un membre de ce blog",
        "remarque: seul un membre de ce blog", "note: only a member of this blog", "note : only a member of this blog",
    ]

    /// Starts of single furniture lines (folded), matched as whole words ("voir aussi" is not "voir aussitôt").
    private static let lineStarts = FoldedPrefixes(lineStartList)

    /// The words of `lineStartList` that stand alone ("partager", "home", "copyright"): they open prose too ("Home
    /// prices rose…", "Partager les frais est devenu courant…"), so a line they open is furniture only when it reads as
    /// a label (`readsAsLabel`).
    private static let bareWordStarts = FoldedKey.set(lineStartList.filter { start in
        start.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" || $0 == "'" }
    })

    private static let lineStartList = [
        "posted by ", "publie par ", "ecrit par ", "redige par ", "link here", "lien permanent", "permalink", "lire la suite", "related:",
        "partager", "share this", "share on", "share:", "imprimer", "print this",
        "print article", "envoyer par e-mail", "envoyer par email", "envoyer cet article", "email this", "blogthis",
        "libelles :", "libelles:", "labels:", "labels :", "tags:", "tags :", "mots-cles", "mots cles",
        "categories:", "categories :", "category:", "category :", "categorie:", "categorie :", "classe dans:",
        "classe dans :", "newer post",
        "older post", "article plus recent", "article plus ancien", "articles plus recents", "articles plus anciens",
        "accueil", "home", "s'abonner", "inscription a :", "publie le ", "posted on ", "mis a jour le ",
        "derniere modification", "derniere mise a jour le", "last updated ", "last modified", "photo :", "photo:",
        "credit photo", "(photo", "copyright", "©", "(c) ", "tous droits reserves", "all rights reserved",
        "retour en haut", "back to top", "commenter", "reagir",
    ]

    /// Starts (folded) of a reading suggestion: a link to another article that the page sets between its blocks
    /// ("À lire aussi : …", "READ MORE: …", "Related coverage"). Furniture here, on a line of any number of words
    /// (`promptStarts`); and where a notice ends for `NoticeBoundary.suggestsReading`, which reads this list too.
    static let readingSuggestionStarts: [String] = [
        "lire aussi", "a lire aussi", "a lire egalement", "lire egalement", "a voir aussi", "voir aussi", "read more",
        "read also", "also read", "see also", "related stories", "related articles", "related coverage",
        "sur le meme sujet :", "sur le meme sujet:", "dans la meme rubrique :",
    ]

    /// Words a share or print bar is made of (folded).
    private static let shareWords = FoldedKey.set([
        "facebook", "twitter", "x", "linkedin", "email", "e-mail", "mail", "whatsapp", "reddit", "pinterest", "imprimer",
        "print", "partager", "share", "tweet", "tweeter", "copier", "copy", "link", "lien", "le", "lien", "blogthis!",
        "blogthis", "sur", "on", "this", "cet", "article", "envoyer", "par", "send", "|", "·", "-", "•", "/",
    ])

    /// First words of lines whose every word may be furniture (share bars, date lines, "le 3 mars 2014").
    private static let wordListStarts = shareStarts.union(DateLine.monthKeys).union(DateLine.weekdayKeys).union(FoldedKey.set(["le"]))

    /// The words a share bar may open with (not "le", "sur" or "par", which open prose).
    private static let shareStarts = FoldedKey.set([
        "facebook", "twitter", "x", "linkedin", "email", "e-mail", "mail", "whatsapp", "reddit", "pinterest", "imprimer",
        "print", "partager", "share", "tweet", "tweeter", "copier", "copy", "blogthis!", "blogthis", "|", "·", "•",
    ])

    /// Folded first words that can begin furniture; a line starting with any other word is prose, found in O(1).
    /// Taken from the lists of starts themselves, so that none is added without its first word; and a byline's
    /// ("par", "by": `Byline`) and a link to more stories' ("More world news": `isMoreStoriesLine`).
    private static let possibleFirstWords = wordListStarts
        .union(firstWords(of: commentSectionStartList + lineStartList + readingSuggestionStarts + promptStartList
            + commentSystemStartList + creditStartList + paywallStartList + Array(storyListHeadings)))
        .union(FoldedKey.set(["par", "by", "more"]))

    /// The first word of each start (letters, digits, apostrophes and hyphens, as `firstWordKey` reads a line's):
    /// "tags" of "tags:", "l'article" of "l'article vous a plu"; none for a start that opens with a sign ("©").
    static func firstWords(of starts: [String]) -> FoldedKeySet {
        // Scalars, not Characters: this runs at start-up over every start, and a Character's properties cost a
        // grapheme break and a table lookup each.
        FoldedKey.set(starts.compactMap { start in
            let scalars = start.unicodeScalars
            let end = scalars.firstIndex { !(ScalarClass.isLetter($0) || ScalarClass.isDigit($0) || $0 == "'" || $0 == "-") }
            let word = start[..<(end ?? start.endIndex)]
            return word.isEmpty ? nil : String(word)
        })
    }

    /// The furniture kind of the paragraph at `range`, or nil when it is article text.
    /// - Complexity: O(1) for a line that opens with an ordinary word (of a line that short, at most its
    ///   `agencyCreditLength` bytes are read for a photo credit's agency); otherwise O(n) in the (short) line.
    static func classify(_ text: UTF8Text, _ range: Range<Int>) -> Kind? {
        guard !range.isEmpty, range.count <= maximumLength * 4 else { return nil }
        let (first, _) = text.scalar(at: range.lowerBound)
        var key = FoldedKey()
        if ScalarClass.isLetter(first) {
            key = firstWordKey(text, range)
            guard possibleFirstWords.contains(key) || isShortWithComma(text, range) || endsWithAgencyCredit(text, range)
            else { return Byline.isSignatureWithSources(text, range) || Byline.isNewsroomCredit(text, range) ? .line : nil }
            // "Le" opens furniture only as a date line ("le 3 mars 2014"); it opens most French paragraphs.
            if key == Self.le {
                let second = text.skipSpaces(from: range.lowerBound + 2, to: range.upperBound)
                guard second < range.upperBound, text[second] >= 0x30, text[second] <= 0x39 else { return nil }
            }
        } else if !ScalarClass.isDigit(first) {
            // Furniture that does not open with a word: "© 2014 …", "(Photo …)", "| Partager |", "- Imprimer",
            // "— AFP PHOTO / …", "#share-bar {display:none;}".
            switch first {
            case "©", "(", "|", "-", "·", "•", "/", "[", "«", "<", "\u{2014}", "\u{2013}": break
            // A style rule the page's text kept: "#share-bar {display:none;}", ".ad-slot { height: 0; }".
            case "#", ".": return isPageCode(text, range) ? .line : nil
            default: return nil
            }
        }
        guard range.count <= maximumLength || text.scalarCount(range) <= maximumLength else { return nil }
        if Byline.isByline(text, range) || endsWithAgencyCredit(text, range) || isCreditAfterDash(text, range)
            || Byline.isSignatureWithSources(text, range) || Byline.isNewsroomCredit(text, range) {
            return .line
        }
        if first == "/", isPageCode(text, range) { return .line }
        let prefix = withFoldedPrefix(text, range, maximum: prefixLength) { folded -> Prefix? in
            if commentSectionStarts.matches(folded, wholeWords: true) { return .commentSection }
            if commentSystemStarts.matches(folded, wholeWords: true) { return .commentHeading }
            if promptStarts.matches(folded, wholeWords: true) { return .prompt }
            if opensPageMatter(folded) { return .heading }
            if lineStarts.matches(folded, wholeWords: true) || creditStarts.matches(folded, wholeWords: true) { return .line }
            return nil
        }
        switch prefix {
        case .commentSection: return .commentSection
        case .commentHeading: return wordCount(text, range) <= commentHeadingWords ? .commentSection : nil
        // A prompt speaks to the reader in no one's name: "Comments are moderated by volunteers, the company said."
        // is the report's.
        case .prompt: return hasReportingClause(text, range) ? nil : .line
        case .heading: return wordCount(text, range) <= commentHeadingWords && !endsWithFullStop(text, range) ? .line : nil
        // "Posted by the agency, the video…" is prose: a furniture line is short, and one that a bare word opens reads
        // as a label. A longer line is furniture when it is only a stamp ("publié le … à 22h38 mis à jour le … à
        // 09h58").
        // A stamp's start that a clause follows is a sentence of the report ("Publié le 3 mars, le rapport a fait
        // grand bruit.", "Posted on Monday, the memo angered senators.").
        case .line:
            let isStamp = withFoldedPrefix(text, range, maximum: maximumLength * 4, { PublicationStamp.isStamp($0) })
            guard wordCount(text, range) <= 14 || isStamp else { return nil }
            guard isStamp || !opensClauseAfterComma(text, range) else { return nil }
            // "Copyright 1998 changes were approved …": a year and a verb after "Copyright" make a sentence.
            if key == copyright, withFoldedPrefix(text, range, maximum: maximumLength * 4, { folded in
                FoldedWords(folded, separators: " ,.;:").contains { finiteVerbs.contains($0) }
            }) {
                return nil
            }
            return !bareWordStarts.contains(key) || readsAsLabel(text, range) ? .line : nil
        case nil: break
        }
        guard ScalarClass.isDigit(first) || !ScalarClass.isLetter(first) || wordListStarts.contains(key)
            || key == more || isShortWithComma(text, range) else { return nil }
        return withFoldedPrefix(text, range, maximum: maximumLength * 4) { folded -> Kind? in
            if isCommentCounter(folded) || isCommentTitleCounter(folded) { return .commentSection }
            if isCreditInParentheses(folded) || isMoreStoriesLine(folded) || isNavigationBar(folded) { return .line }
            if FoldedWords.allSatisfy(folded, separators: shareSeparators, { shareWords.contains($0) }) { return .line }
            if DateLine.isDateLine(folded) { return .line }
            return nil
        }
    }

    private static let le = FoldedKey("le")
    private static let more = FoldedKey("more")
    private static let copyright = FoldedKey("copyright")

    /// Whether a line opened by a bare word ("Partager", "Home", "Copyright") reads as a label, not a sentence: a
    /// sign or a number after the word ("Home › News", "Copyright 2014 …"), at most three words ("Partager sur
    /// Facebook"), or at most six with no sentence's end ("Réagir à cet article").
    /// - Complexity: O(n) in the (short) line.
    private static func readsAsLabel(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound, text.spaceWidth(at: i) == 0 { i += 1 }
        i = text.skipSpaces(from: i, to: range.upperBound)
        guard i < range.upperBound, ScalarClass.isLetter(text.scalar(at: i).scalar) else { return true }
        let words = wordCount(text, range)
        if words <= 3 { return true }
        var last = range.upperBound - 1
        while last > range.lowerBound, text[last] == 0x20 || text[last] == 0x22 || text[last] == 0x29 { last -= 1 }
        let endsSentence = [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(text[last])
        return words <= 6 && !endsSentence
    }

    /// Whether the line is the page's code that its text kept, never prose: a style rule (a selector, then
    /// declarations in braces that end the line: "#share-bar {display:none;}", ".ad-slot { height: 0; }") or a bare
    /// address or path, one word with slashes ("/https://example.org/media/2020/photo.jpg)"). Words in braces
    /// ("… {sic}", "… {redacted: names}") hold no declaration (a name, a colon, a value and its semicolon), and a
    /// sentence that cites an address holds spaces.
    /// - Complexity: O(n) in the (short) line; allocates nothing.
    static func isPageCode(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        var last = range.upperBound - 1
        while last > range.lowerBound, text[last] == 0x20 { last -= 1 }
        if text[last] == UInt8(ascii: "}") {
            guard let open = text.bytes[range.lowerBound..<last].firstIndex(of: UInt8(ascii: "{")) else { return false }
            // A declaration's name: letters and hyphens, then a colon.
            var i = text.skipSpaces(from: open + 1, to: last)
            let nameStart = i
            while i < last, (text[i] >= 0x61 && text[i] <= 0x7A) || text[i] == UInt8(ascii: "-") { i += 1 }
            guard i > nameStart else { return false }
            i = text.skipSpaces(from: i, to: last)
            // Then a value and the semicolon that closes a declaration.
            return i < last && text[i] == UInt8(ascii: ":") && text.bytes[i..<last].contains(UInt8(ascii: ";"))
        }
        // One word with at least two slashes, that a slash opens or that names its scheme ("https://").
        guard text[range.lowerBound] == UInt8(ascii: "/") || text.bytes[range].contains(UInt8(ascii: ":")) else { return false }
        var slashes = 0
        for i in range {
            if text[i] == 0x20 || (text[i] >= 0x09 && text[i] <= 0x0D) { return false }
            if text[i] == UInt8(ascii: "/") { slashes += 1 }
        }
        return slashes >= 2
    }

    /// Whether the line ends a sentence and a comma in its first sentence opens a clause (a lower-case word, not a
    /// date's year): "Publié le 3 mars, le rapport a fait grand bruit." is prose; "Posted on March 3, 2014 by admin"
    /// is not.
    /// - Complexity: O(n) in the (short) line.
    private static func opensClauseAfterComma(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        var last = range.upperBound - 1
        while last > range.lowerBound, text[last] == 0x20 || text[last] == 0x22 || text[last] == 0x29 { last -= 1 }
        guard [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(text[last]) else { return false }
        var i = range.lowerBound
        // In the first sentence: "Copyright 2020 KCUR. To see more, visit …" is a credit, then a prompt.
        while i < last, !(text[i] == UInt8(ascii: ".") && text[i + 1] == 0x20) {
            if text[i] == UInt8(ascii: ","), i + 2 < last, text[i + 1] == 0x20 {
                let next = text.scalar(at: i + 2).scalar
                if ScalarClass.isLetter(next), !ScalarClass.isUpper(next) { return true }
            }
            i += 1
        }
        return false
    }

    /// What the start of a line makes it, before its length is weighed.
    private enum Prefix { case commentSection, commentHeading, prompt, heading, line }

    /// A short line with a comma may be a dateline ("Paris, le 3 mars 2014", "LONDON, March 3").
    private static func isShortWithComma(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        // A dateline does not end with a full stop; the last line of a wrapped paragraph does.
        range.count <= 48 && text[range.upperBound - 1] != UInt8(ascii: ".") && text.bytes[range].contains(UInt8(ascii: ","))
    }

    private static let shareSeparators: [UInt8] = Array(" ,".utf8)

    /// How much of a line the prefix lists need, folded.
    private static let prefixLength = 48

    /// Whether the folded line opens as a paywall's line (`paywallStarts`) or is the heading of a list of the site's
    /// other stories (`storyListHeadings`): the page's own matter, once its length is weighed (`classify`).
    private static func opensPageMatter(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        paywallStarts.matches(folded, wholeWords: true) || isStoryListHeading(folded)
    }

    /// Whether the folded line is one of `storyListHeadings`, a colon after it maybe.
    private static func isStoryListHeading(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        var line = String(decoding: folded, as: UTF8.self)
        while let last = line.last, last == ":" || last == " " { line.removeLast() }
        return storyListHeadings.contains(line)
    }

    /// Whether the paragraph at `range` is where the article ends and the page's own matter begins: a comment section,
    /// a paywall's line or the heading of a list of the site's other stories (`paywallStarts`, `storyListHeadings`).
    /// A right of reply ends above it; not above a reading suggestion or a share line, which a page sets inside the
    /// text as well.
    static func endsArticle(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        guard let kind = classify(text, range) else { return false }
        return kind == .commentSection || withFoldedPrefix(text, range, maximum: prefixLength, opensPageMatter)
    }

    /// Whether `text[range]` ends with a full stop or an exclamation mark, past trailing spaces: a sentence.
    static func endsWithFullStop(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        var last = range.upperBound - 1
        while last >= range.lowerBound, [0x20, 0x0A, 0x0D, 0x09].contains(text[last]) { last -= 1 }
        return last >= range.lowerBound && (text[last] == UInt8(ascii: ".") || text[last] == UInt8(ascii: "!"))
    }

    /// The number of white-space separated words of `text[range]`.
    static func wordCount(_ text: UTF8Text, _ range: Range<Int>) -> Int {
        var words = 0
        var i = range.lowerBound
        while i < range.upperBound {
            i = text.skipSpaces(from: i, to: range.upperBound)
            if i < range.upperBound { words += 1 }
            while i < range.upperBound, text.spaceWidth(at: i) == 0 { i += 1 }
        }
        return words
    }

    /// The folded key of the first word (letters, digits, apostrophes and hyphens) of `text[range]`.
    static func firstWordKey(_ text: UTF8Text, _ range: Range<Int>) -> FoldedKey {
        var key = FoldedKey()
        var i = range.lowerBound
        while i < range.upperBound, key.count <= 16 {
            let first = FoldedText.fold(text, at: i).first
            let isWordByte = first == 0 || (first >= 0x61 && first <= 0x7A) || (first >= 0x30 && first <= 0x39) || first == 0x27 || first == 0x2D
            guard isWordByte else { break }
            i += FoldedText.appendFolded(text, at: i, to: &key)
        }
        return key
    }

    /// Whether `text[range]` is a bare count of comments ("1 commentaire", "12 Comments"): a comment section's head at
    /// the foot of a page, but a byline's counter in the head of one ("Publié le : / 1 commentaire / Rédigé par …"),
    /// which `ParagraphScanner` tells apart by the prose read before it.
    static func isBareCommentCounter(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, range.count <= maximumLength, ScalarClass.isDigit(text.scalar(at: range.lowerBound).scalar) else { return false }
        return withFoldedPrefix(text, range, maximum: maximumLength * 4) { isCommentCounter($0) }
    }

    /// "3 commentaires :", "1 comment:", "12 Comments", "2 réponses".
    private static func isCommentCounter(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        let words = FoldedWords(folded, separators: " :")
        guard words.count == 2, let number = words.first, number.isNumber else { return false }
        return commentWords.contains(words[1])
    }

    private static let commentWords = FoldedKey.set([
        "commentaire", "commentaires", "comment", "comments", "reponse", "reponses", "replies", "reply", "reaction", "reactions",
    ])
}

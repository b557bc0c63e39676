/// The furniture a site wraps around an article that speaks to the reader or points elsewhere rather than reports:
/// calls to action (subscribe, sign up, log in, join, support, discover, download), cookie notices, navigation and
/// "see also" links, comment sections, and the credits of a photo, a translation or a wire story. Each rule follows a
/// convention shared by many sites, in French and in English; none names a site.
extension PageFurniture {
    /// Starts (folded) of lines addressed to the reader or pointing elsewhere: a call to action, a question on
    /// whether the article pleased, a "see also" or navigation link. Unlike `lineStarts`, a line of any
    /// number of words up to `maximumLength` scalars: "À lire aussi : " heads a whole headline, and an imperative in
    /// the second person opens a prompt, not a report.
    static let promptStarts = FoldedPrefixes(promptStartList)

    static let promptStartList = [
        // Calls to action, French: the second person plural imperative of the verbs sites use to recruit readers.
        "connectez-vous", "identifiez-vous", "rejoignez", "soutenez", "decouvrez",
        "essayez", "participez", "faites-vous entendre", "restez connecte", "restez connectes", "restez connectee",
        "restez connectees", "cliquez",
        "profitez de notre", "profitez de nos", "ecrivez-nous", "contactez-nous", "suivez-nous",
        // English: the imperative, with its object where the verb alone opens prose ("Support for the bill…").
        "subscribe ", "sign up", "sign in", "log in", "login to", "register now", "register for free", "join us",
        "join our", "join the conversation", "join the discussion", "support us", "support our", "support independent",
        "support local journalism", "support quality journalism", "support quality local journalism", "become a subscriber",
        "become a member", "discover more", "discover our", "click here", "get our newsletter", "follow us",
        // A newsletter's offer, in the second person (plural, or singular on sites that speak so to their readers).
        "restez informe", "restez informes", "restez informee", "restez informees", "reste informe", "reste informee",
        // The print edition's promise ("Plus d'informations dans nos éditions de samedi", "More in Sunday's paper"):
        // a sentence, but the page's, not the report's.
        "plus d'informations dans nos editions", "plus d'informations dans notre edition", "plus d'infos dans nos editions",
        "plus d'infos dans notre edition", "more in tomorrow's", "more in sunday's", "more in saturday's",
        // A prompt to report a mistake in the article (the page's form, not a notice).
        "proposez une correction", "signalez une erreur", "signaler une erreur", "signaler une coquille",
        "report an error", "report errors", "report a typo", "suggest a correction", "to report an error", "to request a correction",
        "if you see an error", "if you spot an error", "if you feel a factual error", "if you believe a factual error",
        "if you feel an error", "if you believe an error", "si vous constatez une erreur", "si vous relevez une erreur",
        // A comment form that is closed (not "Comments are closed …", which `commentSystemStarts` reads).
        "sorry we are not currently accepting comments", "sorry, we are not currently accepting comments",
        "we are not currently accepting comments", "we are no longer accepting comments", "commenting is closed",
        "commenting has been closed", "commenting has been disabled", "comments have been closed",
        "comments have been disabled", "les commentaires sont desactives", "les commentaires sont clos",
        // A comment form's rules ("Les commentaires sont soumis à modération", "Comments are moderated").
        "les commentaires sont soumis a", "les commentaires sont moderes", "comments are moderated",
        "comments are subject to moderation", "all comments are moderated",
        // The question on whether the article pleased (a prompt to pay, share or comment).
        "l'article vous a plu", "cet article vous a plu", "cet article vous a interesse", "vous avez aime cet article",
        "vous avez apprecie cet article", "enjoyed this article", "did you enjoy this", "did you like this",
    ] + leadPromptStartList + readingSuggestionStarts + [
        // Links to other pages: the site's menu, the archive a page lists ("see also" links: `readingSuggestionStarts`).
        "ouvrir le menu", "fermer le menu", "menu principal", "aller au contenu", "open menu", "close menu",
        "main menu", "skip to content", "skip to main content", "tag archives", "category archives",
        "faire defiler vers le haut", "scroll to top", "scroll to the top", "revenir en haut",
        // A list of stories the newsroom picked, as a line or a heading ("Editor's picks", "Editors' Picks:").
        "la selection de l'editeur", "la selection de la redaction", "le choix de la redaction", "editor's picks",
        "editors' picks",
        "archives de la categorie", "archives du mot", "posts tagged", "articles tagged",
        // A comment form's line saying there are none yet (not "There are no comments from the ministry").
        "there are no comments for this", "there are no comments yet", "there are no responses yet", "no comments yet",
    ]

    /// The prompts that open a line and, after an opening phrase and a comma, a sentence too (`isPromptAfterLead`:
    /// "Chaque matin, recevez …", "For breaking news, download the … app."): a newsletter's or an app's offer, a
    /// subscription, which no report says after a comma. Part of `promptStartList`.
    static let leadPromptStartList = [
        "recevez", "recois", "inscrivez-vous", "abonnez-vous", "abonne-toi", "inscris-toi", "telechargez",
        "download the", "download our", "get the app", "sign up for", "subscribe to",
    ]

    /// Starts (folded) of a comment section's first line besides `commentSectionStarts`, in a line of at most
    /// `commentHeadingWords` words: a comment system's footer, the section's heading ("Reader Comments" — but not
    /// "Reader comments on the site were harsh.", which reports).
    static let commentSystemStarts = FoldedPrefixes(commentSystemStartList)

    static let commentSystemStartList = [
        "comments powered by", "reader comments", "commentaires des lecteurs", "be the first to comment",
        "soyez le premier a commenter", "comments are closed", "les commentaires sont fermes",
        // The section's heading alone, with its count ("Commentaires (3)", "Comments", "12 Comments" is read by its
        // number elsewhere); the invitation under an article ("Réagir à cet article").
        "commentaires", "comments", "reagir a cet article", "react to this article",
    ]

    /// The most words of a line `commentSystemStarts` opens.
    static let commentHeadingWords = 6

    /// Starts (folded) of a paywall's lines ("Vous êtes abonné(e) ? Identifiez-vous", "Already a subscriber? Log in"):
    /// furniture only as a line of at most `commentHeadingWords` words that ends no sentence ("Already a subscriber
    /// for twenty years, the mayor cancelled …" reports). Where the article ends: a right of reply ends above one.
    static let paywallStarts = FoldedPrefixes(paywallStartList)

    static let paywallStartList = [
        "vous etes abonne", "vous etes deja abonne", "deja abonne", "pas encore abonne", "already a subscriber",
        "already subscribed", "not a subscriber", "not yet a subscriber",
    ]

    /// Headings (folded) of a list of the site's other stories, furniture only as the whole line, a colon after it
    /// maybe ("Derniers articles", "Recent Posts:"); a subhead that opens with them ("Recent posts taken out of
    /// context") is the article's. Where the article ends.
    static let storyListHeadings: Set<String> = [
        "derniers articles", "articles recents", "articles similaires", "latest articles", "recent posts", "related posts",
    ]

    /// Starts (folded) of credit lines (at most 14 words, as `lineStarts`): a photo's or a story's source, a
    /// translation, a story first published elsewhere.
    static let creditStarts = FoldedPrefixes(creditStartList)

    static let creditStartList = [
        "credit:", "credit :", "credits:", "credits :", "photo:", "photo :", "photo credit", "photo credits",
        "image credit", "image credits",
        // A picture's source or purpose: "Thumbnail photo via …", "Photo d'illustration", "Photo de couverture : …".
        "photo via", "image via", "thumbnail photo", "thumbnail image", "featured image", "featured photo",
        "cover photo:", "cover photo by", "cover image:", "photo courtesy", "image courtesy", "courtesy photo",
        "photo de couverture :", "photo de couverture:", "photo de couverture utilisee", "image de couverture :",
        "photo d'illustration", "image d'illustration",
        "image source", "source:", "source :", "sources:", "sources :", "source, ", "traduction via", "traduction :",
        "traduction:", "traduit par", "translated by", "translation by", "translation:", "reporting by",
        "additional reporting by", "editing by", "writing by", "this article was originally published",
        "this article originally appeared", "this article first appeared", "this story was originally published",
        "this story originally appeared", "this story first appeared", "this article is from the archive",
        "cet article a ete initialement publie", "cet article a ete publie initialement", "article initialement publie",
        "article initialement publiee", "cet article est initialement paru",
    ]

    /// Whether the folded line opens with a parenthesised credit of a wire story: "(Reportage de …)", "(Rédigé par
    /// …)", "(Reporting by …; Editing by …)", or names then "; version française …".
    static func isCreditInParentheses(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        guard folded.first == UInt8(ascii: "(") else { return false }
        let rest = UnsafeBufferPointer(rebasing: folded[1...])
        return parenthesisedCreditStarts.matches(rest) || creditsAfterNames.contains { contains(rest, $0) }
    }

    /// What follows the names of a wire story's reporters in its credit: "(Jeff Mason; version française …)".
    private static let creditsAfterNames = ["; version francaise", "; editing by", "; edited by", "; writing by"]

    /// What opens a wire story's credit in parentheses: "(Reportage de …)", "(Reporting by …)".
    private static let parenthesisedCreditStarts = FoldedPrefixes([
        "reportage", "redige par", "redaction ", "version francaise", "edite par", "reporting by",
        "additional reporting", "writing by", "written by", "editing by", "edited by", "compiled by", "translated by",
        // A hat tip to whoever pointed the story out: "(Hat tip to …)", "(h/t …)".
        "hat tip", "h/t",
    ])

    /// How a photo credit ends: a dash or a slash, then a news agency or a picture library (folded bytes).
    /// Punctuation a photo credit does not hold: a line with any is a sentence.
    private static let sentencePunctuation = Array(".!?:;,".utf8)

    private static let agencyCreditEnds: [[UInt8]] = {
        let agencies = ["afp", "reuters", "ap", "epa", "maxppp", "sipa", "abaca", "belga", "dpa", "ansa", "efe",
                        "getty images", "getty", "ap images", "shutterstock", "istock", "afp photo", "ap photo"]
        return agencies.flatMap { agency in [" - ", " / ", "/"].map { Array(($0 + agency).utf8) } }
    }()

    /// The longest line (in bytes) read as a photo credit ending with an agency.
    static let agencyCreditLength = 80

    /// A photo credit: a few names, then a dash or a slash and an agency ("- - Éric Piermont - AFP",
    /// "John Doe/Reuters"); no sentence punctuation. Reads only lines of at most `agencyCreditLength` bytes that end
    /// with a letter: O(1).
    static func endsWithAgencyCredit(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        guard range.count <= agencyCreditLength, range.count > 4 else { return false }
        let last = text[range.upperBound - 1]
        guard (last >= 0x41 && last <= 0x5A) || (last >= 0x61 && last <= 0x7A) else { return false }
        return withFoldedPrefix(text, range, maximum: agencyCreditLength * 2) { folded -> Bool in
            guard !folded.contains(where: { sentencePunctuation.contains($0) }) else { return false }
            guard agencyCreditEnds.contains(where: { hasSuffix(folded, $0) }) else { return false }
            return FoldedWords(folded, separators: " -/").count <= 6
        }
    }

    /// The longest line (in bytes) read as a credit or a signature after a dash.
    static let dashCreditLength = 100

    /// Words (folded) that may join the capitalised names of a credit after a dash ("Desk for …", "Service de …").
    private static let creditConnectors = FoldedKey.set(["de", "du", "des", "d'", "of", "and", "et", "for", "pour", "&", "/"])

    /// A credit or a signature that a dash or a slash opens, as pages print under a photo, a wire story or a
    /// contributor's part: "— AFP PHOTO / JEAN DUPONT", "— J.DUPONT / AFP", "/ CBS/Valley News Service",
    /// "– Jane Roe, Newsroom National Desk". Only names: each word capitalised (or a connector, a slash), at most
    /// one comma (a name, then its desk), no sentence's end. A dialogue's line ("— Non, dit-il.") or a dash that
    /// opens a sentence ("– Le maire a signé") holds a lower-case word. An em dash, an en dash or a slash, not a
    /// hyphen, which opens list items. Reads at most `dashCreditLength` bytes: O(1).
    static func isCreditAfterDash(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        guard range.count <= dashCreditLength, range.count > 3 else { return false }
        let (first, width) = text.scalar(at: range.lowerBound)
        guard first == "\u{2014}" || first == "\u{2013}" || first == "/" else { return false }
        guard text.spaceWidth(at: range.lowerBound + width) > 0 else { return false }
        let last = text[range.upperBound - 1]
        guard ![UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";")].contains(last)
        else { return false }
        var i = range.lowerBound + width
        var names = 0
        var words = 0
        var commas = 0
        while i < range.upperBound {
            i = text.skipSpaces(from: i, to: range.upperBound)
            guard i < range.upperBound else { break }
            let word = Byline.nameWord(text, at: i, to: range.upperBound)
            i = word.end
            words += 1
            if word.endsWithComma { commas += 1 }
            if word.isCapitalised {
                names += 1
            } else if !creditConnectors.contains(word.key) {
                return false
            }
        }
        return names >= 1 && words <= 10 && commas <= 1
    }

    /// "More NEWS CENTER Maine stories", "More world news": a link to the site's other stories.
    static func isMoreStoriesLine(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        guard hasPrefix(folded, "more ") else { return false }
        let words = FoldedWords(folded, separators: " ")
        guard words.count <= 7, let last = words.last else { return false }
        return moreWhat.contains(last)
    }

    private static let moreWhat = FoldedKey.set(["stories", "news", "articles", "videos", "headlines", "posts"])

    /// "« Previous post | Main | Next post »": a blog's links to the posts before and after.
    static func isNavigationBar(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        contains(folded, "| main |") || contains(folded, "| home |") || contains(folded, "| accueil |")
    }

    /// "7 thoughts on “Retraction”", "12 réflexions sur « … »", "3 responses to “…”": a comment
    /// section's title, the count of comments on the post's quoted title.
    static func isCommentTitleCounter(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < folded.count, folded[i] >= 0x30, folded[i] <= 0x39 { i += 1 }
        guard i > 0, i < folded.count, folded[i] == 0x20 else { return false }
        let rest = UnsafeBufferPointer(rebasing: folded[(i + 1)...])
        guard let length = commentTitleWords.first(where: { hasPrefix(rest, $0) })?.utf8.count else { return false }
        var j = length
        while j < rest.count, rest[j] == 0x20 { j += 1 }
        // A quotation mark opens the title: “ « " ' ‘ „ (the curly ones and guillemets keep their UTF-8 bytes).
        guard j < rest.count else { return false }
        return rest[j] == 0x22 || rest[j] == 0x27 || rest[j] == 0xE2 || rest[j] == 0xC2
    }

    private static let commentTitleWords = [
        "thoughts on", "responses to", "comments on", "replies to", "reflexions sur", "reflexion sur",
        "commentaires sur", "commentaire sur", "reponses a", "reponse a", "thought on", "response to", "comment on",
        "reply to",
    ]

    /// Whether a sentence inside a paragraph of the report is furniture all the same: a call to action or a "see
    /// also" link (`promptStarts`) with no reporting clause (`hasReportingClause`), a short credit (`creditStarts`: "Photo: AP/Michael Dwyer", "Reporting by …;
    /// Editing by …"), a wire story's credit in parentheses, a cookie notice. Such sentences stand among the
    /// report's where the page lost its line breaks.
    /// - Complexity: O(1) for a sentence that opens with an ordinary word; otherwise O(n) in the sentence, which is
    ///   read at most once.
    static func isFurnitureSentence(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, range.count <= maximumLength * 4 else { return false }
        let (first, _) = text.scalar(at: range.lowerBound)
        if first == "(" {
            return withFoldedPrefix(text, range, maximum: maximumLength * 4) { isCreditInParentheses($0) }
        }
        if isLabelOrStamp(text, range) { return true }
        guard ScalarClass.isLetter(first) else { return isCreditAfterDash(text, range) }
        // A prompt speaks to the reader in no one's name: "Restez informés …, a demandé le préfet." is the report's.
        if promptStarts.matches(text, range, wholeWords: true) { return !hasReportingClause(text, range) }
        if creditStarts.matches(text, range, wholeWords: true) { return wordCount(text, range) <= 14 }
        guard cookieNoticeFirstWords.contains(firstWordKey(text, range)) else { return false }
        return withFoldedPrefix(text, range, maximum: maximumLength * 4) { isCookieNotice($0) }
    }

    /// First words (folded) of a cookie notice: "We use cookies…", "By continuing…", "En poursuivant votre
    /// navigation…", "Ce site utilise…", "Learn more or change your cookie preferences."
    private static let cookieNoticeFirstWords = FoldedKey.set([
        "we", "by", "this", "our", "learn", "manage", "change", "accept", "to", "nous", "en", "ce", "notre", "gerer",
        "accepter", "pour",
    ])

    /// "By continuing to use our service, you agree to our use of cookies.", "Learn more or change your cookie
    /// preferences.": a sentence on cookies that speaks to the reader or as the site ("our", "we"); a report on
    /// cookies speaks of a company in the third person.
    static func isCookieNotice(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        guard contains(folded, "cookie") else { return false }
        let words = FoldedWords(folded, separators: " ,.;:!?()")
        return words.contains { siteOrReader.contains($0) }
    }

    private static let siteOrReader = FoldedKey.set([
        "you", "your", "we", "our", "vous", "votre", "vos", "nous", "nos", "notre",
    ])

    /// Whether `folded` starts with the ASCII `prefix`.
    static func hasPrefix(_ folded: UnsafeBufferPointer<UInt8>, _ prefix: String) -> Bool {
        let bytes = Array(prefix.utf8)
        guard bytes.count <= folded.count else { return false }
        return zip(folded, bytes).allSatisfy { $0 == $1 }
    }

    /// Whether `folded` ends with the bytes `suffix`.
    private static func hasSuffix(_ folded: UnsafeBufferPointer<UInt8>, _ bytes: [UInt8]) -> Bool {
        guard bytes.count <= folded.count else { return false }
        return zip(folded[(folded.count - bytes.count)...], bytes).allSatisfy { $0 == $1 }
    }

    /// Whether `folded` holds the ASCII `needle` (lines here are short).
    private static func contains(_ folded: UnsafeBufferPointer<UInt8>, _ needle: String) -> Bool {
        let bytes = Array(needle.utf8)
        guard bytes.count <= folded.count else { return false }
        return (0...(folded.count - bytes.count)).contains { start in
            (0..<bytes.count).allSatisfy { folded[start + $0] == bytes[$0] }
        }
    }
}

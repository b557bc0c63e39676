/// A right of reply ("droit de réponse", "right of reply") that a page publishes: someone an earlier article named
/// answers it, and the page is that answer. French law (1881) obliges a newspaper to print it; English-language
/// papers print it as "Right of reply". Its marker is no label opening a paragraph: the page's headline names it
/// ("Jean-Pierre Serrus, droit de réponse", "Droit de réponse à l'article publié lundi …", "Right of reply: the
/// council answers"), or a line of the newsroom presents it ("Suite à notre article …, l'entraîneur a tenu à réagir.
/// Voici son droit de réponse."). From that paragraph to the reply's end, the page is one notice, none of it the
/// report's: the reply amends the earlier article, not sentences of this page. A signature under the reply (a name
/// alone on its line) and the page's furniture after it stay outside.
///
/// What is no right of reply: an article that speaks of one ("Le maire exige un droit de réponse", "Il a obtenu un
/// droit de réponse dans le journal", "The Gazette refused to publish her right of reply"): the phrase is the object
/// of a verb, not the label of the page or of what follows. A headline may also name one in a report about it ("Droit
/// de réponse : le tribunal condamne le journal", "Right of reply: what the law requires"): a headline's label, or a
/// headline naming a reply anywhere ("Le droit de réponse de Paul Lemaire"), is a reply only when a paragraph under it
/// speaks in the first person singular or to the paper ("votre article affirme…", "je conteste…", "Your article
/// claims…"), as a reply does and a report does not (`speaksAsReply`; "we" and "our" are a newsroom's words too). A
/// label saying what it answers ("Droit de réponse à l'article …") is the reply's own title. A line that presents the
/// reply does it with its verb right before the possessive ("Voici son droit de réponse", "Here is her right of
/// reply") or after the phrase ("… un droit de réponse, que nous publions ci-dessous").
///
/// The reply ends before the newsroom answers it (a paragraph that opens with a notice's marker, "NDLR :", "Editor's
/// note:", or "Réponse de la rédaction :") and before the page's furniture (a comment section); its signature (a
/// name alone, with a title, or a body's name: "Jean Dupont, maire de Saint-Martin", "Mayor of Millbrook", "Le Conseil
/// municipal de Saint-Aubin") is a byline. The linker links a reply to nothing on its page, and the relation reader
/// reads it as a denial where its wording says nothing more (`isReplyMarker`). Surveyed on three development pages of
/// three sites (docs/notice-marker-survey.md, round 10); the tightening after the session's reviews rests on their
/// probes.
extension NoticeBoundary {
    /// The phrases, folded, as words.
    static let replyPhrases: [[String]] = [["droit", "de", "reponse"], ["right", "of", "reply"], ["right", "to", "reply"]]

    /// Folded words after a headline's opening phrase that keep it a label: "Droit de réponse à l'article …",
    /// "Droit de réponse de la mairie", "Right of reply to …", "Right of reply from …".
    static let replyLabelFollowers: Set<String> = ["a", "au", "aux", "de", "du", "des", "d", "to", "from", "by"]

    /// Folded words that open a letter's subject line, before a colon ("Objet : droit de réponse …").
    static let letterSubjects: Set<String> = ["objet", "concerne", "re", "subject"]

    /// Folded possessives before the phrase in a line that presents the reply ("voici son droit de réponse").
    static let replyPossessives: Set<String> = ["son", "sa", "leur", "his", "her", "their", "its"]

    /// The words, folded, that present the reply right before its possessive: "voici son …", "nous publions son …",
    /// "here is her …", "below is his …", "we publish their …", "we print her …".
    static let replyPresenters: [[String]] = [
        ["voici"], ["nous", "publions"], ["nous", "publions", "ici"], ["here", "is"], ["below", "is"], ["we", "publish"],
        ["we", "print"], ["we", "are", "publishing"],
    ]

    /// First-person words, folded, by which a reply speaks for its author (`speaksAsReply`): the singular only, since
    /// a newsroom writes "we" and "our paper" too (an editorial titled "Right of reply: why we need …"). Not "me" and
    /// "m", which are also the French titles "Me" and "M.".
    static let firstPersonWords: Set<String> = ["je", "j", "moi", "mon", "ma", "mes", "i", "my"]

    /// Folded words after the phrase, within `presenterReach` words, by which a newsroom's line presents the reply it
    /// prints ("… nous a adressé un droit de réponse, que nous publions ci-dessous", "… a right of reply, which we
    /// publish below").
    static let trailingPresenters: Set<String> = ["publions", "ci-dessous", "below"]
    static let presenterReach = 6

    /// Folded words around the phrase (`announcerReach` words before it, or right after it) by which a line that ends
    /// on a colon announces the reply printed under it: "Ci-dessous, le droit de réponse :", "… de publier le droit de
    /// réponse suivant :", "We publish the following right of reply:". Without the closing colon they have other
    /// senses ("Following the right of reply, the mayor resigned", "suivant la loi de 1881", "détaillées ci-dessous").
    static let announcers: Set<String> = ["ci-dessous", "below", "following", "suivant", "suivante"]
    static let announcerReach = 3

    /// Phrases, folded, by which a reply speaks to the paper it answers.
    static let addressWords: [[String]] = [
        ["votre", "article"], ["votre", "journal"], ["vos", "lecteurs"], ["votre", "enquete"], ["votre", "edition"],
        ["votre", "journaliste"], ["vous", "ecrivez"], ["vous", "affirmez"], ["your", "article"], ["your", "report"],
        ["your", "story"], ["your", "readers"], ["your", "newspaper"], ["your", "reporter"], ["you", "wrote"],
        ["you", "claim"], ["you", "reported"],
    ]

    /// How many paragraphs under a headline naming a reply `speaksAsReply` reads, and how many scalars of each.
    static let replyVoiceReach = 3
    static let replyVoiceScalars = 1_500

    /// The longest paragraph `replyMarker` reads: a headline, or a newsroom's line presenting the reply.
    static let replyLineLength = 600

    /// How many of the page's first paragraphs (furniture apart) may head a right of reply, and within how many scalars.
    static let replyHeadReach = 3
    static let replyHeadScalars = 1_200

    /// The most words a headline that names a right of reply at its end may have ("Jean-Pierre Serrus, droit de réponse").
    static let replyHeadlineWords = 30

    /// Whether `marker` is a right of reply's ("droit de réponse", "Right of reply"): a reply amends the article it
    /// answers, printed elsewhere, not this page's sentences, and contests it.
    public static func isReplyMarker(_ marker: String) -> Bool {
        let words = Scalars.folded(marker.unicodeScalars).split(whereSeparator: { !$0.isLetter }).map(String.init)
        // A letter's naming of the article it answers ("votre article", `answersArticle`) marks a reply as well.
        return replyPhrases.contains(words)
            || words.count == 2 && letterPossessives.contains(words[0]) && answeredNouns.contains(words[1])
    }

    /// Folded words that name what a model letter leaves to fill in, in square brackets ("[date]", "[Nom du titre de
    /// presse]", "[Your name]"): a placeholder opens with one of them. "[sic]", "[…]" and a writer's insertion ("[the
    /// mayor]") open otherwise.
    static let placeholderWords: Set<String> = [
        "date", "nom", "name", "prenom", "adresse", "address", "titre", "title", "signature", "ville", "city", "votre", "your",
        "vos", "insert", "inserer",
    ]

    /// How many placeholders a model letter would show, at least, for the page to be its template.
    static let leastPlaceholders = 2

    /// How many placeholders (`placeholderWords` in square brackets, at most `longestPlaceholder` scalars) `range` holds.
    static func placeholderCount(_ scalars: ScalarText, _ range: TextRange) -> Int {
        var count = 0
        var i = range.start
        while i < range.end {
            defer { i += 1 }
            guard scalars[i] == "[" else { continue }
            var close = i + 1
            while close < range.end, close - i <= longestPlaceholder, scalars[close] != "]", scalars[close] != "\n" { close += 1 }
            guard close < range.end, scalars[close] == "]", close > i + 1 else { continue }
            let words = Scalars.folded(scalars[(i + 1)..<close]).split(separator: " ")
            if let first = words.first, placeholderWords.contains(String(first)) { count += 1 }
            i = close
        }
        return count
    }

    /// The longest placeholder `placeholderCount` reads, brackets included.
    static let longestPlaceholder = 40

    /// The paragraph that heads a right of reply the page publishes, among its first `replyHeadReach` paragraphs that
    /// are not furniture (`isFurniture`), and the phrase that marks it; nil on any other page.
    static func replyHeading(_ scalars: ScalarText, _ ranges: [TextRange],
                             isFurniture: @escaping (Int) -> Bool) -> (index: Int, marker: TextRange)? {
        // A line among the page's first that tells of a reply sent to another paper ("Le maire a adressé à La Voix du
        // Nord un droit de réponse dont voici le texte :"): the page reprints it, and answers nothing of its own.
        let head = ranges.indices.lazy.filter { !isFurniture($0) && ranges[$0].start < replyHeadScalars }.prefix(replyHeadReach)
        if head.contains(where: { sendsReplyElsewhere(scalars, ranges[$0]) }) { return nil }
        // A model letter to fill in ("… paru dans votre journal [Nom du titre de presse] en date du [date]"): a how-to's
        // template, no reply the page prints.
        let placeholders = ranges.lazy.filter { $0.start < replyHeadScalars }.map { placeholderCount(scalars, $0) }.reduce(0, +)
        if placeholders >= leastPlaceholders { return nil }
        var seen = 0
        var first: Int?
        // A headline naming a reply whose voice is not heard under it: where the reply starts if a line below tells of it.
        var named: (index: Int, marker: TextRange)?
        for (index, range) in ranges.enumerated() {
            guard seen < replyTellingReach, range.start < replyHeadScalars else { return nil }
            if isFurniture(index) { continue }
            seen += 1
            if first == nil { first = index }
            // A headline naming the reply over a line that presents it: the page is the reply from its headline.
            if seen <= replyHeadReach, let named, replyMarker(scalars, range)?.presented == true { return named }
            if seen <= replyHeadReach, named == nil, let (marker, presented) = replyMarker(scalars, range) {
                // A headline's label needs the reply's own voice under it; a line presenting the reply is the
                // newsroom's word.
                let below = ((index + 1)..<ranges.count).lazy.filter { !isFurniture($0) }.prefix(replyVoiceReach)
                if presented || below.contains(where: { speaksAsReply(scalars, ranges[$0]) }) { return (index, marker) }
                named = (index, marker)
                continue
            }
            // The newsroom, or the reply's author, telling that the reply answers its article: the page is the reply,
            // from its first paragraph (its headline, the newsroom's line, the letter's salutation).
            // Not a reply the paper refuses, or one that a court refused, in that paragraph or the two after it.
            if let marker = tellsOfReply(scalars, range), let first,
               !(index..<min(ranges.count, index + 3)).contains(where: { !isFurniture($0) && refusesReply(scalars, ranges[$0]) }) {
                return named ?? (first, marker)
            }
            // A letter to the paper contesting its article, printed as the page, with no phrase naming a reply ("J'ai lu
            // votre édition du 20 février … je vous prie de rectifier …", "We reference your article … We wish to
            // point out the error …"): the page is that reply too.
            // (The letter's own words may refuse or reject anything: "notre recours a été rejeté". The paper printed it.)
            if let marker = answersArticle(scalars, range), let first,
               ((index)..<min(ranges.count, index + letterContestReach)).contains(where: { !isFurniture($0) && contestsArticle(scalars, ranges[$0]) }) {
                return named ?? (first, marker)
            }
        }
        return nil
    }

    /// How many of the page's first paragraphs (furniture apart) `tellsOfReply` reads: a letter's salutation, the
    /// articles it answers and their titles may stand before it.
    static let replyTellingReach = 6

    /// Folded possessives and nouns that name the article a reply answers ("notre article", "votre quotidien",
    /// "our story"), as pairs of words, the noun right after the possessive or one word further.
    static let answeredPossessives: Set<String> = ["notre", "nos", "votre", "vos", "our", "your"]
    static let answeredNouns: Set<String> = [
        "article", "articles", "publication", "tribune", "enquete", "edition", "colonnes", "quotidien", "journal", "numero",
        "papier", "story", "report", "column", "paper", "coverage",
    ]

    /// Whether folded words name the paper's article a reply answers: a possessive (`answeredPossessives`) and, right
    /// after it or one word further, a noun of `answeredNouns` ("notre tribune", "votre quotidien", "our story").
    static func namesAnsweredArticle(_ keys: [String]) -> Bool {
        keys.indices.contains { i in
            answeredPossessives.contains(keys[i]) && keys[(i + 1)..<min(keys.count, i + 3)].contains(where: answeredNouns.contains)
        }
    }

    /// Folded word starts of a reply requested, exercised, sent or received ("sollicite un droit de réponse", "exerce son
    /// droit de réponse", "nous avons reçu … un droit de réponse", "nous vous prions de publier", "has exercised her
    /// right of reply").
    static let replyActs: [String] = [
        "sollicit", "demand", "exerc", "valoir", "adress", "recu", "prions", "prie", "request", "received", "sent",
        "submitted", "asked",
    ]

    /// Folded word starts by which a paper says it will not print the reply it speaks of ("que nous refusons de
    /// publier", "the court rejected it"), and phrases of the same ("We will not publish it").
    static let replyRefusals: [String] = ["refus", "declin", "rejet"]
    static let replyRefusalPhrases: [[String]] = [
        ["not", "publish"], ["not", "print"], ["won", "t", "publish"], ["won", "t", "print"], ["ne", "publierons", "pas"],
        ["ne", "publiera", "pas"], ["pas", "publier"],
    ]

    /// Folded words by which a paragraph tells of a reply as another time's (it had been sent, will be printed, is
    /// under review: "Wastecorp had requested a right of reply", "Nous le publierons demain"): the page is not it.
    static let replyElsewhereWords: Set<String> = [
        "had", "avait", "avaient", "publierons", "publiera", "will", "reviewing", "examine", "examinons", "demain", "tomorrow",
    ]

    /// Where the folded words `phrase` first stand together in `keys`, or nil.
    static func phraseStart(_ phrase: [String], in keys: [String]) -> Int? {
        guard phrase.count <= keys.count else { return nil }
        return (0...(keys.count - phrase.count)).first { keys[$0..<($0 + phrase.count)].elementsEqual(phrase) }
    }

    /// Whether a paragraph refuses a reply (`replyRefusals`, `replyRefusalPhrases`), outside quotations.
    static func refusesReply(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        // Quotations apart: the reply itself may say that someone declined or refused.
        let read = TextRange(range.start, min(range.end, range.start + replyHeadScalars))
        let keys = foldedWords(scalars, read, outsideQuotations: true).map(\.key)
        if keys.contains(where: { key in replyRefusals.contains { key.hasPrefix($0) } }) { return true }
        return replyRefusalPhrases.contains { phraseStart($0, in: keys) != nil }
    }

    /// The phrase of paragraph `range` (its first `replyHeadScalars` scalars, quotations apart) by which it tells of a
    /// right of reply answering an article of the paper it is printed in: the phrase ("droit de réponse", "right of
    /// reply", or "la mise au point suivante" a letter asks the paper to print), a possessive naming that article
    /// (`answeredPossessives`, `answeredNouns`: "à la suite de notre article …", "… de votre quotidien") and an act of
    /// the reply (`replyActs`: "sollicite", "exerce", "nous avons reçu", "je vous prie d'insérer"), no refusal to
    /// print it (`refusesReply`, asked by `replyHeading` of the paragraphs around), and no other time's reply
    /// (`replyElsewhereWords`). A report about someone's reply names the paper otherwise ("au journal", "the Gazette").
    static func tellsOfReply(_ scalars: ScalarText, _ range: TextRange) -> TextRange? {
        let read = TextRange(range.start, min(range.end, range.start + replyHeadScalars))
        let words = foldedWords(scalars, read, outsideQuotations: true)
        let keys = words.map(\.key)
        let phrases = replyPhrases + [["mise", "au", "point", "suivante"]]
        var marker: TextRange?
        for phrase in phrases where marker == nil {
            guard let i = phraseStart(phrase, in: keys) else { continue }
            marker = TextRange(words[i].range.start, words[i + min(phrase.count, 3) - 1].range.end)
        }
        guard let marker else { return nil }
        guard namesAnsweredArticle(keys), keys.contains(where: { key in replyActs.contains { key.hasPrefix($0) } }),
              !keys.contains(where: replyElsewhereWords.contains) else { return nil }
        return marker
    }

    /// Second-person possessives, folded, by which a letter names the paper's article it answers ("votre article",
    /// "your story"): a newsroom names its own piece "notre article", "our story".
    static let letterPossessives: Set<String> = ["votre", "vos", "your"]

    /// How many paragraphs from a letter's naming of the article (`answersArticle`) may contest it (`contestsArticle`).
    static let letterContestReach = 3

    /// The words of paragraph `range` (its first `replyHeadScalars` scalars, quotations apart) by which a letter names
    /// the paper's article it answers, in the second person (`letterPossessives`, `answeredNouns`: "votre article",
    /// "your article", "votre édition"), in the voice of its author: a first person (`firstPersonWords`, or "we" and
    /// "nous" of a body writing, which a newsroom would not put beside "your article"). Nil otherwise.
    /// Not in an interview's answer ("A: Your article said I would resign. That's false.", "Réponse : J'ai lu votre
    /// article …"), nor before a number ("votre article 12 du projet de loi", a law's article).
    static func answersArticle(_ scalars: ScalarText, _ range: TextRange) -> TextRange? {
        let read = TextRange(range.start, min(range.end, range.start + replyHeadScalars))
        let words = foldedWords(scalars, read, outsideQuotations: true)
        let keys = words.map(\.key)
        guard let opening = keys.first, !interviewLabels.contains(opening),
              keys.contains(where: { firstPersonWords.contains($0) || $0 == "we" || $0 == "nous" }),
              !keys.contains(where: replyElsewhereWords.contains),
              let i = keys.indices.first(where: {
                  letterPossessives.contains(keys[$0]) && $0 + 1 < keys.count && answeredNouns.contains(keys[$0 + 1])
                      && !($0 + 2 < keys.count && keys[$0 + 2].first?.isNumber == true)
              })
        else { return nil }
        return TextRange(words[i].range.start, words[i + 1].range.end)
    }

    /// Folded labels that open an interview's questions and answers.
    static let interviewLabels: Set<String> = ["q", "a", "r", "question", "reponse", "answer"]

    /// Folded phrases by which a letter contests the article it answers: it says it is wrong, denies it, asks the
    /// paper to correct it ("je tiens à démentir", "je vous prie de rectifier", "We wish to point out the error"), or
    /// says it answers it.
    /// Not a word of error alone ("l'erreur des pouvoirs publics", "his reasoning is false"): a reader's letter
    /// praising an article or disputing a columnist's opinion says them too.
    static let contestCues: [String] = [
        " inexact", " mensonger", " dementir", " dement ", " jamais tenu", " rectifier", " rectification",
        " tiens a preciser", " contrairement a ce qu", " c'est faux", " est erronee", " sont erronees", " inaccura",
        " untrue", " misquot", " misrepresent", " point out the error", " point out an error", " point out the errors",
        " revoke", " retract", " set the record straight", " correct the record", " that is false", " this is false",
        " are false", " contrary to what", " vous demandons de corriger", " vous demande de corriger", " bien vouloir corriger",
        " ask you to correct", " ask that you correct", " request a correction",
        // Or says it answers it ("je prends la liberté de vous répondre", "I write to respond to your story").
        " vous repondre", " repondre a votre", " respond to your", " reply to your",
    ]

    private static let contestPhrases = PhraseSet(contestCues)

    /// Whether a paragraph contests what was published (`contestCues`), in its author's words (quotations apart:
    /// the letter quotes the article it contests).
    static func contestsArticle(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        contestPhrases.occurs(in: wordTextOutsideQuotations(scalars, TextRange(range.start, min(range.end, range.start + replyHeadScalars))))
    }

    /// Whether a paragraph speaks as a reply does: a first-person word (`firstPersonWords`) or an address to the
    /// paper (`addressWords`), outside quotation marks (a report quotes the people it reports on).
    static func speaksAsReply(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let read = TextRange(range.start, min(range.end, range.start + replyVoiceScalars))
        let words = foldedWords(scalars, read, outsideQuotations: true).map(\.key)
        if words.contains(where: firstPersonWords.contains) { return true }
        return addressWords.contains { phraseStart($0, in: words) != nil }
    }

    /// The phrase in paragraph `range` that names a right of reply as a label or presents one, and whether a line
    /// presents it (rather than a headline naming it), or nil.
    static func replyMarker(_ scalars: ScalarText, _ range: TextRange) -> (marker: TextRange, presented: Bool)? {
        // A headline or a line presenting a reply is short: a longer paragraph is neither.
        guard range.length <= replyLineLength else { return nil }
        let words = foldedWords(scalars, range)
        let headline = isHeadline(scalars, withoutTrailingDate(scalars, range)) && words.count <= replyHeadlineWords
        for phrase in replyPhrases {
            var i = 0
            while i + phrase.count <= words.count {
                defer { i += 1 }
                guard zip(words[i..<(i + phrase.count)], phrase).allSatisfy({ $0.key == $1 }) else { continue }
                let marker = TextRange(words[i].range.start, words[i + phrase.count - 1].range.end)
                let after = i + phrase.count < words.count ? words[i + phrase.count] : nil
                // The headline opens with it, as a label. A label that says what it answers ("Droit de réponse à
                // l'article …", "Right of reply to …") is the reply's own title; other labels ("Droit de réponse : …",
                // "… de la mairie") need its voice below.
                let labelFollows = after.map {
                    replyLabelFollowers.contains($0.key) || separates(scalars, from: marker.end, to: $0.range.start)
                }
                // So is a label naming the paper's article it answers ("Droit de réponse de l'association L214 à notre
                // tribune libre parue le 23 mai"). A letter's subject line opens the same label ("Objet : droit de
                // réponse à votre article …", "Concerne: Droit de Réponse à …").
                let opens = i == 0 || i == 1 && letterSubjects.contains(words[0].key)
                    && separates(scalars, from: words[0].range.end, to: marker.start)
                if opens, labelFollows ?? true {
                    return (marker, after.map { ["a", "au", "aux", "to"].contains($0.key) } ?? false || namesAnsweredArticle(words.map(\.key)))
                }
                // The headline closes with it after a comma, a colon or a dash ("Jean-Pierre Serrus, droit de réponse"),
                // its date maybe after it ("…, droit de réponse (12/03/2014)").
                let closes = words[(i + phrase.count)...].allSatisfy { $0.key.allSatisfy(\.isNumber) || DateLine.monthNames.contains($0.key) }
                if headline, closes, i > 0, separates(scalars, from: words[i - 1].range.end, to: marker.start) {
                    return (marker, false)
                }
                // A line presents the reply to come: "Voici son droit de réponse.", "Here is her right of reply:",
                // "… un droit de réponse, que nous publions ci-dessous", "Ci-dessous, le droit de réponse :".
                if i > 0, replyPossessives.contains(words[i - 1].key), replyPresenters.contains(where: { presenter in
                    i - 1 >= presenter.count && words[(i - 1 - presenter.count)..<(i - 1)].map(\.key) == presenter
                }) {
                    return (marker, true)
                }
                let end = min(words.count, i + phrase.count + presenterReach)
                if words[(i + phrase.count)..<end].contains(where: { trailingPresenters.contains($0.key) }) { return (marker, true) }
                if announcesReply(scalars, range, words, phrase: i..<(i + phrase.count)) { return (marker, true) }
                // A line that says whose reply it is and presents its text under a colon ("… a souhaité faire valoir
                // son droit de réponse. En voici le contenu in extenso :"). Not a reply someone asked another paper for
                // ("… a demandé un droit de réponse dont voici le texte :", printed by a blog that did not publish the
                // article answered).
                if i > 0, replyPossessives.contains(words[i - 1].key), presentsTextBelow(scalars, range, words, after: i + phrase.count),
                   !sendsReplyElsewhere(scalars, range) {
                    return (marker, true)
                }
                // A headline naming the reply anywhere ("Le droit de réponse de Paul Lemaire", "Mayor Carter's right
                // of reply"): the reply's voice below must confirm it.
                if headline { return (marker, false) }
            }
        }
        return nil
    }

    /// Whether the paragraph ends on a colon soon after the phrase (within `presenterReach` words: "… right of reply
    /// from Mayor Ann Carter:"), with an announcer (`announcers`) within `announcerReach` words before it or after it:
    /// the line announces the reply below.
    private static func announcesReply(_ scalars: ScalarText, _ range: TextRange, _ words: [(key: String, range: TextRange)], phrase: Range<Int>) -> Bool {
        let trimmed = Scalars.trimmed(scalars, range)
        guard trimmed.length > 0, scalars[trimmed.end - 1] == ":", words.count - phrase.upperBound <= presenterReach else { return false }
        let around = words[max(0, phrase.lowerBound - announcerReach)..<phrase.lowerBound] + words[phrase.upperBound...]
        return around.contains { announcers.contains($0.key) }
    }

    /// Whether paragraph `range` tells of a reply sent to another outlet: a verb of sending (`sendingVerbs`) within
    /// `sendingReach` words before the phrase, and no word of the page's own newsroom between them or right before the
    /// verb ("a adressé au Monde son droit de réponse", "sent the Gazette its right of reply", "a adressé à La Voix du
    /// Nord un droit de réponse"; not "nous a adressé son droit de réponse", "a adressé à notre rédaction …", "sent us
    /// its right of reply").
    static func sendsReplyElsewhere(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        guard range.length <= replyLineLength else { return false }
        let words = foldedWords(scalars, range).map(\.key)
        return replyPhrases.contains { phrase in
            guard let i = phraseStart(phrase, in: words),
                  let verb = words[max(0, i - sendingReach)..<i].lastIndex(where: sendingVerbs.contains) else { return false }
            // The newsroom named between the verb and the phrase, or as the verb's object before it ("nous a adressé
            // son droit de réponse").
            return !words[max(0, verb - 2)..<i].contains(where: ownNewsroomWords.contains)
        }
    }

    /// Folded verbs of sending a reply (`sendsReplyElsewhere`).
    static let sendingVerbs: Set<String> = ["adresse", "envoye", "transmis", "sent", "submitted", "sends", "send"]
    /// Folded words naming the page's own newsroom as the reply's recipient.
    static let ownNewsroomWords: Set<String> = ["notre", "nous", "redaction", "us", "our"]
    /// How many words before the phrase the verb of sending may stand.
    static let sendingReach = 8

    /// `range` short of a date in parentheses that ends it ("Bruyères : l'antenne qui fâche, droit de réponse
    /// (12/03/2014)", "… (12 mars 2014)"): the headline's stamp, not its words.
    private static func withoutTrailingDate(_ scalars: ScalarText, _ range: TextRange) -> TextRange {
        let trimmed = Scalars.trimmed(scalars, range)
        guard trimmed.length > 2, scalars[trimmed.end - 1] == ")" else { return range }
        var open = trimmed.end - 2
        while open > trimmed.start, scalars[open] != "(", scalars[open] != "\n" { open -= 1 }
        guard scalars[open] == "(", scalars[(open + 1)..<(trimmed.end - 1)].contains(where: Scalars.isDigit) else { return range }
        // Figures and month names only ("12/03/2014", "12 mars 2014").
        let inside = Scalars.folded(scalars[(open + 1)..<(trimmed.end - 1)]).split { !$0.isLetter && !$0.isNumber }
        guard inside.allSatisfy({ $0.allSatisfy(\.isNumber) || DateLine.monthNames.contains(String($0)) }) else { return range }
        return TextRange(trimmed.start, open)
    }

    /// Whether the paragraph ends on a colon within `presenterReach` words after the phrase, and those words present
    /// the reply's text ("En voici le contenu in extenso :", "Here is its text:"): "voici" or "here is", then a noun of
    /// the text (`replyTextNouns`). Not "Voici pourquoi :" or "Here is why:", which a report says of a reply it tells.
    private static func presentsTextBelow(_ scalars: ScalarText, _ range: TextRange, _ words: [(key: String, range: TextRange)], after: Int) -> Bool {
        let trimmed = Scalars.trimmed(scalars, range)
        guard trimmed.length > 0, scalars[trimmed.end - 1] == ":", words.count - after <= presenterReach else { return false }
        let keys = Array(words[after...].map(\.key))
        guard let presenter = keys.indices.first(where: { keys[$0] == "voici" || keys[$0] == "here" && $0 + 1 < keys.count && keys[$0 + 1] == "is" })
        else { return false }
        return keys[presenter...].contains(where: replyTextNouns.contains)
    }

    /// Folded nouns of a reply's text after "voici" or "here is" (`presentsTextBelow`).
    static let replyTextNouns: Set<String> = ["texte", "contenu", "teneur", "lettre", "courrier", "text", "letter", "content"]

    /// Whether the scalars between two words hold a comma, a colon, a dash or a bar: the words belong to two parts of
    /// a headline, not to one phrase.
    private static func separates(_ scalars: ScalarText, from start: Int, to end: Int) -> Bool {
        (start..<end).contains { ",:;–—-|".unicodeScalars.contains(scalars[$0]) }
    }

    /// The last paragraph of a right of reply headed by paragraph `first`: the last, from `first` on, before the
    /// newsroom answers it (`answersReply`) or the page's own matter begins (`endsArticle`: a paywall's line, the heading
    /// of a list of the site's other stories, comments), that is neither the page's furniture nor a signature
    /// (`isSignatureLine`). A reading suggestion or a share line inside the reply does not end it.
    static func replyLast(from first: Int, _ scalars: ScalarText, _ ranges: [TextRange], isFurniture: (Int) -> Bool,
                          endsArticle: (Int) -> Bool) -> Int {
        let pageEnd = ((first + 1)..<ranges.count).first(where: endsArticle) ?? ranges.count
        var last = ((first + 1)..<pageEnd).first { answersReply(scalars, ranges[$0]) }.map { $0 - 1 } ?? pageEnd - 1
        while last > first, isFurniture(last) || isSignatureLine(scalars, ranges[last]) { last -= 1 }
        return last
    }

    /// Folded openings of the newsroom's answer to a reply it publishes.
    static let replyAnswers: [[String]] = [
        ["reponse", "de", "la", "redaction"], ["la", "redaction", "maintient"], ["notre", "reponse"],
        ["the", "editor", "responds"], ["the", "editors", "respond"], ["our", "response"], ["editor", "s", "note"],
        ["editors", "note"], ["note", "de", "la", "redaction"],
    ]

    /// Whether a paragraph answers the reply above it: it opens with a notice's marker ("NDLR :", "Editor's note:") or
    /// with one of `replyAnswers` ("Réponse de la rédaction : …").
    static func answersReply(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let trimmed = Scalars.trimmed(scalars, range)
        guard trimmed.length > 0 else { return false }
        if UpdateMarker.match(in: scalars, at: trimmed.start, limit: trimmed.end) != nil { return true }
        let opening = foldedWords(scalars, TextRange(trimmed.start, min(trimmed.end, trimmed.start + 40))).map(\.key)
        return replyAnswers.contains { opening.starts(with: $0) }
    }

    /// Whether a paragraph is a signature: a line of at most `signatureWords` words and `signatureLength` scalars that
    /// ends no sentence and opens with a capital: a name alone ("Dylan Charlot"), a name and its title ("Jean Dupont,
    /// maire de Saint-Martin-du-Lac", "Me Jeanne Martin, avocate de M. Lemaire") or a title alone under the name
    /// ("Mayor of Millbrook") or a body's name ("Le Conseil municipal de Saint-Aubin"): its words in capitals but the
    /// small ones, a comma after the name's first words, or a capital after the first word.
    static func isSignatureLine(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let trimmed = Scalars.trimmed(scalars, range)
        guard trimmed.length > 0, trimmed.length <= signatureLength, isHeadline(scalars, trimmed),
              Scalars.isUpper(scalars[trimmed.start]) else { return false }
        let words = foldedWords(scalars, trimmed)
        guard !words.isEmpty, words.count <= signatureWords else { return false }
        let capitalised = words.allSatisfy { Scalars.isUpper(scalars[$0.range.start]) || $0.range.length <= 3 }
        let named = words.count >= 2 && (trimmed.start..<words[min(4, words.count - 1)].range.start).contains { scalars[$0] == "," }
        // A body signing with its name ("Le Conseil municipal de Saint-Aubin", "Le bureau de l'association Les Amis
        // du Port"): a name in capitals after its first word.
        let body = words.dropFirst().contains { Scalars.isUpper(scalars[$0.range.start]) }
        return capitalised || named || body
    }

    /// The most words and scalars `isSignatureLine` takes.
    static let signatureWords = 10
    static let signatureLength = 80

    /// The mark that closes a quotation `scalar` opens (« », “ ”, straight double quotes), or nil.
    static func closingQuote(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "«": "»"
        case "“": "”"
        case "\"": "\""
        default: nil
        }
    }

    /// The words of `range`, folded (accents and case), each with its scalar range; an apostrophe ends a word ("l'article":
    /// "l", "article"), a hyphen does not ("ci-dessous").
    /// With `outsideQuotations`, the words inside « », “ ” and straight double quotes are left out.
    static func foldedWords(_ scalars: ScalarText, _ range: TextRange,
                            outsideQuotations: Bool = false) -> [(key: String, range: TextRange)] {
        var words: [(key: String, range: TextRange)] = []
        var closing: Unicode.Scalar?
        var i = range.start
        while i < range.end {
            if outsideQuotations {
                if let close = closing {
                    if scalars[i] == close { closing = nil }
                    i += 1
                    continue
                }
                if let close = closingQuote(of: scalars[i]) {
                    closing = close
                    i += 1
                    continue
                }
            }
            guard Scalars.isLetter(scalars[i]) || Scalars.isDigit(scalars[i]) else { i += 1; continue }
            let start = i
            while i < range.end, Scalars.isLetter(scalars[i]) || Scalars.isDigit(scalars[i])
                    || (scalars[i] == "-" && i + 1 < range.end && Scalars.isLetter(scalars[i + 1])) { i += 1 }
            words.append((Scalars.folded(scalars[start..<i]), TextRange(start, i)))
        }
        return words
    }
}

/// What the tool makes of an article's update notices: for each, its suggested links, its ranked candidate
/// claims, its relation and its issuer. The shell's annotations and the corpus evaluation both read this.
public struct NoticeReading: Sendable {
    /// One notice with what the linker suggests for it.
    public struct Entry: Sendable {
        /// The notice.
        public var notice: ArticleNotice
        /// Claims linked at the shell's threshold, best first.
        public var links: [UpdateLink]
        /// Every claim with a positive score, best first (the links lead the list).
        public var candidates: [UpdateLink]
        /// The relation its wording expresses (`addition` when none).
        public var relation: UpdateRelation
        /// Who issued the notice, when the text names them.
        public var issuer: String?
    }

    /// The article's analysis.
    public var analysis: ArticleAnalysis
    /// The notices in reading order.
    public var notices: [Entry]

    /// Reads `text` as the shell does (no claim details).
    public init(_ text: String, language: Language? = nil) {
        self.init(ArticleReader.analyze(text, language: language, details: false))
    }

    /// Links the notices of `analysis`.
    /// - Complexity: linear in the number of claims plus notices (see `UpdateLinker`).
    public init(_ analysis: ArticleAnalysis) {
        self.analysis = analysis
        // The linker indexes every claim's words: an article without notices (most of them) needs none of it.
        guard !analysis.notices.isEmpty else {
            notices = []
            return
        }
        let linker = UpdateLinker(analysis)
        notices = analysis.notices.map { notice in
            var relation = UpdateLinker.relation(of: notice)
            let candidates = linker.candidates(for: notice, relation: relation)
            let links = candidates.filter { $0.score >= UpdateLinker.threshold }
            // A confirmation confirms what the article left open: a hedged, time-bound or anticipating claim ("plans
            // to", "selon nos informations", `NoticeReferences.isAnticipated`) among the candidates `compare` shows.
            // With none, "la police confirme que 13 véhicules …", "police confirmed that 49 people …"
            // report new facts and name their source: an addition (on the development half, 17 notices read as
            // confirmations were additions by the truth; this rule set 8 of them right and 2 true confirmations wrong).
            // (The candidates were scored as a confirmation's: the relation read from the wording decides which
            // claims it may settle; only the relation reported changes.)
            if relation == .confirmation, !candidates.prefix(UpdateLinker.offeredCandidates).contains(where: {
                linker.timeBound[$0.claimIndex] || linker.hedged[$0.claimIndex]
                    || NoticeReferences.isAnticipated(analysis.scalars, analysis.claims[$0.claimIndex].occurrences.first ?? TextRange(0, 0))
            }) {
                relation = .addition
            }
            // The body as written: its paragraphs apart (the notice's `text` joins them), so that a title line ends
            // its sentence for the issuer reader.
            let written = Self.writtenBody(of: notice, in: analysis.scalars)
            // A correction the newsroom publishes as a page is its own: the newsroom is named as no issuer (its
            // heading's words read as a speaker's: "by Corrections An"). A right of reply's author is one.
            let ownCorrection = notice.amendsElsewhere && !NoticeBoundary.isReplyMarker(notice.marker)
            return Entry(
                notice: notice, links: links, candidates: candidates, relation: relation,
                issuer: ownCorrection ? nil : Self.issuer(in: written))
        }
    }
}

extension NoticeReading {
    /// The body of `notice` as written, from where the reader found it starts (`ArticleReader`'s notices: its
    /// marker's body, or a live line's), or its joined `text` when no marker is read there.
    static func writtenBody(of notice: ArticleNotice, in scalars: ScalarText) -> String {
        let range = notice.range
        guard let found = UpdateMarker.match(in: scalars, at: range.start, limit: range.end),
              let match = found.bodyStart < range.end ? found : UpdateMarker.liveLine(in: scalars, at: range.start, limit: range.end),
              match.bodyStart < range.end else { return notice.text }
        return scalars.string(TextRange(match.bodyStart, range.end))
    }

    /// Who issued a notice, from its text: the one who says it, not what it is about. In its first sentence, the
    /// speaker a newsroom names — opening it ("Police say…", "La SNCF annonce…"), after it ("…, the city said.",
    /// "…, a indiqué la mairie.") or after "selon" / "according to"; else a name opening the notice that speaks
    /// ("Pierre Paperon, le directeur …, dément"). An anonymous or vague source ("une source proche", "an article
    /// by…", "ses sources") names no issuer, and neither does a later sentence: a notice's later sentences quote
    /// whoever it reports on.
    /// - Complexity: O(the text's words).
    public static func issuer(in text: String) -> String? {
        guard let first = IssuerWords.sentences(text).first else { return nil }
        return IssuerWords.speaker(of: first) ?? IssuerWords.leadingName(first)
    }
}

/// The words of a notice as `NoticeReading.issuer(in:)` reads them for a speaker.
private enum IssuerWords {
    /// One whitespace-separated word: as written (`text`), folded, without the punctuation around it (`key`), and
    /// whether a clause or a sentence ends after it.
    struct Word {
        var text: String
        var key: String
        var endsClause: Bool
        var endsSentence: Bool
        /// Capitalised as written.
        var capitalised: Bool
        /// Inside a quotation: the quoted speaker's words, not the notice's attribution.
        var quoted = false
    }

    /// Verbs by which a newsroom gives a statement to its speaker, folded; French past participles count only after
    /// their auxiliary ("a indiqué", not "un bilan communiqué").
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "reported", "reports", "report", "announced", "announces", "announce", "confirmed",
        "confirms", "confirm", "stated", "told", "tells", "tweeted", "tweets", "explained", "explains", "added",
        "warned", "warns", "denied", "denies", "responded", "responds", "apologized", "apologizes", "apologised",
        "indique", "indiquent", "annonce", "annoncent", "confirme", "confirment", "declare", "declarent", "precise",
        "precisent", "affirme", "affirment", "explique", "expliquent", "assure", "assurent", "rapporte", "rapportent",
        "signale", "signalent", "dement", "dementent", "ajoute", "ajoutent", "souligne", "soulignent", "wrote",
        "writes", "ecrit", "ecrivent",
    ]
    static let participles: Set<String> = [
        "indique", "annonce", "confirme", "declare", "precise", "affirme", "explique", "assure", "rapporte", "signale",
        "communique", "dementi", "ajoute", "souligne", "ecrit",
    ]
    static let frenchAuxiliaries: Set<String> = ["a", "ont", "avait", "avaient"]
    /// Words that may stand between a speaker and its verb ("has confirmed", "now says", "nous a communiqué").
    static let betweenSpeakerAndVerb: Set<String> = [
        "has", "have", "had", "now", "also", "later", "just", "then", "finally", "again", "officially", "since",
        "already", "deja", "depuis",
        "a", "ont", "avait", "avaient", "aussi", "desormais", "enfin", "egalement", "nous", "lui", "leur",
    ]
    /// Words that open no speaker: pronouns, indefinite and possessive determiners (an anonymous or vague source).
    static let noSpeaker: Set<String> = [
        "he", "she", "they", "it", "we", "i", "you", "this", "that", "these", "those", "there", "a", "an", "some",
        "his", "her", "their", "its", "our", "my", "your", "il", "elle", "ils", "elles", "on", "nous", "vous", "je",
        "un", "une", "des", "ses", "son", "sa", "leur", "leurs", "notre", "nos", "mon", "ma", "mes", "votre", "vos",
        "ce", "cette", "ces", "cela", "ca", "plusieurs", "certains", "reports", "sources", "i'm", "we're", "they're",
        "it's", "as", "but", "and", "so", "if", "when", "while", "mais", "et", "comme", "si", "quand", "many", "several",
        "most", "few", "other", "others", "beaucoup", "nombre", "d'autres", "quelques",
        // The newsroom contradicting what it said ("Contrary to what we reported …"): itself, no speaker named.
        "contrary", "contrairement",
    ]
    static let definite: Set<String> = ["the", "le", "la", "les"]
    /// Words by which a notice names the page it amends, in lower case ("this story", "la version précédente").
    static let selfReferences: Set<String> = [
        "story", "article", "version", "post", "headline", "report", "billet", "titre", "papier",
    ]
    /// Words that end a speaker named after its verb ("a indiqué ERDF à la presse", "said the city on Monday").
    static let afterSpeaker: Set<String> = [
        "in", "on", "at", "to", "during", "from", "via", "by", "late", "early", "a", "au", "aux", "dans", "en", "lors",
        "sur", "par", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "who", "which", "that", "qui", "que", "ce", "cette",
        "this", "hier", "yesterday", "today", "tonight", "aujourd'hui",
    ]
    /// Words past which a speaker's name runs no longer.
    static let longestSpeaker = 6
    /// The same for a speaker named without a capital or an article ("state police", "forecasters").
    static let longestBareSpeaker = 2

    /// The text's sentences as words: a sentence ends at ".", "!" or "?" before a capitalised word, except after a
    /// short capitalised abbreviation ("Sgt.", "Dr.").
    static func sentences(_ text: String) -> [[Word]] {
        // Each word, and whether a blank line follows it: a paragraph ends its sentence, full stop or not (a live
        // entry's title line, "20h40 : … souligne Yannick Jadot", then its first paragraph).
        var raw: [String] = []
        var paragraphEnds = Set<Int>()
        for paragraph in text.split(separator: "\n\n", omittingEmptySubsequences: true) {
            raw += paragraph.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\u{A0}" || $0 == "\r" }).map(String.init)
            if !raw.isEmpty { paragraphEnds.insert(raw.count - 1) }
        }
        var words: [Word] = []
        for (i, token) in raw.enumerated() {
            let core = token.unicodeScalars.drop { !Scalars.isLetter($0) && !Scalars.isDigit($0) }
            var trimmed = String(String.UnicodeScalarView(core)).trimmingTrailing { !($0.isLetter || $0.isNumber || $0 == ")") }
            // An acronym in brackets keeps its opening one: "(BEI)".
            if token.hasPrefix("("), trimmed.hasSuffix(")"), !trimmed.contains("(") { trimmed = "(" + trimmed }
            let key = Scalars.folded(trimmed.replacingApostrophes().unicodeScalars)
            // The punctuation closing the word, past a closing quotation mark or bracket ("said.»", "3,000" has none).
            let closing = String(String.UnicodeScalarView(token.unicodeScalars.reversed().prefix { !Scalars.isLetter($0) && !Scalars.isDigit($0) }))
            let last = closing.first(where: { ".!?,;:—–".contains($0) })
            let endsWithStop = last.map { ".!?".contains($0) } ?? false
            // (A quotation may open the next sentence: `… in Tamuning. "This is developing," …`.)
            let nextCapitalised = i + 1 < raw.count
                && raw[i + 1].unicodeScalars.first(where: Scalars.isLetter).map(Scalars.isUpper) == true
            let abbreviation = trimmed.count <= 3 && trimmed.unicodeScalars.first.map(Scalars.isUpper) == true
            let sentenceEnd = endsWithStop && (i + 1 == raw.count || nextCapitalised && !abbreviation) || paragraphEnds.contains(i)
            // An abbreviation inside a name keeps its full stop: "Gov. Maura Healey", "The U.S. Coast Guard".
            if abbreviation, !sentenceEnd, closing == "." { trimmed += "." }
            let clauseEnd = sentenceEnd || last != nil && !endsWithStop || endsWithStop && !abbreviation
            words.append(Word(text: trimmed, key: key, endsClause: clauseEnd, endsSentence: sentenceEnd,
                              capitalised: trimmed.unicodeScalars.first.map(Scalars.isUpper) == true))
        }
        // Quotation marks: a word opening one ("“Police", "«") starts a quotation, one closing it ends it.
        var inQuote = false
        for (i, token) in raw.enumerated() {
            let opens = token.first.map { "\"“«„".contains($0) } ?? false
            let closes = token.unicodeScalars.reversed().prefix { !Scalars.isLetter($0) && !Scalars.isDigit($0) }
                .contains { "\"”»".unicodeScalars.contains($0) }
            if opens { inQuote = true }
            words[i].quoted = inQuote
            if closes || token == "»" { inQuote = false }
        }
        var result: [[Word]] = []
        var current: [Word] = []
        for word in words {
            current.append(word)
            if word.endsSentence { result.append(current); current = [] }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// The speaker `sentence` names, if any: after "selon" / "according to", opening it before a verb of speech, or
    /// in its last clause around such a verb. The first found in reading order.
    static func speaker(of sentence: [Word]) -> String? {
        for (i, word) in sentence.enumerated() where !word.quoted {
            if word.key == "selon" || word.key == "d'apres", let name = source(sentence, from: i + 1) { return name }
            if word.key == "according", i + 1 < sentence.count, sentence[i + 1].key == "to", !word.endsClause,
               let name = source(sentence, from: i + 2) { return name }
            // "un bilan communiqué par la préfecture", "figures released by the county".
            if isAgentParticiple(sentence, at: i), let name = speaker(sentence, from: i + 2, cutAtCircumstance: true) { return name }
            guard isSpeechVerb(sentence, at: i) else { continue }
            // The clause before the verb, back past the words that may stand between it and its speaker.
            var end = i
            while end > 0, betweenSpeakerAndVerb.contains(sentence[end - 1].key) || negations.contains(sentence[end - 1].key),
                  !sentence[end - 1].endsClause { end -= 1 }
            // "Officials have not said when…": a statement not made names no speaker.
            if sentence[end..<i].contains(where: { negations.contains($0.key) }) { continue }
            var start = end
            while start > 0, !sentence[start - 1].endsClause { start -= 1 }
            // In the last clause: nothing after the verb but a circumstance ("in a statement", "jeudi à l'AFP"), or
            // whom it was told ("told reporters", "told The Associated Press").
            let inLastClause = endsWithCircumstance(sentence, after: i)
            if end == start, start > 0, let subject = subjectBeforeAside(sentence, endingAt: start), let name = name(subject) {
                // "The governor, who toured the site Tuesday, announced …": the speaker stands before the aside (and
                // not after the verb, where "…, qui étaient privés de courant, a indiqué ERDF" names it).
                return name
            }
            if end > start {
                // "Police say …" opening the sentence, or its subject clause after an opening phrase of circumstance
                // ("Following our report, the mayor said …", "Dans son communiqué, la mairie précise …"); "…, the city
                // said." closing it. After the statement, a bare plural may speak: "…, state police said".
                let postposed = start > 0 && inLastClause
                let opensSentence = start == 0 || opensWithCircumstance(sentence, before: start)
                if opensSentence || inLastClause, let name = name(Array(sentence[start..<end]), bare: postposed) { return name }
            } else if start > 0, !word.endsClause, endsWithSpeaker(sentence, after: i) {
                // "…, said the city." / "…, a indiqué la mairie à la presse."
                if let name = speaker(sentence, from: i + 1, cutAtCircumstance: true) { return name }
                // "…, said a neighbor, Bill Chen.": the name in apposition to a vague speaker.
                if let comma = sentence[(i + 1)...].firstIndex(where: \.endsClause), comma + 1 < sentence.count,
                   let name = speaker(sentence, from: comma + 1, cutAtCircumstance: true),
                   name.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true }) { return name }
            }
        }
        return nil
    }

    /// The source named after "selon" / "according to" from `start`: the name itself, or the body it speaks for when
    /// the words name a channel or a document of it ("les informations de RTL" → RTL, "une source du parquet" → le
    /// parquet, "a statement from the county" → the county, "le dernier bilan de la préfecture" → la préfecture). A
    /// channel or document with no body after it ("nos informations", "une source proche de l'enquête", "the latest
    /// count") names no one.
    static func source(_ sentence: [Word], from start: Int) -> String? {
        var i = start
        if i < sentence.count, channelDeterminers.contains(sentence[i].key) { i += 1 }
        // A channel or a document may follow an adjective or two ("le dernier bilan", "the latest count").
        var head = i
        while head < min(sentence.count - 1, i + 2), !sentence[head].endsClause,
              !channels.contains(sentence[head].key), !documents.contains(sentence[head].key) { head += 1 }
        if head < sentence.count, channels.contains(sentence[head].key) || documents.contains(sentence[head].key) {
            return body(sentence, after: head)
        }
        return speaker(sentence, from: start, cutAtCircumstance: true)
    }

    /// The body a channel or a document at `channel` speaks for, named after its preposition ("de RTL", "du parquet",
    /// "d'Enedis", "from the county", "for the city"); nil when none follows ("nos informations", "le dernier
    /// bilan,"), or when the channel ends its clause.
    static func body(_ sentence: [Word], after channel: Int) -> String? {
        guard channel + 2 < sentence.count, !sentence[channel].endsClause else {
            // "d'Enedis" glued to its preposition.
            return nil
        }
        let preposition = sentence[channel + 1].key
        // "les chiffres communiqués par le Sdis", "figures released by the county".
        if isAgentParticiple(sentence, at: channel + 1) { return speaker(sentence, from: channel + 3, cutAtCircumstance: true) }
        if let article = contractedArticles[preposition], !sentence[channel + 1].endsClause {
            // "du parquet" stands for "de le parquet", "du Parisien" for "de Le Parisien": the article comes back.
            var words = Array(sentence[(channel + 2)...])
            if !article.isEmpty {
                words.insert(Word(text: article, key: article, endsClause: false, endsSentence: false, capitalised: false), at: 0)
            }
            return speaker(words, from: 0, cutAtCircumstance: true)
        }
        if preposition.hasPrefix("d'"), sentence[channel + 1].text.count > 2 {
            var words = Array(sentence[(channel + 1)...])
            words[0].text = String(words[0].text.dropFirst(2))
            words[0].key = String(words[0].key.dropFirst(2))
            words[0].capitalised = words[0].text.unicodeScalars.first.map(Scalars.isUpper) == true
            return speaker(words, from: 0, cutAtCircumstance: true)
        }
        return nil
    }

    /// Documents, which hold figures but speak for no one unless whose they are follows ("the latest count").
    static let documents: Set<String> = [
        "count", "tally", "estimate", "estimates", "data", "figures", "bilan", "chiffres", "decompte", "donnees",
        "estimation", "estimations", "sondage", "poll", "survey", "study", "etude", "rapport", "report", "reports",
        "analyses", "analysis", "tests", "resultats", "results", "examens", "images", "documents",
    ]

    /// Determiners before a channel of a source ("les informations de", "a statement from").
    static let channelDeterminers: Set<String> = ["les", "la", "le", "une", "un", "des", "a", "an", "the"]
    /// Channels through which a body speaks, after "selon" / "according to".
    static let channels: Set<String> = [
        "informations", "information", "source", "sources", "communique", "statement", "spokesman", "spokeswoman",
        "spokesperson", "porte-parole", "bilan", "chiffres", "figures", "data", "donnees",
    ]
    /// Prepositions after a channel, with the article they hold ("du" is "de le"); "" when they hold none.
    static let contractedArticles: [String: String] = [
        "du": "le", "des": "les", "de": "", "of": "", "from": "", "at": "", "for": "",
    ]

    /// Whether the word at `i` is a participle of publication followed by its agent: "communiqué par", "released by".
    static func isAgentParticiple(_ sentence: [Word], at i: Int) -> Bool {
        guard i + 2 < sentence.count, !sentence[i].capitalised, !sentence[i].endsClause else { return false }
        // French participles agree: "communiqués", "annoncée(s)".
        let key = sentence[i].key
        let stems = [key, key.hasSuffix("s") ? String(key.dropLast()) : key, key.hasSuffix("es") ? String(key.dropLast(2)) : key,
                     key.hasSuffix("e") ? String(key.dropLast()) : key]
        guard stems.contains(where: agentParticiples.contains) else { return false }
        return sentence[i + 1].key == "par" || sentence[i + 1].key == "by"
    }

    /// Participles whose agent is the source of what they publish.
    static let agentParticiples: Set<String> = [
        "communique", "annonce", "confirme", "publie", "diffuse", "transmis", "released", "announced", "confirmed",
        "issued", "published", "provided",
    ]

    /// Whether the words after the verb at `verb` name its speaker and end the sentence: one clause ("…, said the
    /// city."), or a name then its apposition ("…, said Tom Reyes, a utility spokesman.", "…, a déclaré le maire,
    /// Jean Martin.").
    static func endsWithSpeaker(_ sentence: [Word], after verb: Int) -> Bool {
        let clauseEnds = sentence[(verb + 1)...].dropLast().indices.filter { sentence[$0].endsClause }
        guard let first = clauseEnds.first else { return true }
        // (A second clause may carry the attribution on: "…, a déclaré Jérôme Bonet, préfet du Gard, précisant que…".)
        // (Or a relative clause on a name in apposition: "…, said a neighbor, Bill Chen, whose house…".)
        let carriedOn = clauseEnds.count == 2 && clauseEnds[1] + 1 < sentence.count
            && (continuingParticiples.contains(sentence[clauseEnds[1] + 1].key) || relativePronouns.contains(sentence[clauseEnds[1] + 1].key))
        guard clauseEnds.count == 1 || carriedOn, first + 1 < sentence.count else { return false }
        let next = sentence[first + 1]
        // An apposition ("a utility spokesman", "préfet du Gard", "Jean Martin"), a relative clause on the speaker
        // ("who lives on Bridge Street"), or the attribution going on ("adding that…").
        return channelDeterminers.contains(next.key) || next.key.hasPrefix("l'") || next.capitalised
            || relativePronouns.contains(next.key) || continuingParticiples.contains(next.key)
            || (carriedOn ? clauseEnds[1] - first : sentence.count - first - 1) <= 5
    }

    /// The words before an aside that ends at `end` (exclusive), right before a verb, when the aside opens with a
    /// relative pronoun ("The governor, who toured the site, announced…", "Le préfet, qui s'est rendu sur place, a
    /// annoncé…"); nil when the clause before the verb is no such aside.
    static func subjectBeforeAside(_ sentence: [Word], endingAt end: Int) -> [Word]? {
        var asideStart = end - 1
        while asideStart > 0, !sentence[asideStart - 1].endsClause { asideStart -= 1 }
        guard asideStart > 0 else { return nil }
        let aside = sentence[asideStart..<end]
        // "The utility's president, Jane Roe, said": the name in apposition speaks.
        if (2...4).contains(aside.count), aside.allSatisfy({ $0.capitalised || $0.text == "-" }) { return Array(aside) }
        // "The mayor, speaking at a news conference, said": a participle's aside, like a relative one.
        let opensParticiple = !sentence[asideStart].capitalised && sentence[asideStart].key.hasSuffix("ing")
        guard relativePronouns.contains(sentence[asideStart].key) || opensParticiple else { return nil }
        var start = asideStart - 1
        while start > 0, !sentence[start - 1].endsClause { start -= 1 }
        return start < asideStart ? Array(sentence[start..<asideStart]) : nil
    }

    /// Verbs of denial, folded, which are statements only with what they deny (`deniedObjects`).
    static let denials: Set<String> = ["denied", "denies", "deny", "dement", "dementent", "dementi"]
    /// What a denial that is a statement denies: a report, a claim, "that…", "any", "toute", "l'information".
    static let deniedObjects: Set<String> = [
        "that", "the", "any", "all", "reports", "report", "claims", "claim", "allegations", "rumors", "rumours", "it",
        "que", "qu'il", "qu'elle", "qu'ils", "toute", "tout", "tous", "toutes", "l'information", "les", "la", "le",
        "l'existence", "en", "categoriquement", "formellement", "fermement", "strongly", "flatly", "firmly",
    ]

    /// Participles that carry an attribution on ("adding that…", "précisant que…").
    static let continuingParticiples: Set<String> = [
        "adding", "saying", "noting", "explaining", "ajoutant", "precisant", "expliquant", "soulignant",
    ]
    static let relativePronouns: Set<String> = ["who", "which", "whose", "qui", "que", "dont", "lequel", "laquelle"]
    static let negations: Set<String> = ["not", "never", "yet", "pas", "jamais", "n'a", "n'ont", "ne", "n'avait"]

    /// Whether the words after the verb at `verb`, up to the sentence's end, are a circumstance ("in a statement",
    /// "on Friday", "à l'AFP") rather than the rest of a statement.
    static func endsWithCircumstance(_ sentence: [Word], after verb: Int) -> Bool {
        guard verb + 1 < sentence.count else { return true }
        let told = sentence[verb].key == "told" || sentence[verb].key == "tells"
        // "…, fire officials said, adding that the leak was sealed.": the attribution goes on after the comma.
        if sentence[verb].endsClause, !sentence[verb].endsSentence, continuingParticiples.contains(sentence[verb + 1].key) { return true }
        guard told || afterSpeaker.contains(sentence[verb + 1].key) else { return false }
        // "…, the utility said in a statement, adding that a cable was damaged.": the attribution goes on.
        var last = sentence.count
        if let comma = sentence[(verb + 1)...].dropLast().firstIndex(where: \.endsClause), comma + 1 < sentence.count,
           continuingParticiples.contains(sentence[comma + 1].key) {
            last = comma + 1
        }
        return !sentence[(verb + 1)..<last].dropLast().contains { $0.endsClause } && last - verb - 1 <= 5
    }

    /// Folded words that open a phrase of circumstance before a sentence's subject ("Following our report, …",
    /// "After the statement, …", "Dans son communiqué, …", "Après notre article, …").
    static let circumstanceOpeners: Set<String> = [
        "following", "after", "in", "on", "at", "during", "since", "before", "despite", "earlier", "later",
        "dans", "apres", "suite", "lors", "depuis", "avant", "malgre", "en", "plus", "ce", "mardi", "lundi", "mercredi",
        "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Whether the words before `start`, the sentence's first clause, are a phrase of circumstance opening the
    /// sentence (`circumstanceOpeners`), with no verb of speech in it: the clause after it is the sentence's subject.
    static func opensWithCircumstance(_ sentence: [Word], before start: Int) -> Bool {
        guard start > 0, start <= 8, let first = sentence.first, circumstanceOpeners.contains(first.key) else { return false }
        return !sentence[0..<start].dropLast().contains(where: \.endsClause)
    }

    /// Folded determiners after which a word of `speechVerbs` is a noun ("our report", "the statement", "son
    /// communiqué"). Not the French "a" (an auxiliary: "nous a communiqué"), nor "le", "la", "les", "leur", which are
    /// also pronouns before a verb ("comme le rapporte", "leur dit").
    static let nounDeterminers: Set<String> = [
        "our", "the", "an", "his", "her", "their", "its", "this", "notre", "nos", "son", "sa", "ses", "un", "une", "cet",
        "cette",
    ]

    /// Whether the word at `i` is a verb of speech, written in lower case (a French participle after its auxiliary).
    static func isSpeechVerb(_ sentence: [Word], at i: Int) -> Bool {
        let word = sentence[i]
        guard !word.capitalised, speechVerbs.contains(word.key) || participles.contains(word.key) else { return false }
        let next = i + 1 < sentence.count && !word.endsClause ? sentence[i + 1].key : nil
        // "Following our report …", "after the statement", « selon son communiqué »: after a determiner, a noun.
        if i > 0, !sentence[i - 1].endsClause, nounDeterminers.contains(sentence[i - 1].key) { return false }
        // "Initial reports incorrectly detailed …", "Early reports suggested …": a noun before its own verb.
        if ["reports", "report"].contains(word.key), let next, next.hasSuffix("ly") || next.hasSuffix("ed") { return false }
        // "Voters said yes to the levy", « ont dit non »: a vote, not a statement.
        if let next, ["yes", "no", "oui", "non"].contains(next) { return false }
        // A denial is a statement when it denies what was said ("denied the report", "dément toute fermeture",
        // "denied that…", or ending its clause: "…, the company denied"); "The judge denied bail" is a ruling.
        if denials.contains(word.key), let next, !deniedObjects.contains(next) { return false }
        if word.text.hasSuffix("é") || word.text.hasSuffix("i"), participles.contains(word.key) {
            // "a indiqué", "nous a communiqué": the auxiliary within two words before.
            return sentence[max(0, i - 2)..<i].contains { frenchAuxiliaries.contains($0.key) && !$0.capitalised }
        }
        return speechVerbs.contains(word.key)
    }

    /// The speaker named from `start` to the clause's end (or a circumstance's first word when `cutAtCircumstance`).
    static func speaker(_ sentence: [Word], from start: Int, cutAtCircumstance: Bool = false) -> String? {
        var end = start
        while end < sentence.count {
            if end > start, cutAtCircumstance, afterSpeaker.contains(sentence[end].key), !sentence[end].capitalised { break }
            end += 1
            if sentence[end - 1].endsClause { break }
        }
        guard end > start else { return nil }
        return name(Array(sentence[start..<end]))
    }

    /// `words` as a speaker's name: at most `longestSpeaker` words, opening with a capital or a definite article (or,
    /// when `bare`, at most `longestBareSpeaker` words in lower case), not with a pronoun or an indefinite or
    /// possessive determiner.
    static func name(_ words: [Word], bare: Bool = false) -> String? {
        // "A spokesman for the city", "un porte-parole de la mairie": the body the channel speaks for.
        if words.count >= 3, channelDeterminers.contains(words[0].key), channels.contains(words[1].key) {
            return body(words, after: 1)
        }
        guard let first = words.first, words.count <= longestSpeaker, !noSpeaker.contains(first.key) else { return nil }
        // The article itself is no issuer: "The original version of this story stated…", "l'article initial disait".
        guard !words.contains(where: { !$0.capitalised && selfReferences.contains($0.key) }) else { return nil }
        // Nor is a document ("the latest count", "le dernier bilan", "les analyses ADN"): it names no one who speaks
        // (`source` reads whose it is when that follows: "the latest count from the Red Cross").
        guard !words.contains(where: { !$0.capitalised && documents.contains($0.key) }) else { return nil }
        let article = definite.contains(first.key) || first.key.hasPrefix("l'")
        let bareName = bare && words.count <= longestBareSpeaker && words.allSatisfy { $0.key.allSatisfy(\.isLetter) }
        guard first.capitalised || article || bareName, !(article && words.count == 1 && !first.key.hasPrefix("l'"))
        else { return nil }
        return words.map(\.text).joined(separator: " ")
    }

    /// A name opening the notice, two to four capitalised words, when it speaks: set off by a comma ("Pierre
    /// Paperon, le directeur …, dément") or followed, in its clause, by a verb of speech ("Guam Police Department
    /// spokesman … said"). A name that is only the subject ("Main Street has reopened") issues nothing.
    static func leadingName(_ sentence: [Word]) -> String? {
        var count = 0
        for word in sentence.prefix(4) {
            guard word.capitalised, word.text.unicodeScalars.dropFirst().allSatisfy({ Scalars.isLower($0) || $0 == "-" || $0 == "'" })
            else { break }
            count += 1
            if word.endsClause { break }
        }
        // One capitalised word is usually a sentence's first word, not a name; "A Montpellier," opens a place.
        guard count >= 2, let first = sentence.first, !noSpeaker.contains(first.key), !afterSpeaker.contains(first.key)
        else { return nil }
        let clauseEnd = sentence[(count - 1)...].firstIndex(where: \.endsClause) ?? sentence.count - 1
        // Set off by a comma, the name speaks when a verb of speech follows its apposition ("Pierre Paperon, le
        // directeur …, dément"; not "Mill Road, the main route into downtown, has reopened"). A name that is the whole
        // sentence, a title line, says nothing.
        var setOff = false
        if sentence[count - 1].endsClause, !sentence[count - 1].endsSentence,
           let asideEnd = sentence[count...].firstIndex(where: \.endsClause), !sentence[asideEnd].endsSentence {
            setOff = sentence.indices.contains { $0 > asideEnd && $0 <= asideEnd + 3 && isSpeechVerb(sentence, at: $0) }
        }
        // ("National Grid did not say what caused the leak" names no speaker.)
        let speaks = setOff || sentence.indices.contains { $0 >= count && $0 <= clauseEnd && isSpeechVerb(sentence, at: $0)
            && !sentence[max(count, $0 - 2)..<$0].contains { negations.contains($0.key) } }
        return speaks ? sentence.prefix(count).map(\.text).joined(separator: " ") : nil
    }
}

private extension String {
    func replacingApostrophes() -> String { String(map { $0 == "’" ? "'" : $0 }) }
}

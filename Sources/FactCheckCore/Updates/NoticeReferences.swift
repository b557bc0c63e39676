/// What a notice says it amends: the words it quotes, and what follows an explicit reference to the article's
/// earlier text ("we reported that X", "an earlier version said X", "contrairement à ce que nous indiquions, X").
/// Also the time-bound wording that a later notice supersedes ("pour l'instant", "has not responded").
enum NoticeReferences {
    /// Folded cues after which, to the end of the sentence, the notice restates what the article said.
    static let referenceCues: [String] = [
        "we reported", "we had reported", "we wrote", "we said", "we stated", "we previously", "originally reported",
        "earlier version", "previous version", "earlier story", "was reported", "had reported", "reported that",
        "incorrectly stated", "incorrectly said", "incorrectly reported", "misstated", "erroneously",
        "mistakenly asserted", "mistakenly reported", "mistakenly stated", "mistakenly said", "mistakenly wrote",
        "wrongly reported",
        "contrairement a ce que", "nous indiquions", "nous avions indique", "nous avions ecrit", "nous ecrivions",
        "nous avions affirme", "nous annoncions", "nous avions annonce", "nous affirmions", "precedente version",
        "version precedente", "il etait indique", "etait ecrit", "par erreur", "despite what", "contrary to",
    ]

    /// Folded phrases that make a claim provisional: a later notice may settle it.
    static let timeBoundCues: [String] = [
        "pour l'instant", "pour le moment", "pas encore", "on ignore", "reste inconnu", "n'a pas repondu",
        "n'ont pas repondu", "pas repondu", "a l'heure actuelle", "actuellement", "jusqu'ici", "aucune information",
        "pas de reponse", "pas ete confirme", "n'a pas ete", "not yet", "has not responded", "have not responded",
        "did not respond", "did not immediately", "could not be reached", "declined to comment", "unclear",
        "currently", "so far", "for now", "at this time", "unknown", "it is not known", "not been confirmed",
        "no word", "yet to", "remains to be seen", "developing", "too close to call", "will update", "i'll update",
        "when it's available", "when available", "to be confirmed", "a confirmer", "reste a confirmer", "en attendant",
        "ne sait pas encore", "we will update", "nous mettrons a jour", "sans plus de details",
        // States still in progress when written: a search, an appeal, an expectation.
        "still", "toujours", " is missing", " are missing", "porte disparu", "searching for", "are looking for",
        "is looking for", "recherchent", "est recherche", "sont recherche", "appel a temoin", "is expected", "are expected",
        "devrait", "devraient",
        // Plans and schedules, true until changed: a notice may move them.
        " sera ", " seront ", " will be ", "is scheduled", "are scheduled", "scheduled to", "est prevu",
        "sont prevu", "is set to", "are set to", "is planned", "are planned",
        // Written "at the time of writing": true then, open to a later notice.
        "au moment ou nous ecrivons", "a l'heure ou nous ecrivons", "au moment d'ecrire", "au moment de publier",
        "at the time of writing", "as of this writing", "at press time", "as we write", "a l'heure de publier",
        "ou sont ecrites ces lignes",
        // "At the moment, …" (not "at the moment of the crash", a past instant).
        "at the moment,", "as of now", "as of press time", "a ce stade", "pour l'heure", "a l'heure qu'il est",
        // An expectation stated before the outcome: "was expected to weaken", "on s'attendait à" (not "as was
        // expected", an outcome).
        "was expected to", "were expected to", "s'attendait", "s'attendaient", "etait attendu", "etaient attendu",
        "en esperant", "dans l'espoir", "in the hope", "in hopes", "hoping", "pending", "en cours", "ongoing", "under way", "underway", "trop tot", "too early",
        // Left open until announced: "date à déterminer", "reste à définir", "to be determined" (TBD).
        "a determiner", "a definir", "to be determined", "to be announced",
    ]

    /// Folded phrases that make a claim unconfirmed: hearsay (the French conditional of reported facts), rumour,
    /// doubt. A later confirmation, denial, correction or clarification settles it; an addition need not.
    static let hedgedCues: [String] = [
        " aurait ", " auraient ", " serait ", " seraient ", "semblerait", "il semble", "semble-t-il", "peut-etre",
        "rumeur", "on ne sait pas", "ne sait pas", "ne savons pas", "pas sur que", "apparemment", "selon certains",
        "reportedly", "allegedly", "rumor", "rumour", "apparently", "it seems", "seems to", "don't know", "do not know",
        "not sure", "unsure", " may have ", " might ", "perhaps", "possibly", "a priori", "supposedly", "presumably",
    ]

    /// Folded phrases by which a claim says that something is not known yet ("the cause is still unknown", "it's
    /// unclear when", "on ignore encore", "l'état des victimes reste inconnu"): an open question a later notice may
    /// answer by naming only its subject ("the cause was a code change").
    static let openQuestionCues: [String] = [
        "unknown", "unclear", "not clear", "it is not known", "not immediately known", "remains to be seen", "no word on",
        "on ignore", "inconnu", "inconnue", "on ne sait pas", "ne sait pas encore", "n'est pas clair", "reste a determiner",
        "pas encore connu",
    ]

    /// `openQuestionCues`, indexed once.
    static let openQuestionPhrases = PhraseSet(openQuestionCues)

    /// Whether the text of `range` asks an open question (one of `openQuestionCues`).
    /// - Complexity: O(n) in the range's length.
    static func asksOpenQuestion(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        occurs(openQuestionPhrases, in: scalars, range)
    }

    /// Folded phrases by which news says a question is still open ("the cause remains under investigation", "has not
    /// been determined", « une enquête est en cours »): it answers none.
    static let stillOpenCues: [String] = [
        "under investigation", "being investigated", "still investigating", "investigation is ongoing",
        "investigation continues", "enquete est en cours", "enquete est toujours en cours", "enquete se poursuit",
        "enquete en cours", "not been determined", "not yet determined", "not been established", "looking into",
        "investigating whether", "toujours pas determine", "pas encore determine", "pas ete determine",
        "pas encore etablie", "pas encore etabli",
    ]

    /// `stillOpenCues`, indexed once.
    static let stillOpenQuestionPhrases = PhraseSet(stillOpenCues)

    /// Whether the text of `range` says a question is still open (one of `stillOpenCues`).
    /// - Complexity: O(n) in the range's length.
    static func saysStillOpen(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        occurs(stillOpenQuestionPhrases, in: scalars, range)
    }

    /// `hedgedCues`, indexed once.
    static let hedgedPhrases = PhraseSet(hedgedCues)

    /// Whether the text of `range` holds a hedged phrase (one of `hedgedCues`).
    /// - Complexity: O(n) in the range's length.
    static func isHedged(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        occurs(hedgedPhrases, in: scalars, range)
    }

    /// Whether one of `phrases` occurs in the folded text of `range`, read between spaces.
    private static func occurs(_ phrases: PhraseSet, in scalars: ScalarText, _ range: TextRange) -> Bool {
        var folded: [UInt8] = [0x20]
        folded.append(contentsOf: Scalars.folded(scalars[range.start..<range.end]).utf8)
        folded.append(0x20)
        return phrases.occurs(in: folded)
    }

    /// Scalar ranges (offsets into `scalars`) the notice quotes or restates, inside `range`; with `quotations` false,
    /// only what it restates after a cue ("we reported that …"), not the words it quotes.
    static func spans(in scalars: ScalarText, range: TextRange, quotations: Bool = true) -> [TextRange] {
        var spans: [TextRange] = []
        // Quotations: « … », “ … ”, " … ".
        var open: (index: Int, close: Unicode.Scalar)?
        for i in range.start..<range.end where quotations {
            let s = scalars[i]
            if let current = open {
                if s == current.close { spans.append(TextRange(current.index + 1, i)); open = nil }
                continue
            }
            switch s {
            case "«": open = (i, "»")
            case "“": open = (i, "”")
            case "\"": open = (i, "\"")
            default: break
            }
        }
        // Explicit references, to the end of their sentence.
        let folded = Scalars.folded(scalars[range.start..<range.end])
        let foldedScalars = Array(folded.unicodeScalars)
        guard foldedScalars.count == range.length else { return spans }
        for cue in referenceCues {
            var search = folded[...]
            while let found = search.firstRange(of: cue) {
                let startOffset = folded.unicodeScalars.distance(from: folded.unicodeScalars.startIndex, to: found.upperBound)
                var end = startOffset
                while end < foldedScalars.count, !".!?;".unicodeScalars.contains(foldedScalars[end]) { end += 1 }
                if end > startOffset { spans.append(TextRange(range.start + startOffset, range.start + end)) }
                search = folded[found.upperBound...]
            }
        }
        return spans
    }

    /// Folded cues after which a number is one the notice says was wrong: "le tarif n'est pas de 5 €, mais de 7 €",
    /// "it costs $7, not $5", "au lieu de 12", "rather than 40". The claim that holds that number is the one amended.
    static let replacedNumberCues: [String] = [
        "pas de ", "pas ", "et non ", "non pas ", "au lieu de ", "au lieu des ", "plutot que ", "et pas ",
        "not ", "instead of ", "rather than ", "not the ",
    ]

    /// `replacedNumberCues` as scalars, made once.
    private static let replacedNumberCueScalars: [[Unicode.Scalar]] = replacedNumberCues.map { Array($0.unicodeScalars) }

    /// Whether one of `replacedNumberCues` ends right before `at` in `folded`, a whole word before it; with
    /// `allowingPreposition`, a preposition of time may stand between ("not on Saturday", "et non en juin").
    private static func followsCue(_ folded: [Unicode.Scalar], at position: Int, allowingPreposition: Bool) -> Bool {
        var ends = [position]
        if allowingPreposition {
            for preposition in ["on ", "in ", "en ", "le ", "au mois de "] {
                let p = Array(preposition.unicodeScalars)
                if position >= p.count, folded[(position - p.count)..<position].elementsEqual(p) { ends.append(position - p.count) }
            }
        }
        return ends.contains { cueEnd in
            replacedNumberCueScalars.contains { cue in
                cueEnd >= cue.count && folded[(cueEnd - cue.count)..<cueEnd].elementsEqual(cue)
                    && (cueEnd == cue.count || !Scalars.isLetter(folded[cueEnd - cue.count - 1]))
            }
        }
    }

    /// Whether the word of `length` scalars at `start` (folded `word`) is a name a correction may replace ("She is
    /// the mayor of Cohoes, not Troy.", "à Vienne et non à Valence" reads no name: a preposition stands between): a
    /// capital, then lower-case letters, two at least, and no word of `unreplacedNames`. The claim that holds the
    /// wrong name is the one amended, as for a number.
    static func isReplacedName(_ scalars: ScalarText, at start: Int, length: Int, word: String) -> Bool {
        guard length >= 3, Scalars.isUpper(scalars[start]),
              (start + 1..<start + length).allSatisfy({ Scalars.isLower(scalars[$0]) }) else { return false }
        return !unreplacedNames.contains(word)
    }

    /// Folded cues after which a capitalised word is a name the notice says was wrong: "not" only after a comma ("…
    /// of Cohoes, not Troy"), as a sentence opening with "Not" may set its next word in capitals ("Not Everyone
    /// Agrees"). Not "instead of", "rather than", "au lieu de", "plutôt que": news tells a choice with them ("will hire
    /// Harper Construction rather than Bellweather Builders", the twenty-fifth session's review).
    static let replacedNameCues: [[Unicode.Scalar]] = [", not ", ", not the ", " et non ", ", et non ", " non pas "]
        .map { Array($0.unicodeScalars) }

    /// Whether one of `replacedNameCues` ends right before `position` in `folded`.
    private static func followsNameCue(_ folded: [Unicode.Scalar], at position: Int) -> Bool {
        replacedNameCues.contains { cue in position >= cue.count && folded[(position - cue.count)..<position].elementsEqual(cue) }
    }

    /// Folded capitalised words after a cue that name nothing a claim holds: a pronoun, an article, a quantifier.
    static let unreplacedNames: Set<String> = [
        "the", "this", "that", "these", "those", "only", "one", "all", "any", "even", "just", "yet", "our", "his", "her",
        "their", "its", "les", "une", "des", "ces", "cet", "cette", "son", "ses", "leur", "tout", "tous", "encore",
        "plus", "que", "qui",
    ]

    /// Numbers written as words, folded, that a correction may replace ("three, not two", "trois et non deux").
    static let numberWords: Set<String> = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "hundred",
        "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix", "onze", "douze", "vingt", "cent",
    ]

    /// Scalar ranges (offsets into `scalars`) of the numbers `range` says were wrong (after one of
    /// `replacedNumberCues`, a currency sign allowed between: "not $5"), and of the days, months and numbers in words
    /// (`numberWords`) it says so of, a preposition of time allowed between ("not on Saturday", "et non en juin").
    /// "Not 100 % sure" replaces no number.
    /// - Complexity: O(n) in the range's length, plus the cues compared before each number.
    static func replacedNumbers(in scalars: ScalarText, range: TextRange) -> [TextRange] {
        replacedTerms(in: scalars, range: range).numbers
    }

    /// `replacedNumbers`, and in the same pass the names `range` says were wrong (`isReplacedName` after one of
    /// `replacedNameCues`: "of Cohoes, not Troy", "not New York" whole).
    static func replacedTerms(in scalars: ScalarText, range: TextRange) -> (numbers: [TextRange], names: [TextRange]) {
        let folded = Array(Scalars.folded(scalars[range.start..<range.end]).unicodeScalars)
        guard folded.count == range.length else { return ([], []) }
        var result: [TextRange] = []
        var names: [TextRange] = []
        var i = 0
        while i < folded.count {
            // A day, a month or a number written as a word after a cue ("on Friday, not Saturday", "en juillet et non
            // en juin", "three, not two"): what the notice says was wrong, as a figure is.
            if Scalars.isLetter(folded[i]), i == 0 || !Scalars.isLetter(folded[i - 1]) {
                var end = i
                while end < folded.count, Scalars.isLetter(folded[end]) { end += 1 }
                let word = String(String.UnicodeScalarView(folded[i..<end]))
                if DateLine.isDayName(word) || numberWords.contains(word), followsCue(folded, at: i, allowingPreposition: true) {
                    result.append(TextRange(range.start + i, range.start + end))
                } else if isReplacedName(scalars, at: range.start + i, length: end - i, word: word), followsNameCue(folded, at: i) {
                    // A name of several capitalised words is replaced whole ("not New York"): "New" alone is not it.
                    var nameEnd = end
                    while nameEnd + 1 < folded.count, folded[nameEnd] == " ", Scalars.isUpper(scalars[range.start + nameEnd + 1]) {
                        var next = nameEnd + 1
                        while next < folded.count, Scalars.isLetter(folded[next]) { next += 1 }
                        nameEnd = next
                    }
                    names.append(TextRange(range.start + i, range.start + nameEnd))
                    i = nameEnd
                    continue
                }
                i = end
                continue
            }
            guard Scalars.isDigit(folded[i]), i == 0 || !Scalars.isDigit(folded[i - 1]) else { i += 1; continue }
            let start = i
            var end = i
            while end < folded.count, Scalars.isDigit(folded[end]) || ",. \u{A0}\u{202F}".unicodeScalars.contains(folded[end]) && end + 1 < folded.count && Scalars.isDigit(folded[end + 1]) { end += 1 }
            i = end
            // The cue ends right before the number, or before a currency sign in front of it.
            let cueEnd = start > 0 && "$€£".unicodeScalars.contains(folded[start - 1]) ? start - 1 : start
            guard followsCue(folded, at: cueEnd, allowingPreposition: false) else { continue }
            var after = end
            while after < folded.count, folded[after] == " " || folded[after] == "\u{A0}" { after += 1 }
            let hundredPercent = folded[start..<end].elementsEqual("100".unicodeScalars)
                && (after < folded.count && folded[after] == "%" || folded[after...].starts(with: "percent".unicodeScalars))
            if !hundredPercent { result.append(TextRange(range.start + start, range.start + end)) }
        }
        return (result, names)
    }

    /// Folded cues of a note about the page's own form rather than its facts ("edited to clean up various things",
    /// "fixed a typo", "correction de coquilles", "mise en forme"): such a note amends no claim, so it does not fall
    /// back on the lede when it names nothing the article says.
    static let housekeepingCues: [String] = [
        "clean up", "cleaned up", "typo", "formatting", "spelling", "broken link", "coquille", "faute de frappe",
        "fautes de frappe", "faute d'orthographe", "fautes d'orthographe", "mise en forme", "mise en page", "lien casse",
    ]

    /// Folded phrases of a note saying what the page took off itself (a photo, a name), not what it says.
    static let removalCues: [String] = [
        "removed from this story", "removed from this article", "removed from this post", "removed from the story",
        "retire de cet article", "retiree de cet article", "retires de cet article", "retirees de cet article",
    ]

    /// Whether the notice text in `range` says only what the page took off itself (`removalCues`: "The photos and
    /// name of the boy have been removed from this story"): it amends no claim, whatever words it shares with them.
    static func isRemovalNote(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        occurs(removalPhrases, in: scalars, range)
    }

    /// `removalCues`, indexed once.
    static let removalPhrases = PhraseSet(removalCues)

    /// Folded phrases of a note saying the page now carries the new version ("A corrected version of the story is
    /// below", "This story has been updated after a police press conference", "Cet article a été modifié pour…"):
    /// the sentences below were rewritten with what the note tells, so none of them still says what it amends.
    static let rewrittenCues: [String] = [
        "corrected version of the story", "corrected version of this story", "corrected version of the article",
        "corrected version of this article", "corrected version follows", "corrected story follows",
        "story has been updated after", "article has been updated after", "post has been updated after",
        "story has been updated to reflect", "article has been updated to reflect", "post has been updated to reflect",
        "story has been rewritten", "article has been rewritten", "story was updated to reflect",
        "version corrigee de l'article", "version corrigee ci-dessous", "article a ete modifie pour",
        "article a ete corrige pour", "article a ete mis a jour pour tenir compte", "article a ete reecrit",
    ]

    /// `rewrittenCues`, indexed once.
    static let rewrittenPhrases = PhraseSet(rewrittenCues)

    /// Whether the notice text in `range` says the page now carries the rewritten version (`rewrittenCues`): it
    /// amends no sentence left on the page, whatever words it shares with them.
    static func saysPageRewritten(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        occurs(rewrittenPhrases, in: scalars, range)
    }

    /// Folded words by which a headline, short of its auxiliaries, tells that a state has ended ("Lockdown lifted at
    /// …", "All lanes reopen following crash cleanup", "Avis d'ébullition levé", "Le bébé retrouvé").
    static let headlineEndingWords: [String] = [
        "lifted", "reopen", "reopens", "reopened", "restored", "found", "located", "ends", "ended", "over", "resumes",
        "resumed", "canceled", "cancelled", "leve", "levee", "levees", "rouvre", "rouvert", "rouverte", "retabli",
        "retablie", "retrouve", "retrouvee", "reprend", "fin",
    ]

    private static let headlineEndingPhrases = PhraseSet(headlineEndingWords)

    /// Whether a headline in `range` tells that a state has ended (`headlineEndingWords`): written with the update.
    static func headlineTellsEnding(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        occurs(headlineEndingPhrases, in: scalars, range)
    }

    /// Whether the notice text in `range` is a note about the page's own form (one of `housekeepingCues`).
    static func isHousekeeping(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let folded = Scalars.folded(scalars[range.start..<range.end])
        return housekeepingCues.contains { folded.contains($0) }
    }

    /// Whether the text of `range` refers to what the article said (one of `referenceCues`).
    static func refersToArticle(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        // One pass over the folded bytes (a `String.contains` per cue built a searcher each time, for every notice
        // and every span of it).
        occurs(referencePhrases, in: scalars, range)
    }

    /// `referenceCues`, indexed once.
    static let referencePhrases = PhraseSet(referenceCues)

    /// Folded phrases of a live update that ends a state its story reported: a lockdown lifted, a road or a site
    /// reopened, a service restored, traffic resumed ("the lockdown was lifted", "le périphérique a rouvert", "la
    /// circulation a repris", "fin de la perturbation", "est de retour"). Such an update settles the state the
    /// story below it opened with, though it seldom repeats its words ("is on lockdown", "est coupé"). "Lifted" and
    /// "levé" end a state only said of a state (passive, or with a measure as object): a mayor who "lifted the cup"
    /// or "a levé son verre" ended nothing.
    static let resolutionCues: [String] = [
        " reopened", " restored", " resumed", " is over", " was over", " are over", " were over", " ended",
        "all clear", "all-clear", "back online", "back to normal", "has ended", "have ended", "had ended",
        " rouvert", " rouvre", " a repris", " ont repris", " retabli", " est de retour", " sont de retour",
        "fin de la perturbation", "fin de l'incident", "fin de l'alerte", "retour a la normale",
        // A service back ("is back up and running", not "will be back up", a forecast); a missing person found.
        " is back up", " are back up", "appears to be back up", "back up and running", " been located", " was located",
        " were located", "found safe", "found alive", "located safe", " ete retrouve", "retrouve sain", "retrouvee saine",
        "retrouve vivant", "retrouvee vivante", "found safely", " been found",
        // A road or a place open again, the hyphen kept ("has been re-opened"); or said open, "all lanes of travel are
        // open", read as `openCues` are.
        " re-opened", " is open", " are open", " now open", " back open",
        // A person sought found dead: the search is over as well.
        "found dead", "retrouve mort", "retrouvee morte", "retrouve sans vie", "retrouvee sans vie",
        // The ending said now in force ("l'avis est maintenant levé", "est désormais levée").
        "maintenant leve", "desormais leve",
    ] + ["was", "were", "been", "is", "are", "be"].map { " \($0) lifted" }
        + ["lockdown", "order", "ban", "curfew", "warning", "advisory", "alert", "evacuation", "closure", "restrictions",
           "notice", "shelter-in-place", "watch"].map { " lifted the \($0)" }
        + ["ete leve", "est leve", "sont leve", "etait leve", "levee du ", "levee de l'", "levee de la ", "levee des "]
        + ["l'alerte", "le confinement", "le perimetre", "le bouclage", "l'ordre", "l'interdiction", "l'arrete",
           "les restrictions", "la vigilance", "l'evacuation"].map { " leve \($0)" }

    /// `resolutionCues`, indexed once.
    static let resolutionPhrases = PhraseSet(resolutionCues)

    /// Whether the notice text in `range` says a state has ended: one of `resolutionCues` as whole words (a French
    /// participle may agree: "rouverte", "retrouvées"; "found safety" is no "found safe"), not negated in its clause
    /// ("has still not been located", "ne sera pas rétabli"), and, for a cue that also reads as plain prose ("was
    /// located on the ground floor", "retrouvé calciné", "prices are back up above $4"), followed by the end of its
    /// clause or a word of `endingFollowers`.
    /// - Complexity: O(n) in the range's length.
    static func isResolution(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        var folded: [UInt8] = [0x20]
        folded.append(contentsOf: Scalars.folded(scalars[range.start..<range.end]).utf8)
        folded.append(0x20)
        for match in resolutionPhrases.matches(in: folded) {
            guard let end = wordEnd(folded, after: match.end), !isNegated(folded, before: match.start) else { continue }
            if guardedResolutionCues.contains(resolutionCues[match.phrase]), !endsState(folded, after: end) { continue }
            if openCues.contains(resolutionCues[match.phrase]), !opensAgain(folded, from: match.start, to: end) { continue }
            return true
        }
        return false
    }

    /// Resolution cues that also read as plain prose: a place ("was located on the ground floor", "a été retrouvé
    /// sur l'arme"), a thing's state ("retrouvé calciné") or a level ("are back up above $4") may follow them.
    static let guardedResolutionCues: Set<String> = [
        " been located", " was located", " were located", " ete retrouve", " is back up", " are back up",
        "appears to be back up", " been found", " ended",
    ]

    /// Resolution cues that say a place is open: an ending only when the clause goes on with `openFollowers` ("is now
    /// open to traffic", "is back open again"), or stops there after a way or a place that closes (`closingPlaces`:
    /// "all lanes of travel are open."), and not of a time to come ("will be open", "is expected to be back open"). A
    /// place's hours ("is open until 9 p.m.", "open Sunday", "open today"), an offer ("Registration is now open."), a
    /// question ("the matter is open") or access ("open to the public") end nothing.
    static let openCues: Set<String> = [" is open", " are open", " now open", " back open"]

    /// Folded nouns of the ways and places a closure shuts, which "is open" then reopens.
    static let closingPlaces: Set<String> = [
        "lane", "lanes", "road", "roads", "highway", "highways", "bridge", "route", "street", "interstate", "tunnel",
        "ramp", "ramps", "freeway", "motorway", "expressway", "pass", "crossing", "border", "trail", "trails", "park",
        "airport", "runway", "station", "line", "port", "terminal", "school", "schools", "campus",
    ]

    /// Words that may follow one of `openCues` and keep it an ending.
    static let openFollowers: [[String]] = [["again"], ["to", "traffic"], ["in", "both", "directions"], ["as", "of"]]

    /// Whether the open cue from `start` to `end` in `folded` is an ending (`openCues`): not after a modal or "be",
    /// which tell a time to come ("is expected to be back open", "will now open").
    private static func opensAgain(_ folded: [UInt8], from start: Int, to end: Int) -> Bool {
        let before = String(decoding: folded[max(0, start - 24)..<start], as: UTF8.self)
            .split(whereSeparator: { !$0.isLetter }).suffix(3)
        if let last = before.last, ["be", "will", "would", "should", "could", "may", "might"].contains(last) { return false }
        var i = end
        while i < folded.count, folded[i] == 0x20 { i += 1 }
        guard i < folded.count, !clauseEnds.contains(folded[i]) else { return before.contains { closingPlaces.contains(String($0)) } }
        let after = String(decoding: folded[i..<min(folded.count, i + 40)], as: UTF8.self)
            .split(whereSeparator: { !$0.isLetter }).prefix(3).map(String.init)
        return openFollowers.contains { after.starts(with: $0) }
    }

    /// Folded words that may follow a guarded resolution cue and keep it an ending: a person found in good health,
    /// an agent or a time ("located safe", "located by police", "retrouvée saine et sauve", "retrouvé par les
    /// gendarmes", "is back up and running", "is back up after the outage").
    static let endingFollowers: Set<String> = [
        "safe", "alive", "unharmed", "uninjured", "well", "and", "by", "after", "overnight", "today", "tonight",
        "yesterday", "early", "late", "shortly", "now", "again", "following", "online",
        "sain", "saine", "sains", "saines", "vivant", "vivante", "vivants", "vivantes", "indemne", "indemnes", "et",
        "par", "hier", "peu", "vers", "dead", "mort", "morte", "morts", "mortes", "sans",
        // The day it ended ("the strike ended Thursday night").
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// The end of a cue match ending before `end`, past a French agreement ("e", "s", "es"), when a word ends there.
    private static func wordEnd(_ folded: [UInt8], after end: Int) -> Int? {
        let last = folded[end - 1]
        guard isWordByte(last) else { return end }
        for suffix in [[], [0x65], [0x73], [0x65, 0x73]] as [[UInt8]] {
            let stop = end + suffix.count
            guard stop <= folded.count, Array(folded[end..<stop]) == suffix else { continue }
            if stop == folded.count || !isWordByte(folded[stop]) { return stop }
        }
        return nil
    }

    /// Whether `byte` (folded text) is part of a word: a letter or a digit.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || byte >= 0x80
    }

    /// Bytes that end a clause.
    private static let clauseEnds: Set<UInt8> = Set(".;:!?,\n()".utf8)

    /// The words of the clause that ends at `offset` (back to its punctuation).
    private static func clauseWords(_ folded: [UInt8], before offset: Int) -> [String] {
        var start = offset
        while start > 0, !clauseEnds.contains(folded[start - 1]) { start -= 1 }
        return String(decoding: folded[start..<offset], as: UTF8.self)
            .split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
    }

    /// Whether the clause before `offset` negates what follows ("has still not been located", "n'a toujours pas été
    /// retrouvée", "ne sera pas rétabli"): the relation reader's one reading of negation, on the same folded text.
    private static func isNegated(_ folded: [UInt8], before offset: Int) -> Bool {
        let text = String(decoding: folded, as: UTF8.self)
        return NoticeRelationReader.isNegated(text, before: text.utf8.index(text.startIndex, offsetBy: offset))
    }

    /// Whether what follows a guarded cue ending at `offset` keeps it an ending: the clause ends there, or its next
    /// word is one of `endingFollowers`.
    private static func endsState(_ folded: [UInt8], after offset: Int) -> Bool {
        var i = offset
        while i < folded.count, folded[i] == 0x20 { i += 1 }
        guard i < folded.count else { return true }
        if clauseEnds.contains(folded[i]) { return true }
        var stop = i
        while stop < folded.count, isWordByte(folded[stop]) { stop += 1 }
        return endingFollowers.contains(String(decoding: folded[i..<stop], as: UTF8.self))
    }

    /// Folded tags a headline carries once it has been rewritten with an update ("… (MàJ)", "[MAJ] …", "… (Updated)"):
    /// such a headline already tells the news, written with it, so news does not amend it.
    static let updateTagCues: [String] = [
        "(maj)", "[maj]", "(mis a jour)", "(mise a jour)", "[mis a jour]", "[mise a jour]", "(actualise)",
        "(updated)", "[updated]", "(update)", "[update]",
    ]

    /// Whether the text of `range` carries an update tag (one of `updateTagCues`).
    static func hasUpdateTag(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let folded = Scalars.folded(scalars[range.start..<range.end])
        return updateTagCues.contains { folded.contains($0) }
    }

    /// Folded openings of an advisory line: a note that says what a new version of the piece adds or where it was
    /// rewritten ("Adds company comment in paragraph 4", "Updates with death toll", "Rewrites throughout",
    /// "Actualisé avec déclarations supplémentaires", "Ajoute la réaction du maire"), as wire services head their
    /// updates. It points at the material added, which the article now tells; it amends no claim.
    static let advisoryOpenings: [String] = [
        "adds ", "add ", "updates with ", "updated with ", "update with ", "updated to include ", "updates to include ",
        "recasts ", "rewrites ", "ajoute ", "ajout de ", "ajout d'", "ajouts ", "actualise avec ", "actualise tout ",
        "mis a jour avec ", "mise a jour avec ",
        // The sentence that says so of the piece ("This story has been updated with comment from…").
        "this story has been updated with ", "this story has been updated to include ", "this article has been updated with ",
        "this article has been updated to include ", "this story was updated with ", "this story was updated to include ",
        "this article was updated with ", "this article was updated to include ", "cet article a ete mis a jour avec ",
        "cet article a ete actualise avec ",
    ]

    /// Whether the notice of `notice` (its text from the marker on) or its `body` (after the marker) opens with one of
    /// `advisoryOpenings`, past any opening bracket ("(Adds comment…)", "Actualisé avec …", "Update: Adds …").
    /// - Complexity: O(the longest opening): only the first scalars of each range are read.
    static func isAdvisory(_ scalars: ScalarText, notice: TextRange, body: TextRange) -> Bool {
        let longest = advisoryOpenings.map(\.count).max() ?? 0
        for range in [notice, body] {
            var start = range.start
            while start < range.end, " ([\u{A0}:—–-".unicodeScalars.contains(scalars[start]) { start += 1 }
            let end = min(range.end, start + longest + 1)
            guard start < end else { continue }
            let opening = Scalars.folded(scalars[start..<end])
            if advisoryOpenings.contains(where: { opening.hasPrefix($0) }) { return true }
        }
        return false
    }

    /// `timeBoundCues`, indexed once for a one-pass search (the linker asks this of every claim of an article).
    static let timeBoundPhrases = PhraseSet(timeBoundCues)

    /// Folded phrases of what the sources have not told yet ("Officials have not said if the body is related", "Le nom
    /// n'a pas été communiqué"): time-bound, as a later notice tells it; but a correction, which fixes what the story
    /// said wrong, does not settle them (`isOnlyUndisclosed`).
    static let undisclosedCues: [String] = [
        "has not said", "have not said", "had not said", "not been released", "were not released", "was not released",
        "n'a pas precise", "n'ont pas precise", "pas ete communique", "pas ete devoile",
    ]

    /// Folded phrases of what a claim anticipates rather than tells as done: a plan or a future ("plans to", "va
    /// créer", "will"), a condition ("if the budget is cut"), or a newsroom's own unconfirmed sourcing ("selon nos
    /// informations", "sources say"). What a later confirmation confirms (`NoticeReading`), besides the hedged and
    /// time-bound claims; no linking signal of its own.
    static let anticipationCues: [String] = [
        " plans to ", " plan to ", " planned to ", " is going to ", " are going to ", " will ", " would ", " if ",
        " va ", " vont ", " allait ", " allaient ", " compte ", " comptent ", " envisage ", " envisagent ", " si ",
        "selon nos informations", "d'apres nos informations", "selon nos sources", "de source", "according to sources",
        "sources say", "sources said", "sources told", "according to people familiar", "according to a person familiar",
    ]

    /// `anticipationCues`, indexed once.
    static let anticipationPhrases = PhraseSet(anticipationCues)

    /// Whether the text of `range` anticipates what it tells (`anticipationCues`).
    static func isAnticipated(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        occurs(anticipationPhrases, in: scalars, range)
    }

    /// `undisclosedCues`, indexed once.
    static let undisclosedPhrases = PhraseSet(undisclosedCues)

    /// Whether the text of `range` holds a time-bound phrase (one of `timeBoundCues` or `undisclosedCues`, the text
    /// between spaces).
    /// - Complexity: O(n) in the range's length.
    static func isTimeBound(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        isTimeBoundOtherwise(scalars, range) || occurs(undisclosedPhrases, in: scalars, range)
    }

    /// Whether `range` is time-bound only for what its sources have not told yet (`undisclosedCues`).
    static func isOnlyUndisclosed(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        occurs(undisclosedPhrases, in: scalars, range) && !isTimeBoundOtherwise(scalars, range)
    }

    /// Whether `range` holds a time-bound phrase of `timeBoundCues`, or the present moment with a state that ends.
    private static func isTimeBoundOtherwise(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        occurs(timeBoundPhrases, in: scalars, range)
            || occurs(nowPhrases, in: scalars, range) && occurs(disruptionPhrases, in: scalars, range)
    }

    /// Folded words of the present moment ("right now", "en ce moment"): time-bound only in a sentence that tells a
    /// state that ends (`disruptionCues`: "the service is down right now", "merchants are unable to pay right now",
    /// "la ligne est coupée en ce moment"); a plain current fact ("right now, 40 percent of the buses run on
    /// diesel") is no state later news settles.
    static let nowPhrases = PhraseSet(["right now", "en ce moment"])

    /// Folded words of a state that ends: a service down or cut, a place closed, a person missing or searched for.
    static let disruptionCues: [String] = [
        " down", "offline", "outage", " closed", " shut", "unable", "cannot", "can't", "out of service", "unavailable",
        "unreachable", "suspended", "missing", "searching", "blocked", "cut off", "stranded", "evacuat", "lockdown",
        "panne", " coupe ", " coupee", " coupes ", " coupees", " ferme ", " fermee", " fermes ", " fermees",
        "interrompu", "suspendu", "inaccessible", "indisponible", " bloque", "disparu", "recherche", "impossible",
        "evacu", "confine", "perturb",
    ]

    /// `disruptionCues`, indexed once.
    static let disruptionPhrases = PhraseSet(disruptionCues)

    /// Folded phrases that tell a state still in progress: a place or a service said to be (or to stay) closed, down
    /// or cut, in the present ("both lanes remain closed", "la ligne est coupée"); a person still missing ("reported
    /// missing", "has not been seen since"); a measure in force ("has issued a boil water advisory", "un avis
    /// d'ébullition"); an instruction that holds while it lasts ("avoid the area", "faites bouillir l'eau"). A past
    /// event ("the road was closed for hours", "the outage began at 8") is none: it stays true when the state ends.
    static let inProgressCues: [String] = {
        let copulas = ["is", "are", "remain", "remains", "stays", "stay", "est", "sont", "reste", "restent", "demeure",
                       "demeurent"]
        let states = ["closed", "shut", "down", "offline", "blocked", "missing", "on lockdown", "under lockdown",
                      "suspended", "unavailable", "unreachable", "out of service", "cut off", "stranded", "coupe",
                      "ferme", "interrompu", "suspendu", "inaccessible", "indisponible", "bloque", "perturbe",
                      "confine", "evacue", "hors service", "en panne", "a l'arret"]
        return copulas.flatMap { copula in states.map { " \(copula) \($0)" } } + [
            "reported missing", "has not been seen", "hasn't been seen", "have not been seen", "haven't been seen",
            "n'a pas ete revu", "n'a plus donne", "put out an alert", "boil water",
            "boil-water", "boil order", "avis d'ebullition", "faire bouillir", "faites bouillir", "faites-la bouillir",
            "avoid the area", "avoid the road", "eviter le secteur", "evitez le secteur", "shelter in place",
            "shelter-in-place",
            // A service that no longer runs ("la ligne ne circule plus", "les stations ne sont plus desservies").
            "ne circule plus", "ne circulent plus", "plus desservi", "ne fonctionne plus", "ne fonctionnent plus",
            "no longer running", "no longer available",
            // An appeal for word of a person sought ("information on her whereabouts"); an appeal on a crime
            // ("anyone with information about the incident") outlasts the state.
            "whereabouts",
            // A strike going on ("have been on strike since Monday", « sont en grève depuis lundi »).
            "on strike", "en greve",
        ]
    }()

    /// `inProgressCues`, indexed once.
    static let inProgressPhrases = PhraseSet(inProgressCues)

    /// Folded openings of an instruction or a notice ("should not", "are asked to", "has issued", "sont invités") and
    /// the words that make it the state's own: what may follow it. "Residents should not drink the water" and "the
    /// county has issued an advisory" tell the state; "merchants should not be blamed", "the company has issued a
    /// statement" and "les habitants sont invités à une réunion" tell something else.
    static let instructionCues: [(opening: String, next: Set<String>, verb: Bool)] = {
        let avoid: Set<String> = ["drink", "use", "consume", "travel", "go", "enter", "swim", "eat", "approach", "return",
                                  "boire", "consommer", "utiliser", "circuler", "sortir", "approcher", "emprunter"]
        let notice: Set<String> = ["advisory", "order", "alert", "warning", "evacuation", "closure", "ban", "avis",
                                   "alerte", "arrete", "consigne", "interdiction", "ordre"]
        // What follows "are asked to" must be a verb: an article opens a noun ("invités à une réunion").
        let article: Set<String> = ["a", "an", "the", "its", "their", "un", "une", "le", "la", "les", "l'", "des", "ses"]
        var cues: [(opening: String, next: Set<String>, verb: Bool)] = ["should not", "ne doivent pas", "ne pas"].map { ($0, avoid, false) }
        for issued in ["has issued", "have issued", "a emis", "ont emis"] {
            for opening in ["", " a", " an", " un", " une"] { cues.append((issued + opening, notice, false)) }
        }
        cues += ["are advised to", "are asked to", "are urged to", "sont invites a", "sont pries de"].map { ($0, article, true) }
        return cues
    }()

    /// Whether the folded sentence holds one of `instructionCues` followed by a word that makes it the state's own
    /// (for the "are asked to" kind: followed by a verb, not an article).
    private static func holdsInstruction(_ folded: String) -> Bool {
        let words = folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "-" }).map(String.init)
        for (opening, next, verb) in instructionCues {
            let cue = opening.split(separator: " ").map(String.init)
            guard cue.count < words.count else { continue }
            for i in 0..<(words.count - cue.count) where Array(words[i..<(i + cue.count)]) == cue {
                if next.contains(words[i + cue.count]) != verb { return true }
            }
        }
        return false
    }

    /// Folded words that give a forecast or an estimate ("has issued an estimate", "expects to", "prévoit",
    /// "table sur"): of when a state ends, with one of `endingStems`, the state is still in progress.
    static let forecastWords: Set<String> = [
        "estimate", "estimates", "estimated", "expects", "expect", "anticipates", "anticipated", "forecast",
        "forecasts", "projected", "predicts", "prevoit", "prevoient", "estime", "estiment", "estimation", "espere",
        "esperee", "esperent", "table", "tablent",
    ]
    /// Folded beginnings of words that tell a state's end, by kind: restoration, reopening, resumption, lifting
    /// ("lift" and "leve" only as whole words: "level", "lever de soleil" end nothing … "levé" does).
    static let endingFamilies: [(stems: [String], words: Set<String>)] = [
        (["restor", "retabli"], []),
        (["reopen", "rouvr", "rouvert", "reouvert", "reouvr"], []),
        (["resum", "reprise", "repris"], []),
        (["lifted", "levee"], ["lift", "lifts", "leve", "leves", "levera", "leveront"]),
    ]

    /// The index of the kind of ending (`endingFamilies`) the folded word `word` tells, if any; `next` is the words
    /// after it ("back on", "back up", "retour à la normale" tell a restoration).
    static func endingFamily(_ word: Substring, next: ArraySlice<Substring>) -> Int? {
        if word == "back", let following = next.first, following == "on" || following == "up" { return 0 }
        if word == "retour", next.prefix(3).elementsEqual(["a", "la", "normale"]) { return 0 }
        return endingFamilies.firstIndex { family in
            family.words.contains(String(word)) || family.stems.contains { word.hasPrefix($0) }
        }
    }

    /// Folded words that may stand before an ending named alone ("an estimate for full restoration", "prévoit un
    /// rétablissement vers 22 h"), and those that open its complement ("restoration of service", "la reprise du
    /// trafic"), which then names what ends.
    static let bareEndingOpeners: Set<String> = ["a", "an", "the", "full", "complete", "total", "partial", "for", "un",
                                                 "une", "le", "la", "l", "complet", "son", "sa", "its", "their"]
    static let endingComplements: Set<String> = ["of", "for", "to", "de", "du", "des", "d", "a", "au", "aux"]

    /// Whether the ending at `i` of `clause` is a noun named alone ("for full restoration", "un rétablissement vers
    /// 22 h"): the end of the state the story tells, with no other subject.
    static func isBareEnding(_ clause: [Substring], at i: Int) -> Bool {
        let word = clause[i]
        guard ["tion", "ment", "ure", "ing"].contains(where: { word.hasSuffix($0) }) || word == "reprise" || word == "levee"
        else { return false }
        guard i > 0, bareEndingOpeners.contains(String(clause[i - 1])) else { return false }
        return i + 1 == clause.count || !endingComplements.contains(String(clause[i + 1]))
    }

    /// Words on each side of a forecast's ending, in its clause, among which the ending's subject is looked for.
    static let endingSubjectReach = 3

    /// Whether the folded sentence forecasts the end of a state ("has issued an estimate of 10 p.m. for full
    /// restoration", "expects to reopen the road by noon", "prévoit un rétablissement vers 22 h"): a state in
    /// progress, which the update telling its end settles. A forecast of something else ("estimates the damage at
    /// $2 million", "prévoit un marché en juin") tells no state.
    /// With the folded text of that `update`, the forecast must be of the state it ends: an ending of the same kind
    /// ("expects power to be restored" under "power has been restored", not "expects to resume billing" nor "rain
    /// to resume Thursday" under "Route 9 has reopened"), naming, within `endingSubjectReach` words of it in its
    /// clause, something the update names ("restoring power to Millbrook", "la reprise du trafic") — not the end of
    /// another state of the story ("expects the library to reopen next spring" under "the road has reopened"), nor
    /// the forecaster's name the update gives too ("Northgate expects to restore billing" under "…, Northgate said").
    static func forecastsEnd(_ folded: String, update: String? = nil) -> Bool {
        let words = folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard words.contains(where: { forecastWords.contains(String($0)) }) else { return false }
        let clauses = folded.split(whereSeparator: { ",;:()".contains($0) })
            .map { $0.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) }
        let endings = clauses.flatMap { clause in
            clause.indices.compactMap { i in endingFamily(clause[i], next: clause[(i + 1)...]).map { (clause, i, $0) } }
        }
        guard let update else { return !endings.isEmpty }
        let updateWords = update.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        let kinds = Set(updateWords.indices.compactMap { endingFamily(updateWords[$0], next: updateWords[($0 + 1)...]) })
        let subject = Set(ContentWords.tokens(update).filter { key in
            endingFamily(Substring(key), next: []) == nil && !forecastWords.contains(key)
        })
        return endings.contains { clause, i, kind in
            guard kinds.contains(kind) else { return false }
            if isBareEnding(clause, at: i) { return true }
            // (Not past the forecast's own verb: what stands before it is who forecasts, "Northgate expects…".)
            let forecast = clause[..<i].lastIndex { forecastWords.contains(String($0)) }.map { $0 + 1 } ?? 0
            let around = clause[max(forecast, i - endingSubjectReach)..<i] + clause[(i + 1)..<min(clause.count, i + 1 + endingSubjectReach)]
            return ContentWords.tokens(around.joined(separator: " ")).contains(where: subject.contains)
        }
    }

    /// Folded days of the week: a state "on Sundays", "le lundi" is habitual, no state in progress.
    static let weekDays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi",
                           "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

    /// Whether the folded sentence tells a habit ("closed on Sundays", "every Monday", "fermé le lundi", "les
    /// dimanches"): "le lundi 3 mars" is a date, not a habit.
    static func isHabitual(_ folded: String) -> Bool {
        let words = folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        for (i, word) in words.enumerated() where i > 0 {
            let previous = words[i - 1]
            if weekDays.contains(where: { word == $0 + "s" }), ["on", "les"].contains(previous) { return true }
            if weekDays.contains(word), ["every", "chaque"].contains(previous) { return true }
            if weekDays.contains(word), previous == "le", !(i + 1 < words.count && words[i + 1].first?.isNumber == true) {
                return true
            }
        }
        return false
    }

    /// Whether the sentence in `range` tells a state still in progress, as the story below an update that ends it
    /// does: time-bound (`timeBoundCues`) or one of `inProgressCues` in a clause of its own. A state named in a
    /// clause of time ("a search while students are on lockdown", "pendant que la route est fermée") only frames
    /// what the sentence tells.
    /// - Complexity: O(n) in the range's length.
    static func statesInProgress(_ scalars: ScalarText, _ range: TextRange, update: TextRange? = nil) -> Bool {
        let text = Scalars.folded(scalars[range.start..<range.end])
        if isHabitual(text) { return false }
        let named = update.map { namesAgainst(scalars, range, update: $0) } ?? []
        // The state told of a place the update does not name goes on there ("Oak Avenue residents should still avoid
        // the area" under "lifted for Elm Street"; "À Savigneux, l'avis reste en vigueur"): the names before the cue
        // must hold one the update gives, if they hold any.
        let ownState: (Int) -> Bool = { offset in
            let before = named.filter { $0.offset < offset }
            return before.isEmpty || before.contains { $0.inUpdate }
        }
        if isTimeBound(scalars, range) { return ownState(text.utf8.count) }
        var folded: [UInt8] = [0x20]
        folded.append(contentsOf: text.utf8)
        folded.append(0x20)
        let updateText = update.map { Scalars.folded(scalars[$0.start..<$0.end]) }
        if holdsInstruction(text) || forecastsEnd(text, update: updateText) { return ownState(folded.count) }
        return inProgressPhrases.matches(in: folded).contains {
            !isFramed(folded, before: $0.start) && (!isForADay(folded, after: $0.end) || isLasting(folded, at: $0.start))
                && ownState($0.start)
        }
    }

    /// Folded verbs of a state that goes on ("remains closed", "stays shut", "reste fermé", "demeure coupée"): with
    /// a named day ("the bridge remains closed Tuesday", "le pont reste fermé ce mardi") it is the state on the day of
    /// writing, not a decision for that day.
    static let lastingCopulas = ["remain", "remains", "stay", "stays", "reste", "restent", "demeure", "demeurent"]

    /// Whether the state's cue starting at `start` (after its leading space) opens with one of `lastingCopulas`.
    private static func isLasting(_ folded: [UInt8], at start: Int) -> Bool {
        let cue = folded[(start + 1)...].prefix { $0 != 0x20 }
        return lastingCopulas.contains { cue.elementsEqual($0.utf8) }
    }

    /// Whether a state's cue ending at `end` is set for a named day ("is closed Tuesday", "est fermée ce mardi"): a
    /// decision for that day, a schedule that the end of what caused it does not settle ("the school is closed
    /// Tuesday because of the outage" stays true when power returns on Monday night).
    private static func isForADay(_ folded: [UInt8], after end: Int) -> Bool {
        // (Past the rest of the cue's last word: "fermé|e ce mardi".)
        let rest = String(decoding: folded[end...].prefix(40), as: UTF8.self).drop { $0.isLetter }
        var words = rest.split(whereSeparator: { !$0.isLetter }).prefix(2).map(String.init)
        if let first = words.first, ["on", "ce", "this"].contains(first) { words.removeFirst() }
        return words.first.map(weekDays.contains) ?? false
    }

    /// The names of the sentence in `range` (`names`), each with its offset in the folded text after one leading
    /// space and whether the text of `update` holds it. Empty when the update names nothing ("All lanes reopened
    /// Wednesday"): then no name of the sentence tells another place.
    private static func namesAgainst(_ scalars: ScalarText, _ range: TextRange, update: TextRange) -> [(offset: Int, inUpdate: Bool)] {
        guard !names(scalars, update, opening: true).isEmpty else { return [] }
        let updateWords = Set(Scalars.folded(scalars[update.start..<update.end])
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
        return names(scalars, range, opening: true).map { name in
            (1 + Scalars.folded(scalars[range.start..<name.start]).utf8.count, updateWords.contains(name.word))
        }
    }

    /// Folded articles and prepositions that open a sentence before a name: not the name.
    static let openingWords: Set<String> = ["the", "an", "in", "at", "on", "for", "from", "le", "la", "les", "un",
                                            "une", "des", "en", "dans", "pour", "sur", "par", "au", "aux", "du", "de"]

    /// Folded months: a date, not a name.
    static let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december", "janvier", "fevrier", "mars",
                                      "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
                                      "decembre"]

    /// The names of the text of `range`, folded, with where each starts: its capitalised words of two letters or more
    /// past each sentence's first word, save days and months; with `opening`, the first word too when a capitalised word or a
    /// number follows it ("Route 9 has reopened", "Ashford High School is closed"), save an article or a preposition
    /// ("The Elm Street bridge", "À Savigneux").
    private static func names(_ scalars: ScalarText, _ range: TextRange, opening: Bool) -> [(word: String, start: Int)] {
        var result: [(word: String, start: Int)] = []
        var index = range.start
        var first = true
        while index < range.end {
            guard scalars[index].properties.isAlphabetic else {
                // A later sentence's first word is capitalised as the first is ("… the union said. More than 2,000
                // tons …"): no name by its capital alone.
                if ".!?\n".unicodeScalars.contains(scalars[index]) { first = true }
                index += 1
                continue
            }
            let start = index
            while index < range.end, scalars[index].properties.isAlphabetic { index += 1 }
            defer { first = false }
            var opens = false
            if first, opening {
                var next = index
                while next < range.end, scalars[next] == " " { next += 1 }
                opens = next < range.end && (scalars[next].properties.isUppercase || ("0"..."9").contains(scalars[next]))
            }
            guard !first || opens, scalars[start].properties.isUppercase, index - start > 1 else { continue }
            let word = Scalars.folded(scalars[start..<index])
            if weekDays.contains(word) || months.contains(word) || first && openingWords.contains(word) { continue }
            result.append((word, start))
        }
        return result
    }

    /// Folded words that open a clause of time: what it says frames the sentence's statement.
    static let framingWords: Set<String> = ["while", "until", "once", "when", "whenever", "pendant", "tant", "lorsque",
                                            "quand", "jusqu'a", "jusqu'au"]

    /// Whether the clause before `offset` is a clause of time (it holds one of `framingWords`).
    private static func isFramed(_ folded: [UInt8], before offset: Int) -> Bool {
        clauseWords(folded, before: offset).contains(where: framingWords.contains)
    }
}

extension ClaimDetailsReader {
    /// Stems of French verbs of saying; with the endings below they make the conjugated forms that attribute.
    private static let frenchStems = [
        "expliqu", "affirm", "assur", "declar", "indiqu", "precis", "soulign", "estim", "rapport", "ajout", "confirm",
        "racont", "rappel", "insist", "deplor", "denonc", "annonc", "martel", "reconn", "temoign", "observ", "not", "relev",
        "avanc", "admett", "conclu", "precis", "souten", "souti", "previen", "preven", "dement", "contest", "juge", "jug",
    ]
    private static let frenchEndings = ["e", "ent", "ait", "aient", "it", "ient", "issait", "ut"]
    private static let frenchParticiples: Set<String> = {
        var forms: Set<String> = ["dit", "ecrit", "reconnu", "soutenu", "previent", "prevenu", "dementi", "conclu", "admis", "averti"]
        for stem in frenchStems { forms.insert(stem + "e") }
        return forms
    }()
    private static let frenchForms: Set<String> = {
        var forms: Set<String> = [
            "dit", "disait", "ecrit", "ecrivait", "previent", "prevenait", "dement", "dementait", "reconnait", "reconnaissait",
            "soutient", "soutenait", "avertit", "avertissait", "conclut", "admet", "admettait", "martele", "juge", "jugeait",
            "assure", "souligne", "estime",
        ]
        for stem in frenchStems { for ending in frenchEndings { forms.insert(stem + ending) } }
        forms.subtract(["note", "notent", "jugent", "estiment", "annonce"])  // too often nouns or plain verbs
        return forms
    }()
    private static let auxiliaries: Set<String> = [
        "a", "ont", "avait", "avaient", "aurait", "auraient", "a-t-il", "a-t-elle", "ont-ils", "ont-elles", "avait-il",
        "avait-elle", "avaient-ils", "aurait-il", "aurait-elle", "has", "have", "had",
    ]
    private static let englishVerbs: Set<String> = [
        "said", "says", "told", "tells", "stated", "states", "explained", "explains", "warned", "warns", "claimed", "claims",
        "added", "adds", "noted", "reported", "reports", "wrote", "writes", "argued", "argues", "insisted", "announced",
        "confirmed", "confirms", "denied", "denies", "acknowledged", "admitted", "estimated", "estimates", "testified",
    ]
    private static let pronouns: Set<String> = [
        "il", "elle", "ils", "elles", "on", "he", "she", "they", "we", "i", "it", "you", "nous", "vous", "je",
    ]
    private static let determiners: Set<String> = [
        "le", "la", "les", "l'", "un", "une", "des", "du", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "ces",
        "the", "a", "an", "his", "her", "their", "its", "this", "that", "notre", "votre",
    ]
    /// Adverbs between a verb of saying and its postposed source ("expliquait récemment Le Monde").
    private static let adverbs: Set<String> = ["encore", "aussi", "alors", "hier", "deja", "ainsi", "also", "recently", "then", "again"]
    /// Words that end a source's name.
    private static let sourceStops: Set<String> = [
        "que", "qu'", "qui", "dont", "et", "mais", "ou", "car", "lorsque", "quand", "pour", "avant", "apres", "deux", "that",
        "which", "who", "and", "but", "when", "before", "after", "in", "on", "en", "dans",
    ]

    /// Attributions of the claim: "selon X", "d'après X", "according to X", and verbs of saying with the source before
    /// or after them ("X a déclaré", "expliquait X", "avait-il assuré", "X said", "said X").
    func attributions(in tokens: [Token]) -> [Attribution] {
        var result: [Attribution] = []
        var t = 0
        while t < tokens.count {
            let word = tokens[t].folded
            if word == "selon" || (word == "d'" && t + 1 < tokens.count && tokens[t + 1].folded == "apres") {
                let cueEnd = word == "selon" ? t + 1 : t + 2
                let range = TextRange(tokens[t].range.start, tokens[cueEnd - 1].range.end)
                result.append(Attribution(cue: normalized(range), source: source(after: cueEnd, in: tokens), range: range))
                t = cueEnd
                continue
            }
            if word == "according", t + 1 < tokens.count, tokens[t + 1].folded == "to" {
                let range = TextRange(tokens[t].range.start, tokens[t + 1].range.end)
                result.append(Attribution(cue: normalized(range), source: source(after: t + 2, in: tokens), range: range))
                t += 2
                continue
            }
            if let (cueStart, cueEnd, pronounSubject) = speechVerb(at: t, in: tokens) {
                let range = TextRange(tokens[cueStart].range.start, tokens[cueEnd - 1].range.end)
                var name: String?
                if !pronounSubject {
                    name = source(after: cueEnd, in: tokens, requireName: true) ?? source(before: cueStart, in: tokens)
                }
                result.append(Attribution(cue: normalized(range), source: name, range: range))
                t = cueEnd
                continue
            }
            t += 1
        }
        return result
    }

    /// A verb of saying at `t`: the cue's token range and whether its subject is an inverted pronoun ("a-t-il dit").
    private func speechVerb(at t: Int, in tokens: [Token]) -> (Int, Int, Bool)? {
        let word = tokens[t].folded
        guard tokens[t].isWord else { return nil }
        if language == .english || Self.englishVerbs.contains(word) {
            guard Self.englishVerbs.contains(word) else { return nil }
            let pronoun = t > 0 && Self.pronouns.contains(tokens[t - 1].folded)
            return (pronoun ? t - 1 : t, t + 1, pronoun)
        }
        // Inverted: "explique-t-il", "expliquait-il", "dit-elle"
        for suffix in ["-t-il", "-t-elle", "-il", "-elle", "-ils", "-elles", "-t-on", "-on"] where word.hasSuffix(suffix) {
            let verb = String(word.dropLast(suffix.count))
            if Self.frenchForms.contains(verb) { return (t, t + 1, true) }
        }
        // Auxiliary + participle: "a déclaré", "avait-il assuré", "ont affirmé"
        if Self.frenchParticiples.contains(word), t > 0 {
            var a = t - 1
            if a > 0, ["n'", "ne", "pas", "deja", "aussi", "toujours", "encore", "bien"].contains(tokens[a].folded) { a -= 1 }
            if Self.auxiliaries.contains(tokens[a].folded) {
                let pronoun = tokens[a].folded.contains("-")
                return (a, t + 1, pronoun)
            }
            return nil
        }
        guard Self.frenchForms.contains(word) else { return nil }
        // "il explique" — the subject is a pronoun.
        let pronoun = t > 0 && Self.pronouns.contains(tokens[t - 1].folded)
        return (t, t + 1, pronoun)
    }

    /// The source named after token `t`: up to eight words, to punctuation or a conjunction. With `requireName`,
    /// only a name or a determiner phrase that ends the clause ("…, expliquait le site économique.").
    private func source(after t: Int, in tokens: [Token], requireName: Bool = false) -> String? {
        var s = t
        while s < tokens.count, Self.adverbs.contains(tokens[s].folded) || tokens[s].folded.hasSuffix("ment") && tokens[s].isWord && !tokens[s].isCapitalized {
            s += 1
        }
        guard s < tokens.count, tokens[s].isWord || tokens[s].isDigits else { return nil }
        if requireName, !(tokens[s].isCapitalized || Self.determiners.contains(tokens[s].folded)) { return nil }
        if Self.pronouns.contains(tokens[s].folded) || Self.sourceStops.contains(tokens[s].folded) { return nil }
        var e = s
        while e < tokens.count, e - s < 8 {
            let token = tokens[e]
            if !(token.isWord || token.isDigits || token.folded == "-" || token.folded == "&") { break }
            if e > s, Self.sourceStops.contains(token.folded) { break }
            e += 1
        }
        guard e > s else { return nil }
        if requireName {
            // A postposed source ends its clause; "a assuré que…" or "a déclaré la guerre à…" is no source.
            guard e == tokens.count || [",", ".", ";", "!", "?", ")", "»", "\""].contains(tokens[e].folded) else { return nil }
        }
        return normalized(TextRange(tokens[s].range.start, tokens[e - 1].range.end))
    }

    /// The subject named before token `t`: a run of capitalised words, or a phrase opened by a determiner.
    private func source(before t: Int, in tokens: [Token]) -> String? {
        var s = t
        while s > 0, t - s < 6 {
            let token = tokens[s - 1]
            guard token.isWord || token.folded == "-" else { break }
            if Self.sourceStops.contains(token.folded) || Self.pronouns.contains(token.folded) { break }
            s -= 1
        }
        guard s < t else { return nil }
        // Start at the first capitalised word or determiner.
        while s < t, !(tokens[s].isCapitalized || Self.determiners.contains(tokens[s].folded)) { s += 1 }
        guard s < t else { return nil }
        return normalized(TextRange(tokens[s].range.start, tokens[t - 1].range.end))
    }
}

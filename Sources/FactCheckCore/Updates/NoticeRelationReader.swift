/// Reads a notice's relation to what it amends from its wording, French and English.
///
/// Rules are tried in order; the first whose cue occurs wins. A cue is folded text (lower case, no accents); a cue
/// written "a…b" matches `a`, then `b` later in the same sentence (within `gap` scalars). The order encodes which
/// reading is more specific: a partial denial before a denial, a retraction and the outlet's own correction before
/// a third party's denial ("Sony déclare qu'il s'agissait d'une erreur" is a denial, "nous avons écrit par erreur"
/// a correction), a confirmation and a clarification after them. The marker decides only when the wording does not
/// ("Rectificatif :" is a correction, "Précision :" a clarification); `addition` is what remains. A cue written
/// "^a" counts only at the notice's start: a notice that is only "Or not" takes back what it is appended to.
public enum NoticeRelationReader {
    /// How far apart (in scalars) the two halves of a cue "a…b" may be.
    static let gap = 120

    /// The cues of each relation, in the order they are tried.
    static let rules: [(UpdateRelation, [String])] = [
        (.partialDenial, [
            "dement en partie", "dementi partiel", "dement partiellement", "conteste en partie", "nuance", "pas tout a fait",
            "partially denie", "partly denie", "denied part", "denies part", "disputes part", "not entirely", "not quite",
            "despite what we…might", "despite what we…may ", "contrairement a ce que…pourrai",
        ]),
        (.retraction, [
            "retire l'article", "retirons", "retracte", "retract", "withdr", "nous avons retire", "annule l'article",
            " retire ses ", " retire son ", " retire sa ", " retire les ", "revient sur ses propos", "takes back",
            "no longer stands", "ne tient plus",
        ]),
        (.correction, [
            "par erreur", "erreur de notre part", "notre erreur", "nous nous sommes tromp", "nous avions tort", "corrig",
            "rectifi", "erronee", "erroneous", "inexact", "une precedente version", "une version precedente",
            "an earlier version", "a previous version", "incorrect", "misstated", "misidentified", "mistaken",
            "in error", "our error", "regret the error", "was wrong", "ce n'etait qu'un", "n'etait qu'une", "was only a ",
            "turned out to be", "s'est avere", "has been corrected", "was corrected", "we corrected", "we have corrected",
            "to correct", "should have said", "should have read", "should read", "il fallait lire", "il faut lire",
            "et non pas", "misspell", "misattribut", "mal orthographi", "coquille", "faute de frappe", "typo",
            "not as previously", "not as originally", "rather than as",
        ]),
        (.denial, [
            " dement", "dementi", " denie", " deny", "denied", "conteste", " disputes", " rejects", "refute",
            "contrairement a ce que nous", "contrary to what we", "contrary to our", "despite what we",
            "s'agissait d'une erreur", "was a mistake", "was an error", "not a mistake", "pas une erreur", "n'a jamais", "n'ont jamais", "never happened",
            "now say…not ", "now saying…not ", "now says…not ", "now said…not ", "now say…n't", "now says…n't",
            "desormais…pas", "affirme…n'a pas", "assure…n'a pas", "not true", "c'est faux", "est faux", "est fausse", "sont fausses", "sont faux",
            "untrue", "unfounded", "baseless", "sans fondement", "infonde", "^or not", "^or maybe not", "^maybe not",
            "^perhaps not", "^ou pas", "^ou peut-etre pas", "^peut-etre pas",
        ]),
        (.confirmation, [
            "confirm", "bel et bien", "a bien ete", "ont bien ete", "is now official", "c'est officiel", "desormais officiel",
            "indeed", "as we reported", "comme nous l'indiquions", "comme nous l'annoncions",
        ]),
        (.clarification, [
            // "précise que" (a clarification), not the reporting verb alone ("a précisé le procureur") nor
            // "aucune précision" (no details given).
            "precise que", "precisent que", "precise qu'", "precisent qu'", "tient a preciser", "precisons",
            "apporte des precisions", "apporte quelques precisions", "apporte une precision", "clarif", "explains that", "to clarify", "changement de titre", "changes headline",
            "we don't know", "on ne sait pas", "reste a savoir", "it is unclear", "remains unclear", "to be clear",
            "pour etre clair", "il convient de preciser", "it should be noted", "we should note", "pour lever toute ambiguite",
        ]),
    ]

    /// Passive confirmations with an agent ("cette découverte a été confirmée par la gendarmerie", "the death was
    /// confirmed by police"): news naming the source of its own facts, not a confirmation of what the article said
    /// ("le ministère confirme…", "the company confirmed that…"). They are left out when confirmation cues are read.
    static let sourcingPhrases: [String] = [
        "a ete confirme par", "a ete confirmee par", "ont ete confirmes par", "ont ete confirmees par",
        "was confirmed by", "were confirmed by", "has been confirmed by", "have been confirmed by", "had been confirmed by",
    ]

    /// The first words of wire revision notes ("(Actualisé avec …)", "(Corrects spelling …)") and what they mean.
    static let wireRevisions: [(word: String, relation: UpdateRelation)] = [
        ("actualise", .addition), ("updates", .addition), ("adds", .addition), ("ajoute", .addition),
        ("repetition", .addition), ("repeats", .addition), ("recasts", .addition), ("rewrites", .addition),
        ("corrige", .correction), ("corrects", .correction), ("changement de titre", .clarification),
        ("changes headline", .clarification),
    ]

    /// The relation `notice` expresses.
    public static func relation(of notice: ArticleNotice) -> UpdateRelation {
        relation(text: notice.text, marker: notice.marker)
    }

    /// The relation of a notice with `text` after its `marker`.
    public static func relation(text: String, marker: String) -> UpdateRelation {
        let foldedMarker = Scalars.folded(marker.unicodeScalars)
        // A wire service's revision note says what kind of revision it is in its first word.
        if let revision = wireRevisions.first(where: { foldedMarker == $0.word }) { return revision.relation }
        let folded = " " + Scalars.folded(text.unicodeScalars) + " "
        for (relation, cues) in rules where cues.contains(where: { matches($0, in: cueText(folded, for: relation)) }) { return relation }
        if ["correction", "rectificatif", "rectification", "erratum", "corrigendum", "corrige"].contains(where: foldedMarker.hasPrefix) {
            return .correction
        }
        if ["precision", "clarification", "changement de titre"].contains(where: foldedMarker.hasPrefix) { return .clarification }
        return .addition
    }

    /// The cue that decided, for explaining a relation; nil when none did.
    public static func cue(in text: String) -> String? {
        let folded = " " + Scalars.folded(text.unicodeScalars) + " "
        for (relation, cues) in rules {
            if let cue = cues.first(where: { matches($0, in: cueText(folded, for: relation)) }) { return cue }
        }
        return nil
    }

    /// The folded text in which `relation`'s cues are looked for: without `sourcingPhrases` for a confirmation.
    static func cueText(_ folded: String, for relation: UpdateRelation) -> String {
        guard relation == .confirmation, sourcingPhrases.contains(where: folded.contains) else { return folded }
        var text = folded
        for phrase in sourcingPhrases { text = text.replacing(phrase, with: " ") }
        return text
    }

    /// Whether `cue` ("a" or "a…b") occurs in `text`; a cue written "^a" only where the notice starts ("Or not").
    static func matches(_ cue: String, in text: String) -> Bool {
        if cue.hasPrefix("^") { return text.hasPrefix(" " + cue.dropFirst()) }
        let parts = cue.split(separator: "…", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return text.contains(cue) }
        var search = text[...]
        while let first = search.firstRange(of: parts[0]) {
            let after = text[first.upperBound...]
            var end = after.startIndex
            var count = 0
            while end < after.endIndex, count < gap, !".!?;".contains(after[end]) {
                end = after.index(after: end)
                count += 1
            }
            if after[after.startIndex..<end].contains(parts[1]) { return true }
            search = after
        }
        return false
    }
}

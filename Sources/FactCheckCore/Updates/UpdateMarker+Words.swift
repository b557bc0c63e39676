/// The words and phrases that make a marker, folded (lower case, no accents).
extension UpdateMarker {
    /// Marker words, longest first so "updated" wins over "update": the labels newsrooms put before a notice, and
    /// the same labels numbered or ordered in words ("Second update:", "Nouvelle mise à jour :").
    static let words: [String] = {
        let labels = [
            "note de la redaction", "note de la redac", "note de l'auteur", "note de l'editeur", "editor's note", "editors' note",
            "editors note", "editor note", "author's note", "publisher's note", "ed. note", "mise a jour", "mise-a-jour",
            "mises a jour", "m.a.j.", "rectificatif", "rectification", "clarification", "clarifications", "actualisation",
            "reactualisation",
            "correction", "corrections", "corrigendum", "precision", "precisions", "addendum", "addenda", "erratum",
            "updated", "update", "ndlr", "n.d.l.r.", "n.d.l.r", "maj", "edited to add", "edit to add", "edited", "edit",
            "actualise", "ajout", "ajoute", "complement", "n.b.", "nb", "precision de la redaction",
            "correction de la redaction", "mise a jour de la redaction",
            // Seen on other pages (docs/notice-marker-survey.md): short forms, a retraction, the editor's own update,
            // and labels that say how much the change matters ("Mise à jour importante :", "Important update:").
            "upd", "upd.", "rectif", "errata", "retraction", "complement d'information", "editor's update",
            "breaking news update",
            // The piece named after its participle, as a blog heads its rewrite ("Updated Post, July 13, 12:35 p.m.:").
            "updated post", "updated story",
            "editors' update", "mise a jour importante", "maj importante", "precision importante", "correction importante",
            // The label's words glued, as a tag or a hashtag writes them ("[MiseÀJour Jeudi 27 juillet - 18h30]").
            "miseajour", "misajour",
            // Changelog labels too (`datedOnlyWords`), markers only dated or speaking of the story.
            "added", "corrected", "correctif", "additif",
            // The plural of a log of updates ("Updates, September 30th: …"), a changelog's heading too (`datedOnlyWords`).
            "updates",
            // A page's heading when the page is one correction (`headingWords`), as newspapers title it.
            "a correction and an apology", "correction and apology", "correction and clarification", "rectificatif et excuses",
            // A newspaper's corrections column, named so as a heading only (`headingOnlyWords`).
            "for the record",
            // A prefecture's or a utility's situation report, dated or timed (`datedOnlyWords`: "Point de situation
            // vendredi 3 novembre à 8h00", "Situation update, Friday 8 a.m.:").
            "point de situation", "point de la situation", "situation update", "status update",
        ]
        let ordered = [
            "second", "third", "fourth", "final", "latest", "new", "further", "another", "late", "breaking", "2nd", "3rd", "4th",
            "nouvelle", "seconde", "deuxieme", "troisieme", "derniere", "2e", "3e", "2eme", "3eme", "autre", "later",
            "additional", "quick", "petite", "breve", "important", "most recent",
        ]
        let orderedLabels = ["update", "mise a jour", "maj", "edit", "correction", "precision"]
        let all = labels + ordered.flatMap { order in orderedLabels.map { "\(order) \($0)" } }
        return longestFirst(all)
    }()

    /// Labels that are a marker only as a heading alone on its line (`headingWords`, at the page's top): "For the
    /// Record", the name newspapers give their corrections column. Followed by anything on its line it is the idiom
    /// ("For the record: I never said that", "For the record, the vote was close").
    static let headingOnlyWords: Set<String> = ["for the record"]

    /// The label's words glued as a tag writes them: a label only with its date or time ("[MiseÀJour Jeudi 27 juillet
    /// 2023 - 18h30]"); alone, a name in code or on a button ("entrée, puis [MiseÀJour], puis [Affichage]").
    static let gluedWords: Set<String> = ["miseajour", "misajour"]
    static let gluedLabels = gluedWords.sorted()

    /// Labels that also head the entries of a changelog ("Ajout : export PDF", "Corrections : bug d'affichage",
    /// "Added: dark mode"): markers when dated ("Ajout du 5 mars :", "Corrections (3/12):"), or when their note says
    /// what became of the story (`storyCues`: "Ajout : le maire a depuis confirmé…"), which a changelog never does.
    static let datedOnlyWords: Set<String> = [
        "ajout", "ajoute", "complement", "corrections", "precisions", "clarifications", "addenda", "added", "correctif",
        "corrected", "additif", "updates", "point de situation", "point de la situation", "situation update", "status update",
    ]

    /// Labels that may head a note about anything ("Note:", "P.S.:", "ETA:"): a marker only when written with a
    /// capital and what follows speaks of the article changing (`revisionCues`).
    /// "Note to readers:" and "Mise au point :" (also a camera's focus, in a how-to) are of that kind too.
    static let weakWords: [String] = longestFirst([
        "nota bene", "post-scriptum", "note", "nota", "p.s.", "ps", "eta", "p.-s.", "p.s", "pps", "p.p.s.", "note to readers",
        "a note to readers", "note aux lecteurs", "note a nos lecteurs", "avis aux lecteurs", "mise au point",
    ])

    /// What a weak label's note in parentheses says when it is an update notice (`bracketed`): a change made since,
    /// by its verb's perfect or its object, not the bare participle ("were updated in 2020" dates a change).
    static let parenthesisedNoteCues: [String] = [
        "updated the ", "updated its ", "updated their ", "updated this ", "has been updated", "have been updated",
        "was updated to", "has been changed", "was changed to", "has been revised", "was revised to", "has been edited",
        "was edited to", "has been corrected", "was corrected to", "has since", "have since", "a depuis", "ont depuis",
        "a ete mis a jour", "ont ete mis a jour", "a ete modifie", "a ete corrige", "a ete rectifie", "mis a jour son ",
        "mis a jour sa ", "mis a jour ses ", "mis a jour le ", "mis a jour la ", "mis a jour les ", "mis a jour pour",
        "modifie pour", "corrige pour",
    ]

    /// What a note under a weak label says when it is an update notice.
    static let revisionCues: [String] = [
        "mis a jour", "updated", "corrected", "correction", "corrige", "rectifi", "our error", "notre erreur", "par erreur",
        "in error", "mistakenly", "earlier version", "previous version", "version precedente", "precedente version",
        "premiere version", "initialement", "originally", "initially", "since publication", "depuis la publication",
        "after publication", "apres publication", "apres la publication", "we reported", "we wrote", "nous avons ecrit",
        "nous indiquions", "nous avions ecrit", "clarified", "retract", "dement", "denied", "denies", "has since",
        "a depuis", "have since", "edited", "modifie", "amended",
        // What the piece said wrongly ("The original post of this event incorrectly noted …"); not the words alone,
        // which a note says of anything ("Many people wrongly believe …", "based on an original story by …").
        "incorrectly noted", "incorrectly stated", "incorrectly said", "incorrectly reported", "incorrectly identified",
        "incorrectly listed", "wrongly stated", "wrongly said", "wrongly reported", "wrongly identified",
        "erroneously stated", "erroneously said", "erroneously reported",
    ] + outOfDatePhrases  // The page's word that it is no longer current ("Note: This post is out of date.").

    /// What a note under a changelog's label (`datedOnlyWords`) says when it is a notice: not "corrigé" or "updated",
    /// which a release note says as well ("bug d'affichage corrigé"), but the story's earlier state, what happened
    /// since, or the reader who pointed the change out.
    static let storyCues: [String] = [
        "our error", "notre erreur", "par erreur", "in error", "mistakenly", "wrongly", "earlier version", "previous version",
        "version precedente", "precedente version", "premiere version", "initialement", "originally", "initially",
        "since publication", "depuis la publication", "after publication", "apres publication", "apres la publication",
        "we reported", "we wrote", "nous avons ecrit", "nous indiquions", "nous avions ecrit", "has since", "a depuis",
        "have since", "a reader", "un lecteur", "une lectrice", "in the comments", "dans les commentaires",
    ]

    /// English verbs by which a line ending with a colon says that another party speaks or wrote what follows
    /// (`UpdateMarkerProbe.introducesQuotation`): "The mayor said:", "told reporters:", "tweeted:", "posted on X:".
    /// Not "states" nor "notes", nouns as often ("across three states:"); not after a form of "be", "to" or "as"
    /// (`unspokenBefore`: "Updates will be posted below:", "as announced:").
    static let quotingVerbs: Set<String> = [
        "said", "says", "wrote", "writes", "told", "tells", "tweeted", "posted", "stated", "announced", "explained",
        "explains",
    ]

    /// French verbs of saying, folded, after an auxiliary ("a déclaré", "a ajouté sur LinkedIn :", "a tweeté :",
    /// "a publié le rectificatif suivant :"), maybe with an adverb between (`saidAdverbs`: "a également écrit").
    static let frenchQuotingVerbs: Set<String> = [
        "declare", "ecrit", "ajoute", "tweete", "indique", "explique", "annonce", "affirme", "precise", "publie", "poste",
        "confie", "souligne", "assure", "commente", "raconte", "reagi", "repondu", "dit", "partage", "diffuse", "reconnu",
    ]

    /// French verbs of saying in the present or the imperfect, as written (accents kept: "annonce", not the
    /// participle "annoncé" of "Comme annoncé dans notre article :"), when no determiner, "comme" nor "on" stands
    /// before them (`unspokenBefore`): "Le ministère indique :", "La préfecture écrivait :".
    static let frenchSayingForms: Set<String> = [
        "déclare", "écrit", "ajoute", "tweete", "indique", "explique", "annonce", "affirme", "confie", "souligne",
        "raconte", "dit", "écrivait", "déclarait", "indiquait", "expliquait", "annonçait", "affirmait", "précisait",
        "déclarent", "écrivent", "indiquent", "expliquent", "annoncent", "affirment", "précisent", "ajoutent", "disent",
    ]

    /// Auxiliaries of a third party's past ("a", "ont"…) before `frenchQuotingVerbs`.
    static let thirdPartyAuxiliaries: Set<String> = ["a", "ont", "avait", "avaient", "aurait", "auraient"]

    /// Adverbs that may stand between an auxiliary and its verb of saying ("a également déclaré").
    static let saidAdverbs: Set<String> = [
        "aussi", "egalement", "ensuite", "alors", "encore", "deja", "enfin", "notamment", "meme", "simplement",
    ]

    /// Words after which a verb of saying is no third party's: a participle ("will be posted", "comme annoncé"), an
    /// infinitive, a noun ("l'annonce"), the page's "on" ("comme on dit"), or a marker's label ("Updates posted below").
    static let unspokenBefore: Set<String> = [
        "be", "been", "being", "is", "are", "was", "were", "to", "as", "update", "updates", "correction", "corrections",
        "note", "notes", "le", "la", "l", "un", "une", "ce", "cet", "cette", "son", "sa", "ses", "leur", "d", "de", "du",
        "des", "les", "comme", "est", "sont", "ete", "etre", "on",
    ]

    /// Verbs by which a line says that someone ran a piece (`quotedPieces`): "The Courier ran this note on Friday:",
    /// "The company issued a statement:", "The note, appended to the article, reads:".
    static let publishingVerbs: Set<String> = ["ran", "published", "issued", "appended", "printed", "released"]

    /// The pieces another party publishes, named by a line that quotes them: alone ("A statement from the editors:")
    /// they may head the page's own words; someone must run them (`publishingVerbs`), their text be read ("The
    /// statement reads:", "Its final entry read:"), or they be pointed at with their source ("this correction from the
    /// Times", "ce communiqué de la préfecture"). An entry is a status page's or a log's, a sign or a banner a shop's or
    /// a town's: another party's.
    static let quotedPieces: Set<String> = [
        "correction", "note", "statement", "notice", "message", "letter", "retraction", "clarification", "post", "tweet",
        "entry", "sign", "email", "e-mail", "banner", "rectificatif", "communique", "correctif", "lettre", "publication",
        "entree", "affiche", "courriel", "panneau",
    ]

    /// French forms, folded, by which a line gives a piece's wording as it stood, after the piece (`quotedPieces`):
    /// "Sa dernière entrée disait :", "Le communiqué était rédigé ainsi :", "La note indiquait :".
    static let frenchWordingVerbs: Set<String> = [
        "disait", "indiquait", "precisait", "annoncait", "affirmait", "redige", "redigee", "libelle", "libellee",
    ]

    /// Words by which a line is the page's own voice, never a quotation's introduction: "Here's what we know, according
    /// to officials:", "the latest from our reporters:", "Comme annoncé dans notre précédent article :", "on vous
    /// explique :" (`UpdateMarkerProbe.introducesQuotation`; "nous" only as a subject, not in "nous a déclaré").
    static let pageVoice: Set<String> = ["we", "our", "ours", "notre", "nos", "vous"]

    /// Words that open a page's heading, not a sentence naming a source: "Here's what we know, according to…",
    /// "Voici ce qui change, selon la préfecture :". "Selon" and "according to" count only in a sentence of at least
    /// `quotingSentenceWords` words that opens with none of them.
    static let presentatives: Set<String> = ["here", "voici", "voila", "what", "ce", "ci", "below", "latest", "key"]

    /// The words a line must have for "selon" or "according to" to introduce another party's words.
    static let quotingSentenceWords = 8

    /// Modals by which readers "could read" another party's words ("Les usagers ont pu lire sur le site :"): "read"
    /// and "lire" alone head the page's own links ("Read more:", "À lire aussi :").
    static let readingModals: Set<String> = ["could", "can", "ll", "will", "pu", "pouvait", "pouvaient", "peut", "peuvent"]

    /// Verbs by which a line says what the reader can find elsewhere ("you'll notice this below the subhead:", "les
    /// usagers ont pu lire :"), after one of `readingModals`.
    static let readingVerbs: Set<String> = ["read", "notice", "lire", "constater"]

    /// Verbs of seeing, after one of `readingModals`, that introduce another party's words only when they point at
    /// them ("you can see this notice at the top:", "could see this on its front page:"): a page points at its own
    /// table or video with them too ("Riders can see the corrected fares in the table below:").
    static let seeingVerbs: Set<String> = ["see", "find", "voir", "trouver"]

    /// Words by which a verb of seeing points at what follows ("this", "ceci").
    static let pointers: Set<String> = ["this", "these", "ceci", "cela", "ca"]

    /// Words by which a line points at the page's own updates ("the latest updates below", "nos mises à jour").
    static let ownUpdateWords: Set<String> = ["update", "updates", "latest", "mise", "mises", "maj", "dernieres"]

    /// Marker words only in brackets, where they label a notice: "[Mis à jour le 9 novembre 2021 à 21h32] …"
    /// (a bare "Mis à jour le …" line is a byline's stamp, furniture).
    static let bracketWords: [String] = words + ["mis a jour", "mis-a-jour"]

    /// Participles that label an edit by what it was for, then a date: "Edited 3/12/21 to add: …", "Updated March 3
    /// to include the mayor's reply", "Mis à jour le 3 mars pour ajouter …" (`purposeConnectors`, `purposeVerbs`).
    /// Alone with a date they are a byline's stamp; the purpose makes the line a notice.
    static let purposeLabels: [String] = longestFirst([
        "edited", "updated", "corrected", "amended", "revised", "modified", "mis a jour", "mise a jour", "mis-a-jour",
        "modifie", "modifiee", "corrige", "corrigee", "actualise", "actualisee", "complete", "completee", "edite", "editee",
        "rectifie", "rectifiee", "amende", "amendee",
    ])

    /// What joins a `purposeLabels` label to the purpose of the edit.
    static let purposeConnectors: [String] = ["to", "pour", "afin de", "afin d'"]

    /// Verbs that say what an edit did to the text ("to add", "pour préciser"): not "to fix" nor "to support", which a
    /// release note says too ("Updated to fix a crash", "Updated to support the new phones").
    static let purposeVerbs: Set<String> = [
        "add", "include", "clarify", "correct", "reflect", "note", "remove", "clean", "mention", "expand", "reword",
        "rephrase", "credit", "acknowledge", "incorporate", "specify", "delete", "insert", "amend", "revise",
        "ajouter", "inclure", "integrer", "preciser", "corriger", "rectifier", "refleter", "mentionner", "signaler",
        "retirer", "supprimer", "completer", "nuancer", "clarifier", "tenir", "indiquer", "reformuler", "citer", "apporter",
    ]

    /// Labels of a page's date stamp ("date 2021-01", "Publié le 3 mars"), which a marker may follow on the same line
    /// when the page's line break was lost ("date 2021-01 Mise à jour 17:52 : …").
    static let stampLabels: [String] = longestFirst(["date", "dated", "mis en ligne", "mise en ligne"] + stampVerbs)

    /// Folded words by which a page's date line says the page changed or appeared ("Updated 3:15 p.m.", "Publié le
    /// 3 mars"), for `stampLabels` and for the sentence that says so (`NoticeBoundary.isStamp`). Not the bare noun
    /// ("Mise à jour 8h12", "Update 3:15 p.m."): alone on its line, that is a notice's marker with its body below.
    static let stampVerbs: [String] = [
        "last updated", "updated", "last modified", "modified", "published", "posted", "revised", "derniere mise a jour",
        "derniere modification", "mis a jour", "actualise", "actualisee", "modifie", "modifiee", "publie", "publiee",
    ]

    /// Words that open a wire service's revision note, a paragraph wholly in parentheses: "(Actualisé avec…)",
    /// "(Changement de titre, texte inchangé)", "(Updates with…)", "(Adds quotes…)".
    static let revisionWords: [String] = [
        "changement de titre", "repetition", "corrige", "ajoute", "actualise", "updates", "adds", "corrects", "repeats",
        "changes headline", "recasts", "rewrites",
    ]

    /// Sentences that are notices by themselves when they open a paragraph: "This article has been updated to…",
    /// "An earlier version of this story…", "Cet article a été mis à jour…", "Une précédente version de cet
    /// article…". The whole sentence is the notice's text. Some 900 phrases, built on first use: `phraseOpenings`
    /// rules lines in or out before they are needed.
    static let phrases: [String] = {
        let verbs = ["has been", "has now been", "was", "had been", "is being", "have been"]
        let participles = [
            "updated", "corrected", "amended", "revised", "edited", "changed", "modified", "clarified", "expanded", "rewritten",
        ]
        var english = phraseSubjects.flatMap { subject in verbs.flatMap { verb in participles.map { "\(subject) \(verb) \($0)" } } }
        // A journal's retraction note names its own piece ("This article has been retracted"); "This report was
        // withdrawn by the ministry" and "this study has been retracted" are news of someone else's.
        english += retractedPieces.flatMap { piece in ["has been", "has now been"].flatMap { verb in
            ["retracted", "withdrawn"].map { "\(piece) \(verb) \($0)" } } }
        english += englishPhrases
        let verbes = ["a ete", "a depuis ete", "a ete depuis", "est"]
        let participes = ["mis a jour", "modifie", "corrige", "actualise", "complete", "rectifie", "amende", "enrichi"]
        var french = phraseSujets.flatMap { sujet in verbes.flatMap { verbe in participes.map { "\(sujet) \(verbe) \($0)" } } }
        french += versionPhrases.flatMap { version in pieceNames.map { "\(version) \($0)" } }
        french += frenchPhrases
        return longestFirst(english + french + outOfDatePhrases + contraryPhrases)
    }()

    /// The newsroom contradicting its own earlier version at a paragraph's start, with no label ("Contrary to what we
    /// reported in an earlier version of this article, the vote was 5 to 2.", "Contrairement à ce que nous avions écrit
    /// dans une première version de cet article, …"): the version named, as the phrases above name it. Not "Contrary
    /// to what we reported on Tuesday", which a report may say of its news.
    static let contraryPhrases: [String] = {
        let english = ["contrary to what we reported", "contrary to what we wrote", "contrary to what we said",
                       "contrary to what was reported", "contrary to what was stated"]
            .flatMap { opening in ["in an earlier version of", "in a previous version of", "in the original version of"]
                .map { "\(opening) \($0)" } }
        let french = ["contrairement a ce que nous avions ecrit", "contrairement a ce que nous indiquions",
                      "contrairement a ce que nous avions indique", "contrairement a ce qui etait indique",
                      "contrairement a ce que nous ecrivions"]
            .flatMap { opening in ["dans une premiere version", "dans une precedente version", "dans une version precedente"]
                .map { "\(opening) \($0)" } }
        return english + french + ["contrary to an earlier version of", "contrary to a previous version of",
                                   "contrairement a une precedente version", "contrairement a une premiere version"]
    }()

    /// A page's own word that it is no longer current ("CETTE PAGE N'EST PLUS D'ACTUALITÉ!", "This post is out of
    /// date."): the reader is told not to rely on it now. Not "may be out of date", a banner's guess on every old page.
    static let outOfDatePhrases: [String] = {
        let english = ["this article", "this story", "this post", "this page", "this review", "this information"]
            .flatMap { subject in ["is no longer current", "is out of date", "is no longer up to date"].map { "\(subject) \($0)" } }
        let french = ["cet article", "ce billet", "cette page", "cette critique", "cette information"]
            .flatMap { sujet in ["n'est plus d'actualite", "n'est plus a jour"].map { "\(sujet) \($0)" } }
        return english + french
    }()

    /// What every phrase opens with (a subject, a version of the piece, a whole phrase): a line that starts with none
    /// of them starts with no phrase. For cheap tests before the phrases are built (`UpdateMarkerProbe`).
    static let phraseOpenings: [String] = phraseSubjects + retractedPieces + englishPhrases + phraseSujets + versionPhrases + frenchPhrases
        + outOfDatePhrases + contraryPhrases

    /// The pieces a journal's retraction note calls itself: "This article has been retracted", "This Letter has been
    /// withdrawn".
    private static let retractedPieces = ["this article", "this letter", "this paper"]

    /// The subjects of "This article has been updated…" and its kin.
    private static let phraseSubjects = [
        "this article", "this story", "this post", "this blog post", "this piece", "this report", "this item",
        "this page", "this entry", "this column", "this version of the story",
    ]

    /// English phrases written out whole.
    private static let englishPhrases = [
        "an earlier version of this", "an earlier version of the", "a previous version of this", "a previous version of the",
        "an earlier draft of this", "the original version of this", "the previous version of this", "a prior version of this",
        "earlier versions of this", "in an earlier version of this", "in a previous version of this", "correction appended",
        "we have updated this", "we've updated this", "we have corrected this", "we've corrected this",
        // The label form of the sentence ("Article updated on March 3 to include…"); a date alone after it is a stamp.
        "article updated", "story updated", "post updated", "article corrected", "story corrected", "post corrected",
        "post edited",
        // A rewritten story that says so at its top ("This is an update of a story published at 10:48 a.m.").
        "this is an update of", "this is an update to", "this is an updated version of", "this is an updated story",
        // A journal's retraction note, in the words of those who retract ("The authors wish to retract this Letter…"):
        // they retract "this" piece, the note's own; "The authors have retracted the paper" is news of a retraction.
        "the authors wish to retract this", "the authors have retracted this", "the authors are retracting this",
        "the editors have retracted this", "the editor has retracted this", "the editor-in-chief has retracted this",
    ]

    /// The subjects of "Cet article a été mis à jour…". Not "l'article" nor "ce texte": a law's article, a bill
    /// ("L'article 12 a été modifié par le Sénat").
    private static let phraseSujets = ["cet article", "ce billet", "cette depeche", "cet article, publie"]

    /// "Une précédente version de …": an earlier version of the piece, whatever the piece is called (`pieceNames`;
    /// translated wire copy says "histoire").
    private static let versionPhrases = [
        "une precedente version de", "une version precedente de", "une premiere version de", "une ancienne version de",
        "une version anterieure de", "la premiere version de", "la version precedente de", "la precedente version de",
    ]

    private static let pieceNames = ["cet article", "cette histoire", "ce billet", "cette depeche", "ce papier", "cette information"]

    /// French phrases written out whole.
    private static let frenchPhrases = [
        "article mis a jour", "article actualise", "article corrige",
        "dans une precedente version", "dans une version precedente", "dans une premiere version",
        "nous avons mis a jour cet article", "nous avons corrige cet article", "nous avons modifie cet article",
    ]

    /// Small words, time zones and times of day that may stand between a marker word and its terminator.
    static let qualifierWords: Set<String> = DateLine.timeZones.union([
        "du", "de", "le", "la", "a", "au", "at", "on", "of", "the", "h", "am", "pm", "p", "and", "n°", "no", "nr", "heure",
        "heures", "hrs", "hr", "midi", "minuit", "noon", "midnight", "today", "yesterday", "tonight", "aujourd'hui", "hier",
        "ce", "cet", "matin", "soir", "morning", "evening", "afternoon", "apres-midi", "night", "nuit", "local", "time",
        "locale", "vers", "around", "environ", "as", "en", "date", "central", "eastern", "pacific", "mountain",
    ])

    /// `strings` longest first (in characters), keeping the given order among equal lengths. Each length is
    /// counted once: `String.count` walks grapheme clusters, and comparing by it inside a sort cost the start-up of
    /// every command more than the rest of reading the seed article.
    static func longestFirst(_ strings: [String]) -> [String] {
        longestFirst(strings, by: { $0 })
    }

    /// `items` longest first by the length of `text(item)`, keeping the given order among equal lengths.
    /// - Complexity: O(n log n) comparisons of integers; each text is counted once.
    static func longestFirst<Item>(_ items: [Item], by text: (Item) -> String) -> [Item] {
        let counted = items.enumerated().map { (index: $0.offset, count: text($0.element).count, item: $0.element) }
        return counted.sorted { ($0.count, -$0.index) > ($1.count, -$1.index) }.map(\.item)
    }
}

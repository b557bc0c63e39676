/// Reads a notice's relation to what it amends from its wording, French and English.
///
/// Rules are tried in order; the first whose cue occurs wins. A cue is folded text (lower case, no accents); a cue
/// written "a…b" matches `a`, then `b` later in the same sentence (within `gap` scalars), and either half may list
/// alternatives ("said the report|says the report…false|wrong"). The order encodes which reading is more specific:
/// a partial denial before a denial, a retraction and the outlet's own correction ("an earlier version misstated",
/// "nous avions indiqué à tort") before a third party's denial ("Sony déclare qu'il s'agissait d'une erreur" is a
/// denial, "nous avons écrit par erreur" a correction), a third party calling the report false before the bare
/// words of falsity ("the mayor said the report was wrong" denies; "the figure was wrong" corrects), a
/// confirmation and a clarification after them. The outlet saying its earlier wording was unclear ("a previous
/// version caused confusion") clarifies, after its words of error and before the bare formula of an earlier version.
/// A "Précision" or "Clarification" marker is the outlet's own word for its note: only the outlet's retraction or
/// correction outranks it, not a party's act it relays. Otherwise the marker decides only when the wording does not
/// ("Rectificatif :" is a correction); after it, an explicit "updated with" is an addition and a bare
/// contrast ("n'est pas X mais Y", "A, not B") a correction; `addition` is what remains. A cue written "^a" counts
/// only at the notice's start: a notice that is only "Or not" takes back what it is appended to; one written "@a"
/// only after the notice has named what was reported ("the report", « ces informations »).
///
/// A cue of a party's act (a denial, a confirmation, a retraction) counts only where the few words before it, in
/// its clause, do not negate it: "did not deny", "ne dément pas", "n'a pas confirmé", "could not confirm", "refused
/// to confirm or deny", "unconfirmed" say nothing of the kind, and such a cue under a concession ("alors que c'est
/// faux", "even though it denied") is background. Cues that are negative themselves ("n'a jamais", "not true", "ne
/// tient plus") are read as written, and so are the outlet's own formulas of correction and clarification, which
/// sit among negations ("he is not a peer, as we suggested"; "that is not what we meant"). A correction is read
/// outside quotation marks, though (a company's quoted "we apologize for the error" owns its own error, not the
/// outlet's), and neither a correction nor a clarification in a word or three in quotation marks, which is
/// mentioned, not used (see `Reading`). The cues and their sources are listed in docs/notice-relation-survey.md.
public enum NoticeRelationReader {
    /// How far apart (in scalars) the two halves of a cue "a…b" may be.
    static let gap = 120

    /// How many words before a cue, in its clause, may negate it ("n'a pas formellement démenti").
    static let negationReach = 4

    /// The relations whose cues a negation or a concession before them flips: a party's acts.
    static let negatable: Set<UpdateRelation> = [.partialDenial, .retraction, .denial, .confirmation]

    /// The cues read before the marker, by relation, in the order they are tried.
    static let rules: [(UpdateRelation, [String])] = partialDenialFirst + ownVoice + newInformation + earlierVersion + partyAndFalsity

    /// The outlet saying its earlier version lacked what it has learned since ("The Daily published an earlier
    /// version of this article with only the information from the first email. This article has been updated to
    /// reflect new information.", « mis à jour avec de nouvelles informations »): an addition, before the bare formula
    /// of an earlier version, which names a wrong one. After the outlet's own words of error, which still correct.
    static let newInformation: [(UpdateRelation, [String])] = [
        // An earlier version said to have said something ("An earlier version of this story, citing the fire
        // department, said five workers were hurt. The story has been updated to reflect new information …"): a figure
        // replaced, the outlet's correction, read first.
        (.correction, [anyOf(earlierVersions, then: [" said ", " stated ", " reported ", " gave ", " indiquait ", " disait ",
                                                      " affirmait ", " mentionnait ", " annoncait "])]),
        (.addition, [
            "to reflect new information", "with new information", "to include new information", "with additional information",
            "to reflect additional information", "to include additional information", "avec de nouvelles informations",
            "avec des informations nouvelles", "pour integrer de nouvelles informations", "pour tenir compte de nouvelles informations",
            "avec des informations supplementaires",
        ]),
    ]

    /// A party's partial denial, read first: "dément en partie" before "dément".
    static let partialDenialFirst: [(UpdateRelation, [String])] = [
        (.partialDenial, [
            "dement en partie", "dementi partiel", "dement partiellement", "conteste en partie", "nuance", "pas tout a fait",
            "partially denie", "partly denie", "denied part", "denies part", "disputes part", "not entirely", "not quite",
            "despite what we…might", "despite what we…may ", "contrairement a ce que…pourrai",
            "denied some", "denies some", "disputed some", "disputes some", "dement certain", "conteste certain",
            "dement une partie", "conteste une partie", "partly true", "partially true", "partly false", "partially false",
            "en partie vrai", "en partie faux", "en partie fausse", "en partie exact", "en partie inexact", "relativise",
            // One half confirmed, the other denied, in one sentence.
            "confirm|acknowledg|admit…but deni|but deny|but disput|but reject|while deny|while deni|while disput",
            "denie|deny|disput…but confirm|but acknowledg|but admit|while confirm|while acknowledg",
            "confirme|reconnai|admet…mais dement|mais conteste|mais nie|mais refute|tout en dement|tout en contest",
            "dement|conteste…mais confirme|mais reconnai|mais admet|tout en confirm|tout en reconnaissant",
        ]),
    ]

    /// The outlet's own voice: its retraction, its correction, its word that it was unclear. Under a "Précision"
    /// or "Clarification" marker only these outrank the marker (see `relation(text:marker:)`).
    static let ownVoice: [(UpdateRelation, [String])] = [
        (.retraction, [
            "retire l'article", "retirons", "retracte", "retract", "withdr", "nous avons retire", "annule l'article",
            " retire ses ", " retire son ", " retire sa ", " retire les ", "revient sur ses propos", "takes back",
            "no longer stands", "ne tient plus", "no longer stand", "unpublish", "depubli", "article has been removed",
            "story has been removed", "post has been removed", "removed this article", "removed this story",
            "removed this post", "have taken down", "taken down this", "took down the story", "took down the article",
            "took down this", "pulled the story", "pulled this story", "pulled the article",
            "never have been published", "not have been published", "n'aurait jamais du etre publie",
            "n'aurait pas du etre publie", "n'aurait jamais du figurer", "n'aurait pas du figurer", "should never have appeared",
            "should not have appeared", "should never have run", "should not have run", "supprime cet article", "avons supprime", "article a ete supprime",
            "article a ete retire", "retire cet article", "retirer cet article",
            // The piece taken off the outlet's own site ("de supprimer l'article en question de notre site", "Nous
            // avons supprimé de notre site l'article …"), not another's ("Google a accepté de supprimer l'article",
            // a company's "supprimer cette référence de notre site").
            "l'article en question de notre site", "supprimer de notre site", "supprime de notre site", "retire de notre site",
            "removed from our site", "removed from our website",
            // The source of a report walking it back ("is now backing away from her reporting", "est revenu sur son
            // information"): the verb right before a report, a story or the claim as its object. Not a policy
            // reversed ("le gouvernement fait marche arrière sur la réforme"), nor a party walking back its own
            // statement ("the White House walked back the president's statement", "revient sur ses
            // déclarations"): that is news unless the article had reported the statement as its claim, which the
            // notice does not say. French "revenir sur" only with its object: alone it is as often "to look back
            // at" ("l'article revient sur l'affaire").
        ] + walkingBack + [
            // The outlet's note that part of the page was taken down, at the note's start ("Vidéo supprimée à la
            // demande de l'ayant droit", "Video removed at the request of…"): said of a platform in the middle of a
            // notice, it is news.
            "^video supprimee", "^video retiree", "^video removed", "^video deleted", "^video taken down",
            "^image supprimee", "^image retiree", "^image removed", "^photo supprimee", "^photo retiree",
            "^photo removed", "^contenu supprime", "^content removed", "^lien supprime", "^link removed",
        ]),
        // The outlet speaking of its own error.
        (.correction, [
            "par erreur", "erreur de notre part", "notre erreur", "nous nous sommes tromp", "nous avions tort", "corrig",
            "rectifi", "correctif", "incorrectly", "erroneously", "wrongly", "mistakenly", "misstat",
            "misidentif", "misquot", "misrepresent", "miscaption", "misnamed", "misreport", "misread", "misheard",
            "in error", "our error", "regret the error", "regrets the error", "regret the errors", "we apologi",
            "apologies for the error", "apologize for the error", "apologise for the error",
            "nous nous excusons", "nous excuser", "as we had it", "as we suggested",
            "has been corrected", "was corrected", "we corrected", "we have corrected", "to correct", "should have said",
            "should have read", "should read", "il fallait lire", "il faut lire", "misspell", "misattribut",
            "mal orthographi", "coquille", "faute de frappe", "typo", "erreur s'est glissee", "erreur materielle",
            "nous aurions du", " nos…excuses", " our…apologies", " my…apologies", "other way round", "other way around",
            "c'est l'inverse", "indique a tort", "ecrit a tort", "annonce a tort", "affirme a tort", "avions…a tort",
            "avons…a tort", "s'agit en realite", "s'agissait en realite", "ce qu'indiquait notre",
            "ce qu'indiquait l'", "ce qu'indiquait cet", "not as previously", "not as originally",
            "rather than as",
            // The outlet's piece said to hold errors ("Friday's story concerning the budget contained some errors",
            // "Notre article de vendredi contenait une erreur"),
            // its update made for a correction ("This story has been updated to reflect a correction"), or an error
            // shown to the writer ("It was pointed out to me that …", "As a reader pointed out to me, …").
            anyOf(["story", "article", "post", "piece", "column", "editorial", "headline"],
                  then: ["contained some error", "contained an error", "contained errors", "contained several error",
                         "contained a mistake", "contained inaccura"]),
            anyOf(["article", "billet", "chronique", "papier", "titre"],
                  then: ["contenait une erreur", "contenait des erreurs", "contenait plusieurs erreurs", "comportait une erreur",
                         "comportait des erreurs", "comportait plusieurs erreurs", "contenait une inexactitude"]),
            anyOf(["this story", "this article", "this post", "this report", "the story", "the article", "cet article", "ce billet"],
                  then: ["to reflect a correction", "to reflect corrections", "pour tenir compte d'une correction"]),
            // Shown by a reader, or impersonally; not a party quoted after a colon ("Kerr told the council: The
            // discrepancy was pointed out to me …", "le président explique : un chercheur m'a fait remarquer …").
            "it was pointed out to me", "it was pointed out to us", "it has been pointed out to me", "it has been pointed out to us",
            anyOf([" as ", "a reader", "readers", "un lecteur", "une lectrice", "des lecteurs", "plusieurs lecteurs", "nos lecteurs"],
                  then: ["pointed out to me", "pointed out to us", "m'a fait remarquer", "nous a fait remarquer", "m'ont fait remarquer",
                         "nous ont fait remarquer"]),
            // The outlet owning an overstatement ("I exaggerated the figure"), before a report said to overstate.
            "i exaggerated", "we exaggerated", "i overstated", "we overstated", "i was exaggerating",
            "we were exaggerating", "j'ai exagere", "j'ai un peu exagere", "nous avons exagere", "avons un peu exagere",
        ]),
        // The outlet saying its earlier wording was unclear, not wrong ("a previous version of this story caused
        // confusion about…", "this story should have made clear"): a clarification, which newsrooms head
        // "Clarification"; after its own words of error ("an earlier version misstated…, causing confusion"
        // corrects), before the bare formula of an earlier version. Said of an earlier version or of the outlet's
        // own story, or by the outlet of itself: alone, "it was unclear whether the gunman acted alone", "spoke to
        // make clear that the tax would not rise" or « il n'était pas clair d'où venaient les chiffres » are news,
        // and a party's denial in the same notice must still be read.
        (.clarification, [
            anyOf(earlierVersions + ownStories, then: unclearWording),
            "the story should have made", "the story did not make clear", "the story didn't make clear",
            "we were not clear", "we weren't clear", "we were unclear", "we should have made clear",
            "we should have made it clear", "we did not make clear", "we did not make it clear", "we didn't make clear",
            "we didn't make it clear", "nous n'avions pas ete clair", "nous n'avons pas ete clair",
            "nous n'avions pas ete assez clair", "nous n'avons pas ete assez clair", "nous n'etions pas clair",
        ]),
    ]

    /// The ways a notice names an earlier version of its page ("an earlier version of this story", "une version
    /// précédente de cet article").
    static let earlierVersions = [
        "une precedente version", "une version precedente", "une version anterieure", "la version initiale",
        "la premiere version", "an earlier version", "a previous version", "the original version", "an earlier headline",
        "a previous headline", "the original headline", "le titre initial", "le titre original",
    ]

    /// The ways the outlet names its own story ("this story should have made clear", "cet article a été modifié
    /// pour indiquer plus clairement"). "The story" only in the AP's formula ("The story should have made clear"):
    /// "the story of how he escaped is unclear" is news.
    static let ownStories = [
        "this story", "this article", "this post", "this report", "this headline", "our story", "our article",
        "our report", "our headline", "our wording", "cet article", "notre article", "cette histoire",
        "ce billet", "notre titre", "ce titre", "notre formulation",
    ] + ownPassages

    /// What an earlier version or the outlet's story is said to have been or done when it was unclear, not wrong.
    static let unclearWording = [
        "unclear", "not clear", "n't clear", "confusion", "confusing", "unintended impression", "should have made clear",
        "should have made it clear", "did not make clear", "did not make it clear", "didn't make clear",
        "didn't make it clear", "failed to make clear", "to make clear", "to make it clear", "more clearly",
        "n'etait pas clair", "n'etaient pas clair", "pas assez clair", "manquait de clarte", "aurait du preciser",
        "pour indiquer clairement", "pour rendre plus clair", "plus clairement", "prete a confusion",
        "pretait a confusion",
    ]

    /// The source of a report walking it back: each verb right before each of its objects ("backing away from her
    /// reporting", "walked back the story", "revenu sur ses informations").
    static let walkingBack: [String] = {
        let verbs = [
            "walked back", "walking back", "walks back", "walk back", "backing away from", "backed away from",
            "backs away from", "back away from", "backtracked on", "backtracked from", "backtracking on",
            "backtracking from",
        ]
        let reports = ["report", "reports", "reporting", "story", "stories", "article", "scoop"]
        let objects = ["the", "its", "her", "his", "their", "our", "this", "that"].flatMap { owner in
            reports.map { owner + " " + $0 }
        } + ["the claim", "that claim", "this claim", "the claims", "those claims"]
        let french = [
            "revenu sur", "revenue sur", "revenus sur", "revient sur", "reviennent sur", "fait machine arriere sur",
            "fait marche arriere sur", "retropedale sur",
        ]
        let frenchObjects = [
            "son information", "ses informations", "leur information", "leurs informations", "son scoop", "son article",
            "ses articles", "son enquete",
        ]
        return verbs.flatMap { verb in objects.map { verb + " " + $0 } }
            + french.flatMap { verb in frenchObjects.map { verb + " " + $0 } }
    }()

    /// The bare formula of an earlier version: what it said is wrong, unless the notice says it was unclear. Neutral
    /// in itself, it does not outrank a "Clarification" marker. So is the outlet saying a passage of its page was
    /// changed ("this sentence was changed to accurately describe the plan", « ce paragraphe a été modifié »): the
    /// note newsrooms put where the wording was wrong, unless it says the change made the text clearer.
    static let earlierVersion: [(UpdateRelation, [String])] = [
        (.correction, ["une precedente version", "une version precedente", "une premiere version", "an earlier version", "a previous version",
                       anyOf(ownPassages, then: passageChanged)]),
    ]

    /// The ways the outlet points at a passage of its own page, with a demonstrative: "the sentence was changed" is
    /// as often a prison term, « le texte a été modifié » a bill amended.
    static let ownPassages = [
        "this sentence", "this paragraph", "this passage", "this quote", "this caption",
        "cette phrase", "ce paragraphe", "ce passage", "cette citation", "cette legende",
    ]

    /// What the outlet says was done to a passage of its page ("was changed to…", « a été reformulé après… »): the
    /// verb, then what the change was for or when ("to", "pour", "after", "since") or the sentence's end. "This
    /// sentence was changed in his client's earlier case" is a court's.
    static let passageChanged = [
        "was changed", "has been changed", "was modified", "has been modified", "was reworded", "has been reworded",
        "was rewritten", "has been rewritten", "was edited", "has been edited", "was amended", "has been amended",
        "a ete modifie", "a ete modifiee", "a ete change", "a ete changee", "a ete reformule", "a ete reformulee",
        "a ete reecrit", "a ete reecrite", "a ete corrige", "a ete corrigee", "a ete retouche", "a ete retouchee",
    ].flatMap { verb in [" to ", " pour ", " after ", " apres ", " since ", " depuis ", " from ", "."].map { verb + $0 } }

    /// A party's acts (denial, confirmation, explanation) and bare words of falsity.
    static let partyAndFalsity: [(UpdateRelation, [String])] = [
        // A third party calling what was reported false.
        (.denial, [
            anyOf([
                "called the report", "called the story", "called the article", "called the claim", "called the allegation",
                "called reports", "calls the report", "calls the story", "calls the claim", "said the report",
                "says the report", "said the story", "says the story", "said the article", "says the article",
                "said the claim", "says the claim", "said reports", "says reports", "said that the report",
                "says that the report", "said the information", "insisted the report",
            ], then: [
                "inaccurate", "incorrect", "false", "wrong", "untrue", "misleading", "erroneous", "not accurate", "fake",
                "fabricat",
            ]),
            anyOf(["dismissed"], then: ["as false", "as wrong", "as untrue", "as inaccurate", "as fake", "as baseless",
                                        "as rumo"]),
            // The verb with its object ("juge ces chiffres"): "le juge" is a judge.
            anyOf([
                "juge ces", "juge cette", "juge ce ", "juge l'", "juge les", "jugent ces", "jugent les", "qualifie de",
                "qualifie d'", "qualifie ces", "qualifie cette", "qualifie les", "qualifie l'", "qualifient de",
                "estime que", "estiment que", "affirme que", "affirment que", "assure que", "assurent que", "declare que",
            ], then: [
                "inexact", "errone", "faux", "fausse", "mensong", "trompeu", "infonde", "fantaisiste", "calomni", "fake",
            ]),
        ]),
        // Words of falsity that, without a third party's voice, are the outlet's correction.
        (.correction, [
            "erronee", "erroneous", "inexact", "incorrect", "mistaken", "inadvertently", "was wrong", "ce n'etait qu'un",
            "n'etait qu'une", "was only a ", "turned out to be", "s'est avere", "et non pas",
        ]),
        // A report said to overstate: the fact stands, its size or reading does not ("the paper exaggerated", "le
        // journal a un peu exagéré"). After the outlet's own correction ("an earlier version overstated the cost"),
        // before a plain denial. The French verb, not the adjective: "des tarifs exagérés" is news.
        (.partialDenial, [
            "exaggerat", "overstated", "overstates", "overblown", "blown out of proportion", "un peu exagere",
            "quelque peu exagere", "largement exagere", "beaucoup exagere", "a exagere", "ont exagere", "avait exagere",
            "avaient exagere", "exagere l'ampleur", "exagere la portee", "exageration",
        ]),
        (.denial, [
            " dement", "dementi", " denie", " deny", "denied", "conteste",
            // "Disputes" as a verb before its object, not the noun ("legislative disputes").
            " disputes the", " disputes that", " disputes this", " disputes our", " disputes a ", " disputes any",
            " disputes reports", " disputes claims", " disputes allegations", " disputes those", " disputing", " disputed the",
            " disputed that", " disputed this", " disputed our", " rejects", "rejected the report", "rejected the claim",
            "rejected reports",
            anyOf(["rejette"], then: ["accusation", "information", "allegation", "affirmation", "article", "rumeur",
                                      "fermement", "categoriquement"]),
            "refute", "refuting", "debunk", "a infirme", "ont infirme", " infirme l",
            " infirme c", " infirment", "infirmee", " nie ", " nient ", " a nie ", " ont nie ", " niant ", " nier ", " niait ", " niaient ",
            "dismissed the report", "dismissed the claim", "dismissed the allegation", "dismissed the story",
            "dismissed reports", "dismissed the rumo", "droit de reponse",
            anyOf(["confirm"], then: ["is fake", "was fake", "a fake", "a hoax", "is false", "was false", "untrue"]),
            anyOf(["confirme"], then: ["faux", "fausse", "canular"]),
            "contrairement a ce que nous", "contrary to what we", "contrary to our", "despite what we",
            "s'agissait d'une erreur", "was a mistake", "was an error", "not a mistake", "pas une erreur", "n'a jamais",
            "n'ont jamais", "never happened",
        ] + quotationsOpening(with: [
            // A party's statement opening on a first-person negation, after the notice has named what was reported
            // (« suite au rapport de Bloomberg… « Nous n'avons pas réduit la production », "Asked about the report,
            // the company said: “We did not receive any offer”"): the usual shape of a company's answer to a
            // report. Without a report named, the negation is as often news ("“We did not expect such demand, and
            // we are hiring”"); nor "we have not yet…" (what it does not know yet), left out in `cueText`.
            "nous n'avons pas", "nous n'avons jamais", "nous n'avons en aucun cas", "we have not", "we haven't",
            "we did not", "we didn't", "we have never", "we never",
        ]).map { "@" + $0 } + [
            "now say…not ", "now saying…not ", "now says…not ", "now said…not ", "now say…n't", "now says…n't",
            "desormais…pas", "affirme…n'a pas", "assure…n'a pas", "not true", "isn't true", "c'est faux", "est faux",
            "est fausse", "sont fausses", "sont faux", "n'est pas vrai", "not accurate",
            // "ce n'est pas le cas de…" (not so for…) is news: the case denied ends its clause.
            "is not the case.", "is not the case,", "isn't the case.", "isn't the case,", "was not the case.",
            "was not the case,", "wasn't the case.", "wasn't the case,", "n'est pas le cas.", "n'est pas le cas,",
            "n'etait pas le cas.", "n'etait pas le cas,",
            "untrue", "unfounded", "baseless", "unsubstantiated", "without foundation", "without merit", "sans fondement",
            "infonde", "denue de tout fondement", "denuee de tout fondement",
            // Saying, impersonally, that what was reported is not planned: the usual denial of a reported plan, launch
            // or move ("there are currently no plans to…", "rien n'est prévu", "ce n'est pas à l'ordre du jour"). Not a
            // party's own intention ("it has no plans to appeal", "aucun projet de recours"): as often its next step,
            // which is news, as a report denied, and the notice alone does not say which. Not "n'aura pas lieu" nor
            // "will not take place" either: as often an event called off.
            "are no plans", "were no plans", "is no plan ", "was no plan ", "currently no plans", "not going to happen",
            "no truth to", "no truth in", "rien n'est prevu", "rien ne soit prevu", "rien n'etait prevu",
            "n'est pas prevu", "n'etait pas prevu", "pas a l'ordre du jour", "n'est pas d'actualite",
            "^or not", "^or maybe not", "^maybe not", "^perhaps not", "^ou pas", "^ou peut-etre pas", "^peut-etre pas",
        ]),
        (.confirmation, [
            "confirm", "bel et bien", "a bien ete", "ont bien ete", "etait bien", "etaient bien",
            "is now official", "c'est officiel", "desormais officiel", "officialise", "indeed", "as we reported",
            "comme nous l'indiquions", "comme nous l'annoncions", "corrobor",
            "stands by its", "stands by our", "stands by the", "stands by his", "stands by her", "stands by their",
            "stood by its", "stood by our", "stood by the", "stand by our", "stand by its", "stand by the",
            "standing by its", "standing by our", "standing by the story", "standing by the report",
            "standing by their",
            "maintient ses informations", "maintenons nos informations", "maintient son article",
            // What was reported still holds ("the rumor stands", "l'information tient toujours"), the counterpart
            // of "ne tient plus"; "stands" ending its clause, not "the story stands out".
            "rumor stands.", "rumor stands,", "rumour stands.", "rumour stands,", "report stands.", "report stands,",
            "story stands.", "story stands,", "reporting stands.", "reporting stands,", "rumor still stands",
            "rumour still stands", "report still stands", "story still stands", "rumeur tient toujours",
            "information tient toujours", "informations tiennent toujours",
        ]),
        (.clarification, [
            // "précise que" (a clarification), not the reporting verb alone ("a précisé le procureur") nor
            // "aucune précision" (no details given).
            "precise que", "precisent que", "precise qu'", "precisent qu'", "tient a preciser", "precisons",
            "precise toutefois", "tient a souligner", "apporte des precisions", "apporte quelques precisions",
            "apporte une precision", "clarif", "explains that", "to clarify", "changement de titre", "changes headline",
            "we don't know", "on ne sait pas", "reste a savoir", "it is unclear", "remains unclear", "to be clear",
            "pour etre clair", "il convient de preciser", "it should be noted", "we should note", "pour lever toute ambiguite",
            "we meant", "meant to say", "voulions dire", "il fallait comprendre", "we implied", "as we implied", "imprecis",
            "ambiguit", "was ambiguous", "etait ambigu", "was misleading", "were misleading", "been misleading",
            "etait trompeu", "etaient trompeu", "toute confusion", "any confusion",
            "a confusion",
            // A party's explanation of what the article reported or left open.
            "explications suivantes", "explication suivante", "following explanation", "apporte des explications",
            "apporte une explication", "fourni des explications", "fourni une explication", "provided an explanation",
            "offered an explanation",
        ]),
    ]

    /// The cues read only when neither the cues of `rules` nor the marker decided: an explicit "updated with" is an
    /// addition, and a bare contrast ("Le suspect n'est pas le fils mais le neveu", "It was 40 percent, not 187
    /// times", "The correct date is…") the outlet's correction.
    static let laterRules: [(UpdateRelation, [String])] = [
        (.addition, [
            "has been updated with", "has been updated to include", "updated to include", "we have added", "we've added",
            "with comment from", "a ete mis a jour avec", "mis a jour avec", "a ete complete", "nous ajoutons",
        ]),
        (.correction, [
            "n'est pas…mais", "n'etait pas…mais", "ne sont pas…mais", "n'etaient pas…mais", ", not ", "the correct ",
        ]),
    ]

    /// Words by which a notice names what was reported ("the report", "ces informations", "la rumeur"): a cue written
    /// "@a" counts only after one of them. "Rapport" with its article: "par rapport à" is "compared with".
    static let reportReferences = [
        " report ", " report,", " report.", " reports", " reported", " reporting", " story", " stories", " article",
        " claim", " allegation", " rumor", " rumour", "l'article", " le rapport", " au rapport", " du rapport", " ce rapport",
        " un rapport", " des rapports", " aux rapports", " les rapports", " information", " rumeur", " allegation",
        " affirmation", " accusation", " revelation", " selon laquelle", " selon lesquelles", " selon lequel",
    ]

    /// The ways a quotation opens, straight or curly, French with or without its space.
    static let quotationOpenings = ["« ", "«", "\"", "“"]

    /// Each phrase opening a quotation: "« nous n'avons pas", "“we did not"…
    static func quotationsOpening(with phrases: [String]) -> [String] {
        phrases.flatMap { phrase in quotationOpenings.map { $0 + phrase } }
    }

    /// A quoted first-person negation of what is not known yet ("“We have not yet identified the cause”"): no
    /// denial. Left out when denial cues are read.
    static let stillOpenPhrases: [String] = quotationsOpening(with: [
        "nous n'avons pas encore", "we have not yet", "we haven't yet", "we did not yet", "we didn't yet",
    ])

    /// Passive confirmations with an agent ("cette découverte a été confirmée par la gendarmerie", "the death was
    /// confirmed by police"): news naming the source of its own facts, not a confirmation of what the article said
    /// ("le ministère confirme…", "the company confirmed that…"). They are left out when confirmation cues are read.
    static let sourcingPhrases: [String] = [
        "a ete confirme par", "a ete confirmee par", "ont ete confirmes par", "ont ete confirmees par",
        "was confirmed by", "were confirmed by", "has been confirmed by", "have been confirmed by", "had been confirmed by",
    ]

    /// A confirmation asked for or awaited, not given ("confirmation is being sought", "seeking confirmation", « en
    /// attente de confirmation », « reste à confirmer »): the usual way a newsroom says a point is still open, so
    /// the notice confirms nothing. Left out when confirmation cues are read, like `sourcingPhrases`.
    static let pendingConfirmationPhrases: [String] = [
        "confirmation is being sought", "confirmation was being sought", "confirmation is sought",
        "confirmation was sought", "seeking confirmation", "sought confirmation", "seek confirmation",
        "awaiting confirmation", "awaits confirmation", "await confirmation", "waiting for confirmation",
        "pending confirmation", "subject to confirmation", "trying to confirm", "working to confirm",
        "en attente de confirmation", "en attente d'une confirmation", "attend confirmation", "attend la confirmation",
        "attendons confirmation", "attendons la confirmation", "reste a confirmer", "restent a confirmer",
        "sous reserve de confirmation", "cherche a confirmer", "cherchons a confirmer", "tente de confirmer",
        "tentons de confirmer", "demande de confirmation", "attendre la confirmation", "attendre confirmation",
        "attendre une confirmation",
        // The confirmation named as still to come ("confirmation is expected Friday", « la confirmation reste à
        // venir », « est toujours attendue »).
        "confirmation is expected", "confirmation is still expected", "confirmation has yet to", "confirmation is still awaited",
        "confirmation is awaited", "confirmation reste a venir", "confirmation est attendue", "confirmation est toujours attendue",
        "confirmation se fait attendre", "confirmation n'est pas encore",
    ]

    /// Words that negate a cue a few words after them ("did not deny", "n'a pas confirmé", "would neither confirm
    /// nor deny", "refused to confirm"). French "ne"/"n'…" is read in `isNegated` (not with "ne … que", "only").
    static let negators: Set<String> = [
        "not", "no", "never", "neither", "nor", "cannot", "unable", "refused", "refuses", "refuse", "declined",
        "declines", "decline", "failed", "fails", "pas", "ni", "jamais", "aucun", "aucune", "refusent",
    ]

    /// Words that negate a cue only right before it ("sans confirmer", "without denying", "non démentie").
    static let nearNegators: Set<String> = ["sans", "without", "non"]

    /// Concessions: a cue under one is background to the main statement ("alors que c'est faux", "even though it
    /// denied", "même si le ministère confirme").
    static let concessions: [String] = [
        "alors que", "bien que", "meme si", "quoique", "although", "though", "whereas", "even if",
    ]

    /// Words after which a negator does not negate what follows ("not only", "non seulement", "no doubt", "si ce
    /// n'est", "except"), or negates the delay, not the act ("n'a pas tardé à démentir", "did not hesitate to deny").
    static let negatorExceptions: [String] = [
        "not only", "non seulement", "no doubt", "sans doute", "not just", "si ce n'est", "n'est autre",
        "pas tarde", "pas hesite", "not hesitate",
        "didn't hesitate", "not wait", "didn't wait", "not take long", "didn't take long",
    ]

    /// Words that end a clause: a negation before them does not reach a cue after them.
    static let clauseWords: Set<String> = ["but", "mais", "however", "toutefois", "cependant", "pourtant", "and", "et"]

    /// The first words of wire revision notes ("(Actualisé avec …)", "(Corrects spelling …)") and what they mean.
    static let wireRevisions: [(word: String, relation: UpdateRelation)] = [
        ("actualise", .addition), ("updates", .addition), ("adds", .addition), ("ajoute", .addition),
        ("repetition", .addition), ("repeats", .addition), ("recasts", .addition), ("rewrites", .addition),
        ("corrige", .correction), ("corrects", .correction), ("changement de titre", .clarification),
        ("changes headline", .clarification),
    ]

    /// Markers by which the outlet calls its note a clarification.
    static let clarificationMarkers = ["precision", "clarification", "changement de titre"]

    /// The relation `notice` expresses.
    public static func relation(of notice: ArticleNotice) -> UpdateRelation {
        let read = relation(text: notice.text, marker: notice.marker)
        // A correction the newsroom publishes as a page corrects, clarifies or retracts its own piece: "This was
        // untrue." in its apology is no denial, and its account of the error no news.
        if notice.amendsElsewhere, !NoticeBoundary.isReplyMarker(notice.marker),
           [.denial, .partialDenial, .addition, .confirmation].contains(read) {
            return .correction
        }
        return read
    }

    /// How many scalars of a notice's text are read for a label opening it.
    static let innerLabelReach = 80

    /// The relation of a notice with `text` after its `marker`.
    public static func relation(text: String, marker: String) -> UpdateRelation {
        // A label opening the text under the first ("10.02pm: Correction: …", "23h10. Correction : …", "Update:
        // Correction: …") says what kind of note it is, as a marker does.
        // (A plain label only, read on the text's first scalars: a live hour or a phrase does not label a body.)
        let head = ScalarText(String(String.UnicodeScalarView(text.unicodeScalars.prefix(innerLabelReach))))
        if let inner = UpdateMarker.match(in: head, at: 0, limit: head.count, atParagraphStart: false),
           inner.bodyStart > 0, inner.bodyStart < head.count {
            return relation(text: String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(inner.bodyStart))),
                            marker: head.string(inner.marker))
        }
        // A right of reply contests the article it answers: a denial where its wording says nothing more
        // ("That figure is wrong." reads as no cue of the outlet's).
        if NoticeBoundary.isReplyMarker(marker) {
            let read = relation(text: text, marker: "")
            return read == .addition || read == .confirmation || read == .correction ? .denial : read
        }
        let foldedMarker = Scalars.folded(marker.unicodeScalars)
        // A wire service's revision note says what kind of revision it is in its first word.
        if let revision = wireRevisions.first(where: { foldedMarker == $0.word }) { return revision.relation }
        let reading = Reading(text)
        // The outlet heading its note "Précision" or "Clarification" says what kind of note it is: a party's act
        // or a word of falsity the note relays ("Précision : ce communiqué dément les informations erronées de…")
        // does not outrank it; only the outlet's own retraction or correction does.
        if clarificationMarkers.contains(where: foldedMarker.hasPrefix) {
            return firstCue(in: reading, of: compiledOwnVoice)?.relation ?? .clarification
        }
        // A heading that names the correction after an article ("A correction and an apology") labels it so too.
        var labelWords = foldedMarker.split(separator: " ")
        if let first = labelWords.first, ["a", "an", "une", "un"].contains(first) { labelWords.removeFirst() }
        let correctionLabel = ["correction", "rectificatif", "rectification", "erratum", "corrigendum", "corrige"]
            .contains(where: labelWords.joined(separator: " ").hasPrefix)
        if let (relation, cue) = firstCue(in: reading, of: compiledRules) {
            // The outlet labelling its note a correction says what it does: a cue of confirmation in it is its own
            // account of what it had said ("et non à 65 % comme nous l'indiquions"), not a confirmation, and a party's
            // denial in it is what the correction rests on ("the company denied the sale we reported"), not a denial.
            if correctionLabel, relation == .confirmation || relation == .denial { return .correction }
            // Nor is "updated to reflect new information" under that label an addition: the label says the earlier
            // version was wrong (the session's second review).
            if correctionLabel, relation == .addition { return .correction }
            // A party confirming that a state has ended ("the patrol has confirmed lanes have reopened", "la
            // préfecture confirme que la circulation a repris") reports the change, news of its own: an addition,
            // not a confirmation of what the story said (it said the state held).
            if relation == .confirmation, cue == "confirm" {
                let scalars = ScalarText(text)
                if NoticeReferences.isResolution(scalars, TextRange(0, scalars.count)) { return .addition }
            }
            return relation
        }
        if correctionLabel { return .correction }
        return firstCue(in: reading, of: compiledLaterRules)?.relation ?? .addition
    }

    /// The cue that decides, for explaining a relation; nil when none does. (A cue of `laterRules` yields to a
    /// "Correction" or "Précision" marker, which this does not see.)
    public static func cue(in text: String) -> String? {
        let reading = Reading(text)
        return (firstCue(in: reading, of: compiledRules) ?? firstCue(in: reading, of: compiledLaterRules))?.cue
    }

    /// A cue with the phrases it may start with, as indices into `CompiledCues.firsts`: a cue none of whose first
    /// phrases occurs in a text cannot match there (`matches` finds whole phrases of the same folded text), so one
    /// pass of a `PhraseSet` over the text rules most cues out before any string search.
    struct CompiledCue: Sendable {
        let cue: String
        /// Its first phrases' indices; empty for a cue anchored at the notice's start ("^…"), always tried.
        let firsts: [Int]
    }

    /// The cues of a table of rules, compiled once.
    struct CompiledCues: Sendable {
        let rules: [(relation: UpdateRelation, cues: [CompiledCue])]
        /// Every first phrase of every cue, once.
        let firsts: PhraseSet

        init(_ table: [(UpdateRelation, [String])]) {
            var phrases: [String] = []
            var index: [String: Int] = [:]
            rules = table.map { relation, cues in
                (relation, cues.map { cue in
                    let firsts = cue.hasPrefix("^") ? [] : Self.firstPhrases(of: cue).map { phrase -> Int in
                        if let known = index[phrase] { return known }
                        index[phrase] = phrases.count
                        phrases.append(phrase)
                        return phrases.count - 1
                    }
                    return CompiledCue(cue: cue, firsts: firsts)
                })
            }
            firsts = PhraseSet(phrases)
        }

        /// The phrases a cue "@a|b…c" may start with ("a", "b"), cut on its UTF-8 bytes: this runs once per cue when
        /// the first notice is read, and splitting the cue's Characters cost a third of opening a short article.
        static func firstPhrases(of cue: String) -> [String] {
            var bytes = Array(cue.utf8)
            if bytes.first == UInt8(ascii: "@") { bytes.removeFirst() }
            var end = bytes.count
            var i = 0
            while i + 2 < bytes.count {
                if bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA6 { end = i; break }  // "…"
                i += 1
            }
            return bytes[..<end].split(separator: UInt8(ascii: "|")).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    static let compiledRules = CompiledCues(rules)
    static let compiledLaterRules = CompiledCues(laterRules)
    static let compiledOwnVoice = CompiledCues(ownVoice)

    /// The first rule of `table` with a cue in `reading`, and that cue.
    static func firstCue(
        in reading: Reading, of table: CompiledCues
    ) -> (relation: UpdateRelation, cue: String)? {
        for (relation, cues) in table.rules {
            let text = cueText(reading, for: relation)
            let present = table.firsts.occurring(in: Array(text.utf8))
            let readsNegation = negatable.contains(relation)
            let found = cues.first { cue in
                (cue.firsts.isEmpty || cue.firsts.contains { present[$0] }) && matches(cue.cue, in: text, readingNegation: readsNegation)
            }
            if let found { return (relation, found.cue) }
        }
        return nil
    }

    /// A cue "a|b…c|d": one of `firsts`, then one of `seconds` later in the same sentence.
    static func anyOf(_ firsts: [String], then seconds: [String]) -> String {
        firsts.joined(separator: "|") + "…" + seconds.joined(separator: "|")
    }

    /// News collocations with a word of the outlet's correction ("he was wrongly convicted"): about the news, not
    /// the article. They are left out when correction cues are read.
    static let newsErrorPhrases: [String] = [
        "wrongly accused", "wrongly convicted", "wrongly imprisoned", "wrongly arrested", "wrongly detained",
        "mistakenly believed", "mistakenly thought",
    ]

    /// The folded text in which `relation`'s cues are looked for: without `sourcingPhrases` and
    /// `pendingConfirmationPhrases` for a confirmation;
    /// for a correction, the outlet's own words only, without `newsErrorPhrases`; for a clarification, without the
    /// words it only mentions.
    static func cueText(_ reading: Reading, for relation: UpdateRelation) -> String {
        var folded = relation == .correction ? reading.ownWords : relation == .clarification ? reading.used : reading.whole
        let (left, set): ([String], PhraseSet?) = switch relation {
        case .confirmation: (sourcingPhrases + pendingConfirmationPhrases, sourcingSet)
        case .correction: (newsErrorPhrases, newsErrorSet)
        case .denial: (stillOpenPhrases, stillOpenSet)
        default: ([], nil)
        }
        // A confirmation named as still to come, its words apart ("Confirmation of the suspect's identity has yet
        // to come", « la confirmation de l'agglomération est toujours attendue »): that sentence confirms nothing.
        if relation == .confirmation, folded.contains("confirmation"), stillToCome.contains(where: folded.contains) {
            folded = folded.split(separator: ".", omittingEmptySubsequences: false).map { sentence in
                stillToCome.contains(where: sentence.contains) ? sentence.replacing("confirmation", with: " ") : sentence
            }.joined(separator: ".")
        }
        // One pass over the bytes: `String.contains` per phrase built a searcher each time, and this runs for every
        // notice the linker reads.
        guard let set, set.occurs(in: Array(folded.utf8)) else { return folded }
        var text = folded
        for phrase in left { text = text.replacing(phrase, with: " ") }
        return text
    }

    /// Words saying a thing is still to come, which make a "confirmation" in their sentence an awaited one.
    static let stillToCome = [
        "yet to come", "still to come", "is expected", "is still expected", "still awaited", "is awaited",
        "reste a venir", "restent a venir", "est attendue", "est toujours attendue", "se fait attendre", "n'est pas encore",
    ]

    private static let sourcingSet = PhraseSet(sourcingPhrases + pendingConfirmationPhrases)
    private static let newsErrorSet = PhraseSet(newsErrorPhrases)
    private static let stillOpenSet = PhraseSet(stillOpenPhrases)
    private static let negatorExceptionSet = PhraseSet(negatorExceptions.map { " " + $0 + " " })
    private static let concessionSet = PhraseSet(concessions.map { " " + $0 + " " })

    /// A notice's folded text, padded with spaces, as the groups of cues read it. Words in quotation marks are
    /// someone else's: an apology or a "corrigé" inside a party's quoted statement (« nos équipes ont corrigé
    /// l'erreur », says a company of its own error) is not the outlet correcting itself, and a word or three in
    /// quotation marks is mentioned, not used (another paper's page of ‘clarifications’). Cues of a party's act are
    /// read in the whole text: a quoted "This is false" is that party's denial.
    struct Reading {
        /// All of it.
        var whole: String
        /// Without what it quotes: where the outlet's own correction is looked for.
        var ownWords: String
        /// Without the words it only mentions: where a clarification is looked for.
        var used: String

        init(_ text: String) {
            whole = Reading.folded(text)
            ownWords = Reading.folded(NoticeRelationReader.unquoted(text) { _ in true })
            used = Reading.folded(NoticeRelationReader.unquoted(text) { $0.split(whereSeparator: \.isWhitespace).count <= NoticeRelationReader.mentionLength })
        }

        static func folded(_ text: String) -> String { " " + Scalars.folded(text.unicodeScalars) + " " }
    }

    /// How many words a quotation may hold and still be a mention ("‘clarifications’", « fake news »), not speech.
    static let mentionLength = 3

    /// Pairs of quotation marks. A single quotation mark is read only curly: a straight one is mostly an apostrophe.
    static let quotationMarks: [(open: Character, close: Character)] = [("“", "”"), ("«", "»"), ("\"", "\""), ("‘", "’")]

    /// `text` with each quotation that `drops` (quotation marks and all) made a space. A quotation left open is
    /// kept: a notice cut short, or a straight mark for inches, is not a quotation. A closing "’" followed by a
    /// letter is an apostrophe ("didn’t") and does not close.
    static func unquoted(_ text: String, dropping drops: (Substring) -> Bool) -> String {
        var out = ""
        var rest = text[...]
        while let open = rest.firstIndex(where: { c in quotationMarks.contains { $0.open == c } }),
              let close = quotationMarks.first(where: { $0.open == rest[open] })?.close {
            let inner = rest[rest.index(after: open)...]
            let end = inner.indices.first { index in
                guard inner[index] == close else { return false }
                let next = inner.index(after: index)
                return close != "’" || next == inner.endIndex || !inner[next].isLetter
            }
            guard let end else { break }
            let quoted = inner[..<end]
            out += rest[..<open]
            out += drops(quoted) ? " " : String(rest[open...end])
            rest = inner[inner.index(after: end)...]
        }
        return out + rest
    }

    /// Whether `cue` ("a", "a…b", "a|b…c|d") occurs in `text`, not negated when `readingNegation`; a cue written "^a"
    /// only where the notice starts ("Or not"), one written "@a" only after a word of `reportReferences`.
    static func matches(_ cue: String, in text: String, readingNegation: Bool = true) -> Bool {
        if cue.hasPrefix("^") { return text.hasPrefix(" " + cue.dropFirst()) }
        let afterReport = cue.hasPrefix("@")
        let halves = cue.trimmingPrefix("@").split(separator: "…", omittingEmptySubsequences: false)
        let firsts = halves[0].split(separator: "|").map(String.init)
        let seconds = halves.count == 2 ? halves[1].split(separator: "|").map(String.init) : nil
        let readsNegation = readingNegation && !isNegative(cue)
        for first in firsts {
            var search = text[...]
            while let found = search.firstRange(of: first) {
                search = text[found.upperBound...]
                if readsNegation, isNegated(text, before: found.lowerBound) { continue }
                if afterReport, !reportReferences.contains(where: text[..<found.lowerBound].contains) { continue }
                guard let seconds else { return true }
                let sentence = sentenceRest(of: text, from: found.upperBound)
                if seconds.contains(where: { sentence.contains($0) }) { return true }
            }
        }
        return false
    }

    /// What follows `start` in its sentence, at most `gap` scalars.
    static func sentenceRest(of text: String, from start: String.Index) -> Substring {
        let after = text[start...]
        var end = after.startIndex
        var count = 0
        while end < after.endIndex, count < gap, !".!?;".contains(after[end]) {
            end = after.index(after: end)
            count += 1
        }
        return after[after.startIndex..<end]
    }

    /// Whether `cue` is negative itself ("n'a jamais", "not true", "ne tient plus"): it is then read as written.
    static func isNegative(_ cue: String) -> Bool {
        let words = cue.split(whereSeparator: { " …|".contains($0) }).map(String.init)
        return words.contains { negators.contains($0) || $0 == "ne" || $0.hasPrefix("n'") || $0.hasSuffix("n't") }
    }

    /// Whether the few words before `index`, in its clause, negate what starts there: a negator among the last
    /// `negationReach` words ("did not immediately deny"), French "ne"/"n'…" without "que" ("n'a pas démenti", not
    /// "ne fait que confirmer"), a near negator right before it, a concession, or "un" glued to it ("unconfirmed").
    static func isNegated(_ text: String, before index: String.Index) -> Bool {
        // A clause's last few words lie well within `gap` scalars: the look back stays bounded in a long notice.
        let head = text[(text.index(index, offsetBy: -gap, limitedBy: text.startIndex) ?? text.startIndex)..<index]
        // The letters the cue is glued to, when it starts inside a word ("un" of "unconfirmed").
        let glued = index < text.endIndex && text[index].isLetter ? head.reversed().prefix(while: \.isLetter) : []
        if String(glued.reversed()) == "un" { return true }
        let boundary = head.lastIndex(where: { ",;:.!?()\"«»".contains($0) })
        let clauseStart = boundary.map { head.index(after: $0) } ?? head.startIndex
        var words = head[clauseStart...].dropLast(glued.count).split(separator: " ").map(String.init)
        if let last = words.lastIndex(where: clauseWords.contains) { words = Array(words[(last + 1)...]) }
        let reach = Array(words.suffix(negationReach))
        let phrase = Array((" " + reach.joined(separator: " ") + " ").utf8)
        if negatorExceptionSet.occurs(in: phrase) { return false }
        if reach.contains(where: { negators.contains($0) || $0.hasSuffix("n't") }) { return true }
        let frenchNegation = reach.contains { $0 == "ne" || $0.hasPrefix("n'") }
        if frenchNegation, !reach.contains("que"), !reach.contains("qu'") { return true }
        // "Yet to" anywhere in the clause before the cue: the act has not happened ("has yet to confirm", "has yet
        // to be updated with confirmation"), however many words stand between.
        if zip(words, words.dropFirst()).contains(where: { $0 == "yet" && $1 == "to" }) { return true }
        if reach.suffix(2).contains(where: nearNegators.contains) { return true }
        return concessionSet.occurs(in: phrase)
    }
}

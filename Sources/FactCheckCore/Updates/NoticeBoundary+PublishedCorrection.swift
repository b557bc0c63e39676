/// A correction the newsroom publishes as a page of its own: an erratum, a "Précision", a clarification, a retraction
/// or an apology for an article printed earlier ("Précision" / "Dans une lettre d'opinion parue dans notre édition du
/// vendredi 22 juin … Or, cette affirmation est inexacte.", "An apology" / "In an article entitled … we incorrectly
/// stated …"), or the same note in prose with no label ("Une malencontreuse erreur technique s'est produite dans
/// l'édition d'hier … Il fallait ainsi lire …"). The corpus convention (Tests/Corpus/notices/README.md) reads such a
/// page as one notice from its heading: it amends the article it names, printed elsewhere, not this page's
/// sentences, so the linker links it to nothing, as it does a right of reply (`NoticeBoundary+Reply`); it corrects,
/// clarifies or retracts, whatever denial its words make ("This was untrue."), and names the newsroom as no issuer.
///
/// Two forms open it, among the page's first paragraphs that are not furniture (`publishedHeadReach`):
/// - a heading that names a correction: the label alone ("Erratum", "Précision", "Retraction", "Setting the record
///   straight (publ. 06/08/07)"), after a few words that say where ("A2 clarification", "School Board
///   clarification"), or before the piece or the party it is owed to ("Correction to the “Fahrner awaits …”",
///   "A humble apology to the DA", "Apology: Sir Robert Walsh"). The note's first paragraphs under it (past a byline
///   or a stamp) must speak of what was published (`speaksOfPublication`) and name an error, a replaced figure or an
///   apology (`namesError`): a school's "Correction" of an exercise, a market's "correction" under "As we reported in
///   Tuesday's edition", or a newsroom's policy on corrections, do not;
/// - a paragraph of prose that speaks of the newsroom's own publication and of an error in it, in its own voice
///   (quotations apart) and of one error, not of errors in general (`correctsOwnPublication`, `policyCues`): "…
///   comme nous l'avons écrit par erreur page 2 de notre numéro précédent", "We wrongly said in a headline …". The
///   page's first paragraph of prose; or one of its first three under a title that names the error ("Mea culpa",
///   "Editorial: We apologize for Bookends"). Further down a report, a newsroom's past error is the report's matter.
///
/// On a page that is the note (a heading or a title names it), the note runs to the page's end or its furniture when
/// no more than `NoticeBoundary.closingReach` paragraphs are left, its signature apart ("La rédaction"). Otherwise
/// (a longer page; a corrected story printed again under it; a report under a first paragraph that corrects
/// yesterday's edition), it runs over the paragraphs that go on speaking of the publication, of the error or
/// apologising, and no further. A note that lists its errata as items ("– Le préfet … par erreur …", "– Une coquille
/// s'est glissée …"), or a heading that names several ("Corrections", "Errata", "Précisions"), gives one notice per
/// entry, as a corrections log does. A marker the reader knows opening one of the first paragraphs ("Correction: …",
/// "Update: …") is the reader's own notice, read its usual way: this form is for the pages that have none.
///
/// Built on the development half's whole-page corrections (`fr-204`, `fr-209`, `fr-210`, `fr-215`, `fr-220`,
/// `fr-221`, `en-80`, `en-134`, `en-171`, `en-267`; the eighteenth batch's after its blind reading), narrowed by a
/// review's 56 probes of its own (docs/notice-linking.md, the fifteenth session). Known misreadings: a first
/// paragraph in another party's first person with no quotation marks (an interview set as questions and answers,
/// a statement printed in full) reads as the newsroom's voice.
/// A published correction found at a page's top (`NoticeBoundary.publishedCorrection`).
struct PublishedCorrection {
    /// The paragraph where the notice starts: its heading, the page's title over it, or its first paragraph of prose.
    var index: Int
    /// The label of its heading, or the word of the error its prose names first.
    var marker: TextRange
    /// The paragraph of prose its note opens with.
    var body: Int
    /// The first paragraph that speaks of the error: where a list of errata starts.
    var entry: Int
    /// Whether a heading names several corrections: each paragraph under it that speaks of what was published, or
    /// each list item, is an entry of its own.
    var lists: Bool
    /// Whether the page is the note (a heading or a title names it): the note then runs to the page's end when little
    /// follows. A note in the first paragraph of a page titled otherwise runs only as long as it speaks of the error
    /// ("Contrairement à ce que nous avons écrit par erreur hier, le marché ouvrira le 24." over the report).
    var isPage: Bool
    /// The heading over a list of errata whose items are the notices ("For the record" over "• Our article …"): the
    /// page's furniture, neither a notice's nor a claim.
    var listHeading: Int? = nil
}

extension NoticeBoundary {
    /// Folded labels, as words, that head a published correction.
    static let publishedLabels: [[String]] = [
        ["erratum"], ["errata"], ["corrigendum"], ["rectificatif"], ["rectificatifs"], ["rectification"], ["rectifications"], ["correctif"],
        ["precision"], ["precisions"], ["mise", "au", "point"], ["nos", "excuses"], ["correction"], ["corrections"],
        ["clarification"], ["clarifications"], ["apology"], ["an", "apology"], ["apologies"], ["our", "apologies"],
        ["setting", "the", "record", "straight"], ["for", "the", "record"], ["retraction"], ["retractation"],
    ]

    /// Folded words after a label that name the piece or the party it is owed to: "Correction to the …",
    /// "Rectificatif à notre article", "Précision sur …", "Erratum concernant …", "A humble apology to the DA". Not
    /// "of" or "de": "Correction of the Day" titles a blog's post about another paper's correction.
    static let publishedLabelLinks: Set<String> = ["to", "regarding", "on", "about", "a", "au", "sur", "concernant"]

    /// Words after a label that lead into the day of a column of corrections ("Corrections for May 13", "Errata du 3
    /// mars"). Not "of", as above.
    static let publishedDateLinks: Set<String> = ["for", "du", "des"]

    /// Folded nouns after a plural label that name the page of corrections it heads ("Corrections Page", "Corrections
    /// log", "Errata page").
    static let publishedPageNouns: Set<String> = ["page", "log", "archive"]

    /// Whether `marker` stands between an opening quotation mark and its closing one, spaces apart, inside `range`.
    static func isQuoted(_ scalars: ScalarText, _ marker: TextRange, within range: TextRange) -> Bool {
        var before = marker.start
        while before > range.start, Scalars.isSpace(scalars[before - 1]) { before -= 1 }
        var after = marker.end
        while after < range.end, Scalars.isSpace(scalars[after]) { after += 1 }
        guard before > range.start, after < range.end, let close = closingQuote(of: scalars[before - 1]) else { return false }
        return scalars[after] == close
    }

    /// Whether a heading is a plural label that names the page of corrections it heads (`publishedPageNouns`): "Daily
    /// Emerald Corrections Page", "Page des rectificatifs".
    static func namesCorrectionsPage(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        guard let label = publishedLabel(scalars, range), isPluralLabel(scalars, label) else { return false }
        let words = foldedWords(scalars, Scalars.trimmed(scalars, range)).map(\.key)
        // "… Corrections Page", or "Page des rectificatifs".
        return words.last.map(publishedPageNouns.contains) == true
            || words.count >= 3 && publishedPageNouns.contains(words[0]) && ["des", "of", "de"].contains(words[1])
    }

    /// The most words of that day ("May 13", "Monday, May 13, 2024", "3 mars 2024").
    static let publishedDateWords = 4

    /// The most words before a label that only say where the correction belongs ("A2", "School Board").
    static let publishedQualifierWords = 3

    /// The most words before a label that follows "of" or "de" ("Senior Editors' statement of correction", "Note de
    /// précision").
    static let publishedOfWords = 5

    /// Folded participles that, ending a title, name a correction made ("Closed Session Purpose Clarified", "School
    /// growth clarified").
    static let publishedParticiples: Set<String> = [
        "clarified", "corrected", "retracted", "rectifie", "rectifiee", "rectifies", "rectifiees",
    ]

    /// The longest heading read, and the most of the page's first paragraphs (furniture apart) it may stand in.
    static let publishedHeadingLength = 140
    static let publishedHeadReach = 4
    /// How many of the page's first paragraphs of prose may be the first to speak of the newsroom's error (an
    /// editorial's opening lines come before its apology).
    static let publishedProseReach = 3
    static let publishedHeadScalars = 1_500
    static let publishedStartScalars = 2_500

    /// Folded phrases by which a paragraph speaks of the newsroom's own publication.
    static let ownPublicationCues: [String] = [
        " notre edition", " nos editions", " notre numero", " nos numeros", " nos deux numeros", " notre article",
        " nos articles", " notre publication", " notre journal", " nos colonnes", " notre papier", " notre precedent",
        " notre chronique", " notre dossier", " notre interview", " notre entretien", " notre reportage",
        " l'edition d'hier", " notre version", " version papier de notre", " de notre site", " sur notre site",
        " nous avons ecrit", " nous avions ecrit", " nous l'avons ecrit", " nous avons publie", " nous avions publie",
        " nous avons indique", " nous avons attribue", " nous avons annonce", " nous avons confondu",
        " our edition", " our story", " our article", " our issue", " our report", " our coverage", " our paper",
        " we published", " we included", " we made a mistake", " we made an error", " we got it wrong",
        " we reported", " we incorrectly", " we wrongly", " we mistakenly", " we erroneously", " we misstated",
        " we misidentified", " we misspelled", " we stated", " we said", " we wrote", " to clarify an article",
        " to clarify a story", " nos pages", " nos titres", " notre titre", " our pages", " our headline", " paru hier",
        " parue hier", " published yesterday", " notre supplement", " our supplement", " nous avons ete induits en erreur", " we were misled", " hereby apolog",
        " hereby correct", " at this url", " we were made aware", " brought to our attention",
        // The page itself named as the place of the error ("le petit texte publié hier dans ces mêmes pages"). Not
        // "publié hier" nor "in these pages" alone: a reader's letter or another paper's error says them too ("In these
        // pages last week, your correspondent…", "un article publié hier par Le Figaro").
        " dans ces memes pages", " dans ces memes colonnes",
        // The edition named as the paper's ("Dans notre parution d'hier"), or its source's error owned ("nos sources
        // nous ont induits en erreur", "Notre source nous a induit de bonne foi en erreur").
        " notre parution", " nos parutions", " nous a induit", " nous ont induit", " induit la redaction en erreur",
        " induit notre redaction en erreur",
        // The error that made the newsroom write or sign ("Une malencontreuse méprise nous a fait écrire hier que …",
        // "Une erreur nous a fait signer l'article …"): only a newsroom says it of its piece.
        " nous a fait ecrire", " nous a fait signer", " nous a fait dire", " nous a fait attribuer", " nous ont fait ecrire",
        // The newsroom's passive formula ("In Friday's sports section, it was incorrectly reported that …"); another
        // party's error is told with its name ("it was incorrectly reported by several outlets").
        " it was incorrectly reported that", " it was erroneously reported that", " it was mistakenly reported that",
        " it was incorrectly stated that", " it was wrongly reported that", " il a ete indique par erreur",
        " il a ete ecrit par erreur",
    ]

    /// Folded phrases by which a blogger or a columnist speaks of their own piece, in the first person singular ("In
    /// my post last week I wrote that …", "Dans mon billet d'hier, j'ai écrit …"). A writer speaks so of anything
    /// ("In my last post I wrote about the mistakes beginners make"): only with an error owned (`writerErrorCues`)
    /// is it the writer's own correction. Not "I incorrectly …" alone, which names no piece: a parody of corrections
    /// says it of a life's slips ("Yesterday, I incorrectly said my neighbour was rude. I regret the error.").
    static let writerPieceCues: [String] = [
        " i wrote", " i had written", " i'd written", " i reported", " i had reported", " i posted", " i have posted",
        " i've posted", " my post", " my previous post", " my last post", " my earlier post", " my blog", " my column",
        " my article", " my review", " my story", " j'ai ecrit",
        " j'avais ecrit", " je l'ai ecrit", " j'ai indique", " j'avais indique", " j'ai affirme", " j'ai annonce",
        " mon billet", " mon article", " ma chronique", " mon precedent", " mon dernier billet", " mon dernier article",
    ]

    /// Folded phrases by which the writer says a statement of theirs was wrong, or a slip in print: a writer's own
    /// piece named with one of these (`writerPieceCues`) is a correction. An owned error in general is not, however
    /// close to the piece: a writer owns mistakes of baking, racing or trust as well ("My mistake was to trust him",
    /// "I was wrong to quit", "Mes excuses pour ce retard", the twenty-fifth session's review), and speaks of other
    /// people's errors ("the mistakes beginners make", "wrongly convicted") and of shellfish ("une coquille
    /// Saint-Jacques"). Left out with them: "I was wrong:", "je me suis trompé", which a correction says as well.
    static let writerErrorCues: [String] = [
        " i wrongly", " i mistakenly", " i incorrectly", " i erroneously", " i misstated", " i misquoted",
        " i misattributed", " i misnamed", " i misidentified", " i misreported", " i mischaracteriz",
        " i wrote incorrectly",
        " i wrote in error", " i confused", " i mixed up", " should have read", " contrary to what i",
        " typographical error", " j'ai ecrit par erreur", " j'ai indique par erreur", " j'ai annonce par erreur",
        " j'ai ecrit a tort", " j'ai affirme a tort", " j'ai confondu", " contrairement a ce que j", " fallait lire",
        " auriez du lire", " meprise typographique", " erreur typographique", " coquille s'est glissee",
    ]

    private static let writerPiecePhrases = PhraseSet(writerPieceCues)
    private static let writerErrorPhrases = PhraseSet(writerErrorCues)

    /// A piece named by its day as a note's opening words, as a newsroom names its own ("Thursday's editorial titled
    /// …", "In yesterday's story about …"); further in, a report names another paper's so ("The Times said that
    /// Thursday's story …").
    static let ownDatedPieces: [String] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday"]
        .flatMap { day in ["editorial", "article", "story", "edition", "column", "paper", "issue"].flatMap { [" \(day)'s \($0)", " in \(day)'s \($0)"] } }

    private static let ownDatedPiecePhrases = PhraseSet(ownDatedPieces)

    /// Whether `words` (`wordText`) open with a piece named by its day (`ownDatedPieces`), or with the wire's formula
    /// for its own story (`wireStoryOpenings`) and the wire service naming itself close after it (`wireServices`, in
    /// the first `wireNameReach` bytes: `wordText` keeps no full stop to end the sentence by).
    private static func opensWithDatedPiece(_ words: [UInt8]) -> Bool {
        if ownDatedPiecePhrases.occurs(in: Array(words.prefix(32))) { return true }
        guard wireStoryPhrases.occurs(in: Array(words.prefix(32))) else { return false }
        return wireServicePhrases.occurs(in: Array(words.prefix(wireNameReach)))
    }

    /// Whether the paragraph opens with a dateline and then with a piece named by its day (`opensWithDatedPiece`), as a
    /// wire's correction is set over its story ("TACLOBAN, Philippines — In a story Nov. 11 about …, The Associated
    /// Press incorrectly reported …").
    private static func opensWithDatedPieceAfterDateline(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        guard let start = datelineEnd(scalars, range) else { return false }
        return opensWithDatedPiece(wordTextOutsideQuotations(scalars, TextRange(start, min(range.end, start + publishedHeadScalars))))
    }

    /// Whether the paragraph opens with the paper's issue named by its date and no paper's name after it, the
    /// newsroom's formula for its own ("In the April 5 issue, “Justices Debate …” (Page 8) incorrectly characterized
    /// …", "Dans l'édition du 5 avril, …"): "In the April 5 issue of the Times" and "Dans l'édition du 5 avril du
    /// Monde" name another paper's.
    static func opensWithDatedIssue(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let words = foldedWords(scalars, TextRange(range.start, min(range.end, range.start + 120))).map(\.key)
        var i: Int
        if words.starts(with: ["in", "the"]) {
            i = 2
        } else if words.starts(with: ["dans", "l", "edition", "du"]) {
            i = 4
        } else if words.starts(with: ["dans", "l'edition", "du"]) {
            i = 3
        } else {
            return false
        }
        var month = false
        var number = false
        while i < words.count, i < 7, DateLine.isDayName(words[i]) || words[i].allSatisfy(\.isNumber) {
            month = month || DateLine.monthNames.contains(words[i])
            number = number || words[i].allSatisfy(\.isNumber)
            i += 1
        }
        guard month, number, i < words.count else { return false }
        let french = words[0] == "dans"
        if !french {
            if words[i] == "print", i + 1 < words.count { i += 1 }
            guard ["issue", "edition", "paper"].contains(words[i]) else { return false }
            i += 1
        }
        return i >= words.count || !(french ? ["de", "du", "des", "d"] : ["of"]).contains(words[i])
    }

    /// Whether the paragraph opens with a piece cited as a corrections column cites the paper's own: its title in
    /// quotation marks after at most `citedPieceLeadWords` words, and right after it, in parentheses, its date or page
    /// ("The article “The Death of LIFO?” (Jan. 09, page 44) incorrectly described …", "In “Figures of the week”
    /// (Personal Business, Jan. 12), …", "L'article « Le budget dérape » (3 mars, page 12) …"). A title cited with a
    /// year alone ("The film “Dune” (2021) …") is a work's, not an edition's.
    static func opensWithCitedPiece(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let end = min(range.end, range.start + publishedHeadScalars)
        guard let open = (range.start..<min(end, range.start + citedPieceReach)).first(where: { closingQuote(of: scalars[$0]) != nil || scalars[$0] == "“" }),
              case let lead = foldedWords(scalars, TextRange(range.start, open)).map(\.key),
              lead.count <= citedPieceLeadWords, lead.allSatisfy(citedPieceLeads.contains),
              let close = closingQuote(of: scalars[open]),
              let closed = ((open + 1)..<end).first(where: { scalars[$0] == close }) else { return false }
        var i = closed + 1
        while i < end, Scalars.isSpace(scalars[i]) || scalars[i] == "," { i += 1 }
        guard i < end, scalars[i] == "(", let shut = ((i + 1)..<min(end, i + citedPieceNoteLength)).first(where: { scalars[$0] == ")" })
        else { return false }
        let note = foldedWords(scalars, TextRange(i + 1, shut)).map(\.key)
        // A day of the paper's ("Jan. 12"), not a work's release with its year ("Oct. 22, 2021").
        let dated = note.contains { DateLine.monthNames.contains($0) } && note.contains { $0.count <= 2 && $0.allSatisfy(\.isNumber) }
            && !note.contains { $0.count == 4 && $0.allSatisfy(\.isNumber) }
        return dated || note.contains { citedPageWords.contains($0) }
    }

    /// Folded first words of a title over cited pieces that names them as the paper's corrections ("Corrections and
    /// amplifications", "Errata").
    static let correctionTitleWords: Set<String> = pluralLabels.union(["correction", "erratum", "rectificatif", "clarification", "precision"])

    /// Folded words that may stand before a cited piece's title: the article and the piece's noun, no paper's name
    /// ("The Times article “…”" cites another's) and no other work ("The entry “Hail”", "The film “Dune”").
    static let citedPieceLeads: Set<String> = [
        "the", "a", "an", "in", "our", "this", "article", "story", "column", "editorial", "report", "headline", "caption",
        "item", "piece", "feature", "graphic", "chart", "photo", "obituary", "le", "la", "l", "dans", "notre", "cet",
        "cette", "chronique", "titre", "legende", "encadre", "reportage", "dossier",
    ]

    /// The most words before a cited piece's title (`opensWithCitedPiece`: "In the", "The article", "Saturday's
    /// front-page story,").
    static let citedPieceLeadWords = 4

    /// How far into the paragraph a cited piece's title may open, and the longest note in parentheses after it.
    static let citedPieceReach = 40
    static let citedPieceNoteLength = 100

    /// Folded words of a cited piece's note that place it in the paper ("page 44", "p. 10").
    static let citedPageWords: Set<String> = ["page", "p", "pages", "edition", "issue", "numero"]

    /// How far into a correction's words (bytes of `wordText`, about sixty words) the wire names itself.
    static let wireNameReach = 400

    /// Folded names of the wire services that correct their own stories in the third person. A newspaper's media
    /// column opens the same way about another outlet's error ("In a story published Monday, the Daily Mail
    /// erroneously reported …", the twenty-first session's review): only a wire's own name makes the formula its
    /// correction.
    static let wireServices: [String] = [
        " the associated press ", " associated press ", " the ap ", " reuters ", " agence france presse ", " l'afp ",
        " the canadian press ", " la presse canadienne ",
    ]

    private static let wireServicePhrases = PhraseSet(wireServices)

    /// The opening words by which a wire service names its own story in a correction, in the third person, by its
    /// date: "In a story Feb. 8 about a tuition hike …, the Associated Press erroneously reported …", "Dans une dépêche
    /// du 3 mars sur …, l'AFP a indiqué par erreur …". Only as a paragraph's first words, and with an error named (the
    /// caller): further in, a report names another outlet's story so; undated ("In a story about the budget, the
    /// mayor admitted a mistake"), a report's opening.
    static let wireStoryOpenings: [String] = {
        let dates = ["jan", "feb", "mar", "apr", "may", "june", "july", "aug", "sept", "oct", "nov", "dec", "january",
                     "february", "march", "april", "august", "september", "october", "november", "december",
                     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "published", "dated",
                     "posted"]
        return [" in a story ", " in stories "].flatMap { opening in dates.map { opening + $0 } }
            + ["du", "publiee", "diffusee", "datee"].map { " dans une depeche " + $0 + " " }
    }()

    private static let wireStoryPhrases = PhraseSet(wireStoryOpenings)

    /// Folded phrases (word starts) of an error in what was published.
    static let errorCues: [String] = [
        " erreur", " coquille", " inexact", " a tort ", " errone", " mal orthographi", " fallait lire", " auriez du lire", " aurait du lire",
        " aurions du", " error", " mistake", " incorrect", " misspell", " misidentif", " misquot", " misattribut",
        " misstat", " wrongly", " erroneous", " inaccura", " was not the case", " apolog", " excuses", " regret",
        " sorry", " desole", " mise au point", " mea culpa", " our bad", " should have read", " should have said",
        " should have stated", " should have reported", " aurait du indiquer", " aurait du preciser", " aurait du ecrire",
        " aurait du mentionner", " aurait du dire", " misnam", " misreport", " mislabel", " meprise ",
        " misprint", " misdescrib", " misrepresent", " mischaracteriz", " version corrigee", " corrected version",
        // Words put in a party's mouth ("des propos que l'agence n'a jamais tenus"). Not "malencontreusement" nor "mal
        // interprété": a report says them of anyone ("un chauffeur a malencontreusement coupé la voie", "l'arbitre a
        // reconnu avoir mal interprété", twentieth session's review).
        " jamais tenu",
        // The error elided ("l'erreur de date est de notre fait", "par suite d'erreur").
        " l'erreur", " d'erreur", " l'inexactitude",
        // A piece said to need amending ("A story in Friday's paper … requires clarification").
        " requires clarification", " needs clarification", " requires correction", " needs correction", " requires a correction",
        // The writer's own report contradicted in the writer's voice ("Contrary to what I reported, the college did
        // not …", "Contrairement à ce que nous avions écrit, …"): an error owned, with no word of error.
        " contrary to what i reported", " contrary to what we reported", " contrary to what i wrote",
        " contrary to what we wrote", " contrairement a ce que nous avions", " contrairement a ce que nous avons",
        " contrairement a ce que j'avais", " contrairement a ce que j'ai",
    ] + unlabelledErrorCues

    /// Error cues that put the right word for the wrong one, with no word to label the note by ("74 euros et non de
    /// 94", "Il s'agissait en réalité de la Coordination rurale").
    static let unlabelledErrorCues: [String] = [" et non ", " en realite", " in fact,", " in reality,"]

    private static let ownPublicationPhrases = PhraseSet(ownPublicationCues)
    private static let errorPhrases = PhraseSet(errorCues)
    private static let publicationPhrases = PhraseSet(ownPublicationCues + writerPieceCues + [
        " parue dans", " paru dans", " publiee dans", " publie dans", " published on", " published in", " published a",
        " in an article", " in a story", " in an editorial", " in a column", " in a report", " in an account",
        " in the article", " in the story", " in the editorial", " in the column", " made aware of an error",
        " brought to our attention",
        " edition of", " edition du", " page a", " l'article intitule", " article entitled", " article titled",
        " story headlined", " to clarify", " an article about", " a story about", " story published", " article published",
        " an article on", " a story on", " an editorial on", " a column on", " on page", " a caption", " a photo caption",
        " a headline", " an obituary", " une legende", " en page", " un article sur", " le titre d'un article",
        " a profile", " a review", " a chart", " a graphic", " un article de", " un article du", " la legende",
        " l'infographie", " une infographie",
        " article publie", " article paru",
    ])

    /// Whether a paragraph speaks of an earlier publication (the newsroom's own, or a piece it names): what the
    /// paragraph under a correction's heading does, and a report under a heading, or a newsroom's policy on
    /// corrections ("… à corriger avec diligence toute erreur …"), does not.
    static func speaksOfPublication(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let words = wordText(scalars, TextRange(range.start, min(range.end, range.start + publishedHeadScalars)))
        return publicationPhrases.occurs(in: words) || NoticeReferences.refersToArticle(scalars, range)
    }

    /// Whether a paragraph is a published correction in prose by itself: it speaks of the newsroom's own publication
    /// and of an error in it.
    /// Both are read outside quotation marks: a report quotes the people who say "we made a mistake" or "our
    /// article"; a newsroom's note says it in its own voice.
    /// A newsroom's policy on errors speaks of them in general ("If we published an error in print, …", "Lorsqu'une
    /// erreur est publiée dans nos colonnes, …"), not of one: `policyCues` rule a paragraph out.
    static func correctsOwnPublication(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let words = wordTextOutsideQuotations(scalars, TextRange(range.start, min(range.end, range.start + publishedHeadScalars)))
        let owns = ownPublicationPhrases.occurs(in: words) || opensWithDatedPiece(words) || opensWithDatedPieceAfterDateline(scalars, range)
            || opensWithDatedIssue(scalars, range)
            || namesOwnEdition(words) && editionErrorPhrases.occurs(in: words) && !regretReporting.occurs(in: words)
                && !editionReporting.occurs(in: words)
        let writes = !owns && writerPiecePhrases.occurs(in: words) && writerErrorPhrases.occurs(in: words)
        return (owns || writes) && errorPhrases.occurs(in: words) && !speaksOfPolicy(words)
    }

    /// Folded phrases of an edition named by its week or day ("in this week's paper", "today's edition"): the paper's
    /// own only with an error it places there impersonally (`editionErrorCues`: "… in this week's paper, there was an
    /// error regarding the vote") and in no one's reported words. A report names the edition as well ("As reported in
    /// this week's paper, the county admitted an error …", "The Ledger said that today's edition contained an error",
    /// "… because a notice in this week's paper contained an error, the clerk said").
    static let editionCues: [String] = ["this week's", "last week's", "today's", "yesterday's"].flatMap { day in
        ["paper", "edition", "issue"].map { " \(day) \($0)" }
    } + ["numero", "edition"].flatMap { noun in
        ["de la semaine derniere", "de cette semaine", "d'hier", "du jour"].flatMap { day in [" le \(noun) \(day)", " l'\(noun) \(day)"] }
    }

    /// Folded phrases that place an error in a piece without naming who made it: the newsroom's formula.
    static let editionErrorCues: [String] = [
        " there was an error", " there were errors", " there was a mistake", " there were mistakes", " contained an error",
        " contained errors", " contained a mistake", " errors made in", " mistakes made in", " error made in",
        " mistake made in", " errors in", " error in", " mistakes in", " mistake in", " erreurs commises dans",
        " erreur commise dans", " erreurs parues dans", " erreur parue dans", " erreurs dans", " erreur dans",
    ]

    /// Folded past verbs by which a report tells a paper's owning of an error ("The Ledger apologized Wednesday after
    /// today's edition contained an error"): a newsroom's own note says it in the present or the first person.
    private static let editionReporting = PhraseSet([
        " apologized ", " apologised ", " admitted ", " admits ", " acknowledged ", " acknowledges ", " s'est excuse ",
        " apologizes ", " apologises ", " explains ", " explained ", " corrects ", " corrected ", " to correct ",
        " reconnait ", " explique ", " corrige ", " s'excuse ",
    ])

    private static let editionPhrases = PhraseSet(editionCues)

    /// Whether `words` (`wordText`) name an edition (`editionCues`) with no paper named after it ("last week's issue
    /// of its bulletin", "le numéro d'hier du Monde": another's) and no number ("last week's Issue 2 count": a ballot
    /// measure).
    static func namesOwnEdition(_ words: [UInt8]) -> Bool {
        editionPhrases.matches(in: words).contains { match in
            let next = words[match.end...].drop { $0 == 0x20 }.prefix { $0 != 0x20 }
            guard let first = next.first else { return true }
            return !(first >= 0x30 && first <= 0x39) && !["of", "du", "de", "des"].contains(String(decoding: next, as: UTF8.self))
        }
    }
    private static let editionErrorPhrases = PhraseSet(editionErrorCues)

    /// Folded phrases by which a newsroom owns an error in its own voice, in the first sentence of a paragraph
    /// ("Waverly Newspapers regrets the error, which …", "The Herald regrets the mistake.", "La rédaction regrette cette
    /// erreur"): the formula closing a correction. Not as someone's reported words ("The Star said it regrets the
    /// error"): `regretsTheError` reads the sentence for a reporting verb.
    static let regretCues: [String] = [
        " regrets the error", " regret the error", " regrets the errors", " regret the errors", " regrets the mistake",
        " regret the mistake", " apologizes for the error", " apologises for the error", " apologize for the error",
        " apologise for the error", " regrette cette erreur", " regrette l'erreur", " regrettons cette erreur",
        " s'excuse pour cette erreur", " s'excuse de cette erreur",
    ]

    private static let regretPhrases = PhraseSet(regretCues)

    /// Folded reporting verbs that make a regret, or an edition's error (`editionCues`), someone's reported words rather
    /// than the newsroom's.
    private static let regretReporting = PhraseSet([
        " said ", " says ", " told ", " wrote ", " writes ", " added ", " adds ", " according to ", " stated ",
        " explained ", " a declare ", " a indique ", " a dit ", " selon ", " a ecrit ", " ecrit ", " a ajoute ",
        " a precise ",
    ])

    /// Whether paragraph `range` owns an error in the newsroom's voice in its first `regretHeadScalars` scalars
    /// (`regretCues`), outside quotation marks, with no reporting verb among them (`regretReporting`).
    static func regretsTheError(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let words = wordTextOutsideQuotations(scalars, TextRange(range.start, min(range.end, range.start + regretHeadScalars)))
        guard regretPhrases.occurs(in: words) else { return false }
        return !regretReporting.occurs(in: words)
    }

    /// How far into a paragraph the newsroom's regret is read: its first sentence.
    static let regretHeadScalars = 120

    /// Whether a sentence of paragraph `range` after its first owns the error in the newsroom's voice
    /// (`regretsTheError` read from that sentence's start): the formula closing a note that named the paper's piece
    /// in its first sentence. A sentence starts after a full stop, an exclamation or a question mark and a space.
    static func regretsInALaterSentence(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        var i = range.start
        while i + 1 < range.end {
            if ".!?".unicodeScalars.contains(scalars[i]), Scalars.isSpace(scalars[i + 1]) {
                var start = i + 1
                while start < range.end, Scalars.isSpace(scalars[start]) { start += 1 }
                if start < range.end, regretsTheError(scalars, TextRange(start, range.end)) { return true }
            }
            i += 1
        }
        return false
    }

    /// Folded phrases of a policy on errors: a condition, a habit or a commitment.
    static let policyCues: [String] = [
        " if we ", " when we ", " whenever ", " if an error", " when an error", " si nous ", " lorsqu", " quand nous ",
        " quand une erreur", " chaque fois", " our policy", " notre politique", " we are committed", " nous nous engageons",
        " s'engage", " commits to", " is committed", " as soon as", " des qu'", " des que ", " aussitot que",
    ]

    private static let policyPhrases = PhraseSet(policyCues)

    /// Folded words after "when we" or "quand nous" that tell one occasion in the past, not a policy: "… his name was
    /// mentioned when we published the letter", "quand nous avons publié l'article".
    static let occasionWords: Set<String> = [
        "published", "reported", "wrote", "ran", "posted", "printed", "avons", "avions",
    ]

    /// Folded nouns of a newsroom's pieces: the occasion is one of publishing a piece ("when we published Mr. Smith's
    /// letter"), not a book or a product ("When we published our first book, we made a costly error" is a blog's
    /// story, no correction).
    static let occasionPieces: Set<String> = [
        "letter", "story", "article", "post", "report", "column", "editorial", "item", "piece", "photo", "caption",
        "headline", "obituary", "review", "lettre", "texte", "billet", "chronique", "papier", "reportage", "tribune",
    ]

    /// How many words after "when we published" may come before the piece's noun ("the letter", "Mr. Smith's letter").
    static let occasionReach = 4

    /// Whether `words` (`wordText`) speak of the newsroom's policy on errors (`policyCues`), a "when we" that tells one
    /// occasion of publishing a piece in the past (`occasionWords`, `occasionPieces`) apart.
    static func speaksOfPolicy(_ words: [UInt8]) -> Bool {
        policyPhrases.matches(in: words).contains { match in
            let cue = policyCues[match.phrase]
            guard cue == " when we " || cue == " quand nous " else { return true }
            let next = words[match.end...].split(separator: UInt8(ascii: " "), maxSplits: occasionReach + 1)
                .prefix(occasionReach + 1).map { String(decoding: $0, as: UTF8.self) }
            guard let verb = next.first, occasionWords.contains(verb) else { return true }
            return !next.dropFirst().contains { occasionPieces.contains($0) || occasionPieces.contains(String($0.split(separator: "'").last ?? "")) }
        }
    }

    /// `wordText` of the parts of `range` outside « », “ ” and straight double quotes.
    static func wordTextOutsideQuotations(_ scalars: ScalarText, _ range: TextRange) -> [UInt8] {
        var bytes: [UInt8] = []
        var start = range.start
        var closing: Unicode.Scalar?
        for i in range.start..<range.end {
            if let close = closing {
                if scalars[i] == close { closing = nil; start = i + 1 }
                continue
            }
            guard let close = closingQuote(of: scalars[i]) else { continue }
            if i > start { bytes += wordText(scalars, TextRange(start, i)) }
            closing = close
        }
        if closing == nil, range.end > start { bytes += wordText(scalars, TextRange(start, range.end)) }
        return bytes
    }

    /// The label of a published correction's heading in paragraph `range` (`publishedLabels`), or nil when the
    /// paragraph is no such heading.
    static func publishedLabel(_ scalars: ScalarText, _ range: TextRange) -> TextRange? {
        let trimmed = Scalars.trimmed(scalars, range)
        guard trimmed.length > 0, trimmed.length <= publishedHeadingLength,
              !".!?…:;".unicodeScalars.contains(scalars[trimmed.end - 1]) else { return nil }
        let words = foldedWords(scalars, trimmed)
        for label in publishedLabels.sorted(by: { $0.count > $1.count }) {
            for start in 0...min(publishedOfWords, max(0, words.count - label.count)) where start + label.count <= words.count {
                guard words[start..<(start + label.count)].map(\.key).elementsEqual(label) else { continue }
                // Qualifiers before the label say where it belongs ("A2 clarification"), or end on a colon ("Letter:
                // For the record"); more of them only before "of" ("Senior Editors' statement of correction").
                let afterOf = start > 0 && ["of", "de", "d"].contains(words[start - 1].key)
                guard start <= publishedQualifierWords || afterOf else { continue }
                let marker = TextRange(words[start].range.start, words[start + label.count - 1].range.end)
                // A label in quotation marks is the word spoken of ("More “clarifications”", "Encore des « précisions »":
                // a blog on another paper's corrections), not a note's label.
                if isQuoted(scalars, marker, within: trimmed) { continue }
                let after = start + label.count
                // A plural label naming the page it heads ("Daily Emerald Corrections Page", "Corrections log").
                if after == words.count - 1, pluralLabels.contains(label[label.count - 1]), publishedPageNouns.contains(words[after].key) {
                    return marker
                }
                if after == words.count {
                    let colonBefore = start > 0 && scalars[words[start - 1].range.end..<words[start].range.start].contains(":")
                    return start == 0 || label.count == 1 || colonBefore || afterOf ? marker : nil
                }
                // After the label: a date in parentheses ("(publ. 06/08/07)"), the party it is owed to after a colon
                // ("Apology: Sir Robert Walsh"), the piece it corrects, or the day of a column of corrections
                // ("News Corrections for May 13", "Rectificatifs du 3 mars").
                // A word in parentheses with no date is a title's disambiguation ("Correction (newspaper)", a wiki
                // page's on the notion), not a note's.
                let between = scalars[words[after - 1].range.end..<words[after].range.start]
                let dated = scalars[words[after].range.start..<trimmed.end].contains(where: Scalars.isDigit)
                if start == 0, between.contains("(") && dated || between.contains(":") { return marker }
                if publishedLabelLinks.contains(words[after].key) { return marker }
                if publishedDateLinks.contains(words[after].key), after + 1 < words.count,
                   words.count - after - 1 <= publishedDateWords,
                   UpdateMarker.namesATime(Array(scalars[words[after + 1].range.start..<words[words.count - 1].range.end])[...]) { return marker }
            }
        }
        if let participle = participleLabel(scalars, trimmed) { return participle }
        return nil
    }

    /// Whether paragraph `range` is a published correction's heading followed by the day of its column ("Corrections
    /// for Monday, May 13"): read with its entries, though its label is a marker to the reader, or its date a date
    /// line of the page, as well.
    static func namesColumnDay(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        guard let label = publishedLabel(scalars, range) else { return false }
        let rest = foldedWords(scalars, TextRange(label.end, Scalars.trimmed(scalars, range).end))
        return rest.count >= 2 && publishedDateLinks.contains(rest[0].key)
    }

    /// The participle ending a title of at most `publishedParticipleTitleWords` words that names a correction made
    /// ("School growth clarified", `publishedParticiples`), or nil.
    static func participleLabel(_ scalars: ScalarText, _ range: TextRange) -> TextRange? {
        let words = foldedWords(scalars, Scalars.trimmed(scalars, range))
        guard let last = words.last, words.count > 1, words.count <= publishedParticipleTitleWords,
              publishedParticiples.contains(last.key) else { return nil }
        return last.range
    }

    /// Folded phrases of an error in reporting ("were incorrectly reported in the story"), which a note under a
    /// participle title must hold when it does not speak in the newsroom's own voice: under "… clarified", a
    /// ministry's or a district's error, or a medical one ("refractive error"), is news.
    static let reportingErrorCues: [String] = [
        " incorrectly reported", " wrongly reported", " erroneously reported", " mistakenly reported", " reported incorrectly",
        " reported wrongly", " reported erroneously", " misreported", " incorrectly stated", " wrongly stated",
        " rapporte a tort", " rapportes a tort", " ecrit a tort", " ecrit par erreur", " indique par erreur",
    ]

    private static let reportingErrorPhrases = PhraseSet(reportingErrorCues)

    /// Whether a paragraph names an error in reporting (`reportingErrorCues`), within its first `publishedHeadScalars`.
    static func reportsError(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        reportingErrorPhrases.occurs(in: wordText(scalars, TextRange(range.start, min(range.end, range.start + publishedHeadScalars))))
    }

    /// The most words of a title that a participle ends (`publishedParticiples`): a headline's length.
    static let publishedParticipleTitleWords = 10

    /// A published correction that opens the page: the paragraph where it starts (its heading, the page's title over
    /// it, or its first paragraph of prose), its marker, the paragraph of prose its note opens with, the first that
    /// speaks of the error (where a list of errata starts), and whether a heading names several corrections (each
    /// paragraph that corrects the paper in its own voice then opens an entry); nil on any other page.
    /// `isPageLine` tells a byline or a stamp set under a heading; `isNotice` a paragraph the reader reads as a notice
    /// by its own marker.
    static func publishedCorrection(_ scalars: ScalarText, _ ranges: [TextRange], isFurniture: (Int) -> Bool,
                                    isPageLine: (Int) -> Bool, isNotice: (Int) -> Bool,
                                    isListItem: (Int) -> Bool = { _ in false }) -> PublishedCorrection? {
        var seen = 0
        var prose: [Int] = []
        var title: Int?
        var k = 0
        while k < ranges.count, seen < publishedHeadReach + publishedProseReach, ranges[k].start < publishedStartScalars {
            defer { k += 1 }
            // (A heading dated as a column, "Corrections for Monday, May 13", may read as a date line of the page.)
            if isFurniture(k), !namesColumnDay(scalars, ranges[k]) { continue }
            seen += 1
            // A label alone on its line that is a marker as well ("For the record") is read here, with its note; a
            // marker with its note on its line ("Correction: Mayor-Facebook Flap story") is the reader's own.
            if isNotice(k), !(prose.isEmpty && (publishedLabel(scalars, ranges[k]) == Scalars.trimmed(scalars, ranges[k])
                || namesColumnDay(scalars, ranges[k]))) { return nil }
            // A heading naming a correction over paragraphs that speak of what was published and of an error in it
            // (or refer to what the article said, or apologise); over anything else, the page's title (a corrections
            // page's, over its policy, then its entries; "Correction" over a market's, "As we reported in Tuesday's
            // edition, …").
            if prose.isEmpty, seen <= publishedHeadReach, let label = publishedLabel(scalars, ranges[k]) {
                var body = k + 1
                while body < ranges.count, body <= k + topReach, isFurniture(body) || isPageLine(body) { body += 1 }
                // The note's first paragraphs (a pull quote may stand first).
                let opening = (body..<min(ranges.count, body + publishedProseReach)).prefix { !isNotice($0) && !isFurniture($0) }
                // Under a participle title ("… clarified"), the error must be the newsroom's (its own voice, or an
                // error in reporting), and the page show no notice of the reader's own further down.
                let participle = participleLabel(scalars, ranges[k]) != nil
                let ownError = !participle || opening.contains {
                    correctsOwnPublication(scalars, ranges[$0]) || reportsError(scalars, ranges[$0])
                }
                // A log grouped under date lines may set its first date between the policy and the first entry
                // (`nextDatedEntry`): the entries start under it.
                if isPluralLabel(scalars, label), !opening.contains(where: { isLogEntry(scalars, ranges[$0]) }),
                   let entry = nextDatedEntry(after: opening.last ?? k, scalars, ranges, isFurniture: isFurniture),
                   let log = logFrom(entry, scalars, ranges) {
                    return log
                }
                // (The paper's policy on errors speaks of its pieces too: "… corrects significant errors as soon as they
                // are brought to our attention.")
                if let speaking = opening.prefix(2).first(where: {
                       speaksOfPublication(scalars, ranges[$0]) && !speaksOfPolicy(wordText(scalars, ranges[$0]))
                   }),
                   opening.contains(where: { namesError(scalars, ranges[$0]) }), ownError,
                   !participle || !ranges.indices.contains(where: isNotice) {
                    let entry = opening.first { correctsOwnPublication(scalars, ranges[$0]) } ?? speaking
                    // Errata set as list items under the heading ("For the record" / "• Our article on … In fact, …"
                    // / "• In “Focus on Scotland” we said …") are entries, as under a plural heading: the notices
                    // are the items, not the heading over them.
                    if isListItem(speaking), speaking + 1 < ranges.count, isListItem(speaking + 1) {
                        return PublishedCorrection(index: speaking, marker: label, body: speaking, entry: speaking, lists: true,
                                                   isPage: true, listHeading: k)
                    }
                    // Under a heading that names several, the page's policy above the first entry is no entry's: the
                    // notices start at the entries ("Corrections Page" / "Sometimes we make mistakes. …" / "A story
                    // published on Sept. 4 incorrectly said …").
                    if isPluralLabel(scalars, label), speaking > body, let log = logFrom(speaking, scalars, ranges) { return log }
                    return PublishedCorrection(index: k, marker: label, body: body, entry: entry,
                                               lists: isPluralLabel(scalars, label), isPage: true)
                }
                title = k
                continue
            }
            if isPageLine(k) { continue }
            if isTitleLine(scalars, ranges[k]) {
                if prose.isEmpty { title = k }
                continue
            }
            // The first paragraphs of prose: a correction in prose, or the report.
            prose.append(k)
            let label = title.flatMap { publishedLabel(scalars, ranges[$0]) }
            // A title that names the error ("Mea culpa", "Editorial: We apologize for Bookends", "Our Bad: …"): the
            // page is the note, which its first paragraphs may lead into. Otherwise the first paragraph of prose
            // must be the note: further down, a newsroom's past error is the report's matter ("Under Hughes, we
            // apologised in our pages in 2015 for a story that wrongly …").
            let titled = label != nil || title.map { namesError(scalars, ranges[$0]) } ?? false
            // The paper may name itself instead and own the error in the paragraph under the note ("In the Aug. 13
            // edition of the Independent, a caption wrongly stated …" over "Waverly Newspapers regrets the error, …").
            // Or close the note's own paragraph with it ("Last week in the article on the county budget, the newspaper
            // mistakenly omitted … The newspaper regrets the error. – R. G.").
            let ownedBelow = prose.count == 1 && speaksOfPublication(scalars, ranges[k])
                && !speaksOfPolicy(wordText(scalars, ranges[k]))
                && (((k + 1)..<min(ranges.count, k + 3)).first(where: { !isFurniture($0) }).map { regretsTheError(scalars, ranges[$0]) } == true
                    || regretsInALaterSentence(scalars, ranges[k]))
            // A title that is the correction by itself ("(Notre source d'information nous a induit de bonne foi en
            // erreur)" over the note's prose): the page is the note, marked by the title's error.
            let titleCorrects = prose.count == 1 && title.map { correctsOwnPublication(scalars, ranges[$0]) } == true
            // Under a heading that names the page as the paper's corrections ("Daily Emerald Corrections Page"), below
            // its policy, an entry need not say "our": the heading owns it ("An opinion column published on Sept. 12
            // incorrectly stated …"). Not under a plural label alone: a blog headed "More “clarifications”" or "The
            // Boston Globe Corrections" speaks of another paper's.
            let plural = label.map { isPluralLabel(scalars, $0) } ?? false
            let listed = plural && title.map { namesCorrectionsPage(scalars, ranges[$0]) } == true && isLogEntry(scalars, ranges[k])
            // A piece cited as a corrections column cites the paper's own (`opensWithCitedPiece`), at the top of a page
            // with no title or under one that names a correction: under a press review's or a critic's title, the
            // pieces cited are other papers'.
            let namesCorrections = title.map { foldedWords(scalars, ranges[$0]).first.map { correctionTitleWords.contains($0.key) } ?? false } ?? true
            let cited = (namesCorrections || titled) && opensWithCitedPiece(scalars, ranges[k]) && namesError(scalars, ranges[k])
            if prose.count == 1 || titled, correctsOwnPublication(scalars, ranges[k]) || ownedBelow || titleCorrects || listed || cited,
               let marker = errorMarker(scalars, ranges[k]) ?? (titleCorrects ? title.flatMap { errorMarker(scalars, ranges[$0]) } : nil) {
                // Under a heading that names several corrections, the entries are the notices, not the page's title
                // and its policy above them.
                if plural {
                    return PublishedCorrection(index: k, marker: marker, body: k, entry: k, lists: true, isPage: true)
                }
                return PublishedCorrection(index: titled ? title ?? prose[0] : prose[0], marker: marker, body: prose[0],
                                           entry: k, lists: false, isPage: titled)
            }
            if prose.count == publishedProseReach { return nil }
        }
        return nil
    }

    /// Whether a paragraph names an error in what was published (`errorCues`), puts the right figure or word for the
    /// wrong one ("74 euros et non de 94 euros", `NoticeReferences.replacedNumbers`) or apologises (`apologizes`).
    /// Not a bare reference to what was reported: "As we reported in Tuesday's edition, …" opens a report as well.
    static func namesError(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let read = TextRange(range.start, min(range.end, range.start + publishedHeadScalars))
        return errorPhrases.occurs(in: wordText(scalars, read)) || apologizes(scalars, read)
            || !NoticeReferences.replacedNumbers(in: scalars, range: read).isEmpty
    }

    /// Whether a paragraph is a line over the page's prose (its title, a section, a stamp): at most
    /// `publishedHeadingLength` scalars, ending no sentence with a full stop, an ellipsis, a colon or a semicolon
    /// ("Our Bad: Tom of Maine's IS Okay After All!", "• Last modified 2049 days ago (Sept. 11, 2013)").
    static func isTitleLine(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let trimmed = Scalars.trimmed(scalars, range)
        guard trimmed.length > 0, trimmed.length <= publishedHeadingLength else { return false }
        return !".…:;".unicodeScalars.contains(scalars[trimmed.end - 1])
    }

    /// The entries after the first of a published correction that lists its errata, to paragraph `last`: the
    /// paragraph where each starts and its marker (the first entry is the notice opened at `published.index`). Under
    /// a heading that names several corrections (`lists`), each list item or paragraph that speaks of what was
    /// published or names an error (not the apology closing the list), marked by its error's word or the heading's
    /// label; elsewhere, each list item naming an error, marked by that error's word. `isListItem` tells a list's item.
    static func publishedEntries(of published: PublishedCorrection, last: Int, _ scalars: ScalarText, _ ranges: [TextRange],
                                 isListItem: (Int) -> Bool) -> [(marker: TextRange, first: Int)] {
        guard published.entry < last else { return [] }
        return ((published.entry + 1)...last).compactMap { k in
            let item = isListItem(k)
            if published.lists, item || speaksOfPublication(scalars, ranges[k])
                || (namesError(scalars, ranges[k]) && !apologizes(scalars, ranges[k])) {
                return (errorMarker(scalars, ranges[k]) ?? published.marker, k)
            }
            // A paragraph that cites a piece of its own and names an error is the next entry of a log with no
            // heading (`opensWithCitedPiece`): "The article “States Bite …” (Dec 08, page 76) included … an incomplete
            // description …" under the entry about another article.
            guard item || opensWithCitedPiece(scalars, ranges[k]) && namesError(scalars, ranges[k]) else { return nil }
            return errorMarker(scalars, ranges[k]).map { ($0, k) }
        }
    }

    /// The first entry of a corrections log's next group of entries after paragraph `last`: a log that lists its
    /// errata (`PublishedCorrection.lists`) may group them under date lines of the page ("July 31, 2021" / entries /
    /// "July 29, 2021" / entries). The date lines are the page's furniture and end the group above them; the paragraph
    /// under them opens the next group when it speaks of what was published and names an error. Nil when anything
    /// else (a related-stories title, a comment section, no date line at all) follows `last`.
    static func nextDatedEntry(after last: Int, _ scalars: ScalarText, _ ranges: [TextRange], isFurniture: (Int) -> Bool) -> Int? {
        var k = last + 1
        while k < ranges.count, isFurniture(k) {
            let folded = Array(FoldedText.bytes(scalars.string(Scalars.trimmed(scalars, ranges[k]))))
            guard !folded.isEmpty, folded.withUnsafeBufferPointer({ DateLine.isDateLine($0) }) else { return nil }
            k += 1
        }
        guard k > last + 1, k < ranges.count else { return nil }
        return isLogEntry(scalars, ranges[k]) ? k : nil
    }

    /// Whether a paragraph reads as an entry of a corrections log: it speaks of what was published and names an error,
    /// and is not the paper's policy on errors ("… corrects errors as soon as they are brought to our attention").
    static func isLogEntry(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        speaksOfPublication(scalars, range) && namesError(scalars, range) && !speaksOfPolicy(wordText(scalars, range))
    }

    /// A log whose notices start at entry `k`, marked by its error's word (`errorMarker`); nil when it names none.
    private static func logFrom(_ k: Int, _ scalars: ScalarText, _ ranges: [TextRange]) -> PublishedCorrection? {
        errorMarker(scalars, ranges[k]).map { PublishedCorrection(index: k, marker: $0, body: k, entry: k, lists: true, isPage: true) }
    }

    /// Folded labels that head a list of corrections: each paragraph under them that corrects the paper in its own
    /// voice is an entry of its own.
    static let pluralLabels: Set<String> = ["errata", "rectificatifs", "rectifications", "precisions", "corrections", "clarifications"]

    /// Whether a heading's label (`publishedLabel`) names several corrections.
    static func isPluralLabel(_ scalars: ScalarText, _ marker: TextRange) -> Bool {
        foldedWords(scalars, marker).last.map { pluralLabels.contains($0.key) } ?? false
    }

    /// The word of `range` where its first error cue (`errorCues`) starts, as a note's marker ("erreur", "coquille",
    /// "misspelled"), or nil when it has none.
    static func errorMarker(_ scalars: ScalarText, _ range: TextRange) -> TextRange? {
        let read = TextRange(range.start, min(range.end, range.start + publishedHeadScalars))
        // The first cue that is a word of its own (`unlabelledErrorCues` are none); with none, the right word put for
        // the wrong one ("En réalité, …" after "Dans un article publié sur notre site … l'auteur a écrit que …").
        // That needs the piece's words told as what it said ("l'auteur a écrit que …"), not as what it had right ("Comme
        // nous l'avons écrit hier, … En réalité, …": the report goes on).
        let text = wordTextOutsideQuotations(scalars, read)
        let matches = errorPhrases.matches(in: text)
        let toldAsSaid = toldPhrases.occurs(in: text) && newsroomTellers.occurs(in: text) && !agreedPhrases.occurs(in: text)
        guard let cue = matches.first(where: { !unlabelledErrorCues.contains(errorCues[$0.phrase]) }) ?? (toldAsSaid ? matches.first : nil)
        else { return nil }
        // The cue's words as written ("à tort", "jamais tenus", "requires clarification"), not its first alone: every
        // word but the last whole, the last as a start ("misspell" in "misspelled"), split as `foldedWords` splits a
        // text, at spaces and elisions ("l'erreur" is "l", "erreur").
        let cueWords = errorCues[cue.phrase].split { $0 == " " || $0 == "'" }.map(String.init)
        let words = foldedWords(scalars, read)
        guard !cueWords.isEmpty, words.count >= cueWords.count else { return nil }
        let first = (0...(words.count - cueWords.count)).first { i in
            cueWords.indices.allSatisfy { j in
                j == cueWords.count - 1 ? words[i + j].key.hasPrefix(cueWords[j]) : words[i + j].key == cueWords[j]
            }
        }
        return first.map { TextRange(words[$0].range.start, words[$0 + cueWords.count - 1].range.end) }
    }

    /// Folded phrases by which a note tells what the piece said, before the right word put for the wrong one
    /// (`errorMarker`): "a écrit que", "indiquait que", "wrote that", "reported that".
    private static let toldPhrases = PhraseSet([
        " ecrit que", " indique que", " indiquait que", " affirme que", " affirmait que", " annonce que", " annoncait que",
        " wrote that", " reported that", " stated that", " said that",
    ])

    /// Folded phrases naming the newsroom or its piece as the one that said it ("l'auteur a … écrit que", "nous
    /// avons écrit que", "we wrote that"): a mayor who "a écrit que" beside "notre article" is someone else told.
    private static let newsroomTellers = PhraseSet([
        " l'auteur a", " notre journaliste a", " notre correspondant a", " nous avons ecrit", " nous avions ecrit",
        " nous ecrivions", " nous indiquions", " nous avons indique", " nous affirmions", " we wrote", " we reported",
        " we stated", " we said", " our story said", " our article said", " the story said", " the article said",
    ])

    /// Folded phrases by which a paragraph tells the piece as right ("Comme nous l'avons écrit", "As we reported").
    private static let agreedPhrases = PhraseSet([" comme nous", " comme l'indiquait", " as we ", " as reported"])

    /// Folded phrases by which a paragraph under a published correction's first goes on speaking of the piece it
    /// corrects: its passages, its headline, the correction itself.
    static let correctionContinuationCues: [String] = [
        " l'article", " cet article", " the article", " this article", " the story", " this story", " correction",
        " corrige", " headline", " le titre", " du titre", " paragraph", " passage", " statement", " propos",
    ]

    private static let continuationPhrases = PhraseSet(correctionContinuationCues)

    /// Folded openings of the paper's standing lines on corrections, set under a note as under any page ("It is the
    /// policy of the Daily News to correct …", "If you feel a factual error has been made …", "Pour signaler une
    /// erreur, …"): the page's, not the note's.
    static let standingPolicyOpenings: [String] = [
        " it is the policy of", " it is our policy", " our policy is", " if you feel", " if you believe", " if you see an error",
        " if you spot an error", " to report an error", " to request a correction", " pour signaler une erreur",
        " si vous constatez une erreur", " si vous relevez une erreur",
    ]

    private static let standingPolicyPhrases = PhraseSet(standingPolicyOpenings)

    /// Whether a paragraph opens with the paper's standing lines on corrections (`standingPolicyOpenings`).
    static func statesStandingPolicy(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        standingPolicyPhrases.occurs(in: wordText(scalars, TextRange(range.start, min(range.end, range.start + 40))))
    }

    /// The last paragraph of a published correction whose prose opens at paragraph `body`: on a page that is the note
    /// (`isPage`), to the page's end or its furniture, signature apart, when at most `closingReach` paragraphs follow
    /// `body`. Otherwise, and on a longer page (a corrected story printed under the note, the note printed twice), the
    /// last paragraph that goes on speaking of the publication (`speaksOfPublication`), names the error or apologises
    /// (`namesError`), or speaks of the piece it corrects (`correctionContinuationCues`), with at most one paragraph
    /// between two such (a passage quoted, then "This is inaccurate."), short of the note's first paragraph printed
    /// again, whole or cut short as a summary (`isCutOpening`).
    static func publishedLast(from body: Int, isPage: Bool, _ scalars: ScalarText, _ ranges: [TextRange], isFurniture: (Int) -> Bool) -> Int {
        let first = Scalars.trimmed(scalars, ranges[body])
        var end = ((body + 1)..<ranges.count).first { k in
            let range = Scalars.trimmed(scalars, ranges[k])
            return isFurniture(k) || isCutOpening(scalars, range, of: first) || statesStandingPolicy(scalars, range)
                || (range.length == first.length && scalars[range.start..<range.end].elementsEqual(scalars[first.start..<first.end]))
        } ?? ranges.count
        while end - 1 > body, isSignatureLine(scalars, ranges[end - 1]) { end -= 1 }
        if isPage, end - 1 - body <= closingReach { return end - 1 }
        var last = body
        var k = body + 1
        // On the note's own page, the passage it quotes or the party it lets speak may run to two paragraphs
        // ("50 years ago – 12 Sept 1962" / "U.S. President Kennedy's speech." / "In fact he gave it in 1961.").
        while k < end, k - last <= (isPage ? 3 : 2) {
            let range = Scalars.trimmed(scalars, ranges[k])
            // Another piece cited with no error named ("The article “Library Hours” (Oct. 1, page 2) drew strong
            // interest"): the page goes on about other things.
            if opensWithCitedPiece(scalars, range), !namesError(scalars, range) { break }
            let words = wordText(scalars, TextRange(range.start, min(range.end, range.start + publishedHeadScalars)))
            if continuationPhrases.occurs(in: words) || speaksOfPublication(scalars, range) || namesError(scalars, range) {
                last = k
            }
            k += 1
        }
        return last
    }
}

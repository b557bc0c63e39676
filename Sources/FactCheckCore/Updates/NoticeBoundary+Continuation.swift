/// Whether the paragraph after a notice still reads as the notice: the signs that a notice goes on without a separator.
///
/// A notice speaks of the story, of what the newsroom was told and of the update's time ("told us", "this story",
/// "cet article", "nous a précisé", "désormais"); it carries on its quotation ("« Nous … »", a paragraph opening on a
/// quotation mark), or links on with a connective ("However,", "Cependant,"). The report, when it resumes, goes back
/// to a third-person narrative of the events with none of these, or still waits for what the notice brought ("has
/// not responded", "n'a pas encore répondu"): that paragraph ends the notice. `ArticleReader` asks `continues` only of
/// a notice at the top of the article; down the page, of what stands between two stacked notices, it asks the narrower
/// `speaksAsNotice` (the quotation, the notice's voice): the report links on with a connective and speaks in the
/// present as well. Surveyed on pages outside the corpus (docs/notice-extent-survey.md).
extension NoticeBoundary {
    /// Folded openings (whole words) that link a paragraph to the one before it: the notice goes on.
    static let connectives: [String] = [
        "however", "but", "also", "in addition", "additionally", "furthermore", "moreover", "still", "that said",
        "even so", "nonetheless", "nevertheless", "instead", "in a statement", "in an email", "in a later statement",
        "cependant", "toutefois", "neanmoins", "mais", "en revanche", "par ailleurs", "de plus", "en outre",
        "pour autant", "d'ailleurs", "dans un communique", "dans un courriel", "dans un mail", "a noter",
    ]

    /// Folded phrases (whole words) by which a paragraph speaks of the story or of what the newsroom was told since.
    /// Not "we have", "nous avons" nor "the update": the report says "we asked them" and "la mise à jour d'iOS" too.
    static let noticeVoiceCues: [String] = [
        "this story", "this article", "this post", "this report", "this piece", "the original story", "the original post",
        "the original article", "our story", "our article", "our report", "our reporting", "our original",
        "since publication", "after publication", "at press time", "told us", "tells us", "told me", "sent us",
        "emailed us", "wrote to us", "contacted us", "asked us", "in a statement to us", "reached by", "contacted by",
        "cet article", "notre article", "notre papier", "cette information", "notre information", "depuis la publication",
        "apres la publication", "apres publication", "nous a", "nous ont", "contacte par", "contactee par",
        "contactes par", "sollicite par", "sollicitee par", "joint par", "jointe par", "interroge par", "interrogee par",
        "a nos questions", "a notre demande", "aupres de nous", "par nos soins",
    ]

    /// Folded phrases (whole words) of a report still waiting for what a notice brings ("has not responded", "n'a pas
    /// encore répondu"): such a paragraph is the report's, whatever else it says, and ends the notice above it.
    static let pendingCues: [String] = [
        "not yet", "has not responded", "have not responded", "did not respond", "did not immediately",
        "could not be reached", "haven't heard back", "have not heard back", "has yet to", "have yet to",
        "no response", "will update", "we'll update", "developing story", "pas encore", "n'a pas repondu",
        "n'ont pas repondu", "pas en mesure", "encore pas", "sans reponse", "mettrons cet article a jour",
        "mettrons a jour", "en attente",
    ]

    /// Folded words (whole) that place a paragraph at the update's time rather than the report's. "Already" and
    /// "déjà" only in the present ("are already", "est déjà"): the report's past says them too ("had already
    /// spoken", "s'était déjà exprimé", "ont déjà été prévenus"). `wordText` keeps an elided word whole ("c'est",
    /// "it's"), so the present's elided forms are listed as they are written.
    static let updateTimeCues: [String] = [
        "is already", "are already", "it's already", "that's already", "there's already", "they're already",
        "we're already", "est deja", "c'est deja", "sont deja", "so far", "at this hour", "most recent", "desormais",
        "a cette heure", "a l'heure ou",
        "dernieres informations",
    ]

    /// The longest paragraph after which a notice may go on: newsroom notices run in short paragraphs, and one longer
    /// than this has the report glued on (a lost line break), so what follows it is the report's.
    static let longestNoticeParagraph = 700

    /// The longest paragraph `isShortRemark` takes: one sentence that comments on the list a notice announced.
    static let shortRemarkLength = 60

    private static let connectiveOpenings: [[UInt8]] = connectives.map { Array(spaced($0).utf8) }
    private static let voicePhrases = PhraseSet(noticeVoiceCues.map(spaced))
    private static let pendingPhrases = PhraseSet(pendingCues.map(spaced))
    private static let timePhrases = PhraseSet(updateTimeCues.map(spaced))

    /// Whether paragraph `next` goes on with the notice whose last paragraph so far is `previous`.
    static func continues(_ scalars: ScalarText, previous: TextRange, next: TextRange) -> Bool {
        guard let words = followingWords(scalars, previous: previous, next: next) else { return false }
        if speaks(scalars, previous: previous, next: next, words) { return true }
        return connectiveOpenings.contains(where: { words.starts(with: $0) }) || timePhrases.occurs(in: words)
    }

    /// Whether paragraph `next` speaks as the notice whose last paragraph so far is `previous`: it carries on the
    /// quotation the notice reports, or speaks of the story or of what the newsroom was told. Not a connective
    /// ("Mais", "But", "also") nor the present ("is already"): the report links on and speaks so too.
    static func speaksAsNotice(_ scalars: ScalarText, previous: TextRange, next: TextRange) -> Bool {
        guard let words = followingWords(scalars, previous: previous, next: next) else { return false }
        return speaks(scalars, previous: previous, next: next, words)
    }

    /// `next`'s words (`wordText`) when it may go on with a notice at all: not after a paragraph too long to be the
    /// notice's alone, not opening with a separator's label, not still waiting for what the notice brings. Nil otherwise.
    private static func followingWords(_ scalars: ScalarText, previous: TextRange, next: TextRange) -> [UInt8]? {
        guard next.length > 0, previous.length <= longestNoticeParagraph, !opensWithLabel(scalars, next) else { return nil }
        let words = wordText(scalars, next)
        return pendingPhrases.occurs(in: words) ? nil : words
    }

    /// The quotation carried on, or the notice's voice, in `next` (whose `wordText` is `words`).
    private static func speaks(_ scalars: ScalarText, previous: TextRange, next: TextRange, _ words: [UInt8]) -> Bool {
        opensWithQuotation(scalars, next) || leavesQuotationOpen(scalars, previous) || voicePhrases.occurs(in: words)
    }

    /// Whether a paragraph still waits for what a notice brings ("has not responded", "pas encore", `pendingCues`) or
    /// states what is still going on ("is still at large", "l'enquête est toujours en cours", `ongoingCues`): the
    /// report's, which a notice settles. Narrower than the linker's time-bound cues (`NoticeReferences.isTimeBound`),
    /// which also take what holds for now ("pour l'instant", "devrait", "will be"): a notice hedges in those words
    /// too ("Pour l'instant, l'hypothèse d'une attaque est écartée"). "Toujours est-il que" ("still, …") is a link
    /// between sentences, not a state that lasts.
    static func isPending(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        var words = wordText(scalars, range)
        let idiom = Array(" toujours est il ".utf8)
        var i = 0
        while i + idiom.count <= words.count {
            // The second byte first: most positions are ruled out without comparing a slice.
            if words[i + 1] == idiom[1], words[i..<(i + idiom.count)].elementsEqual(idiom) {
                words.replaceSubrange(i..<(i + idiom.count - 1), with: [0x20])
            }
            i += 1
        }
        return pendingPhrases.occurs(in: words) || ongoingPhrases.occurs(in: words)
    }

    /// Folded phrases (whole words) of a state still going on when the report was written: a search, an inquiry.
    static let ongoingCues: [String] = [
        "still", "toujours", "is missing", "are missing", "at large", "ongoing", "under way", "underway", "searching for",
        "looking for", "en cours", "porte disparu", "portee disparue", "recherchent", "est recherche", "est recherchee",
        "appel a temoins",
    ]

    private static let ongoingPhrases = PhraseSet(ongoingCues.map(spaced))

    /// A paragraph opening on a quotation mark: the statement the notice reports.
    static func opensWithQuotation(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        "\"“«„'‘".unicodeScalars.contains(scalars[range.start])
    }

    /// A paragraph that opens a quotation and does not close it: the quotation goes on below.
    static func leavesQuotationOpen(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        var depth = 0
        var straight = 0
        for s in scalars[range.start..<range.end] {
            switch s {
            case "«", "“": depth += 1
            case "»", "”": depth = max(0, depth - 1)
            case "\"": straight += 1
            default: break
            }
        }
        return depth > 0 || straight % 2 == 1
    }

    /// One short sentence ending with a full stop or an exclamation mark ("Presumably others will follow."): after the
    /// lines of a list or a table a notice announced, its closing comment.
    static func isShortRemark(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let trimmed = Scalars.trimmed(scalars, range)
        guard trimmed.length > 0, trimmed.length <= shortRemarkLength else { return false }
        let last = scalars[trimmed.end - 1]
        guard last == "." || last == "!" else { return false }
        // One sentence: no other end of sentence before the last (a full stop inside "U.S." is followed by a letter).
        for i in trimmed.start..<(trimmed.end - 1) where ".!?".unicodeScalars.contains(scalars[i]) {
            if Scalars.isSpace(scalars[i + 1]) { return false }
        }
        return true
    }

    /// A paragraph that addresses the reader ("L'article vous a plu ?", "Subscribe to our newsletter", "Suivez-nous
    /// sur…"): page furniture the reader sees, not a notice's text, where a closing notice runs to the end. A question
    /// alone is not enough: a notice may end on a rhetorical one ("Tout s'explique, non ?", "Who knew?").
    static func addressesReader(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        readerPhrases.occurs(in: wordText(scalars, range))
    }

    /// Folded words (whole) that speak to the reader: the second person, and the calls to subscribe or follow.
    static let readerWords: [String] = [
        "you", "your", "subscribe", "sign up", "newsletter", "follow us", "join us", "vous", "votre", "vos", "abonnez",
        "inscrivez", "suivez nous", "rejoignez nous", "nous rejoignant", "restez connectes",
    ]

    private static let readerPhrases = PhraseSet(readerWords.map(spaced))

    /// The paragraph's folded words, each between single spaces (" however the company said ").
    static func wordText(_ scalars: ScalarText, _ range: TextRange) -> [UInt8] {
        var bytes: [UInt8] = [0x20]
        for s in Scalars.folded(scalars[range.start..<range.end]).unicodeScalars {
            if ScalarClass.isWord(s) || s == "'" {
                // Encoded in place: a String per scalar cost a tenth of a short article's whole reading.
                if s.isASCII { bytes.append(UInt8(s.value)) } else { UTF8.encode(s) { bytes.append($0) } }
            } else if s == "’" {
                bytes.append(UInt8(ascii: "'"))
            } else if bytes.last != 0x20 {
                bytes.append(0x20)
            }
        }
        if bytes.last != 0x20 { bytes.append(0x20) }
        return bytes
    }

    /// A phrase between spaces, matched on whole words.
    private static func spaced(_ phrase: String) -> String { " " + phrase + " " }
}

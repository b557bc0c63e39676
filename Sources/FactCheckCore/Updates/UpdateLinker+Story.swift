/// The story an update that ends a state sits on: its opening, its extent, the sentences that still tell the state,
/// a summary at the top that already tells the news, and the entries of a live stack.
extension UpdateLinker {
    /// The claim a live update at the top settles by ending a state: the first whole sentence below the notice that
    /// shares a word with it, among the first `storyOpeningReach` sentences there — the opening of the story the update
    /// sits on ("Original story: A high school is on lockdown…"), the state it reported. A first sentence that shares
    /// nothing ("Depuis 16 heures, les usagers doivent s'armer de patience") is passed over for the next. When none
    /// shares a word — the ending seldom repeats the state's words ("She has been located" above "is searching for a
    /// missing girl") — the first that states a state in progress (time-bound: "the service is down right now") is it.
    /// A state in progress stated before the first sentence that shares a word is the opening too: a later sentence
    /// may share only the story's subject ("Merchants are unable to take payments right now" above "The company said
    /// engineers were investigating", under "The service is back up, the company said").
    /// A headline or standfirst that already tells the ending in the update's news ("was reported missing but later
    /// found safe", rewritten with the update: see `isSummaryTellingTheNews`) opens no state: it is passed over.
    /// - Complexity: O(`storyOpeningReach` sentences' words + the claims inside the notice's extent).
    func storyOpening(below notice: ArticleNotice, after before: Int?, sharing sharedWords: [Int: [Int]],
                              noticeWords: [Int: Double]) -> Int? {
        var claim = (before ?? -1) + 1
        var seen = 0
        var firstInProgress: Int?
        while claim < claimStarts.count, seen < UpdateLinker.storyOpeningReach {
            if claimStarts[claim] >= notice.range.end, !fragment[claim], !overlaps(claim, notice.range),
               Self.endsSentence(analysis.scalars, analysis.claims[claim].occurrences.first ?? TextRange(0, 0)) {
                if isSummaryTellingTheNews(claim, shared: sharedWords[claim] ?? [], noticeWords: noticeWords),
                   NoticeReferences.isResolution(analysis.scalars, analysis.claims[claim].occurrences.first ?? TextRange(0, 0)) {
                    claim += 1
                    continue
                }
                if !(sharedWords[claim] ?? []).isEmpty { return firstInProgress ?? claim }
                if firstInProgress == nil, timeBound[claim] { firstInProgress = claim }
                seen += 1
            }
            claim += 1
        }
        return firstInProgress
    }

    /// The text of the story an update that ends a state sits on: below it, up to the next notice past the stack it
    /// heads (`stackLast`: updates stacked at the top, newest first, over one story), for an update at the top
    /// (`below`); else above it, from the notice before it (or the page's start).
    /// - Complexity: O(log notices), by binary search.
    func storyRange(of notice: ArticleNotice, below: Bool) -> TextRange {
        if below {
            var next = Self.countBelow(notice.range.end, in: noticeStarts)
            let own = Self.countBelow(notice.range.start, in: noticeStarts)
            if own < stackLast.count, noticeStarts[own] == notice.range.start { next = max(next, stackLast[own] + 1) }
            let end = next < noticeStarts.count ? noticeStarts[next] : analysis.scalars.count
            return TextRange(notice.range.end, max(notice.range.end, end))
        }
        let before = Self.countBelow(notice.range.start + 1, in: noticeEnds)
        let previous = before > 0 ? noticeEnds[before - 1] : 0
        return TextRange(previous, max(previous, notice.range.start))
    }

    /// `stackLast`, read once: from the last notice back, each notice's stack goes on through the next notice's when
    /// no whole sentence (only headings, dates, separators) stands between them.
    /// - Complexity: O(notices + claims).
    func stacks() -> [Int] {
        var last = Array(noticeStarts.indices)
        var claim = claimStarts.count
        for notice in noticeStarts.indices.reversed().dropFirst() {
            // The claims between this notice's end and the next one's start, walked once from the page's end.
            var sentenceBetween = false
            while claim > 0, claimStarts[claim - 1] >= noticeEnds[notice] {
                claim -= 1
                if claimStarts[claim] < noticeStarts[notice + 1], !fragment[claim],
                   Self.endsSentence(analysis.scalars, analysis.claims[claim].occurrences.first ?? TextRange(0, 0)) {
                    sentenceBetween = true
                }
            }
            if !sentenceBetween { last[notice] = last[notice + 1] }
        }
        return last
    }

    /// The whole sentences of `story`, the story of an update that ends a state, which go on telling that state:
    /// they share a word with the update and state it in progress (`NoticeReferences.statesInProgress`: "both lanes
    /// remain closed", "residents should boil water", "la ligne est coupée"), and do not tell the ending themselves.
    /// - Complexity: O(the claims × their length).
    func statesInProgress(in story: TextRange, sharing sharedWords: [Int: [Int]], update: TextRange) -> Set<Int> {
        var result = Set<Int>()
        for claim in claimStarts.indices where story.start <= claimStarts[claim] && claimStarts[claim] < story.end {
            // (The claim's own words, short of its attribution, are read only for a claim that shares a word at all.)
            guard !fragment[claim], let shared = sharedWords[claim], !shared.isEmpty,
                  !shared.filter(termsBeforeAttribution(of: claim).contains).isEmpty,
                  let range = analysis.claims[claim].occurrences.first, Self.endsSentence(analysis.scalars, range),
                  NoticeReferences.statesInProgress(analysis.scalars, range, update: update),
                  !NoticeReferences.isResolution(analysis.scalars, range) || forecastsTheEnd(range, update: update)
            else { continue }
            result.insert(claim)
        }
        return result
    }

    /// The claims of `story` that tell a state of `kinds`, which the update in `update` ends, whatever words they
    /// share with it (`NoticeReferences.endedStates`: "remains closed" under "reopened", "a search party for a
    /// missing child" under "has been found"), and do not tell an ending themselves: the first `nearbyReach`, in the
    /// article's order.
    /// - Complexity: O(log claims) to find the story's first such claims, then at most `nearbyReach` per kind, each
    ///   read for an ending.
    func statesToldInOwnWords(in story: TextRange, kinds: [Int], update: TextRange) -> [Int] {
        let scalars = analysis.scalars
        let first = Self.countBelow(story.start, in: claimStarts)
        var candidates: [Int] = []
        for kind in kinds {
            let list = statesTold[kind]
            var i = Self.countBelow(first, in: list)
            while i < list.count, claimStarts[list[i]] < story.end, candidates.count < UpdateLinker.nearbyReach * kinds.count {
                candidates.append(list[i])
                i += 1
            }
        }
        var result: [Int] = []
        for claim in Set(candidates).sorted() where result.count < UpdateLinker.nearbyReach {
            // (A state of another year, "which closed for good last year", is not the one the update ends.)
            guard !fragment[claim], !tellsAnotherYear(claim), let range = analysis.claims[claim].occurrences.first,
                  !NoticeReferences.isResolution(scalars, range) || forecastsTheEnd(range, update: update)
            else { continue }
            result.append(claim)
        }
        return result
    }

    /// Whether the sentence in `range` forecasts the end the update tells, passive or not ("expects power to be
    /// restored to downtown by 9 p.m."): its words of ending are a forecast, not the ending itself.
    func forecastsTheEnd(_ range: TextRange, update: TextRange) -> Bool {
        let scalars = analysis.scalars
        return NoticeReferences.forecastsEnd(Scalars.folded(scalars[range.start..<range.end]),
                                             update: Scalars.folded(scalars[update.start..<update.end]))
    }

    /// Whether claim `claim`, the headline or the standfirst (the first two claims), already tells the news it
    /// shares `shared` with: at least `summaryNewsWords` of those words are in no claim of the body below (from the
    /// third claim on), and the claim also has a word of the body that the notice lacks — it tells the original
    /// story and the news together, as a summary rewritten after the news does ("reported missing but later found
    /// safe" above a body still searching). A lede that is itself the report, with no body telling its story
    /// again, is no such summary: a confirmation still links it.
    /// - Complexity: O(the claim's words): a word is in the body when its last posting (claims in order) is past the
    ///   first two.
    func isSummaryTellingTheNews(_ claim: Int, shared: [Int], noticeWords: [Int: Double]) -> Bool {
        guard claim < 2 else { return false }
        let inBody: (Int) -> Bool = { (postings[$0].last ?? 0) >= 2 }
        guard shared.filter({ !inBody($0) }).count >= UpdateLinker.summaryNewsWords else { return false }
        return claimTerms[claim].contains { noticeWords[$0] == nil && inBody($0) }
    }

    /// The extent of the notice just above `notice` when both are entries of a live stack: news (`bringsNews`) under
    /// a marker that gives its time of day, below another timed marker ("Update 9:40 p.m.:" above "Update 6:15
    /// p.m.:", "Mise à jour 18h :" above "Mise à jour 14h30 :"). The text between the two belongs to the entry above —
    /// its further paragraphs, then the heading of the next entry — and updates amend the story, not one another.
    /// Whether the stack runs newest first (that text is later than `notice`) or oldest first (it is the earlier
    /// update `notice` follows on), it is no claim of the story `notice` settles. A note that gives no hour ("Update
    /// 1", "Correction, March 5", a tag on the headline, "Update:" above the original story) heads no live entry:
    /// the story may stand between, and nothing is cut; nor is a correction a live entry.
    /// - Complexity: O(the article's notices + the two markers).
    func entryAbove(_ notice: ArticleNotice, news bringsNews: Bool) -> TextRange? {
        guard bringsNews, let above = analysis.notices.last(where: { $0.range.end <= notice.range.start }) else { return nil }
        return Self.givesTime(above.marker) && Self.givesTime(notice.marker) ? above.range : nil
    }

    /// Whether `marker` gives a time of day ("Update, 9:40 p.m.", "MISE À JOUR 21h", "Update, March 4, 10:15 a.m."),
    /// as a live page's entries do: a number ("Update 2") or a date alone ("Correction, March 5") is none.
    /// - Complexity: O(the marker's length).
    static func givesTime(_ marker: String) -> Bool {
        let text = ScalarText(marker + " ")
        return text.indices.contains { i in
            Scalars.isDigit(text[i]) && (i == 0 || !Scalars.isDigit(text[i - 1]))
                && UpdateMarker.hour(in: text, at: i, limit: text.count) != nil
        }
    }

    /// The claims of the story `notice` (news) follows or heads that ask an open question for now (`openQuestion`
    /// and `timeBound`: "the cause is still unknown", "l'état des victimes est encore inconnu") and share with it a
    /// word of the question itself: the news that names the question's subject answers it, though it shares little
    /// more. The words of the claim's attribution do not count ("…, selon la préfecture", "…, state police said":
    /// the same source speaking of something else answers nothing); one word of the question's subject before its cue
    /// is enough ("the cause"), but an embedded question after it needs two, or a name or a number ("the driver" of
    /// "it is unclear whether the driver was speeding" is not its answer). News that says the
    /// question is still open ("remains under investigation") answers nothing. The story is the text above the
    /// notice, or below it for a notice above the story (`aboveTheStory`); a question asked below news set further
    /// down a page is not one it answers.
    /// - Complexity: O(the claims that share a word with the notice, and their length).
    func openQuestions(answeredBy notice: ArticleNotice, sharing sharedWords: [Int: [Int]], aboveTheStory: Bool) -> Set<Int> {
        let scalars = analysis.scalars
        guard !NoticeReferences.asksOpenQuestion(scalars, notice.range), !NoticeReferences.saysStillOpen(scalars, notice.range)
        else { return [] }
        var answered = Set<Int>()
        for (claim, words) in sharedWords where openQuestion[claim] && timeBound[claim] && !fragment[claim]
            && (claimStarts[claim] < notice.range.start || aboveTheStory) {
            // The question's subject before its cue ("The cause is still unknown", "l'état des victimes est encore
            // inconnu"): one word of it named answers it. An embedded question after the cue ("it is unclear whether
            // the driver was speeding"): its answer names more of it, or a name or a number.
            guard let question = questionWords(of: claim) else { continue }
            let subject = words.filter(question.subject.contains)
            let rest = words.filter(question.rest.contains)
            if !subject.isEmpty || rest.count >= 2 || rest.contains(where: { termSpecific[$0] }) { answered.insert(claim) }
        }
        return answered
    }

    /// The words of claim `claim` short of its attribution (", selon …", ", according to …", "…, police said"), as
    /// term ids of the article's index: those before its open-question cue (the question's subject) and those after;
    /// nil when the cue describes a thing ("an unknown painter") rather than asks.
    func questionWords(of claim: Int) -> (subject: Set<Int>, rest: Set<Int>)? {
        guard let (range, folded, limit) = attributed(claim) else { return nil }
        var cue = range.start
        if let folded, let at = Self.firstOffset(of: NoticeReferences.openQuestionCues, in: folded), range.start + at < limit {
            // "an unknown painter", "un tableau inconnu" after an article: a word of description, no question.
            let before = String(String.UnicodeScalarView(folded[max(0, at - 4)..<at]))
            if [" an ", " un ", " une "].contains(where: before.hasSuffix) || before.hasSuffix(" a ") { return nil }
            cue = range.start + at
        }
        return (terms(range.start..<cue), terms(cue..<max(cue, limit)))
    }

    /// Claim `claim`'s first occurrence, its folded scalars (nil when folding changed its length, so that offsets in
    /// it are no longer the text's), and where its attribution begins (the occurrence's end when it has none).
    private func attributed(_ claim: Int) -> (range: TextRange, folded: [Unicode.Scalar]?, limit: Int)? {
        guard let range = analysis.claims[claim].occurrences.first else { return nil }
        let folded = Array(Scalars.folded(analysis.scalars[range.start..<range.end]).unicodeScalars)
        guard folded.count == range.length else { return (range, nil, range.end) }
        return (range, folded, Self.attributionStart(folded).map { range.start + $0 } ?? range.end)
    }

    /// The term ids of the article's index for the words of `slice`.
    private func terms(_ slice: Range<Int>) -> Set<Int> {
        Set(ContentWords.terms(analysis.scalars[slice]).compactMap { termIDs[$0.key] })
    }

    /// The offset in `folded` (a claim's folded scalars) where its attribution begins, if it has one: "…, selon la
    /// préfecture", "…, state police said" (from its comma).
    static func attributionStart(_ folded: [Unicode.Scalar]) -> Int? {
        guard var at = firstOffset(of: attributionOpenings, in: folded) else { return nil }
        if let comma = folded[max(0, at - 40)..<at].lastIndex(of: ",") { at = comma }
        return at
    }

    /// The first offset in `folded` where one of `phrases` stands.
    /// - Complexity: O(phrases × the text's length); a claim is short.
    static func firstOffset(of phrases: [String], in folded: [Unicode.Scalar]) -> Int? {
        phrases.compactMap { phrase -> Int? in
            let pattern = Array(phrase.unicodeScalars)
            guard pattern.count <= folded.count else { return nil }
            return (0...(folded.count - pattern.count)).first { folded[$0..<($0 + pattern.count)].elementsEqual(pattern) }
        }.min()
    }

    /// The terms of claim `claim` short of its attribution ("Dans le Calvados voisin, 35 000 foyers ont été coupés"
    /// without ", selon Enedis").
    func termsBeforeAttribution(of claim: Int) -> Set<Int> {
        guard let (range, _, limit) = attributed(claim) else { return [] }
        return terms(range.start..<limit)
    }

    /// Where a claim's attribution begins.
    static let attributionOpenings = [
        ", selon ", " selon ", ", according to ", " according to ", ", d'apres ", ", a indique", ", a precise",
        ", a annonce", ", indique ", ", said ", ", says ", ", police said", " said.", " said,", " say.", " says.",
    ]
}

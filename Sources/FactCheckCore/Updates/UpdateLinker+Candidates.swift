/// Scoring a notice's candidates: the words it shares with each claim, then position, the states it settles and
/// the story it tells (see `UpdateLinker`).
extension UpdateLinker {
    /// `candidates(for:)` with the notice's relation already read (`NoticeReading` reads it once for both).
    func candidates(for notice: ArticleNotice, relation: UpdateRelation) -> [UpdateLink] {
        // A right of reply amends the article it answers, not this page (`NoticeBoundary+Reply`); a correction
        // published as the page, the article it corrects (`NoticeBoundary+PublishedCorrection`).
        if notice.amendsElsewhere || NoticeBoundary.isReplyMarker(notice.marker) { return [] }
        let scalars = analysis.scalars
        // A stamp closing the report says when it changed, not what (`UpdateMarker.closingStamp`): it names no claim,
        // and the sentence it is glued to is no more likely amended than another.
        if UpdateMarker.closingStamp(in: scalars, at: notice.range.start, limit: notice.range.end) != nil { return [] }
        let match = UpdateMarker.match(in: scalars, at: notice.range.start, limit: notice.range.end)
        let bodyStart = match?.bodyStart ?? notice.range.start
        // An entry of a live log, marked by its hour alone ("21h44.", "6.45am", "20h52 :") or a stamp ("9′", "74 km"):
        // its page's news as it came.
        // What such news quotes is a speaker's words of the hour ("« Les amoureux de la France ont perdu », lance …"),
        // not the article's: only what it restates after a cue counts as a reference. (A correction in the log quotes
        // what the page said: "10.02pm: Correction: \"collapsed onto the railway\" is wrong.")
        let liveEntry = match.map { Self.isLogEntryMarker(scalars, $0.marker) } ?? false
        let body = TextRange(min(bodyStart, notice.range.end), notice.range.end)
        // The figures and words the notice says were wrong, and the names (below).
        let replacedTerms = NoticeReferences.replacedTerms(in: scalars, range: body)
        let replacedNumbers = replacedTerms.numbers
        // A name it says was wrong ("the mayor of Cohoes, not Troy", `NoticeReferences.isReplacedName`), read in a
        // correction or a clarification only: news tells contrasts too ("the winner was Okafor, not Lindqvist"). A
        // claim holds the whole name and shares another word with the notice, or it is another's ("Lindqvist Bakery").
        let replacedNames = relation == .correction || relation == .clarification
            ? replacedTerms.names.map { " " + Scalars.folded(scalars[$0.start..<$0.end]) + " " } : []
        let replacedNameWords = Set(replacedNames.flatMap { $0.split(separator: " ").map(String.init) })
        let newsQuotesSpeakers = liveEntry && (relation == .addition || relation == .confirmation)
        let spans = NoticeReferences.spans(in: scalars, range: body, quotations: !newsQuotesSpeakers) + replacedNumbers
        // A day, a month or a number in words that the notice says was wrong ("not Saturday", "et non en juin"): content
        // words leave days and months out, so the claims are read for the word itself.
        let replacedWords = replacedNumbers.filter { Scalars.isLetter(scalars[$0.start]) }
            .map { " " + Scalars.folded(scalars[$0.start..<$0.end]) + " " }
        // The notice's words with their weights (the highest of each word's occurrences).
        var weights: [Int: Double] = [:]
        var referenced = Set<Int>()
        var replaced = Set<Int>()
        var sequence: [Int] = []
        var sequenceKeys: [String] = []
        var sequenceYears: [Bool] = []
        // The subject by which a correction names the piece it corrects ("In a Nov. 27 story about …,") is the
        // story's, not what the notice amends (`NoticeReferences.topicClauses`).
        let topics = NoticeReferences.topicClauses(in: scalars, range: body)
        for term in ContentWords.terms(scalars[body.start..<body.end]) {
            sequenceKeys.append(term.key)
            sequenceYears.append(Self.isYear(term.key, length: term.length))
            let offset = term.offset
            guard let id = termIDs[term.key], !topics.contains(where: { $0.start <= offset && offset < $0.end }) else {
                sequence.append(-1)
                continue
            }
            sequence.append(id)
            let inReference = spans.contains { $0.start <= offset && offset < $0.end }
            if inReference { referenced.insert(id) }
            if replacedNumbers.contains(where: { $0.start <= offset && offset < $0.end }) { replaced.insert(id) }
            let weight = (inReference ? UpdateLinker.referenceWeight : 1) * (termSpecific[id] || term.isSpecific ? UpdateLinker.specificWeight : 1)
            weights[id] = max(weights[id] ?? 0, weight)
        }
        // Candidates from the postings of the notice's rarer words; then every shared word counts in their scores.
        var proposed = Set<Int>()
        for (id, _) in weights where postings[id].count <= UpdateLinker.proposingPostings {
            for claim in postings[id] where !overlaps(claim, notice.range) { proposed.insert(claim) }
        }
        var shared: [Int: Double] = [:]
        var covered: [Int: Double] = [:]
        var sharedWords: [Int: [Int]] = [:]
        for claim in proposed {
            for id in claimTerms[claim] {
                guard let weight = weights[id] else { continue }
                shared[claim, default: 0] += idf[id] * weight
                covered[claim, default: 0] += idf[id] * (termSpecific[id] ? UpdateLinker.specificWeight : 1)
                sharedWords[claim, default: []].append(id)
            }
        }
        let noticePairs = Self.pairs(sequence)
        let bringsNews = relation == .addition || relation == .confirmation
        // News flagged before the page's headline: the notice is the page's first line, a title ending no sentence
        // ("UPDATE: Madison police arrest suspect in Capitol Square bank robbery").
        let flaggedHeadline = bringsNews && lastClaim(before: notice.range.start) == nil && Self.isTitleLine(scalars, body)
        // Position: the lede and headline for a notice at the top; the claim an inline notice follows.
        let before = lastClaim(before: notice.range.start)
        let isTop = before.map { $0 < 2 } ?? true
        var positional: [Int: String] = [:]
        if isTop, !bringsNews { for claim in 0..<min(2, analysis.claims.count) { positional[claim] = "at the top: amends the lede" } }
        // (A note in parentheses closing the paragraph, "… (Update: the strike ended.)", follows whatever sentence
        // ends it: its place names that sentence only when it shares a word with it.)
        let parenthesised = scalars[notice.range.start] != "(" && notice.range.start > 0 && scalars[notice.range.start - 1] == "("
        let inline = before.map { isInline(claim: $0, notice: notice) } ?? false
        if let before, inline, !parenthesised || shared[before] != nil {
            positional[before] = "follows the claim it amends"
        }
        // A live update at the top that ends a state ("the lockdown was lifted", "le périphérique a rouvert") settles
        // what the story below it opened with ("A school is on lockdown", "Le périphérique est coupé").
        // (A live page may carry a caption or a credit line above its updates as well as a headline and a standfirst.)
        // (A notice inline after a sentence of the story, "… drop-off sites. (Update: The strike ended …)", follows it
        // however few claims stand above it.)
        // (Nor does one under a story of two paragraphs with no claim below it: "Update: The strike ended …" closing a
        // short article.)
        let storyBelow = claimStarts.last.map { $0 >= notice.range.end } ?? false
        let aboveTheStory = before.map { $0 < UpdateLinker.liveTopClaims && !inline && storyBelow } ?? true
        // (A notice that corrects, denies or clarifies may refer to what the article said: read once, here.)
        let refersToArticle = !bringsNews && NoticeReferences.refersToArticle(scalars, body)
        // A correction or a clarification may end a state too ("Mill Road has reopened. It involved 12 cars, not 15"):
        // it settles that state as news does, unless it tells what the article said ("an earlier version said the
        // road had reopened").
        let endsAsWell = (relation == .correction || relation == .clarification) && !refersToArticle
        let endsState = (bringsNews || endsAsWell) && NoticeReferences.isResolution(scalars, body)
        let ended = endsState && aboveTheStory
            ? storyOpening(below: notice, after: before, sharing: sharedWords, noticeWords: weights) : nil
        // The opening is not the only sentence that tells the state the update ends: the story goes on telling it
        // ("Both lanes remain closed", "Faites bouillir l'eau"), and each such sentence is settled with the opening.
        // An update below its story ("Mise à jour : l'autoroute rouvre" under "L'autoroute est fermée") settles the
        // sentences above it that tell the state.
        let story = endsState ? storyRange(of: notice, below: aboveTheStory) : nil
        // News with no story range recounts only the day's figures of the place the story tells: not a count set in
        // another year or season or month ("Last year, about 55 homes had been ordered to evacuate", "253,000 jobs
        // in April") or another place ("dans le Gard voisin, au moins 30 personnes sont mortes"). (Mentioned in
        // passing, "larger than last year's fire", the cue costs the recount too: the rule errs on the safe side.)
        let recountsAnywhere = bringsNews && story == nil && !sequenceYears.contains(true) && !Self.tellsElsewhere(scalars, body)
        let noticeCounts = story != nil || recountsAnywhere ? Self.counts(sequence, keys: sequenceKeys, years: sequenceYears) : [:]
        let stillTold = story.map { statesInProgress(in: $0, sharing: sharedWords, update: body) } ?? []
        // News answers the open questions of the story it follows or heads ("The cause is still unknown" above "The
        // cause was a code change"): it names the question's subject, often no more.
        let answered = bringsNews ? openQuestions(answeredBy: notice, sharing: sharedWords, aboveTheStory: aboveTheStory) : []
        let settled = stillTold.union(ended.map { [$0] } ?? []).union(answered)
        // An advisory line, or a note of what the page took off itself, or one that says the page now carries the
        // rewritten version with later news ("This story has been updated after a police press conference"): none
        // amends a claim left on the page. A correction, a confirmation or a clarification so phrased ("updated to
        // reflect that he was fined £4,000, not £40,000", "updated after the fire service confirmed the cause", "A
        // corrected version of the story is below") is scored as any: it bears on the sentence that now gives the
        // right figure or the cause confirmed, which annotators link (`en-79`) as often as not.
        // (A correction that names a photo it removed still amends the caption it names.)
        let advisory = NoticeReferences.isAdvisory(scalars, notice: notice.range, body: body)
            || (relation == .addition && NoticeReferences.isRemovalNote(scalars, body))
            || (relation == .addition && NoticeReferences.saysPageRewritten(scalars, body))
        // (The figures of the notice, for the estimates of the story it follows or heads that they replace.)
        let noticeFigures = Self.revisedFigures(scalars, body)
        var result: [UpdateLink] = []
        let entryAbove = entryAbove(notice, news: bringsNews)
        for claim in Set(shared.keys).union(positional.keys).union(settled) {
            // The rest of a dated entry above, on a page of stacked dated entries, is that entry's news, not the story.
            if let entryAbove, claimStarts[claim] >= entryAbove.end, claimStarts[claim] < notice.range.start { continue }
            let words = sharedWords[claim] ?? []
            let strength = (shared[claim] ?? 0) / ((shared[claim] ?? 0) + UpdateLinker.strengthScale)
            // A two-word fragment is wholly "covered" by any long notice that uses both words: coverage counts in
            // full only from `fullCoverageWords` shared words.
            let coverage = (claimMass[claim] > 0 ? min(1, (covered[claim] ?? 0) / claimMass[claim]) : 0)
                * min(1, Double(words.count) / UpdateLinker.fullCoverageWords)
            // One shared ordinary word is a coincidence, not an amendment.
            // A word the notice quotes or restates ("despite what we heard") is specific enough on its own.
            // An estimate that the notice gives another figure for ("estimée à 8h" under "espérée pour 10h") is
            // replaced by it, from the story the notice follows or heads.
            let replacedEstimate = (claimStarts[claim] < notice.range.start || aboveTheStory)
                && replacesEstimate(of: claim, with: noticeFigures)
            let meaningful = words.count >= 2 || words.contains { termSpecific[$0] || referenced.contains($0) } || settled.contains(claim) || replacedEstimate
            let pairCount = meaningful ? Self.pairs(claimSequences[claim]).intersection(noticePairs).count : 0
            var score = meaningful ? 0.5 * coverage + 0.5 * strength + min(UpdateLinker.pairBonusLimit, UpdateLinker.pairBonus * Double(pairCount)) : 0
            var reasons: [String] = []
            var signals = LinkSignals()
            signals.coverage = coverage
            signals.strength = strength
            signals.pairs = Double(min(3, pairCount)) / 3
            signals.meaningful = meaningful
            signals.restated = words.contains(where: referenced.contains)
            signals.replacedNumber = words.contains(where: replaced.contains)
            signals.sharesSpecific = words.contains { termSpecific[$0] }
            signals.sharedWords = min(1, UpdateLinker.log(1 + Double(words.count)) / UpdateLinker.log(9))
            signals.top = positional[claim]?.hasPrefix("at the top") == true
            signals.follows = positional[claim] != nil && !signals.top
            signals.ended = settled.contains(claim)
            signals.news = bringsNews
            signals.advisory = advisory
            signals.fragment = fragment[claim]
            signals.lede = claim < 2
            signals.before = claimStarts[claim] < notice.range.start
            signals.nearness = 1 / (1 + Double(abs(claim - (before ?? -1) - (signals.before ? 0 : 1))))
            if !words.isEmpty {
                let shown = words.sorted { idf[$0] > idf[$1] }.prefix(6).map { termWritten[$0] }
                reasons.append("shares: " + shown.joined(separator: ", "))
            }
            if pairCount > 0 { reasons.append("\(pairCount) word pair\(pairCount == 1 ? "" : "s") close together in both") }
            if words.contains(where: referenced.contains) { reasons.append("quoted or restated in the notice") }
            if words.contains(where: replaced.contains) || (!replacedWords.isEmpty && holdsWord(claim, replacedWords)) {
                score += UpdateLinker.replacedNumberBonus
                signals.replacedNumber = true
                reasons.append("holds a number the notice replaces")
            } else if !replacedNames.isEmpty, holdsWord(claim, replacedNames),
                      words.contains(where: { !replacedNameWords.contains(Scalars.folded(Array(termWritten[$0].unicodeScalars)[...])) }) {
                score += UpdateLinker.replacedNumberBonus
                signals.replacedNumber = true
                reasons.append("holds a name the notice replaces")
            }
            if replacedEstimate {
                score += UpdateLinker.replacedNumberBonus
                signals.replacedNumber = true
                reasons.append("gives an estimate the notice replaces with another figure")
            }
            if let position = positional[claim] {
                score += position.hasPrefix("at the top") ? UpdateLinker.topBonus : UpdateLinker.precedingBonus
                reasons.append(position)
            }
            // Written later than the claim: after it, or — less surely — at the top of a page whose body is older.
            // (A correction fixes what the story said wrong, not what its sources had not said yet.)
            let settles = timeBound[claim] && !(relation == .correction && onlyUndisclosed[claim]) || hedged[claim] && relation != .addition
            // Only through the claim's own words, not its attribution: "The cause is still unknown, Fire Chief Dana
            // Costa said" is not settled by "Chief Costa said a firefighter was hurt".
            if settles, meaningful, claimStarts[claim] < notice.range.start || isTop, sharesOwnWords(claim, words) {
                signals.settlesBefore = claimStarts[claim] < notice.range.start
                signals.settlesBelow = !signals.settlesBefore
                score += claimStarts[claim] < notice.range.start ? UpdateLinker.timeBoundBonus : UpdateLinker.timeBoundBelowBonus
                reasons.append("time-bound claim a later notice settles")
            }
            if settled.contains(claim) {
                // It rarely repeats the update's words ("is on lockdown" against "was lifted"): position and the
                // update's wording say it, at the threshold at least.
                score = max(score, UpdateLinker.threshold)
                reasons.append(claim == ended ? "opens the story below a live update that ends its state"
                               : answered.contains(claim) ? "an open question of the story the news answers"
                               : "tells, still in progress, the state the update ends")
            }
            // A sentence of the story of an update that ends a state which counts what the update counts with another
            // figure ("about 12,000 homes" under "8,500 homes in all") is the figure the update corrects or brings up
            // to date: amended, neither the same story nor the state's background. News that ends no state recounts
            // anywhere on the page ("The Brook Fire has grown to 185 acres" over "The fire is 25 acres"): it has no
            // story range, and the figure it gives still supersedes the older one. (Without a bonus: a floor at the
            // threshold linked more wrong counts than right ones on the development half.)
            let recounted = (story.map { $0.start <= claimStarts[claim] && claimStarts[claim] < $0.end } ?? recountsAnywhere)
                && recounts(claim, noticeCounts, noticeTerms: weights)
            if recounted { reasons.append("gives another figure for what the update counts") }
            // News (an addition, a confirmation) amends what it settles or restates on purpose; a claim that only
            // shares its story is not amended by it.
            if bringsNews, positional[claim] == nil, !settled.contains(claim), !words.contains(where: referenced.contains), !settles,
               !recounted, !replacedEstimate {
                score *= UpdateLinker.sameStoryFactor
                signals.sameStory = true
                reasons.append("news on the same story, nothing it settles")
                if liveEntry {
                    score *= UpdateLinker.liveEntryFactor
                    reasons.append("a live log's entry: tells what came next, not what it shares")
                }
                if flaggedHeadline {
                    score *= UpdateLinker.flaggedHeadlineFactor
                    reasons.append("news flagged before the headline: the story below was written with it")
                }
            }
            // (Only news weighs the story's other sentences down: a correction amends what it names.)
            if bringsNews, let story, story.start <= claimStarts[claim], claimStarts[claim] < story.end, positional[claim] == nil,
               !settled.contains(claim),
               !words.contains(where: referenced.contains), !settles, !recounted, !replacedEstimate {
                score *= UpdateLinker.backgroundFactor
                reasons.append(Self.backgroundReason)
            }
            // The article's headline (its first claim, ending no sentence) is written as the page titles the story now:
            // an addition amends it only by what it settles, restates, ends or replaces. (A confirmation confirms the
            // lede it names, and a first claim that is a sentence is the lede.)
            // Unless the addition ends a state the headline still tells ("Interstate 80 has reopened" under "Interstate
            // 80 closed near Reno"); a headline rewritten with the ending ("Lockdown lifted at …") tells the news.
            if relation == .addition, claim == 0, !signals.settlesBefore, !signals.settlesBelow, !signals.restated,
               !signals.follows, !signals.ended, !signals.replacedNumber,
               let first = analysis.claims[0].occurrences.first, !Self.endsSentence(scalars, first),
               !endsState || NoticeReferences.headlineTellsEnding(scalars, first) {
                score *= UpdateLinker.firstClaimFactor
                reasons.append("the headline: an addition amends it only by what it settles, restates, ends or replaces")
            }
            // Under an addition that ends a state, a sentence that itself tells a state ended ("The boy was found in a
            // shack", "Traffic is no longer diverted") was written with the news: not amended, whatever it shares.
            // Not under a confirmation (it may confirm just such a sentence), nor under an update that brings the
            // state back ("The M6 has been closed again" amends "The M6 has reopened"); not for a sentence the update
            // settles, the story's opening among them, which may tell a first, partial ending ("was briefly closed
            // then reopened to one lane" under "all lanes have been reopened").
            if relation == .addition, endsState, !settled.contains(claim), !settles, !replacedEstimate, !signals.replacedNumber,
               let occurrence = analysis.claims[claim].occurrences.first, NoticeReferences.isResolution(scalars, occurrence) {
                score *= UpdateLinker.endingToldFactor
                reasons.append("tells an ending itself: written with the news, not amended by it")
            }
            // (Only a summary above the news was written after it: the first sentence of the story below is older.)
            if bringsNews, positional[claim] == nil, !settled.contains(claim), !words.contains(where: referenced.contains), !settles,
               claimStarts[claim] < notice.range.start, isSummaryTellingTheNews(claim, shared: words, noticeWords: weights) {
                score *= UpdateLinker.summaryFactor
                signals.summary = true
                reasons.append("a summary at the top that already tells the news")
            }
            if bringsNews, claim == before, claim >= 2, positional[claim] == nil, !settled.contains(claim),
               !words.contains(where: referenced.contains), isEntryHeading(claim, above: notice) {
                score *= UpdateLinker.summaryFactor
                signals.summary = true
                reasons.append("the heading of the entry the news opens: written with it")
            }
            if bringsNews, claim < 2, claimStarts[claim] < notice.range.start, tagged[claim] {
                score *= UpdateLinker.taggedHeadlineFactor
                signals.taggedHeadline = true
                reasons.append("a headline tagged as updated already tells the news")
            }
            if advisory {
                score *= UpdateLinker.advisoryFactor
                reasons.append("an advisory line: says what the piece adds, amends no claim")
            }
            if fragment[claim] {
                score *= UpdateLinker.fragmentFactor
                reasons.append("a fragment, not a sentence")
            }
            if notice.isFlaggedTitle {
                score *= UpdateLinker.flaggedTitleFactor
                reasons.append("the notice is the page's flagged title: it tells what the page now says, not which claim changed")
            }
            let rounded = (min(1, score) * 100).rounded() / 100
            guard rounded > 0 else { continue }
            result.append(UpdateLink(claimIndex: claim, score: rounded, reasons: reasons, signals: signals))
        }
        // A provisional sentence that goes on, in the same paragraph, from a claim the notice amends is settled with it;
        // read in the article's order, so that the next provisional sentence goes on from that one in turn ("… restait
        // à déterminer. A priori, plus que cinq mois…").
        var amended = Set(result.filter { $0.score >= UpdateLinker.threshold }.map(\.claimIndex))
        if !amended.isEmpty { result.sort { $0.claimIndex < $1.claimIndex } }
        for i in result.indices where amended.contains(result[i].claimIndex - 1) && !amended.contains(result[i].claimIndex) {
            let claim = result[i].claimIndex
            guard timeBound[claim] || hedged[claim], sameParagraph(claim - 1, claim) else { continue }
            result[i].score = (min(1, result[i].score + UpdateLinker.continuationBonus) * 100).rounded() / 100
            result[i].reasons.append("goes on from a claim the notice amends, in the same paragraph")
            if result[i].score >= UpdateLinker.threshold { amended.insert(claim) }
        }
        // A notice that denies or retracts without naming anything the article says takes back the account the lede
        // states: it amends the lede, its first whole sentence, when it stands at the top or refers to the article
        // ("Despite what we heard…"). A correction or a clarification that names nothing fixed a detail in place and
        // links nothing (the listing asks for a link by hand); news may amend nothing; nor does a note about the page's
        // own form ("edited to clean up…"), nor a notice that says nothing yet (a body that is no sentence:
        // "Correction: Flood story", the heading of a correction whose text is not in its extent).
        // (Both cues are read once per notice, and only for a notice that takes the account back.)
        let takesBackTheAccount = relation == .denial || relation == .partialDenial || relation == .retraction
        let housekeeping = takesBackTheAccount && (isTop || refersToArticle) && NoticeReferences.isHousekeeping(scalars, body)
        if isTop || refersToArticle, takesBackTheAccount, !housekeeping, !advisory, !notice.isFlaggedTitle, !Self.isFragment(scalars, body),
           !result.contains(where: { $0.score >= UpdateLinker.threshold }),
           let lede = self.lede {
            result.removeAll { $0.claimIndex == lede }
            result.append(UpdateLink(claimIndex: lede, score: UpdateLinker.threshold, reasons: ["naming nothing more specific: amends the lede"]))
        }
        // A denial or a retraction that refers to what the article said ("Despite what we heard…", "contrairement à ce
        // que nous indiquions…") takes back the article's account, whose lede states it, as well as the claims it names.
        else if refersToArticle, takesBackTheAccount, !housekeeping, !advisory, !notice.isFlaggedTitle,
                let lede = self.lede,
                !result.contains(where: { $0.claimIndex == lede && $0.score >= UpdateLinker.threshold }) {
            result.removeAll { $0.claimIndex == lede }
            result.append(UpdateLink(claimIndex: lede, score: UpdateLinker.threshold, reasons: ["refers to what the article said: amends the lede too"]))
        }
        result.sort { ($0.score, -$0.claimIndex) > ($1.score, -$1.claimIndex) }
        // (The opening a live update ends is what it amends first, never a weak tail.)
        if bringsNews, result.count > UpdateLinker.newsLinkLimit {
            for i in UpdateLinker.newsLinkLimit..<result.count where !settled.contains(result[i].claimIndex) {
                result[i].score = (result[i].score * UpdateLinker.newsTailFactor * 100).rounded() / 100
                result[i].reasons.append("news amends few claims: past its \(UpdateLinker.newsLinkLimit) best")
            }
            result.removeAll { $0.score <= 0 }
        }
        // The sentences of the story that tell the state an update ends in words of their own ("I-81 north remains
        // closed" under "The highway reopened") are what an editor reads it against: offered just short of the
        // threshold, ahead of weaker candidates, never linked by this alone; in the story's order, which tells the
        // state first (putting first those that share a word with the update lost a story's opening "a search for a
        // girl who went missing" behind "The child was last seen…" under "The child has been found"). Only under an
        // update that tells an ending (`isResolution`): "Rangers found her car", "Route 9 will reopen Monday" end
        // nothing.
        if endsState {
            let story = story ?? storyRange(of: notice, below: aboveTheStory)
            let kinds = NoticeReferences.endedStateKinds(scalars, body)
            var raised = false
            for claim in statesToldInOwnWords(in: story, kinds: kinds, update: body) where !settled.contains(claim) && !overlaps(claim, notice.range) {
                let offered = UpdateLinker.statedStateScore
                if let i = result.firstIndex(where: { $0.claimIndex == claim }) {
                    guard result[i].score < offered else { continue }
                    result[i].score = offered
                    // (It tells that state after all: no background to it.)
                    result[i].reasons.removeAll { $0 == Self.backgroundReason }
                    result[i].reasons.append(Self.statedStateReason)
                } else {
                    result.append(UpdateLink(claimIndex: claim, score: offered, reasons: [Self.statedStateReason]))
                }
                raised = true
            }
            if raised { result.sort { ($0.score, -$0.claimIndex) > ($1.score, -$1.claimIndex) } }
        }
        // A notice that shares too little with any claim to propose three still has claims an editor reads it
        // against (the lede, the sentences beside it, the states still open): offered after the scored ones, at score
        // 0 (an advisory line amends none).
        if result.count < UpdateLinker.offeredCandidates, !advisory, !NoticeReferences.isHousekeeping(scalars, body) {
            result += nearbyClaims(of: notice, before: before, excluding: Set(result.map(\.claimIndex)),
                                   limit: UpdateLinker.offeredCandidates - result.count)
        }
        return result
    }

    /// Why a sentence of the story an update ends a state of is weighed down.
    static let backgroundReason = "background to the state the update ends: not that state"

    /// Why a sentence telling, in words of its own, the state an update ends is offered.
    static let statedStateReason = "tells, in words of its own, the state the update ends: offered for comparison"

    /// Whether claim `claim`'s text, folded, holds one of `words` (each folded between spaces) as a whole word.
    func holdsWord(_ claim: Int, _ words: [String]) -> Bool {
        let text = " " + Scalars.folded(analysis.claims[claim].text.unicodeScalars).map { $0.isLetter || $0.isNumber ? $0 : " " } + " "
        return words.contains { text.contains($0) }
    }

    /// Whether `marker` is an hour and nothing else ("21h44", "6.45am", "4:10 p.m. ET"): the marker of a live log's
    /// entry, not a label ("Update 9 p.m.") that a page's own notice carries.
    /// A live log's stamp is one as well ("9′", "74 km", "Lap 66", "06/07 à 17:44": `UpdateMarker.liveStamp`).
    static func isLogEntryMarker(_ scalars: ScalarText, _ marker: TextRange) -> Bool {
        let trimmed = Scalars.trimmed(scalars, marker)
        guard trimmed.length > 0 else { return false }
        if let stamp = UpdateMarker.liveStamp(in: scalars, at: trimmed.start, limit: trimmed.end), stamp.match.marker.end == trimmed.end {
            return true
        }
        guard let time = TimeOfDay.read(scalars, at: trimmed.start, limit: trimmed.end) else { return false }
        return time.end == trimmed.end
    }

    /// Unordered pairs of distinct words at most `pairWindow` words apart (unknown words, -1, skipped).
    static func pairs(_ sequence: [Int]) -> Set<Int64> {
        var result = Set<Int64>()
        for i in sequence.indices where sequence[i] >= 0 {
            for j in (i + 1)..<min(sequence.count, i + 1 + pairWindow) where sequence[j] >= 0 && sequence[j] != sequence[i] {
                let (a, b) = (min(sequence[i], sequence[j]), max(sequence[i], sequence[j]))
                result.insert(Int64(a) << 32 | Int64(b))
            }
        }
        return result
    }

    /// Whether claim `claim` counts a word `noticeCounts` counts, with a figure the notice does not give for it, and
    /// the notice gives one the claim does not: another figure for the same count, so within
    /// `recountMagnitude` of the notice's ("about 12,000 homes" against "8,500 homes in all"; "40 homes lost their
    /// roofs" counts something else). A claim that dates itself to another time ("En 2018, 40 000 foyers…", "last
    /// year") tells a past event, the state's background: no figure of the state the update ends.
    /// - Complexity: O(the claim's words).
    func recounts(_ claim: Int, _ noticeCounts: [Int: Set<String>], noticeTerms: [Int: Double]) -> Bool {
        guard !noticeCounts.isEmpty else { return false }
        // Another place's count: the claim names a place or a body the notice does not ("In neighbouring Dover, 9,500
        // homes also lost power" under "all but 800 of the 11,200 homes in Millbrook").
        let names = termsBeforeAttribution(of: claim).filter { termSpecific[$0] && !termKeys[$0].allSatisfy(\.isNumber) }
        if !names.isEmpty, !names.contains(where: { noticeTerms[$0] != nil }) { return false }
        let sequence = claimSequences[claim]
        let years = sequence.map { Self.isYear(termKeys[$0], length: termWritten[$0].unicodeScalars.count) }
        guard !years.contains(true), !tellsAnotherYear(claim) else { return false }
        return Self.counts(sequence, keys: sequence.map { termKeys[$0] }, years: years).contains { noun, numbers in
            noticeCounts[noun].map { theirs in
                !numbers.isSubset(of: theirs) && !theirs.isSubset(of: numbers) && Self.sameMagnitude(numbers, theirs)
            } ?? false
        }
    }

    /// The largest ratio between two figures of one count: a figure brought up to date seldom moves tenfold.
    static let recountMagnitude = 10.0

    /// Whether a figure of `first` and one of `second` (digits) are within `recountMagnitude` of each other.
    static func sameMagnitude(_ first: Set<String>, _ second: Set<String>) -> Bool {
        first.contains { a in
            second.contains { b in
                guard let x = Double(a), let y = Double(b), x > 0, y > 0 else { return false }
                return max(x, y) / min(x, y) <= recountMagnitude
            }
        }
    }

    /// Folded phrases that set a sentence in another year than the day's news ("last year", "l'an dernier").
    static let anotherYearCues = PhraseSet([
        "last year", "years ago", "year earlier", "years earlier", "l'an dernier", "l'annee derniere", "l'an passe",
        "l'annee passee", "ans plus tot",
    ])

    /// Folded phrases that set news in another time than the day's, besides `anotherYearCues` ("Last spring, about 300
    /// people were evacuated", "il y a deux ans"), or name the month a figure counts ("253,000 jobs in April"): news
    /// so set recounts nothing of the story's.
    static let anotherTimeCues = PhraseSet([
        " ago ", " last spring ", " last summer ", " last fall ", " last autumn ", " last winter ", " last week ", " last month ",
        " a decade ", " il y a ", " l'ete dernier ", " l'hiver dernier ", " l'automne dernier ", " le printemps dernier ",
        " le mois dernier ", " la semaine derniere ", " january ", " february ", " march ", " april ", " june ", " july ",
        " august ", " september ", " october ", " november ", " december ", " janvier ", " fevrier ", " mars ", " avril ",
        " juin ", " juillet ", " aout ", " septembre ", " octobre ", " novembre ", " decembre ",
    ])

    /// Folded phrases that set a count in another place than the story's ("in nearby Gilroy", "dans le Gard voisin").
    static let anotherPlaceCues = PhraseSet([
        " nearby ", " neighboring ", " neighbouring ", " neighbor ", " neighbour ", " voisin ", " voisine ", " voisins ",
        " voisines ", " across the county ", " across the state ", " elsewhere ", " ailleurs ",
    ])

    /// Whether `range` of `scalars` holds one of `anotherYearCues`, `anotherTimeCues` or `anotherPlaceCues`.
    static func tellsElsewhere(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        let words = NoticeBoundary.wordText(scalars, range)
        return anotherYearCues.occurs(in: words) || anotherTimeCues.occurs(in: words) || anotherPlaceCues.occurs(in: words)
    }

    /// Whether claim `claim` holds one of `anotherYearCues`.
    func tellsAnotherYear(_ claim: Int) -> Bool {
        guard let range = analysis.claims[claim].occurrences.first else { return false }
        var folded: [UInt8] = [0x20]
        folded.append(contentsOf: Scalars.folded(analysis.scalars[range.start..<range.end]).utf8)
        folded.append(0x20)
        return Self.anotherYearCues.occurs(in: folded)
    }

    /// Whether a number term (its digits `key`, written in `length` scalars) is a year: four digits, no separator,
    /// 1900 to 2099 ("2019", not "2,019" nor "1 950"). A year counts nothing ("Since 2019, homes…").
    static func isYear(_ key: String, length: Int) -> Bool {
        guard key.count == 4, length == 4, let value = Int(key) else { return false }
        return (1900...2099).contains(value)
    }

    /// What a sequence of word ids (`keys`: their folded words) counts: each of the `countedWordReach` words after a
    /// number, with the numbers it follows ("12,000 homes" → homes: {12000}; "8 500 foyers" → foyers: {8500}). A year
    /// (`years`) counts nothing and ends the words a number before it counts.
    /// - Complexity: O(the sequence's length).
    static func counts(_ sequence: [Int], keys: [String], years: [Bool]) -> [Int: Set<String>] {
        let isNumber: (Int) -> Bool = { keys[$0].allSatisfy(\.isNumber) }
        var result: [Int: Set<String>] = [:]
        for i in sequence.indices where isNumber(i) && !years[i] {
            for j in (i + 1)..<min(sequence.count, i + 1 + countedWordReach) {
                if isNumber(j) { break }
                if sequence[j] >= 0 { result[sequence[j], default: []].insert(keys[i]) }
            }
        }
        return result
    }

    /// Whether `words` (the notice's words claim `claim` shares) are enough short of the claim's attribution: two of
    /// its own words or a name (what `meaningful` asks of the whole claim). A claim with no attribution is left as
    /// `meaningful` read it.
    func sharesOwnWords(_ claim: Int, _ words: [Int]) -> Bool {
        let own = termsBeforeAttribution(of: claim)
        guard own.count < Set(claimTerms[claim]).count else { return true }
        let shared = words.filter(own.contains)
        return shared.count >= 2 || shared.contains { termSpecific[$0] }
    }
}

/// A suggested link from a notice to a claim it amends.
public struct UpdateLink: Equatable, Sendable {
    /// Index of the claim in `ArticleAnalysis.claims`.
    public var claimIndex: Int
    /// How sure the linker is, 0…1, rounded to two decimals; the shell links at `UpdateLinker.threshold`.
    public var score: Double
    /// The signals behind the score, for an editor ("shares: Bercy, audit", "quoted in the notice").
    public var reasons: [String]
    /// The same signals as numbers, for the evaluation.
    public var signals: LinkSignals

    /// Creates a link.
    public init(claimIndex: Int, score: Double, reasons: [String] = [], signals: LinkSignals = LinkSignals()) {
        self.claimIndex = claimIndex
        self.score = score
        self.reasons = reasons
        self.signals = signals
    }
}

/// Links update notices to the claims they amend, as an editor reads them. See docs/notice-linking.md.
///
/// Per article, once: each claim's content words (`ContentWords`: folded, stemmed, names and numbers marked), their
/// idf over the claims, an inverted index from word to claims, and which claims are time-bound. Per notice: its
/// words, weighted up where it quotes or restates the article ("an earlier version said X"); candidates are the
/// claims that share a word with it (from the index; words in more than `proposingPostings` claims are too common
/// to propose one), plus the lede for a notice at the top and the claim just before an inline notice.
/// Each candidate's score, 0…1, mixes how much of the claim the notice covers with how much specific content they
/// share, then adds position and time-bound signals (see `score`); news past its third best candidate, and a
/// summary at the top that already tells it, count less.
/// - Complexity: O(text) for the per-article work, then for each notice O(its words + proposed candidates × their
///   words), the candidates bounded by the postings cap: linear in claims plus notices.
public struct UpdateLinker: Sendable {
    /// The score at which the shell suggests a link.
    public static let threshold = 0.45
    /// Words found in more claims than this propose no candidate (they still count in the scores of candidates
    /// that rarer words propose): a constant bound on the postings a notice reads, whatever the article's length.
    static let proposingPostings = 30
    /// Added to the lede's (and headline's) score for a notice at the top of the article that corrects, denies or
    /// clarifies (news at the top amends no lede: a headline often already tells it).
    static let topBonus = 0.1
    /// Added to the score of the claim an inline notice follows in the same paragraph: it amends what precedes it.
    static let precedingBonus = 0.5
    /// Added to a time-bound claim ("not yet", "pour l'instant") that a notice after it shares words with.
    static let timeBoundBonus = 0.35
    /// The same for a time-bound claim below a notice at the top: its body may be older than its notice, or not.
    static let timeBoundBelowBonus = 0.2
    /// The score of a claim that news (an addition, a confirmation) neither settles (time-bound), restates on
    /// purpose (a reference) nor follows is multiplied by this: sharing the story is not being amended.
    static let sameStoryFactor = 0.7
    /// The score of a sentence of the story below an update that ends a state, which neither tells that state in
    /// progress nor is settled otherwise, is multiplied by this (after `sameStoryFactor`): the place, the cause, the
    /// victims of a crash stay true when the road reopens.
    static let backgroundFactor = 0.7
    /// The score of a headline or standfirst that news neither settles, restates nor follows is multiplied by this
    /// when it already tells the news (see `isSummaryTellingTheNews`): written after the news, it reports it.
    static let summaryFactor = 0.5
    /// The score of a headline or standfirst above news that carries an update tag ("… (MàJ)", "… (Updated)") is
    /// multiplied by this: rewritten with the update, it already tells the news rather than being amended by it.
    static let taggedHeadlineFactor = 0.3
    /// Words a summary at the top must share with news that no claim of the body below has.
    static let summaryNewsWords = 2
    /// News (an addition, a confirmation) amends the few claims it settles: its candidates past this rank get
    /// `newsTailFactor`, so that a long tail of weaker claims of the same story is not suggested with the best.
    static let newsLinkLimit = 3
    /// The score of news's candidates past `newsLinkLimit`: one as strong as the best (0.9 and up) is still suggested.
    static let newsTailFactor = 0.5
    /// Added to a claim that holds a number the notice says was wrong ("pas de 5 €, mais de 7 €", "$7, not $5"):
    /// a correction that names the figure it replaces points at the sentence that gave it.
    static let replacedNumberBonus = 0.25
    /// Added to a time-bound or hedged claim that follows, in the same paragraph, a claim the notice amends: the
    /// provisional sentence ("on ignore encore pourquoi", "perhaps because…") goes on from it and is settled with it.
    static let continuationBonus = 0.15
    /// Every score of an advisory line ("Adds comment from the mayor", "Actualisé avec …") is multiplied by this: it
    /// says what the piece now also tells, and amends none of it (see `NoticeReferences.isAdvisory`).
    static let advisoryFactor = 0.3
    /// A live update that ends a state settles the opening of its story when at most this many claims stand above
    /// it: a headline, a standfirst, and a caption or credit line ("Le tunnel … - © Google Street View").
    static let liveTopClaims = 3
    /// Whole sentences below a live update that ends a state among which the opening of its story is looked for
    /// (see `storyOpening`).
    static let storyOpeningReach = 3
    /// Weight of words the notice quotes or restates.
    static let referenceWeight = 2.0
    /// Weight of names and numbers.
    static let specificWeight = 1.5
    /// Shared weight at which the strength half of the score reaches one half.
    static let strengthScale = 2.0
    /// A fragment's score is multiplied by this: a dateline ("CAPE ELIZABETH, Maine —"), a stamp ("date 2020-05"),
    /// a cut line ("* Editor: Error sh") states nothing a notice could amend, yet shares its names.
    static let fragmentFactor = 0.5
    /// Claims with fewer words than this and no final punctuation are fragments.
    static let fragmentWords = 6
    /// Shared words from which a claim's coverage counts in full.
    static let fullCoverageWords = 3.0
    /// Content words this close (in content words) form a pair; a pair found in both texts is shared wording in the
    /// same arrangement ("demandé … audit"), stronger than the same words scattered.
    static let pairWindow = 4
    /// Added per shared pair, up to `pairBonusLimit`.
    static let pairBonus = 0.1
    /// The most shared pairs add.
    static let pairBonusLimit = 0.3
    /// Content words after a number that it counts ("12,000 Ashford homes": Ashford, homes).
    static let countedWordReach = 2

    private let analysis: ArticleAnalysis
    private var termIDs: [String: Int] = [:]
    private var termKeys: [String] = []
    private var termSpecific: [Bool] = []
    /// Each word as first written in a claim, for reasons an editor reads ("demandé", not the stem "demand").
    private var termWritten: [String] = []
    private var claimTerms: [[Int]] = []
    /// Each claim's content words in order (for pairs).
    private var claimSequences: [[Int]] = []
    private var postings: [[Int]] = []
    private var idf: [Double] = []
    private var claimMass: [Double] = []
    private var timeBound: [Bool] = []
    /// Claims that say something unconfirmed ("il semblerait", "reportedly", "peut-être"): what a confirmation, a
    /// denial, a correction or a clarification settles, not an addition.
    private var hedged: [Bool] = []
    private var claimStarts: [Int] = []
    /// Short claims with no final punctuation (see `fragmentFactor`).
    private var fragment: [Bool] = []
    /// The first two claims (headline, standfirst) when they carry an update tag (see `taggedHeadlineFactor`).
    private var tagged: [Bool] = []

    /// The per-article index.
    /// - Complexity: O(n) in the text of the claims.
    public init(_ analysis: ArticleAnalysis) {
        self.analysis = analysis
        for claim in analysis.claims {
            let range = claim.occurrences.first ?? TextRange(0, 0)
            var ids: [Int] = []
            var sequence: [Int] = []
            var seen = Set<Int>()
            for term in ContentWords.terms(analysis.scalars[range.start..<range.end]) {
                let id = intern(term, written: Scalars.normalizedText(analysis.scalars, TextRange(term.offset, term.offset + term.length)))
                sequence.append(id)
                if seen.insert(id).inserted { ids.append(id) }
            }
            claimTerms.append(ids)
            claimSequences.append(sequence)
            timeBound.append(NoticeReferences.isTimeBound(analysis.scalars, range))
            hedged.append(NoticeReferences.isHedged(analysis.scalars, range))
            claimStarts.append(range.start)
            fragment.append(Self.isFragment(analysis.scalars, range))
            tagged.append(claimTerms.count <= 2 && NoticeReferences.hasUpdateTag(analysis.scalars, range))
        }
        postings = Array(repeating: [], count: termKeys.count)
        for (claim, ids) in claimTerms.enumerated() { for id in ids { postings[id].append(claim) } }
        let n = Double(analysis.claims.count)
        let norm = UpdateLinker.log(n + 1.5)
        idf = postings.map { list in max(0.05, min(1, UpdateLinker.log((n + 1) / (Double(list.count) + 0.5)) / max(norm, 0.1))) }
        claimMass = claimTerms.map { ids in ids.reduce(0) { $0 + idf[$1] * (termSpecific[$1] ? UpdateLinker.specificWeight : 1) } }
    }

    private mutating func intern(_ term: ContentWords.Term, written: String) -> Int {
        if let id = termIDs[term.key] {
            if term.isSpecific { termSpecific[id] = true }
            return id
        }
        let id = termKeys.count
        termIDs[term.key] = id
        termKeys.append(term.key)
        termSpecific.append(term.isSpecific)
        termWritten.append(written)
        return id
    }

    /// Every candidate claim of `notice`, best first, with its score and reasons.
    public func candidates(for notice: ArticleNotice) -> [UpdateLink] {
        candidates(for: notice, relation: NoticeRelationReader.relation(of: notice))
    }

    /// `candidates(for:)` with the notice's relation already read (`NoticeReading` reads it once for both).
    func candidates(for notice: ArticleNotice, relation: UpdateRelation) -> [UpdateLink] {
        let scalars = analysis.scalars
        let bodyStart = UpdateMarker.match(in: scalars, at: notice.range.start, limit: notice.range.end)?.bodyStart ?? notice.range.start
        let body = TextRange(min(bodyStart, notice.range.end), notice.range.end)
        let replacedNumbers = NoticeReferences.replacedNumbers(in: scalars, range: body)
        let spans = NoticeReferences.spans(in: scalars, range: body) + replacedNumbers
        // The notice's words with their weights (the highest of each word's occurrences).
        var weights: [Int: Double] = [:]
        var referenced = Set<Int>()
        var replaced = Set<Int>()
        var sequence: [Int] = []
        var sequenceKeys: [String] = []
        for term in ContentWords.terms(scalars[body.start..<body.end]) {
            sequenceKeys.append(term.key)
            guard let id = termIDs[term.key] else { sequence.append(-1); continue }
            sequence.append(id)
            let offset = term.offset
            let inReference = spans.contains { $0.start <= offset && offset < $0.end }
            if inReference { referenced.insert(id) }
            if term.isSpecific, replacedNumbers.contains(where: { $0.start <= offset && offset < $0.end }) { replaced.insert(id) }
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
        // Position: the lede and headline for a notice at the top; the claim an inline notice follows.
        let before = lastClaim(before: notice.range.start)
        let isTop = before.map { $0 < 2 } ?? true
        var positional: [Int: String] = [:]
        if isTop, !bringsNews { for claim in 0..<min(2, analysis.claims.count) { positional[claim] = "at the top: amends the lede" } }
        if let before, isInline(claim: before, notice: notice) { positional[before] = "follows the claim it amends" }
        // A live update at the top that ends a state ("the lockdown was lifted", "le périphérique a rouvert") settles
        // what the story below it opened with ("A school is on lockdown", "Le périphérique est coupé").
        // (A live page may carry a caption or a credit line above its updates as well as a headline and a standfirst.)
        let aboveTheStory = before.map { $0 < UpdateLinker.liveTopClaims } ?? true
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
        let noticeCounts = story == nil ? [:] : Self.counts(sequence, keys: sequenceKeys)
        let stillTold = story.map { statesInProgress(in: $0, sharing: sharedWords, update: body) } ?? []
        let settled = stillTold.union(ended.map { [$0] } ?? [])
        let advisory = NoticeReferences.isAdvisory(scalars, notice: notice.range, body: body)
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
            let meaningful = words.count >= 2 || words.contains { termSpecific[$0] || referenced.contains($0) } || settled.contains(claim)
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
            if words.contains(where: replaced.contains) {
                score += UpdateLinker.replacedNumberBonus
                reasons.append("holds a number the notice replaces")
            }
            if let position = positional[claim] {
                score += position.hasPrefix("at the top") ? UpdateLinker.topBonus : UpdateLinker.precedingBonus
                reasons.append(position)
            }
            // Written later than the claim: after it, or — less surely — at the top of a page whose body is older.
            let settles = timeBound[claim] || hedged[claim] && relation != .addition
            if settles, meaningful, claimStarts[claim] < notice.range.start || isTop {
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
                               : "tells, still in progress, the state the update ends")
            }
            // A sentence of the story of an update that ends a state which counts what the update counts with another
            // figure ("about 12,000 homes" under "8,500 homes in all") is the figure the update corrects or brings up
            // to date: amended, neither the same story nor the state's background.
            let recounted = story.map { $0.start <= claimStarts[claim] && claimStarts[claim] < $0.end } == true
                && recounts(claim, noticeCounts)
            if recounted { reasons.append("gives another figure for what the update counts") }
            // News (an addition, a confirmation) amends what it settles or restates on purpose; a claim that only
            // shares its story is not amended by it.
            if bringsNews, positional[claim] == nil, !settled.contains(claim), !words.contains(where: referenced.contains), !settles,
               !recounted {
                score *= UpdateLinker.sameStoryFactor
                signals.sameStory = true
                reasons.append("news on the same story, nothing it settles")
            }
            // (Only news weighs the story's other sentences down: a correction amends what it names.)
            if bringsNews, let story, story.start <= claimStarts[claim], claimStarts[claim] < story.end, positional[claim] == nil,
               !settled.contains(claim),
               !words.contains(where: referenced.contains), !settles, !recounted {
                score *= UpdateLinker.backgroundFactor
                reasons.append("background to the state the update ends: not that state")
            }
            if bringsNews, positional[claim] == nil, !settled.contains(claim), !words.contains(where: referenced.contains), !settles,
               isSummaryTellingTheNews(claim, shared: words, noticeWords: weights) {
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
        // A notice that corrects, denies or clarifies without naming anything the article says amends the lede, its
        // first whole sentence, when it stands at the top or refers to the article ("Despite what we heard…");
        // news may amend nothing, and neither does a note about the page's own form ("edited to clean up…"), nor a
        // notice that says nothing yet (a body that is no sentence: "Correction: Flood story", the heading of a
        // correction whose text is not in its extent).
        // (Both cues are read once per notice, and not for news.)
        let housekeeping = !bringsNews && (isTop || refersToArticle) && NoticeReferences.isHousekeeping(scalars, body)
        if isTop || refersToArticle, !bringsNews, !housekeeping, !advisory, !Self.isFragment(scalars, body),
           !result.contains(where: { $0.score >= UpdateLinker.threshold }),
           let lede = (0..<min(2, analysis.claims.count)).first(where: { !fragment[$0] }) {
            result.removeAll { $0.claimIndex == lede }
            result.append(UpdateLink(claimIndex: lede, score: UpdateLinker.threshold, reasons: ["naming nothing more specific: amends the lede"]))
        }
        // A correction, denial or clarification that refers to what the article said ("Despite what we heard…",
        // "contrairement à ce que nous indiquions…") takes back the article's account, whose lede states it, as well as
        // the claims it names.
        else if refersToArticle, !housekeeping, !advisory,
                let lede = (0..<min(2, analysis.claims.count)).first(where: { !fragment[$0] }),
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
        return result
    }

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
    private func storyOpening(below notice: ArticleNotice, after before: Int?, sharing sharedWords: [Int: [Int]],
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

    /// The text of the story an update that ends a state sits on: below it, up to the next notice, for an update at
    /// the top (`below`); else above it, from the notice before it (or the page's start).
    /// - Complexity: O(the article's notices).
    private func storyRange(of notice: ArticleNotice, below: Bool) -> TextRange {
        if below {
            let next = analysis.notices.first(where: { $0.range.start >= notice.range.end })?.range.start ?? analysis.scalars.count
            return TextRange(notice.range.end, max(notice.range.end, next))
        }
        let previous = analysis.notices.last(where: { $0.range.end <= notice.range.start })?.range.end ?? 0
        return TextRange(previous, max(previous, notice.range.start))
    }

    /// The whole sentences of `story`, the story of an update that ends a state, which go on telling that state:
    /// they share a word with the update and state it in progress (`NoticeReferences.statesInProgress`: "both lanes
    /// remain closed", "residents should boil water", "la ligne est coupée"), and do not tell the ending themselves.
    /// - Complexity: O(the claims × their length).
    private func statesInProgress(in story: TextRange, sharing sharedWords: [Int: [Int]], update: TextRange) -> Set<Int> {
        var result = Set<Int>()
        for claim in claimStarts.indices where story.start <= claimStarts[claim] && claimStarts[claim] < story.end {
            guard !fragment[claim], !(sharedWords[claim] ?? []).isEmpty,
                  let range = analysis.claims[claim].occurrences.first, Self.endsSentence(analysis.scalars, range),
                  NoticeReferences.statesInProgress(analysis.scalars, range, update: update),
                  !NoticeReferences.isResolution(analysis.scalars, range) else { continue }
            result.insert(claim)
        }
        return result
    }

    /// Whether claim `claim`, the headline or the standfirst (the first two claims), already tells the news it
    /// shares `shared` with: at least `summaryNewsWords` of those words are in no claim of the body below (from the
    /// third claim on), and the claim also has a word of the body that the notice lacks — it tells the original
    /// story and the news together, as a summary rewritten after the news does ("reported missing but later found
    /// safe" above a body still searching). A lede that is itself the report, with no body telling its story
    /// again, is no such summary: a confirmation still links it.
    /// - Complexity: O(the claim's words): a word is in the body when its last posting (claims in order) is past the
    ///   first two.
    private func isSummaryTellingTheNews(_ claim: Int, shared: [Int], noticeWords: [Int: Double]) -> Bool {
        guard claim < 2 else { return false }
        let inBody: (Int) -> Bool = { (postings[$0].last ?? 0) >= 2 }
        guard shared.filter({ !inBody($0) }).count >= UpdateLinker.summaryNewsWords else { return false }
        return claimTerms[claim].contains { noticeWords[$0] == nil && inBody($0) }
    }

    /// The claims `notice` amends at the shell's threshold, best first.
    public func links(for notice: ArticleNotice) -> [UpdateLink] {
        candidates(for: notice).filter { $0.score >= UpdateLinker.threshold }
    }

    /// The score of `notice` for claim `claimIndex`, whether or not it reaches the threshold (for a link an editor
    /// makes by hand).
    public func score(for notice: ArticleNotice, claimAt claimIndex: Int) -> Double {
        candidates(for: notice).first { $0.claimIndex == claimIndex }?.score ?? 0
    }

    /// Whether the text of `range` ends with a full stop, a question or exclamation mark or an ellipsis (before any
    /// closing quotes or brackets).
    private static func endsSentence(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        guard range.length > 0 else { return false }
        var last = range.end - 1
        while last > range.start, "\"»”)' ".unicodeScalars.contains(scalars[last]) { last -= 1 }
        return ".!?…".unicodeScalars.contains(scalars[last])
    }

    /// Fewer than `fragmentWords` words and no final full stop, question or exclamation mark, or ellipsis.
    private static func isFragment(_ scalars: ScalarText, _ range: TextRange) -> Bool {
        guard range.length > 0 else { return true }
        if endsSentence(scalars, range) { return false }
        return !ArticleReader.hasWords(scalars, range, atLeast: fragmentWords)
    }

    /// The last claim (by first occurrence) that starts before `offset`, by binary search.
    private func lastClaim(before offset: Int) -> Int? {
        var low = 0, high = claimStarts.count
        while low < high {
            let mid = (low + high) / 2
            if claimStarts[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return low > 0 ? low - 1 : nil
    }

    /// Unordered pairs of distinct words at most `pairWindow` words apart (unknown words, -1, skipped).
    private static func pairs(_ sequence: [Int]) -> Set<Int64> {
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
    /// the notice gives one the claim does not.
    /// - Complexity: O(the claim's words).
    private func recounts(_ claim: Int, _ noticeCounts: [Int: Set<String>]) -> Bool {
        guard !noticeCounts.isEmpty else { return false }
        let sequence = claimSequences[claim]
        return Self.counts(sequence, keys: sequence.map { termKeys[$0] }).contains { noun, numbers in
            noticeCounts[noun].map { !numbers.isSubset(of: $0) && !$0.isSubset(of: numbers) } ?? false
        }
    }

    /// What a sequence of word ids (`keys`: their folded words) counts: each of the `countedWordReach` words after a
    /// number, with the numbers it follows ("12,000 homes" → homes: {12000}; "8 500 foyers" → foyers: {8500}).
    /// - Complexity: O(the sequence's length).
    private static func counts(_ sequence: [Int], keys: [String]) -> [Int: Set<String>] {
        let isNumber: (Int) -> Bool = { keys[$0].allSatisfy(\.isNumber) }
        var result: [Int: Set<String>] = [:]
        for i in sequence.indices where isNumber(i) {
            for j in (i + 1)..<min(sequence.count, i + 1 + countedWordReach) {
                if isNumber(j) { break }
                if sequence[j] >= 0 { result[sequence[j], default: []].insert(keys[i]) }
            }
        }
        return result
    }

    /// Whether claims `first` and `second` stand in one paragraph (no line break between their first occurrences).
    private func sameParagraph(_ first: Int, _ second: Int) -> Bool {
        guard let a = analysis.claims[first].occurrences.first, let b = analysis.claims[second].occurrences.first, a.end <= b.start else { return false }
        return !analysis.scalars[a.end..<b.start].contains("\n")
    }

    /// Whether claim `claim`, just above `notice`, is a heading of its own: a line with no final punctuation set on
    /// its own above the notice ("Senator wins second term in close race" over "Update 9:40 p.m.: The senator…"), as
    /// a live page heads each entry. Written with the entry's news, it tells it rather than being amended by it. (The
    /// page's headline and standfirst, the first two claims, have rules of their own.)
    /// - Complexity: O(the claim's last occurrence and the gap to the notice).
    private func isEntryHeading(_ claim: Int, above notice: ArticleNotice) -> Bool {
        guard let occurrence = analysis.claims[claim].occurrences.last(where: { $0.end <= notice.range.start }),
              !Self.endsSentence(analysis.scalars, occurrence) else { return false }
        let gap = analysis.scalars[occurrence.end..<notice.range.start]
        guard gap.contains("\n") && gap.allSatisfy({ $0 == "\n" || $0 == " " || $0 == "\u{A0}" || $0 == "\r" || $0 == "\t" }) else { return false }
        return !isListItem(occurrence)
    }

    /// Whether `occurrence` stands on a line of a list or a fact box: its line opens with a bullet or a number ("- ",
    /// "• ", "* ", "1. ", "2) "), or the line above it introduces it with a colon ("Here are the key figures:").
    /// Such a line is no heading of an entry, though it ends without a full stop.
    /// - Complexity: O(the occurrence's line and the line above).
    private func isListItem(_ occurrence: TextRange) -> Bool {
        let scalars = analysis.scalars
        var start = occurrence.start
        while start > 0, scalars[start - 1] != "\n" { start -= 1 }
        var i = start
        while i < occurrence.end, scalars[i] == " " || scalars[i] == "\t" || scalars[i] == "\u{A0}" { i += 1 }
        if i + 1 < scalars.count, "-•*–—·▪►".unicodeScalars.contains(scalars[i]), Scalars.isSpace(scalars[i + 1]) { return true }
        var digits = i
        while digits < scalars.count, Scalars.isDigit(scalars[digits]) { digits += 1 }
        if digits > i, digits + 1 < scalars.count, scalars[digits] == "." || scalars[digits] == ")", Scalars.isSpace(scalars[digits + 1]) { return true }
        // The last character before the line, past blank lines.
        var above = start - 1
        while above >= 0, Scalars.isSpace(scalars[above]) || scalars[above] == "\n" { above -= 1 }
        return above >= 0 && scalars[above] == ":"
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
    private func entryAbove(_ notice: ArticleNotice, news bringsNews: Bool) -> TextRange? {
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

    /// Whether claim `claim` has an occurrence inside `range` (the notice's own text is never amended).
    private func overlaps(_ claim: Int, _ range: TextRange) -> Bool {
        analysis.claims[claim].occurrences.contains { $0.start < range.end && range.start < $0.end }
    }

    /// A notice in the same paragraph as the claim before it (no line break between), that claim a whole sentence
    /// (not a dateline's fragment, "CAPE ELIZABETH, Maine —") unless the notice is in brackets.
    private func isInline(claim: Int, notice: ArticleNotice) -> Bool {
        guard let occurrence = analysis.claims[claim].occurrences.last(where: { $0.end <= notice.range.start }) else { return false }
        // A bracketed notice ("… Freedom Act [UPDATE: Or Not]") amends the words it is appended to, sentence or not.
        guard Self.endsSentence(analysis.scalars, occurrence) || analysis.scalars[max(0, notice.range.start - 1)...notice.range.start].contains("[") else { return false }
        // A dateline ends in a state's abbreviation ("LYNCHBURG, Va. – UPDATE 5:40 p.m.: …"), yet is no sentence.
        guard !isDateline(occurrence, before: notice.range.start) else { return false }
        var newlines = 0
        for i in occurrence.end..<notice.range.start where analysis.scalars[i] == "\n" { newlines += 1 }
        return newlines == 0
    }

    /// Whether `occurrence` is a dateline set before the text at `end`: a place (and a stamp) of fewer than
    /// `fragmentWords` words, numbers not counted, then a dash ("PORTLAND, Ore. —", "date 2021-03-02 NANTES. –"), as
    /// newsrooms open a report. Its full stop is an abbreviation's ("Va.", "Mass."), not a sentence's end.
    /// - Complexity: O(the occurrence and what lies between it and `end`).
    private func isDateline(_ occurrence: TextRange, before end: Int) -> Bool {
        let scalars = analysis.scalars
        var dash = false
        for i in occurrence.end..<end {
            let s = scalars[i]
            if s == "–" || s == "—" || s == "-" { dash = true } else if s != " " && s != "\u{A0}" { return false }
        }
        guard dash else { return false }
        var words = 0
        var inWord = false
        var lettered = false
        for s in scalars[occurrence.start..<occurrence.end] {
            let isWord = ScalarClass.isWord(s)
            if isWord, Scalars.isLetter(s) { lettered = true }
            if !isWord, inWord { if lettered { words += 1 }; lettered = false }
            inWord = isWord
        }
        if inWord, lettered { words += 1 }
        return words < Self.fragmentWords
    }

    /// The claims `notice` amends, best first (builds the article's index: prefer one `UpdateLinker` per article).
    public static func links(for notice: ArticleNotice, in analysis: ArticleAnalysis) -> [UpdateLink] {
        UpdateLinker(analysis).links(for: notice)
    }

    /// Every candidate claim of `notice`, best first (builds the article's index).
    public static func candidates(for notice: ArticleNotice, in analysis: ArticleAnalysis) -> [UpdateLink] {
        UpdateLinker(analysis).candidates(for: notice)
    }

    /// The score of the link from `notice` to claim `claimIndex` (builds the article's index).
    public static func score(for notice: ArticleNotice, claimAt claimIndex: Int, in analysis: ArticleAnalysis) -> Double {
        UpdateLinker(analysis).score(for: notice, claimAt: claimIndex)
    }

    /// The relation a notice's wording expresses (see `NoticeRelationReader`).
    public static func relation(of notice: ArticleNotice) -> UpdateRelation {
        NoticeRelationReader.relation(of: notice)
    }

    /// Who issued the notice: the speaker its text names (see `NoticeReading.issuer(in:)`).
    public static func issuer(of notice: ArticleNotice) -> String? {
        NoticeReading.issuer(in: notice.text)
    }

    static func log(_ x: Double) -> Double {
        // Natural logarithm without Foundation: ln(x) = 2 atanh((x-1)/(x+1)), series converges for x > 0.
        guard x > 0 else { return 0 }
        var m = x, k = 0.0
        while m > 2 { m /= 2.718281828459045; k += 1 }
        let y = (m - 1) / (m + 1)
        var term = y, sum = 0.0, n = 1.0
        while abs(term) > 1e-12 { sum += term / n; term *= y * y; n += 2 }
        return k + 2 * sum
    }
}

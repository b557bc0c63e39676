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
    /// A notice with fewer candidates than this is offered the claims beside it as well, at score 0 (see
    /// `nearbyClaims`): `compare` shows three.
    public static let offeredCandidates = 3
    /// How many of the open states nearest a notice, and of the sentences after the lede, `nearbyClaims` reads at
    /// most (some may be taken or fragments): a constant bound, whatever the article's length.
    static let nearbyReach = 8
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
    /// The score of a claim that a live log's entry (its marker an hour alone: "21h44.", "6.45am") shares its story
    /// with and nothing more is multiplied by this as well (after `sameStoryFactor`): each entry tells what came next
    /// on a page of news as it came, and the earlier entries and the story stay true under it.
    static let liveEntryFactor = 0.7
    /// The score of a sentence of the story below an update that ends a state, which neither tells that state in
    /// progress nor is settled otherwise, is multiplied by this (after `sameStoryFactor`): the place, the cause, the
    /// victims of a crash stay true when the road reopens.
    static let backgroundFactor = 0.7
    /// The score of a headline or standfirst that news neither settles, restates nor follows is multiplied by this
    /// when it already tells the news (see `isSummaryTellingTheNews`): written after the news, it reports it.
    static let summaryFactor = 0.5
    /// The score of a sentence that itself tells a state ended is multiplied by this under an addition: written with
    /// the news or after it, it is not amended by it, however many words they share (a place, a name, the ending).
    static let endingToldFactor = 0.3
    /// The score of a headline or standfirst above news that carries an update tag ("… (MàJ)", "… (Updated)") is
    /// multiplied by this: rewritten with the update, it already tells the news rather than being amended by it.
    static let taggedHeadlineFactor = 0.3
    /// The score of a claim that news flagged before the page's headline shares its story with and nothing more is
    /// multiplied by this as well (after `sameStoryFactor`): "UPDATE: Madison police arrest suspect in bank robbery"
    /// titles a story rewritten with that news, whose sentences report it rather than being amended by it.
    static let flaggedHeadlineFactor = 0.5
    /// Words a summary at the top must share with news that no claim of the body below has.
    static let summaryNewsWords = 2
    /// News (an addition, a confirmation) amends the few claims it settles: its candidates past this rank get
    /// `newsTailFactor`, so that a long tail of weaker claims of the same story is not suggested with the best.
    static let newsLinkLimit = 3
    /// The score of a sentence that tells the state an update ends in words of its own: just short of `threshold`,
    /// so it is offered ahead of weaker candidates and never linked by that alone.
    static let statedStateScore = threshold - 0.01
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
    /// Every score of a notice that is the page's flagged title ("[UPDATE] Launch scrubbed; rescheduled for
    /// Saturday", `ArticleNotice.isFlaggedTitle`) is multiplied by this, below the threshold whatever it shares: the
    /// title tells what the page now says, and the page was often rewritten under it, so which claim it amends is the
    /// editor's to say (on the development half, its three suggested links were wrong). Its candidates keep their order.
    static let flaggedTitleFactor = 0.4
    /// Every score an addition gives the article's headline (its first claim, ending no sentence) is multiplied by
    /// this, unless the addition settles, restates, ends or replaces what it says: the headline is written as the page
    /// titles the story now (on the development half, 25 of the 49 links from news to the first claim were wrong).
    static let firstClaimFactor = 0.5
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

    /// The article the index is built on.
    let analysis: ArticleAnalysis
    /// Each folded, stemmed word's id.
    private(set) var termIDs: [String: Int] = [:]
    /// Each id's folded, stemmed word.
    private(set) var termKeys: [String] = []
    /// Whether a word is a name or a number somewhere in the claims.
    private(set) var termSpecific: [Bool] = []
    /// Each word as first written in a claim, for reasons an editor reads ("demandé", not the stem "demand").
    private(set) var termWritten: [String] = []
    /// Each claim's distinct content words.
    private(set) var claimTerms: [[Int]] = []
    /// Each claim's content words in order (for pairs).
    private(set) var claimSequences: [[Int]] = []
    /// Each word's claims, in order.
    private(set) var postings: [[Int]] = []
    /// Each word's inverse document frequency over the claims, 0.05…1.
    private(set) var idf: [Double] = []
    /// Each claim's words weighed by idf and specificity: what full coverage means.
    private(set) var claimMass: [Double] = []
    /// Claims that tell a state for now ("not yet", "pour l'instant").
    private(set) var timeBound: [Bool] = []
    /// Claims time-bound only for what their sources have not told yet ("The name has not been released"): news
    /// settles them, a correction does not (`NoticeReferences.isOnlyUndisclosed`).
    private(set) var onlyUndisclosed: [Bool] = []
    /// Claims that say something unconfirmed ("il semblerait", "reportedly", "peut-être"): what a confirmation, a
    /// denial, a correction or a clarification settles, not an addition.
    private(set) var hedged: [Bool] = []
    /// The claims that are time-bound or hedged, in order: the states still open a notice may settle (see
    /// `nearbyClaims`).
    private(set) var openStates: [Int] = []
    /// Claims that say something is not known yet (`NoticeReferences.asksOpenQuestion`).
    private(set) var openQuestion: [Bool] = []
    /// The figures of each claim that gives an estimate, by kind (`UpdateLinker.figures`); empty for other claims.
    private(set) var estimates: [[FigureKind: Set<Int>]] = []
    /// For each kind of state (`NoticeReferences.endedStates`), the claims that tell it, in order: what an update
    /// ending that state is read against (see `statesToldInOwnWords`).
    private(set) var statesTold: [[Int]] = NoticeReferences.endedStates.map { _ in [] }
    /// Each notice's start and end, in reading order (notices do not overlap).
    private(set) var noticeStarts: [Int] = []
    private(set) var noticeEnds: [Int] = []
    /// For each notice, the last notice of the stack it heads: the notices after it with no whole sentence of the
    /// story between them ("UPDATE (Sept. 17): The advisory is lifted." over "UPDATE (11:57 a.m.): The advisory is
    /// still in effect." over the story). Read only on a page with a notice that may end a state (see `storyRange`).
    private(set) var stackLast: [Int] = []
    /// Each claim's first occurrence's start, in order.
    private(set) var claimStarts: [Int] = []
    /// Short claims with no final punctuation (see `fragmentFactor`).
    private(set) var fragment: [Bool] = []
    /// The first two claims (headline, standfirst) when they carry an update tag (see `taggedHeadlineFactor`).
    private(set) var tagged: [Bool] = []

    /// The per-article index.
    /// - Complexity: O(n) in the text of the claims.
    public init(_ analysis: ArticleAnalysis) {
        self.analysis = analysis
        // (The states the claims tell are read only on a page with a notice that may end one.)
        let endsAState = analysis.notices.contains { NoticeReferences.isResolution(analysis.scalars, $0.range) }
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
            onlyUndisclosed.append(NoticeReferences.isOnlyUndisclosed(analysis.scalars, range))
            hedged.append(NoticeReferences.isHedged(analysis.scalars, range))
            if timeBound[timeBound.count - 1] || hedged[hedged.count - 1] { openStates.append(timeBound.count - 1) }
            openQuestion.append(NoticeReferences.asksOpenQuestion(analysis.scalars, range))
            estimates.append(Self.givesEstimate(analysis.scalars, range) ? Self.figures(analysis.scalars, range) : [:])
            if endsAState {
                for kind in NoticeReferences.toldStateKinds(analysis.scalars, range) { statesTold[kind].append(claimStarts.count) }
            }
            claimStarts.append(range.start)
            fragment.append(Self.isFragment(analysis.scalars, range))
            tagged.append(claimTerms.count <= 2 && NoticeReferences.hasUpdateTag(analysis.scalars, range))
        }
        noticeStarts = analysis.notices.map(\.range.start)
        noticeEnds = analysis.notices.map(\.range.end)
        if endsAState { stackLast = stacks() }
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

    /// The claims `notice` amends at the shell's threshold, best first.
    public func links(for notice: ArticleNotice) -> [UpdateLink] {
        candidates(for: notice).filter { $0.score >= UpdateLinker.threshold }
    }

    /// The score of `notice` for claim `claimIndex`, whether or not it reaches the threshold (for a link an editor
    /// makes by hand).
    public func score(for notice: ArticleNotice, claimAt claimIndex: Int) -> Double {
        candidates(for: notice).first { $0.claimIndex == claimIndex }?.score ?? 0
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

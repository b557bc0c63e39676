import FactCheckCore

/// Counts for one article (or summed over many): notices found and matched, exact extents, links, ranks, relations.
public struct ArticleScore: Sendable {
    /// Notices of the ground truth.
    public var truthNotices = 0
    /// Notices the reader found.
    public var foundNotices = 0
    /// Truth notices matched by a found notice whose extent overlaps.
    public var matchedNotices = 0
    /// Matched notices whose start and end are exactly the truth's.
    public var exactExtents = 0
    /// Suggested links to a required claim.
    public var linkHits = 0
    /// Suggested links to a claim neither required nor optional (links of unmatched notices included).
    public var wrongLinks = 0
    /// Required claims with no suggested link (those of unmatched notices included).
    public var missedLinks = 0
    /// Of the missed links, those of truth notices the reader did not find.
    public var missedOfMissedNotices = 0
    /// Of the missed links, required claims that are no candidate of their found notice.
    public var missedNoCandidate = 0
    /// Of the wrong links, those of found notices that match no truth notice.
    public var wrongOfExtraNotices = 0
    /// Matched notices with at least one required claim.
    public var rankedNotices = 0
    /// Of those, how many have a required claim among their top three candidates.
    public var rankedInTopThree = 0
    /// Required claims of matched notices.
    public var requiredClaims = 0
    /// Required claims ranked among the top three candidates of their notice.
    public var requiredInTopThree = 0
    /// Matched notices whose relation is the truth's.
    public var rightRelations = 0
    /// Matched notices whose issuer is the truth's (both none, or the same name: `ArticleEvaluator.sameIssuer`).
    public var rightIssuers = 0
    /// Negative articles (no notice in the truth).
    public var negatives = 0
    /// Negative articles where a notice was found.
    public var negativesWithNotice = 0
    /// Claims whose text lies inside a truth notice's extent (a notice's paragraphs taken as claims).
    public var noticeTextAsClaims = 0
    /// Claims read from the page's furniture (most of an occurrence inside a furniture string of the truth).
    public var furnitureAsClaims = 0
    /// Every claim the reader found.
    public var claims = 0
    /// Required or optional claims the reader has no claim for (the sentence was not read as a claim).
    public var unfoundTruthClaims = 0
    /// Articles counted.
    public var articles = 0

    /// Creates an empty score.
    public init() {}

    /// The sum of two scores.
    public static func + (a: ArticleScore, b: ArticleScore) -> ArticleScore {
        var s = ArticleScore()
        s.truthNotices = a.truthNotices + b.truthNotices
        s.foundNotices = a.foundNotices + b.foundNotices
        s.matchedNotices = a.matchedNotices + b.matchedNotices
        s.exactExtents = a.exactExtents + b.exactExtents
        s.linkHits = a.linkHits + b.linkHits
        s.wrongLinks = a.wrongLinks + b.wrongLinks
        s.missedLinks = a.missedLinks + b.missedLinks
        s.missedOfMissedNotices = a.missedOfMissedNotices + b.missedOfMissedNotices
        s.missedNoCandidate = a.missedNoCandidate + b.missedNoCandidate
        s.wrongOfExtraNotices = a.wrongOfExtraNotices + b.wrongOfExtraNotices
        s.rankedNotices = a.rankedNotices + b.rankedNotices
        s.rankedInTopThree = a.rankedInTopThree + b.rankedInTopThree
        s.requiredClaims = a.requiredClaims + b.requiredClaims
        s.requiredInTopThree = a.requiredInTopThree + b.requiredInTopThree
        s.rightRelations = a.rightRelations + b.rightRelations
        s.rightIssuers = a.rightIssuers + b.rightIssuers
        s.negatives = a.negatives + b.negatives
        s.negativesWithNotice = a.negativesWithNotice + b.negativesWithNotice
        s.noticeTextAsClaims = a.noticeTextAsClaims + b.noticeTextAsClaims
        s.unfoundTruthClaims = a.unfoundTruthClaims + b.unfoundTruthClaims
        s.furnitureAsClaims = a.furnitureAsClaims + b.furnitureAsClaims
        s.claims = a.claims + b.claims
        s.articles = a.articles + b.articles
        return s
    }

    /// The figures these counts give.
    public var figures: EvaluationFigures {
        func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }
        let noticePrecision = ratio(matchedNotices, foundNotices)
        let noticeRecall = ratio(matchedNotices, truthNotices)
        let f1 = noticePrecision + noticeRecall == 0 ? 0 : 2 * noticePrecision * noticeRecall / (noticePrecision + noticeRecall)
        return EvaluationFigures(
            noticePrecision: noticePrecision, noticeRecall: noticeRecall, noticeF1: f1,
            exactExtent: ratio(exactExtents, truthNotices),
            linkPrecision: ratio(linkHits, linkHits + wrongLinks), linkRecall: ratio(linkHits, linkHits + missedLinks),
            recallAtThree: ratio(rankedInTopThree, rankedNotices), claimRecallAtThree: ratio(requiredInTopThree, requiredClaims),
            relationAccuracy: ratio(rightRelations, matchedNotices), issuerAccuracy: ratio(rightIssuers, matchedNotices),
            negativesWithNotice: negativesWithNotice, noticeTextAsClaims: noticeTextAsClaims,
            furnitureAsClaims: furnitureAsClaims, furnitureShare: claims == 0 ? 0 : Double(furnitureAsClaims) / Double(claims))
    }
}

/// The figures of an evaluation, each 0…1 except the two counts.
public struct EvaluationFigures: Sendable {
    /// Found notices that match a truth notice.
    public var noticePrecision: Double
    /// Truth notices found.
    public var noticeRecall: Double
    /// Harmonic mean of the two.
    public var noticeF1: Double
    /// Truth notices found with exactly their extent.
    public var exactExtent: Double
    /// Suggested links that point at a required claim (links to optional claims not counted).
    public var linkPrecision: Double
    /// Required claims that get a suggested link.
    public var linkRecall: Double
    /// Matched notices with a required claim among their top three candidates.
    public var recallAtThree: Double
    /// Required claims among the top three candidates of their notice.
    public var claimRecallAtThree: Double
    /// Matched notices with the right relation.
    public var relationAccuracy: Double
    /// Matched notices with the right issuer (none when the truth names none).
    public var issuerAccuracy: Double
    /// Negative articles where a notice was found (should be 0).
    public var negativesWithNotice: Int
    /// Claims inside a notice's extent (should be 0).
    public var noticeTextAsClaims: Int
    /// Claims read from page furniture (should be 0).
    public var furnitureAsClaims: Int
    /// Their share of all claims read.
    public var furnitureShare: Double

    /// The named figures, in print order, for floors and printing.
    public var named: [(name: String, value: Double)] {
        [("noticePrecision", noticePrecision), ("noticeRecall", noticeRecall), ("noticeF1", noticeF1),
         ("exactExtent", exactExtent), ("linkPrecision", linkPrecision), ("linkRecall", linkRecall),
         ("recallAtThree", recallAtThree), ("claimRecallAtThree", claimRecallAtThree), ("relationAccuracy", relationAccuracy),
         ("issuerAccuracy", issuerAccuracy)]
    }
}

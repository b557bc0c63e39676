/// schema.org ClaimReview (JSON-LD) for each reviewed claim, with the properties Google's fact-check tools read:
/// `claimReviewed`, `reviewRating` (with `alternateName`, and `ratingExplanation` from the note), `url`, `author`,
/// `datePublished`, and `itemReviewed` as a `Claim` with its `appearance` in the article.
///
/// A claim is exported when it has a verdict that stands: unreviewed claims, claims flagged for re-review (an
/// update may have changed the answer) and claims in merge conflict are left out and listed in `left`.
public enum ClaimReviewExport {
    /// Where the reviews are published and who publishes them.
    public struct Options: Sendable {
        /// The page that publishes the fact check; each review's `url` is this address with `#` and the claim's id.
        public var url: String
        /// The article's address (`itemReviewed.appearance.url`); without it the appearance is named by the
        /// annotation file's article path.
        public var articleURL: String?
        /// The organisation that publishes the fact check (the `author`); without it the author is the editor who
        /// gave the verdict, as a `Person`.
        public var publisher: String?

        /// Creates options.
        public init(url: String, articleURL: String? = nil, publisher: String? = nil) {
            self.url = url
            self.articleURL = articleURL
            self.publisher = publisher
        }
    }

    /// How a verdict is rated: on a 1 (false) to 5 (true) scale, with the words Google shows.
    public struct Rating: Equatable, Sendable {
        /// 1…5.
        public var value: Int
        /// The text shown with the review.
        public var name: String
    }

    /// The rating of each exported verdict (docs/REPORTS.md explains the choice).
    public static func rating(_ status: ClaimStatus) -> Rating? {
        switch status {
        case .verified: Rating(value: 5, name: "True")
        case .sourced: Rating(value: 3, name: "Attributed to its source")
        case .disputed: Rating(value: 2, name: "Disputed")
        case .unreviewed: nil
        }
    }

    /// The reviews of `set`'s claims, and the claims left out with why.
    public static func reviews(_ set: AnnotationSet, options: Options) -> (reviews: [JSONValue], left: [(claim: ClaimAnnotation, reason: String)]) {
        var reviews: [JSONValue] = []
        var left: [(ClaimAnnotation, String)] = []
        for claim in set.claims {
            if claim.conflict != nil { left.append((claim, "in merge conflict")); continue }
            if claim.review != nil { left.append((claim, "flagged for re-review")); continue }
            guard let rating = rating(claim.status) else { continue }
            reviews.append(review(claim, rating: rating, article: set.article, options: options))
        }
        return (reviews, left)
    }

    static func review(_ claim: ClaimAnnotation, rating: Rating, article: ArticleReference, options: Options) -> JSONValue {
        var ratingMembers = [
            JSONMember("@type", .string("Rating")),
            JSONMember("ratingValue", .int(rating.value)),
            JSONMember("bestRating", .int(5)),
            JSONMember("worstRating", .int(1)),
            JSONMember("alternateName", .string(rating.name)),
        ]
        if !claim.note.isEmpty { ratingMembers.append(JSONMember("ratingExplanation", .string(claim.note))) }
        let author: JSONValue = options.publisher.map { .object(JSONObject([JSONMember("@type", .string("Organization")), JSONMember("name", .string($0))])) }
            ?? .object(JSONObject([JSONMember("@type", .string("Person")), JSONMember("name", .string(claim.by ?? "unknown"))]))
        let appearance: JSONValue = .object(JSONObject(
            [JSONMember("@type", .string("CreativeWork"))]
                + (options.articleURL.map { [JSONMember("url", .string($0))] } ?? [JSONMember("name", .string(article.path))])))
        var members = [
            JSONMember("@context", .string("https://schema.org")),
            JSONMember("@type", .string("ClaimReview")),
            JSONMember("url", .string(options.url + "#" + claim.id)),
            JSONMember("claimReviewed", .string(claim.text)),
            JSONMember("reviewRating", .object(JSONObject(ratingMembers))),
            JSONMember("author", author),
        ]
        if let at = claim.at { members.append(JSONMember("datePublished", .string(String(at.prefix(10))))) }
        members.append(JSONMember("itemReviewed", .object(JSONObject([
            JSONMember("@type", .string("Claim")),
            JSONMember("appearance", .array([appearance])),
            JSONMember("firstAppearance", appearance),
        ]))))
        if !claim.sources.isEmpty { members.append(JSONMember("citation", .array(claim.sources.map(JSONValue.string)))) }
        return .object(JSONObject(members))
    }
}

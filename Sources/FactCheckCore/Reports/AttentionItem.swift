/// Something in an article that needs an editor before its verdicts can be trusted.
public struct AttentionItem: Equatable, Sendable {
    /// What kind of problem.
    public enum Kind: String, Sendable {
        /// A reviewed claim an update notice amends, or whose text changed: its verdict may be stale.
        case reReview = "re-review"
        /// Two editors gave one claim different verdicts; neither is applied.
        case conflict
        /// An annotated claim no longer found in the article.
        case orphan
        /// Two editors read one update notice differently.
        case updateConflict = "update-conflict"
    }

    /// What kind of problem.
    public var kind: Kind
    /// The claim (or, for an update conflict, the notice's id with n 0 and the notice's text).
    public var subject: ClaimReference
    /// The re-review reason, or the claim's verdict for an orphan ("" otherwise).
    public var reason: String
    /// Both sides of a merge conflict on a claim.
    public var conflict: ClaimConflict?
    /// Both sides of a merge conflict on an update notice.
    public var updateConflict: UpdateConflict?

    /// Every item of `summary`, in reading order: claims first (re-review, then conflict), then update notices,
    /// then orphans.
    public static func items(in summary: ArticleSummary) -> [AttentionItem] {
        var items: [AttentionItem] = []
        for claim in summary.claims {
            if let review = claim.review {
                items.append(AttentionItem(kind: .reReview, subject: ClaimReference(claim), reason: review.reason))
            }
            if let conflict = claim.conflict {
                items.append(AttentionItem(kind: .conflict, subject: ClaimReference(claim), reason: "", conflict: conflict))
            }
        }
        for update in summary.updates {
            guard let conflict = update.conflict else { continue }
            let subject = ClaimReference(id: update.id, n: 0, text: update.text)
            items.append(AttentionItem(kind: .updateConflict, subject: subject, reason: "", updateConflict: conflict))
        }
        for orphan in summary.orphans {
            items.append(AttentionItem(kind: .orphan, subject: ClaimReference(orphan), reason: orphan.status.rawValue,
                                       conflict: orphan.conflict))
        }
        return items
    }
}

extension ClaimReference {
    /// A reference made of its parts (an update notice's id and text, for an update conflict).
    init(id: String, n: Int, text: String) {
        self.id = id
        self.n = n
        self.text = text
    }
}

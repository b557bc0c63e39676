/// One change between two versions of an annotation file, as a reviewer thinks of it.
public enum AnnotationChange: Equatable, Sendable {
    /// The annotations now refer to another version (or another path) of the article.
    case article(old: ArticleReference, new: ArticleReference)
    /// A claim's status, note or sources changed.
    case verdict(ClaimReference, old: ClaimVerdict, new: ClaimVerdict)
    /// A claim appeared (a new article version); its verdict as it stands.
    case claimAdded(ClaimReference, ClaimVerdict)
    /// A claim disappeared without becoming an orphan.
    case claimRemoved(ClaimReference, ClaimVerdict)
    /// A claim is no longer found in the article and was kept as an orphan.
    case orphaned(ClaimReference, ClaimVerdict)
    /// An orphan was found in the article again.
    case reanchored(ClaimReference)
    /// The claim's text changed (the article was edited under it).
    case textChanged(ClaimReference, oldText: String)
    /// A re-review flag was raised.
    case flagged(ClaimReference, ReviewFlag)
    /// A re-review flag was lowered.
    case unflagged(ClaimReference)
    /// A merge left two verdicts on the claim.
    case claimConflict(ClaimReference, ClaimConflict)
    /// The claim's merge conflict was resolved.
    case claimConflictResolved(ClaimReference)
    /// An editor set the claim aside as not a claim (`dismiss`), or changed the reason.
    case dismissed(ClaimReference, reason: String)
    /// The claim is a claim again (`undismiss`).
    case undismissed(ClaimReference)
    /// An editor cut a claim in two (`split`): the first part keeps its id and verdict, `second` is a new claim.
    case split(ClaimReference, second: ClaimReference)
    /// An editor made a claim and the one after it one claim (`join`), with the first one's id and verdict.
    case joined(ClaimReference, second: ClaimReference)
    /// An update notice appeared, with the claims it amends (in link order).
    case updateAdded(UpdateAnnotation, amended: [ClaimReference])
    /// An update notice disappeared.
    case updateRemoved(UpdateAnnotation)
    /// An update's relation changed.
    case relation(update: String, old: UpdateRelation, new: UpdateRelation)
    /// An update's issuer changed.
    case issuer(update: String, old: String?, new: String?)
    /// A link from an update to a claim was added (by an editor, or suggested by the linker).
    case linkAdded(update: String, claim: ClaimReference?, Amendment)
    /// A link was removed.
    case linkRemoved(update: String, claim: ClaimReference?, Amendment)
    /// An editor confirmed a suggested link, or withdrew a confirmation.
    case linkConfirmed(update: String, claim: ClaimReference?, confirmed: Bool)
    /// A merge left two readings on the update.
    case updateConflict(update: String, UpdateConflict)
    /// The update's merge conflict was resolved.
    case updateConflictResolved(update: String)
}

/// The semantic difference between two versions of an annotation file: verdicts, flags, links and notices, in
/// reading order — what a reviewer of a pull request needs, without JSON noise.
///
/// Histories are not compared entry by entry: a new verdict is the change; its history entry is its record.
public enum AnnotationDiff {
    /// The changes from `old` (nil for a new file) to `new` (nil for a deleted one): the article first, then claims
    /// in reading order, then orphans, then updates.
    public static func changes(from old: AnnotationSet?, to new: AnnotationSet?) -> [AnnotationChange] {
        guard let article = new?.article ?? old?.article else { return [] }
        let old = old ?? AnnotationSet(article: article, claims: [], updates: [], orphans: [])
        let new = new ?? AnnotationSet(article: article, claims: [], updates: [], orphans: [])
        var changes: [AnnotationChange] = []
        if old.article.sha256 != new.article.sha256 || old.article.path != new.article.path {
            changes.append(.article(old: old.article, new: new.article))
        }
        changes += boundaryChanges(from: old, to: new)
        let oldClaims = Dictionary(old.claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let oldOrphans = Dictionary(old.orphans.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set((new.claims + new.orphans).map(\.id))

        for claim in new.claims {
            let reference = ClaimReference(claim)
            if let before = oldClaims[claim.id] ?? oldOrphans[claim.id] {
                if oldOrphans[claim.id] != nil { changes.append(.reanchored(reference)) }
                changes += claimChanges(reference, before, claim)
            } else {
                changes.append(.claimAdded(reference, claim.verdict))
                if let flag = claim.review { changes.append(.flagged(reference, flag)) }
                if let conflict = claim.conflict { changes.append(.claimConflict(reference, conflict)) }
            }
        }
        for orphan in new.orphans {
            let reference = ClaimReference(orphan)
            if let before = oldClaims[orphan.id] {
                changes.append(.orphaned(reference, orphan.verdict))
                changes += claimChanges(reference, before, orphan).filter { if case .textChanged = $0 { false } else { true } }
            } else if let before = oldOrphans[orphan.id] {
                changes += claimChanges(reference, before, orphan)
            } else {
                changes.append(.orphaned(reference, orphan.verdict))
            }
        }
        for claim in old.claims + old.orphans where !newIDs.contains(claim.id) {
            changes.append(.claimRemoved(ClaimReference(claim), claim.verdict))
        }

        let claimsByID = Dictionary((new.claims + new.orphans + old.claims + old.orphans).map { ($0.id, ClaimReference($0)) },
                                    uniquingKeysWith: { first, _ in first })
        let oldUpdates = Dictionary(old.updates.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for update in new.updates {
            guard let before = oldUpdates[update.id] else {
                changes.append(.updateAdded(update, amended: update.amends.compactMap { claimsByID[$0.claim] }))
                continue
            }
            changes += updateChanges(before, update, claims: claimsByID)
        }
        let newUpdateIDs = Set(new.updates.map(\.id))
        for update in old.updates where !newUpdateIDs.contains(update.id) {
            changes.append(.updateRemoved(update))
        }
        return changes
    }

    private static func claimChanges(_ reference: ClaimReference, _ old: ClaimAnnotation, _ new: ClaimAnnotation) -> [AnnotationChange] {
        var changes: [AnnotationChange] = []
        if old.text != new.text { changes.append(.textChanged(reference, oldText: old.text)) }
        if !old.verdict.agrees(with: new.verdict) { changes.append(.verdict(reference, old: old.verdict, new: new.verdict)) }
        switch (old.review, new.review) {
        case (_, .some(let flag)) where flag != old.review: changes.append(.flagged(reference, flag))
        case (.some, nil): changes.append(.unflagged(reference))
        default: break
        }
        switch (old.conflict, new.conflict) {
        case (_, .some(let conflict)) where conflict != old.conflict: changes.append(.claimConflict(reference, conflict))
        case (.some, nil): changes.append(.claimConflictResolved(reference))
        default: break
        }
        switch (old.dismissed, new.dismissed) {
        case (_, .some(let reason)) where reason != old.dismissed: changes.append(.dismissed(reference, reason: reason))
        case (.some, nil): changes.append(.undismissed(reference))
        default: break
        }
        return changes
    }

    /// The boundary corrections `new` has and `old` has not, each with the claims it names: a split's two parts
    /// as `new` holds them, a join's two claims as `old` held them. A correction whose claims are not there (a
    /// later correction changed them again) names no claim and is left out.
    private static func boundaryChanges(from old: AnnotationSet, to new: AnnotationSet) -> [AnnotationChange] {
        var changes: [AnnotationChange] = []
        for correction in new.boundaries where !old.boundaries.contains(correction) {
            switch correction {
            case .split(let text, let word):
                let words = text.split(separator: " ")
                guard word >= 1, word < words.count else { continue }
                let (head, tail) = (words[..<word].joined(separator: " "), words[word...].joined(separator: " "))
                if let i = adjacentPair(head, tail, in: Array(new.claims)) {
                    changes.append(.split(ClaimReference(new.claims[i]), second: ClaimReference(new.claims[i + 1])))
                }
            case .join(let first, let second):
                if let i = adjacentPair(first, second, in: Array(old.claims)) {
                    changes.append(.joined(ClaimReference(old.claims[i]), second: ClaimReference(old.claims[i + 1])))
                }
            }
        }
        return changes
    }

    /// The index of the claim with text `first` that the claim with text `second` follows.
    private static func adjacentPair(_ first: String, _ second: String, in claims: [ClaimAnnotation]) -> Int? {
        claims.indices.dropLast().first { claims[$0].text == first && claims[$0 + 1].text == second }
    }

    private static func updateChanges(_ old: UpdateAnnotation, _ new: UpdateAnnotation, claims: [String: ClaimReference]) -> [AnnotationChange] {
        var changes: [AnnotationChange] = []
        if old.relation != new.relation { changes.append(.relation(update: new.id, old: old.relation, new: new.relation)) }
        if old.issuer != new.issuer { changes.append(.issuer(update: new.id, old: old.issuer, new: new.issuer)) }
        for link in new.amends {
            if let before = old.amends.first(where: { $0.claim == link.claim }) {
                if before.confirmed != link.confirmed {
                    changes.append(.linkConfirmed(update: new.id, claim: claims[link.claim], confirmed: link.confirmed))
                }
            } else {
                changes.append(.linkAdded(update: new.id, claim: claims[link.claim], link))
            }
        }
        for link in old.amends where !new.amends.contains(where: { $0.claim == link.claim }) {
            changes.append(.linkRemoved(update: new.id, claim: claims[link.claim], link))
        }
        switch (old.conflict, new.conflict) {
        case (_, .some(let conflict)) where conflict != old.conflict: changes.append(.updateConflict(update: new.id, conflict))
        case (.some, nil): changes.append(.updateConflictResolved(update: new.id))
        default: break
        }
        return changes
    }
}

extension AnnotationSet {
    /// Scalars of context kept on each side of a claim for re-anchoring.
    static let contextLength = 32

    /// The annotations for `analysis`, carrying over every verdict of `existing` (see `reconcile`).
    public static func build(from analysis: ArticleAnalysis, articlePath: String, existing: AnnotationSet? = nil) -> AnnotationSet {
        reconcile(analysis, articlePath: articlePath, existing: existing).annotations
    }

    /// The annotations for `analysis`, with `existing` re-anchored onto it, and a report of what happened.
    ///
    /// Each annotated claim is found again by its text — exactly first, then by similarity above
    /// `Reanchoring.minimumSimilarity` — and keeps its id, verdict and history. A claim whose text changed, and a
    /// reviewed claim that a new update notice amends, is flagged for re-review with the reason. A claim not found
    /// becomes an orphan: kept, never dropped. Links an editor confirmed are kept; suggestions are refreshed.
    public static func reconcile(_ analysis: ArticleAnalysis, articlePath: String, existing: AnnotationSet?) -> (annotations: AnnotationSet, report: AnchorReport) {
        guard let existing else {
            return (fresh(from: analysis, articlePath: articlePath), AnchorReport(articleChanged: false, entries: [], newUpdates: []))
        }
        // Editors' boundary corrections first, so that the claims they made are found again by their text.
        var corrected = analysis
        let boundaries = ClaimBoundary.apply(existing.boundaries, to: analysis.claims, scalars: analysis.scalars)
        corrected.claims = boundaries.sentences
        var set = fresh(from: corrected, articlePath: articlePath)
        set.boundaries = boundaries.applied
        var report = set.reanchorClaims(from: existing)
        report.articleChanged = existing.article.sha256 != set.article.sha256
        set.article.extra = existing.article.extra
        set.extra = existing.extra
        report.newUpdates = set.carryOverUpdates(from: existing, flagging: &report)
        return (set, report)
    }

    /// Claims and notices of `analysis` with no editor data: ids from text, suggested links.
    static func fresh(from analysis: ArticleAnalysis, articlePath: String) -> AnnotationSet {
        var ids = Set<String>()
        var claims: [ClaimAnnotation] = []
        for (index, sentence) in analysis.claims.enumerated() {
            guard let first = sentence.occurrences.first else { continue }
            claims.append(ClaimAnnotation(
                id: uniqueID(prefix: "c-", for: sentence.text, taken: &ids), n: index + 1, text: sentence.text, range: first,
                repeats: Array(sentence.occurrences.dropFirst()),
                prefix: context(analysis.scalars, before: first.start), suffix: context(analysis.scalars, after: first.end),
                status: .unreviewed, note: "", sources: [], by: nil, at: nil, review: nil, history: []))
        }
        var updates: [UpdateAnnotation] = []
        for entry in NoticeReading(analysis).notices {
            let amends = entry.links.map { Amendment(claim: claims[$0.claimIndex].id, score: $0.score, confirmed: false) }
            updates.append(UpdateAnnotation(
                id: uniqueID(prefix: "u-", for: entry.notice.text, taken: &ids), marker: entry.notice.marker, text: entry.notice.text,
                range: entry.notice.range, issuer: entry.issuer, relation: entry.relation, amends: amends))
        }
        return AnnotationSet(
            article: ArticleReference(path: articlePath, sha256: analysis.sha256, language: analysis.language.rawValue),
            claims: claims, updates: updates, orphans: [])
    }

    /// Carries update data over by id: relation and issuer as an editor left them, confirmed links kept.
    /// Reviewed claims amended by an update the file did not have are flagged. Returns the new updates' ids.
    private mutating func carryOverUpdates(from old: AnnotationSet, flagging report: inout AnchorReport) -> [String] {
        let oldByID = Dictionary(old.updates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let liveClaims = Set(claims.map(\.id))
        var added: [String] = []
        for i in updates.indices {
            guard let previous = oldByID[updates[i].id] else {
                added.append(updates[i].id)
                flagReviewedClaims(amendedBy: updates[i], report: &report)
                continue
            }
            updates[i].extra = previous.extra
            updates[i].relation = previous.relation
            updates[i].issuer = previous.issuer
            updates[i].unlinked = previous.unlinked
            var merged = previous.amends.filter { $0.confirmed && liveClaims.contains($0.claim) }
            for suggestion in updates[i].amends where !merged.contains(where: { $0.claim == suggestion.claim }) && !previous.unlinked.contains(suggestion.claim) {
                merged.append(previous.amends.first { $0.claim == suggestion.claim } ?? suggestion)
            }
            updates[i].amends = merged
        }
        return added
    }

    private mutating func flagReviewedClaims(amendedBy update: UpdateAnnotation, report: inout AnchorReport) {
        for link in update.amends {
            guard let index = claims.firstIndex(where: { $0.id == link.claim }), claims[index].status != .unreviewed else { continue }
            let excerpt = update.text.count > 80 ? String(update.text.prefix(79)) + "…" : update.text
            claims[index].review = ReviewFlag(
                reason: "amended by the new update \(update.id) (\(update.relation.rawValue)): \(update.marker) : \(excerpt)",
                update: update.id)
            if let entry = report.entries.firstIndex(where: { $0.claim == link.claim }) {
                report.entries[entry].flagged = true
            }
        }
    }

    /// "c-" plus the first 8 hex digits of the text's SHA-256, lengthened on the (rare) collision.
    static func uniqueID(prefix: String, for text: String, taken: inout Set<String>) -> String {
        let digest = SHA256.hexDigest(text)
        var length = 8
        var id = prefix + digest.prefix(length)
        while taken.contains(id), length < digest.count {
            length += 4
            id = prefix + digest.prefix(length)
        }
        if taken.contains(id) { id += "-\(taken.count)" }
        taken.insert(id)
        return id
    }

    static func context(_ scalars: ScalarText, before index: Int) -> String {
        Scalars.normalizedText(scalars, TextRange(max(0, index - contextLength), index))
    }

    static func context(_ scalars: ScalarText, after index: Int) -> String {
        Scalars.normalizedText(scalars, TextRange(index, min(scalars.count, index + contextLength)))
    }
}

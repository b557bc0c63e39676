extension AnnotationSet {
    /// Scalars of context kept on each side of a claim for re-anchoring.
    static let contextLength = 32

    /// The annotations for `analysis`, carrying over every verdict of `existing` (matched by claim id).
    ///
    /// Claims of `existing` that the article no longer holds and that an editor touched become orphans: a verdict
    /// is never dropped. Links an editor confirmed are kept; the linker's suggestions are refreshed.
    public static func build(from analysis: ArticleAnalysis, articlePath: String, existing: AnnotationSet? = nil) -> AnnotationSet {
        var ids = Set<String>()
        var claims: [ClaimAnnotation] = []
        for (index, sentence) in analysis.claims.enumerated() {
            let id = uniqueID(prefix: "c-", for: sentence.text, taken: &ids)
            guard let first = sentence.occurrences.first else { continue }
            claims.append(ClaimAnnotation(
                id: id, n: index + 1, text: sentence.text, range: first, repeats: Array(sentence.occurrences.dropFirst()),
                prefix: context(analysis.scalars, before: first.start), suffix: context(analysis.scalars, after: first.end),
                status: .unreviewed, note: "", sources: [], by: nil, at: nil, review: nil, history: []))
        }

        var updates: [UpdateAnnotation] = []
        for notice in analysis.notices {
            let id = uniqueID(prefix: "u-", for: notice.text, taken: &ids)
            let amends = UpdateLinker.links(for: notice, in: analysis).map {
                Amendment(claim: claims[$0.claimIndex].id, score: $0.score, confirmed: false)
            }
            updates.append(UpdateAnnotation(
                id: id, marker: notice.marker, text: notice.text, range: notice.range, issuer: UpdateLinker.issuer(of: notice),
                relation: UpdateLinker.relation(of: notice), amends: amends))
        }

        var set = AnnotationSet(
            article: ArticleReference(path: articlePath, sha256: analysis.sha256, language: analysis.language.rawValue),
            claims: claims, updates: updates, orphans: [])
        if let existing { set.carryOver(from: existing) }
        return set
    }

    /// Copies verdicts, histories, confirmed links and unknown members from `old` into this fresh set.
    private mutating func carryOver(from old: AnnotationSet) {
        article.extra = old.article.extra
        extra = old.extra
        var byID: [String: ClaimAnnotation] = [:]
        for claim in old.claims + old.orphans { byID[claim.id] = claim }
        for i in claims.indices {
            guard let previous = byID.removeValue(forKey: claims[i].id) else { continue }
            claims[i].status = previous.status
            claims[i].note = previous.note
            claims[i].sources = previous.sources
            claims[i].by = previous.by
            claims[i].at = previous.at
            claims[i].review = previous.review
            claims[i].history = previous.history
            claims[i].extra = previous.extra
        }
        // What is left was in the file but is not in this article: keep whatever an editor touched.
        orphans = (old.claims + old.orphans).filter { byID[$0.id] != nil && ($0.status != .unreviewed || !$0.history.isEmpty || !$0.note.isEmpty) }

        var oldUpdates: [String: UpdateAnnotation] = [:]
        for update in old.updates { oldUpdates[update.id] = update }
        for i in updates.indices {
            guard let previous = oldUpdates[updates[i].id] else { continue }
            updates[i].extra = previous.extra
            updates[i].relation = previous.relation
            if previous.issuer != nil { updates[i].issuer = previous.issuer }
            // Links an editor confirmed or removed win over the linker's suggestions.
            var merged = previous.amends.filter(\.confirmed)
            for suggestion in updates[i].amends where !merged.contains(where: { $0.claim == suggestion.claim }) {
                if let kept = previous.amends.first(where: { $0.claim == suggestion.claim }) {
                    merged.append(kept)
                } else {
                    merged.append(suggestion)
                }
            }
            updates[i].amends = merged
        }
    }

    /// "c-" plus the first 8 hex digits of the text's SHA-256, lengthened on the (rare) collision.
    private static func uniqueID(prefix: String, for text: String, taken: inout Set<String>) -> String {
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

    private static func context(_ scalars: [Unicode.Scalar], before index: Int) -> String {
        Scalars.normalizedText(scalars, TextRange(max(0, index - contextLength), index))
    }

    private static func context(_ scalars: [Unicode.Scalar], after index: Int) -> String {
        Scalars.normalizedText(scalars, TextRange(index, min(scalars.count, index + contextLength)))
    }
}

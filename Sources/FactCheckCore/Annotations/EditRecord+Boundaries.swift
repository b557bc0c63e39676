/// A journal record's change of claim boundaries: read from its line, and replayed by reading the article again.
extension EditRecord {
    /// The `boundaries` and `removed` members of a journal line.
    static func parseBoundaries(_ value: JSONValue, removed: JSONValue?) throws(AnnotationFileError) -> ([ClaimBoundary], [String]) {
        guard case .array(let items) = value else { throw .invalid(path: "boundaries", message: "expected an array, found \(value.typeName)") }
        let boundaries = try AnnotationCodec.decodeBoundaries(items)
        var ids: [String] = []
        if let removed {
            guard case .array(let items) = removed else { throw .invalid(path: "removed", message: "expected an array, found \(removed.typeName)") }
            for (i, item) in items.enumerated() {
                guard let id = item.stringValue else { throw .invalid(path: "removed[\(i)]", message: "expected a claim id, found \(item.typeName)") }
                ids.append(id)
            }
        }
        return (boundaries, ids)
    }
}

extension AnnotationSet {
    /// This set read again from `analysis` with its own boundary corrections: the claims rebuilt from the corrected
    /// sentences, each given its annotations back by its text (as when the file is opened), and the updates kept as
    /// they are, less their links to claims no longer there.
    /// - Complexity: that of `reconcile`, O(*n* log *n*) in the claims.
    func reread(_ analysis: ArticleAnalysis) -> AnnotationSet {
        var next = AnnotationSet.reconcile(analysis, articlePath: article.path, existing: self).annotations
        let live = Set((next.claims + next.orphans).map(\.id))
        next.article = article
        next.updates = updates.map { update in
            var update = update
            update.amends.removeAll { !live.contains($0.claim) }
            return update
        }
        return next
    }
}

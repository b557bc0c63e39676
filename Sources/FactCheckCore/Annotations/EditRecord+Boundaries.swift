/// A journal record's change of claim boundaries: read from its line, and replayed by reading the article again.
extension EditRecord {
    /// The `boundaries` and `removed` members of a journal line.
    static func parseBoundaries(_ value: JSONValue, removed: JSONValue?) throws(AnnotationFileError) -> ([ClaimBoundary], [String]) {
        guard case .array(let items) = value else { throw .invalid(path: "boundaries", message: "expected an array, found \(value.typeName)") }
        var boundaries: [ClaimBoundary] = []
        for (i, item) in items.enumerated() {
            guard case .object(let object) = item else {
                throw .invalid(path: "boundaries[\(i)]", message: "expected an object, found \(item.typeName)")
            }
            let key = AnnotationCodec.BoundaryKey.self
            if let text = object[key.split.rawValue]?.stringValue, let word = object[key.word.rawValue]?.intValue {
                boundaries.append(.split(text: text, word: word))
            } else if case .array(let pair)? = object[key.join.rawValue], pair.count == 2,
                      let first = pair[0].stringValue, let second = pair[1].stringValue {
                boundaries.append(.join(first: first, second: second))
            } else {
                throw .invalid(path: "boundaries[\(i)]", message: "expected {\"split\": TEXT, \"word\": K} or {\"join\": [FIRST, SECOND]}")
            }
        }
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

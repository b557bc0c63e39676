extension AnnotationSet {
    /// Moves every claim annotation of `old` onto this fresh set's claims; returns what happened to each.
    mutating func reanchorClaims(from old: AnnotationSet) -> AnchorReport {
        var report = AnchorReport(articleChanged: false, entries: [], newUpdates: [])
        var unmatchedNew = Set(claims.indices)
        var pending: [ClaimAnnotation] = []
        let newIndexByText = Dictionary(claims.indices.map { (claims[$0].text, $0) }, uniquingKeysWith: { a, _ in a })
        var outcomes: [Int: AnchorReport.Outcome] = [:]

        // 1. Exact text.
        for previous in old.claims + old.orphans {
            if let index = newIndexByText[previous.text], unmatchedNew.contains(index) {
                unmatchedNew.remove(index)
                adopt(previous, at: index)
                let samePlace = previous.range == claims[index].range && previous.repeats.count == claims[index].repeats.count
                outcomes[index] = samePlace ? .unchanged : .moved(from: previous.range)
            } else {
                pending.append(previous)
            }
        }

        // 2. Similar text, best pairs first; the context around the claim breaks ties.
        var candidates: [(score: Double, old: Int, new: Int)] = []
        for (o, previous) in pending.enumerated() {
            for index in unmatchedNew {
                let score = Reanchoring.similarity(previous.text, claims[index].text)
                guard score >= Reanchoring.minimumSimilarity else { continue }
                let context = (Reanchoring.similarity(previous.prefix, claims[index].prefix) + Reanchoring.similarity(previous.suffix, claims[index].suffix)) / 2
                candidates.append((score + context / 100, o, index))
            }
        }
        var matchedOld = Set<Int>()
        for candidate in candidates.sorted(by: { ($0.score, -$0.new) > ($1.score, -$1.new) })
        where !matchedOld.contains(candidate.old) && unmatchedNew.contains(candidate.new) {
            matchedOld.insert(candidate.old)
            unmatchedNew.remove(candidate.new)
            let previous = pending[candidate.old]
            adopt(previous, at: candidate.new)
            let similarity = (Reanchoring.similarity(previous.text, claims[candidate.new].text) * 100).rounded() / 100
            outcomes[candidate.new] = .textChanged(from: previous.text, similarity: similarity)
            if previous.status != .unreviewed {
                claims[candidate.new].review = ReviewFlag(reason: "the text under this verdict changed; it was: \(previous.text)")
            }
        }

        for index in claims.indices where claims[index].isAnnotated {
            let outcome = outcomes[index] ?? .unchanged
            let flagged: Bool
            if case .textChanged = outcome { flagged = claims[index].status != .unreviewed } else { flagged = claims[index].review != nil }
            report.entries.append(.init(claim: claims[index].id, n: claims[index].n, outcome: outcome, flagged: flagged))
        }

        // 3. The rest is kept as orphans when an editor touched it.
        orphans = pending.enumerated().filter { !matchedOld.contains($0.offset) && $0.element.isAnnotated }.map(\.element)
        for orphan in orphans {
            report.entries.append(.init(claim: orphan.id, n: nil, outcome: .orphaned, flagged: false))
        }
        return report
    }

    /// Gives the fresh claim at `index` the identity and editor data of `previous`.
    private mutating func adopt(_ previous: ClaimAnnotation, at index: Int) {
        claims[index].id = previous.id
        claims[index].status = previous.status
        claims[index].note = previous.note
        claims[index].sources = previous.sources
        claims[index].by = previous.by
        claims[index].at = previous.at
        claims[index].review = previous.review
        claims[index].history = previous.history
        claims[index].extra = previous.extra
        claims[index].conflict = previous.conflict
        claims[index].dismissed = previous.dismissed
    }
}

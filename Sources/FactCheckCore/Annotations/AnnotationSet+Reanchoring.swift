extension AnnotationSet {
    /// Moves every claim annotation of `old` onto this fresh set's claims; returns what happened to each.
    ///
    /// Exact texts first; then each remaining old claim is compared with the unmatched new claims that
    /// `ReanchorCandidates` proposes (near its place in reading order, or sharing a rare word), best pairs first.
    /// - Complexity: O(*n* log *n*) in the claims of both versions (each old claim has a bounded number of
    ///   candidates), times the length of a claim.
    mutating func reanchorClaims(from old: AnnotationSet) -> AnchorReport {
        var report = AnchorReport(articleChanged: false, entries: [], newUpdates: [])
        var unmatchedNew = Set(claims.indices)
        var pending: [ClaimAnnotation] = []
        // For each pending claim of the old reading order: the new index of the last claim before it that was
        // found exactly, and how many pending claims lie between them (nil for the old file's orphans).
        var places: [(anchor: Int, offset: Int)?] = []
        let newIndexByText = Dictionary(claims.indices.map { (claims[$0].text, $0) }, uniquingKeysWith: { a, _ in a })
        var outcomes: [Int: AnchorReport.Outcome] = [:]

        // 1. Exact text.
        let oldClaimCount = old.claims.count
        var anchor = -1
        var sinceAnchor = 0
        for (position, previous) in (old.claims + old.orphans).enumerated() {
            if let index = newIndexByText[previous.text], unmatchedNew.contains(index) {
                unmatchedNew.remove(index)
                adopt(previous, at: index)
                let samePlace = previous.range == claims[index].range && previous.repeats.count == claims[index].repeats.count
                outcomes[index] = samePlace ? .unchanged : .moved(from: previous.range)
                if position < oldClaimCount { (anchor, sinceAnchor) = (index, 0) }
            } else {
                pending.append(previous)
                places.append(position < oldClaimCount ? (anchor, sinceAnchor) : nil)
                sinceAnchor += 1
            }
        }

        // 2. Similar text among each claim's candidates, best pairs first; the context around the claim breaks ties.
        let unmatchedInOrder = unmatchedNew.sorted()
        let newProfiles = unmatchedInOrder.map { Reanchoring.Profile(claims[$0].text) }
        let index = ReanchorCandidates(new: newProfiles)
        // How many unmatched new claims come before each new index: where a place after an anchor falls among them.
        var unmatchedBefore = [Int](repeating: 0, count: claims.count + 1)
        for i in claims.indices { unmatchedBefore[i + 1] = unmatchedBefore[i] + (unmatchedNew.contains(i) ? 1 : 0) }
        var candidates: [(score: Double, similarity: Double, old: Int, new: Int)] = []
        for (o, previous) in pending.enumerated() {
            let profile = Reanchoring.Profile(previous.text)
            let expected = places[o].map { place in
                unmatchedBefore[place.anchor + 1] + place.offset
            }
            for position in index.positions(for: profile, expected: expected) {
                let score = Reanchoring.similarity(profile, newProfiles[position])
                guard score >= Reanchoring.minimumSimilarity else { continue }
                let new = unmatchedInOrder[position]
                let context = (Reanchoring.similarity(previous.prefix, claims[new].prefix) + Reanchoring.similarity(previous.suffix, claims[new].suffix)) / 2
                candidates.append((score + context / 100, score, o, new))
            }
        }
        var matchedOld = Set<Int>()
        for candidate in candidates.sorted(by: { ($0.score, -$0.new, -$0.old) > ($1.score, -$1.new, -$1.old) })
        where !matchedOld.contains(candidate.old) && unmatchedNew.contains(candidate.new) {
            matchedOld.insert(candidate.old)
            unmatchedNew.remove(candidate.new)
            let previous = pending[candidate.old]
            adopt(previous, at: candidate.new)
            let similarity = (candidate.similarity * 100).rounded() / 100
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

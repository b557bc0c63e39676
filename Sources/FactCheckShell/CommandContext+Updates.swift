import FactCheckCore

/// The commands about update notices: compare, link, unlink, and the orphans list.
extension CommandContext {
    private var style: TextStyle { environment.style }

    private func updateIndex(_ word: String) throws(ShellError) -> Int {
        do {
            return try session.annotations.updateIndex(word)
        } catch {
            throw .noSuchUpdate(UntrustedText(word), count: session.annotations.updates.count)
        }
    }

    /// The notice beside each claim it amends, with names, numbers and terms found on one side only.
    mutating func compare(_ word: String) throws(ShellError) {
        let update = session.annotations.updates[try updateIndex(word)]
        var head = "\(style.bold(UntrustedText(update.id).description))  \(UntrustedText(update.marker))  \(style.yellow(update.relation.rawValue))"
        if let issuer = update.issuer { head += "  by " + UntrustedText(issuer).description }
        print(head)
        print(DisplayWidth.wrap(UntrustedText(update.text).description, width: environment.width, indent: "  "))
        if update.amends.isEmpty {
            printCandidates(for: update)
            return
        }
        for link in update.amends {
            guard let claim = session.annotations.claims.first(where: { $0.id == link.claim }) else { continue }
            print("")
            print("\(style.bold("#\(claim.n)"))  \(style.status(claim.status))  score \(AnnotationCodec.formatScore(link.score)) \(link.confirmed ? "confirmed" : "suggested")")
            print(DisplayWidth.wrap(UntrustedText(claim.text).description, width: environment.width, indent: "  "))
            let comparison = NoticeComparison(notice: update.text, claim: claim.text)
            func line(_ label: String, _ items: [String]) {
                guard !items.isEmpty else { return }
                print(DisplayWidth.wrap(label + items.map { UntrustedText($0).description }.joined(separator: ", "), width: environment.width, indent: "  "))
            }
            line("in both: ", comparison.shared)
            line("numbers only in the claim: ", comparison.claimNumbers)
            line("numbers only in the notice: ", comparison.noticeNumbers)
            line("names only in the claim: ", comparison.claimNames)
            line("names only in the notice: ", comparison.noticeNames)
            line("terms only in the claim: ", comparison.claimTerms)
            line("terms only in the notice: ", comparison.noticeTerms)
        }
        printOtherCandidates(for: update)
    }

    /// The best claims a notice with no link might amend, with their scores and the signals behind each.
    private mutating func printCandidates(for update: UpdateAnnotation) {
        if let line = UpdateListing.elsewhereLine(for: update, amendingElsewhere: session.analysis.noticeTextsAmendingElsewhere) {
            print(style.dim(line))
            return
        }
        let candidates = candidateLinks(for: update)
        guard !candidates.isEmpty else {
            print(style.dim("  amends no specific claim, and no claim shares enough with it to suggest one"))
            return
        }
        // (Claims offered only for being beside the notice, at score 0, say so: nothing suggests them.)
        if candidates.contains(where: { $0.score > 0 }) {
            print(style.dim("  linked to no claim; best candidates (link \(UntrustedText(update.id)) N to confirm):"))
        } else {
            print(style.dim("  linked to no claim, and no claim shares enough with it to suggest one; the claims beside it "
                + "(link \(UntrustedText(update.id)) N to link one):"))
        }
        for candidate in candidates.prefix(Self.candidatesShown) {
            let text = session.analysis.claims[candidate.claimIndex].text
            guard let claim = session.annotations.claims.first(where: { $0.text == text }) else { continue }
            let kind = candidate.score > 0 ? "candidate" : "for comparison"
            print("")
            print("\(style.bold("#\(claim.n)"))  \(style.status(claim.status))  score \(AnnotationCodec.formatScore(candidate.score)) \(kind)")
            print(DisplayWidth.wrap(UntrustedText(claim.text).description, width: environment.width, indent: "  "))
            if !candidate.reasons.isEmpty {
                print(DisplayWidth.wrap(UntrustedText(candidate.reasons.joined(separator: "; ")).description, width: environment.width, indent: "  "))
            }
        }
    }

    /// The linker's candidates for `update`'s notice, in its order, short of the claims an editor unlinked (not
    /// proposed again).
    private func candidateLinks(for update: UpdateAnnotation) -> [UpdateLink] {
        let unlinked = Set(update.unlinked)
        return (session.analysis.notices.first { $0.text == update.text }
            .map { UpdateLinker(session.analysis).candidates(for: $0) } ?? [])
            .filter { candidate in
                !unlinked.contains(session.annotations.claims.first { $0.text == session.analysis.claims[candidate.claimIndex].text }?.id ?? "")
            }
    }

    /// For a linked notice, one line naming the best candidates it is not linked to: with few links right on real
    /// pages, the claim an update amends is often among them ("#5 0.44" for "remains closed" under "reopened", behind
    /// a weak link to the headline).
    private mutating func printOtherCandidates(for update: UpdateAnnotation) {
        let linked = Set(update.amends.map(\.claim))
        let others = candidateLinks(for: update).filter { $0.score > 0 }.compactMap { candidate -> String? in
            let text = session.analysis.claims[candidate.claimIndex].text
            guard let claim = session.annotations.claims.first(where: { $0.text == text }), !linked.contains(claim.id) else { return nil }
            return "#\(claim.n) \(AnnotationCodec.formatScore(candidate.score))"
        }.prefix(Self.candidatesShown)
        guard !others.isEmpty else { return }
        print("")
        print(style.dim(DisplayWidth.wrap("other candidates (link \(UntrustedText(update.id)) N to add one): " + others.joined(separator: ", "),
                                          width: environment.width, indent: "  ")))
    }

    /// How many candidates `compare` shows for a notice with no link (the linker offers at least as many when the
    /// article has them).
    static let candidatesShown = UpdateLinker.offeredCandidates

    /// Confirms (or adds) the links from an update to claims; a last word naming a relation sets the notice's.
    /// All the links, and the relation, are one edit (one undo).
    mutating func link(_ updateWord: String, _ words: [String]) throws(ShellError) {
        let u = try updateIndex(updateWord)
        var claimWords = words
        var relation: UpdateRelation?
        if let last = words.last, words.count > 1, !Self.isClaimList(last) {
            guard let parsed = UpdateRelation(rawValue: last) else {
                throw .unknownRelation(UntrustedText(last), suggestion: nearestWord(to: last, in: UpdateRelation.allCases.map(\.rawValue)))
            }
            relation = parsed
            claimWords.removeLast()
        }
        let claims = try claimIndices(claimWords, command: "link")
        let before = session.annotations
        var next = before
        let linker = UpdateLinker(session.analysis)
        let notice = session.analysis.notices.first { $0.text == before.updates[u].text }
        for c in claims {
            var score = 0.0
            if let notice, let claimIndex = session.analysis.claims.firstIndex(where: { $0.text == before.claims[c].text }) {
                score = linker.score(for: notice, claimAt: claimIndex)
            }
            next = next.linking(update: u, claim: c, score: score, relation: relation, by: environment.editor, at: environment.now())
        }
        session.commit(next)
        let update = session.annotations.updates[u]
        let numbers = claims.map { "#\(before.claims[$0].n)" }.joined(separator: ", ")
        print("\(UntrustedText(update.id)) amends \(numbers) (\(update.relation.rawValue), confirmed)")
        if let relation, relation != before.updates[u].relation {
            let count = update.amends.count
            print("The relation of the whole notice \(UntrustedText(update.id)) changes from \(before.updates[u].relation.rawValue) to "
                + "\(relation.rawValue), for all its \(count) link\(count == 1 ? "" : "s").")
        }
    }

    /// Removes the links from an update to claims, as one edit.
    mutating func unlink(_ updateWord: String, _ words: [String]) throws(ShellError) {
        let u = try updateIndex(updateWord)
        let claims = try claimIndices(words, command: "unlink")
        let annotations = session.annotations
        var next = annotations
        for c in claims {
            do {
                next = try next.unlinking(update: u, claim: c)
            } catch {
                throw .notLinked(update: UntrustedText(annotations.updates[u].id), claim: annotations.claims[c].n)
            }
        }
        session.commit(next)
        print("\(UntrustedText(annotations.updates[u].id)) no longer amends " + claims.map { "#\(annotations.claims[$0].n)" }.joined(separator: ", "))
    }

    /// Whether `word` reads as claims: digits, ranges and lists ("3", "5-7", "9,11") or an id.
    static func isClaimList(_ word: String) -> Bool {
        word.hasPrefix("c-") || (!word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "-" || $0 == ",") })
    }

    /// The claim indices that `words` name, in order, each once: numbers, ranges ("3-6"), lists ("9,11"), ids.
    private func claimIndices(_ words: [String], command: String) throws(ShellError) -> [Int] {
        var result: [Int] = []
        for word in words {
            for part in word.split(separator: ",").map(String.init) {
                let bounds = part.split(separator: "-", maxSplits: 1).map(String.init)
                if !part.hasPrefix("c-"), bounds.count == 2, let low = Int(bounds[0]), let high = Int(bounds[1]), low <= high {
                    for n in low...high { result.append(try session.claimIndex(String(n), command: command)) }
                } else {
                    result.append(try session.claimIndex(part, command: command))
                }
            }
        }
        var seen = Set<Int>()
        return result.filter { seen.insert($0).inserted }
    }

    /// Annotations whose claim is gone from the article.
    mutating func listOrphans() {
        let orphans = session.annotations.orphans
        guard !orphans.isEmpty else {
            print("No orphans: every annotation is anchored in the article.")
            return
        }
        for orphan in orphans {
            var line = "\(style.dim(UntrustedText(orphan.id).description))  \(style.status(orphan.status))  " + DisplayWidth.truncate(UntrustedText(orphan.text).description, to: max(20, environment.width - 30))
            if !orphan.note.isEmpty { line += "\n    note: " + UntrustedText(orphan.note).description }
            print(line)
        }
        print(style.dim("\(orphans.count) orphan\(orphans.count == 1 ? "" : "s"), kept in the file with their history"))
    }
}

import FactCheckCore

/// The commands about update notices: compare, link, unlink, and the orphans list.
extension CommandContext {
    private var style: TextStyle { environment.style }

    private func updateIndex(_ word: String) throws(ShellError) -> Int {
        do {
            return try session.annotations.updateIndex(word)
        } catch {
            throw .noSuchUpdate(TerminalText.visible(word), count: session.annotations.updates.count)
        }
    }

    /// The notice beside each claim it amends, with names, numbers and terms found on one side only.
    mutating func compare(_ word: String) throws(ShellError) {
        let update = session.annotations.updates[try updateIndex(word)]
        var head = "\(style.bold(update.id))  \(TerminalText.visible(update.marker))  \(style.yellow(update.relation.rawValue))"
        if let issuer = update.issuer { head += "  by " + TerminalText.visible(issuer) }
        print(head)
        print(DisplayWidth.wrap(TerminalText.visible(update.text), width: environment.width, indent: "  "))
        if update.amends.isEmpty { print(style.dim("  amends no specific claim (an addition)")) }
        for link in update.amends {
            guard let claim = session.annotations.claims.first(where: { $0.id == link.claim }) else { continue }
            print("")
            print("\(style.bold("#\(claim.n)"))  \(style.status(claim.status))  score \(AnnotationCodec.formatScore(link.score)) \(link.confirmed ? "confirmed" : "suggested")")
            print(DisplayWidth.wrap(TerminalText.visible(claim.text), width: environment.width, indent: "  "))
            let comparison = NoticeComparison(notice: update.text, claim: claim.text)
            func line(_ label: String, _ items: [String]) {
                guard !items.isEmpty else { return }
                print(DisplayWidth.wrap(label + items.map { TerminalText.visible($0) }.joined(separator: ", "), width: environment.width, indent: "  "))
            }
            line("in both: ", comparison.shared)
            line("numbers only in the claim: ", comparison.claimNumbers)
            line("numbers only in the notice: ", comparison.noticeNumbers)
            line("names only in the claim: ", comparison.claimNames)
            line("names only in the notice: ", comparison.noticeNames)
            line("terms only in the claim: ", comparison.claimTerms)
            line("terms only in the notice: ", comparison.noticeTerms)
        }
    }

    /// Confirms (or adds) the link from an update to a claim.
    mutating func link(_ updateWord: String, _ claimWord: String, relation relationWord: String?) throws(ShellError) {
        let u = try updateIndex(updateWord)
        let c = try session.claimIndex(claimWord, command: "link")
        var relation: UpdateRelation?
        if let relationWord {
            guard let parsed = UpdateRelation(rawValue: relationWord) else {
                throw .unknownRelation(relationWord, suggestion: nearestWord(to: relationWord, in: UpdateRelation.allCases.map(\.rawValue)))
            }
            relation = parsed
        }
        let annotations = session.annotations
        let update = annotations.updates[u]
        let claimNumber = annotations.claims[c].n
        var score = 0.0
        if let notice = session.analysis.notices.first(where: { $0.text == update.text }),
           let claimIndex = session.analysis.claims.firstIndex(where: { $0.text == annotations.claims[c].text }) {
            score = UpdateLinker.score(for: notice, claimAt: claimIndex, in: session.analysis)
        }
        session.commit(annotations.linking(update: u, claim: c, score: score, relation: relation))
        let next = session.annotations.updates[u]
        print("\(next.id) amends #\(claimNumber) (\(next.relation.rawValue), confirmed)")
    }

    /// Removes the link from an update to a claim.
    mutating func unlink(_ updateWord: String, _ claimWord: String) throws(ShellError) {
        let u = try updateIndex(updateWord)
        let c = try session.claimIndex(claimWord, command: "unlink")
        let annotations = session.annotations
        do {
            session.commit(try annotations.unlinking(update: u, claim: c))
        } catch {
            throw .notLinked(update: annotations.updates[u].id, claim: annotations.claims[c].n)
        }
        print("\(annotations.updates[u].id) no longer amends #\(annotations.claims[c].n)")
    }

    /// Annotations whose claim is gone from the article.
    mutating func listOrphans() {
        let orphans = session.annotations.orphans
        guard !orphans.isEmpty else {
            print("No orphans: every annotation is anchored in the article.")
            return
        }
        for orphan in orphans {
            var line = "\(style.dim(orphan.id))  \(style.status(orphan.status))  " + DisplayWidth.truncate(TerminalText.visible(orphan.text), to: max(20, environment.width - 30))
            if !orphan.note.isEmpty { line += "\n    note: " + TerminalText.visible(orphan.note) }
            print(line)
        }
        print(style.dim("\(orphans.count) orphan\(orphans.count == 1 ? "" : "s"), kept in the file with their history"))
    }
}

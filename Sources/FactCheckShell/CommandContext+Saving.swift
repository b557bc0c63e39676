import FactCheckCore

/// `save`: atomic, serialised between processes, and merging when someone else saved the file meanwhile.
extension CommandContext {
    /// Writes the annotations to their file, or to `newPath` (save as: FILE then becomes the session's file, and
    /// the journal follows it).
    ///
    /// Under the store's lock, the file on disk is compared with what this session loaded or last saved. If
    /// another editor saved in between, their file passes the store's door for annotation files (refused: nothing
    /// is written), is re-anchored on this article and merged claim by claim (`AnnotationMerge`): nothing of theirs
    /// is overwritten, and a claim both changed differently keeps both verdicts in its `conflict` for `check` to
    /// report until an editor decides. A claim their file lacks is kept as this session has it (a file that lost
    /// claims never resets verdicts), and a file now holding another article's annotations is refused.
    ///
    /// Save as never creates a folder, and never replaces an existing annotation file without `force`; with it,
    /// it says what it replaced. A file that is no valid annotation file is never replaced.
    mutating func save(to newPath: String?, force: Bool = false) throws(ShellError) {
        let store = environment.store
        let current = session.annotationPath
        let target = newPath.flatMap { store.sameFile($0, current) ? nil : $0 }
        let path = target ?? current
        var session = self.session
        var notes: [String] = []
        var result = SaveResult.unchanged
        var merged = false
        do {
            if let target {
                try store.requireFolder(of: target)
                if let article = session.articleFile { session.recordArticle(at: store.recordedArticlePath(of: article, in: target)) }
            }
            try store.whileLocked(path) { () throws(StoreError) in
                let onDisk = try store.read(path)
                if let onDisk, target != nil {
                    notes = try replacing(onDisk, path: path, force: force, session: session)
                } else if let onDisk, onDisk != session.diskBytes {
                    notes = try mergeWithDisk(onDisk, path: path, into: &session)
                    merged = true
                }
                let text = AnnotationCodec.encode(session.annotations)
                if merged { try requireOpenable(text, path: path, analysis: session.analysis) }
                result = try store.save(text, to: path)
                session.markSaved(bytes: Array(text.utf8), path: path)
            }
        } catch {
            throw .saveFailed(error.message)
        }
        self.session = session
        environment.journal.follow(path, savedBytes: session.diskBytes ?? [])
        for note in notes { print(note) }
        let shown = TerminalText.visible(path)
        switch result {
        case .written:
            let count = session.annotations.claims.count
            print("Saved \(count) claim\(count == 1 ? "" : "s") to \(shown).")
        case .unchanged: print("\(shown) is up to date.")
        }
    }

    /// What saving as `path` replaces, or the refusal: an invalid file always, an annotation file without `force`.
    private func replacing(_ bytes: [UInt8], path: String, force: Bool, session: ShellSession) throws(StoreError) -> [String] {
        let shown = TerminalText.visible(path)
        let theirs: AnnotationSet
        do {
            theirs = try environment.store.annotations(in: bytes, from: path, against: session.analysis)
        } catch {
            throw StoreError("\(error.message) — \(shown) exists and is no valid annotation file; nothing was written: save elsewhere")
        }
        let reviewed = theirs.claims.filter { $0.status != .unreviewed }.count + theirs.orphans.count
        let what = session.isSameArticle(theirs)
            ? "the annotations of this article (\(reviewed) reviewed claim\(reviewed == 1 ? "" : "s"))"
            : "the annotations of another article, \(TerminalText.visible(theirs.article.path)) (\(reviewed) reviewed claim\(reviewed == 1 ? "" : "s"))"
        guard force else {
            throw StoreError("\(shown) already holds \(what); nothing was written: 'save \(shown) --force' replaces it, or save elsewhere")
        }
        return ["Replaced \(shown), which held \(what)."]
    }

    /// Refuses to write a merged `text` that the store's door for annotation files would refuse on the next open:
    /// the merge is checked as the file it becomes, so a save never leaves a file factcheck then refuses.
    private func requireOpenable(_ text: String, path: String, analysis: ArticleAnalysis) throws(StoreError) {
        do {
            _ = try environment.store.annotations(in: Array(text.utf8), from: path, against: analysis)
        } catch {
            throw StoreError("\(error.message) — that is what merging your edits with the file someone else saved as "
                + "\(TerminalText.visible(path)) would write; nothing was written, your edits are kept: save elsewhere with 'save FILE'")
        }
    }

    /// Merges the file another editor saved into `session`; returns what to tell the editor.
    private func mergeWithDisk(_ bytes: [UInt8], path: String, into session: inout ShellSession) throws(StoreError) -> [String] {
        let shown = TerminalText.visible(path)
        let theirs: AnnotationSet
        do {
            theirs = try environment.store.annotations(in: bytes, from: path, against: session.analysis)
        } catch {
            throw StoreError("\(error.message) — \(shown) was changed by someone else since you opened it; nothing was written: "
                + "save elsewhere with 'save FILE'")
        }
        guard session.isSameArticle(theirs) else {
            throw StoreError("\(shown) was replaced since you opened it by the annotations of another article, "
                + "\(TerminalText.visible(theirs.article.path)); nothing was written: save elsewhere with 'save FILE'")
        }
        var anchored = AnnotationSet.reconcile(session.analysis, articlePath: session.articlePath, existing: theirs).annotations
        let lacking = anchored.keepingClaims(ofBase: session.baseline, missingFrom: theirs)
        let merge = AnnotationMerge.merge(base: session.baseline, ours: session.annotations, theirs: anchored)
        session.adoptMerged(merge.merged, theirs: anchored)
        var notes = ["\(shown) was saved by someone else since you opened it: their changes and yours were merged claim by claim."]
        if lacking > 0 {
            notes.append(environment.style.yellow("  their file lacks \(lacking) annotated claim\(lacking == 1 ? "" : "s"): kept as you had \(lacking == 1 ? "it" : "them")"))
        }
        var conflicts = merge.conflicts
        // The merge compares their file after re-anchoring, when it already names this version: say that it did not.
        let namesArticle = conflicts.contains { if case .article = $0 { true } else { false } }
        if theirs.article.sha256 != session.analysis.sha256, !namesArticle {
            conflicts.append(.article(ours: session.annotations.article, theirs: theirs.article))
        }
        for conflict in conflicts {
            switch conflict {
            case .claim(_, let n, _, let ours, let theirs):
                notes.append(environment.style.yellow("  conflict on #\(n): yours \(describe(ours)); theirs \(describe(theirs)). Both are kept until you 'resolve \(n) ours|theirs' or set a verdict"))
            case .update(let id, _, let ours, let theirs):
                notes.append(environment.style.yellow("  conflict on \(id): yours \(ours.relation.rawValue), theirs \(theirs.relation.rawValue); both are kept until you 'link' it again"))
            case .article:
                notes.append(environment.style.yellow("  their file was made on another version of the article; it was re-anchored on this one"))
            }
        }
        return notes
    }
}

extension ShellSession {
    /// Whether `other` annotates this session's article: the same text, or the same recorded path (another
    /// version of it).
    func isSameArticle(_ other: AnnotationSet) -> Bool {
        other.article.sha256 == analysis.sha256 || other.article.path == articlePath
    }
}

extension AnnotationSet {
    /// Puts back, as `base` has them, the annotated claims of `base` that `file` (the file these annotations were
    /// anchored from) does not hold at all: a file that lost claims says nothing about their verdicts, so a merge
    /// must see them unchanged rather than reset. Returns how many annotated claims were put back.
    mutating func keepingClaims(ofBase base: AnnotationSet, missingFrom file: AnnotationSet) -> Int {
        let present = Set((file.claims + file.orphans).map(\.id))
        let baseClaims = Dictionary((base.claims + base.orphans).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var restored = 0
        for i in claims.indices where !present.contains(claims[i].id) {
            guard let kept = baseClaims[claims[i].id], kept != claims[i] else { continue }
            if kept.status != .unreviewed { restored += 1 }
            claims[i] = kept
        }
        let here = Set((claims + orphans).map(\.id))
        for orphan in base.orphans where !present.contains(orphan.id) && !here.contains(orphan.id) {
            orphans.append(orphan)
            restored += 1
        }
        return restored
    }
}

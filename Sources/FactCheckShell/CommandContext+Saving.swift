import FactCheckCore

/// `save`: atomic, serialised between processes, and merging when someone else saved the file meanwhile.
extension CommandContext {
    /// Writes the annotations to their file, or to `newPath` (which then becomes the session's file).
    ///
    /// Under the store's lock, the file on disk is compared with what this session loaded or last saved. If
    /// another editor saved in between, their file passes the store's door for annotation files (refused: nothing
    /// is written), is re-anchored on this article and merged claim by claim (`AnnotationMerge`): nothing of theirs
    /// is overwritten, and a claim both changed differently keeps both verdicts in its `conflict` for `check` to
    /// report until an editor decides.
    mutating func save(to newPath: String?) throws(ShellError) {
        let path = newPath ?? session.annotationPath
        let store = environment.store
        var session = self.session
        var notes: [String] = []
        var result = SaveResult.unchanged
        do {
            try store.whileLocked(path) { () throws(StoreError) in
                let onDisk = try store.read(path)
                let expected = newPath == nil ? session.diskBytes : nil
                if let onDisk, onDisk != expected {
                    notes = try mergeWithDisk(onDisk, path: path, into: &session)
                }
                let text = AnnotationCodec.encode(session.annotations)
                result = try store.save(text, to: path)
                session.markSaved(bytes: Array(text.utf8), path: path)
            }
        } catch {
            throw .saveFailed(error.message)
        }
        self.session = session
        environment.journal.discard()
        for note in notes { print(note) }
        let shown = TerminalText.visible(path)
        switch result {
        case .written:
            let count = session.annotations.claims.count
            print("Saved \(count) claim\(count == 1 ? "" : "s") to \(shown).")
        case .unchanged: print("\(shown) is up to date.")
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
        let anchored = AnnotationSet.reconcile(session.analysis, articlePath: session.articlePath, existing: theirs).annotations
        let merge = AnnotationMerge.merge(base: session.baseline, ours: session.annotations, theirs: anchored)
        session.adoptMerged(merge.merged, theirs: anchored)
        var notes = ["\(shown) was saved by someone else since you opened it: their changes and yours were merged claim by claim."]
        for conflict in merge.conflicts {
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

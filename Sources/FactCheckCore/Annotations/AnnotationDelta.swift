/// What one edit changed in an annotation set, both ways: the changed claims with their indices and their states
/// before and after, and the other parts only when they changed. What an undo history keeps instead of whole sets.
///
/// A claim's history is append-only, so a change keeps only the entries after those both states share: a session
/// of many edits of one claim keeps each new entry once, not the history so far once per edit.
///
/// - Complexity: made in O(*n* / `ClaimList.chunkSize`) plus the changed chunks when the two sets share
///   structure (one set edited into the other); undone and redone in O(changed claims).
public struct AnnotationDelta: Sendable {
    /// A claim that changed in place.
    public struct ClaimChange: Sendable {
        /// Its index in `claims`.
        public var index: Int
        /// How many entries of its history both states share.
        public var keptHistory: Int
        /// The claim before the edit, its history reduced to the entries after the shared ones.
        public var before: ClaimAnnotation
        /// The claim after the edit, its history reduced to the entries after the shared ones.
        public var after: ClaimAnnotation

        /// The change from `before` to `after` at `index`.
        init(index: Int, before: ClaimAnnotation, after: ClaimAnnotation) {
            self.index = index
            keptHistory = ClaimChange.sharedHistory(before, after)
            self.before = before
            self.before.history = ChunkedList(before.history[keptHistory...])
            self.after = after
            self.after.history = ChunkedList(after.history[keptHistory...])
        }

        /// How many entries, from the first, the two claims' histories have in common.
        static func sharedHistory(_ a: ClaimAnnotation, _ b: ClaimAnnotation) -> Int {
            a.history.sharedPrefixCount(with: b.history)
        }

        /// `state` (with `current` history at this index) made whole again: the shared entries, then the tail's.
        func restored(_ state: ClaimAnnotation, over current: ClaimAnnotation) -> ClaimAnnotation {
            var claim = state
            claim.history = current.history.keepingFirst(keptHistory) + state.history
            return claim
        }
    }

    /// Claims changed in place (when the claim list kept its length).
    public private(set) var claimChanges: [ClaimChange] = []
    /// The whole claim lists, when the list changed length.
    private var claims: (before: ClaimList, after: ClaimList)?
    private var updates: (before: [UpdateAnnotation], after: [UpdateAnnotation])?
    private var orphans: (before: [ClaimAnnotation], after: [ClaimAnnotation])?
    private var boundaries: (before: [ClaimBoundary], after: [ClaimBoundary])?
    private var article: (before: ArticleReference, after: ArticleReference)?
    private var extra: (before: [JSONMember], after: [JSONMember])?

    /// What changed from `old` to `new`; nil when nothing did.
    public init?(from old: AnnotationSet, to new: AnnotationSet) {
        if let indices = new.claims.indicesDiffering(from: old.claims) {
            claimChanges = indices.map { ClaimChange(index: $0, before: old.claims[$0], after: new.claims[$0]) }
        } else {
            claims = (old.claims, new.claims)
        }
        if old.updates != new.updates { updates = (old.updates, new.updates) }
        if old.orphans != new.orphans { orphans = (old.orphans, new.orphans) }
        if old.boundaries != new.boundaries { boundaries = (old.boundaries, new.boundaries) }
        if old.article != new.article { article = (old.article, new.article) }
        if old.extra != new.extra { extra = (old.extra, new.extra) }
        if claimChanges.isEmpty, claims == nil, updates == nil, orphans == nil, boundaries == nil, article == nil, extra == nil { return nil }
    }

    /// Turns the state after the edit back into the state before it.
    public func undo(_ set: inout AnnotationSet) {
        for change in claimChanges.reversed() { set.claims[change.index] = change.restored(change.before, over: set.claims[change.index]) }
        if let claims { set.claims = claims.before }
        if let updates { set.updates = updates.before }
        if let orphans { set.orphans = orphans.before }
        if let boundaries { set.boundaries = boundaries.before }
        if let article { set.article = article.before }
        if let extra { set.extra = extra.before }
    }

    /// Turns the state before the edit into the state after it.
    public func redo(_ set: inout AnnotationSet) {
        for change in claimChanges { set.claims[change.index] = change.restored(change.after, over: set.claims[change.index]) }
        if let claims { set.claims = claims.after }
        if let updates { set.updates = updates.after }
        if let orphans { set.orphans = orphans.after }
        if let boundaries { set.boundaries = boundaries.after }
        if let article { set.article = article.after }
        if let extra { set.extra = extra.after }
    }
}

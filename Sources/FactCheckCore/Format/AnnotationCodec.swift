/// Converts `AnnotationSet` to and from the JSON of format version 1 (see docs/FORMAT.md).
///
/// Members are written in a fixed, human order; members this version does not know are kept and written after
/// the known ones, so files from newer versions or other tools survive a save. Encoding is in
/// `AnnotationCodec+Encoding.swift`, decoding in `AnnotationCodec+Decoding.swift`; both name members only through
/// the key lists below, so the strict decoder knows every member the encoder writes.
public enum AnnotationCodec {
    /// The members of the file's root object.
    enum RootKey: String, AnnotationMemberKey { case format, version, article, claims, updates, orphans, boundaries; static let known = names() }
    /// The members of `article`.
    enum ArticleKey: String, AnnotationMemberKey { case path, sha256, language; static let known = names() }
    /// The members of a claim (in `claims` and `orphans`).
    enum ClaimKey: String, AnnotationMemberKey {
        case id, n, text, start, end, repeats, context, status, note, sources, by, at, review, conflict, dismissed, history
        static let known = names()
    }
    /// The members of a claim's `context`.
    enum ContextKey: String, AnnotationMemberKey { case prefix, suffix; static let known = names() }
    /// The members of a claim's `review` flag.
    enum ReviewKey: String, AnnotationMemberKey { case reason, update; static let known = names() }
    /// The members of one entry of a claim's `history`.
    enum HistoryKey: String, AnnotationMemberKey { case at, by, status, note, sources, event; static let known = names() }
    /// The members of a `conflict`, on a claim or on an update.
    enum ConflictKey: String, AnnotationMemberKey { case ours, theirs; static let known = names() }
    /// The members of one side of a claim's conflict.
    enum VerdictKey: String, AnnotationMemberKey { case status, note, sources, by, at; static let known = names() }
    /// The members of an update notice.
    enum UpdateKey: String, AnnotationMemberKey { case id, marker, text, start, end, issuer, relation, amends, unlinked, conflict; static let known = names() }
    /// The members of one side of an update's conflict.
    enum ReadingKey: String, AnnotationMemberKey { case relation, issuer, amends; static let known = names() }
    /// The members of one link in `amends`.
    enum AmendmentKey: String, AnnotationMemberKey { case claim, score, confirmed, by, at; static let known = names() }
    /// The members of an editor's correction of claim boundaries (`boundaries[i]`).
    enum BoundaryKey: String, AnnotationMemberKey { case split, word, join; static let known = names() }
    /// The members of one journal line (`EditRecord`).
    enum EditRecordKey: String, AnnotationMemberKey { case claims, updates, boundaries, removed; static let known = names() }
}

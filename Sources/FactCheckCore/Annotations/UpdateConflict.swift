/// The part of an update notice an editor decides: how it bears on the article, who issued it, which claims it amends.
public struct UpdateReading: Equatable, Sendable {
    /// The relation.
    public var relation: UpdateRelation
    /// The issuer, when known.
    public var issuer: String?
    /// The links to amended claims.
    public var amends: [Amendment]
    /// Inside a conflict: members written by a newer version or another tool, kept as they are.
    public var extra: [JSONMember] = []

    /// Creates a reading.
    public init(relation: UpdateRelation, issuer: String?, amends: [Amendment]) {
        self.relation = relation
        self.issuer = issuer
        self.amends = amends
    }
}

/// Two readings of one update notice that a merge could not reconcile (a different relation or issuer, or a link
/// one side removed while the other changed it): both kept until an editor decides.
///
/// While an update carries a conflict its own relation and issuer are the merge base's, and its links hold every
/// link either side kept.
public struct UpdateConflict: Equatable, Sendable {
    /// The reading on the side being merged into.
    public var ours: UpdateReading
    /// The reading on the side being merged in.
    public var theirs: UpdateReading
    /// Members written by a newer version or another tool, kept as they are.
    public var extra: [JSONMember] = []

    /// Creates a conflict.
    public init(ours: UpdateReading, theirs: UpdateReading) {
        self.ours = ours
        self.theirs = theirs
    }
}

/// An editor-confirmable link from an update to a claim it amends.
public struct Amendment: Equatable, Sendable {
    /// The amended claim's id.
    public var claim: String
    /// The linker's similarity score, 0…1.
    public var score: Double
    /// Whether an editor confirmed the link (otherwise it is a suggestion).
    public var confirmed: Bool
    /// Who confirmed it, when an editor did.
    public var by: String?
    /// When they confirmed it (ISO 8601).
    public var at: String?
    /// Members written by a newer version or another tool.
    public var extra: [JSONMember] = []

    /// Creates an amendment.
    public init(claim: String, score: Double, confirmed: Bool) {
        self.claim = claim
        self.score = score
        self.confirmed = confirmed
    }
}

/// An update notice as stored in an annotation file.
public struct UpdateAnnotation: Equatable, Sendable {
    /// Derived from the notice's text when first seen.
    public var id: String
    /// The marker as written ("MISE A JOUR").
    public var marker: String
    /// The notice's text after the marker.
    public var text: String
    /// Where the notice stands in the article.
    public var range: TextRange
    /// Who issued it, when the text says.
    public var issuer: String?
    /// How it bears on the claims it amends.
    public var relation: UpdateRelation
    /// The claims it amends, best link first.
    public var amends: [Amendment]
    /// Claims an editor unlinked from this notice: the linker never suggests them again.
    public var unlinked: [String] = []
    /// Set when a merge found two different readings of this notice; both are kept here until an editor decides.
    public var conflict: UpdateConflict? = nil
    /// Members written by a newer version or another tool.
    public var extra: [JSONMember] = []
}

extension UpdateAnnotation {
    /// The update's reading: relation, issuer and links.
    public var reading: UpdateReading {
        get { UpdateReading(relation: relation, issuer: issuer, amends: amends) }
        set {
            relation = newValue.relation
            issuer = newValue.issuer
            amends = newValue.amends
        }
    }
}

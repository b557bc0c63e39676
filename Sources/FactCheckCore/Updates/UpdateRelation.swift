/// How an update notice bears on the claims it amends.
public enum UpdateRelation: String, Sendable, CaseIterable {
    case denial, partialDenial = "partial-denial", retraction, correction, clarification, confirmation, addition
}

/// A claim as a diff names it: its reading number, id and text.
public struct ClaimReference: Equatable, Sendable {
    /// Reading number (in the newer file when the claim is in both).
    public var n: Int
    /// The claim's id.
    public var id: String
    /// The claim's text.
    public var text: String

    /// The reference to `claim`.
    public init(_ claim: ClaimAnnotation) {
        (n, id, text) = (claim.n, claim.id, claim.text)
    }
}

extension ClaimReference {
    /// `#3 "C'était le projet Andromède, doté d'une…"`.
    public var label: String { TextPreview.claimLabel(n: n, text: text) }
}

/// An editor's change to one claim.
public enum ClaimEdit: Equatable, Sendable {
    /// Mark verified, optionally with a note (nil keeps the note).
    case verify(note: String?)
    /// Mark disputed, optionally with a note (nil keeps the note).
    case dispute(note: String?)
    /// Mark sourced and add these sources.
    case source([String])
    /// Set the note, keeping the status.
    case note(String)
    /// Back to unreviewed: no note, no sources.
    case reset
    /// Take a whole verdict (status, note, sources): how a merge conflict is settled.
    case adopt(ClaimVerdict)
}

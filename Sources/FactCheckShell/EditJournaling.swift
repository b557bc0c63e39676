import FactCheckCore

/// Records each acknowledged edit durably before the shell says it is done, so a crash loses none.
public protocol EditJournaling: AnyObject, Sendable {
    /// Appends `record` and syncs it to disk.
    func record(_ record: EditRecord) throws(StoreError)
    /// Forgets the recorded edits: they were saved, or the editor chose to discard them.
    func discard()
    /// Forgets the recorded edits (just saved) and journals later ones for `annotationPath`, whose bytes are now
    /// `savedBytes`: after `save FILE` the journal follows the session to FILE.
    func follow(_ annotationPath: String, savedBytes: [UInt8])
}

/// A journal that records nothing (tests that do not exercise recovery, and read-only uses).
public final class NoJournal: EditJournaling {
    /// Creates a journal that records nothing.
    public init() {}
    public func record(_ record: EditRecord) throws(StoreError) {}
    public func discard() {}
    public func follow(_ annotationPath: String, savedBytes: [UInt8]) {}
}

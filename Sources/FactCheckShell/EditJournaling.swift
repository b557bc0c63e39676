import FactCheckCore

/// Records each acknowledged edit durably before the shell says it is done, so a crash loses none.
public protocol EditJournaling: AnyObject, Sendable {
    /// Appends `record` and syncs it to disk.
    func record(_ record: EditRecord) throws(StoreError)
    /// Forgets the recorded edits: they were saved, or the editor chose to discard them.
    func discard()
}

/// A journal that records nothing (tests that do not exercise recovery, and read-only uses).
public final class NoJournal: EditJournaling {
    /// Creates a journal that records nothing.
    public init() {}
    public func record(_ record: EditRecord) throws(StoreError) {}
    public func discard() {}
}

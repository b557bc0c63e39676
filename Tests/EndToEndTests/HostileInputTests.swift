import Testing

/// Hostile inputs, generated in the test: each gets its documented outcome (exit status and a message naming the
/// file), and none may crash the program, hang it past 10 s, put a raw control byte on the terminal, or change an
/// input file. See `HostileRun` for what is checked on every run.
@Suite("Hostile input (real binary)")
struct HostileInputTests {
    /// Articles: `claims`, `sentences` and the shell.
    @Test("Articles that are not text, in other encodings, or full of escapes", arguments: HostileArticles.all)
    func article(_ hostile: HostileCase) throws {
        try hostile.check()
    }

    /// Annotation files: the shell and `check`.
    @Test("Annotation files that are broken, ambiguous, too deep, from the future or hostile", arguments: HostileAnnotationFiles.all)
    func annotationFile(_ hostile: HostileCase) throws {
        try hostile.check()
    }

    /// Journals: the next session's recovery.
    @Test("Journals left by killed sessions: torn, garbage, hostile", arguments: HostileJournals.all)
    func journal(_ hostile: HostileCase) throws {
        try hostile.check()
    }

    /// Paths: every command that reads or writes them.
    @Test("Symlinks, FIFOs, devices, directories, read-only files and directories, hostile names", arguments: HostilePaths.all)
    func path(_ hostile: HostileCase) throws {
        try hostile.check()
    }
}

import FactCheckCore

extension ShellCommand {
    /// Every command, in the order `help` lists them. Dispatch, help and completion all read this one table.
    public static let all: [ShellCommand] = [
        ShellCommand(
            name: "list", aliases: ["ls"], arguments: "[STATUS]",
            summary: "List claims, optionally only those with STATUS",
            details: "STATUS is one of unreviewed, verified, disputed, sourced, or 'review' for claims flagged for re-review.",
            completion: [.status], required: [], maximum: 1, run: { context, args throws(ShellError) in
                try context.list(filter: args.first)
                return .proceed
            }),
        ShellCommand(
            name: "show", aliases: ["s"], arguments: "N",
            summary: "Show claim N in full: text, verdict, note, sources, history, updates",
            details: "N is the claim's number, or its id (c-…).",
            completion: [.claim], required: ["claim number"], maximum: 1, run: { context, args throws(ShellError) in
                try context.show(args[0])
                return .proceed
            }),
        ShellCommand(
            name: "next", aliases: ["n"], arguments: "",
            summary: "Show the next unreviewed claim",
            details: "Starts after the claim last shown or edited, and wraps around.",
            completion: [], required: [], maximum: 0, run: { context, _ throws(ShellError) in
                context.showNext()
                return .proceed
            }),
        ShellCommand(
            name: "find", aliases: ["search"], arguments: "TEXT",
            summary: "List claims containing TEXT (case and accents ignored)",
            details: "Example: find grand emprunt",
            completion: [], required: ["text"], maximum: nil, run: { context, args throws(ShellError) in
                try context.find(args.joined(separator: " "))
                return .proceed
            }),
        ShellCommand(
            name: "verify", aliases: ["v"], arguments: "N [NOTE]",
            summary: "Mark claim N verified, with an optional note",
            details: "Quote a note with spaces, or write it unquoted after the number: verify 3 \"checked with the ministry\".",
            completion: [.claim], required: ["claim number"], maximum: nil, run: { context, args throws(ShellError) in
                try context.edit(args[0], command: "verify", .verify(note: note(args)))
                return .proceed
            }),
        ShellCommand(
            name: "dispute", aliases: ["d"], arguments: "N [NOTE]",
            summary: "Mark claim N disputed, with an optional note",
            details: "Example: dispute 2 wrong figure",
            completion: [.claim], required: ["claim number"], maximum: nil, run: { context, args throws(ShellError) in
                try context.edit(args[0], command: "dispute", .dispute(note: note(args)))
                return .proceed
            }),
        ShellCommand(
            name: "source", aliases: [], arguments: "N SOURCE…",
            summary: "Mark claim N sourced and add one or more sources",
            details: "Each argument is one source; quote sources with spaces: source 3 \"Le Monde Informatique\" https://…",
            completion: [.claim], required: ["claim number", "source"], maximum: nil, run: { context, args throws(ShellError) in
                try context.edit(args[0], command: "source", .source(Array(args.dropFirst())))
                return .proceed
            }),
        ShellCommand(
            name: "note", aliases: [], arguments: "N TEXT",
            summary: "Set the note of claim N, keeping its verdict",
            details: "The rest of the line is the note.",
            completion: [.claim], required: ["claim number", "note text"], maximum: nil, run: { context, args throws(ShellError) in
                try context.edit(args[0], command: "note", .note(args.dropFirst().joined(separator: " ")))
                return .proceed
            }),
        ShellCommand(
            name: "reset", aliases: [], arguments: "N",
            summary: "Set claim N back to unreviewed, clearing its note and sources",
            details: "The history keeps every earlier verdict.",
            completion: [.claim], required: ["claim number"], maximum: 1, run: { context, args throws(ShellError) in
                try context.edit(args[0], command: "reset", .reset)
                return .proceed
            }),
        ShellCommand(
            name: "resolve", aliases: [], arguments: "N ours|theirs",
            summary: "Settle a merge conflict on claim N by taking one side's verdict",
            details: "After a merge, a claim two editors judged differently keeps both verdicts ('show N' lists them). "
                + "'resolve N ours' or 'resolve N theirs' takes one as a new verdict; any other verdict command settles it too.",
            completion: [.claim, .side], required: ["claim number", "side (ours or theirs)"], maximum: 2, run: { context, args throws(ShellError) in
                try context.resolve(args[0], side: args[1])
                return .proceed
            }),
        ShellCommand(
            name: "updates", aliases: ["u"], arguments: "",
            summary: "List update notices and the claims they amend",
            details: "Each link shows its score and whether an editor confirmed it.",
            completion: [], required: [], maximum: 0, run: { context, _ throws(ShellError) in
                context.listUpdates()
                return .proceed
            }),
        ShellCommand(
            name: "compare", aliases: [], arguments: "U",
            summary: "Show update U beside each claim it amends, with what differs",
            details: "U is the update's number (1, 2…) or id (u-…). Names, numbers and terms found only on one side are listed.",
            completion: [.update], required: ["update"], maximum: 1, run: { context, args throws(ShellError) in
                try context.compare(args[0])
                return .proceed
            }),
        ShellCommand(
            name: "link", aliases: [], arguments: "U N [RELATION]",
            summary: "Confirm that update U amends claim N (optionally setting its relation)",
            details: "RELATION is one of denial, partial-denial, retraction, correction, clarification, confirmation, addition.",
            completion: [.update, .claim, .relation], required: ["update", "claim number"], maximum: 3, run: { context, args throws(ShellError) in
                try context.link(args[0], args[1], relation: args.count > 2 ? args[2] : nil)
                return .proceed
            }),
        ShellCommand(
            name: "unlink", aliases: [], arguments: "U N",
            summary: "Record that update U does not amend claim N",
            details: "The link is removed and will not be suggested again; a re-review flag it caused is lifted.",
            completion: [.update, .claim], required: ["update", "claim number"], maximum: 2, run: { context, args throws(ShellError) in
                try context.unlink(args[0], args[1])
                return .proceed
            }),
        ShellCommand(
            name: "orphans", aliases: [], arguments: "",
            summary: "List annotations whose claim is no longer in the article",
            details: "Orphans keep their verdict, note and history in the file; they come back if their text returns.",
            completion: [], required: [], maximum: 0, run: { context, _ throws(ShellError) in
                context.listOrphans()
                return .proceed
            }),
        ShellCommand(
            name: "undo", aliases: [], arguments: "",
            summary: "Undo the last edit",
            details: "Edits since the session started can be undone one by one; saving does not clear them.",
            completion: [], required: [], maximum: 0, run: { context, _ throws(ShellError) in
                guard context.session.undo() else { throw .nothingToUndo }
                context.print("Undone.")
                return .proceed
            }),
        ShellCommand(
            name: "redo", aliases: [], arguments: "",
            summary: "Redo the last undone edit",
            details: "A new edit after an undo clears what could be redone.",
            completion: [], required: [], maximum: 0, run: { context, _ throws(ShellError) in
                guard context.session.redo() else { throw .nothingToRedo }
                context.print("Redone.")
                return .proceed
            }),
        ShellCommand(
            name: "save", aliases: ["w"], arguments: "[FILE]",
            summary: "Write the annotations to their file (or to FILE, which becomes the session's file)",
            details: "The file is replaced atomically; saving with no change rewrites nothing. If someone else saved the "
                + "file since you opened it, both editors' changes are merged claim by claim and conflicts are kept.",
            completion: [], required: [], maximum: 1, run: { context, args throws(ShellError) in
                try context.save(to: args.first)
                return .proceed
            }),
        ShellCommand(
            name: "quit", aliases: ["exit", "q"], arguments: "[--discard]",
            summary: "Leave the shell (asks about unsaved changes)",
            details: "With unsaved changes a terminal session asks whether to save; a script must 'save' first or pass --discard.",
            completion: [], required: [], maximum: 1, run: { _, args throws(ShellError) in
                if let flag = args.first, flag != "--discard" {
                    throw .tooManyArguments(command: "quit", usage: "quit [--discard]")
                }
                return .quit(discard: !args.isEmpty)
            }),
        ShellCommand(
            name: "help", aliases: ["?"], arguments: "[VERB]",
            summary: "List commands, or explain one",
            details: "Tab completes commands, claim numbers and statuses; Up and Down recall earlier lines.",
            completion: [.command], required: [], maximum: 1, run: { context, args throws(ShellError) in
                try context.help(args.first)
                return .proceed
            }),
    ]

    /// The command named `word` (name or alias).
    public static func named(_ word: String) -> ShellCommand? {
        all.first { $0.name == word || $0.aliases.contains(word) }
    }

    /// Every name and alias.
    static var allNames: [String] { all.flatMap { [$0.name] + $0.aliases } }
}

/// The note of `verify N NOTE…`: the words after the number, or nil to keep the existing note.
private func note(_ args: [String]) -> String? {
    args.count > 1 ? args.dropFirst().joined(separator: " ") : nil
}

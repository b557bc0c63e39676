import FactCheckCore

extension ShellCommand {
    /// Every command, in the order `help` lists them. Dispatch, help and completion all read this one table.
    public static let all: [ShellCommand] = [
        ShellCommand(
            name: "list", aliases: ["ls"], parameters: [CommandParameter("STATUS", .status, .optional)],
            summary: "List claims, optionally only those with STATUS",
            details: "STATUS is one of unreviewed, verified, disputed, sourced, or 'review' for claims flagged for re-review.",
            run: { context, args throws(ShellError) in
                try context.list(filter: args.optional(0))
                return .proceed
            }),
        ShellCommand(
            name: "show", aliases: ["s"], parameters: [.claim],
            summary: "Show claim N in full: text, verdict, note, sources, history, updates",
            details: "N is the claim's number, or its id (c-…).",
            run: { context, args throws(ShellError) in
                try context.show(args[0])
                return .proceed
            }),
        ShellCommand(
            name: "next", aliases: ["n"], parameters: [],
            summary: "Show the next unreviewed claim",
            details: "Starts after the claim last shown or edited, and wraps around.",
            run: { context, _ throws(ShellError) in
                context.showNext()
                return .proceed
            }),
        ShellCommand(
            name: "find", aliases: ["search"], parameters: [CommandParameter("TEXT", .text, .rest)],
            summary: "List claims containing TEXT (case and accents ignored)",
            details: "Example: find grand emprunt",
            run: { context, args throws(ShellError) in
                try context.find(args.text(from: 0) ?? "")
                return .proceed
            }),
        ShellCommand(
            name: "verify", aliases: ["v"], parameters: [.claim, CommandParameter("NOTE", .text, .optionalRest)],
            summary: "Mark claim N verified, with an optional note",
            details: "Quote a note with spaces, or write it unquoted after the number: verify 3 \"checked with the ministry\".",
            run: { context, args throws(ShellError) in
                try context.edit(args[0], command: "verify", .verify(note: args.text(from: 1)))
                return .proceed
            }),
        ShellCommand(
            name: "dispute", aliases: ["d"], parameters: [.claim, CommandParameter("NOTE", .text, .optionalRest)],
            summary: "Mark claim N disputed, with an optional note",
            details: "Example: dispute 2 wrong figure",
            run: { context, args throws(ShellError) in
                try context.edit(args[0], command: "dispute", .dispute(note: args.text(from: 1)))
                return .proceed
            }),
        ShellCommand(
            name: "source", aliases: [], parameters: [.claim, CommandParameter("SOURCE", .text, .oneOrMore)],
            summary: "Mark claim N sourced and add one or more sources",
            details: "Each argument is one source; quote sources with spaces: source 3 \"Le Monde Informatique\" https://…",
            run: { context, args throws(ShellError) in
                try context.edit(args[0], command: "source", .source(args.list(from: 1)))
                return .proceed
            }),
        ShellCommand(
            name: "note", aliases: [], parameters: [.claim, CommandParameter("TEXT", .text, .rest, label: "note text")],
            summary: "Set the note of claim N, keeping its verdict",
            details: "The rest of the line is the note.",
            run: { context, args throws(ShellError) in
                try context.edit(args[0], command: "note", .note(args.text(from: 1) ?? ""))
                return .proceed
            }),
        ShellCommand(
            name: "reset", aliases: [], parameters: [.claim],
            summary: "Set claim N back to unreviewed, clearing its note and sources",
            details: "The history keeps every earlier verdict.",
            run: { context, args throws(ShellError) in
                try context.edit(args[0], command: "reset", .reset)
                return .proceed
            }),
        ShellCommand(
            name: "resolve", aliases: [], parameters: [.claim, CommandParameter("ours|theirs", .side, label: "side (ours or theirs)")],
            summary: "Settle a merge conflict on claim N by taking one side's verdict",
            details: "After a merge, a claim two editors judged differently keeps both verdicts ('show N' lists them). "
                + "'resolve N ours' or 'resolve N theirs' takes one as a new verdict; any other verdict command settles it too.",
            run: { context, args throws(ShellError) in
                try context.resolve(args[0], side: args[1])
                return .proceed
            }),
        ShellCommand(
            name: "updates", aliases: ["u"], parameters: [],
            summary: "List update notices and the claims they amend",
            details: "Each link shows its score and whether an editor confirmed it.",
            run: { context, _ throws(ShellError) in
                context.listUpdates()
                return .proceed
            }),
        ShellCommand(
            name: "compare", aliases: [], parameters: [.update],
            summary: "Show update U beside each claim it amends, with what differs",
            details: "U is the update's number (1, 2…) or id (u-…). Names, numbers and terms found only on one side are listed.",
            run: { context, args throws(ShellError) in
                try context.compare(args[0])
                return .proceed
            }),
        ShellCommand(
            name: "link", aliases: [], parameters: [.update, .claim, CommandParameter("RELATION", .relation, .optional)],
            summary: "Confirm that update U amends claim N (optionally setting its relation)",
            details: "RELATION is one of denial, partial-denial, retraction, correction, clarification, confirmation, addition.",
            run: { context, args throws(ShellError) in
                try context.link(args[0], args[1], relation: args.optional(2))
                return .proceed
            }),
        ShellCommand(
            name: "unlink", aliases: [], parameters: [.update, .claim],
            summary: "Record that update U does not amend claim N",
            details: "The link is removed and will not be suggested again; a re-review flag it caused is lifted.",
            run: { context, args throws(ShellError) in
                try context.unlink(args[0], args[1])
                return .proceed
            }),
        ShellCommand(
            name: "orphans", aliases: [], parameters: [],
            summary: "List annotations whose claim is no longer in the article",
            details: "Orphans keep their verdict, note and history in the file; they come back if their text returns.",
            run: { context, _ throws(ShellError) in
                context.listOrphans()
                return .proceed
            }),
        ShellCommand(
            name: "undo", aliases: [], parameters: [],
            summary: "Undo the last edit",
            details: "Edits since the session started can be undone one by one; saving does not clear them.",
            run: { context, _ throws(ShellError) in
                guard context.session.undo() else { throw .nothingToUndo }
                context.print("Undone.")
                return .proceed
            }),
        ShellCommand(
            name: "redo", aliases: [], parameters: [],
            summary: "Redo the last undone edit",
            details: "A new edit after an undo clears what could be redone.",
            run: { context, _ throws(ShellError) in
                guard context.session.redo() else { throw .nothingToRedo }
                context.print("Redone.")
                return .proceed
            }),
        ShellCommand(
            name: "save", aliases: ["w"], parameters: [CommandParameter("FILE", .file, .optional)],
            summary: "Write the annotations to their file (or to FILE, which becomes the session's file)",
            details: "The file is replaced atomically; saving with no change rewrites nothing. If someone else saved the "
                + "file since you opened it, both editors' changes are merged claim by claim and conflicts are kept.",
            run: { context, args throws(ShellError) in
                try context.save(to: args.optional(0))
                return .proceed
            }),
        ShellCommand(
            name: "quit", aliases: ["exit", "q"], parameters: [CommandParameter("--discard", .flag, .optional)],
            summary: "Leave the shell (asks about unsaved changes)",
            details: "With unsaved changes a terminal session asks whether to save; a script must 'save' first or pass --discard.",
            run: { _, args throws(ShellError) in
                if let flag = args.optional(0), flag != "--discard" {
                    throw .tooManyArguments(command: "quit", usage: "quit [--discard]")
                }
                return .quit(discard: args.count > 0)
            }),
        ShellCommand(
            name: "help", aliases: ["?"], parameters: [CommandParameter("VERB", .command, .optional)],
            summary: "List commands, or explain one",
            details: "Tab completes commands, claim numbers and statuses; Up and Down recall earlier lines.",
            run: { context, args throws(ShellError) in
                try context.help(args.optional(0))
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

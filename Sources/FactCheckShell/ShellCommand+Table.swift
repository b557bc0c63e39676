import FactCheckCore

extension ShellCommand {
    /// Every command, in the order `help` lists them. Dispatch, help and completion all read this one table.
    public static let all: [ShellCommand] = [
        ShellCommand(
            name: "list", aliases: ["ls"], parameters: [CommandParameter("STATUS", .status, .optional)],
            summary: "List claims, optionally only those with STATUS",
            details: "STATUS is one of unreviewed, verified, disputed, sourced, 'review' for claims flagged for re-review, or 'dismissed'.",
            run: { context, args throws(ShellError) in
                try context.list(filter: args.optional(0))
                return .proceed
            }),
        ShellCommand(
            name: "show", aliases: ["s"], parameters: [.currentClaim],
            summary: "Show claim N in full (and make it current): text, verdict, note, sources, history, updates",
            details: "N is the claim's number, or its id (c-…); without N, the current claim.",
            run: { context, args throws(ShellError) in
                try context.show(args[0])
                return .proceed
            }),
        ShellCommand(
            name: "next", aliases: ["n"], parameters: [CommandParameter("unreviewed|review", .side, .optional, label: "which claims")],
            summary: "Show the next claim to review (unreviewed or flagged) and make it current",
            details: "Starts after the current claim and wraps around at the end. 'next unreviewed' visits only unreviewed "
                + "claims, 'next review' only those flagged for re-review or in a merge conflict.",
            run: { context, args throws(ShellError) in
                try context.showNext(filter: args.optional(0))
                return .proceed
            }),
        ShellCommand(
            name: "prev", aliases: ["p"], parameters: [CommandParameter("unreviewed|review", .side, .optional, label: "which claims")],
            summary: "Show the previous claim to review and make it current",
            details: "As 'next', backwards: starts before the current claim and wraps around at the start.",
            run: { context, args throws(ShellError) in
                try context.showNext(filter: args.optional(0), backwards: true)
                return .proceed
            }),
        ShellCommand(
            name: "goto", aliases: ["g"], parameters: [.claim],
            summary: "Make claim N current without showing it in full",
            details: "Verbs whose claim is left out (verify, dispute, source, note, reset, accept) then apply to it.",
            run: { context, args throws(ShellError) in
                try context.goto(args[0])
                return .proceed
            }),
        ShellCommand(
            name: "read", aliases: ["r"], parameters: [CommandParameter("PARAGRAPH", .text, .optional, label: "paragraph number")],
            summary: "Read the article as written, each claim marked with its number and verdict",
            details: "Paragraph by paragraph (¶1, ¶2…), or only PARAGRAPH. A claim is marked [N] while unreviewed, [N✓] verified, "
                + "[N✗] disputed, [N§] sourced, [N–] dismissed, with ! when flagged for re-review; update notices and "
                + "page furniture are set off under their own headings.",
            run: { context, args throws(ShellError) in
                try context.read(args.optional(0))
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
            name: "verify", aliases: ["v"], parameters: [.currentClaim, CommandParameter("NOTE", .text, .optionalRest)],
            summary: "Mark claim N (or the current claim) verified, with an optional note",
            details: "Without N, the current claim. Quote a note with spaces or not: the note is the rest of the line as typed, inner quotes included "
                + "(verify 3 il a dit \"non\"); one quoted word is taken without its quotes (verify 3 \"checked with the ministry\"). "
                + "A note that starts with a number must follow N: verify 3 12 millions confirmed.",
            run: { context, args throws(ShellError) in
                try context.edit(args[0], command: "verify", .verify(note: args.verbatim(from: 1)))
                return .proceed
            }),
        ShellCommand(
            name: "dispute", aliases: ["d"], parameters: [.currentClaim, CommandParameter("NOTE", .text, .optionalRest)],
            summary: "Mark claim N (or the current claim) disputed, with an optional note",
            details: "The note is taken as for verify. Example: dispute 2 wrong figure",
            run: { context, args throws(ShellError) in
                try context.edit(args[0], command: "dispute", .dispute(note: args.verbatim(from: 1)))
                return .proceed
            }),
        ShellCommand(
            name: "source", aliases: ["src"], parameters: [.currentClaim, CommandParameter("SOURCE", .text, .oneOrMore)],
            summary: "Mark claim N (or the current claim) sourced and add one or more sources",
            details: "Each argument is one source; quote sources with spaces: source 3 \"Le Monde Informatique\" https://… "
                + "Unquoted words that look like one citation split on spaces get a warning ('undo', then quote it).",
            run: { context, args throws(ShellError) in
                try context.edit(args[0], command: "source", .source(args.list(from: 1)))
                context.warnIfSplitCitation(args.unquoted(from: 1))
                return .proceed
            }),
        ShellCommand(
            name: "note", aliases: [], parameters: [.currentClaim, CommandParameter("TEXT", .text, .rest, label: "note text")],
            summary: "Set the note of claim N (or the current claim), keeping its verdict",
            details: "The rest of the line is the note, as typed (one quoted word loses its quotes).",
            run: { context, args throws(ShellError) in
                try context.edit(args[0], command: "note", .note(args.verbatim(from: 1) ?? ""))
                return .proceed
            }),
        ShellCommand(
            name: "reset", aliases: [], parameters: [.currentClaim],
            summary: "Set claim N (or the current claim) back to unreviewed, clearing its note and sources",
            details: "The history keeps every earlier verdict.",
            run: { context, args throws(ShellError) in
                try context.edit(args[0], command: "reset", .reset)
                return .proceed
            }),
        ShellCommand(
            name: "unsource", aliases: [], parameters: [.claim, CommandParameter("SOURCE|K", .text, label: "source (as written, or its number)")],
            summary: "Remove one source of claim N, named as written or by its number K",
            details: "Sources are numbered from 1 as 'show N' lists them. A sourced claim left with no source goes back to unreviewed.",
            run: { context, args throws(ShellError) in
                try context.unsource(args[0], source: args[1])
                return .proceed
            }),
        ShellCommand(
            name: "dismiss", aliases: [], parameters: [.currentClaim, CommandParameter("REASON", .text, .optionalRest)],
            summary: "Set claim N (or the current claim) aside as not a claim: furniture, a heading, an opinion",
            details: "The claim stays in the file with its reason, verdict and history, and counts in no progress; "
                + "'next' skips it. REASON is the rest of the line (default: not a claim).",
            run: { context, args throws(ShellError) in
                try context.dismiss(args[0], reason: args.verbatim(from: 1))
                return .proceed
            }),
        ShellCommand(
            name: "undismiss", aliases: [], parameters: [.currentClaim],
            summary: "Make a dismissed claim N (or the current claim) a claim again",
            details: "Its verdict, note and sources are as they were when it was dismissed.",
            run: { context, args throws(ShellError) in
                try context.undismiss(args[0])
                return .proceed
            }),
        ShellCommand(
            name: "split", aliases: [], parameters: [.currentClaim, CommandParameter("WORD", .text, .optional)],
            summary: "Cut claim N (or the current claim) in two: at its first sentence boundary, or before WORD",
            details: "The first part keeps the claim's id, verdict and history; the second is a new unreviewed claim "
                + "with an id of its own. Later claims are renumbered. The cut is kept in the file and made again "
                + "whenever the article is read.",
            run: { context, args throws(ShellError) in
                try context.split(args[0], at: args.optional(1))
                return .proceed
            }),
        ShellCommand(
            name: "join", aliases: [], parameters: [.claim, CommandParameter("M", .claim, label: "second claim number")],
            summary: "Make claim N and the claim M right after it one claim",
            details: "The joined claim keeps N's id, verdict and history; links to M move to it. Refused when M has a "
                + "verdict, note or sources (reset it first), so that nothing is dropped.",
            run: { context, args throws(ShellError) in
                try context.join(args[0], args[1])
                return .proceed
            }),
        ShellCommand(
            name: "accept", aliases: ["a"], parameters: [.currentClaim],
            summary: "Apply the suggestion printed under claim N (or the current claim)",
            details: "A claim an update notice denies or corrects gets the suggestion 'dispute N', one it confirms 'verify N'; "
                + "accept applies it, keeping the note.",
            run: { context, args throws(ShellError) in
                try context.accept(args[0])
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
            name: "link", aliases: [], parameters: [.update, .claims],
            summary: "Confirm that update U amends claims N… (a last word RELATION sets the notice's relation)",
            details: "N… are numbers, ranges and lists (3 5-7 9,11) or ids. RELATION, last, is one of denial, partial-denial, "
                + "retraction, correction, clarification, confirmation, addition; it is the whole notice's relation.",
            run: { context, args throws(ShellError) in
                try context.link(args[0], args.list(from: 1))
                return .proceed
            }),
        ShellCommand(
            name: "unlink", aliases: [], parameters: [.update, .claims],
            summary: "Record that update U does not amend claims N…",
            details: "N… as for link. The links are removed and will not be suggested again; a re-review flag they caused is lifted.",
            run: { context, args throws(ShellError) in
                try context.unlink(args[0], args.list(from: 1))
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
                let label = context.session.lastEditLabel
                guard context.session.undo() else { throw .nothingToUndo }
                context.print("Undone: " + (label ?? "the last edit") + ".")
                return .proceed
            }),
        ShellCommand(
            name: "redo", aliases: [], parameters: [],
            summary: "Redo the last undone edit",
            details: "A new edit after an undo clears what could be redone.",
            run: { context, _ throws(ShellError) in
                let label = context.session.lastUndoneLabel
                guard context.session.redo() else { throw .nothingToRedo }
                context.print("Redone: " + (label ?? "the last undone edit") + ".")
                return .proceed
            }),
        ShellCommand(
            name: "set", aliases: [], parameters: [CommandParameter("progress", .flag, label: "setting"), CommandParameter("on|off", .side, label: "on or off")],
            summary: "Turn the progress line shown after every edit on or off",
            details: "On a terminal the progress line (reviewed/total, disputed, flagged, unsaved) is on; from a script it is "
                + "off unless the script turns it on.",
            run: { context, args throws(ShellError) in
                guard args[0] == "progress", args[1] == "on" || args[1] == "off" else {
                    throw .unknownSetting(UntrustedText(args[0] + " " + args[1]))
                }
                context.session.showsProgress = args[1] == "on"
                context.print("Progress line \(args[1]).")
                return .proceed
            }),
        ShellCommand(
            name: "save", aliases: ["w"], parameters: [CommandParameter("FILE", .file, .optional), CommandParameter("--force", .flag, .optional)],
            summary: "Write the annotations to their file (or to FILE, which becomes the session's file)",
            details: "The file is replaced atomically; saving with no change rewrites nothing. If someone else saved the "
                + "file since you opened it, both editors' changes are merged claim by claim and conflicts are kept. "
                + "'save FILE' saves as FILE in an existing folder; an annotation file already there is replaced only "
                + "with --force, which says what it replaced.",
            run: { context, args throws(ShellError) in
                let words = args.list(from: 0)
                try context.save(to: words.first { $0 != "--force" }, force: words.contains("--force"))
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

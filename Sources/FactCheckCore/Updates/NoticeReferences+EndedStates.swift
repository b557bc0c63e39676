/// Which state an update ends, and which sentences tell that state in words of their own.
///
/// "The highway reopened" ends a closure that the story tells as "I-81 north remains closed"; "The child has been
/// found" ends the search that "a search party was being formed for a missing four-year-old" tells. The two seldom
/// share a word, so the linker's shared-word scores never propose the one for the other. These families pair the
/// words of an ending with the words of the state it ends, so that `UpdateLinker` can offer such sentences to the
/// editor for comparison. They never make a link by themselves: a twelfth-session rule that linked a sentence
/// telling the state in other words linked another child still missing, another road still closed (19 wrong links
/// in a review's 61 probes); which state a sentence is about cannot be told from the state's words alone.
extension NoticeReferences {
    /// A kind of state and its ending: folded words that start a word of the ending in the update ("reopen" for
    /// "reopened"), and folded words that start a word telling the state in a sentence ("clos" for "closed",
    /// "closure"). Each is matched after a space, so "closed" is found in "remains closed" but "enclosed" is not.
    struct EndedState: Sendable {
        let endings: [String]
        let states: [String]
    }

    /// The kinds of state an update may end, French and English. An update is read for the endings only when
    /// `isResolution` says it ends a state: they are words of `resolutionCues`, or beside them ("traffic is moving
    /// again"), and say which kind it ends. Text is read as `NoticeBoundary.wordText` gives it: a hyphen as a space
    /// ("re-opened" as "re opened").
    static let endedStates: [EndedState] = [
        // A person sought, found.
        EndedState(endings: ["found", "located", "retrouve"],
                   states: ["missing", "search", "searching", "whereabouts", "last seen", "disappear", "amber alert",
                            "disparu", "disparition", "recherche", "appel a temoins"]),
        // A way or a place open again.
        EndedState(endings: ["reopen", "re open", "is open", "are open", "now open", "back open", "moving again", "traffic resumed",
                             "rouvert", "rouvre", "circulation a repris", "circulation est retablie"],
                   states: ["clos", "shut", "blocked", "ferme", "coupe", "bloque", "interdit"]),
        // A measure lifted.
        EndedState(endings: ["lifted", "leve", "all clear", "fin de l'alerte"],
                   states: ["advisory", "warning", "order", "lockdown", "lockout", "curfew", "shelter", "evacuat",
                            "boil", "alert", "confinement", "vigilance", "arrete", "interdiction", "restriction",
                            "bouillir", "consigne"]),
        // A service or a supply back.
        EndedState(endings: ["restored", "back up", "back online", "back to normal", "retabli", "de retour",
                             "retour a la normale"],
                   states: ["outage", "without power", "without service", "power out", "is down", "are down", "was down",
                            "were down", "been down", "went down", "goes down", "offline", "panne",
                            "coupure", "perturb", "prive", "disrupt"]),
        // What had stopped, going again.
        EndedState(endings: ["resumed", "a repris", "ont repris"],
                   states: ["halt", "suspend", "delay", "stopped", "interromp", "retard", "postpone", "report"]),
    ]

    /// `endedStates`' endings and states, each indexed once in one set (each phrase led by a space), with the kind
    /// of each phrase.
    static let endedStateEndings = KindedPhrases(endedStates.map(\.endings))
    static let endedStateStates = KindedPhrases(endedStates.map(\.states))

    /// Phrases of several kinds searched in one pass.
    struct KindedPhrases: Sendable {
        let phrases: PhraseSet
        let kinds: [Int]

        init(_ lists: [[String]]) {
            phrases = PhraseSet(lists.flatMap { $0.map { " " + $0 } })
            kinds = lists.indices.flatMap { kind in lists[kind].map { _ in kind } }
        }

        /// The kinds (indices into the lists given to `init`) with a phrase in `folded`, ascending.
        func kinds(in folded: [UInt8]) -> [Int] {
            Set(phrases.matches(in: folded).map { kinds[$0.phrase] }).sorted()
        }
    }

    /// The kinds of state (indices into `endedStates`) whose ending the text in `range` tells.
    /// - Complexity: O(n) in the range's length.
    static func endedStateKinds(_ scalars: ScalarText, _ range: TextRange) -> [Int] {
        endedStateEndings.kinds(in: NoticeBoundary.wordText(scalars, range))
    }

    /// The kinds of state (indices into `endedStates`) that the text in `range` tells.
    /// - Complexity: O(n) in the range's length.
    static func toldStateKinds(_ scalars: ScalarText, _ range: TextRange) -> [Int] {
        endedStateStates.kinds(in: NoticeBoundary.wordText(scalars, range))
    }
}

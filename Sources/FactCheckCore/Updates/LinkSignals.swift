/// The signals behind one candidate's score, as numbers: what `UpdateLinker` weighs, kept so that the evaluation can
/// learn weights from labelled pages (`notice-eval --candidate-lines dev`) and compare them with the hand-set ones.
public struct LinkSignals: Equatable, Sendable {
    /// The claim's idf mass the notice covers, 0…1 (counted in full from `UpdateLinker.fullCoverageWords` words).
    public var coverage = 0.0
    /// Shared idf mass `s` as `s / (s + strengthScale)`, 0…1.
    public var strength = 0.0
    /// Word pairs close together in both texts, at most three, over three.
    public var pairs = 0.0
    /// Two shared words, or one name, number or restated word: more than a coincidence.
    public var meaningful = false
    /// A shared word lies in what the notice quotes or restates ("an earlier version said X").
    public var restated = false
    /// The claim holds a number the notice says was wrong.
    public var replacedNumber = false
    /// A shared word is a name or a number.
    public var sharesSpecific = false
    /// How many words are shared, as log(1 + n) / log(9), at most 1.
    public var sharedWords = 0.0
    /// The headline or lede below a corrective notice at the top.
    public var top = false
    /// The claim an inline notice follows in the same paragraph.
    public var follows = false
    /// A time-bound or hedged claim the notice settles, written before the notice.
    public var settlesBefore = false
    /// The same below a notice at the top.
    public var settlesBelow = false
    /// The opening of the story a live update ends.
    public var ended = false
    /// The notice brings news (an addition or a confirmation).
    public var news = false
    /// News on the same story that the claim neither settles, restates nor follows.
    public var sameStory = false
    /// A summary at the top that already tells the news.
    public var summary = false
    /// A headline tagged as updated, above news.
    public var taggedHeadline = false
    /// The notice is an advisory line.
    public var advisory = false
    /// The claim is a fragment, not a sentence.
    public var fragment = false
    /// The claim is one of the first two (headline, lede).
    public var lede = false
    /// The claim stands before the notice.
    public var before = false
    /// Nearness in claims to where the notice stands: 1 / (1 + claims between).
    public var nearness = 0.0

    /// No signal.
    public init() {}

    /// The signals in a fixed order, booleans as 0 or 1 (the order of `names`).
    public var vector: [Double] {
        [coverage, strength, pairs, meaningful ? 1 : 0, restated ? 1 : 0, replacedNumber ? 1 : 0, sharesSpecific ? 1 : 0,
         sharedWords, top ? 1 : 0, follows ? 1 : 0, settlesBefore ? 1 : 0, settlesBelow ? 1 : 0, ended ? 1 : 0,
         news ? 1 : 0, sameStory ? 1 : 0, summary ? 1 : 0, taggedHeadline ? 1 : 0, advisory ? 1 : 0, fragment ? 1 : 0,
         lede ? 1 : 0, before ? 1 : 0, nearness]
    }

    /// The names of `vector`'s entries.
    public static let names = [
        "coverage", "strength", "pairs", "meaningful", "restated", "replacedNumber", "sharesSpecific", "sharedWords",
        "top", "follows", "settlesBefore", "settlesBelow", "ended", "news", "sameStory", "summary", "taggedHeadline",
        "advisory", "fragment", "lede", "before", "nearness",
    ]
}

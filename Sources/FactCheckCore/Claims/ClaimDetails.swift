/// What a checker looks for in a claim: the numbers it states, its dates, who it is attributed to, what it quotes.
///
/// Ranges are scalar offsets of the article (the claim's first occurrence).
public struct ClaimDetails: Equatable, Sendable {
    /// Numbers with their units ("285 millions d'euros", "1,5 %", "$100.00").
    public var numbers: [NumberMention]
    /// Dates and times, absolute or relative ("en 2011", "3 mars 2014", "l'an dernier", "14 h 30").
    public var dates: [DateMention]
    /// Attributions: the word that attributes ("selon", "expliquait", "said") and the named source, when there is one.
    public var attributions: [Attribution]
    /// Quotations, marks included in the range.
    public var quotes: [Quotation]

    /// Creates details; all empty by default.
    public init(numbers: [NumberMention] = [], dates: [DateMention] = [], attributions: [Attribution] = [], quotes: [Quotation] = []) {
        self.numbers = numbers
        self.dates = dates
        self.attributions = attributions
        self.quotes = quotes
    }
}

/// A number stated in a claim, with its scale and unit.
public struct NumberMention: Equatable, Sendable {
    /// The words as written, white space folded ("285 millions d'euros").
    public var text: String
    /// Where it is.
    public var range: TextRange
    /// Its value with the scale applied (285 millions → 285000000), when it can be read.
    public var value: Double?
    /// What is counted or measured ("euros", "%", "collaborateurs"), when stated.
    public var unit: String?

    /// Creates a number mention.
    public init(text: String, range: TextRange, value: Double?, unit: String?) {
        self.text = text
        self.range = range
        self.value = value
        self.unit = unit
    }
}

/// A date or time in a claim.
public struct DateMention: Equatable, Sendable {
    /// The words as written ("au printemps 2013" gives "printemps 2013").
    public var text: String
    /// Where it is.
    public var range: TextRange
    /// True for dates relative to the article's publication ("l'an dernier", "yesterday").
    public var isRelative: Bool

    /// Creates a date mention.
    public init(text: String, range: TextRange, isRelative: Bool) {
        self.text = text
        self.range = range
        self.isRelative = isRelative
    }
}

/// Who a claim (or part of it) is attributed to.
public struct Attribution: Equatable, Sendable {
    /// The attributing words as written ("selon", "expliquait", "avait-il assuré", "according to").
    public var cue: String
    /// The source named ("Le Monde Informatique", "le site économique"); nil for a pronoun or when unnamed.
    public var source: String?
    /// Where the cue is.
    public var range: TextRange

    /// Creates an attribution.
    public init(cue: String, source: String?, range: TextRange) {
        self.cue = cue
        self.source = source
        self.range = range
    }
}

/// A quotation in a claim.
public struct Quotation: Equatable, Sendable {
    /// The quoted words, without the marks, white space folded.
    public var text: String
    /// Where it is, marks included.
    public var range: TextRange

    /// Creates a quotation.
    public init(text: String, range: TextRange) {
        self.text = text
        self.range = range
    }
}

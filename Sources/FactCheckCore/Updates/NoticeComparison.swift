/// What a notice and a claim it amends have in common and where they differ: names, numbers and other terms.
///
/// Shown by the shell's `compare` so the editor sees at a glance what the notice changes.
public struct NoticeComparison: Equatable, Sendable {
    /// Terms (folded) found in both.
    public var shared: [String]
    /// Names (capitalised words) only in the claim.
    public var claimNames: [String]
    /// Names only in the notice.
    public var noticeNames: [String]
    /// Numbers only in the claim.
    public var claimNumbers: [String]
    /// Numbers only in the notice.
    public var noticeNumbers: [String]
    /// Other content terms only in the claim (as written).
    public var claimTerms: [String]
    /// Other content terms only in the notice (as written).
    public var noticeTerms: [String]

    /// Compares `notice` with `claim`.
    public init(notice: String, claim: String) {
        let n = Self.terms(notice), c = Self.terms(claim)
        let nKeys = Set(n.map(\.key)), cKeys = Set(c.map(\.key))
        shared = Self.unique(c.filter { nKeys.contains($0.key) }.map(\.written))
        func only(_ list: [Term], missingFrom keys: Set<String>, _ kind: Term.Kind) -> [String] {
            Self.unique(list.filter { $0.kind == kind && !keys.contains($0.key) }.map(\.written))
        }
        claimNames = only(c, missingFrom: nKeys, .name)
        noticeNames = only(n, missingFrom: cKeys, .name)
        claimNumbers = only(c, missingFrom: nKeys, .number)
        noticeNumbers = only(n, missingFrom: cKeys, .number)
        claimTerms = only(c, missingFrom: nKeys, .term)
        noticeTerms = only(n, missingFrom: cKeys, .term)
    }

    private struct Term {
        enum Kind { case name, number, term }
        var written: String
        var key: String
        var kind: Kind
    }

    /// Capitalised only because they start a sentence: not names.
    private static let commonStarters: Set<String> = [
        "le", "la", "les", "un", "une", "des", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "ce", "cette", "ces",
        "mais", "et", "en", "dans", "pour", "selon", "depuis", "apres", "avant", "c", "l", "d", "si", "quand", "alors", "ainsi",
        "the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "there", "but", "and",
        "in", "on", "at", "as", "if", "when", "after", "before", "according", "however",
    ]

    private static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }

    /// Content words with their kind; numbers keep their digits ("3 500" is one number).
    private static func terms(_ text: String) -> [Term] {
        var result: [Term] = []
        var word = String.UnicodeScalarView()
        var atSentenceStart = true
        var previousWasNumber = false
        var continuesName = false
        func flush(_ next: Unicode.Scalar?) {
            defer { word.removeAll() }
            guard let first = word.first else { return }
            let written = String(word)
            if word.allSatisfy(Scalars.isDigit) {
                if previousWasNumber, let last = result.last, last.kind == .number, word.count == 3 {
                    result[result.count - 1] = Term(written: last.written + " " + written, key: last.key + written, kind: .number)
                } else {
                    result.append(Term(written: written, key: written, kind: .number))
                }
                previousWasNumber = true
                atSentenceStart = false
                return
            }
            previousWasNumber = false
            defer { atSentenceStart = false }
            let capitalised = Scalars.isUpper(first) && !(atSentenceStart && commonStarters.contains(Scalars.folded(word)))
            // "Grand Emprunt", "Pierre Paperon": consecutive capitalised words are one name.
            defer { continuesName = capitalised }
            if capitalised, continuesName, let last = result.last, last.kind == .name {
                result[result.count - 1] = Term(written: last.written + " " + written, key: last.key + " " + Scalars.folded(word), kind: .name)
                return
            }
            if capitalised {
                result.append(Term(written: written, key: Scalars.folded(word), kind: .name))
                return
            }
            guard let key = ContentWords.tokens(written).first else { return }
            result.append(Term(written: written, key: key, kind: .term))
        }
        for scalar in text.unicodeScalars {
            if Scalars.isWordScalar(scalar) {
                word.append(scalar)
            } else {
                let wasSpaceBetweenDigits = scalar == " " && !word.isEmpty && word.allSatisfy(Scalars.isDigit)
                flush(scalar)
                // Only spaces (or a hyphen) between two capitalised words keep a name going.
                if !(scalar == " " || scalar == "-") { continuesName = false }
                if !wasSpaceBetweenDigits { previousWasNumber = false }
                if ".!?:".unicodeScalars.contains(scalar) { atSentenceStart = true }
            }
        }
        flush(nil)
        return result
    }
}

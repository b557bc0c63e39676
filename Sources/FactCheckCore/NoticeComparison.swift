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
            let tokens = ContentWords.tokens(written)
            defer { atSentenceStart = false }
            guard let key = tokens.first else { return }
            let kind: Term.Kind = Scalars.isUpper(first) && !atSentenceStart ? .name : .term
            result.append(Term(written: written, key: key, kind: kind))
        }
        for scalar in text.unicodeScalars {
            if Scalars.isWordScalar(scalar) {
                word.append(scalar)
            } else {
                let wasSpaceBetweenDigits = scalar == " " && !word.isEmpty && word.allSatisfy(Scalars.isDigit)
                flush(scalar)
                if !wasSpaceBetweenDigits { previousWasNumber = false }
                if ".!?:".unicodeScalars.contains(scalar) { atSentenceStart = true }
            }
        }
        flush(nil)
        return result
    }
}

/// The formats of ids and times in annotation files (the patterns of docs/annotations.schema.json).
///
/// Both are read on the UTF-8 bytes: every position of either pattern is an ASCII character, so a text with any
/// other character is refused whichever way it is counted, and `check` reads them for every claim of every file.
enum IDFormat {
    /// `prefix` then at least 8 lower-case hex digits, optionally "-N" (a collision's suffix).
    /// - Complexity: O(n) in the length of `id`, without allocating.
    static func isValid(_ id: String, prefix: String) -> Bool {
        let utf8 = id.utf8
        guard utf8.starts(with: prefix.utf8) else { return false }
        var i = utf8.index(utf8.startIndex, offsetBy: prefix.utf8.count)
        var hexDigits = 0
        while i != utf8.endIndex, isLowerHex(utf8[i]) {
            hexDigits += 1
            utf8.formIndex(after: &i)
        }
        guard hexDigits >= 8 else { return false }
        if i == utf8.endIndex { return true }
        guard utf8[i] == UInt8(ascii: "-") else { return false }
        utf8.formIndex(after: &i)
        let suffix = utf8[i...]
        return !suffix.isEmpty && suffix.allSatisfy(isDigit)
    }

    /// "YYYY-MM-DDTHH:MM:SSZ", optionally with fractional seconds, naming a real time: a month 01–12, a day that
    /// month has (29 February in leap years only), hours 00–23, minutes and seconds 00–59. Only UTC ("Z"): a time
    /// with an offset such as "+02:00" is refused, never normalised, so every door and every merge agree on it.
    /// - Complexity: O(n) in the length of `text`, without allocating.
    static func isTimestamp(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isTimestamp) ?? isTimestamp(Array(text.utf8))
    }

    private static func isTimestamp(_ s: some RandomAccessCollection<UInt8>) -> Bool {
        guard s.count >= 20, s.last == UInt8(ascii: "Z") else { return false }
        func at(_ offset: Int) -> UInt8 { s[s.index(s.startIndex, offsetBy: offset)] }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
        guard digits.allSatisfy({ isDigit(at($0)) }), at(4) == UInt8(ascii: "-"), at(7) == UInt8(ascii: "-"), at(10) == UInt8(ascii: "T"),
              at(13) == UInt8(ascii: ":"), at(16) == UInt8(ascii: ":") else { return false }
        func number(_ from: Int, _ count: Int) -> Int {
            (from..<(from + count)).reduce(0) { $0 * 10 + Int(at($1) - UInt8(ascii: "0")) }
        }
        let year = number(0, 4), month = number(5, 2), day = number(8, 2)
        guard (1...12).contains(month), number(11, 2) < 24, number(14, 2) < 60, number(17, 2) < 60 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else { return false }
        if s.count == 20 { return true }
        return at(19) == UInt8(ascii: ".") && s.count > 21 && s.dropFirst(20).dropLast().allSatisfy(isDigit)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func isLowerHex(_ byte: UInt8) -> Bool { isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f")) }
}

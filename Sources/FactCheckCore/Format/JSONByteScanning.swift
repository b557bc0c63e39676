/// The byte-level steps of reading JSON that `JSONParser` (strict, with messages) and `AnnotationByteReader` (fast,
/// giving up on anything unusual) share, so that both read white space, literals and escapes the same way.
protocol JSONByteScanning {
    /// The document's bytes.
    var bytes: UnsafeBufferPointer<UInt8> { get }
    /// The offset of the next byte to read.
    var position: Int { get set }
}

extension JSONByteScanning {
    /// Moves past spaces, tabs, line feeds and carriage returns.
    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    /// Moves past `byte` if it is next.
    mutating func consume(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    /// Moves past `word` (`true`, `false`, `null`) if it is next; stays put otherwise.
    mutating func consumeWord(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard bytes.count - position >= count, (0..<count).allSatisfy({ bytes[position + $0] == word.utf8Start[$0] }) else { return false }
        position += count
        return true
    }

    /// Whether `byte` is an ASCII digit.
    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// The string whose opening quote is at `position`, moving past its closing quote. The bytes are valid UTF-8
    /// (both readers check first), so a string without escapes is made straight from the document's bytes; only
    /// one with escapes is assembled in a buffer.
    /// - Complexity: O(n) in the length of the string.
    mutating func readString() -> Result<JSONStringRead, JSONStringFailure> {
        position += 1
        let start = position
        var highBits: UInt8 = 0
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position - 1]), as: UTF8.self)
                return .success(JSONStringRead(text: text, isPlainASCII: highBits & 0x80 == 0))
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            highBits |= byte
            position += 1
        }
        var decoded = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return .success(JSONStringRead(text: String(decoding: decoded, as: UTF8.self), isPlainASCII: false))
            }
            if byte < 0x20 { return .failure(.controlCharacter(byte)) }
            if byte == UInt8(ascii: "\\") {
                switch readEscape() {
                case .success(let scalar): decoded.append(contentsOf: String(scalar).utf8)
                case .failure(let failure): return .failure(.escape(failure))
                }
            } else {
                decoded.append(byte)
                position += 1
            }
        }
        return .failure(.unterminated)
    }

    /// The scalar of the escape whose backslash is at `position`, moving past it; on failure `position` is where
    /// the problem is (the escape's letter, the bad hex digit, or just after the lone surrogate).
    mutating func readEscape() -> Result<Unicode.Scalar, JSONEscapeFailure> {
        position += 1
        guard position < bytes.count else { return .failure(.unterminated) }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return .success(Unicode.Scalar(byte))
        case UInt8(ascii: "b"): return .success("\u{08}")
        case UInt8(ascii: "f"): return .success("\u{0C}")
        case UInt8(ascii: "n"): return .success("\n")
        case UInt8(ascii: "r"): return .success("\r")
        case UInt8(ascii: "t"): return .success("\t")
        case UInt8(ascii: "u"):
            let first: UInt32
            switch readHex4() {
            case .success(let value): first = value
            case .failure(let failure): return .failure(failure)
            }
            if (0xD800...0xDBFF).contains(first) {
                guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                    return .failure(.loneSurrogate(first))
                }
                position += 2
                let second: UInt32
                switch readHex4() {
                case .success(let value): second = value
                case .failure(let failure): return .failure(failure)
                }
                guard (0xDC00...0xDFFF).contains(second) else { return .failure(.loneSurrogate(first)) }
                guard let scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)) else { return .failure(.outOfRange) }
                return .success(scalar)
            }
            guard let scalar = Unicode.Scalar(first) else { return .failure(.loneSurrogate(first)) }
            return .success(scalar)
        default:
            position -= 1
            return .failure(.invalid)
        }
    }

    /// Four hex digits of a `\u` escape.
    private mutating func readHex4() -> Result<UInt32, JSONEscapeFailure> {
        guard position + 4 <= bytes.count else { return .failure(.truncatedUnicode) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: return .failure(.invalidHexDigit)
            }
            value = value << 4 | digit
            position += 1
        }
        return .success(value)
    }
}

/// Letter case and classes of scalars, with an ASCII fast path before any Unicode property look-up.
enum ScalarClass {
    /// An upper-case letter (A–Z, É, Œ…).
    @inline(__always)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        // Latin-1 letters (À…Þ upper, ß…ÿ lower; × and ÷ are not letters) without a property look-up.
        if v >= 0xC0 && v <= 0xFF { return v <= 0xDE && v != 0xD7 }
        return s.properties.isUppercase
    }

    /// A lower-case letter (a–z, é, œ…).
    @inline(__always)
    static func isLower(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        if v >= 0xC0 && v <= 0xFF { return v >= 0xDF && v != 0xF7 }
        return s.properties.isLowercase
    }

    /// A letter of any script.
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if v >= 0xC0 && v <= 0xFF { return v != 0xD7 && v != 0xF7 }
        return s.properties.isAlphabetic
    }

    /// An ASCII digit.
    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    /// A letter or an ASCII digit.
    @inline(__always)
    static func isWord(_ s: Unicode.Scalar) -> Bool { isLetter(s) || isDigit(s) }
}

/// Finds bytes a terminal would act on in what the program printed: the program must make untrusted text visible
/// (`^[`, `<U+202E>`) instead of passing it through.
enum TerminalSafety {
    /// A description of the first raw control in `bytes` — a C0 control other than line feed and tab, DEL, a C1
    /// control (U+0080–U+009F), a bidi control, or bytes that are not UTF-8 (a lone 0x9B is CSI to some
    /// terminals) — with its offset and surroundings; nil when there is none.
    ///
    /// - Complexity: O(n); the common case (ASCII) is one pass over the bytes.
    static func firstRawControl(in bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { buffer -> String? in
            var sawNonASCII = false
            for index in 0..<buffer.count {
                let byte = buffer[index]
                if byte >= 0x80 {
                    sawNonASCII = true
                } else if (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F {
                    return describe("byte 0x\(hex(UInt32(byte)))", at: index, in: bytes)
                }
            }
            guard sawNonASCII else { return nil }
            return firstUnsafeScalar(in: buffer, bytes: bytes)
        }
    }

    private static func firstUnsafeScalar(in buffer: UnsafeBufferPointer<UInt8>, bytes: [UInt8]) -> String? {
        var decoder = UTF8()
        var iterator = buffer.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                let length = UTF8.width(scalar)
                if (0x80...0x9F).contains(scalar.value) || isBidiControl(scalar) {
                    return describe("U+\(hex(scalar.value))", at: offset, in: bytes)
                }
                offset += length
            case .error:
                return describe("bytes that are not UTF-8", at: offset, in: bytes)
            case .emptyInput:
                return nil
            }
        }
    }

    /// The embedding, override, isolate and mark controls that reorder text on screen.
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    private static func describe(_ what: String, at offset: Int, in bytes: [UInt8]) -> String {
        let window = bytes[max(0, offset - 40)..<min(bytes.count, offset + 40)]
        let context = window.map { $0 >= 0x20 && $0 < 0x7F ? String(UnicodeScalar($0)) : "\\x" + hex(UInt32($0)) }.joined()
        return "raw \(what) at offset \(offset): …\(context)…"
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return digits.count % 2 == 1 ? "0" + digits : digits
    }
}

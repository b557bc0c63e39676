/// Folding of UTF-8 text for matching words and markers: lower case, accents removed, typographic apostrophes
/// and no-break spaces made plain ("Publié à" → "publie a", "l’Etat" → "l'etat", "Œuvre" → "oeuvre").
///
/// This is the codebase's one folding: the reader's byte scanners, the claim details, the linker and the shell's
/// `find` all fold through it, so a word matches the same way everywhere. The byte functions allocate nothing.
public enum FoldedText {
    /// `text` folded: "Mise à jour du 3 mars" → "mise a jour du 3 mars". Letters outside Latin-1 are lower-cased.
    public static func fold(_ text: String) -> String {
        string(text.unicodeScalars)
    }

    /// The folded form of `scalars` as a string (see `fold(_:)`).
    static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(scalars.underestimatedCount)
        var encoded: [UInt8] = []
        for scalar in scalars {
            if scalar.value < 0x80 {
                let byte = UInt8(scalar.value)
                out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte >= 0x09 && byte <= 0x0D ? 0x20 : byte)
                continue
            }
            encoded.removeAll(keepingCapacity: true)
            UTF8.encode(scalar) { encoded.append($0) }
            let (first, second, _) = encoded.withUnsafeBufferPointer { fold(UTF8Text($0), at: 0) }
            if first != 0 {
                out.append(first)
                if second != 0 { out.append(second) }
            } else {
                // No ASCII form (Greek, Cyrillic, CJK…): lower case, as written otherwise.
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { UTF8.encode(lower) { out.append($0) } }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Base letters of U+00C0…U+00FF (second byte 0x80…0xBF after 0xC3); 0 where there is none (×, ÷, þ).
    private static let latin1Base: [UInt8] = Array("aaaaaaaceeeeiiiidnooooo_ouuuuy_saaaaaaaceeeeiiiidnooooo_ouuuuy_y".utf8)
        .map { $0 == UInt8(ascii: "_") ? 0 : $0 }

    /// The folded form of the scalar at `index`: up to two ASCII bytes (`second` is 0 when there is one), or
    /// `nil` bytes when the scalar has no folded form (the caller keeps its bytes as they are); and its width.
    @inline(__always)
    static func fold(_ text: UTF8Text, at index: Int) -> (first: UInt8, second: UInt8, width: Int) {
        let b = text[index]
        if b < 0x80 {
            if b >= 0x41 && b <= 0x5A { return (b | 0x20, 0, 1) }
            if b >= 0x09 && b <= 0x0D { return (0x20, 0, 1) }
            return (b, 0, 1)
        }
        return foldMultibyte(text, at: index, lead: b)
    }

    /// Appends the folded form of the scalar at `index` to `key` (its own bytes when it has none); returns its width.
    @inline(__always)
    static func appendFolded(_ text: UTF8Text, at index: Int, to key: inout FoldedKey) -> Int {
        let (first, second, width) = fold(text, at: index)
        if first == 0 {
            for k in index..<(index + width) { key.append(text[k]) }
        } else {
            key.append(first)
            if second != 0 { key.append(second) }
        }
        return width
    }

    private static func foldMultibyte(_ text: UTF8Text, at index: Int, lead: UInt8) -> (first: UInt8, second: UInt8, width: Int) {
        let n = text.count
        switch lead {
        case 0xC3 where index + 1 < n:
            let base = latin1Base[Int(text[index + 1] & 0x3F)]
            return (base, 0, 2)
        case 0xC5 where index + 1 < n:
            switch text[index + 1] {
            case 0x92, 0x93: return (UInt8(ascii: "o"), UInt8(ascii: "e"), 2)
            case 0xB8: return (UInt8(ascii: "y"), 0, 2)
            default: return (0, 0, 2)
            }
        case 0xC2 where index + 1 < n:
            return text[index + 1] == 0xA0 ? (0x20, 0, 2) : (0, 0, 2)
        case 0xCA where index + 1 < n:
            return text[index + 1] == 0xBC ? (UInt8(ascii: "'"), 0, 2) : (0, 0, 2)
        case 0xE2 where index + 2 < n && text[index + 1] == 0x80:
            switch text[index + 2] {
            case 0x98, 0x99: return (UInt8(ascii: "'"), 0, 3)
            case 0x80...0x8B, 0xAF: return (0x20, 0, 3)
            case 0x90, 0x91, 0x93, 0x94: return (UInt8(ascii: "-"), 0, 3)
            default: return (0, 0, 3)
            }
        default:
            let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            return (0, 0, min(width, n - index))
        }
    }

    /// Appends the folded bytes of `text[range]` to `out`, runs of white space as one space.
    static func append(_ text: UTF8Text, _ range: Range<Int>, to out: inout [UInt8]) {
        var i = range.lowerBound
        while i < range.upperBound {
            let (first, second, width) = fold(text, at: i)
            if first == 0 {
                for k in i..<min(i + width, range.upperBound) { out.append(text[k]) }
            } else if first == 0x20 {
                if out.last != 0x20 { out.append(0x20) }
            } else {
                out.append(first)
                if second != 0 { out.append(second) }
            }
            i += width
        }
    }

    /// The folded bytes of a pattern written in plain text (lists of markers and words are written folded already,
    /// but folding them again makes a list entry with an accent harmless).
    static func bytes(_ pattern: String) -> [UInt8] {
        var out: [UInt8] = []
        var source = Array(pattern.utf8)
        source.withUnsafeBufferPointer { append(UTF8Text($0), 0..<$0.count, to: &out) }
        source.removeAll()
        return out
    }
}

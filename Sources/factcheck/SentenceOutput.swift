#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered standard output for sentences, one per line, written as bytes without building `String`s.
///
/// Each sentence goes on one line: a line break inside it (a hard-wrapped line) and the indentation after it become
/// one space, a tab a space; other control characters, C1 controls and bidi controls are made visible the way
/// `TerminalText.visible` does (`^[`, `<U+202E>`), so no article can drive the terminal or break the one-per-line
/// contract.
struct SentenceOutput {
    private var buffer: [UInt8] = []
    private let capacity = 1 << 18
    private let fd: Int32

    /// Output to `fd` (standard output by default).
    init(fd: Int32 = 1) {
        self.fd = fd
        buffer.reserveCapacity(capacity + 64)
    }

    /// Appends one sentence and a line feed.
    mutating func append(sentence bytes: UnsafeBufferPointer<UInt8>) {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b >= 0x20 && b < 0x7F {
                buffer.append(b)
                i += 1
                continue
            }
            switch b {
            case 0x0A, 0x09, 0x0B, 0x0C, 0x0D:
                // A wrapped line's break and the indentation around it read as one space.
                while let last = buffer.last, last == 0x20 { buffer.removeLast() }
                buffer.append(0x20)
                i += 1
                while i < n, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A { i += 1 }
            case 0x00..<0x20:
                buffer.append(UInt8(ascii: "^"))
                buffer.append(b + 0x40)
                i += 1
            case 0x7F:
                buffer.append(UInt8(ascii: "^"))
                buffer.append(UInt8(ascii: "?"))
                i += 1
            default:
                i = appendMultibyte(bytes, at: i)
            }
        }
        buffer.append(0x0A)
        if buffer.count >= capacity { flush() }
    }

    /// Copies a multi-byte scalar, or its visible escape when it is a C1 or bidi control.
    private mutating func appendMultibyte(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b0 = bytes[i]
        let width = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2
        guard i + width <= bytes.count else {
            buffer.append(b0)
            return i + 1
        }
        var value: UInt32?
        if b0 == 0xC2, bytes[i + 1] <= 0x9F {
            value = UInt32(bytes[i + 1])
        } else if b0 == 0xD8, bytes[i + 1] == 0x9C {
            value = 0x061C
        } else if b0 == 0xE2 {
            let b1 = bytes[i + 1], b2 = bytes[i + 2]
            if b1 == 0x80, b2 == 0x8E || b2 == 0x8F || (b2 >= 0xAA && b2 <= 0xAE) || b2 == 0xA8 || b2 == 0xA9 {
                value = 0x2000 + UInt32(b2 & 0x3F)
            } else if b1 == 0x81, b2 >= 0xA6, b2 <= 0xA9 {
                value = 0x2040 + UInt32(b2 & 0x3F)
            }
        }
        if let value {
            buffer.append(contentsOf: Array("<U+".utf8))
            buffer.append(contentsOf: Array(String(value, radix: 16, uppercase: true).utf8))
            buffer.append(UInt8(ascii: ">"))
        } else {
            for k in i..<(i + width) { buffer.append(bytes[k]) }
        }
        return i + width
    }

    /// Writes what is buffered; stops quietly when the reader has gone (EPIPE).
    mutating func flush() {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { write(fd, $0.baseAddress.map { $0 + offset }, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                break
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

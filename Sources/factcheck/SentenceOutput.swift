#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FactCheckCore

/// Buffered standard output for sentences, one per line, written as bytes without building `String`s.
///
/// Each sentence goes on one line: a line break inside it (a hard-wrapped line) and the indentation after it become
/// one space, a tab a space; every other scalar that `TerminalText.needsEscape` is written as
/// `TerminalText.escape` gives it (`^[`, `<U+202E>`), so no article can drive the terminal or break the one-per-line
/// contract. Only the search for the next byte to look at is this file's own (eight bytes at a time, for the bytes
/// `TerminalText.mayBeginEscape` names); what is escaped, and how, is decided by `TerminalText` alone.
struct SentenceOutput {
    private let capacity = 1 << 18
    /// Room for a full buffer plus the largest expansion of one sentence byte (an escape such as `<U+202E>`).
    private let storage: UnsafeMutablePointer<UInt8>
    private let storageSize: Int
    private var count = 0
    private let fd: Int32

    /// Output to `fd` (standard output by default).
    init(fd: Int32 = 1) {
        self.fd = fd
        storageSize = capacity * 2
        storage = UnsafeMutablePointer<UInt8>.allocate(capacity: storageSize)
    }

    /// Releases the buffer (after `flush`).
    func deallocate() {
        storage.deallocate()
    }

    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        storage[count] = byte
        count += 1
    }

    /// Appends one sentence and a line feed, from text known to hold no control character but line feeds and
    /// tabs (`DecodedBytes.mayHoldControls == false`): only line breaks and tabs need looking for.
    mutating func append(plainSentence bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { put(0x0A); return }
        let raw = UnsafeRawPointer(base)
        let n = bytes.count
        var i = 0
        while i < n {
            var j = i
            scan: while j + 8 <= n {
                let word = raw.loadUnaligned(fromByteOffset: j, as: UInt64.self)
                if Self.zeroLanes(word ^ 0x0A0A_0A0A_0A0A_0A0A) | Self.zeroLanes(word ^ 0x0909_0909_0909_0909) == 0 {
                    j += 8
                    continue
                }
                for k in j..<(j + 8) where bytes[k] == 0x0A || bytes[k] == 0x09 {
                    j = k
                    break scan
                }
                j += 8
            }
            if j + 8 > n {
                while j < n, bytes[j] != 0x0A, bytes[j] != 0x09 { j += 1 }
            }
            if j > i {
                let length = j - i
                if count + length + 16 > storageSize { flush() }
                if length > storageSize - 16 {
                    writeAll(UnsafeBufferPointer(start: base + i, count: length))
                } else {
                    (storage + count).update(from: base + i, count: length)
                    count += length
                }
            }
            i = j
            if i < n {
                // A wrapped line's break and the indentation around it read as one space.
                if count + 1 > storageSize { flush() }
                while count > 0, storage[count - 1] == 0x20 { count -= 1 }
                put(0x20)
                i += 1
                while i < n, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A { i += 1 }
            }
        }
        if count + 1 > storageSize { flush() }
        put(0x0A)
        if count >= capacity { flush() }
    }

    /// Appends one sentence and a line feed, escaping what must not reach a terminal.
    mutating func append(sentence bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { put(0x0A); return }
        var i = 0
        let n = bytes.count
        while i < n {
            // Copy the run of bytes that print as they are in one go.
            var j = i
            let raw = UnsafeRawPointer(base)
            scan: while j + 8 <= n {
                // Eight bytes at once that print as they are: no control or DEL among the ASCII bytes, no lead
                // byte of a C1 or bidi control (C2, D8, E2) among the others; accented letters pass.
                let word = raw.loadUnaligned(fromByteOffset: j, as: UInt64.self)
                let high = word & 0x8080_8080_8080_8080
                let ascii = word & 0x7F7F_7F7F_7F7F_7F7F
                let controls = ((ascii &- 0x2020_2020_2020_2020) & ~ascii) | Self.zeroLanes(ascii ^ 0x7F7F_7F7F_7F7F_7F7F)
                var bad = controls & ~high & 0x8080_8080_8080_8080
                if high != 0 {
                    bad |= Self.zeroLanes(word ^ 0xC2C2_C2C2_C2C2_C2C2) | Self.zeroLanes(word ^ 0xD8D8_D8D8_D8D8_D8D8)
                        | Self.zeroLanes(word ^ 0xE2E2_E2E2_E2E2_E2E2)
                }
                if bad == 0 {
                    j += 8
                    continue
                }
                for k in j..<(j + 8) where TerminalText.mayBeginEscape(bytes[k]) {
                    j = k
                    break scan
                }
                j += 8
            }
            if j + 8 > n {
                while j < n, !TerminalText.mayBeginEscape(bytes[j]) { j += 1 }
            }
            if j > i {
                let length = j - i
                if count + length + 16 > storageSize { flush() }
                if length > storageSize - 16 {
                    writeAll(UnsafeBufferPointer(start: base + i, count: length))
                } else {
                    (storage + count).update(from: base + i, count: length)
                    count += length
                }
                i = j
                continue
            }
            if count + 16 > storageSize { flush() }
            let b = bytes[i]
            switch b {
            case 0x0A, 0x09, 0x0B, 0x0C, 0x0D:
                // A wrapped line's break and the indentation around it read as one space.
                while count > 0, storage[count - 1] == 0x20 { count -= 1 }
                put(0x20)
                i += 1
                while i < n, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A { i += 1 }
            default:
                let (scalar, length) = TerminalText.scalar(in: bytes, at: i)
                if TerminalText.needsEscape(scalar) {
                    for byte in TerminalText.escape(scalar).utf8 { put(byte) }
                } else {
                    for k in i..<(i + length) { put(bytes[k]) }
                }
                i += length
            }
        }
        if count + 1 > storageSize { flush() }
        put(0x0A)
        if count >= capacity { flush() }
    }

    /// Bit 7 set in each byte lane of `x` that is zero, exactly.
    @inline(__always)
    private static func zeroLanes(_ x: UInt64) -> UInt64 {
        ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x) & 0x8080_8080_8080_8080
    }

    /// Writes what is buffered.
    mutating func flush() {
        writeAll(UnsafeBufferPointer(start: storage, count: count))
        count = 0
    }

    /// Writes through the output funnel, which finds nothing left to escape.
    private func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) {
        OutputFunnel.write(bytes: bytes, to: fd)
    }
}

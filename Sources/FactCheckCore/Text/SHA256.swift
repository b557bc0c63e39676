/// SHA-256 (FIPS 180-4) over bytes, in plain Swift so the core needs neither Foundation's crypto nor a package.
///
/// Used for the article fingerprint in annotation files and for deterministic claim ids.
/// - Complexity: O(n) in the input length.
public enum SHA256 {
    private static let roundConstants: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// The 32-byte digest of `bytes`.
    public static func digest<Bytes: Collection>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        let array = Array(bytes)
        return array.withUnsafeBufferPointer { digest(buffer: $0) }
    }

    /// The digest of a contiguous buffer: whole blocks straight from the input, the padded tail from a small buffer,
    /// no per-block allocation. Written without helper calls in the inner loop so that even an unoptimised (debug)
    /// build hashes megabytes in reasonable time.
    static func digest(buffer input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) =
            (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)
        let count = input.count
        var tail = [UInt8](repeating: 0, count: 128)
        let whole = count / 64 * 64
        let rest = count - whole
        for i in 0..<rest { tail[i] = input[whole + i] }
        tail[rest] = 0x80
        let tailLength = rest < 56 ? 64 : 128
        let bitLength = UInt64(count) &* 8
        for i in 0..<8 { tail[tailLength - 1 - i] = UInt8(truncatingIfNeeded: bitLength >> UInt64(8 * i)) }

        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            roundConstants.withUnsafeBufferPointer { k in
                tail.withUnsafeBufferPointer { padded in
                    func compress(_ block: UnsafeBufferPointer<UInt8>, at offset: Int) {
                        for i in 0..<16 {
                            let b = offset + i * 4
                            w[i] = UInt32(block[b]) << 24 | UInt32(block[b + 1]) << 16 | UInt32(block[b + 2]) << 8 | UInt32(block[b + 3])
                        }
                        for i in 16..<64 {
                            let x = w[i - 15], y = w[i - 2]
                            let s0 = (x >> 7 | x << 25) ^ (x >> 18 | x << 14) ^ (x >> 3)
                            let s1 = (y >> 17 | y << 15) ^ (y >> 19 | y << 13) ^ (y >> 10)
                            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
                        }
                        var (a, b, c, d, e, f, g, h) = state
                        for i in 0..<64 {
                            let s1 = (e >> 6 | e << 26) ^ (e >> 11 | e << 21) ^ (e >> 25 | e << 7)
                            let t1 = h &+ s1 &+ ((e & f) ^ (~e & g)) &+ k[i] &+ w[i]
                            let s0 = (a >> 2 | a << 30) ^ (a >> 13 | a << 19) ^ (a >> 22 | a << 10)
                            let t2 = s0 &+ ((a & b) ^ (a & c) ^ (b & c))
                            h = g; g = f; f = e; e = d &+ t1
                            d = c; c = b; b = a; a = t1 &+ t2
                        }
                        state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d,
                                 state.4 &+ e, state.5 &+ f, state.6 &+ g, state.7 &+ h)
                    }
                    var offset = 0
                    while offset < whole {
                        compress(input, at: offset)
                        offset += 64
                    }
                    compress(padded, at: 0)
                    if tailLength == 128 { compress(padded, at: 64) }
                }
            }
        }
        let words = [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7]
        var out = [UInt8](repeating: 0, count: 32)
        for (i, word) in words.enumerated() {
            out[4 * i] = UInt8(truncatingIfNeeded: word >> 24)
            out[4 * i + 1] = UInt8(truncatingIfNeeded: word >> 16)
            out[4 * i + 2] = UInt8(truncatingIfNeeded: word >> 8)
            out[4 * i + 3] = UInt8(truncatingIfNeeded: word)
        }
        return out
    }

    /// The digest of `text`'s UTF-8 bytes, as 64 lower-case hex digits.
    public static func hexDigest(_ text: String) -> String {
        var text = text
        return hex(text.withUTF8 { digest(buffer: $0) })
    }

    /// The digest of the UTF-8 bytes `utf8`, as 64 lower-case hex digits.
    public static func hexDigest(utf8: [UInt8]) -> String {
        hex(utf8.withUnsafeBufferPointer { digest(buffer: $0) })
    }

    /// Lower-case hex of `bytes`.
    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8](repeating: 0, count: bytes.count * 2)
        for (i, byte) in bytes.enumerated() {
            out[2 * i] = digits[Int(byte >> 4)]
            out[2 * i + 1] = digits[Int(byte & 0xf)]
        }
        return String(decoding: out, as: UTF8.self)
    }
}

import Foundation

/// A small, seedable random number generator (SplitMix64), so a failing crash run can be replayed with its seed.
public struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    /// A generator that yields the same sequence for the same `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The seed from the environment variable `name` when set, else one from the clock; tests print it.
    public static func seed(fromEnvironment name: String) -> UInt64 {
        if let text = getenv(name).map({ String(cString: $0) }), let seed = UInt64(text) { return seed }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return UInt64(now.tv_sec) &* 1_000_000_007 &+ UInt64(now.tv_nsec)
    }
}

// A small deterministic random source for the generators of random graphs and queries: the same seed
// gives the same sequence on every run and machine, so a failure found with `--seed N` reproduces.

/// A linear congruential generator (Knuth's MMIX constants), good enough for test inputs.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    public var state: UInt64

    public init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 1 }

    public mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state
    }

    /// A number in 0..<n (0 when n < 1).
    public mutating func next(_ n: Int) -> Int { Int((next() >> 33) % UInt64(max(n, 1))) }

    /// True with probability `p` (0...1).
    public mutating func chance(_ p: Double) -> Bool { Double(next(1_000_000)) < p * 1_000_000 }

    /// One of `items`, which must not be empty.
    public mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }
}

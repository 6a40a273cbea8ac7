// A small linear congruential generator for tests that build random graphs and statements: the same
// seed gives the same sequence on every run and machine.

struct SeededGenerator {
    var state: UInt64

    /// A number in 0..<n (0 when n < 1).
    mutating func next(_ n: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(max(n, 1)))
    }

    /// One of `items`, which must not be empty.
    mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }
}

// Small shared machinery of the algorithms: a seeded random generator (SplitMix64, so a seed gives the
// same result on every platform), deterministic parallel loops over fixed chunks (the chunking does not
// depend on the number of threads, so results are bit-identical whatever the thread count), and the
// raw-buffer views the hot loops read the CSR arrays through (no bounds checks, no reference counting).

import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// SplitMix64: a small, fast, seedable generator with a fixed output sequence.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The number of threads to use by default: the processor count, at most `cap`.
func defaultConcurrency(cap: Int = 8) -> Int {
    #if os(Linux)
        let cpus = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    #else
        let cpus = 2
    #endif
    return Swift.max(1, Swift.min(cap, cpus))
}

/// Runs `body(chunk)` for every chunk in `0..<chunks`, on up to `threads` threads. Each chunk runs on
/// one thread; which thread does not matter when chunks write only their own state.
func forEachChunk(_ chunks: Int, threads: Int, _ body: (Int) -> Void) {
    if threads <= 1 || chunks <= 1 {
        for c in 0..<chunks { body(c) }
        return
    }
    // The chunks write disjoint state, which the type system cannot see through raw pointers.
    withoutActuallyEscaping(body) { escapable in
        let box = UncheckedSendable(value: escapable)
        DispatchQueue.concurrentPerform(iterations: chunks) { box.value($0) }
    }
}

/// A value handed to other threads whose safety the caller guarantees.
struct UncheckedSendable<T>: @unchecked Sendable {
    let value: T
}

/// The chunk `c` of `count` items cut into `chunks` nearly equal contiguous ranges.
func chunkRange(_ c: Int, of chunks: Int, count: Int) -> Range<Int> {
    (count * c / chunks)..<(count * (c + 1) / chunks)
}

/// A read-only CSR direction as raw buffers, for hot loops.
struct ArcBuffers {
    let offsets: UnsafeBufferPointer<Int32>
    let targets: UnsafeBufferPointer<Int32>
    /// Empty when unweighted.
    let weights: UnsafeBufferPointer<Double>
    let isWeighted: Bool
}

extension CompactGraph {
    /// Calls `body` with raw views of the out-adjacency.
    func withOutArcs<R>(_ body: (ArcBuffers) throws -> R) rethrows -> R {
        try Self.withArcs(outOffsets, outTargets, outWeights, body)
    }

    /// Calls `body` with raw views of the in-adjacency.
    func withInArcs<R>(_ body: (ArcBuffers) throws -> R) rethrows -> R {
        try Self.withArcs(inOffsets, inSources, inWeights, body)
    }

    private static func withArcs<R>(_ offsets: [Int32], _ targets: [Int32], _ weights: [Double]?, _ body: (ArcBuffers) throws -> R)
        rethrows -> R
    {
        try offsets.withUnsafeBufferPointer { o in
            try targets.withUnsafeBufferPointer { t in
                if let weights {
                    return try weights.withUnsafeBufferPointer { w in try body(ArcBuffers(offsets: o, targets: t, weights: w, isWeighted: true)) }
                }
                return try body(ArcBuffers(offsets: o, targets: t, weights: UnsafeBufferPointer(start: nil, count: 0), isWeighted: false))
            }
        }
    }
}

/// A fixed-size scratch array of a trivial type in manually managed memory, for per-thread workspaces.
struct Scratch<Element> {
    let pointer: UnsafeMutablePointer<Element>
    let count: Int

    init(count: Int, repeating value: Element) {
        self.count = count
        pointer = UnsafeMutablePointer<Element>.allocate(capacity: Swift.max(count, 1))
        pointer.initialize(repeating: value, count: count)
    }

    func free() { pointer.deallocate() }

    /// A larger scratch array holding the first `kept` elements of this one (the rest set to `filler`);
    /// this one is freed.
    func grown(to newCount: Int, keeping kept: Int, filler: Element) -> Scratch<Element> {
        let bigger = UnsafeMutablePointer<Element>.allocate(capacity: newCount)
        bigger.moveInitialize(from: pointer, count: kept)
        (bigger + kept).initialize(repeating: filler, count: newCount - kept)
        pointer.deallocate()
        return Scratch(pointer: bigger, count: newCount)
    }

    private init(pointer: UnsafeMutablePointer<Element>, count: Int) {
        self.pointer = pointer
        self.count = count
    }

    @inline(__always) subscript(i: Int) -> Element {
        get { pointer[i] }
        nonmutating set { pointer[i] = newValue }
    }
}

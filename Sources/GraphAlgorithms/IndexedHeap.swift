// The priority queue of Dijkstra's algorithm: a binary min-heap of node indexes keyed by a distance array
// the caller owns, with a position per node so that a shorter distance moves a queued node up instead
// of queueing it again. The heap never holds more than one entry per node, so its memory is O(nodes)
// and it is allocated once per worker, not per search.

/// A binary min-heap of node indexes ordered by `keys[node]` (ties by node index).
struct IndexedHeap {
    private let heap: Scratch<Int32>
    private let position: Scratch<Int32>
    private(set) var count = 0

    /// A heap for nodes `0..<capacity`.
    init(capacity: Int) {
        heap = Scratch(count: capacity, repeating: 0)
        position = Scratch(count: capacity, repeating: -1)
    }

    func free() {
        heap.free()
        position.free()
    }

    var isEmpty: Bool { count == 0 }

    @inline(__always) private func less(_ a: Int32, _ b: Int32, _ keys: UnsafeMutablePointer<Double>) -> Bool {
        let ka = keys[Int(a)], kb = keys[Int(b)]
        return ka < kb || (ka == kb && a < b)
    }

    /// Inserts `node`, or moves it up after its key decreased.
    /// - Complexity: O(log n).
    @inline(__always) mutating func pushOrDecrease(_ node: Int32, _ keys: UnsafeMutablePointer<Double>) {
        var i = Int(position[Int(node)])
        if i < 0 {
            i = count
            count += 1
        }
        while i > 0 {
            let parent = (i - 1) >> 1
            let p = heap[parent]
            guard less(node, p, keys) else { break }
            heap[i] = p
            position[Int(p)] = Int32(i)
            i = parent
        }
        heap[i] = node
        position[Int(node)] = Int32(i)
    }

    /// Removes and returns the node with the smallest key.
    /// - Complexity: O(log n).
    @inline(__always) mutating func popMin(_ keys: UnsafeMutablePointer<Double>) -> Int32 {
        let top = heap[0]
        position[Int(top)] = -1
        count -= 1
        if count > 0 {
            let last = heap[count]
            var i = 0
            while true {
                let left = 2 * i + 1
                if left >= count { break }
                var child = left
                let right = left + 1
                if right < count, less(heap[right], heap[left], keys) { child = right }
                let c = heap[child]
                guard less(c, last, keys) else { break }
                heap[i] = c
                position[Int(c)] = Int32(i)
                i = child
            }
            heap[i] = last
            position[Int(last)] = Int32(i)
        }
        return top
    }
}

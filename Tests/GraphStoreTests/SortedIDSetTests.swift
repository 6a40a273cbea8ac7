// SortedIDSet against Swift's Set on random inserts and removals — ascending, descending and random
// runs, the patterns label removal and deletion produce — checking members, order, membership and
// count after every step, and that a slice emptied from its start gives its room back.

import CypherTesting
import Testing

@testable import GraphStore

@Suite struct SortedIDSetTests {
    @Test(arguments: 0..<40)
    func behavesAsASortedSet(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed))
        var set = random.next(2) == 0 ? SortedIDSet() : SortedIDSet(sortedIDs: Array(0..<random.next(300)))
        var reference = Set(set.ids)
        for _ in 0..<400 {
            switch random.next(5) {
            case 0:
                let id = random.next(400)
                let inserted = set.insert(id)
                #expect(inserted == reference.insert(id).inserted)
            case 1:
                let id = random.next(400)
                let removed = set.remove(id)
                #expect(removed == (reference.remove(id) != nil))
            case 2:
                // A run of removals in ascending order (DELETE or REMOVE over a label scan).
                for id in reference.sorted().prefix(random.next(40)) {
                    let removed = set.remove(id)
                    #expect(removed)
                    reference.remove(id)
                }
            case 3:
                for id in reference.sorted().suffix(random.next(40)).reversed() {
                    let removed = set.remove(id)
                    #expect(removed)
                    reference.remove(id)
                }
            default:
                let start = (reference.max() ?? 0) + 1
                set.insert(contentsOf: start..<(start + random.next(20)))
                reference.formUnion(set.ids.filter { $0 >= start })
            }
            #expect(Array(set.ids) == reference.sorted())
            #expect(set.count == reference.count)
            let probe = random.next(420)
            #expect(set.contains(probe) == reference.contains(probe))
        }
        set.releaseUnusedCapacity()
        #expect(Array(set.ids) == reference.sorted())
    }

    @Test func aSetEmptiedFromItsStartGivesItsRoomBack() {
        var set = SortedIDSet(sortedIDs: Array(0..<100_000))
        for id in 0..<99_000 { set.remove(id) }
        #expect(Array(set) == Array(99_000..<100_000))
        #expect(set.ids.startIndex <= max(1024, 2 * set.count))
        set.releaseUnusedCapacity()
        #expect(set.ids.capacity < 4096 + 2 * set.count)
    }
}

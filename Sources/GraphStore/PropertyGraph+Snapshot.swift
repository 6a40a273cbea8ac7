// The graph as a compact binary image — the snapshot of durable storage. Names are written once and
// referred to by id; nodes and relationships keep their ids (with the holes deleted ones left), so a
// change log written against the graph replays onto the restored one. Loading builds the store's arrays
// in one pass each — adjacency lists sorted by type then id, label and type sets in id order, indexes
// from the loaded nodes — instead of one write at a time, which is what makes a million-element graph
// open in well under a second. A checksum covers the whole image.

extension PropertyGraph {
    /// The first bytes of a snapshot.
    public static let snapshotMagic: [UInt8] = Array("CGSNAP01".utf8)

    /// The graph as a snapshot image; `sequence` names the last change-log record it includes.
    /// - Complexity: O(nodes + relationships + properties).
    public func encodedSnapshot(sequence: UInt64) -> [UInt8] {
        var w = ByteWriter(capacity: 64 * (nodeCount + relationshipCount) + 1024)
        w.raw(Self.snapshotMagic)
        w.fixed64(sequence)
        for table in [labelNames, relationshipTypeNames, propertyKeyNames] {
            w.count(table.names.count)
            for name in table.names { w.string(name) }
        }
        w.count(nodeLive.count)
        w.count(nodeCount)
        var previous = -1
        for i in nodeLive.indices where nodeLive[i] {
            w.count(i - previous - 1)
            previous = i
            let labels = self.labels(of: NodeID(i))
            w.count(labels.count)
            for label in labels { w.count(Int(label.rawValue)) }
            Self.write(nodeProperties[i], &w)
        }
        w.count(relationshipLive.count)
        w.count(relationshipCount)
        previous = -1
        for i in relationshipLive.indices where relationshipLive[i] {
            w.count(i - previous - 1)
            previous = i
            w.count(Int(relationshipTypes[i].rawValue))
            w.count(relationshipStarts[i].rawValue)
            w.count(relationshipEnds[i].rawValue)
            Self.write(relationshipProperties[i], &w)
        }
        let indexes = propertyIndexes.sorted { $0.value.name < $1.value.name }
        w.count(indexes.count)
        for (key, index) in indexes {
            w.count(Int(key.label.rawValue))
            w.count(Int(key.key.rawValue))
            w.string(index.name)
        }
        let constraints = uniqueConstraints.sorted { $0.value < $1.value }
        w.count(constraints.count)
        for (key, name) in constraints {
            w.count(Int(key.label.rawValue))
            w.count(Int(key.key.rawValue))
            w.string(name)
        }
        let checksum = CRC32.checksum(w.bytes)
        w.fixed32(checksum)
        return w.bytes
    }

    private static func write(_ properties: PropertyMap, _ w: inout ByteWriter) {
        w.count(properties.count)
        for (key, value) in properties.entries {
            w.count(Int(key.rawValue))
            w.value(value)
        }
    }

    /// The graph a snapshot image holds, and the sequence number it was written with.
    /// - Throws: ``CorruptData`` when the image is truncated, fails its checksum or is inconsistent.
    /// - Complexity: O(nodes + relationships + properties), each array built in one pass.
    public static func restoring(snapshot bytes: [UInt8]) throws(CorruptData) -> (graph: PropertyGraph, sequence: UInt64) {
        guard bytes.count >= snapshotMagic.count + 12, Array(bytes.prefix(snapshotMagic.count)) == snapshotMagic else {
            throw CorruptData("not a ClusterGraph snapshot")
        }
        var trailer = ByteReader(bytes, from: bytes.count - 4)
        guard try trailer.fixed32() == CRC32.checksum(bytes, 0..<(bytes.count - 4)) else {
            throw CorruptData("the snapshot's checksum does not match: it is damaged")
        }
        // The checksum matched, so the strings are those that were written, which were valid UTF-8.
        var r = ByteReader(Array(bytes.prefix(bytes.count - 4)), from: snapshotMagic.count, validatingStrings: false)
        let sequence = try r.fixed64()
        let graph = PropertyGraph()
        var tables: [[String]] = []
        for _ in 0..<3 {
            let n = try r.count()
            var names: [String] = []
            for _ in 0..<n { names.append(try r.string()) }
            guard Set(names).count == names.count else { throw CorruptData("a name is listed twice") }
            tables.append(names)
        }
        for name in tables[0] { _ = graph.internLabel(name) }
        for name in tables[1] { _ = graph.internRelationshipType(name) }
        for name in tables[2] { _ = graph.internPropertyKey(name) }
        let (labelCount, typeCount, keyCount) = (tables[0].count, tables[1].count, tables[2].count)

        // Nodes (built in local arrays, given to the graph once: no per-write checks on the graph's own).
        let nodeSlots = try r.count()
        let liveNodes = try r.count(limit: nodeSlots)
        var nodeLive = Array(repeating: false, count: nodeSlots)
        var labelBits = Array(repeating: UInt64(0), count: nodeSlots)
        var extraLabels: [Int: [LabelID]] = [:]
        var nodeProperties = Array(repeating: PropertyMap(), count: nodeSlots)
        var labelMembers = Array(repeating: [Int](), count: labelCount)
        var id = -1
        for _ in 0..<liveNodes {
            id += 1 + (try r.count())
            guard id < nodeSlots else { throw CorruptData("node \(id) beyond the \(nodeSlots) node slots") }
            nodeLive[id] = true
            for _ in 0..<(try r.count(limit: labelCount)) {
                let label = try r.count(limit: labelCount - 1)
                if label < 64 { labelBits[id] |= 1 << UInt64(label) } else { extraLabels[id, default: []].append(LabelID(Int32(label))) }
                labelMembers[label].append(id)
            }
            nodeProperties[id] = try readProperties(&r, keyCount)
        }

        // Relationships.
        let relationshipSlots = try r.count()
        let liveRelationships = try r.count(limit: relationshipSlots)
        var relationshipLive = Array(repeating: false, count: relationshipSlots)
        var types = Array(repeating: RelationshipTypeID(0), count: relationshipSlots)
        var starts = Array(repeating: NodeID(0), count: relationshipSlots)
        var ends = Array(repeating: NodeID(0), count: relationshipSlots)
        var relationshipProperties = Array(repeating: PropertyMap(), count: relationshipSlots)
        var byType = Array(repeating: [Int](), count: typeCount)
        var outDegree = Array(repeating: 0, count: nodeSlots), inDegree = Array(repeating: 0, count: nodeSlots)
        id = -1
        for _ in 0..<liveRelationships {
            id += 1 + (try r.count())
            guard id < relationshipSlots else { throw CorruptData("relationship \(id) beyond the \(relationshipSlots) slots") }
            let type = try r.count(limit: typeCount - 1)
            let start = try r.count(limit: nodeSlots - 1), end = try r.count(limit: nodeSlots - 1)
            guard nodeLive[start], nodeLive[end] else { throw CorruptData("relationship \(id) joins a node that does not exist") }
            relationshipLive[id] = true
            types[id] = RelationshipTypeID(Int32(type))
            starts[id] = NodeID(start)
            ends[id] = NodeID(end)
            relationshipProperties[id] = try readProperties(&r, keyCount)
            byType[type].append(id)
            outDegree[start] += 1
            inDegree[end] += 1
        }
        // Adjacency sorted by type, then id: relationships taken type by type, each type's in id order.
        var outgoing = outDegree.map { degree -> [AdjacencyEntry] in
            var entries: [AdjacencyEntry] = []
            entries.reserveCapacity(degree)
            return entries
        }
        var incoming = inDegree.map { degree -> [AdjacencyEntry] in
            var entries: [AdjacencyEntry] = []
            entries.reserveCapacity(degree)
            return entries
        }
        for (type, members) in byType.enumerated() {
            let t = RelationshipTypeID(Int32(type))
            for rel in members {
                let start = starts[rel], end = ends[rel]
                outgoing[start.rawValue].append(AdjacencyEntry(relationship: RelationshipID(rel), neighbor: end, type: t))
                incoming[end.rawValue].append(AdjacencyEntry(relationship: RelationshipID(rel), neighbor: start, type: t))
            }
        }
        graph.nodeLive = nodeLive
        graph.nodeLabelBits = labelBits
        graph.nodeExtraLabels = extraLabels
        graph.nodeProperties = nodeProperties
        graph.nodeCount = liveNodes
        for (label, members) in labelMembers.enumerated() { graph.nodesByLabel[label] = SortedIDSet(sortedIDs: members) }
        graph.relationshipLive = relationshipLive
        graph.relationshipTypes = types
        graph.relationshipStarts = starts
        graph.relationshipEnds = ends
        graph.relationshipProperties = relationshipProperties
        graph.relationshipCount = liveRelationships
        for (type, members) in byType.enumerated() { graph.relationshipsByType[type] = SortedIDSet(sortedIDs: members) }
        graph.outgoingLists = outgoing.map(AdjacencyList.init(sortedEntries:))
        graph.incomingLists = incoming.map(AdjacencyList.init(sortedEntries:))

        // Schema.
        for _ in 0..<(try r.count()) {
            let key = PropertyIndexKey(label: LabelID(Int32(try r.count(limit: labelCount - 1))), key: PropertyKeyID(Int32(try r.count(limit: keyCount - 1))))
            let name = try r.string()
            graph.propertyIndexes[key] = graph.buildIndex(key, name: name)
        }
        for _ in 0..<(try r.count()) {
            let key = PropertyIndexKey(label: LabelID(Int32(try r.count(limit: labelCount - 1))), key: PropertyKeyID(Int32(try r.count(limit: keyCount - 1))))
            let name = try r.string()
            if graph.propertyIndexes[key] == nil { graph.propertyIndexes[key] = graph.buildIndex(key, name: name) }
            graph.uniqueConstraints[key] = name
        }
        guard r.isAtEnd else { throw CorruptData("bytes after the end of the snapshot") }
        return (graph, sequence)
    }

    private static func readProperties(_ r: inout ByteReader, _ keyCount: Int) throws(CorruptData) -> PropertyMap {
        let n = try r.count(limit: keyCount)
        guard n > 0 else { return PropertyMap() }
        var keys: [PropertyKeyID] = []
        var values: [Value] = []
        keys.reserveCapacity(n)
        values.reserveCapacity(n)
        for _ in 0..<n {
            let key = PropertyKeyID(Int32(try r.count(limit: keyCount - 1)))
            if let last = keys.last, last >= key { throw CorruptData("property keys out of order") }
            keys.append(key)
            values.append(try r.value())
        }
        return PropertyMap(sortedKeys: keys, values: values)
    }
}

// The graph as a compact binary image — the snapshot of durable storage. Names are written once and
// referred to by id; nodes and relationships keep their ids (with the holes deleted ones left), so a
// change log written against the graph replays onto the restored one. A checksum covers the whole image.
//
// Layout: magic, sequence, the three name tables, the schema (indexes, constraints), the element counts,
// the length of the node section, the node section, the relationship section, the checksum. The two
// sections are separate so that loading reads them at once, on two threads, and then builds the
// adjacency lists, sorted by type then id, of both directions at once. Indexes are filled when first
// read (PropertyIndex). Every array is built in one pass into local storage and given to the graph once,
// instead of one write at a time: that is what makes a million-element graph open in under a second.

extension PropertyGraph {
    /// The first bytes of a snapshot (the last two are the format's version).
    public static let snapshotMagic: [UInt8] = Array("CGSNAP02".utf8)

    /// The graph as a snapshot image; `sequence` names the last change-log record it includes.
    /// - Complexity: O(nodes + relationships + properties).
    public func encodedSnapshot(sequence: UInt64) -> [UInt8] {
        var w = ByteWriter(capacity: 40 * relationshipCount + 1024)
        w.raw(Self.snapshotMagic)
        w.fixed64(sequence)
        for table in [labelNames, relationshipTypeNames, propertyKeyNames] {
            w.count(table.names.count)
            for name in table.names { w.string(name) }
        }
        let indexes = propertyIndexes.map { ($0.key, $0.value.name) }.sorted { $0.1 < $1.1 }
        let constraints = uniqueConstraints.map { ($0.key, $0.value) }.sorted { $0.1 < $1.1 }
        for elements in [indexes, constraints] {
            w.count(elements.count)
            for (key, name) in elements {
                w.count(Int(key.label.rawValue))
                w.count(Int(key.key.rawValue))
                w.string(name)
            }
        }
        w.count(nodeLive.count)
        w.count(nodeCount)
        w.count(relationshipLive.count)
        w.count(relationshipCount)

        var nodes = ByteWriter(capacity: 32 * nodeCount + 16)
        var previous = -1
        for i in nodeLive.indices where nodeLive[i] {
            nodes.count(i - previous - 1)
            previous = i
            let labels = self.labels(of: NodeID(i))
            nodes.count(labels.count)
            for label in labels { nodes.count(Int(label.rawValue)) }
            Self.write(nodeProperties[i], &nodes)
        }
        w.fixed64(UInt64(nodes.bytes.count))
        w.raw(nodes.bytes)

        previous = -1
        for i in relationshipLive.indices where relationshipLive[i] {
            w.count(i - previous - 1)
            previous = i
            w.count(Int(relationshipTypes[i].rawValue))
            w.count(relationshipStarts[i].rawValue)
            w.count(relationshipEnds[i].rawValue)
            Self.write(relationshipProperties[i], &w)
        }
        w.fixed32(CRC32.checksum(w.bytes))
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
    /// - Complexity: O(nodes + relationships + properties), in two threads where there are two cores.
    public static func restoring(snapshot bytes: [UInt8]) throws(CorruptData) -> (graph: PropertyGraph, sequence: UInt64) {
        let magic = snapshotMagic.count
        guard bytes.count >= magic + 12, Array(bytes.prefix(magic)) == snapshotMagic else {
            if bytes.starts(with: snapshotMagic.prefix(magic - 2)) {
                throw CorruptData("a snapshot of format \(String(decoding: bytes[(magic - 2)..<magic], as: UTF8.self)); this version reads format 02")
            }
            throw CorruptData("not a ClusterGraph snapshot")
        }
        let end = bytes.count - 4
        var trailer = ByteReader(bytes, from: end)
        guard try trailer.fixed32() == CRC32.checksum(bytes, 0..<end) else {
            throw CorruptData("the snapshot's checksum does not match: it is damaged")
        }
        // The checksum matched, so the strings are those that were written, which were valid UTF-8.
        var r = ByteReader(bytes, from: magic, to: end, validatingStrings: false)
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
        let shape = SnapshotShape(labels: tables[0].count, types: tables[1].count, keys: tables[2].count)

        var schema: [[(PropertyIndexKey, SchemaName)]] = []
        for _ in 0..<2 {
            var elements: [(PropertyIndexKey, SchemaName)] = []
            for _ in 0..<(try r.count()) {
                let label = LabelID(Int32(try r.count(limit: shape.labels - 1)))
                let key = PropertyKeyID(Int32(try r.count(limit: shape.keys - 1)))
                elements.append((PropertyIndexKey(label: label, key: key), try r.string()))
            }
            schema.append(elements)
        }
        let nodeSlots = try r.count(), liveNodes = try r.count(limit: nodeSlots)
        let relationshipSlots = try r.count(), liveRelationships = try r.count(limit: relationshipSlots)
        let nodeBytes = try r.fixed64()
        guard nodeBytes <= UInt64(end - r.position) else { throw CorruptData("the node section runs past the end") }
        let nodesStart = r.position, relationshipsStart = r.position + Int(nodeBytes)

        // Two threads: the nodes; the relationships. Then the two directions' adjacency lists.
        let (nodes, relationships) = try inParallel(
            { () throws(CorruptData) in
                var reader = ByteReader(bytes, from: nodesStart, to: relationshipsStart, validatingStrings: false)
                return try NodeSection(&reader, slots: nodeSlots, live: liveNodes, shape)
            },
            { () throws(CorruptData) in
                var reader = ByteReader(bytes, from: relationshipsStart, to: end, validatingStrings: false)
                return try RelationshipSection(&reader, slots: relationshipSlots, live: liveRelationships, nodeSlots: nodeSlots, shape)
            })
        try relationships.checkEndpoints(nodeLive: nodes.live)
        let (outgoing, incoming) = inParallel({ relationships.lists(outgoing: true) }, { relationships.lists(outgoing: false) })

        graph.nodeLive = nodes.live
        graph.nodeLabelBits = nodes.labelBits
        graph.nodeExtraLabels = nodes.extraLabels
        graph.nodeProperties = nodes.properties
        graph.nodeCount = liveNodes
        for (label, members) in nodes.labelMembers.enumerated() { graph.nodesByLabel[label] = SortedIDSet(sortedIDs: members) }
        graph.relationshipLive = relationships.live
        graph.relationshipTypes = relationships.types
        graph.relationshipStarts = relationships.starts
        graph.relationshipEnds = relationships.ends
        graph.relationshipProperties = relationships.properties
        graph.relationshipCount = liveRelationships
        for (type, members) in relationships.byType.enumerated() { graph.relationshipsByType[type] = SortedIDSet(sortedIDs: members) }
        graph.outgoingLists = outgoing
        graph.incomingLists = incoming
        // Indexes, then the indexes that constraints need and no index provides; filled when first read.
        for (key, name) in schema[0] + schema[1] where graph.propertyIndexes[key] == nil {
            graph.propertyIndexes[key] = PropertyIndex(unfilledNamed: name)
        }
        for (key, name) in schema[1] { graph.uniqueConstraints[key] = name }
        return (graph, sequence)
    }

    fileprivate static func readProperties(_ r: inout ByteReader, _ keys: inout KeyArrays) throws(CorruptData) -> PropertyMap {
        let n = try r.count(limit: keys.count)
        guard n > 0 else { return PropertyMap() }
        var values: [Value] = []
        values.reserveCapacity(n)
        keys.scratch.removeAll(keepingCapacity: true)
        for _ in 0..<n {
            let key = PropertyKeyID(Int32(try r.count(limit: keys.count - 1)))
            if let last = keys.scratch.last, last >= key { throw CorruptData("property keys out of order") }
            keys.scratch.append(key)
            values.append(try r.value())
        }
        return PropertyMap(sortedKeys: keys.shared(), values: values)
    }
}

/// The key lists of the property maps being read: elements of one kind mostly carry the same keys, and
/// maps with the same keys share one array of them (an array is a value: a map that changes its keys
/// later gets its own copy), which saves an allocation and its memory per element.
private struct KeyArrays {
    /// The number of property keys (key ids are below it).
    let count: Int
    /// The keys of the map being read.
    var scratch: [PropertyKeyID] = []
    /// The last few distinct key lists.
    private var recent: [[PropertyKeyID]] = []

    init(count: Int) { self.count = count }

    /// An array equal to `scratch`: one seen recently, or a new one remembered.
    mutating func shared() -> [PropertyKeyID] {
        if let found = recent.first(where: { $0 == scratch }) { return found }
        let keys = scratch
        if recent.count == 8 { recent.removeFirst() }
        recent.append(keys)
        return keys
    }
}

/// How many names each table of a snapshot holds (the bounds of the ids its elements use).
private struct SnapshotShape: Sendable {
    let labels: Int
    let types: Int
    let keys: Int
}

/// The nodes of a snapshot, read into the arrays the graph keeps.
private struct NodeSection: Sendable {
    var live: [Bool]
    var labelBits: [UInt64]
    var extraLabels: [Int: [LabelID]] = [:]
    var properties: [PropertyMap]
    /// Each label's nodes in id order.
    var labelMembers: [[Int]]

    init(_ r: inout ByteReader, slots: Int, live count: Int, _ shape: SnapshotShape) throws(CorruptData) {
        live = Array(repeating: false, count: slots)
        labelBits = Array(repeating: 0, count: slots)
        properties = Array(repeating: PropertyMap(), count: slots)
        labelMembers = Array(repeating: [], count: shape.labels)
        var keys = KeyArrays(count: shape.keys)
        var id = -1
        for _ in 0..<count {
            id += 1 + (try r.count())
            guard id < slots else { throw CorruptData("node \(id) beyond the \(slots) node slots") }
            live[id] = true
            for _ in 0..<(try r.count(limit: shape.labels)) {
                let label = try r.count(limit: shape.labels - 1)
                if label < 64 {
                    labelBits[id] |= 1 << UInt64(label)
                } else {
                    extraLabels[id, default: []].append(LabelID(Int32(label)))
                }
                labelMembers[label].append(id)
            }
            properties[id] = try PropertyGraph.readProperties(&r, &keys)
        }
        guard r.isAtEnd else { throw CorruptData("bytes after the last node") }
    }
}

/// The relationships of a snapshot, read into the arrays the graph keeps.
private struct RelationshipSection: Sendable {
    var live: [Bool]
    var types: [RelationshipTypeID]
    var starts: [NodeID]
    var ends: [NodeID]
    var properties: [PropertyMap]
    /// Each type's relationships in id order.
    var byType: [[Int]]
    var outDegree: [Int]
    var inDegree: [Int]

    init(_ r: inout ByteReader, slots: Int, live count: Int, nodeSlots: Int, _ shape: SnapshotShape) throws(CorruptData) {
        live = Array(repeating: false, count: slots)
        types = Array(repeating: RelationshipTypeID(0), count: slots)
        starts = Array(repeating: NodeID(0), count: slots)
        ends = Array(repeating: NodeID(0), count: slots)
        properties = Array(repeating: PropertyMap(), count: slots)
        byType = Array(repeating: [], count: shape.types)
        outDegree = Array(repeating: 0, count: nodeSlots)
        inDegree = Array(repeating: 0, count: nodeSlots)
        var keys = KeyArrays(count: shape.keys)
        var id = -1
        for _ in 0..<count {
            id += 1 + (try r.count())
            guard id < slots else { throw CorruptData("relationship \(id) beyond the \(slots) slots") }
            let type = try r.count(limit: shape.types - 1)
            let start = try r.count(limit: nodeSlots - 1), end = try r.count(limit: nodeSlots - 1)
            live[id] = true
            types[id] = RelationshipTypeID(Int32(type))
            starts[id] = NodeID(start)
            ends[id] = NodeID(end)
            properties[id] = try PropertyGraph.readProperties(&r, &keys)
            byType[type].append(id)
            outDegree[start] += 1
            inDegree[end] += 1
        }
        guard r.isAtEnd else { throw CorruptData("bytes after the last relationship") }
    }

    /// Fails when a relationship joins a node that does not exist.
    func checkEndpoints(nodeLive: [Bool]) throws(CorruptData) {
        for members in byType {
            for relationship in members where !nodeLive[starts[relationship].rawValue] || !nodeLive[ends[relationship].rawValue] {
                throw CorruptData("relationship \(relationship) joins a node that does not exist")
            }
        }
    }

    /// One direction's lists, sorted by type then id (relationships taken type by type, each type's in
    /// id order): the entries laid out flat, node after node (each node's at the running sum of the
    /// degrees before it), then cut into one slice per node — no allocation per node, no per-entry growth.
    func lists(outgoing: Bool) -> [AdjacencyList] {
        let degree = outgoing ? outDegree : inDegree
        var next = [Int](repeating: 0, count: degree.count + 1)
        for node in degree.indices { next[node + 1] = next[node] + degree[node] }
        let offsets = next
        let placeholder = AdjacencyEntry(relationship: RelationshipID(0), neighbor: NodeID(0), type: RelationshipTypeID(0))
        var flat = [AdjacencyEntry](repeating: placeholder, count: offsets[degree.count])
        flat.withUnsafeMutableBufferPointer { flat in
            next.withUnsafeMutableBufferPointer { next in
                for (type, members) in byType.enumerated() {
                    let t = RelationshipTypeID(Int32(type))
                    for relationship in members {
                        let start = starts[relationship], end = ends[relationship]
                        let (node, neighbor) = outgoing ? (start, end) : (end, start)
                        flat[next[node.rawValue]] = AdjacencyEntry(relationship: RelationshipID(relationship), neighbor: neighbor, type: t)
                        next[node.rawValue] += 1
                    }
                }
            }
        }
        return degree.indices.map { node in
            degree[node] == 0 ? AdjacencyList() : AdjacencyList(sortedEntries: flat[offsets[node]..<offsets[node + 1]])
        }
    }
}

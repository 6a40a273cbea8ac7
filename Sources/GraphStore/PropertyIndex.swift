// Equality indexes on one property key of the nodes carrying one label (`CREATE INDEX FOR (n:L) ON
// (n.k)`), and the schema descriptions the catalog lists. Index keys use Cypher equivalence, so an
// integer 1 finds a stored 1.0; the query keeps its predicate, which settles the rest (NaN, null).

/// The (label, property key) pair an index or a constraint is defined on.
public struct PropertyIndexKey: Hashable, Sendable {
    public let label: LabelID
    public let key: PropertyKeyID

    public init(label: LabelID, key: PropertyKeyID) {
        self.label = label
        self.key = key
    }
}

/// A user-visible name of an index or constraint.
public typealias SchemaName = String

/// An equality index: property value → ids of the nodes with that label and value.
///
/// An index a database restores is not filled until it is first read (`PropertyGraph.propertyIndex`
/// fills it from the graph as it is then): filling one over a million nodes was a third of opening a
/// database, and most sessions never read most indexes. An unfilled index ignores writes — filling it
/// later reads them from the graph — and is never read: every read goes through the graph's
/// `filledIndex(_:)`.
public struct PropertyIndex: Sendable {
    /// The nodes holding one value. Most indexed values (keys) have one holder, kept inline: a million
    /// one-element arrays were most of the time and memory of building an index (at snapshot restore).
    enum Holders: Sendable {
        case one(Int)
        case many(SortedIDSet)

        var set: SortedIDSet {
            switch self {
            case .one(let id): return SortedIDSet(sortedIDs: [id])
            case .many(let set): return set
            }
        }

        var count: Int {
            switch self {
            case .one: return 1
            case .many(let set): return set.count
            }
        }
    }

    public let name: SchemaName
    /// nil until the index is filled.
    private var buckets: [Value: Holders]?

    /// An index to fill when it is first read.
    init(unfilledNamed name: SchemaName) { self.name = name }

    /// True once the index holds its entries.
    var isFilled: Bool { buckets != nil }

    /// The index of property `key` over `members` (ids in ascending order), whose properties are
    /// `properties[id]`.
    init(name: SchemaName, key: PropertyKeyID, members: ArraySlice<Int>, properties: [PropertyMap]) {
        self.name = name
        buckets = [:]
        buckets?.reserveCapacity(members.count)
        for id in members {
            if let value = properties[id][key] { add(id, value: value) }
        }
    }

    /// Ids of the nodes whose indexed value is equivalent to `value`.
    /// - Complexity: O(1) on average.
    public func lookup(_ value: Value) -> SortedIDSet {
        assert(isFilled, "an unfilled index was read")
        return buckets?[value]?.set ?? SortedIDSet()
    }

    /// The number of distinct indexed values.
    public var distinctValues: Int {
        assert(isFilled, "an unfilled index was read")
        return buckets?.count ?? 0
    }

    /// Each value held by more than one node, with its holders (for uniqueness checks).
    var sharedValues: [(value: Value, holders: SortedIDSet)] {
        assert(isFilled, "an unfilled index was read")
        return (buckets ?? [:]).compactMap { value, holders in
            if case .many(let set) = holders, set.count > 1 { return (value, set) }
            return nil
        }
    }

    /// Adds `node` under `value`; nothing while the index is unfilled (filling it reads the graph).
    mutating func add(_ node: Int, value: Value) {
        guard buckets != nil else { return }
        // A new value (the common case) costs one hash: the node goes in first, and what was there is
        // merged back only when there was something (which also leaves a set uniquely referenced).
        guard let before = buckets?.updateValue(.one(node), forKey: value) else { return }
        switch before {
        case .one(let other):
            if other != node { buckets?[value] = .many(SortedIDSet(sortedIDs: other < node ? [other, node] : [node, other])) }
        case .many(var set):
            set.insert(node)
            buckets?[value] = .many(set)
        }
    }

    /// Removes `node` from under `value`; nothing while the index is unfilled.
    mutating func remove(_ node: Int, value: Value) {
        guard let holders = buckets?[value] else { return }
        switch holders {
        case .one(let id):
            if id == node { buckets?[value] = nil }
        case .many(var set):
            buckets?[value] = nil
            set.remove(node)
            if set.count == 1, let last = set.ids.first {
                buckets?[value] = .one(last)
            } else if !set.isEmpty {
                buckets?[value] = .many(set)
            }
        }
    }
}

/// A description of an index or constraint, as `SHOW INDEXES` / `SHOW CONSTRAINTS` list them.
public struct SchemaElement: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case index, uniqueConstraint }
    public let kind: Kind
    public let name: SchemaName
    public let label: String
    public let property: String
}

extension PropertyGraph {
    /// The index on (label, key), if one exists, filled.
    public func propertyIndex(label: LabelID, key: PropertyKeyID) -> PropertyIndex? {
        filledIndex(PropertyIndexKey(label: label, key: key))
    }

    /// The index on `key`, filled from the graph first if it is not yet (the only way indexes are read).
    func filledIndex(_ key: PropertyIndexKey) -> PropertyIndex? {
        guard let index = propertyIndexes[key] else { return nil }
        if index.isFilled { return index }
        let filled = buildIndex(key, name: index.name)
        propertyIndexes[key] = filled
        return filled
    }

    /// All indexes and constraints, sorted by name.
    public var schemaElements: [SchemaElement] {
        var elements: [SchemaElement] = []
        for (key, index) in propertyIndexes {
            elements.append(SchemaElement(kind: .index, name: index.name, label: name(of: key.label), property: name(of: key.key)))
        }
        for (key, constraintName) in uniqueConstraints {
            elements.append(
                SchemaElement(kind: .uniqueConstraint, name: constraintName, label: name(of: key.label), property: name(of: key.key)))
        }
        return elements.sorted { $0.name < $1.name }
    }

    /// Adds `node` to every index covering (one of its labels, `key`).
    func indexProperty(node: Int, labels: [LabelID], key: PropertyKeyID, value: Value) {
        guard !propertyIndexes.isEmpty else { return }
        for label in labels {
            let indexKey = PropertyIndexKey(label: label, key: key)
            if propertyIndexes[indexKey] != nil { propertyIndexes[indexKey]?.add(node, value: value) }
        }
    }

    /// Removes `node` from every index covering (one of its labels, `key`).
    func unindexProperty(node: Int, labels: [LabelID], key: PropertyKeyID, value: Value) {
        guard !propertyIndexes.isEmpty else { return }
        for label in labels {
            let indexKey = PropertyIndexKey(label: label, key: key)
            if propertyIndexes[indexKey] != nil { propertyIndexes[indexKey]?.remove(node, value: value) }
        }
    }

    /// Adds or removes every property of `node` under one label in the indexes of that label.
    func indexLabel(node: Int, label: LabelID, properties: PropertyMap, adding: Bool) {
        guard !propertyIndexes.isEmpty else { return }
        for (key, value) in properties.entries {
            let indexKey = PropertyIndexKey(label: label, key: key)
            guard propertyIndexes[indexKey] != nil else { continue }
            if adding {
                propertyIndexes[indexKey]?.add(node, value: value)
            } else {
                propertyIndexes[indexKey]?.remove(node, value: value)
            }
        }
    }
}

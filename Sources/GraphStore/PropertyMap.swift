// The properties of one node or relationship: a small array of (key id, value) pairs sorted by key id.
// Entities carry few properties, so a sorted array beats a hash table in memory and in lookup time.

/// Properties of a single entity, keyed by interned property key. Null values are never stored.
public struct PropertyMap: Sendable, Equatable {
    public private(set) var keys: [PropertyKeyID] = []
    public private(set) var values: [Value] = []

    public init() {}

    /// A map of keys already ascending and distinct, with their values (a bulk load's).
    init(sortedKeys: [PropertyKeyID], values: [Value]) {
        keys = sortedKeys
        self.values = values
    }

    /// The map of `properties` (null values skipped, a later duplicate key winning), built for a bulk
    /// load: when the keys are ascending and equal to `sharedKeys`, the map shares that array; when
    /// they are ascending but different, they become `sharedKeys`. Elements loaded together mostly
    /// carry the same keys, so this saves an array (an allocation) per element.
    public init(_ properties: [(PropertyKeyID, Value)], sharingKeys sharedKeys: inout [PropertyKeyID]) {
        var ascending = true
        for i in properties.indices {
            if properties[i].1.isNull || (i > 0 && properties[i - 1].0 >= properties[i].0) { ascending = false }
        }
        guard ascending else {
            for (key, value) in properties { set(key, to: value) }
            return
        }
        if !sharedKeys.elementsEqual(properties.lazy.map(\.0)) { sharedKeys = properties.map(\.0) }
        keys = sharedKeys
        values = properties.map(\.1)
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// The value stored under `key`, or nil.
    /// - Complexity: O(n) up to eight keys, O(log n) beyond.
    @inlinable public subscript(key: PropertyKeyID) -> Value? {
        guard let index = position(of: key) else { return nil }
        return values[index]
    }

    /// The index of `key` in `keys`, or nil.
    /// - Complexity: O(n) for up to eight keys (a scan beats a search there), O(log n) beyond.
    @inlinable func position(of key: PropertyKeyID) -> Int? {
        if keys.count <= 8 {
            for i in keys.indices where keys[i] >= key { return keys[i] == key ? i : nil }
            return nil
        }
        var low = 0, high = keys.count
        while low < high {
            let mid = (low + high) / 2
            let k = keys[mid]
            if k == key { return mid }
            if k < key { low = mid + 1 } else { high = mid }
        }
        return nil
    }

    /// Stores `value` under `key` (removing the key when `value` is null) and returns the previous value.
    /// - Complexity: O(n).
    @discardableResult
    public mutating func set(_ key: PropertyKeyID, to value: Value) -> Value? {
        var low = 0, high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        if low < keys.count, keys[low] == key {
            let old = values[low]
            if value.isNull {
                keys.remove(at: low)
                values.remove(at: low)
            } else {
                values[low] = value
            }
            return old
        }
        if !value.isNull {
            keys.insert(key, at: low)
            values.insert(value, at: low)
        }
        return nil
    }

    /// The (key, value) pairs in key-id order.
    public var entries: Zip2Sequence<[PropertyKeyID], [Value]> { zip(keys, values) }
}

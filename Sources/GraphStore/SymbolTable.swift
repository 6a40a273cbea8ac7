// Name interning for labels, relationship types and property keys. Names are interned once and never
// removed, so an id handed out stays valid; the catalog of names in use is derived from the data.

/// A table that maps names to dense 32-bit ids and back.
public struct SymbolTable: Sendable {
    private var idsByName: [String: Int32] = [:]
    private(set) public var names: [String] = []

    public init() {}

    /// The id of `name`, or nil when the name was never interned.
    /// - Complexity: O(1) on average.
    @inlinable public func id(of name: String) -> Int32? { lookup(name) }

    @usableFromInline func lookup(_ name: String) -> Int32? { idsByName[name] }

    /// The id of `name`, interning it when it is new.
    /// - Complexity: O(1) amortized.
    public mutating func intern(_ name: String) -> Int32 {
        if let id = idsByName[name] { return id }
        let id = Int32(names.count)
        names.append(name)
        idsByName[name] = id
        return id
    }

    /// The name of an id handed out by this table.
    /// - Complexity: O(1).
    public func name(of id: Int32) -> String { names[Int(id)] }

    /// The number of interned names.
    public var count: Int { names.count }
}

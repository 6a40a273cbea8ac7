// The node ids of a bulk import (the `:ID` column's texts), per id space, and the nodes they name.
//
// Ids are texts and compare as texts. Most files number their nodes, so an id written as a canonical
// decimal integer — digits only, no sign, no leading zero, at most 18 digits — is also kept in an
// array indexed by its value, as long as the values stay dense (below four times the ids stored, plus
// 1,024). Canonical texts and their values correspond one to one, so the array answers exactly what
// the text's dictionary would; it only skips hashing the text and a random probe of a large table
// (a fifth of importing a million relationships). Every other id, including "007", "-1" and integers
// too large to keep densely, is looked up by its text. A text is stored in one place only: an insert
// first looks the text up in both.

import GraphStore

/// The id spaces of one import, each a table of id text → node.
struct ImportIDs {
    private var spaces: [ImportIDSpace] = []
    private var slots: [String: Int] = [:]

    /// The slot of the id space `name`, created when new.
    mutating func slot(of name: String) -> Int {
        if let slot = slots[name] { return slot }
        slots[name] = spaces.count
        spaces.append(ImportIDSpace())
        return spaces.count - 1
    }

    /// The node with id `text` in space `slot`, if any.
    func node(_ text: String, in slot: Int) -> NodeID? { spaces[slot].node(text).map(NodeID.init) }

    /// Records that `text` names `node` in space `slot`; false (and no change) when the text is taken.
    mutating func insert(_ text: String, node: NodeID, in slot: Int) -> Bool { spaces[slot].insert(text, node: node.rawValue) }
}

/// One id space: canonical integer ids densely in an array while they stay dense, all others by text.
/// Nodes are kept as their raw store ids.
struct ImportIDSpace {
    /// `byValue[k]` is the node of the id whose value is `k`, or -1.
    private var byValue: [Int] = []
    private var byText: [String: Int] = [:]
    private var count = 0

    func node(_ text: String) -> Int? {
        if let value = Self.canonicalValue(text), value < byValue.count, byValue[value] >= 0 { return byValue[value] }
        return byText[text]
    }

    mutating func insert(_ text: String, node: Int) -> Bool {
        guard self.node(text) == nil else { return false }
        count += 1
        if let value = Self.canonicalValue(text), value < max(byValue.count, 4 * count + 1024) {
            if value >= byValue.count {
                byValue.append(contentsOf: repeatElement(-1, count: max(value + 1, 2 * byValue.count) - byValue.count))
            }
            byValue[value] = node
        } else {
            byText[text] = node
        }
        return true
    }

    /// The value of a canonical non-negative decimal integer text of at most 18 digits, else nil.
    static func canonicalValue(_ text: String) -> Int? {
        let digits = text.utf8
        guard let first = digits.first, digits.count <= 18, first != UInt8(ascii: "0") || digits.count == 1 else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}

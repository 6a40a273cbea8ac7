// Strings compared as Neo4j compares them: by their code points (Java's String.equals, and an order by
// code point), not by Swift's canonical equivalence, under which 'é' (U+00E9) and 'e' + U+0301 are
// equal. Cypher sees them as different strings of different sizes, so every equality, order and hash of a
// string value goes through these. A UTF-8 byte order is the code point order, so both work on the bytes.

extension String {
    /// True when the two strings have the same code points.
    @inlinable public func hasSameCodePoints(as other: String) -> Bool {
        var a = self, b = other
        return a.withUTF8 { x in b.withUTF8 { y in x.count == y.count && (x.count == 0 || x.elementsEqual(y)) } }
    }

    /// Negative, zero or positive as this string comes before, with or after `other` by code points.
    @inlinable public func codePointCompare(_ other: String) -> Int {
        var a = self, b = other
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let n = Swift.min(x.count, y.count)
                var i = 0
                while i < n {
                    if x[i] != y[i] { return x[i] < y[i] ? -1 : 1 }
                    i += 1
                }
                return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
            }
        }
    }

    /// True when `other`'s code points occur in this string's, one after another.
    public func containsCodePoints(of other: String) -> Bool {
        var a = self, b = other
        return a.withUTF8 { x in
            b.withUTF8 { y in
                guard y.count > 0 else { return true }
                guard y.count <= x.count else { return false }
                // A match of valid UTF-8 bytes starts and ends on code point boundaries.
                for start in 0...(x.count - y.count) where x[start] == y[0] {
                    var k = 1
                    while k < y.count && x[start + k] == y[k] { k += 1 }
                    if k == y.count { return true }
                }
                return false
            }
        }
    }

    /// Feeds the string's code points (as UTF-8 bytes) to a hasher: equal exactly when `hasSameCodePoints`.
    @inlinable public func hashCodePoints(into hasher: inout Hasher) {
        var s = self
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(s.utf8.count)
    }
}

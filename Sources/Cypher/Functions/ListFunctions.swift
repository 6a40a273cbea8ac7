// Functions over lists (and the list-like: strings for size and reverse): size, head, last, tail,
// range, reverse, coalesce, isEmpty.

extension FunctionRegistry {
    static let listFunctions: [FunctionDefinition] = [
        FunctionDefinition(
            "size", "size(list or string) :: INTEGER", arguments: 1...1, types: [[.list(.any), .string]], returns: .integer,
            "the number of elements of a list, or of characters of a string",
            .scalar { args, ctx throws(CypherError) in
                switch args[0] {
                case .null: return .null
                case .list(let items): return .int(Int64(items.count))
                case .string(let s): return .int(Int64(s.unicodeScalars.count))
                case let other: throw ctx.typeError("size", expected: "a list or a string", got: other)
                }
            }),
        FunctionDefinition(
            "head", "head(list) :: ANY", arguments: 1...1, types: [[.list(.any)]], "the first element of a list",
            .scalar { args, ctx throws(CypherError) in
                switch args[0] {
                case .null: return .null
                case .list(let items): return items.first ?? .null
                case let other: throw ctx.typeError("head", expected: "a list", got: other)
                }
            }),
        FunctionDefinition(
            "last", "last(list) :: ANY", arguments: 1...1, types: [[.list(.any)]], "the last element of a list",
            .scalar { args, ctx throws(CypherError) in
                switch args[0] {
                case .null: return .null
                case .list(let items): return items.last ?? .null
                case let other: throw ctx.typeError("last", expected: "a list", got: other)
                }
            }),
        FunctionDefinition(
            "tail", "tail(list) :: LIST", arguments: 1...1, types: [[.list(.any)]], returns: .list(.any),
            "all but the first element of a list",
            .scalar { args, ctx throws(CypherError) in
                switch args[0] {
                case .null: return .null
                case .list(let items): return .list(Array(items.dropFirst()))
                case let other: throw ctx.typeError("tail", expected: "a list", got: other)
                }
            }),
        FunctionDefinition(
            "range", "range(start, end [, step]) :: LIST<INTEGER>", arguments: 2...3,
            types: [[.integer], [.integer], [.integer]], returns: .list(.integer),
            "the integers from start to end inclusive, by step",
            .scalar { args, ctx throws(CypherError) in
                var bounds: [Int64] = []
                for arg in args {
                    guard case .int(let i) = arg else {
                        throw .runtime(.invalidArgumentType("range() expects integers, got \(arg.typeName)"), at: ctx.range, category: .argumentError)
                    }
                    bounds.append(i)
                }
                let step = bounds.count == 3 ? bounds[2] : 1
                guard step != 0 else {
                    throw .runtime(.numberOutOfRange("range() step must not be zero"), at: ctx.range, category: .argumentError)
                }
                let (start, end) = (bounds[0], bounds[1])
                if (step > 0 && start > end) || (step < 0 && start < end) { return .list([]) }
                // The distance between the bounds always fits in 64 unsigned bits; the number of elements
                // is one more than the steps that fit in it (2^64 at most, so it is checked before adding).
                let span = step > 0 ? UInt64(bitPattern: end &- start) : UInt64(bitPattern: start &- end)
                let steps = span / step.magnitude
                guard steps < UInt64(Int.max) else {
                    throw .runtime(.memoryLimit("range() would produce \(steps) elements and more"), at: ctx.range)
                }
                let count = Int(steps) + 1
                try ctx.evaluator.context.requireRoom(
                    for: count, bytesEach: MemoryLayout<Value>.stride, building: "range() of \(count) elements", at: ctx.range)
                var items: [Value] = []
                items.reserveCapacity(count)
                var i = start
                items.append(.int(i))
                for _ in 1..<count {
                    i &+= step  // never past `end`, so never overflowing
                    items.append(.int(i))
                }
                return .list(items)
            }),
        FunctionDefinition(
            "reverse", "reverse(list or string) :: LIST or STRING", arguments: 1...1, types: [[.list(.any), .string]],
            "a list or string in reverse order",
            .scalar { args, ctx throws(CypherError) in
                switch args[0] {
                case .null: return .null
                case .list(let items): return .list(items.reversed())
                // Code points reversed (Java's StringBuilder.reverse), not characters.
                case .string(let s): return .string(String(String.UnicodeScalarView(s.unicodeScalars.reversed())))
                case let other: throw ctx.typeError("reverse", expected: "a list or a string", got: other)
                }
            }),
        FunctionDefinition(
            "nullIf", "nullIf(value, other) :: ANY", arguments: 2...2, "null when the two are equal (=), else the first",
            .scalar { args, _ throws(CypherError) in args[0].cypherEquals(args[1]) == true ? .null : args[0] }),
        FunctionDefinition(
            "coalesce", "coalesce(value, ...) :: ANY", arguments: 1...Int.max, "the first argument that is not null",
            .scalar { args, _ throws(CypherError) in args.first { !$0.isNull } ?? .null }),
        FunctionDefinition(
            "isEmpty", "isEmpty(list, map or string) :: BOOLEAN", arguments: 1...1,
            types: [[.list(.any), .map, .string]], returns: .boolean, "true when a list, map or string is empty",
            .scalar { args, ctx throws(CypherError) in
                switch args[0] {
                case .null: return .null
                case .list(let items): return .bool(items.isEmpty)
                case .map(let map): return .bool(map.isEmpty)
                case .string(let s): return .bool(s.isEmpty)
                case let other: throw ctx.typeError("isEmpty", expected: "a list, map or string", got: other)
                }
            }),
    ]
}

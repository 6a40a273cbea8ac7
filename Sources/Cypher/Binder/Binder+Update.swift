// Binding of the updating clauses: CREATE, MERGE, SET, REMOVE and DELETE, with their semantic checks
// (a relationship to create needs one type and a direction; a bound variable cannot be re-declared with
// labels or properties; DELETE takes nodes, relationships and paths).

extension Binder {
    func bindCreate(_ pattern: [PatternPart], scope: Scope) throws(CypherError) -> (BoundClause, Scope) {
        var newScope = scope
        var nodes: [NodeToCreate] = []
        var relationships: [RelationshipToCreate] = []
        var nodeSlots: Set<Int> = []
        var paths: [BoundPathProjection] = []
        for part in pattern {
            let (startSlot, steps) = try collectCreation(
                part, before: scope, scope: &newScope, nodes: &nodes, nodeSlots: &nodeSlots, relationships: &relationships, isMerge: false)
            if let name = part.pathVariable {
                if newScope[name] != nil { throw .compile(.variableAlreadyBound(name), at: part.range) }
                let slot = allocateSlot()
                newScope.add(Variable(name: name, slot: slot, kind: .path))
                paths.append(BoundPathProjection(name: name, slot: slot, startSlot: startSlot, steps: steps))
            }
        }
        let creator = PatternCreator(nodes: nodes, relationships: relationships, rejectNullProperties: false)
        return (.create(creator, paths: paths), newScope)
    }

    /// Collects what a CREATE or MERGE pattern part creates. Variables bound in `before` are reused;
    /// others get the slot they have in `scope` (MERGE: the slots its match binds) or a new one.
    /// `nodeSlots` holds the slots of `nodes`, so that a CREATE of many elements plans in linear time.
    /// Returns the start slot and the path steps.
    private func collectCreation(
        _ part: PatternPart, before: Scope, scope: inout Scope, nodes: inout [NodeToCreate], nodeSlots: inout Set<Int>,
        relationships: inout [RelationshipToCreate], isMerge: Bool
    ) throws(CypherError) -> (Int, [ProjectPath.Step]) {
        let clause = isMerge ? "MERGE" : "CREATE"
        func node(_ np: NodePattern) throws(CypherError) -> Int {
            if np.labelExpression != nil {
                throw CypherError.compile(.unsupported("a label expression in \(clause) (write the labels as :A:B)"), at: np.range)
            }
            let name = np.variable ?? anonymousName("node", at: np.range)
            if np.variable != nil, let existing = before[name] {
                guard existing.kind.canBeNode else {
                    throw CypherError.compile(.variableTypeConflict(name, declared: existing.kind.displayName, used: "node"), at: np.range)
                }
                if !np.labels.isEmpty || np.properties != nil || part.steps.isEmpty {
                    throw CypherError.compile(.variableAlreadyBound(name), at: np.range)
                }
                if nodeSlots.insert(existing.slot).inserted {
                    nodes.append(NodeToCreate(slot: existing.slot, isBound: true, labels: [], properties: nil, variable: name, range: np.range))
                }
                return existing.slot
            }
            if let existing = scope[name], nodeSlots.contains(existing.slot) {
                if !np.labels.isEmpty || np.properties != nil {
                    throw CypherError.compile(.variableAlreadyBound(name), at: np.range)
                }
                return existing.slot
            }
            if let existing = scope[name], !existing.kind.canBeNode {
                throw CypherError.compile(.variableTypeConflict(name, declared: existing.kind.displayName, used: "node"), at: np.range)
            }
            if let props = np.properties, case .parameter = props.kind, isMerge {
                throw CypherError.compile(.invalidParameterUse("a parameter cannot give the properties of a pattern in MERGE"), at: props.range)
            }
            let properties = try np.properties.map { e throws(CypherError) in try bind(e, scope, context: clause).expression }
            let slot: Int
            if let existing = scope[name] {
                slot = existing.slot
            } else {
                slot = allocateSlot()
                scope.add(Variable(name: name, slot: slot, kind: .node, isHidden: np.variable == nil))
            }
            nodes.append(NodeToCreate(slot: slot, isBound: false, labels: np.labels.map(LabelRef.init), properties: properties, variable: name, range: np.range))
            nodeSlots.insert(slot)
            return slot
        }
        let startSlot = try node(part.start)
        var left = startSlot
        var steps: [ProjectPath.Step] = []
        for (rp, np) in part.steps {
            if let name = rp.variable, before[name] != nil {
                throw CypherError.compile(.variableAlreadyBound(name), at: rp.range)
            }
            guard rp.types.count == 1 else { throw CypherError.compile(.noSingleRelationshipType, at: rp.range) }
            if rp.length != nil { throw CypherError.compile(.creatingVarLength, at: rp.range) }
            if rp.direction == .undirected && !isMerge {
                throw CypherError.compile(.requiresDirectedRelationship("CREATE"), at: rp.range)
            }
            let name = rp.variable ?? anonymousName("rel", at: rp.range)
            if rp.variable != nil, before[name] != nil {
                throw CypherError.compile(.variableAlreadyBound(name), at: rp.range)
            }
            let right = try node(np)
            let properties = try rp.properties.map { e throws(CypherError) in try bind(e, scope, context: clause).expression }
            let slot: Int
            if let existing = scope[name], isMerge {
                slot = existing.slot
            } else {
                if scope[name] != nil { throw CypherError.compile(.variableAlreadyBound(name), at: rp.range) }
                slot = allocateSlot()
                scope.add(Variable(name: name, slot: slot, kind: .relationship, isHidden: rp.variable == nil))
            }
            let (from, to) = rp.direction == .rightToLeft ? (right, left) : (left, right)
            relationships.append(
                RelationshipToCreate(slot: slot, type: TypeRef(rp.types[0]), fromSlot: from, toSlot: to, properties: properties, range: rp.range))
            steps.append(.single(slot))
            left = right
        }
        return (startSlot, steps)
    }

    func bindMerge(_ part: PatternPart, onCreate: [SetItem], onMatch: [SetItem], scope: Scope)
        throws(CypherError) -> (BoundClause, Scope)
    {
        // Check what may be created before planning the match, so errors name the creation rules.
        for (rp, _) in part.steps {
            if let name = rp.variable, scope[name] != nil {
                throw CypherError.compile(.variableAlreadyBound(name), at: rp.range)
            }
            guard rp.types.count == 1 else { throw CypherError.compile(.noSingleRelationshipType, at: rp.range) }
            if rp.length != nil { throw CypherError.compile(.creatingVarLength, at: rp.range) }
        }
        for np in [part.start] + part.steps.map(\.1) {
            if let name = np.variable, scope[name] != nil, !np.labels.isEmpty || np.properties != nil {
                throw CypherError.compile(.variableAlreadyBound(name), at: np.range)
            }
        }
        if part.steps.isEmpty, let name = part.start.variable, scope[name] != nil {
            throw CypherError.compile(.variableAlreadyBound(name), at: part.start.range)
        }
        let (match, matchScope) = try bindPattern([part], predicate: nil, scope: scope, clause: "MERGE")
        var createScope = matchScope
        var nodes: [NodeToCreate] = []
        var relationships: [RelationshipToCreate] = []
        var nodeSlots: Set<Int> = []
        let (startSlot, steps) = try collectCreation(
            part, before: scope, scope: &createScope, nodes: &nodes, nodeSlots: &nodeSlots, relationships: &relationships, isMerge: true)
        let creator = PatternCreator(nodes: nodes, relationships: relationships, rejectNullProperties: true)
        var path: BoundPathProjection?
        if let name = part.pathVariable, let variable = matchScope[name] {
            path = BoundPathProjection(name: name, slot: variable.slot, startSlot: startSlot, steps: steps)
        }
        let merge = BoundMerge(
            match: match, creator: creator, onMatch: try bindSetItems(onMatch, matchScope), onCreate: try bindSetItems(onCreate, matchScope),
            path: path)
        return (.merge(merge), matchScope)
    }

    func bindSetItems(_ items: [SetItem], _ scope: Scope) throws(CypherError) -> [SetAction] {
        var actions: [SetAction] = []
        for item in items {
            switch item {
            case .property(let target, let key, let value):
                let t = try bind(target, scope, context: "SET")
                try requireEntityType(t, target.range)
                let range = target.range.union(value.range)
                actions.append(.property(target: t.expression, key: PropertyKeyRef(key), value: try bind(value, scope, context: "SET").expression, range: range))
            case .replaceAll(let variable, let value, let range):
                let t = try variableReference(variable, scope, range)
                actions.append(.replaceAll(target: t, value: try bind(value, scope, context: "SET").expression, range: range))
            case .merge(let variable, let value, let range):
                let t = try variableReference(variable, scope, range)
                actions.append(.merge(target: t, value: try bind(value, scope, context: "SET").expression, range: range))
            case .labels(let variable, let labels, let range):
                let t = try variableReference(variable, scope, range)
                actions.append(.addLabels(target: t, labels: labels.map(LabelRef.init), range: range))
            }
        }
        return actions
    }

    func bindRemoveItems(_ items: [RemoveItem], _ scope: Scope) throws(CypherError) -> [SetAction] {
        var actions: [SetAction] = []
        for item in items {
            switch item {
            case .property(let target, let key):
                let t = try bind(target, scope, context: "REMOVE")
                try requireEntityType(t, target.range)
                actions.append(.removeProperty(target: t.expression, key: PropertyKeyRef(key), range: target.range))
            case .labels(let variable, let labels, let range):
                let t = try variableReference(variable, scope, range)
                actions.append(.removeLabels(target: t, labels: labels.map(LabelRef.init), range: range))
            }
        }
        return actions
    }

    private func variableReference(_ name: String, _ scope: Scope, _ range: SourceRange) throws(CypherError) -> BoundExpression {
        guard let v = scope[name] else {
            throw .compile(.undefinedVariable(name, suggestion: closestName(to: name, among: scope.names)), at: range)
        }
        return .slot(v.slot)
    }

    private func requireEntityType(_ t: TypedExpression, _ range: SourceRange) throws(CypherError) {
        switch t.type {
        case .any, .null, .node, .relationship, .map: return
        default:
            throw .compile(.invalidArgumentType("properties can only be set on nodes and relationships, not on a \(t.type.displayName)"), at: range, category: .typeError)
        }
    }

    func bindDelete(_ expressions: [Expression], detach: Bool, scope: Scope) throws(CypherError) -> BoundClause {
        var targets: [(expression: BoundExpression, range: SourceRange)] = []
        for e in expressions {
            if case .hasLabels = e.kind {
                throw .compile(.invalidDelete("a label predicate; use REMOVE n:Label to remove a label"), at: e.range)
            }
            let bound = try bind(e, scope, context: "DELETE")
            switch bound.type {
            case .any, .null, .node, .relationship, .path, .list: break
            default:
                throw .compile(.invalidArgumentType("DELETE expects a node, relationship or path, got a \(bound.type.displayName)"), at: e.range)
            }
            targets.append((bound.expression, e.range))
        }
        return .delete(targets, detach: detach)
    }
}

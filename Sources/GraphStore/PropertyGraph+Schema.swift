// Schema writes: creating and dropping property indexes and uniqueness constraints. A new index is
// filled from the existing nodes; a new constraint is checked against them before it is accepted.

extension PropertyGraph {
    /// Creates an equality index on (label, key) and fills it. Returns false (and changes nothing) when
    /// an index on the same (label, key) exists and `ifNotExists` is set.
    @discardableResult
    public func createIndex(label: LabelID, key: PropertyKeyID, name: SchemaName?, ifNotExists: Bool = false)
        throws(GraphStoreError) -> Bool
    {
        let indexKey = PropertyIndexKey(label: label, key: key)
        let indexName = name ?? defaultSchemaName("index", label: label, key: key)
        if propertyIndexes[indexKey] != nil || schemaElements.contains(where: { $0.name == indexName }) {
            if ifNotExists { return false }
            throw .schemaElementExists(indexName)
        }
        propertyIndexes[indexKey] = buildIndex(indexKey, name: indexName)
        log(.indexCreated(indexKey))
        return true
    }

    /// Drops the index called `name`.
    public func dropIndex(named name: SchemaName, ifExists: Bool = false) throws(GraphStoreError) {
        guard let (key, index) = propertyIndexes.first(where: { $0.value.name == name }),
            uniqueConstraints[key] == nil
        else {
            if ifExists { return }
            throw .schemaElementNotFound(name)
        }
        propertyIndexes[key] = nil
        log(.indexDropped(key, index))
    }

    /// Creates a uniqueness constraint on (label, key), after checking the existing nodes satisfy it.
    @discardableResult
    public func createUniqueConstraint(label: LabelID, key: PropertyKeyID, name: SchemaName?, ifNotExists: Bool = false)
        throws(GraphStoreError) -> Bool
    {
        let indexKey = PropertyIndexKey(label: label, key: key)
        let constraintName = name ?? defaultSchemaName("constraint", label: label, key: key)
        if uniqueConstraints[indexKey] != nil || schemaElements.contains(where: { $0.name == constraintName }) {
            if ifNotExists { return false }
            throw .schemaElementExists(constraintName)
        }
        let index = filledIndex(indexKey) ?? buildIndex(indexKey, name: constraintName)
        if let shared = index.sharedValues.first {
            throw .uniqueConstraintViolation(
                label: self.name(of: label), key: self.name(of: key), value: shared.value, existing: NodeID(shared.holders.ids[shared.holders.ids.startIndex]))
        }
        let createdIndex = propertyIndexes[indexKey] == nil
        propertyIndexes[indexKey] = index
        uniqueConstraints[indexKey] = constraintName
        log(.constraintCreated(indexKey, createdIndex: createdIndex))
        return true
    }

    /// Drops the constraint called `name` (its backing index stays).
    public func dropConstraint(named name: SchemaName, ifExists: Bool = false) throws(GraphStoreError) {
        guard let (key, _) = uniqueConstraints.first(where: { $0.value == name }) else {
            if ifExists { return }
            throw .schemaElementNotFound(name)
        }
        uniqueConstraints[key] = nil
        log(.constraintDropped(key, name))
    }

    /// True when (label, key) carries a uniqueness constraint.
    public func hasUniqueConstraint(label: LabelID, key: PropertyKeyID) -> Bool {
        uniqueConstraints[PropertyIndexKey(label: label, key: key)] != nil
    }

    func buildIndex(_ key: PropertyIndexKey, name: SchemaName) -> PropertyIndex {
        PropertyIndex(name: name, key: key.key, members: nodes(withLabel: key.label).ids, properties: nodeProperties)
    }

    private func defaultSchemaName(_ kind: String, label: LabelID, key: PropertyKeyID) -> SchemaName {
        "\(kind)_\(name(of: label))_\(name(of: key))"
    }
}

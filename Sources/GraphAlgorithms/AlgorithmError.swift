// The errors of graph selection, projection and the algorithms, as one closed enum. Every message is
// short, lower-case and names the configuration parameter at fault, so that a procedure or the CLI can
// show it as it is: "weightProperty: relationship 12 (:SPANS) has no property `w`".

import GraphStore

/// Why a graph could not be selected or an algorithm could not run.
public enum AlgorithmError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A label named in `labels` (or a projection) that no node ever carried.
    case unknownLabel(parameter: String, name: String, suggestion: String?)
    /// A relationship type named in `types` (or a projection) that no relationship ever had.
    case unknownRelationshipType(parameter: String, name: String, suggestion: String?)
    /// A selected relationship without the weight property.
    case missingWeight(property: String, relationship: Int, type: String)
    /// A weight that is not a number.
    case nonNumericWeight(property: String, relationship: Int, typeName: String)
    /// A weight that the algorithm cannot use (negative for shortest paths, not finite).
    case invalidWeight(parameter: String, value: Double, reason: String)
    /// A parameter with a value out of its range or of the wrong kind.
    case invalidParameter(name: String, reason: String)
    /// A node given as a parameter (a source, a target) that is not part of the selected graph.
    case nodeNotInGraph(parameter: String, node: Int)
    /// A relationship of a Cypher projection whose end is not among the projected nodes.
    case projectionEndpointMissing(parameter: String, row: Int, node: Int)
    /// The statement running the algorithm was asked to stop (see ``Cancellation``).
    case cancelled
    /// A power iteration that did not reach the tolerance.
    case didNotConverge(algorithm: String, iterations: Int, residual: Double, threshold: Double, hint: String)

    /// The message: the parameter at fault, then what is wrong with it.
    public var description: String {
        switch self {
        case .unknownLabel(let parameter, let name, let suggestion):
            return "\(parameter): unknown label `\(name)`" + (suggestion.map { " (did you mean `\($0)`?)" } ?? "")
        case .unknownRelationshipType(let parameter, let name, let suggestion):
            return "\(parameter): unknown relationship type `\(name)`" + (suggestion.map { " (did you mean `\($0)`?)" } ?? "")
        case .missingWeight(let property, let relationship, let type):
            return "weightProperty: relationship \(relationship) (:\(type)) has no property `\(property)`; "
                + "every selected relationship needs one (or set defaultWeight)"
        case .nonNumericWeight(let property, let relationship, let typeName):
            return "weightProperty: property `\(property)` of relationship \(relationship) is \(typeName), not a number"
        case .invalidWeight(let parameter, let value, let reason):
            return "\(parameter): weight \(value) \(reason)"
        case .invalidParameter(let name, let reason):
            return "\(name): \(reason)"
        case .nodeNotInGraph(let parameter, let node):
            return "\(parameter): node \(node) is not part of the selected graph"
        case .projectionEndpointMissing(let parameter, let row, let node):
            return "\(parameter): row \(row) refers to node \(node), which the node query did not return"
        case .cancelled:
            return "stopped before it finished: the statement was interrupted or reached its time or memory limit"
        case .didNotConverge(let algorithm, let iterations, let residual, let threshold, let hint):
            return "\(algorithm) did not converge in \(iterations) iterations (change \(residual) > \(threshold)); \(hint)"
        }
    }
}

/// The candidate closest to `name` by edit distance (case-insensitive), when close enough to suggest.
/// - Complexity: O(candidates × name length × candidate length).
func closestName(to name: String, among candidates: [String]) -> String? {
    let target = Array(name.lowercased().unicodeScalars)
    var best: (String, Int)?
    for candidate in candidates {
        let c = Array(candidate.lowercased().unicodeScalars)
        var previous = Array(0...c.count)
        var current = [Int](repeating: 0, count: c.count + 1)
        for i in 1...max(target.count, 1) where !target.isEmpty {
            current[0] = i
            for j in 1...max(c.count, 1) where !c.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (target[i - 1] == c[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        let distance = target.isEmpty ? c.count : previous[c.count]
        if distance <= max(1, target.count / 3), distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
    }
    return best?.0
}

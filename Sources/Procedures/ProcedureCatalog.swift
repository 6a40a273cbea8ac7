// The procedures of the product's libraries, registered in one place: `clusters.*` (the domain analyses
// of ClusterAnalysis) and `algo.*` (the graph algorithms). Each adapter is thin: it reads the call's
// arguments, runs a plain function of the library, and turns its result into rows.

import Cypher

/// Registers every library procedure in a database's registry.
public enum ProcedureCatalog {
    public static func registerAll(in registry: ProcedureRegistry) {
        ClusterProcedures.register(in: registry)
        AlgorithmProcedures.register(in: registry)
    }
}

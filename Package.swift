// swift-tools-version: 6.1
// ClusterGraph: a property-graph database and network analyzer for the geography of industrial clusters.
// Module layout and dependency direction follow ARCHITECTURE in README.md: GraphStore ← Cypher ← CLI.
import PackageDescription

let package = Package(
    name: "ClusterGraph",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "clustergraph", targets: ["ClusterGraphCLI"]),
        .executable(name: "clustergraph-fuzz", targets: ["ClusterGraphFuzz"]),
        .library(name: "Temporal", targets: ["Temporal"]),
        .library(name: "GraphStore", targets: ["GraphStore"]),
        .library(name: "Cypher", targets: ["Cypher"]),
        .library(name: "GraphAlgorithms", targets: ["GraphAlgorithms"]),
        .library(name: "ClusterAnalysis", targets: ["ClusterAnalysis"]),
        .library(name: "Procedures", targets: ["Procedures"]),
        .library(name: "GraphRender", targets: ["GraphRender"]),
        .library(name: "GraphIO", targets: ["GraphIO"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // openCypher's temporal values (dates, times, datetimes, durations) and their ISO 8601 text.
        .target(name: "Temporal"),
        .target(name: "GraphStore", dependencies: ["Temporal"]),
        .target(name: "Cypher", dependencies: ["GraphStore", "Temporal", "CMemory"]),
        // glibc's malloc_trim, so that the memory limit measures memory in use, not memory freed but kept.
        .target(name: "CMemory"),
        // Random graphs and queries, the optimizer's differential check and the fuzzers (for tests and
        // the clustergraph-fuzz tool).
        .target(name: "CypherTesting", dependencies: ["Cypher", "GraphStore"]),
        .target(name: "GraphAlgorithms", dependencies: ["GraphStore", "Temporal"]),
        .target(
            name: "ClusterAnalysis", dependencies: ["GraphStore", "GraphAlgorithms"],
            // The bundled dataset, compiled into the binary (Resources/ links to Graphs/).
            resources: [.embedInCode("Resources/interregional-clusters.cypher")]),
        .target(
            name: "Procedures", dependencies: ["Cypher", "GraphAlgorithms", "ClusterAnalysis", "Temporal"]),
        // Graphviz's libgvc, in-process (Debian libgraphviz-dev brings every layout and output plugin).
        .systemLibrary(name: "CGraphviz", pkgConfig: "libgvc", providers: [.apt(["libgraphviz-dev"])]),
        .target(name: "GraphRender", dependencies: ["GraphStore", "CGraphviz"]),
        .target(name: "GraphIO", dependencies: ["GraphStore", "Cypher", "Temporal"]),
        // Ctrl-C and SIGTERM caught into one flag the engine polls (a C target: the flag needs one definition).
        .target(name: "CSignals"),
        // libedit (BSD licence) for the shell's line editing; not GNU readline (GPL).
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .executableTarget(
            name: "ClusterGraphCLI",
            dependencies: [
                "GraphStore", "Cypher", "GraphAlgorithms", "ClusterAnalysis", "Procedures", "GraphRender", "GraphIO", "CEditLine", "CSignals",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "ClusterGraphFuzz",
            dependencies: ["Cypher", "CypherTesting", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .testTarget(name: "GraphStoreTests", dependencies: ["GraphStore", "CypherTesting"]),
        .testTarget(name: "TemporalTests", dependencies: ["Temporal"]),
        .testTarget(name: "CypherTests", dependencies: ["Cypher", "GraphStore", "CypherTesting"]),
        // The scenarios are read from the source tree (#filePath), not bundled.
        .testTarget(name: "TCKTests", dependencies: ["Cypher", "GraphStore"], exclude: ["Features", "known-failures.txt"]),
        .testTarget(
            name: "GraphAlgorithmsTests", dependencies: ["GraphAlgorithms", "GraphStore", "Cypher", "Procedures", "ClusterAnalysis"],
            exclude: ["make_fixtures.py"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ClusterAnalysisTests", dependencies: ["ClusterAnalysis", "Procedures", "Cypher"]),
        .testTarget(name: "GraphRenderTests", dependencies: ["GraphRender", "GraphStore", "Cypher"], resources: [.copy("Golden")]),
        .testTarget(name: "GraphIOTests", dependencies: ["GraphIO", "GraphStore", "Cypher", "ClusterAnalysis", "CypherTesting"], resources: [.copy("Golden")]),
        .testTarget(name: "CLITests", dependencies: ["ClusterGraphCLI", "Cypher", "CypherTesting"], resources: [.copy("Golden")]),
    ]
)

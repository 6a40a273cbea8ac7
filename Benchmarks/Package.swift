// swift-tools-version: 6.1
// Benchmarks of ClusterGraph, kept out of the root package so that they never slow its builds.
// `engine-bench cluster-graph …` runs the engine side of Benchmarks/run-engine-bench.sh.
import PackageDescription

let package = Package(
    name: "ClusterGraphBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "ClusterGraph", path: "..")],
    targets: [
        .executableTarget(
            name: "engine-bench",
            dependencies: [
                .product(name: "Cypher", package: "ClusterGraph"), .product(name: "GraphAlgorithms", package: "ClusterGraph"),
                .product(name: "GraphStore", package: "ClusterGraph"), .product(name: "GraphIO", package: "ClusterGraph"),
            ],
            path: "Sources/engine-bench",
            swiftSettings: [.unsafeFlags(["-cross-module-optimization"])]
        )
    ]
)

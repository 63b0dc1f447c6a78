// swift-tools-version: 6.2
import PackageDescription

let strict: [SwiftSetting] = [
    .treatAllWarnings(as: .error),
    // Async functions run on their caller's executor: a command stays on one thread instead of hopping.
    .enableUpcomingFeature("NonisolatedNonsendingByDefault"),
]

let package = Package(
    name: "Atrium",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "atrium", targets: ["atrium"]),
        .executable(name: "atrium-server", targets: ["atrium-server"]),
        .executable(name: "atrium-bench", targets: ["AtriumBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(
            url: "https://github.com/hummingbird-project/hummingbird.git",
            from: "2.28.1",
            traits: ["FullFoundation"]
        ),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
    ],
    targets: [
        .target(
            name: "AtriumCore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict
        ),
        .target(
            name: "AtriumStore",
            dependencies: [
                "AtriumCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "AtriumServices",
            dependencies: [
                "AtriumCore", "AtriumDocuments", "AtriumStore",
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ],
            swiftSettings: strict
        ),
        .target(name: "AtriumDocuments", dependencies: ["AtriumCore"], swiftSettings: strict),
        .target(
            name: "AtriumWeb",
            dependencies: [
                "AtriumCore", "AtriumDocuments", "AtriumServices", "AtriumStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "AtriumCLI",
            dependencies: [
                "AtriumCore", "AtriumDocuments", "AtriumServices", "AtriumStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        // The web server's command, in a program of its own (`atrium serve` hands over to it), so that
        // every other command starts without loading the server's code.
        .target(
            name: "AtriumServe",
            dependencies: [
                "AtriumCLI", "AtriumCore", "AtriumServices", "AtriumStore", "AtriumWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(name: "atrium", dependencies: ["AtriumCLI"], swiftSettings: strict),
        .executableTarget(name: "atrium-server", dependencies: ["AtriumServe"], swiftSettings: strict),
        .executableTarget(
            name: "AtriumBench",
            dependencies: ["AtriumCore", "AtriumServices", "AtriumStore"],
            swiftSettings: strict
        ),
        .target(
            name: "AtriumTestSupport",
            dependencies: ["AtriumCore", "AtriumStore", "AtriumServices"],
            path: "Tests/AtriumTestSupport",
            swiftSettings: strict
        ),
        .testTarget(
            name: "AtriumCoreTests",
            dependencies: ["AtriumCore", .product(name: "PropertyBased", package: "swift-property-based")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "AtriumStoreTests",
            dependencies: [
                "AtriumCore", "AtriumStore", "AtriumTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "AtriumServicesTests",
            dependencies: ["AtriumCore", "AtriumDocuments", "AtriumServices", "AtriumStore", "AtriumTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "AtriumWebTests",
            dependencies: [
                "AtriumCore", "AtriumServices", "AtriumStore", "AtriumTestSupport", "AtriumWeb",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "AtriumCLITests",
            dependencies: [
                "atrium", "atrium-server", "AtriumCLI", "AtriumCore", "AtriumTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: strict
        ),
    ]
)

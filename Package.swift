// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sqlgen",
    products: [
        .executable(name: "sqlgen", targets: ["sqlgen"]),
        .library(name: "SQLGenCore", targets: ["SQLGenCore"]),
    ],
    targets: [
        // README.md: how the library is built, for its readers; not a resource.
        .target(name: "SQLGenCore", exclude: ["README.md"]),
        .executableTarget(name: "sqlgen", dependencies: ["SQLGenCore"]),
        .testTarget(
            name: "SQLGenCoreTests",
            dependencies: ["SQLGenCore"],
            exclude: ["Fixtures", "Corpus", "Projects"]
        ),
    ]
)

// swift-tools-version:6.0
// libFuzzer targets for factcheck. Kept out of the main package: a fuzz executable has no `main` of its own
// (libFuzzer provides it), so it only links with --sanitize fuzzer. Run them with scripts/fuzz.sh.
import PackageDescription

let package = Package(
    name: "factcheck-fuzz",
    dependencies: [.package(name: "factcheck", path: "..")],
    targets: [
        .executableTarget(name: "FuzzArticleReader", dependencies: [.product(name: "FactCheckFuzzing", package: "factcheck")]),
        .executableTarget(name: "FuzzAnnotationLoader", dependencies: [.product(name: "FactCheckFuzzing", package: "factcheck")]),
    ],
    swiftLanguageModes: [.v6]
)

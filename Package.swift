// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "factcheck",
    products: [
        .executable(name: "factcheck", targets: ["factcheck"]),
        .library(name: "FactCheckCore", targets: ["FactCheckCore"]),
        // What the fuzz targets of Fuzz/ run on each input; also replayed by the regression tests.
        .library(name: "FactCheckFuzzing", targets: ["FactCheckFuzzing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Pure core: text, claims, updates, annotations. No terminal, no globals, no file I/O.
        // Optimised in debug builds too: the tests feed it megabytes (50 MB lines, 200,000 paragraphs) under time
        // bounds that should measure the product, not an unoptimised build of its hottest code.
        .target(name: "FactCheckCore", swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        // The shell, the REPL only: command table, dispatch, session state. Talks to a `LineReader`, never to
        // libedit, and reaches files through its protocols (`AnnotationStoring`, `EditJournaling`), never directly.
        .target(name: "FactCheckShell", dependencies: ["FactCheckCore"]),
        // Everything that touches the file system: reading articles and annotation files (one door for the latter),
        // atomic saves, the directory lock, the journal, directory walks, opening an article with its annotations.
        // Implements the shell's protocols, as LineEditing implements its `LineReader`. Errors are detailed
        // enums with no exit codes: the executable chooses those.
        .target(name: "FactCheckFiles", dependencies: ["FactCheckCore", "FactCheckShell"]),
        // libedit as a system library; the shim makes its variadic calls callable from Swift.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // The one adapter that talks to libedit.
        .target(name: "LineEditing", dependencies: ["CEditLine", "FactCheckShell"]),
        .executableTarget(
            name: "factcheck",
            dependencies: [
                "FactCheckCore", "FactCheckShell", "FactCheckFiles", "LineEditing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "FactCheckFuzzing", dependencies: ["FactCheckCore"]),
        // Scores the core's update notices against the hand-written truth of Tests/Corpus/notices (issue 10).
        .target(name: "NoticeEvaluation", dependencies: ["FactCheckCore"]),
        .executableTarget(name: "notice-eval", dependencies: ["NoticeEvaluation", "FactCheckCore"]),
        .testTarget(name: "NoticeEvaluationTests", dependencies: ["NoticeEvaluation", "FactCheckCore"], exclude: ["notice-floors.json"]),
        // Snapshot files for the tests' long expected outputs.
        .target(name: "FactCheckTestSupport", dependencies: ["FactCheckCore"], path: "Tests/Support"),
        .testTarget(name: "FactCheckCoreTests", dependencies: ["FactCheckCore", "FactCheckFuzzing", "FactCheckTestSupport"]),
        .testTarget(name: "FactCheckShellTests", dependencies: ["FactCheckShell", "FactCheckFiles", "FactCheckCore", "FactCheckTestSupport"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "FactCheckFilesTests", dependencies: ["FactCheckFiles", "FactCheckShell", "FactCheckCore"]),
        // Runs the real binary under a pseudo-terminal; depends on the executable so it is built first.
        .testTarget(name: "EndToEndTests", dependencies: ["factcheck", "FactCheckCore", "FactCheckTestSupport"]),
        // Real git repositories in temporary directories: git-setup, the diff and merge drivers, check; and the
        // JSON Schema of docs/ against the shipped annotation files. Runs the built binary, so depends on it.
        .testTarget(name: "GitWorkflowTests", dependencies: ["factcheck", "FactCheckCore", "FactCheckShell", "FactCheckTestSupport"],
                    exclude: ["Snapshots"]),
    ],
    swiftLanguageModes: [.v6]
)

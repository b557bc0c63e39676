# The two commands of README.md. Both install libedit-dev first when it is missing.
.PHONY: run test deps release

deps:
	@./scripts/ensure-deps

# The shell on the first article (seeds/cloudwatt-audit.txt, annotations in annotations/).
run: deps
	@swift build --product factcheck
	@.build/debug/factcheck

# The whole test suite: unit, scripted-shell and end-to-end (pseudo-terminal) tests.
test: deps
	swift test

# The release binary as the benchmarks measure it: the Swift standard library linked in statically, so that start-up
# does not load a dozen shared libraries (see BENCHMARKS.md). Only this build uses it: `swift test` and `make run`
# stay dynamic, as the test binaries link the runtime themselves.
release: deps
	swift build -c release --static-swift-stdlib --product factcheck

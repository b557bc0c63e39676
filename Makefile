# The two commands of README.md. Both install libedit-dev first when it is missing.
.PHONY: run test deps

deps:
	@./scripts/ensure-deps

# The shell on the first article (seeds/cloudwatt-audit.txt, annotations in annotations/).
run: deps
	@swift build --product factcheck
	@.build/debug/factcheck

# The whole test suite: unit, scripted-shell and end-to-end (pseudo-terminal) tests.
test: deps
	swift test

# The two commands of README.md. Both install libedit-dev first when it is missing.
.PHONY: run test deps release print-release-flags

deps:
	@./scripts/ensure-deps

# The shell on the first article, for README's tour: on a fresh working copy of its annotations under .build/tour/,
# so that following the tour (save included) never modifies a tracked file such as annotations/cloudwatt-audit.json.
TOUR := .build/tour/cloudwatt-audit.json

run: deps
	@swift build --product factcheck
	@mkdir -p .build/tour
	@rm -f $(TOUR) .build/tour/.cloudwatt-audit.json.journal-*
	@echo "make run: the tour saves to $(TOUR), a fresh copy on every 'make run'; annotations/ is left as it is."
	@.build/debug/factcheck seeds/cloudwatt-audit.txt --annotations $(TOUR)

# The whole test suite: unit, scripted-shell and end-to-end (pseudo-terminal) tests.
test: deps
	swift test

# The release binary as the benchmarks measure it: one static executable (the Swift standard library, libedit and the
# C library linked in), so that start-up runs no dynamic loader: no shared library opened, relocated or searched for
# symbols (see BENCHMARKS.md, start-up). libedit's static archive needs its own dependencies named: libtinfo, libbsd
# and libmd (installed with libedit-dev). Only this build uses it: `swift test` and `make run` stay dynamic, as the test
# binaries link the runtime themselves. scripts/bench builds with the same flags.
RELEASE_FLAGS := --static-swift-stdlib -Xswiftc -static-executable -Xlinker -ltinfo -Xlinker -lbsd -Xlinker -lmd

release: deps
	swift build -c release $(RELEASE_FLAGS) --product factcheck

# The flags of `make release`, for scripts/bench.
print-release-flags:
	@echo $(RELEASE_FLAGS)

# The two commands of README.md. Both install libedit-dev first when it is missing.
.PHONY: run test deps

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

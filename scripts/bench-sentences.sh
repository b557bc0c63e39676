#!/usr/bin/env bash
# The speed benchmark of `factcheck sentences`, peers side by side, in one run.
#   scripts/bench-sentences.sh [--runs N] [--peers LIST]
# Builds factcheck in release mode (scratch path .build-bench/swift), generates a 20 MB and a 2 MB French text under
# .build-bench/, sets up the peers' virtualenv (scripts/bench-env.sh) and prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .build-bench
# Other people may be editing the tree: retry a build that saw a file change under it.
for attempt in 1 2 3; do
    if swift build -c release --product factcheck --scratch-path .build-bench/swift >&2; then break; fi
    [ "$attempt" = 3 ] && exit 1
done
binary=.build-bench/swift/release/factcheck
[ -x .build-bench/venv/bin/python ] || scripts/bench-env.sh >&2
python=.build-bench/venv/bin/python
[ -f .build-bench/fr-20mb.txt ] || "$python" scripts/gen-french.py 20 .build-bench/fr-20mb.txt
[ -f .build-bench/fr-2mb.txt ] || "$python" scripts/gen-french.py 2 .build-bench/fr-2mb.txt
echo "Machine: $(nproc) cores, $(uname -srm); $(swift --version 2>/dev/null | head -1)"
exec "$python" scripts/bench-sentences.py --factcheck "$binary" --large .build-bench/fr-20mb.txt --small .build-bench/fr-2mb.txt --tiny seeds/cloudwatt-audit.txt "$@"

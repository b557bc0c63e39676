#!/usr/bin/env bash
# Creates the benchmark virtualenv (git-ignored) with the peer segmenters the benchmarks compare factcheck with.
# Usage: scripts/bench-env.sh            → .build-bench/venv
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build-bench/venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
# Peers, each optional: a peer that fails to install is reported and left out of the tables.
for peer in pysbd syntok sentence-splitter sentencex blingfire spacy; do
    if ! "$venv/bin/pip" install --quiet "$peer"; then
        echo "bench-env: could not install $peer; it will be reported as unavailable" >&2
    fi
done
"$venv/bin/pip" list 2>/dev/null | grep -iE '^(pysbd|syntok|sentence-splitter|sentencex|blingfire|spacy) ' || true

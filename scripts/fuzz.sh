#!/usr/bin/env bash
# Runs each libFuzzer target of Fuzz/ for a bounded time (default 600 s each) and keeps what they find.
#   scripts/fuzz.sh [SECONDS] [TARGET…]     targets: FuzzArticleReader FuzzAnnotationLoader
# Crashes land in Fuzz/crashes/<target>/; copy each into Fuzz/regressions/<target>/ (committed), where
# Tests/FactCheckCoreTests/FuzzRegressionTests.swift replays it on every test run.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzArticleReader FuzzAnnotationLoader)
export SWIFT_BACKTRACE=enable=no
for target in "${targets[@]}"; do
  case "$target" in
    FuzzArticleReader) regressions=article-reader; seeds=(seeds/*.txt) ;;
    FuzzAnnotationLoader) regressions=annotation-loader; seeds=(annotations/*.json) ;;
    *) echo "fuzz.sh: unknown target $target" >&2; exit 64 ;;
  esac
  # The main package is a path dependency: SwiftPM keeps its old plan for it and does not see source files added
  # since the last build (the build then fails). Dropping the plan makes it list the sources again; objects stay.
  rm -f .build-fuzz/release.yaml .build-fuzz/release/description.json
  log=$(mktemp)
  if ! swift build --package-path Fuzz --scratch-path .build-fuzz --product "$target" \
    --sanitize fuzzer -Xswiftc -sanitize=fuzzer,address -c release >"$log" 2>&1; then
    echo "fuzz.sh: building $target failed:" >&2
    tail -n 40 "$log" >&2
    rm -f "$log"
    exit 1
  fi
  rm -f "$log"
  corpus=.build-fuzz/corpus/$target
  crashes=Fuzz/crashes/$target
  mkdir -p "$corpus" "$crashes"
  cp -n "${seeds[@]}" Fuzz/regressions/$regressions/* "$corpus"/ 2>/dev/null || true
  echo "fuzz.sh: $target for $seconds s (corpus $corpus, crashes in $crashes)"
  ".build-fuzz/release/$target" -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="$crashes/" -print_final_stats=1 "$corpus" 2>&1 | tail -n 25
done

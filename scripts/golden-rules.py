#!/usr/bin/env python3
"""Scores factcheck and its peers on pySBD's English Golden Rules.

The 48 cases ship in the pysbd source distribution on PyPI (benchmarks/english_golden_rules.py). They are
downloaded into a temporary directory each run and never committed. A case passes when a segmenter returns exactly
the expected sentences (each stripped of surrounding white space).

Usage:
    scripts/bench-env.sh                      # once: the virtualenv with the peers
    .build-bench/venv/bin/python scripts/golden-rules.py [--factcheck .build/release/factcheck] [--verbose]
"""

import argparse
import ast
import os
import subprocess
import sys
import tarfile
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import peers  # noqa: E402


def download_rules(workdir):
    """GOLDEN_EN_RULES from the newest pysbd sdist, parsed as data (never executed)."""
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                    "--dest", workdir, "pysbd"], check=True)
    archive = next(name for name in os.listdir(workdir) if name.startswith("pysbd-") and name.endswith(".tar.gz"))
    with tarfile.open(os.path.join(workdir, archive)) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("benchmarks/english_golden_rules.py"))
        source = tar.extractfile(member).read().decode("utf-8")
    module = ast.parse(source)
    for node in module.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "GOLDEN_EN_RULES" for t in node.targets):
            return archive, ast.literal_eval(node.value)
    raise SystemExit("golden-rules: GOLDEN_EN_RULES not found in " + archive)


def factcheck_splitter(binary, workdir):
    path = os.path.join(workdir, "case.txt")

    def split(text):
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        result = subprocess.run([binary, "sentences", path, "--lang", "en"], capture_output=True, text=True, check=True)
        return [line.strip() for line in result.stdout.split("\n") if line.strip()]
    return split


def score(split, rules, verbose, label):
    passed = 0
    failures = []
    for number, (text, expected) in enumerate(rules, 1):
        try:
            got = split(text)
        except Exception as error:  # noqa: BLE001
            got = [f"<error {type(error).__name__}: {error}>"]
        if got == expected:
            passed += 1
        else:
            failures.append(number)
            if verbose:
                print(f"  {label} #{number}\n    expected {expected}\n    got      {got}")
    return passed, failures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--factcheck", default=".build/release/factcheck", help="the factcheck binary")
    parser.add_argument("--verbose", action="store_true", help="print every failing case")
    parser.add_argument("--only-factcheck", action="store_true", help="score factcheck alone")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        archive, rules = download_rules(workdir)
        print(f"Golden rules: {len(rules)} English cases from {archive}\n")
        rows = [("factcheck", "factcheck (this repository)", factcheck_splitter(os.path.abspath(args.factcheck), workdir), None)]
        if not args.only_factcheck:
            rows += peers.load("en")
        print("| segmenter | passed | failed cases |")
        print("|---|---|---|")
        for _, label, split, error in rows:
            if split is None:
                print(f"| {label} | not available here ({error}) | |")
                continue
            passed, failures = score(split, rules, args.verbose, label)
            print(f"| {label} | {passed}/{len(rules)} | {', '.join(map(str, failures)) or '—'} |")


if __name__ == "__main__":
    main()

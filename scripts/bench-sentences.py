#!/usr/bin/env python3
"""Measures `factcheck sentences` throughput, peak memory and linearity, with peer segmenters side by side.

Run through scripts/bench-sentences.sh, which builds the release binary, generates the French texts and sets up
the peers. All figures come from one run on this machine:

- factcheck: wall time of the whole process (read, decode, segment, print to /dev/null), best of N runs, on the
  20 MB and the 2 MB text; peak RSS from wait4(2); throughput = input bytes / seconds.
- grep: `grep -c e FILE` on the 20 MB text, the speed of just reading the file.
- peers: the segmentation call alone (text already in memory, imports done) on the 2 MB text, one run each;
  the slowest peers would need minutes on 20 MB.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import peers  # noqa: E402

MB = 1_000_000


def run_process(argv, stdout=subprocess.DEVNULL):
    """(seconds, peak RSS in bytes) of one run of argv."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"bench: {' '.join(argv)} failed: {process.stderr.read().decode(errors='replace')}")
    return seconds, usage.ru_maxrss * 1024


def best_of(runs, argv, stdout=subprocess.DEVNULL):
    results = [run_process(argv, stdout) for _ in range(runs)]
    return min(r[0] for r in results), max(r[1] for r in results)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--factcheck", required=True)
    parser.add_argument("--large", required=True, help="the 20 MB text")
    parser.add_argument("--small", required=True, help="the 2 MB text")
    parser.add_argument("--tiny", required=True, help="a few kilobytes: the cost of starting the process")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--peers", default="pysbd,syntok,sentence-splitter,sentencex,blingfire,spacy",
                        help="comma-separated peers, or '' for none")
    args = parser.parse_args()

    large_size = os.path.getsize(args.large)
    small_size = os.path.getsize(args.small)
    print(f"Input: {args.large} ({large_size / MB:.1f} MB), {args.small} ({small_size / MB:.1f} MB); "
          f"best of {args.runs} runs for factcheck and grep\n")

    # Warm the page cache so every program reads from memory.
    for path in (args.large, args.small):
        with open(path, "rb") as handle:
            while handle.read(1 << 20):
                pass

    # factcheck is single-threaded: it runs on one core. Not pinned to a given core (on a shared machine the
    # scheduler picks the idle one; pinning to a busy core measures the neighbours).
    pin = []
    large_seconds, large_rss = best_of(args.runs, pin + [args.factcheck, "sentences", args.large])
    small_seconds, small_rss = best_of(args.runs, pin + [args.factcheck, "sentences", args.small])
    # -v with a pattern that never matches: grep must read and count every line.
    # Its output goes to a file: with /dev/null, GNU grep may stop early.
    with tempfile.TemporaryFile() as sink:
        grep_seconds, _ = best_of(args.runs, ["grep", "-c", "-v", "qzxwq", args.large], stdout=sink)
    tiny_seconds, tiny_rss = best_of(args.runs, pin + [args.factcheck, "sentences", args.tiny])
    sentences = subprocess.run([args.factcheck, "sentences", args.large], capture_output=True, check=True).stdout.count(b"\n")

    rows = [
        ("factcheck sentences (20 MB)", large_size, large_seconds, f"{large_rss / MB:.1f} MB ({large_rss / large_size:.2f}× input)"),
        ("factcheck sentences (2 MB)", small_size, small_seconds, f"{small_rss / MB:.1f} MB"),
        ("factcheck sentences (seed article, start-up)", os.path.getsize(args.tiny), tiny_seconds, f"{tiny_rss / MB:.1f} MB"),
        ("grep -c -v (20 MB, reading only)", large_size, grep_seconds, ""),
    ]

    names = [name for name in args.peers.split(",") if name]
    if names:
        with open(args.small, encoding="utf-8") as handle:
            text = handle.read()
        for name, label, split, error in peers.load("fr", names):
            if split is None:
                rows.append((label + " (2 MB)", small_size, None, f"not available here: {error}"))
                continue
            start = time.perf_counter()
            try:
                count = len(split(text))
            except Exception as failure:  # noqa: BLE001
                rows.append((label + " (2 MB)", small_size, None, f"failed: {type(failure).__name__}: {failure}"))
                continue
            seconds = time.perf_counter() - start
            rows.append((label + " (2 MB)", small_size, seconds, f"{count} sentences"))
            if seconds < 2:
                # Fast enough to run on the 20 MB text too, for a comparison at the same size.
                with open(args.large, encoding="utf-8") as handle:
                    large_text = handle.read()
                start = time.perf_counter()
                count = len(split(large_text))
                rows.append((label + " (20 MB)", large_size, time.perf_counter() - start, f"{count} sentences"))
                del large_text

    print("| program | input | seconds | MB/s | notes |")
    print("|---|---|---|---|---|")
    for label, size, seconds, note in rows:
        if seconds is None:
            print(f"| {label} | {size / MB:.1f} MB | — | — | {note} |")
        else:
            print(f"| {label} | {size / MB:.1f} MB | {seconds:.3f} | {size / MB / seconds:.1f} | {note} |")
    print()
    print(f"factcheck: {sentences} sentences in the 20 MB text")
    print(f"factcheck throughput on 20 MB: {large_size / MB / large_seconds:.1f} MB/s")
    print(f"factcheck peak memory on 20 MB: {large_rss / MB:.1f} MB = {large_rss / large_size:.2f}× the input")
    print(f"factcheck time 20 MB / 2 MB: {large_seconds / small_seconds:.2f} (sizes {large_size / small_size:.2f}×)")
    marginal = (large_seconds - tiny_seconds) / max(small_seconds - tiny_seconds, 1e-9)
    print(f"factcheck time 20 MB / 2 MB less start-up ({tiny_seconds * 1000:.0f} ms): {marginal:.2f} (linear ≈ {large_size / small_size:.2f})")


if __name__ == "__main__":
    main()

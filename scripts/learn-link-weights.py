#!/usr/bin/env python3
"""Whether weights learned from labelled pages beat the linker's hand-set score (issue 10, docs/notice-linking.md).

Reads the development half's candidates with their truth labels and signals
(`notice-eval --candidate-lines dev`, one JSON object per line, the first naming the signals: `{"signalNames":
[...]}`, from `LinkSignals.names`), fits an L2-regularised logistic regression on the signals, and scores it by
leave-one-site-out cross-validation: each site's candidates are scored by weights learned from every other site, so
the figures say how the weights carry to a site they never saw.
The hand score, recalibrated by the same cross-validation (a one-feature regression), is printed beside it.
Optional claims (label -1) are neither taught nor counted; precision and recall are over the candidates of matched
notices only (the evaluation's link figures also count missed and false notices).

    .build/debug/notice-eval --candidate-lines dev > /tmp/candidates.jsonl
    scripts/learn-link-weights.py /tmp/candidates.jsonl

Needs numpy.
"""
import json
import os
import sys
import urllib.parse

import numpy as np

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Corpus", "notices")


def sites():
    """Each article file's site (host without "www.")."""
    result = {}
    for lang in ("fr", "en"):
        with open(os.path.join(HERE, f"manifest-{lang}.json"), encoding="utf-8") as f:
            for entry in json.load(f):
                result[entry["file"]] = urllib.parse.urlparse(entry["url"]).hostname.removeprefix("www.")
    return result


def fit(x, y, lam):
    """Newton's method on the regularised log-loss (the bias is not regularised)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    penalty = np.diag(np.r_[np.ones(len(w) - 1), 0.0]) * lam
    for _ in range(100):
        p = 1 / (1 + np.exp(-xb @ w))
        gradient = xb.T @ (p - y) / len(y) + penalty @ w
        hessian = (xb.T * (p * (1 - p))) @ xb / len(y) + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return w


def predict(w, x):
    return 1 / (1 + np.exp(-(np.hstack([x, np.ones((len(x), 1))]) @ w)))


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: learn-link-weights.py CANDIDATES.jsonl")
    with open(sys.argv[1], encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    names = next((r["signalNames"] for r in rows if "signalNames" in r), None)
    if names is None:
        sys.exit("learn-link-weights.py: no signalNames line in " + sys.argv[1] + " (write it with notice-eval)")
    rows = [r for r in rows if "signalNames" not in r and r["rank"] >= 0 and "signals" in r]
    if not rows:
        sys.exit("learn-link-weights.py: no candidate with signals in " + sys.argv[1])
    site_of = sites()
    label = np.array([r["label"] for r in rows])
    site = np.array([site_of[r["file"]] for r in rows])
    hand = np.array([[r["score"]] for r in rows])
    signals = np.array([r["signals"] for r in rows])
    taught = label != -1

    def cross_validated(x, lam):
        out = np.zeros(len(label))
        for s in sorted(set(site)):
            held = site == s
            out[held] = predict(fit(x[taught & ~held], label[taught & ~held], lam), x[held])
        return out

    def figures(scores, t):
        hits = int(((scores >= t) & (label == 1)).sum())
        errors = int(((scores >= t) & (label == 0)).sum())
        precision = hits / (hits + errors) if hits + errors else 0.0
        recall = hits / int((label == 1).sum())
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    print(f"{len(rows)} candidates of matched notices, {int((label == 1).sum())} required, "
          f"{int((label == 0).sum())} wrong, from {len(set(site))} sites")
    p, r, f = figures(hand[:, 0], 0.45)
    print(f"hand score at 0.45 (tuned on these pages): precision {p:.3f} recall {r:.3f} F1 {f:.3f}")
    for name, x in (("hand score recalibrated", hand), ("learned from the signals", signals),
                    ("signals and hand score", np.hstack([signals, hand]))):
        for lam in (0.01, 0.003):
            scores = cross_validated(x, lam)
            best = max((figures(scores, t)[2], t) for t in np.arange(0.2, 0.8, 0.05))
            p, r, f = figures(scores, best[1])
            print(f"{name}, lambda {lam}: leave-site-out best F1 {f:.3f} at {best[1]:.2f} "
                  f"(precision {p:.3f} recall {r:.3f})")
    w = fit(signals[taught], label[taught], 0.003)
    print("weights learned from every site (lambda 0.003):")
    for name, value in zip(names + ["bias"], w):
        print(f"  {name:16s} {value:+.2f}")


if __name__ == "__main__":
    main()

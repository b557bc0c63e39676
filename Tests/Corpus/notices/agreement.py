#!/usr/bin/env python3
"""How far two annotators of the notice corpus agree: the ceiling against which a reading tool is measured.

The manifests' annotation (A) is taken as the reference and a second, independent annotation (B) of some of the
same articles is read as if it were a tool's answer, with the figures `notice-eval` prints for the tool: notice
detection, exact extent, links (B's required claims as its links: right when A requires them or finds them
defensible; A's required claims found among them), relation and issuer on matched notices, and negatives. The
same figures with B as the reference follow, since neither annotation is the truth.

B is a JSON list of {"file", "kind", "notices": [...]} with notices as in the manifests (`furniture` not needed).
Claims are compared by sentence: two opening-word strings name the same claim when no end of sentence stands
between their first occurrences outside both annotations' notices.

Usage: python3 agreement.py [--details] SECOND.json [SECOND.json ...]
  (standard library only; reads the manifests beside it; --details prints a line for each disagreement)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "articles")
SENTENCE_END = re.compile(r"[.!?…](?:[\"'”»)\]]*)\s|\n")


def extent(text, notice):
    """(start, end) of a notice in text, from its `starts` and `ends` strings; None when either is missing."""
    start = text.find(notice["starts"])
    if start < 0:
        return None
    end = text.find(notice["ends"], start)
    if end < 0:
        end = text.find(notice["ends"])
        if end < 0:
            return None
    return (start, end + len(notice["ends"]))


def claim_offset(text, opening, inside):
    """Where the claim opening with `opening` starts: its first occurrence outside the notices' extents."""
    i = text.find(opening)
    first = i
    while i >= 0:
        if not any(s <= i < e for s, e in inside):
            return i
        i = text.find(opening, i + 1)
    return first


def same_sentence(text, a, b):
    """Whether offsets a and b fall in one sentence: no end of sentence between them."""
    lo, hi = min(a, b), max(a, b)
    return SENTENCE_END.search(text, lo, hi) is None


def claims(text, notice, field, inside):
    return [o for o in (claim_offset(text, s, inside) for s in notice["amends"][field]) if o >= 0]


def contains(text, offsets, offset):
    return any(same_sentence(text, o, offset) for o in offsets)


def score(pairs, details=None):
    """Figures for every (text, reference entry, answer entry) in pairs, the answer read as a tool's; with
    `details` (a list), a line for each disagreement is appended to it."""
    t = dict(truth=0, found=0, matched=0, exact=0, linked=0, right=0, required=0, hit=0, rel=0, issuer=0,
             negatives=0, negatives_with=0)
    for text, ref, ans in pairs:
        ref_n, ans_n = ref["notices"], ans["notices"]
        ext_r = [extent(text, n) for n in ref_n]
        ext_a = [extent(text, n) for n in ans_n]
        inside = [e for e in ext_r + ext_a if e]
        t["truth"] += len(ref_n)
        t["found"] += len(ans_n)
        if not ref_n:
            t["negatives"] += 1
            t["negatives_with"] += bool(ans_n)
        note = (lambda line: details.append(f"{ref['file']}: {line}")) if details is not None else (lambda line: None)
        if len(ref_n) != len(ans_n):
            note(f"{len(ref_n)} notices in the reference, {len(ans_n)} in the answer")
        used = set()
        for i, n in enumerate(ref_n):
            er = ext_r[i]
            best = None
            for j, m in enumerate(ans_n):
                ea = ext_a[j]
                if j in used or not er or not ea:
                    continue
                overlap = min(er[1], ea[1]) - max(er[0], ea[0])
                if overlap > 0 and (best is None or overlap > best[0]):
                    best = (overlap, j)
            req_r = claims(text, n, "required", inside)
            opt_r = claims(text, n, "optional", inside)
            t["required"] += len(req_r)
            if best is None:
                note(f"no notice matches {n['marker']!r}")
                continue
            j = best[1]
            used.add(j)
            m = ans_n[j]
            t["matched"] += 1
            t["exact"] += ext_a[j] == er
            t["rel"] += m["relation"] == n["relation"]
            if ext_a[j] != er:
                note(f"{n['marker']!r}: extent {er[0]}..<{er[1]} against {ext_a[j][0]}..<{ext_a[j][1]}")
            if m["relation"] != n["relation"]:
                note(f"{n['marker']!r}: relation {n['relation']} against {m['relation']}")
            t["issuer"] += (m.get("issuer") or "").strip().lower() == (n.get("issuer") or "").strip().lower()
            links = claims(text, m, "required", inside)
            t["linked"] += len(links)
            t["right"] += sum(contains(text, req_r + opt_r, o) for o in links)
            t["hit"] += sum(contains(text, links, o) for o in req_r)
            wrong = [o for o in links if not contains(text, req_r + opt_r, o)]
            missed = [o for o in req_r if not contains(text, links, o)]
            if wrong or missed:
                note(f"{n['marker']!r}: links beyond the reference {[text[o:o + 30] for o in wrong]},"
                     f" required ones missed {[text[o:o + 30] for o in missed]}")
        for j, m in enumerate(ans_n):
            if j not in used:
                t["linked"] += len(claims(text, m, "required", inside))
    return t


def show(title, t):
    p = t["matched"] / t["found"] if t["found"] else 1.0
    r = t["matched"] / t["truth"] if t["truth"] else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(title)
    print(f"  notices {t['truth']} (answer {t['found']}): precision {p:.3f} recall {r:.3f} F1 {f:.3f}")
    print(f"  exact extent {t['exact'] / max(1, t['truth']):.3f} ({t['exact']} of {t['truth']})")
    lp = t["right"] / t["linked"] if t["linked"] else 1.0
    lr = t["hit"] / t["required"] if t["required"] else 1.0
    print(f"  links: precision {lp:.3f} ({t['right']} of {t['linked']}), recall {lr:.3f} ({t['hit']} of {t['required']})")
    print(f"  relation {t['rel'] / max(1, t['matched']):.3f}, issuer {t['issuer'] / max(1, t['matched']):.3f}"
          f" (of {t['matched']} matched)")
    print(f"  negatives with a notice: {t['negatives_with']} of {t['negatives']}")


def main(paths, details=False):
    manifest = {}
    for lang in ("fr", "en"):
        for e in json.load(open(os.path.join(HERE, f"manifest-{lang}.json"), encoding="utf-8")):
            manifest[e["file"]] = e
    pairs = []
    for path in paths:
        for b in json.load(open(path, encoding="utf-8")):
            a = manifest[b["file"]]
            with open(os.path.join(ARTICLES, b["file"]), encoding="utf-8") as f:
                text = f.read()
            pairs.append((text, a, b))
            for n in b["notices"]:
                for field in ("starts", "ends"):
                    if n[field] not in text:
                        print(f"{b['file']}: the second annotation's {field} is not in the article: {n[field]!r}")
    print(f"{len(pairs)} articles annotated twice")
    lines = [] if details else None
    show("the manifests as the reference, the second annotation as the answer:", score(pairs, lines))
    show("the second annotation as the reference, the manifests as the answer:",
         score([(text, b, a) for text, a, b in pairs]))
    if lines:
        print("disagreements (the manifests first):")
        for line in lines:
            print("  " + line)


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--details"]
    if not arguments:
        sys.exit(__doc__)
    main(arguments, details="--details" in sys.argv[1:])

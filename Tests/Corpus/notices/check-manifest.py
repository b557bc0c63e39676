#!/usr/bin/env python3
"""Check every manifest-*.json next to this script against the corpus format.

Format: README.md beside this script (issue 10). Standard library only.
Usage: python3 check-manifest.py   (exit status 0 when clean, 1 on any error)
"""
import json
import os
import re
import sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "articles")

FIELDS = ["file", "url", "published", "retrieved", "language", "split", "kind",
          "truncated", "covers", "why", "notices", "furniture"]
NOTICE_FIELDS = ["marker", "starts", "ends", "relation", "issuer", "amends", "why"]
RELATIONS = {"denial", "partial-denial", "retraction", "correction",
             "clarification", "confirmation", "addition"}
COVERS = ["marker-top", "marker-inline", "marker-bottom", "dated-marker",
          "numbered-marker", "marker-alone-on-line", "multi-paragraph", "glued",
          "several-notices", "quotes-original", "amends-nothing"]
EXCLUDED = ["gestiondesti.com", "generation-nt.com", "gamekyo.com",
            "actu.meilleurmobile.com", "lemainelibre.fr", "breakingnews.fr",
            "firstpost.com", "skepticalbureaucrat.blogspot.com",
            "bluegrasspundit.com", "oppositelock.kinja.com", "venturebeat.com",
            "aitechtrend.com"]
FILE_RE = re.compile(r"^(fr|en)-(\d{2,3})-[a-z0-9]+(-[a-z0-9]+)*\.txt$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_PER_SITE = 3
# The split (README.md, "The split"). The test half is one closed range of numbers per language; every other
# article is development data. The first 82 were split by parity until 2026-12-06, when the test half of that time
# (even numbers), read for its last blind figures, joined the development half; a fresh test half was then
# collected (FIRST_TEST to LAST_TEST), and a second development batch is numbered after it.
FIRST_TEST = {"fr": 41, "en": 43}
LAST_TEST = {"fr": 68, "en": 72}


def split_of(lang, nn):
    """'test' inside the language's closed test range, 'dev' everywhere else."""
    return "test" if FIRST_TEST[lang] <= nn <= LAST_TEST[lang] else "dev"


def occurrences(text, needle):
    """Every start index of needle in text (overlapping matches included)."""
    found, i = [], text.find(needle)
    while i >= 0:
        found.append(i)
        i = text.find(needle, i + 1)
    return found


def site_of(url):
    host = (urlparse(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def check_notice(err, where, n, text, extents):
    """Check one notice; append its extent (start, end) to extents when found."""
    if not isinstance(n, dict):
        err(f"{where}: a notice must be an object")
        return
    for f in NOTICE_FIELDS:
        if f not in n:
            err(f"{where}: missing field {f!r}")
    extra = set(n) - set(NOTICE_FIELDS)
    if extra:
        err(f"{where}: unknown fields {sorted(extra)}")
    for f in ("marker", "starts", "ends", "why"):
        if f in n and (not isinstance(n[f], str) or not n[f].strip()):
            err(f"{where}: {f!r} must be a non-empty string")
    if n.get("relation") not in RELATIONS:
        err(f"{where}: relation {n.get('relation')!r} not in {sorted(RELATIONS)}")
    if "issuer" in n and n["issuer"] is not None and (not isinstance(n["issuer"], str) or not n["issuer"].strip()):
        err(f"{where}: issuer must be null or a non-empty string")
    marker = n.get("marker") if isinstance(n.get("marker"), str) else ""
    if marker.rstrip() != marker or marker.endswith(":"):
        err(f"{where}: marker {marker!r} must not end with a colon or space")
    start = end = None
    for f in ("starts", "ends"):
        s = n.get(f)
        if not isinstance(s, str) or not s:
            continue
        k = len(occurrences(text, s))
        if k != 1:
            err(f"{where}: {f} {s[:60]!r} occurs {k} times (must be exactly once)")
        elif f == "starts":
            start = text.find(s)
        else:
            end = text.find(s) + len(s)
    if start is not None and end is not None:
        if end - len(n["ends"]) < start:
            err(f"{where}: ends {n['ends'][:40]!r} comes before starts")
        else:
            extent = text[start:end]
            if marker and marker not in extent:
                err(f"{where}: marker {marker!r} not inside the notice's extent")
            extents.append((start, end))
    amends = n.get("amends")
    if not isinstance(amends, dict) or set(amends) != {"required", "optional"}:
        err(f"{where}: amends must be an object with exactly 'required' and 'optional'")
        return
    for key in ("required", "optional"):
        if not isinstance(amends[key], list) or not all(isinstance(a, str) and a.strip() for a in amends[key]):
            err(f"{where}: amends.{key} must be a list of non-empty strings")
    if isinstance(amends.get("required"), list) and isinstance(amends.get("optional"), list):
        both = [a for a in amends["required"] if a in amends["optional"]]
        if both:
            err(f"{where}: in both required and optional: {both}")


def check_amends(err, where, n, text, extents):
    """Each amends entry must start exactly one place outside every notice extent."""
    amends = n.get("amends") if isinstance(n, dict) else None
    if not isinstance(amends, dict):
        return
    for key in ("required", "optional"):
        for a in amends.get(key) or []:
            if not isinstance(a, str) or not a:
                continue
            places = occurrences(text, a)
            if not places:
                err(f"{where}: amends.{key} {a[:60]!r} not found in the article")
                continue
            outside = [p for p in places if not any(s <= p < e for s, e in extents)]
            if not outside:
                err(f"{where}: amends.{key} {a[:60]!r} occurs only inside a notice")
            elif len(outside) > 1:
                err(f"{where}: amends.{key} {a[:60]!r} starts {len(outside)} places outside notices (make it longer)")
            else:
                p = outside[0]
                if p > 0 and text[p - 1].isalnum():
                    err(f"{where}: amends.{key} {a[:60]!r} starts inside a word")
                if len(a.split()) < 4:
                    err(f"{where}: amends.{key} {a!r} is too short (fewer than 4 words)")


def check_manifest(path, errors, summary):
    name = os.path.basename(path)
    m = re.match(r"^manifest-(fr|en)\.json$", name)

    def err(msg):
        errors.append(f"{name}: {msg}")

    if not m:
        err("manifest name must be manifest-fr.json or manifest-en.json")
        return
    lang = m.group(1)
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as e:
        err(f"not valid JSON: {e}")
        return
    if not isinstance(data, list):
        err("must be a JSON array")
        return
    if raw != json.dumps(data, indent=2, ensure_ascii=False) + "\n":
        err("not in canonical form (json.dumps(indent=2, ensure_ascii=False) plus one final newline)")
    sites, urls, listed = {}, set(), set()
    counts = {"notice": 0, "negative": 0, "dev": 0, "test": 0, "notices": 0}
    covered = set()
    last_nn = 0
    for i, entry in enumerate(data, 1):
        where = f"#{i}"
        if not isinstance(entry, dict):
            err(f"{where}: must be an object")
            continue
        where = f"#{i} {entry.get('file', '?')}"
        for f in FIELDS:
            if f not in entry:
                err(f"{where}: missing field {f!r}")
        extra = set(entry) - set(FIELDS)
        if extra:
            err(f"{where}: unknown fields {sorted(extra)}")
        fname = entry.get("file", "")
        fm = FILE_RE.match(fname) if isinstance(fname, str) else None
        if not fm:
            err(f"{where}: file name must be <lang>-<NN>-<slug>.txt with a lower-case ASCII slug")
            continue
        listed.add(fname)
        if fm.group(1) != lang:
            err(f"{where}: file language {fm.group(1)!r} differs from manifest {lang!r}")
        nn = int(fm.group(2))
        if nn <= last_nn:
            err(f"{where}: NN {nn:02d} must be above the previous entry's {last_nn:02d} (collection order)")
        last_nn = nn
        if entry.get("language") != lang:
            err(f"{where}: language {entry.get('language')!r} must be {lang!r}")
        want = split_of(lang, nn)
        if entry.get("split") != want:
            err(f"{where}: split {entry.get('split')!r} must be {want!r}"
                f" (test is NN {FIRST_TEST[lang]:02d} to {LAST_TEST[lang]:02d})")
        else:
            counts[want] += 1
        url = entry.get("url")
        if not isinstance(url, str) or urlparse(url).scheme not in ("http", "https") or not urlparse(url).hostname:
            err(f"{where}: url must be an http(s) URL")
        else:
            site = site_of(url)
            for ex in EXCLUDED:
                if site == ex or site.endswith("." + ex):
                    err(f"{where}: url is on an excluded site ({ex})")
            if url in urls:
                err(f"{where}: url listed twice")
            urls.add(url)
            sites.setdefault(site, []).append(fname)
        pub = entry.get("published")
        if pub is not None and not (isinstance(pub, str) and DATE_RE.match(pub)):
            err(f"{where}: published must be YYYY-MM-DD or null")
        ret = entry.get("retrieved")
        if not (isinstance(ret, str) and DATE_RE.match(ret)):
            err(f"{where}: retrieved must be YYYY-MM-DD")
        kind = entry.get("kind")
        if kind not in ("notice", "negative"):
            err(f"{where}: kind must be 'notice' or 'negative'")
        else:
            counts[kind] += 1
        if not isinstance(entry.get("truncated"), bool):
            err(f"{where}: truncated must be true or false")
        covers = entry.get("covers")
        if not isinstance(covers, list) or any(c not in COVERS for c in covers):
            err(f"{where}: covers must be a list drawn from {COVERS}")
        else:
            if len(set(covers)) != len(covers):
                err(f"{where}: covers lists an item twice")
            if kind == "negative" and covers:
                err(f"{where}: a negative covers nothing")
            covered.update(covers)
        if not isinstance(entry.get("why"), str) or not entry.get("why", "").strip():
            err(f"{where}: why must be a non-empty string")
        notices = entry.get("notices")
        if not isinstance(notices, list):
            err(f"{where}: notices must be a list")
            continue
        if kind == "negative" and notices:
            err(f"{where}: a negative has notices: []")
        if kind == "notice" and not notices:
            err(f"{where}: kind 'notice' needs at least one notice")
        counts["notices"] += len(notices)
        if isinstance(covers, list):
            if "several-notices" in covers and len(notices) < 2:
                err(f"{where}: covers several-notices with {len(notices)} notice(s)")
            if "amends-nothing" in covers and not any(
                    isinstance(n, dict) and isinstance(n.get("amends"), dict) and not n["amends"].get("required")
                    for n in notices):
                err(f"{where}: covers amends-nothing but every notice has required claims")
            if len(notices) >= 2 and "several-notices" not in covers:
                err(f"{where}: {len(notices)} notices but covers lacks several-notices")
        apath = os.path.join(ARTICLES, fname)
        if not os.path.isfile(apath):
            err(f"{where}: article file articles/{fname} does not exist")
            continue
        with open(apath, encoding="utf-8") as fh:
            text = fh.read()
        if not text.endswith("\n") or text.endswith("\n\n\n"):
            err(f"{where}: article must end with a newline (one added at most)")
        furniture = entry.get("furniture")
        if not isinstance(furniture, list) or any(not isinstance(f, str) for f in furniture):
            err(f"{where}: furniture must be a list of strings")
        else:
            if len(set(furniture)) != len(furniture):
                err(f"{where}: furniture lists a string twice")
            for f in furniture:
                if len(f) < 3 or "\n" in f:
                    err(f"{where}: furniture {f[:40]!r} must be one line of at least 3 characters")
                elif f not in text:
                    err(f"{where}: furniture {f[:40]!r} is not in the file")
        extents = []
        for j, n in enumerate(notices, 1):
            check_notice(err, f"{where} notice {j}", n, text, extents)
        ordered = sorted(extents)
        for (s1, e1), (s2, e2) in zip(ordered, ordered[1:]):
            if s2 < e1:
                err(f"{where}: two notice extents overlap")
        for j, n in enumerate(notices, 1):
            check_amends(err, f"{where} notice {j}", n, text, extents)
    if os.path.isdir(ARTICLES):
        for f in sorted(os.listdir(ARTICLES)):
            if f.startswith(lang + "-") and f not in listed:
                err(f"articles/{f} is not listed in the manifest")
    for site, files in sorted(sites.items()):
        if len(files) > MAX_PER_SITE:
            err(f"{len(files)} articles from {site} (at most {MAX_PER_SITE}): {files}")
        halves = {split_of(lang, int(FILE_RE.match(f).group(2))) for f in files}
        if "test" in halves and len(halves) > 1:
            err(f"{site} is in both halves: {files} (a test site must be new to the development half)")
    summary.append((name, counts, covered, sites))


def main():
    manifests = sorted(f for f in os.listdir(HERE) if re.match(r"^manifest-.*\.json$", f))
    if not manifests:
        print("no manifest-*.json found in", HERE)
        return 1
    errors, summary = [], []
    for f in manifests:
        check_manifest(os.path.join(HERE, f), errors, summary)
    all_covered = set()
    for name, c, covered, sites in summary:
        all_covered |= covered
        print(f"{name}: {c['notice']} with notices ({c['notices']} notices), {c['negative']} negatives; "
              f"dev {c['dev']}, test {c['test']}; {len(sites)} sites")
    missing = [c for c in COVERS if c not in all_covered]
    print("coverage missing:", ", ".join(missing) if missing else "none")
    for e in errors:
        print("ERROR", e)
    print("clean" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

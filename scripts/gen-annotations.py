#!/usr/bin/env python3
"""Writes a desk's worth of made-up annotation files (format version 1) for the report benchmark and screenshots.

Deterministic (seeded). Each file has about CLAIMS claims (±3) with a realistic mix of verdicts, notes, sources and
history, an update notice linked to one or two claims in about one file in three, and now and then a re-review flag,
a merge conflict or an orphan, so every part of a report has something to show. Files go into one directory per
thousand (DIR/0000/, DIR/0001/, …), as an archive kept by month would.

Usage: scripts/gen-annotations.py DIR COUNT [--claims 16] [--seed 1] [--flat]
"""

import argparse
import hashlib
import json
import os
import random

TOPICS = [
    ("budget", "Le budget de la ville augmentera de {n} % l'an prochain, selon l'adjoint aux finances."),
    ("emploi", "L'usine emploie {n} salariés sur le site depuis sa réouverture en 2019."),
    ("santé", "Le nombre de lits d'hôpital a baissé de {n} en cinq ans dans le département."),
    ("énergie", "La centrale produit {n} mégawatts, de quoi alimenter la moitié de la région."),
    ("transport", "La ligne de tramway transporte {n} voyageurs par jour, a assuré le président de la métropole."),
    ("école", "Plus de {n} élèves ont été accueillis à la rentrée dans les nouveaux établissements."),
    ("logement", "Le prix moyen du mètre carré a atteint {n} euros en centre-ville, d'après les notaires."),
    ("climat", "Les émissions du secteur ont reculé de {n} % depuis 2015, selon le ministère."),
    ("sport", "Le stade rénové peut accueillir {n} spectateurs, soit le double de l'ancienne enceinte."),
    ("culture", "Le festival a attiré {n} visiteurs cet été, un record selon ses organisateurs."),
]
EDITORS = ["A. Martin", "B. Leroy", "C. Nguyen", "D. Haddad", "E. Rossi"]
SOURCES = ["Insee, tableau 4.2", "Rapport annuel 2025, p. 12", "https://www.data.gouv.fr/fr/datasets/",
           "Entretien téléphonique avec le service de presse", "Cour des comptes, rapport public 2024",
           "Délibération du conseil municipal du 12 mars"]
NOTES = {
    "verified": ["Matches the published figures.", "Confirmed with the press office.", "Consistent with the public record."],
    "disputed": ["The official figure is lower; the article rounds up.", "The quoted source denies having said this.",
                 "Two sources give contradictory dates; the claim picks the later one without saying so."],
    "sourced": ["Attributed correctly; the figure is the source's own.", "Source named in the article; not checked further."],
    "unreviewed": [""],
}
RELATIONS = ["denial", "partial-denial", "correction", "clarification", "confirmation", "addition", "retraction"]


def claim_id(text):
    return "c-" + hashlib.sha256(text.encode()).hexdigest()[:8]


def make_file(rng, index, claims_per_file):
    slug = f"article-{index:06d}"
    count = max(1, claims_per_file + rng.randint(-3, 3))
    claims = []
    offset = 0
    day = 1 + index % 28
    for n in range(1, count + 1):
        topic, template = rng.choice(TOPICS)
        text = template.format(n=rng.randint(2, 9000)) + f" ({slug}, #{n})"
        status = rng.choices(["verified", "disputed", "sourced", "unreviewed"], [50, 12, 20, 18])[0]
        note = rng.choice(NOTES[status])
        sources = [rng.choice(SOURCES)] if status == "sourced" else ([rng.choice(SOURCES)] if status == "verified" and rng.random() < 0.3 else [])
        by = at = None
        history = []
        if status != "unreviewed":
            by = rng.choice(EDITORS)
            at = f"2026-11-{day:02d}T{rng.randint(7, 20):02d}:{rng.randint(0, 59):02d}:00Z"
            entry = {"at": at, "by": by, "status": status}
            if note:
                entry["note"] = note
            if sources:
                entry["sources"] = sources
            history.append(entry)
        start, end = offset, offset + len(text)
        offset = end + 1
        claim = {
            "id": claim_id(text), "n": n, "text": text, "start": start, "end": end,
            "context": {"prefix": "", "suffix": ""},
            "status": status, "note": note, "sources": sources, "by": by, "at": at,
            "review": None, "history": history,
        }
        claims.append(claim)
    updates = []
    if rng.random() < 0.33 and len(claims) > 2:
        amended = rng.sample(claims, rng.randint(1, 2))
        relation = rng.choice(RELATIONS)
        text = "La direction précise que " + amended[0]["text"][:60].lower() + "… était une estimation provisoire."
        update = {
            "id": "u-" + hashlib.sha256(text.encode()).hexdigest()[:8], "marker": rng.choice(["MISE A JOUR", "Correction", "Update"]),
            "text": text, "start": offset, "end": offset + len(text), "issuer": rng.choice([None, "la direction", "le ministère"]),
            "relation": relation,
            "amends": [{"claim": c["id"], "score": round(rng.uniform(0.35, 0.95), 2), "confirmed": rng.random() < 0.6} for c in amended],
        }
        updates.append(update)
        for c in amended:
            if c["status"] != "unreviewed" and rng.random() < 0.5:
                c["review"] = {"reason": f"amended by update {update['id']} ({relation})", "update": update["id"]}
    if rng.random() < 0.03:
        c = rng.choice(claims)
        c["conflict"] = {
            "ours": {"status": "verified", "note": "Checked with the ministry.", "sources": [], "by": EDITORS[0], "at": "2026-11-20T10:00:00Z"},
            "theirs": {"status": "disputed", "note": "The ministry's figure is from 2023.", "sources": [], "by": EDITORS[1], "at": "2026-11-20T11:00:00Z"},
        }
        # While in conflict a claim keeps the verdict both sides started from.
        c.update({"status": "unreviewed", "note": "", "sources": [], "by": None, "at": None, "review": None})
        order = ["id", "n", "text", "start", "end", "context", "status", "note", "sources", "by", "at", "review", "conflict", "history"]
        claims[claims.index(c)] = {k: c[k] for k in order}
    orphans = []
    if rng.random() < 0.03:
        text = f"Le maire a promis {rng.randint(10, 500)} logements sociaux avant la fin du mandat ({slug}, removed)."
        orphans.append({
            "id": claim_id(text), "n": len(claims) + 1, "text": text, "start": 0, "end": len(text),
            "context": {"prefix": "", "suffix": ""}, "status": "verified", "note": "Checked against the council's minutes.",
            "sources": [], "by": EDITORS[2], "at": f"2026-11-{day:02d}T09:00:00Z", "review": None,
            "history": [{"at": f"2026-11-{day:02d}T09:00:00Z", "by": EDITORS[2], "status": "verified"}],
        })
    return {
        "format": "factcheck-annotations", "version": 1,
        "article": {"path": f"articles/{slug}.txt", "sha256": hashlib.sha256(slug.encode()).hexdigest(), "language": "fr"},
        "claims": claims, "updates": updates, "orphans": orphans,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir")
    parser.add_argument("count", type=int)
    parser.add_argument("--claims", type=int, default=16)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--flat", action="store_true", help="all files in DIR itself")
    parser.add_argument("--start", type=int, default=0, help="number of the first file")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    for i in range(args.start, args.start + args.count):
        directory = args.dir if args.flat else os.path.join(args.dir, f"{i // 1000:04d}")
        os.makedirs(directory, exist_ok=True)
        with open(os.path.join(directory, f"article-{i:06d}.json"), "w", encoding="utf-8") as f:
            json.dump(make_file(rng, i, args.claims), f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()

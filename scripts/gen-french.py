#!/usr/bin/env python3
"""Generates a French news-like text of a given size for the speed benchmark (deterministic: seeded).

The text exercises what the segmenter must handle: titles and initials (M., Mme, MM., J.-M.), abbreviations (cf.,
etc., p., art., n°, av. J.-C.), numbers (3 500, 1,5 %, 9,8/10, 14 h 30, 2.5), « » quotations with no-break spaces
and their attributions, straight quotes, questions, ellipses, URLs and e-mail addresses, parentheses, headlines,
blank-line paragraphs and hard-wrapped ones.

Usage: scripts/gen-french.py SIZE_IN_MB OUTPUT [--seed N]
"""

import random
import sys
import textwrap

NBSP = "\u00a0"
NNBSP = "\u202f"

SUBJECTS = [
    "M. Dupont", "Mme Martin", "MM. Durand et Moreau", "le ministre de l'Economie", "la présidente de la région",
    "J.-M. Leblanc", "le Dr Petit", "la société Cloudwatt", "l'Insee", "le gouvernement", "la Cour des comptes",
    "le syndicat des opérateurs", "Pr Lefèvre", "la mairie de St-Denis", "le directeur financier du groupe",
    "une porte-parole de Bercy", "l'association des usagers", "le conseil d'administration",
]
VERBS = [
    "a annoncé", "a confirmé", "prévoit", "a rappelé", "estime", "a reconnu", "affirme", "conteste", "a publié",
    "envisage", "a présenté", "défend", "a détaillé", "critique", "souligne",
]
OBJECTS = [
    "un plan de 3 500 suppressions de postes", "une hausse de 1,5 % du budget", "un investissement de 285 millions d'euros",
    "la fermeture de deux sites d'ici 2018", "un audit complet des comptes", "une note de 9,8/10 pour le projet",
    "un report de la réunion à 14 h 30", "la vente de 2.5 millions d'actions", "un rapport de 120 pages",
    "la création de 500 emplois", "une baisse de 12 % des effectifs", "un nouveau calendrier pour le 1er mars",
    "une enveloppe de 135 millions d'euros", "la révision du contrat signé en 2011", "un partenariat avec l'Etat",
]
COMPLEMENTS = [
    "", "", "", " malgré les critiques", " selon un document consulté par notre rédaction", " (cf. p. 12 du rapport)",
    " pour la troisième fois depuis janvier", ", conformément à l'art. 3 de la convention", " avant la fin de l'année",
    " au titre du n° 4 de l'accord", ", etc.", " dans le cadre du plan de relance", " (voir www.exemple-finances.fr)",
]
QUOTES = [
    "Nous n'avons jamais caché nos difficultés", "Le calendrier sera tenu", "C'est un projet d'avenir",
    "Les chiffres parlent d'eux-mêmes", "Personne ne peut dire combien cela coûtera", "Nous attendons des réponses",
]
ATTRIBUTIONS = [
    "a-t-il déclaré", "expliquait récemment Le Monde Informatique", "a assuré la ministre", "prévenait le site économique",
    "selon un proche du dossier", "a-t-elle ajouté", "affirme M. Durand",
]
QUESTIONS = [
    "La chronique d'un fiasco serait-elle en train de s'écrire{sp}?", "Qui paiera la facture{sp}?",
    "Faut-il s'en inquiéter{sp}?", "Combien de temps cela durera-t-il{sp}?",
]
HEADLINES = [
    "LE PLAN DE RELANCE EN QUESTION", "Cloudwatt : Bercy demande un audit", "Les chiffres du trimestre",
    "NUMERIQUE : LA BATAILLE DU CLOUD", "Ce qu'il faut retenir",
]


def sentence(rng):
    kind = rng.random()
    if kind < 0.55:
        s = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}{rng.choice(COMPLEMENTS)}"
        s = s[0].upper() + s[1:]
        return s + ("." if not s.endswith(".") else "")
    if kind < 0.70:
        sp = rng.choice([NBSP, NNBSP, " "])
        return f"«{sp}{rng.choice(QUOTES)}{sp}», {rng.choice(ATTRIBUTIONS)}."
    if kind < 0.78:
        return f"\"{rng.choice(QUOTES)}. {rng.choice(QUOTES)}\", {rng.choice(ATTRIBUTIONS)}."
    if kind < 0.86:
        return rng.choice(QUESTIONS).format(sp=rng.choice([NBSP, NNBSP, " "]))
    if kind < 0.92:
        return f"{rng.choice(SUBJECTS)[0].upper()}{rng.choice(SUBJECTS)[1:]} hésite encore… Puis il tranche."
    if kind < 0.96:
        return "Les premières traces de ce site remontent au IIe siècle av. J.-C. et ont été étudiées au XXe siècle."
    return "Contact : presse@exemple.fr (le service répond en 24 h). Il faudra patienter..."


def paragraph(rng):
    sentences = [sentence(rng) for _ in range(rng.randint(2, 7))]
    text = " ".join(sentences)
    if rng.random() < 0.35:
        return textwrap.fill(text, width=72, break_long_words=False, break_on_hyphens=False)
    return text


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    size = int(float(sys.argv[1]) * 1_000_000)
    seed = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[3] == "--seed" else 2014
    rng = random.Random(seed)
    parts = []
    total = 0
    while total < size:
        block = rng.choice(HEADLINES) if rng.random() < 0.05 else paragraph(rng)
        parts.append(block)
        total += len(block.encode("utf-8")) + 2
    data = "\n\n".join(parts).encode("utf-8")[:size]
    # Cut on a line end so the file stays valid UTF-8 and ends with a whole paragraph.
    data = data[: data.rfind(b"\n") + 1] if b"\n" in data else data
    with open(sys.argv[2], "wb") as handle:
        handle.write(data)


if __name__ == "__main__":
    main()

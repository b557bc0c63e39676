#!/bin/sh
# Regenerates annotations/cloudwatt-audit.json, the worked example, by typing a fact-check into the factcheck shell.
#
# Claims are named by id, not by number: an id is derived from the claim's text, so if a change to sentence
# segmentation alters a claim, its id changes and this script stops with "no claim …" instead of putting a verdict
# on the wrong sentence. Then run `factcheck claims seeds/cloudwatt-audit.txt --json`, update the ids below (the
# comments give each claim's first words) and run the script again.
#
# Usage: scripts/make-worked-example.sh            (uses .build/debug/factcheck; FACTCHECK=path overrides)
# The result is checked with `factcheck check --strict`: every claim reviewed, every link confirmed.
set -eu
cd "$(dirname "$0")/.."
factcheck=${FACTCHECK:-.build/debug/factcheck}
out=annotations/cloudwatt-audit.json
work=annotations/.cloudwatt-audit.json.new
rm -f "$work"
trap 'rm -f "$work"' EXIT

# A fixed time and name keep the file byte-identical from one run to the next.
FACTCHECK_NOW=2026-11-29T09:00:00Z "$factcheck" seeds/cloudwatt-audit.txt --annotations "$work" \
    --editor "factcheck worked example" <<'COMMANDS'
# 1 "Bercy a demandé qu'un audit soit fait sur Cloudwatt…" (the lede)
dispute c-7ddc2cc3 "Who asked for the audit is contested. The article's own update (MISE A JOUR) reports that Pierre Paperon, Cloudwatt's director of strategy, partly denies it: Cloudwatt asked for its own audit to prepare the handover to new management. The article names no source for Bercy's request. The president's announced departure holds: Patrick Starck says so himself (claim 10)."
# 2 "En 2011, l'Etat avait réussi à mettre autour d'une même table…"
verify c-28a52168 "Consistent with the article (claim 4: Dassault Systèmes later left the project carried by Orange and Thales) and with the public record of the Andromède consortium of Dassault Systèmes, Orange and Thales formed with the State in 2011. Rests on that record and the article; no primary document consulted."
# 3 "C'était le projet Andromède, doté d'une enveloppe globale de 285 millions d'euros…"
verify c-8e7c6c40 "Amounts match those published for Andromède when it was announced (285 M€ in all, 135 M€ of it public money from the Grand Emprunt); the article gives no source and this check rests on that published record. Not a contradiction of claim 4: the 225 M€ per company came later, after the project was split in two."
# 4 "Suite au départ surprise de Dassault Systèmes…"
verify c-6d4cc6e2 "Matches the public record: after Dassault Systèmes withdrew, two companies were funded, Cloudwatt (Orange, Thales and the Caisse des dépôts) and Numergy (SFR, Bull and the Caisse des dépôts), each with 225 M€ of capital; René Ricol was commissaire général à l'investissement at the time. Two nits for the desk: the fund's acronym is FSN (Fonds pour la société numérique), not FNS; and Cloudwatt's founders were Orange and Thales, not all the initial partners, since Dassault Systèmes had left."
# 5 "Le tout en prenant le risque de fragiliser des acteurs français déjà installés…"
verify c-e3a51ce2 "The factual part holds: OVH, Cheops Technology and Ikoula were established French hosting companies. The risk to them is the author's assessment, not a checkable fact."
# 6 "Le projet était économique mais il était aussi, voire surtout, politique."
verify c-8a3f7480 "The author's characterisation; it is supported by the memorandum quoted in the next sentence (claim 7), which presents the project as a matter of sovereignty. Nothing factual to dispute."
# 7 "\"Le risque est réel de laisser à des acteurs non européens…\", expliquait le protocole d'accord…"
source c-6698c3bc "Protocole d'accord du projet Andromède (as quoted in the article)"
note c-6698c3bc "Quotation from the Andromède memorandum of understanding; its text was not available to this desk. Timing is consistent: the PRISM and Snowden revelations date from June 2013, so two and a half years earlier means late 2010 or early 2011, in line with claim 2."
# 8 "Anticipant sur ce qui est devenu depuis les révélations sur la NSA…"
verify c-4f63bb16 "The author's framing. Consistent with the memorandum quoted in claim 7, which predates the NSA revelations of June 2013. Nothing factual beyond that."
# 9 "Mais l'échec est tel que … Bercy demande à ses services de réaliser un audit sur Cloudwatt…" (restates the lede)
dispute c-e4d56422 "Restates the lede (claim 1), and the update's partial denial applies here too: Cloudwatt says it requested its own audit for the handover. Patrick Starck's departure is supported by his own words (claim 10). 'Less than two years after the launch' fits both companies starting in 2012; 'l'échec est tel' is the author's judgement."
# 10 "\"J'avais un accord tacite avec les représentants des actionnaires…\", avait-il assuré."
source c-981ede61 "Patrick Starck, president of Cloudwatt (statement quoted in the article)"
note c-981ede61 "Cloudwatt's president in his own words: he will hand over to a successor in the coming months. Attributed, not independently checked; the article does not say where or when he said it."
# 11 "\"Si Numergy a pu démarrer rapidement…\", expliquait récemment Le Monde Informatique."
source c-10951396 "Le Monde Informatique"
note c-10951396 "Quoted from Le Monde Informatique ('expliquait récemment'); the article neither dates nor links the piece. Numergy's reuse of the VMware-based cloud HP built for SFR is the trade paper's account, not checked here. Typo inside the quotation: 'entrepenant' for 'entreprenant'."
# 12 "\"Malgré la nomination de Patrick Starck, aujourd'hui sur le départ…\""
source c-501e76a7 "Le Monde Informatique"
note c-501e76a7 "Second sentence of the Le Monde Informatique quotation attributed in claim 11. The OpenStack choice and a storage-only launch in spring 2013 are the paper's account at the time."
# 13 "Confiant, Cloudwatt annonçait cependant l'an dernier au Journal Du Net…"
source c-e73ea44a "Journal du Net"
note c-e73ea44a "Cloudwatt's hiring target (500 people by 2018) as told to the Journal du Net 'last year'; a company's stated intention, attributed, not checked against the JDN interview."
# 14 "\"Il ne faut pas oublier, détail qui a son importance…\", prévenait le site économique."
source c-3d962683 "Journal du Net"
note c-3d962683 "'Le site économique' refers back to the Journal du Net named in claim 13; that reading of the attribution is the article's. Beta-only access to Cloudwatt's offers against Numergy's immediately available VMs is the site's claim at the time."
# The update notice partly denies the lede and its restatement: confirm both links.
link u-35a04016 c-7ddc2cc3 partial-denial
link u-35a04016 c-e4d56422 partial-denial
save
COMMANDS

"$factcheck" check --strict "$work"
mv "$work" "$out"
trap - EXIT
echo "Wrote $out"

"""The peer sentence segmenters the benchmarks compare factcheck with.

Each peer is loaded lazily; one that is not installed (see scripts/bench-env.sh) is reported with the reason
and left out, never replaced by invented figures.
"""

import importlib.metadata


def _version(dist):
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def _pysbd(lang):
    import pysbd
    seg = pysbd.Segmenter(language=lang, clean=False, char_span=False)
    return lambda text: [s.strip() for s in seg.segment(text)], "pysbd " + _version("pysbd")


def _syntok(lang):
    import syntok.segmenter as segmenter

    def split(text):
        out = []
        for paragraph in segmenter.analyze(text):
            for sentence in paragraph:
                out.append("".join(token.spacing + token.value for token in sentence).strip())
        return out
    return split, "syntok " + _version("syntok")


def _sentence_splitter(lang):
    from sentence_splitter import SentenceSplitter
    splitter = SentenceSplitter(language=lang)
    return lambda text: [s.strip() for s in splitter.split(text) if s.strip()], "sentence-splitter " + _version("sentence-splitter")


def _sentencex(lang):
    from sentencex import segment
    return lambda text: [s.strip() for s in segment(lang, text) if s.strip()], "sentencex " + _version("sentencex")


def _blingfire(lang):
    import blingfire
    return lambda text: [s.strip() for s in blingfire.text_to_sentences(text).split("\n") if s.strip()], "blingfire " + _version("blingfire")


def _spacy(lang):
    import spacy
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    nlp.max_length = 50_000_000
    return lambda text: [s.text.strip() for s in nlp(text).sents if s.text.strip()], "spaCy sentencizer " + _version("spacy")


PEERS = [
    ("pysbd", _pysbd),
    ("syntok", _syntok),
    ("sentence-splitter", _sentence_splitter),
    ("sentencex", _sentencex),
    ("blingfire", _blingfire),
    ("spacy", _spacy),
]


def load(lang, names=None):
    """[(name, label, split_function or None, error or None)] for every peer, in table order."""
    loaded = []
    for name, factory in PEERS:
        if names and name not in names:
            continue
        try:
            split, label = factory(lang)
            loaded.append((name, label, split, None))
        except Exception as error:  # noqa: BLE001 - any failure means "not available here"
            loaded.append((name, name, None, f"{type(error).__name__}: {error}"))
    return loaded

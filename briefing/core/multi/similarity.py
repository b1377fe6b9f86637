"""Which sentences say the same thing: TF-IDF cosine on content words, figures compared apart.

Two sentences are *near-duplicates* when the cosine similarity of their
TF-IDF vectors (stemmed words, stop words and numbers left out) is at least
:data:`NEAR_DUPLICATE`. Numbers are left out of the vectors so that "12 people
died" and "15 people died" are recognised as the same statement; their
figures are then compared (:func:`figures_differ`): when each sentence has a
figure the other lacks, the sources disagree and the brief shows both.

No regular expressions run here: words are read with ``str`` methods, so the
time is linear in the text whatever it holds.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

from ..language.resources import stem_word
from ..language.resources import stop_words as stop_words_of

#: Cosine similarity at which two sentences count as near-duplicates (merged into one point).
NEAR_DUPLICATE = 0.6
#: Words written out that count as figures ("three dead" against "four dead").
NUMBER_WORDS = frozenset("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                         "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
                         "eighty ninety hundred thousand million billion trillion dozen dozens hundreds "
                         "thousands millions billions".split())
_EDGE = "\"'“”‘’«»()[]{}.,;:!?—–-…*"


def words(text: str) -> list[str]:
    """Return the lower-cased words of ``text``, punctuation stripped from their ends."""
    out = []
    for raw in text.split():
        w = raw.strip(_EDGE).lower()
        if w:
            out.append(w)
    return out


def figure(word: str) -> str | None:
    """Return a word as a normalised figure ("1,200" -> "1200", "3.5%" -> "3.5%", "four" -> "4"), or None."""
    w = word.replace(",", "")
    core = w[1:] if w[:1] in "$£€¥" else w
    for suffix in ("%", "bn", "m", "k", "s"):
        if core.endswith(suffix) and core[: -len(suffix)].replace(".", "", 1).isdigit():
            return w
    if core.replace(".", "", 1).isdigit():
        return w.rstrip(".")
    if w in NUMBER_WORDS:
        return _WORD_VALUES.get(w, w)
    return None


_WORD_VALUES = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve "
                                                 "thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
                                                 "twenty".split())}


def figures(text: str) -> list[str]:
    """Return the figures of a sentence in order (normalised by :func:`figure`)."""
    return [f for f in (figure(w) for w in words(text)) if f is not None]


def figures_differ(a: str, b: str) -> bool:
    """Return True when each sentence has a figure the other does not (a disagreement, not a detail added)."""
    fa, fb = set(figures(a)), set(figures(b))
    return bool(fa - fb) and bool(fb - fa)


def figure_context(text: str, other: str) -> list[str]:
    """Return the figures of ``text`` that ``other`` lacks, each with the word after it ("15 people")."""
    theirs = set(figures(other))
    ws = words(text)
    out = []
    for i, w in enumerate(ws):
        f = figure(w)
        if f is None or f in theirs:
            continue
        nxt = ws[i + 1] if i + 1 < len(ws) and figure(ws[i + 1]) is None else ""
        phrase = f"{w} {nxt}".strip()
        if phrase not in out:
            out.append(phrase)
    return out


def sentence_vectors(texts: list[str], language: str) -> sparse.csr_matrix:
    """Return L2-normalised TF-IDF rows of the sentences' content words (stemmed, no stop words, no figures)."""
    stem, stops = stem_word(language), stop_words_of(language)
    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for i, text in enumerate(texts):
        counts: dict[int, int] = {}
        for w in words(text):
            if w in stops or figure(w) is not None or not any(ch.isalpha() for ch in w):
                continue
            j = vocab.setdefault(stem(w), len(vocab))
            counts[j] = counts.get(j, 0) + 1
        for j, c in counts.items():
            rows.append(i)
            cols.append(j)
            vals.append(1.0 + np.log(c))
    n, m = len(texts), max(len(vocab), 1)
    x = sparse.csr_matrix((vals, (rows, cols)), shape=(n, m))
    df = np.bincount(np.asarray(cols, dtype=np.int64), minlength=m) if cols else np.zeros(m)
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    x = x @ sparse.diags(idf)
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ x)


def similarity(texts: list[str], language: str) -> np.ndarray:
    """Return the dense sentence-by-sentence cosine similarity matrix (1 on the diagonal for non-empty rows)."""
    x = sentence_vectors(texts, language)
    return np.asarray((x @ x.T).todense())


def near_duplicates(a: str, b: str, language: str = "english") -> bool:
    """Return True when two sentences are near-duplicates (figures ignored)."""
    sim = similarity([a, b], language)
    return bool(sim[0, 1] >= NEAR_DUPLICATE)

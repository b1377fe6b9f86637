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
from .figures import figure, words

#: Cosine similarity at which two sentences count as near-duplicates (merged into one point).
NEAR_DUPLICATE = 0.6
#: Cosine similarity at which two sentences that give different figures of the same measure ("2.5 billion euros"
#: against "3.1 billion euros") are one statement the sources dispute, though reworded too much to be near-duplicates.
DISPUTED = 0.45
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

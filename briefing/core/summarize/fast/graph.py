"""Fast LexRank, TextRank, Reduction and LSA: graph and matrix ratings with sumy's arithmetic (see the package docstring)."""

from __future__ import annotations


import math
from collections import Counter
from fractions import Fraction

import numpy as np

from ...model import Article
from ...progress import ProgressCallback

from .common import _Doc, _begin, _row_blocks

#: Up to this many sentences, LexRank, TextRank and Reduction run sumy's own
#: dense arithmetic (vectorised), which reproduces its floats bit for bit, so
#: even its round-off tie-breaks; above, sparse products (ties to the earlier).
DENSE_LIMIT = 1500

#: LSA runs sumy's SVD itself (cheap on an article, and it reproduces sumy's
#: tie-breaks) while ``sentences * words * min(sentences, words)`` is at most
#: this; above, the exact identity rank = column norm.
LSA_EXACT_COST = 50_000_000



# --------------------------------------------------------------------- LexRank


def rate_lexrank(article: Article, progress: ProgressCallback | None = None) -> list[float]:
    """Return sumy LexRank's rating of every sentence (threshold 0.1, epsilon 0.1)."""
    from scipy.sparse import csr_matrix, diags

    progress, doc = _begin(article, progress, "LexRank")
    counts, _ = doc.stem_counts()
    n = doc.n
    # tf = count / the sentence's largest count; idf = log(n / (1 + df)).
    row_max = counts.max(axis=1).toarray().ravel()
    row_max[row_max == 0] = 1
    df = np.bincount(counts.indices, minlength=counts.shape[1]).astype(np.float64)
    idf = np.log(n / (1.0 + df))
    tfidf = csr_matrix(diags(1.0 / row_max) @ counts @ diags(idf))
    norms = np.sqrt(np.asarray(tfidf.multiply(tfidf).sum(axis=1)).ravel())
    inv = np.zeros_like(norms)
    inv[norms > 0] = 1.0 / norms[norms > 0]
    unit = csr_matrix(diags(inv) @ tfidf)
    # Only the structure of the edges is kept (their weight is 1). The
    # similarity is symmetric, so each block of rows is multiplied only with
    # the sentences from its first row on (half the products); the pairs
    # above the diagonal are then mirrored.
    upper_rows, upper_cols = [], []
    for a, b in _row_blocks(counts, progress, 0.05, 0.8, "LexRank: sentence similarities"):
        sim = csr_matrix(unit[a:b] @ unit[a:].T)
        rows = np.repeat(np.arange(a, b, dtype=np.int32), np.diff(sim.indptr))
        cols = sim.indices.astype(np.int32, copy=False) + np.int32(a)
        keep = (sim.data > 0.1) & (cols >= rows)
        # A block keeps its first row, the pairs per row and their columns (rows in order).
        upper_rows.append((a, np.bincount(rows[keep] - a, minlength=b - a).astype(np.int32)))
        upper_cols.append(cols[keep])
        del sim, keep, rows, cols
    # The pairs stay in their blocks (no concatenated copy: at 300k words they
    # are about 12 million).
    blocks = list(zip(upper_rows, upper_cols))
    del upper_rows, upper_cols
    self_edge = np.zeros(n, dtype=bool)
    degrees = np.zeros(n)
    for (first, per_row), cols in blocks:
        rows = _block_rows(first, per_row)
        self_edge[rows[rows == cols]] = True
        # Degrees of the symmetric graph: upper pairs counted at both ends, self-edges once (below).
        degrees[first:first + len(per_row)] += per_row
        degrees += np.bincount(cols, minlength=n)
    degrees -= self_edge
    degrees[degrees == 0] = 1
    with np.errstate(invalid="ignore", divide="ignore"):
        if n <= DENSE_LIMIT:
            # sumy's own arithmetic on the same dense matrix: identical floats,
            # so even its round-off tie-breaks are reproduced.
            matrix = np.zeros((n, n))
            for (first, per_row), cols in blocks:
                rows = _block_rows(first, per_row)
                matrix[rows, cols] = 1.0
                matrix[cols, rows] = 1.0
            matrix /= degrees[:, np.newaxis]
            step = lambda p: np.dot(matrix.T, p)  # noqa: E731
        else:
            step = lambda p: _symmetric_product(blocks, self_edge, p / degrees)  # noqa: E731
        p = np.array([1.0 / n] * n)
        change = 1.0
        steps = 0
        while change > 0.1:
            nxt = step(p)
            nxt /= np.linalg.norm(nxt)
            change = np.linalg.norm(np.subtract(nxt, p))
            p = nxt
            steps += 1
            progress(min(0.99, 0.8 + 0.02 * steps), "LexRank: power method")
    return doc.share_by_text(p)


def _block_rows(first: int, per_row: np.ndarray) -> np.ndarray:
    """Return the row of every pair of a block, from its first row and its pairs per row."""
    return np.repeat(np.arange(first, first + len(per_row), dtype=np.int32), per_row)


def _symmetric_product(blocks: list, self_edge: np.ndarray,
                       x: np.ndarray) -> np.ndarray:
    """Return ``E @ x`` for the 0/1 symmetric matrix ``E`` given by its upper pairs, block by block.

    ``E x = U x + U^T x - x`` on the self-edges, summed over the blocks of
    pairs so that no temporary grows beyond one block.
    """
    out = np.zeros(len(x))
    for (first, per_row), cols in blocks:
        rows = _block_rows(first, per_row)
        out += np.bincount(rows, weights=x[cols], minlength=len(x))
        out += np.bincount(cols, weights=x[rows], minlength=len(x))
    out -= np.where(self_edge, x, 0.0)
    return out


# ---------------------------------------------------- TextRank and Reduction


class _Overlaps:
    """Word-overlap edges ``shared / (log|s1| + log|s2|)`` of TextRank and Reduction.

    ``shared`` counts common words with repeats (a dot product of count
    vectors). The edge between two one-word sentences has norm 0: TextRank then
    uses the shared count, Reduction 0 (``one_word_edge``).

    For long documents the sentence-by-sentence matrix is never built: the
    sentences are grouped by length (a few dozen distinct lengths), and
    ``W x = sum over lengths l of (C (C_l^T x_l)) / (log|s| + log l)``.
    """

    def __init__(self, doc: _Doc, one_word_edge: str):
        stems = doc.content_stems()
        self.counts, _ = doc.stem_counts()
        self.counts_t = self.counts.T.tocsr()
        self.lengths = np.array([len(s) for s in stems], dtype=np.int64)
        # math.log per length, as sumy (numpy's log may differ in the last bit).
        self.logs = np.array([math.log(v) if v > 0 else 0.0 for v in self.lengths.tolist()])
        self.one_word_edge = one_word_edge
        self.n = doc.n

    def dense(self) -> np.ndarray:
        """Return the full edge matrix with sumy's exact floats (small documents only)."""
        shared = (self.counts @ self.counts_t).toarray()
        norm = self.logs[:, np.newaxis] + self.logs[np.newaxis, :]
        with np.errstate(divide="ignore", invalid="ignore"):
            if self.one_word_edge == "rank":
                edges = np.where(np.isclose(norm, 0.0), shared, shared / norm)
            else:
                edges = np.where(norm == 0.0, 0.0, shared / norm)
        edges[shared == 0] = 0.0
        return edges

    def multiply(self, x: np.ndarray) -> np.ndarray:
        """Return ``W @ x`` without building ``W`` (length-grouped products)."""
        out = np.zeros(self.n)
        for length in np.unique(self.lengths):
            if length == 0:
                continue
            xl = np.where(self.lengths == length, x, 0.0)
            reach = self.counts @ (self.counts_t @ xl)  # shared words with the group, weighted by x
            out += self._divide(reach, self.logs + math.log(int(length)), length == 1)
        return out

    def _divide(self, shared: np.ndarray, norm: np.ndarray, one_word_group: bool) -> np.ndarray:
        """Return ``shared / norm`` with the one-word and empty-sentence cases."""
        with np.errstate(divide="ignore", invalid="ignore"):
            out = shared / np.where(norm == 0.0, 1.0, norm)
        if one_word_group:
            one = self.lengths == 1
            out[one] = shared[one] if self.one_word_edge == "rank" else 0.0
        out[self.lengths == 0] = 0.0
        return out

    def diagonal(self) -> np.ndarray:
        """Return the edges of each sentence with itself."""
        squares = np.asarray(self.counts.multiply(self.counts).sum(axis=1)).ravel()
        d = np.zeros(self.n)
        # Same arithmetic as multiply(), so the self-edge cancels exactly.
        for length in np.unique(self.lengths):
            members = self.lengths == length
            if length == 0:
                continue
            part = self._divide(np.where(members, squares, 0.0), self.logs + math.log(int(length)), length == 1)
            d[members] = part[members]
        return d


def rate_textrank(article: Article, progress: ProgressCallback | None = None) -> list[float]:
    """Return sumy TextRank's rating of every sentence (damping 0.85, epsilon 1e-4)."""
    progress, doc = _begin(article, progress, "TextRank")
    overlaps = _Overlaps(doc, "rank")
    n = doc.n
    damping = 0.85
    progress(0.3, "TextRank: sentence overlaps")
    if n <= DENSE_LIMIT:
        # sumy's own arithmetic on the same dense matrix: identical floats.
        weights = overlaps.dense()
        weights /= (weights.sum(axis=1)[:, np.newaxis] + 1e-7)
        matrix = np.full((n, n), (1.0 - damping) / n) + damping * weights
        step = lambda p: np.dot(matrix.T, p)  # noqa: E731
    else:
        row_sums = overlaps.multiply(np.ones(n)) + 1e-7
        # W is symmetric: (W / rowsum)^T p = W (p / rowsum).
        step = lambda p: (1.0 - damping) / n * p.sum() + damping * overlaps.multiply(p / row_sums)  # noqa: E731
    p = np.array([1.0 / n] * n)
    change = 1.0
    steps = 0
    while change > 1e-4:
        nxt = step(p)
        change = np.linalg.norm(np.subtract(nxt, p))
        p = nxt
        steps += 1
        progress(min(0.99, 0.4 + 0.05 * steps), "TextRank: power method")
    return doc.share_by_text(p)


def rate_reduction(article: Article, progress: ProgressCallback | None = None) -> list[float]:
    """Return sumy Reduction's rating: summed overlap edge weights to all other sentences."""
    progress, doc = _begin(article, progress, "Reduction")
    overlaps = _Overlaps(doc, "zero")
    progress(0.3, "Reduction: sentence overlaps")
    if doc.n <= DENSE_LIMIT:
        edges = overlaps.dense()
        np.fill_diagonal(edges, 0.0)
        # sumy adds the edges pair by pair, i.e. along each row in column
        # order; cumsum adds sequentially too, so the floats are identical.
        totals = np.cumsum(edges, axis=1)[:, -1] if doc.n else np.zeros(0)
    else:
        totals = overlaps.multiply(np.ones(doc.n)) - overlaps.diagonal()
    # sumy adds each pair's edge to a dict keyed by sentence text: copies of one
    # text pool their sums.
    pooled: dict[str, float] = {}
    for text, v in zip(doc.texts, totals.tolist()):
        pooled[text] = pooled.get(text, 0.0) + v
    return [pooled[t] for t in doc.texts]


# ------------------------------------------------------------------------- LSA


def rate_lsa(article: Article, progress: ProgressCallback | None = None) -> list[float]:
    """Return sumy LSA's rating: the norm of each sentence's column of the smoothed TF matrix."""
    progress, doc = _begin(article, progress, "LSA")
    stem = doc.stem
    lowered_stops = frozenset(w.lower() for w in doc.stops)
    all_words = list(doc.title_words) + [w for ws in doc.words for w in ws]
    dictionary = {stem(w) for w in map(str.lower, all_words) if w not in lowered_stops}
    size = len(dictionary)
    if not size:
        return [0.0] * doc.n
    if doc.n * size * min(doc.n, size) <= LSA_EXACT_COST:
        return _lsa_with_svd(doc, all_words, lowered_stops)
    ratings = []
    keys = []
    smooth = 0.4
    for i, ws in enumerate(doc.words):
        if i % 2000 == 0:
            progress(i / max(doc.n, 1), "LSA: sentence vectors")
        counted = Counter(s for s in map(stem, ws) if s in dictionary)
        keys.append(lsa_tie_key(counted.values(), size))
        if not counted:
            ratings.append(0.0)
            continue
        top = max(counted.values())
        present = np.array([smooth + (1.0 - smooth) * (c / top) for c in counted.values()])
        ratings.append(math.sqrt(float(present @ present) + (size - len(counted)) * smooth * smooth))
    return share_lsa_ties(ratings, keys)


def lsa_tie_key(counts, size: int) -> Fraction:
    """Return the exact square of LSA's rating of a sentence, from its counts of dictionary words.

    sumy keeps every SVD dimension, so the rating is the norm of the sentence's
    column of the smoothed matrix: ``sum((0.4 + 0.6 c / top)^2)`` over its
    words plus ``0.4^2`` for each of the ``size`` dictionary words it lacks.
    Two sentences with the same number of distinct words, each once, tie
    exactly; sumy's floats then differ by round-off only.
    """
    counts = [int(c) for c in counts if c]
    if not counts:
        return Fraction(0)
    top = max(counts)
    return Fraction(sum((2 * top + 3 * c) ** 2 for c in counts), 25 * top * top) + Fraction(4 * (size - len(counts)), 25)


def share_lsa_ties(ratings, keys) -> list[float]:
    """Give sentences whose LSA ratings are exactly equal (equal ``keys``) the first one's float.

    sumy's floats order such ties by round-off, which depends on its
    dictionary's order (Python's per-process string hashing); one value each
    lets the stable sort take the earlier sentence, in every process.
    """
    first: dict[Fraction, float] = {}
    return [first.setdefault(k, float(r)) for r, k in zip(ratings, keys)]


def _lsa_with_svd(doc: _Doc, all_words: list[str], lowered_stops: frozenset[str]) -> list[float]:
    """sumy's LSA computation itself, vectorised: the same matrix, the same SVD, the same sums.

    sumy's dictionary order comes from a frozenset (Python's per-process string
    hashing); here, as in :mod:`..sumy_backend`, the dictionary is sorted, so
    the rows, the SVD round-off and the ratings are the same in every process.
    Exact ties (:func:`lsa_tie_key`) then get one value: the earlier sentence wins.
    """
    stem = doc.stem
    unique = sorted({stem(w) for w in map(str.lower, all_words) if w not in lowered_stops})
    dictionary = {w: i for i, w in enumerate(unique)}
    matrix = np.zeros((len(dictionary), doc.n))
    rows, cols = [], []
    for col, ws in enumerate(doc.words):
        for s in map(stem, ws):
            row = dictionary.get(s)
            if row is not None:
                rows.append(row)
                cols.append(col)
    np.add.at(matrix, (np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)), 1.0)
    keys = [lsa_tie_key(column, len(dictionary)) for column in matrix.T.tolist()]
    smooth = 0.4
    top = np.max(matrix, axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        smoothed = smooth + (1.0 - smooth) * (matrix / top)
    matrix = np.where(top != 0, smoothed, matrix)
    _u, sigma, v = np.linalg.svd(matrix, full_matrices=False)
    total = np.zeros(doc.n)
    for i, s in enumerate(sigma):  # sumy keeps every dimension; sums them in this order
        total = total + (s ** 2) * (v[i] * v[i])
    return share_lsa_ties([math.sqrt(t) for t in total.tolist()], keys)



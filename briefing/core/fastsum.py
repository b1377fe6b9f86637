"""Fast implementations of sumy's algorithms: the same choices, in seconds on a book.

sumy's summarizers compare every sentence with every other in pure Python, so
their time grows with the square of the sentence count (LexRank takes minutes
on 100k words; KL-Sum takes minutes on 20k). Each rater here reproduces one
sumy summarizer exactly as :func:`briefing.core.summarize._make_summarizer`
configures it: the same words (the offline tokenizer), sumy's ``Stemmer`` and
stop words, the same formulas and quirks, computed with NumPy/SciPy sparse
matrices and incremental updates. Every rater has the signature of
:data:`briefing.core.summarize.FAST_RATERS`: ``(article, progress) -> ratings``,
one rating per body sentence, whose top-k choice (ties to the earlier
sentence, as sumy's stable sort) is sumy's.

What each one computes (read sumy's source for the original):

* **LexRank**: TF (over the sentence's largest count) x IDF
  ``log(n / (1 + df))`` cosine, edges above 0.1, rows divided by degree, power
  method normalised each step until the change is at most 0.1. Similarities
  are computed as sparse products in row blocks, keeping only the edges.
* **TextRank**: shared words (with repeats) over ``log|s1| + log|s2|``,
  diagonal included, rows normalised (+1e-7), damping 0.85 with the uniform
  jump spread over the sentences, power method until the change is at most
  1e-4.
* **Reduction**: the sum of the same edge weights (0 between two one-word
  sentences) to every other sentence.
* **LSA**: sumy keeps *every* SVD dimension (``REDUCTION_RATIO = 1``), so its
  rank ``sqrt(sum(sigma_i^2 v_ij^2))`` is exactly the Euclidean norm of column
  j of its smoothed TF matrix (``A = U S V^T`` with orthonormal ``U``); on long
  documents that norm is computed from the sparse counts (absent words
  contribute the 0.4 smoothing), with no SVD.
* **Luhn**: significant stems (more than once in the document, title
  included), clusters with gaps of at most 4 words, ``significant^2 / span``.
* **Edmundson**: cue (title words as bonus words, stigma words), title and
  location methods, summed per distinct sentence text as sumy's dicts do.
* **KL-Sum**: sumy's greedy order of selection, with its quirks (the
  document's word distribution filters stop words *before* lower-casing; the
  summary side uses raw words). The divergence of every remaining sentence is
  kept as ``A + D_s + log(|s| + |S|) (P + Q_s)`` and updated only for the
  sentences that share a word with the last pick; near-ties (within 1e-11) are
  re-decided with sumy's own formula in its own summation order.
* **SumBasic**: sumy's greedy order; averages are updated incrementally with a
  bound on their round-off, and every contender within that bound is
  recomputed exactly in sumy's summation order before choosing.

Exactness. On article-sized input (up to :data:`DENSE_LIMIT` sentences, and
for LSA up to :data:`LSA_EXACT_COST`) LexRank, TextRank, Reduction and LSA run
sumy's own arithmetic, vectorised (the same dense matrices, the same NumPy
calls, the same summation order, the same SVD), so their ratings are
bit-identical to sumy's (LSA up to NumPy's SVD, which is not always
bit-reproducible between two calls on the same matrix); Luhn, Edmundson,
KL-Sum and SumBasic are bit-identical at every size. On 400 news articles (100 CNN/DailyMail + 300
BBC) every fast algorithm chooses exactly sumy's 3 and 5 sentences
(``benchmarks/speed.py --agreement``).

Like sumy, ratings are keyed by sentence text where sumy uses a dict (LexRank,
TextRank, Edmundson, KL-Sum, SumBasic, Reduction): repeated identical sentences
share one rating (the last one's, or the pooled sum for Reduction).

Known differences, all between exact ties, on long documents only (the sparse
paths): where sentences have mathematically equal ratings (e.g. two sentences
with the same number of distinct words in LSA, or two sentences linked to
nothing in TextRank) sumy's order is decided by floating-point round-off of
its dense computation (for LSA also by Python's per-process string hashing,
which orders its dictionary rows, so sumy itself is not reproducible between
runs there); the sparse paths give the earlier sentence. Reduction's pooled
sum for repeated sentences may differ from sumy's in the last bit.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from typing import Callable, Sequence

import numpy as np

from .model import Article
from .tokenizer import get_tokenizer

ProgressCallback = Callable[[float, str], None]

# Row blocks of the sentence-by-sentence products are sized so that a block
# holds at most about this many non-zero entries (memory stays bounded).
_BLOCK_NNZ = 4_000_000

#: Up to this many sentences, LexRank, TextRank and Reduction run sumy's own
#: dense arithmetic (vectorised), which reproduces its floats bit for bit, so
#: even its round-off tie-breaks; above, sparse products (ties to the earlier).
DENSE_LIMIT = 1500

#: LSA runs sumy's SVD itself (cheap on an article, and it reproduces sumy's
#: tie-breaks) while ``sentences * words * min(sentences, words)`` is at most
#: this; above, the exact identity rank = column norm.
LSA_EXACT_COST = 50_000_000


def _noop(fraction: float, message: str) -> None:
    """A progress callback that ignores progress."""


def _begin(article: Article, progress: ProgressCallback | None, label: str) -> tuple[ProgressCallback, _Doc]:
    """Return the progress callback to use (a no-op for ``None``) and the article's words, reporting the start."""
    progress = progress or _noop
    progress(0.0, f"{label}: reading words")
    return progress, _Doc(article)


@lru_cache(maxsize=4)
def _stop_words(language: str) -> frozenset[str]:
    from sumy.utils import get_stop_words

    return frozenset(get_stop_words(language))


@lru_cache(maxsize=4)
def _stemmer(language: str) -> Callable[[str], str]:
    """Return sumy's ``stem_word`` (lower-case, then sumy's Stemmer), cached per distinct word.

    nltk's Snowball stemmer costs about 20 microseconds per call; a long document
    repeats its words many times, and a cache returns the very same stems.
    """
    from sumy.nlp.stemmers import Stemmer

    stem = Stemmer(language)
    cache: dict[str, str] = {}

    def stem_word(word: str) -> str:
        try:
            return cache[word]
        except KeyError:
            value = cache[word] = stem(word.lower())
            return value

    return stem_word


class _Doc:
    """What every rater reads: sentence texts, sumy's words, stems, stop words."""

    def __init__(self, article: Article):
        self.language = article.language
        tokenizer = get_tokenizer(article.language)
        self.texts = [t.strip() for para in article.paragraphs for t in para]
        cache: dict[str, tuple[str, ...]] = {}
        words = []
        for text in self.texts:
            w = cache.get(text)
            if w is None:
                w = cache[text] = tuple(tokenizer.to_words(text))
            words.append(w)
        self.words = words
        title = article.title.strip()
        self.has_title = bool(title)
        self.title_words = tuple(tokenizer.to_words(title)) if title else ()
        self.paragraph_sizes = [len(p) for p in article.paragraphs]
        self.stem = _stemmer(article.language)
        self.stops = _stop_words(article.language)
        self.n = len(self.texts)

    def content_stems(self) -> list[list[str]]:
        """Per sentence, sumy's ``_to_words_set``: lower-cased, stop words out, stemmed."""
        stops, stem = self.stops, self.stem
        lowered_stops = frozenset(w.lower() for w in stops)
        return [[stem(w) for w in map(str.lower, ws) if w not in lowered_stops] for ws in self.words]

    def share_by_text(self, values: Sequence[float]) -> list[float]:
        """Give every sentence the value of the *last* sentence with its text (a sumy dict)."""
        last: dict[str, float] = {}
        for text, v in zip(self.texts, values):
            last[text] = v
        return [float(last[t]) for t in self.texts]


def _count_matrix(token_lists: Sequence[Sequence[str]]):
    """Return (CSR sentence-by-term counts, vocabulary dict) for lists of tokens."""
    from scipy.sparse import csr_matrix

    vocab: dict[str, int] = {}
    indices: list[int] = []
    indptr = [0]
    for tokens in token_lists:
        for t in tokens:
            j = vocab.get(t)
            if j is None:
                j = vocab[t] = len(vocab)
            indices.append(j)
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float64)
    m = csr_matrix((data, np.asarray(indices, dtype=np.int32), np.asarray(indptr, dtype=np.int64)),
                   shape=(len(token_lists), max(len(vocab), 1)))
    m.sum_duplicates()
    return m, vocab


def _row_blocks(matrix, progress: ProgressCallback, start: float, end: float, message: str):
    """Yield (first_row, last_row) blocks of ``matrix @ matrix.T`` of bounded size, reporting progress."""
    n = matrix.shape[0]
    if n == 0:
        return
    # Estimate the product's density from a sample of rows.
    col_df = np.bincount(matrix.indices, minlength=matrix.shape[1]).astype(np.float64)
    cumulative = np.concatenate([[0.0], np.cumsum(col_df[matrix.indices])])
    row_cost = cumulative[matrix.indptr[1:]] - cumulative[matrix.indptr[:-1]]
    row_cost = np.minimum(row_cost, n) + 1
    bounds = [0]
    acc = 0.0
    for i, c in enumerate(row_cost):
        acc += c
        if acc > _BLOCK_NNZ:
            bounds.append(i + 1)
            acc = 0.0
    if bounds[-1] != n:
        bounds.append(n)
    for k in range(len(bounds) - 1):
        progress(start + (end - start) * bounds[k] / n, message)
        yield bounds[k], bounds[k + 1]


# --------------------------------------------------------------------- LexRank


def rate_lexrank(article: Article, progress: ProgressCallback | None = None) -> list[float]:
    """Return sumy LexRank's rating of every sentence (threshold 0.1, epsilon 0.1)."""
    from scipy.sparse import csr_matrix, diags

    progress, doc = _begin(article, progress, "LexRank")
    stems = doc.content_stems()
    counts, _ = _count_matrix(stems)
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
    unit_t = csr_matrix(unit.T)
    # Only the structure of the edges is kept (their weight is 1).
    columns = []
    per_row = np.zeros(n, dtype=np.int64)
    for a, b in _row_blocks(counts, progress, 0.05, 0.8, "LexRank: sentence similarities"):
        sim = csr_matrix(unit[a:b] @ unit_t)
        keep = sim.data > 0.1
        columns.append(sim.indices[keep].astype(np.int32, copy=False))
        rows = np.repeat(np.arange(b - a), np.diff(sim.indptr))
        per_row[a:b] = np.bincount(rows[keep], minlength=b - a)
        del sim, keep, rows
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(per_row, out=indptr[1:])
    indices = np.concatenate(columns) if columns else np.zeros(0, dtype=np.int32)
    del columns
    edges = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(n, n))
    degrees = per_row.astype(np.float64)
    degrees[degrees == 0] = 1
    with np.errstate(invalid="ignore", divide="ignore"):
        if n <= DENSE_LIMIT:
            # sumy's own arithmetic on the same dense matrix: identical floats,
            # so even its round-off tie-breaks are reproduced.
            matrix = edges.toarray() / degrees[:, np.newaxis]
            step = lambda p: np.dot(matrix.T, p)  # noqa: E731
        else:
            edges_t = edges.T  # a CSC view: no copy
            step = lambda p: edges_t @ (p / degrees)  # noqa: E731
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
        self.counts, _ = _count_matrix(stems)
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
    smooth = 0.4
    for i, ws in enumerate(doc.words):
        if i % 2000 == 0:
            progress(i / max(doc.n, 1), "LSA: sentence vectors")
        counted = Counter(s for s in map(stem, ws) if s in dictionary)
        if not counted:
            ratings.append(0.0)
            continue
        top = max(counted.values())
        present = np.array([smooth + (1.0 - smooth) * (c / top) for c in counted.values()])
        ratings.append(math.sqrt(float(present @ present) + (size - len(counted)) * smooth * smooth))
    return ratings


def _lsa_with_svd(doc: _Doc, all_words: list[str], lowered_stops: frozenset[str]) -> list[float]:
    """sumy's LSA computation itself, vectorised: the same matrix, the same SVD, the same sums.

    Its dictionary order comes from a frozenset (Python's string hashing), so
    building it the same way in this process gives the same rows, the same
    SVD round-off and so sumy's very tie-breaks.
    """
    stem = doc.stem
    unique = frozenset(stem(w) for w in map(str.lower, all_words) if w not in lowered_stops)
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
    smooth = 0.4
    top = np.max(matrix, axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        smoothed = smooth + (1.0 - smooth) * (matrix / top)
    matrix = np.where(top != 0, smoothed, matrix)
    _u, sigma, v = np.linalg.svd(matrix, full_matrices=False)
    total = np.zeros(doc.n)
    for i, s in enumerate(sigma):  # sumy keeps every dimension; sums them in this order
        total = total + (s ** 2) * (v[i] * v[i])
    return [math.sqrt(t) for t in total.tolist()]


# ------------------------------------------------------------------------ Luhn


def rate_luhn(article: Article, progress: ProgressCallback | None = None) -> list[float]:
    """Return sumy Luhn's rating: the best cluster of significant words in each sentence."""
    progress, doc = _begin(article, progress, "Luhn")
    stem = doc.stem
    lowered_stops = frozenset(w.lower() for w in doc.stops)
    all_words = list(doc.title_words) + [w for ws in doc.words for w in ws]
    terms = Counter(stem(w).lower() for w in map(str.lower, all_words) if w not in lowered_stops)
    significant = {t for t, c in terms.items() if c > 1}
    max_gap = 4
    ratings: list[float] = []
    for i, ws in enumerate(doc.words):
        if i % 2000 == 0:
            progress(i / max(doc.n, 1), "Luhn: clusters")
        best: float = 0
        # sumy: a chunk starts at a significant word and ends after max_gap
        # non-significant words; its rating is significant^2 / length without
        # trailing non-significant words (0 with a single significant word).
        in_chunk = False
        count = length = gap = 0
        chunks = []
        for w in ws:
            sig = stem(w) in significant
            if sig and not in_chunk:
                in_chunk = True
                count, length, gap = 1, 1, 0
                chunks.append(None)
            elif in_chunk:
                length += 1
                if sig:
                    count += 1
                    gap = 0
                else:
                    gap += 1
            if in_chunk:
                chunks[-1] = (count, length - gap)
                in_chunk = gap < max_gap
        if chunks:
            best = max(0 if c == 1 else c * c / span for c, span in chunks)
        ratings.append(best)
    return ratings


# ------------------------------------------------------------------- Edmundson


def rate_edmundson(article: Article, progress: ProgressCallback | None = None) -> list[float]:
    """Return sumy Edmundson's rating as configured by the app (cue, title, location)."""
    from .summarize import _STIGMA_WORDS

    progress, doc = _begin(article, progress, "Edmundson")
    stem = doc.stem
    lowered_stops = frozenset(w.lower() for w in doc.stops)
    null = frozenset(stem(w) for w in doc.stops)
    title_words = [w for w in doc.title_words if w.lower() not in lowered_stops]
    use_cue_title = bool(title_words)
    bonus = frozenset(stem(w) for w in title_words)
    stigma = frozenset(stem(w) for w in _STIGMA_WORDS)
    heading_significant = frozenset(s for s in map(stem, doc.title_words) if s not in null)
    total: dict[str, float] = {}
    location: dict[str, float] = {}
    n_paragraphs = len(doc.paragraph_sizes)
    i = 0
    for p, size in enumerate(doc.paragraph_sizes):
        for k in range(size):
            text, stems = doc.texts[i], [stem(w) for w in doc.words[i]]
            i += 1
            title_hits = sum(s in heading_significant for s in stems)
            if use_cue_title and text not in total:
                cue = sum(s in bonus for s in stems) - sum(s in stigma for s in stems)
                total[text] = cue + title_hits
            rating = title_hits
            if p == 0:
                rating += 1
            elif p == n_paragraphs - 1:
                rating += 1
            if k == 0:
                rating += 1
            elif k == size - 1:
                rating += 1
            location[text] = rating
    return [float(total.get(t, 0) + location[t]) for t in doc.texts]


# ---------------------------------------------------------------------- SumBasic


def _postings(token_ids: list[list[int]], size: int) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Return, per token id, the sentences holding it and how many times."""
    rows: list[list[int]] = [[] for _ in range(size)]
    counts: list[list[float]] = [[] for _ in range(size)]
    for i, ids in enumerate(token_ids):
        for k, c in Counter(ids).items():
            rows[k].append(i)
            counts[k].append(float(c))
    return ([np.asarray(r, dtype=np.int64) for r in rows], [np.asarray(c, dtype=np.float64) for c in counts])


def _gather(rows_of: list[np.ndarray], counts_of: list[np.ndarray], keys: np.ndarray):
    """Return the postings of ``keys`` concatenated: rows, counts, and each key's posting length."""
    rows = [rows_of[k] for k in keys.tolist()]
    spans = np.fromiter((len(r) for r in rows), dtype=np.int64, count=len(rows))
    if not spans.sum():
        return np.zeros(0, dtype=np.int64), np.zeros(0), spans
    return np.concatenate(rows), np.concatenate([counts_of[k] for k in keys.tolist()]), spans


def rate_sumbasic(article: Article, progress: ProgressCallback | None = None) -> list[float]:
    """Return sumy SumBasic's rating: minus the step at which its greedy pass picks each sentence.

    Lazy greedy: a sentence's average word probability never grows (sumy only
    ever squares probabilities below 1), so a heap of possibly stale averages
    holds upper bounds. The top entry is recomputed (exactly as sumy: the same
    floats, the same summation order) until it is up to date; it is then the
    first sentence with the largest average, sumy's choice. Each pick touches
    only the few sentences that reach the top, not every sentence sharing a word.
    """
    import heapq

    progress, doc = _begin(article, progress, "SumBasic")
    n = doc.n
    vocab: dict[str, int] = {}
    token_ids = [[vocab.setdefault(w, len(vocab)) for w in ws] for ws in doc.content_stems()]
    total = sum(len(t) for t in token_ids)
    counts = [0] * len(vocab)
    for ids in token_ids:
        for k in ids:
            counts[k] += 1
    prob = [c / total for c in counts]  # Python floats, as sumy's dict values

    def average(ids: list[int]) -> float:
        return sum([prob[k] for k in ids]) / len(ids) if ids else 0

    heap = [(-average(ids), i, 0) for i, ids in enumerate(token_ids)]
    heapq.heapify(heap)
    changed_at = [0] * len(vocab)  # the step that last changed each word's probability
    order_value: dict[str, float] = {}
    report_every = max(1, n // 50)
    for step in range(1, n + 1):
        if step % report_every == 0:
            progress(step / n, "SumBasic: greedy selection")
        while True:
            negative, i, stamp = heapq.heappop(heap)
            ids = token_ids[i]
            if all(changed_at[k] <= stamp for k in ids):
                break
            heapq.heappush(heap, (-average(ids), i, step - 1))
        order_value[doc.texts[i]] = -float(len(order_value))
        for k in ids:  # sumy: p[w] *= p[w] once per occurrence in the chosen sentence
            prob[k] *= prob[k]
            changed_at[k] = step
    return [order_value[t] for t in doc.texts]


# ------------------------------------------------------------------------ KL-Sum


def rate_kl(article: Article, progress: ProgressCallback | None = None) -> list[float]:
    """Return sumy KL-Sum's rating: minus the step at which its greedy pass picks each sentence."""
    progress, doc = _begin(article, progress, "KL-Sum")
    n = doc.n
    stops = doc.stops  # KLSummarizer.stop_words has no lower-casing setter
    # sumy's document distribution filters stop words on the raw words, then lower-cases.
    doc_words = [w.lower() for ws in doc.words for w in ws if w not in stops]
    doc_total = len(doc_words)
    p_doc: dict[str, float] = {w: c / doc_total for w, c in Counter(doc_words).items()} if doc_total else {}
    # A sentence's side: lower-cased, then stop words out (no stemming).
    content = [[w for w in map(str.lower, ws) if w not in stops] for ws in doc.words]
    key_ids: dict[str, int] = {w: i for i, w in enumerate(p_doc)}
    pk = np.array(list(p_doc.values()), dtype=np.float64) if p_doc else np.zeros(0)
    plogp = pk * np.log(pk) if pk.size else pk
    token_ids = [[key_ids[w] for w in ws] for ws in content]
    rows_of, counts_of = _postings(token_ids, len(pk))
    lengths = np.array([len(ws) for ws in content], dtype=np.float64)
    distinct_lengths, length_code = np.unique(lengths, return_inverse=True)
    # KL_s = A + D_s + log(|s| + |S|) * (P + Q_s) where, over the summary's keys
    # with p > 0, A = sum p (log p - log c_S) and P = sum p; D_s and Q_s correct
    # for the sentence's own keys (see the module docstring).
    D = np.zeros(n)
    Q = np.zeros(n)
    rows, c, spans = _gather(rows_of, counts_of, np.arange(len(pk)))
    if rows.size:
        pe = np.repeat(pk, spans)
        np.add.at(D, rows, np.repeat(plogp, spans) - pe * np.log(c))
        np.add.at(Q, rows, pe)
    summary_counts = np.zeros(len(pk))
    A = 0.0
    P = 0.0
    L_S = 0
    summary_freq: dict[str, int] = {}  # raw summary words, first-seen order (as sumy's dict)
    summary_total = 0
    signatures = [tuple(ws) for ws in content]
    # Working arrays hold the remaining sentences (a picked one gets D = inf);
    # they are compacted, with the postings, whenever half are gone.
    orig = np.arange(n)
    code = length_code.copy()
    kl_buffer = pq_buffer = np.empty(0)
    # The summary's words that have a document probability, in sumy's dict
    # order, with their counts (for the exact tie check).
    tail_keys: list[str] = []
    tail_p: list[float] = []
    tail_counts: list[int] = []
    tail_index: dict[str, int] = {}
    live = n
    order_value: dict[str, float] = {}
    report_every = max(1, n // 50)
    for step in range(n):
        if step % report_every == 0:
            progress(step / n, "KL-Sum: greedy selection")
        if live * 2 < len(orig) and live > 64:
            keep = np.isfinite(D)
            new_pos = np.cumsum(keep) - 1
            for k in range(len(rows_of)):
                r = rows_of[k]
                if r.size:
                    mask = keep[r]
                    rows_of[k] = new_pos[r[mask]]
                    counts_of[k] = counts_of[k][mask]
            D, Q, code, orig = D[keep], Q[keep], code[keep], orig[keep]
        # log(|s| + |S|) for the few distinct sentence lengths, then gathered.
        totals = distinct_lengths + L_S
        log_table = np.log(np.where(totals > 0, totals, 1.0))
        if len(kl_buffer) != len(D):
            kl_buffer, pq_buffer = np.empty(len(D)), np.empty(len(D))
        kl = np.take(log_table, code, out=kl_buffer)
        kl *= np.add(Q, P, out=pq_buffer)
        kl += D
        kl += A
        pos = int(np.argmin(kl))
        low = kl[pos]
        best = int(orig[pos])
        near = np.flatnonzero(kl <= low + 1e-11 * max(1.0, abs(low)))
        if near.size > 1:
            candidates = orig[near]
            if len({signatures[i] for i in candidates.tolist()}) > 1:
                best = _kl_exact_choice(candidates, content, summary_freq, summary_total, p_doc,
                                        (tail_keys, tail_p, tail_counts))
                pos = int(near[int(np.flatnonzero(candidates == best)[0])])
        order_value[doc.texts[best]] = -float(len(order_value))
        D[pos] = np.inf
        live -= 1
        raw = doc.words[best]
        L_S += len(raw)
        summary_total += len(raw)
        for w in raw:
            summary_freq[w] = summary_freq.get(w, 0) + 1
            j = tail_index.get(w)
            if j is not None:
                tail_counts[j] += 1
            elif w in p_doc:
                tail_index[w] = len(tail_keys)
                tail_keys.append(w)
                tail_p.append(p_doc[w])
                tail_counts.append(1)
        added = Counter(w for w in raw if w in key_ids)
        if not added:
            continue
        keys = np.fromiter((key_ids[w] for w in added), dtype=np.int64, count=len(added))
        old = summary_counts[keys]
        new = old + np.fromiter(added.values(), dtype=np.float64, count=len(added))
        p = pk[keys]
        had = old > 0
        A += float(np.sum(p * (np.log(p) - np.log(new))))
        A -= float(np.sum(p[had] * (np.log(p[had]) - np.log(old[had]))))
        P += float(np.sum(p[~had]))
        summary_counts[keys] = new
        rows, c, spans = _gather(rows_of, counts_of, keys)
        if not rows.size:
            continue
        # Each key's share of D_s (and Q_s) for the sentences holding it.
        pe, olde, newe = np.repeat(p, spans), np.repeat(old, spans), np.repeat(new, spans)
        fresh = olde == 0
        old_term = np.where(fresh, np.repeat(plogp[keys], spans) - pe * np.log(c),
                            -pe * np.log((c + olde) / np.where(fresh, 1.0, olde)))
        np.add.at(D, rows, -pe * np.log((c + newe) / newe) - old_term)
        np.add.at(Q, rows[fresh], -pe[fresh])
    return [order_value[t] for t in doc.texts]


def _kl_exact_choice(candidates: np.ndarray, content: list[list[str]], summary_freq: dict[str, int],
                     summary_total: int, p_doc: dict[str, float],
                     summary_tail: tuple[list[str], list[float], list[int]]) -> int:
    """Decide a near-tie with sumy's own KL computation, in its summation order.

    sumy sums over its joint dict: the sentence's words first (first-seen
    order, counts plus the summary's), then the summary's other words (in the
    order they entered the summary). The summary's terms depend only on the
    total length, so they are computed once per length.
    """
    best_index = -1
    best_value = math.inf
    tails: dict[float, list[tuple[str, float]]] = {}
    for i in candidates.tolist():
        words = content[i]
        own: dict[str, int] = {}
        for w in words:
            own[w] = own.get(w, 0) + 1
        total = float(len(words) + summary_total)
        value = 0
        for k, c in own.items():
            f = p_doc.get(k)
            if f:
                value += f * math.log(f / ((c + summary_freq.get(k, 0)) / total))
        tail = tails.get(total)
        if tail is None:
            keys, ps, counts = summary_tail
            tail = tails[total] = list(zip(keys, [f * math.log(f / (c / total)) for f, c in zip(ps, counts)]))
        for k, term in tail:
            if k not in own:
                value += term
        if value < best_value:
            best_value = value
            best_index = i
    return best_index

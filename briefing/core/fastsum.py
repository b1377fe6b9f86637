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
  method normalised each step until the change is at most 0.1 — same
  iteration count as sumy. Sentence-by-sentence similarities are computed in
  blocks and only the edges kept (sparse).
* **TextRank**: shared words (with repeats) over ``log|s1| + log|s2|``,
  diagonal included, rows normalised (+1e-7), damping 0.85 with the uniform
  jump spread over the sentences, power method until the change is at most
  1e-4; the dense matrix is never built.
* **LSA**: sumy keeps *every* SVD dimension (``REDUCTION_RATIO = 1``), so its
  rank ``sqrt(sum(sigma_i^2 v_ij^2))`` is exactly the Euclidean norm of column
  j of its smoothed TF matrix (``A = U S V^T`` with orthonormal ``U``). The norm
  is computed directly from the sparse counts (absent words contribute the
  0.4 smoothing); no SVD.
* **Luhn**: significant stems (more than once in the document, title
  included), clusters with gaps of at most 4 words, ``significant^2 / span``.
* **Edmundson**: cue (title words as bonus words, stigma words), title and
  location methods, summed per distinct sentence text as sumy's dicts do.
* **KL-Sum**: sumy's greedy order of selection, with its quirks (the
  document's word distribution filters stop words *before* lower-casing, the
  summary side uses raw words). The divergence of every remaining sentence is
  kept as ``A + D_s + log(|s| + |S|) (P + Q_s)``, updated only for the
  sentences that share a word with the last pick; near-ties (within 1e-9) are
  re-decided with sumy's own formula in its own summation order.
* **SumBasic**: sumy's greedy order; after each pick only the sentences that
  share a word with it are recomputed, with sumy's summation order, so the
  values are bit-identical to sumy's.
* **Reduction**: sum of shared-word edge weights to all other sentences,
  computed in sparse blocks.

Like sumy, ratings are keyed by sentence text where sumy uses a dict (LexRank,
TextRank, Edmundson, KL-Sum, SumBasic, Reduction): repeated identical sentences
share one rating (the last one's, or the sum for Reduction).

Known differences, all ties: where two sentences have mathematically equal
ratings sumy's result is decided by floating-point noise in its summation
order (which for LSA's SVD and LexRank's sets depends on Python's per-process
string hashing), while these raters give the earlier sentence. See the README,
"Long documents", for the agreement measured on news articles.
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


def _noop(fraction: float, message: str) -> None:
    """A progress callback that ignores progress."""


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
    from scipy.sparse import csr_matrix, diags, vstack

    progress = progress or _noop
    progress(0.0, "LexRank: reading words")
    doc = _Doc(article)
    stems = doc.content_stems()
    counts, _ = _count_matrix(stems)
    n = doc.n
    # tf = count / the sentence's largest count; idf = log(n / (1 + df)).
    row_max = counts.max(axis=1).toarray().ravel()
    row_max[row_max == 0] = 1
    df = np.bincount(counts.indices, minlength=counts.shape[1]).astype(np.float64)
    idf = np.log(n / (1.0 + df))
    tfidf = diags(1.0 / row_max) @ counts
    tfidf = tfidf @ diags(idf)
    tfidf = csr_matrix(tfidf)
    norms = np.sqrt(np.asarray(tfidf.multiply(tfidf).sum(axis=1)).ravel())
    inv = np.zeros_like(norms)
    inv[norms > 0] = 1.0 / norms[norms > 0]
    unit = csr_matrix(diags(inv) @ tfidf)
    unit_t = csr_matrix(unit.T)
    blocks = []
    for a, b in _row_blocks(counts, progress, 0.05, 0.8, "LexRank: sentence similarities"):
        sim = csr_matrix(unit[a:b] @ unit_t)
        sim.data = (sim.data > 0.1).astype(np.float64)
        sim.eliminate_zeros()
        blocks.append(sim)
    edges = vstack(blocks).tocsr() if blocks else csr_matrix((n, n))
    degrees = np.asarray(edges.sum(axis=1)).ravel()
    degrees[degrees == 0] = 1
    edges_t = csr_matrix(edges.T)
    p = np.full(n, 1.0 / n)
    change = 1.0
    step = 0
    with np.errstate(invalid="ignore", divide="ignore"):
        while change > 0.1:
            nxt = edges_t @ (p / degrees)
            nxt /= np.linalg.norm(nxt)
            change = np.linalg.norm(nxt - p)
            p = nxt
            step += 1
            progress(min(0.99, 0.8 + 0.02 * step), "LexRank: power method")
    return doc.share_by_text(p)


# -------------------------------------------------------------------- TextRank


def _overlap_weights(counts, lengths: np.ndarray, a: int, b: int, empty_norm: str):
    """Block rows a:b of the word-overlap edge matrix: shared words over log lengths.

    ``empty_norm`` says what an edge between two one-word sentences (norm 0) is:
    "rank" (TextRank: the shared count) or "zero" (Reduction).
    """
    from scipy.sparse import csr_matrix

    block = csr_matrix(counts[a:b] @ counts.T)
    block.eliminate_zeros()
    rows = np.repeat(np.arange(a, b), np.diff(block.indptr))
    with np.errstate(divide="ignore"):
        logs = np.log(lengths)
    norm = logs[rows] + logs[block.indices]
    shared = block.data
    if empty_norm == "rank":
        zero = np.isclose(norm, 0.0)
        out = np.where(zero, shared, shared / np.where(zero, 1.0, norm))
    else:
        zero = norm == 0.0
        out = np.where(zero, 0.0, shared / np.where(zero, 1.0, norm))
    block.data = out
    return block


def rate_textrank(article: Article, progress: ProgressCallback | None = None) -> list[float]:
    """Return sumy TextRank's rating of every sentence (damping 0.85, epsilon 1e-4)."""
    from scipy.sparse import vstack

    progress = progress or _noop
    progress(0.0, "TextRank: reading words")
    doc = _Doc(article)
    stems = doc.content_stems()
    counts, _ = _count_matrix(stems)
    lengths = np.array([len(s) for s in stems], dtype=np.float64)
    n = doc.n
    blocks = [_overlap_weights(counts, lengths, a, b, "rank")
              for a, b in _row_blocks(counts, progress, 0.05, 0.8, "TextRank: sentence overlaps")]
    weights = vstack(blocks).tocsr()
    row_sums = np.asarray(weights.sum(axis=1)).ravel() + 1e-7
    weights_t = weights.T.tocsr()
    damping = 0.85
    p = np.full(n, 1.0 / n)
    change = 1.0
    step = 0
    while change > 1e-4:
        # (1-d)/n everywhere plus d * W / rowsum, transposed, times p.
        nxt = (1.0 - damping) / n * p.sum() + damping * (weights_t @ (p / row_sums))
        change = np.linalg.norm(nxt - p)
        p = nxt
        step += 1
        progress(min(0.99, 0.8 + 0.01 * step), "TextRank: power method")
    return doc.share_by_text(p)


# ------------------------------------------------------------------- Reduction


def rate_reduction(article: Article, progress: ProgressCallback | None = None) -> list[float]:
    """Return sumy Reduction's rating: summed overlap edge weights to all other sentences."""
    progress = progress or _noop
    progress(0.0, "Reduction: reading words")
    doc = _Doc(article)
    stems = doc.content_stems()
    counts, _ = _count_matrix(stems)
    lengths = np.array([len(s) for s in stems], dtype=np.float64)
    totals = np.zeros(doc.n)
    for a, b in _row_blocks(counts, progress, 0.05, 0.99, "Reduction: sentence overlaps"):
        block = _overlap_weights(counts, lengths, a, b, "zero")
        rows = np.repeat(np.arange(a, b), np.diff(block.indptr))
        data = np.where(rows == block.indices, 0.0, block.data)
        np.add.at(totals, rows, data)
    # sumy adds each pair's edge to a dict keyed by sentence text: copies of one
    # text pool their sums.
    pooled: dict[str, float] = {}
    for text, v in zip(doc.texts, totals):
        pooled[text] = pooled.get(text, 0.0) + v
    return [pooled[t] for t in doc.texts]


# ------------------------------------------------------------------------- LSA


def rate_lsa(article: Article, progress: ProgressCallback | None = None) -> list[float]:
    """Return sumy LSA's rating: the norm of each sentence's column of the smoothed TF matrix."""
    progress = progress or _noop
    progress(0.0, "LSA: reading words")
    doc = _Doc(article)
    stem = doc.stem
    lowered_stops = frozenset(w.lower() for w in doc.stops)
    all_words = list(doc.title_words) + [w for ws in doc.words for w in ws]
    dictionary = {stem(w) for w in map(str.lower, all_words) if w not in lowered_stops}
    size = len(dictionary)
    if not size:
        return [0.0] * doc.n
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


# ------------------------------------------------------------------------ Luhn


def rate_luhn(article: Article, progress: ProgressCallback | None = None) -> list[float]:
    """Return sumy Luhn's rating: the best cluster of significant words in each sentence."""
    progress = progress or _noop
    progress(0.0, "Luhn: reading words")
    doc = _Doc(article)
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
        best = 0
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
            if in_chunk and gap >= max_gap:
                in_chunk = False
                chunks[-1] = (count, length - gap)
            elif in_chunk:
                chunks[-1] = (count, length - gap)
        if chunks:
            best = max(0 if c == 1 else c * c / span for c, span in chunks)
        ratings.append(best)
    return ratings


# ------------------------------------------------------------------- Edmundson


def rate_edmundson(article: Article, progress: ProgressCallback | None = None) -> list[float]:
    """Return sumy Edmundson's rating as configured by the app (cue, title, location)."""
    from .summarize import _STIGMA_WORDS

    progress = progress or _noop
    progress(0.0, "Edmundson: reading words")
    doc = _Doc(article)
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


def rate_sumbasic(article: Article, progress: ProgressCallback | None = None) -> list[float]:
    """Return sumy SumBasic's rating: minus the step at which its greedy pass picks each sentence."""
    from scipy.sparse import csr_matrix

    progress = progress or _noop
    progress(0.0, "SumBasic: reading words")
    doc = _Doc(article)
    n = doc.n
    sentence_words = doc.content_stems()
    # sumy's probabilities: counts over all content words of the body.
    vocab: dict[str, int] = {}
    indices: list[int] = []
    indptr = [0]
    for ws in sentence_words:
        for w in ws:
            j = vocab.get(w)
            if j is None:
                j = vocab[w] = len(vocab)
            indices.append(j)
        indptr.append(len(indices))
    total = len(indices)
    freq = np.bincount(np.asarray(indices, dtype=np.int64), minlength=len(vocab)).astype(np.float64)
    prob = freq / total if total else freq
    # One entry per word occurrence, in sentence order, value 1.0: a CSR
    # product then sums p[w] in exactly the order of sumy's sum([...]).
    occ = csr_matrix((np.ones(len(indices)), np.asarray(indices, dtype=np.int32),
                      np.asarray(indptr, dtype=np.int64)), shape=(n, max(len(vocab), 1)))
    by_word = csr_matrix(occ.T)  # word -> sentences holding it (repeats summed, order irrelevant)
    lengths = np.diff(occ.indptr).astype(np.float64)
    safe_lengths = np.where(lengths > 0, lengths, 1.0)
    sums = occ @ prob if len(vocab) else np.zeros(n)
    averages = np.where(lengths > 0, sums / safe_lengths, 0.0)
    remaining = np.ones(n, dtype=bool)
    values = np.where(remaining, averages, -np.inf)
    order_value: dict[str, float] = {}
    ratings_by_position = np.zeros(n)
    report_every = max(1, n // 50)
    for step in range(n):
        if step % report_every == 0:
            progress(step / n, "SumBasic: greedy selection")
        # sumy keeps the first sentence with the largest average (strict >,
        # starting from -1: with every average 0 it takes the first).
        best = int(np.argmax(values))
        order_value[doc.texts[best]] = -float(len(order_value))
        remaining[best] = False
        values[best] = -np.inf
        words = indices[indptr[best]:indptr[best + 1]]
        if not words:
            continue
        # p[w] *= p[w] once per occurrence of w in the chosen sentence.
        for w in words:
            prob[w] *= prob[w]
        touched = np.unique(by_word[np.unique(np.asarray(words))].indices)
        touched = touched[remaining[touched]]
        if touched.size:
            sub = occ[touched]
            new = (sub @ prob) / safe_lengths[touched]
            values[touched] = np.where(lengths[touched] > 0, new, 0.0)
    for i, t in enumerate(doc.texts):
        ratings_by_position[i] = order_value[t]
    return ratings_by_position.tolist()


# ------------------------------------------------------------------------ KL-Sum


def rate_kl(article: Article, progress: ProgressCallback | None = None) -> list[float]:
    """Return sumy KL-Sum's rating: minus the step at which its greedy pass picks each sentence."""
    progress = progress or _noop
    progress(0.0, "KL-Sum: reading words")
    doc = _Doc(article)
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
    # Per sentence: its distinct content keys with counts (all have p > 0).
    sentence_keys: list[np.ndarray] = []
    sentence_counts: list[np.ndarray] = []
    postings: dict[int, list[tuple[int, int]]] = {}
    for i, ws in enumerate(content):
        c = Counter(ws)
        ids = np.array([key_ids[w] for w in c], dtype=np.int64)
        cnt = np.array(list(c.values()), dtype=np.float64)
        sentence_keys.append(ids)
        sentence_counts.append(cnt)
        for k, v in zip(ids.tolist(), cnt.tolist()):
            postings.setdefault(k, []).append((i, v))
    post_rows = {k: np.array([r for r, _ in v], dtype=np.int64) for k, v in postings.items()}
    post_counts = {k: np.array([c for _, c in v], dtype=np.float64) for k, v in postings.items()}
    lengths = np.array([len(ws) for ws in content], dtype=np.float64)
    summary_counts = np.zeros(len(pk))  # counts of the summary's raw words that have p > 0
    A = 0.0  # sum over summary keys of p (log p - log c_S)
    P = 0.0  # sum over summary keys of p
    L_S = 0  # number of raw words in the summary
    # D_s, Q_s: corrections for the sentence's own keys (see module docstring).
    D = np.zeros(n)
    Q = np.zeros(n)
    for i in range(n):
        ids, cnt = sentence_keys[i], sentence_counts[i]
        if ids.size:
            D[i] = float(np.sum(plogp[ids] - pk[ids] * np.log(cnt)))
            Q[i] = float(np.sum(pk[ids]))
    remaining = np.ones(n, dtype=bool)
    summary_raw: list[str] = []
    summary_freq: dict[str, int] = {}
    order_value: dict[str, float] = {}
    out = np.zeros(n)
    report_every = max(1, n // 50)
    for step in range(n):
        if step % report_every == 0:
            progress(step / n, "KL-Sum: greedy selection")
        total = lengths + L_S
        with np.errstate(divide="ignore", invalid="ignore"):
            kl = A + D + np.where(total > 0, np.log(np.where(total > 0, total, 1.0)), 0.0) * (P + Q)
        kl[~remaining] = np.inf
        best = int(np.argmin(kl))
        low = kl[best]
        near = np.flatnonzero(kl <= low + 1e-9 * max(1.0, abs(low)))
        if near.size > 1:
            best = _kl_exact_choice(near, content, summary_raw, summary_freq, p_doc)
        order_value[doc.texts[best]] = -float(len(order_value))
        remaining[best] = False
        # Add the chosen sentence's raw words to the summary.
        raw = doc.words[best]
        summary_raw.extend(raw)
        L_S += len(raw)
        changed = Counter(w for w in raw if w in key_ids)
        for w in raw:
            summary_freq[w] = summary_freq.get(w, 0) + 1
        for w, add in changed.items():
            k = key_ids[w]
            old = summary_counts[k]
            new = old + add
            p = pk[k]
            if old > 0:
                A -= p * (math.log(p) - math.log(old))
            else:
                P += p
            A += p * (math.log(p) - math.log(new))
            summary_counts[k] = new
            rows = post_rows.get(k)
            if rows is None:
                continue
            c = post_counts[k]
            # The key's contribution to D_s (and Q_s) for sentences holding it.
            if old > 0:
                old_term = -p * np.log((c + old) / old)
            else:
                old_term = plogp[k] - p * np.log(c)
            new_term = -p * np.log((c + new) / new)
            D[rows] += new_term - old_term
            if old == 0:
                Q[rows] -= p
    for i, t in enumerate(doc.texts):
        out[i] = order_value[t]
    return out.tolist()


def _kl_exact_choice(candidates: np.ndarray, content: list[list[str]], summary_raw: list[str],
                     summary_freq: dict[str, int], p_doc: dict[str, float]) -> int:
    """Decide a near-tie with sumy's own KL computation, in its summation order."""
    best_index = -1
    best_value = math.inf
    total_summary = len(summary_raw)
    for i in candidates.tolist():
        words = content[i]
        joint: dict[str, float] = {}
        for w in words:
            joint[w] = joint.get(w, 0) + 1
        for k, v in summary_freq.items():
            joint[k] = joint.get(k, 0) + v
        total = float(len(words) + total_summary)
        value = 0
        for k in joint:
            f = p_doc.get(k)
            if f:
                value += f * math.log(f / (joint[k] / total))
        if value < best_value:
            best_value = value
            best_index = i
    return best_index

"""What every fast rater shares: the article's words and stems, the count matrix, row blocks, progress."""

from __future__ import annotations


import threading
from collections import OrderedDict
from typing import Sequence

import numpy as np

from ...model import Article
from ...language.resources import stem_word, stop_words
from ...language.tokenizer import get_tokenizer
from ...progress import ProgressCallback, no_progress




# Row blocks of the sentence-by-sentence products are sized so that a block
# holds at most about this many non-zero entries (memory stays bounded).
_BLOCK_NNZ = 1_500_000



def _begin(article: Article, progress: ProgressCallback | None, label: str) -> tuple[ProgressCallback, _Doc]:
    """Return the progress callback to use (a no-op for ``None``) and the article's words, reporting the start."""
    progress = progress or no_progress
    progress(0.0, f"{label}: reading words")
    return progress, _doc_for(article)


#: The words of the last few articles rated, so that another algorithm or
#: length on the same article skips word tokenizing and stemming (about 0.2 s
#: per 100k words). Keyed by the article's content, not its identity: an
#: edited article is a new entry.
_DOCS: "OrderedDict[tuple, _Doc]" = OrderedDict()
_DOCS_KEPT = 2
_DOCS_LOCK = threading.Lock()


def _doc_for(article: Article) -> "_Doc":
    """Return the words of ``article``, from the cache when the same text was rated lately."""
    texts = tuple(t.strip() for para in article.paragraphs for t in para)
    key = (article.language, article.title.strip(), tuple(len(p) for p in article.paragraphs), texts)
    with _DOCS_LOCK:
        doc = _DOCS.get(key)
        if doc is not None:
            _DOCS.move_to_end(key)
            return doc
    doc = _Doc(article, texts)
    with _DOCS_LOCK:
        _DOCS[key] = doc
        while len(_DOCS) > _DOCS_KEPT:
            _DOCS.popitem(last=False)
    return doc




class _Doc:
    """What every rater reads: sentence texts, sumy's words, stems, stop words."""

    def __init__(self, article: Article, texts: Sequence[str] | None = None):
        self.language = article.language
        tokenizer = get_tokenizer(article.language)
        self.texts = list(texts) if texts is not None else [t.strip() for para in article.paragraphs for t in para]
        cache: dict[str, tuple[str, ...]] = {}
        # One string object per distinct word: a long text repeats its words, and the tokenizer makes a new
        # string for every occurrence (300k words: about 15 MB less).
        same = {}
        one = same.setdefault
        words = []
        for text in self.texts:
            w = cache.get(text)
            if w is None:
                w = cache[text] = tuple([one(x, x) for x in tokenizer.to_words(text)])
            words.append(w)
        self.words = words
        title = article.title.strip()
        self.has_title = bool(title)
        self.title_words = tuple(tokenizer.to_words(title)) if title else ()
        self.paragraph_sizes = [len(p) for p in article.paragraphs]
        self.stem = stem_word(article.language)
        self.stops = stop_words(article.language)
        self.n = len(self.texts)
        self._content_stems: list[list[str]] | None = None
        self._stem_counts = None

    def content_stems(self) -> list[list[str]]:
        """Per sentence, sumy's ``_to_words_set``: lower-cased, stop words out, stemmed (computed once; do not modify)."""
        if self._content_stems is None:
            stops, stem = self.stops, self.stem
            lowered_stops = frozenset(w.lower() for w in stops)
            self._content_stems = [[stem(w) for w in map(str.lower, ws) if w not in lowered_stops]
                                   for ws in self.words]
        return self._content_stems

    def stem_counts(self):
        """Return :func:`_count_matrix` of :meth:`content_stems` (computed once; do not modify)."""
        if self._stem_counts is None:
            self._stem_counts = _count_matrix(self.content_stems())
        return self._stem_counts

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



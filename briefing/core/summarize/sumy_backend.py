"""sumy's own summarizers: the only module of the summarizer that imports sumy's algorithms.

Each algorithm runs on a sumy document built from the article's own sentences,
with the project's offline tokenizer, and its rating of *every* sentence is
captured. sumy is imported on first use, not at import time: it costs about 0.7 s.
"""

from __future__ import annotations

import importlib

from ..errors import SummaryError
from ..language.resources import stemmer, stop_words
from ..language.tokenizer import get_tokenizer
from ..model import Article
from .algorithms import ALGORITHMS, STIGMA_WORDS

_CLASSES = {
    "lexrank": ("sumy.summarizers.lex_rank", "LexRankSummarizer"),
    "textrank": ("sumy.summarizers.text_rank", "TextRankSummarizer"),
    "lsa": ("sumy.summarizers.lsa", "LsaSummarizer"),
    "luhn": ("sumy.summarizers.luhn", "LuhnSummarizer"),
    "kl": ("sumy.summarizers.kl", "KLSummarizer"),
    "sumbasic": ("sumy.summarizers.sum_basic", "SumBasicSummarizer"),
    "reduction": ("sumy.summarizers.reduction", "ReductionSummarizer"),
}


def build_document(article: Article):
    """Return a sumy ``ObjectDocumentModel`` of the article.

    The title becomes a heading (Edmundson's title method reads it); each body
    sentence becomes a sumy ``Sentence`` built from the article's verbatim text.
    """
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tokenizer = get_tokenizer(article.language)
    paragraphs = []
    for p, sentences in enumerate(article.paragraphs):
        items = [Sentence(text, tokenizer) for text in sentences]
        if p == 0 and article.title.strip():
            items.insert(0, Sentence(article.title, tokenizer, is_heading=True))
        paragraphs.append(Paragraph(items))
    return ObjectDocumentModel(paragraphs)


def _make_summarizer(name: str, article: Article):
    """Build the configured sumy summarizer for ``name``."""
    language = article.language
    stem = stemmer(language)
    stops = stop_words(language)
    if name == "edmundson":
        from sumy.summarizers.edmundson import EdmundsonSummarizer

        tokenizer = get_tokenizer(language)
        title_words = [w for w in tokenizer.to_words(article.title) if w.lower() not in stops]
        if title_words:
            s = EdmundsonSummarizer(stem, cue_weight=1.0, key_weight=0.0, title_weight=1.0, location_weight=1.0)
            s.bonus_words = title_words
            s.stigma_words = STIGMA_WORDS
        else:
            # No title (e.g. pasted text): cue and title methods have nothing to work on.
            s = EdmundsonSummarizer(stem, cue_weight=0.0, key_weight=0.0, title_weight=0.0, location_weight=1.0)
        s.null_words = stops
        return s
    module, cls = _CLASSES[name]
    summarizer = getattr(importlib.import_module(module), cls)(stem)
    summarizer.stop_words = stops
    return summarizer


def _quiet_sumy() -> None:
    """Silence the warnings sumy's code raises on short texts (LSA's "Number of words ... is lower",
    NumPy's "invalid value encountered in divide" inside LexRank): the user cannot act on them, and
    ``--implementation sumy`` must print only the result (issue 18). Filters match sumy's modules only."""
    import warnings

    warnings.filterwarnings("ignore", category=UserWarning, module=r"sumy\.")
    warnings.filterwarnings("ignore", category=RuntimeWarning, module=r"sumy\.")


def rate_with_sumy(article: Article, name: str) -> list[float]:
    """Run sumy's own summarizer ``name`` and return its rating of every sentence.

    Raises :class:`SummaryError` if sumy does not rate every sentence.
    """
    document = build_document(article)
    _quiet_sumy()
    summarizer = _make_summarizer(name, article)
    captured: list[float] = []

    def capture(sentences, count, rating, *args, **kwargs):
        rate = (lambda s: rating[s]) if isinstance(rating, dict) else (lambda s: rating(s, *args, **kwargs))
        captured.extend(float(rate(s)) for s in sentences)
        return ()

    # Every sumy summarizer ends with self._get_best_sentences(sentences, count,
    # rating): replacing it on the instance captures the full rating.
    summarizer._get_best_sentences = capture
    tie_keys = _fix_lsa_order(summarizer) if name == "lsa" else None
    summarizer(document, article.sentence_count)
    if len(captured) != article.sentence_count:  # pragma: no cover - sumy contract changed
        raise SummaryError(f"{ALGORITHMS[name].label} rated {len(captured)} of {article.sentence_count} sentences.")
    if tie_keys:
        from .fast.graph import share_lsa_ties

        return share_lsa_ties(captured, tie_keys[0])
    return captured


def _fix_lsa_order(summarizer) -> list:
    """Make sumy's LSA choose the same in every process; return a list that receives its exact tie keys.

    sumy numbers its dictionary's words in the order of a frozenset, which
    Python's string hashing changes from one process to the next
    (``PYTHONHASHSEED``); the SVD's round-off, and so the order of sentences
    whose ratings are mathematically equal (e.g. the same number of distinct
    words, each once), changed with it. The dictionary is sorted instead, and
    exact ties get the earlier sentence's value (:func:`.fast.graph.share_lsa_ties`).
    """
    from .fast.graph import lsa_tie_key

    create_matrix = summarizer._create_matrix
    keys: list = []

    def sorted_dictionary(document):
        words = map(summarizer.normalize_word, document.words)
        unique = sorted({summarizer.stem_word(w) for w in words if w not in summarizer._stop_words})
        return {w: i for i, w in enumerate(unique)}

    def counting_matrix(document, dictionary):
        matrix = create_matrix(document, dictionary)
        keys.append([lsa_tie_key(column, len(dictionary)) for column in matrix.T.tolist()])
        return matrix

    summarizer._create_dictionary = sorted_dictionary
    summarizer._create_matrix = counting_matrix
    return keys

"""Extractive summaries with sumy: the only module of the core that imports sumy.

Every sumy algorithm is available by name (see :data:`ALGORITHMS`). Each is run
on a sumy document built from the article's own sentences, with the offline
tokenizer of :mod:`briefing.core.tokenizer`, so every chosen sentence is the
verbatim text of the cleaned article. The algorithm's rating of *every* sentence
is captured, which lets the same rating serve three length modes (a sentence
count, a percentage of the article, a word budget) and rank the chosen
sentences (the best one becomes the brief's bottom line).

Long documents: every sumy algorithm also has a fast implementation in
:mod:`briefing.core.fastsum` (vectorised, same ratings and choices as sumy's
code; see its docstring), used by default (``implementation="auto"``); sumy's
own code stays available with ``implementation="sumy"`` for comparison.

sumy is imported on first use, not at import time: it costs about 0.7 s.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Sequence

from .errors import BriefingError, SummaryError
from .model import Article, Summary, SummaryOptions, SummarySentence
from .tokenizer import get_tokenizer

#: The algorithm used when none is named. Chosen by ROUGE on the CNN/DailyMail
#: dev set at 3 sentences (see README, "Summary quality"; run
#: ``benchmarks/summary_quality.py``): BriefRank, the project's own, is the only
#: one that beats Lead-3 there; of sumy's, Edmundson scores best.
DEFAULT_ALGORITHM = "briefrank"

DEFAULT_SENTENCES = 3

ProgressCallback = Callable[[float, str], None]


class Cancelled(BriefingError):
    """Raised from a progress callback to stop a long computation."""


@dataclass(frozen=True)
class Algorithm:
    """A summarization algorithm offered by name."""

    name: str
    label: str
    description: str


ALGORITHMS: dict[str, Algorithm] = {
    a.name: a
    for a in (
        Algorithm("lexrank", "LexRank", "Graph centrality of sentences (Erkan & Radev 2004)."),
        Algorithm("textrank", "TextRank", "PageRank over sentence word overlap (Mihalcea & Tarau 2004)."),
        Algorithm("lsa", "LSA", "Latent semantic analysis: strongest topics by SVD (Steinberger & Ježek 2004)."),
        Algorithm("luhn", "Luhn", "Clusters of significant words (Luhn 1958)."),
        Algorithm("edmundson", "Edmundson", "Cue, title and location features, title words as bonus words (Edmundson 1969)."),
        Algorithm("kl", "KL-Sum", "Greedy choice minimising KL divergence to the article's word distribution."),
        Algorithm("sumbasic", "SumBasic", "Word probability, updated after each choice (Nenkova & Vanderwende 2005)."),
        Algorithm("reduction", "Reduction", "Graph-based weight of sentence similarity."),
        Algorithm("briefrank", "BriefRank", "The project's own, for news: centrality and title similarity with a "
                  "lead-position prior, redundancy removal, no dangling pronouns or photo captions."),
    )
}

_ALIASES = {
    "lex-rank": "lexrank", "lex_rank": "lexrank",
    "text-rank": "textrank", "text_rank": "textrank",
    "kl-sum": "kl", "klsum": "kl", "kl_sum": "kl",
    "sum-basic": "sumbasic", "sum_basic": "sumbasic",
    "brief-rank": "briefrank", "brief_rank": "briefrank",
}

# Words that in news mark a sentence as less central (Edmundson's stigma words).
_STIGMA_WORDS = ("photo", "picture", "pictured", "caption", "click", "subscribe", "advertisement", "copyright", "hardly", "impossible")


#: Algorithms of the project's own (not in sumy): name -> "module:function"; the
#: function takes ``(article, progress, count)`` (``count``: the summary length
#: wanted, or ``None``) and returns one rating per sentence.
OWN_RATERS: dict[str, str] = {"briefrank": "briefing.core.briefrank:rate"}

#: Fast implementations of sumy algorithms (same choices as sumy, much faster on
#: long text): name -> "module:function" with the same signature as above.
FAST_RATERS: dict[str, str] = {
    name: f"briefing.core.fastsum:rate_{name}"
    for name in ("lexrank", "textrank", "lsa", "luhn", "edmundson", "kl", "sumbasic", "reduction")
}

IMPLEMENTATIONS = ("auto", "fast", "sumy")


def _load_rater(spec: str):
    import importlib

    module, func = spec.split(":")
    return getattr(importlib.import_module(module), func)


def algorithm_names() -> list[str]:
    """Return the names of every available algorithm, default first."""
    names = sorted(ALGORITHMS)
    names.remove(DEFAULT_ALGORITHM)
    return [DEFAULT_ALGORITHM, *names]


def resolve_algorithm(name: str | None) -> str:
    """Return the canonical algorithm name for ``name`` (case-insensitive).

    Raises :class:`SummaryError` for an unknown name.
    """
    if name is None or name == "":
        return DEFAULT_ALGORITHM
    key = name.strip().lower()
    key = _ALIASES.get(key, key)
    if key not in ALGORITHMS:
        raise SummaryError(f"Unknown summary algorithm {name!r}; choose one of: {', '.join(algorithm_names())}.")
    return key


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


def _make_summarizer(name: str, article: Article, document):
    """Build the configured sumy summarizer for ``name``."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    language = article.language
    stemmer = Stemmer(language)
    stop_words = get_stop_words(language)
    if name == "edmundson":
        from sumy.summarizers.edmundson import EdmundsonSummarizer

        tokenizer = get_tokenizer(language)
        stops = {w.lower() for w in stop_words}
        title_words = [w for w in tokenizer.to_words(article.title) if w.lower() not in stops]
        if title_words:
            s = EdmundsonSummarizer(stemmer, cue_weight=1.0, key_weight=0.0, title_weight=1.0, location_weight=1.0)
            s.bonus_words = title_words
            s.stigma_words = _STIGMA_WORDS
        else:
            # No title (e.g. pasted text): cue and title methods have nothing to work on.
            s = EdmundsonSummarizer(stemmer, cue_weight=0.0, key_weight=0.0, title_weight=0.0, location_weight=1.0)
        s.null_words = stop_words
        return s
    module_class = {
        "lexrank": ("sumy.summarizers.lex_rank", "LexRankSummarizer"),
        "textrank": ("sumy.summarizers.text_rank", "TextRankSummarizer"),
        "lsa": ("sumy.summarizers.lsa", "LsaSummarizer"),
        "luhn": ("sumy.summarizers.luhn", "LuhnSummarizer"),
        "kl": ("sumy.summarizers.kl", "KLSummarizer"),
        "sumbasic": ("sumy.summarizers.sum_basic", "SumBasicSummarizer"),
        "reduction": ("sumy.summarizers.reduction", "ReductionSummarizer"),
    }[name]
    import importlib

    cls = getattr(importlib.import_module(module_class[0]), module_class[1])
    summarizer = cls(stemmer)
    summarizer.stop_words = stop_words
    return summarizer


def rate_sentences(article: Article, algorithm: str | None = None, implementation: str = "auto",
                   progress: ProgressCallback | None = None, count: int | None = None) -> list[float]:
    """Return the algorithm's rating of every body sentence, by sentence index.

    Higher is better. sumy picks the top-rated sentences (ties to the earlier
    one); :func:`select` reproduces that choice for any length.
    ``implementation``: "sumy" forces sumy's own code, "fast" the project's
    fast one, "auto" the fast one where it exists. ``count`` (the summary
    length wanted, if known) matters only to the project's own algorithms.
    Raises :class:`SummaryError` for an unknown algorithm or an empty article.
    """
    name = resolve_algorithm(algorithm)
    if implementation not in IMPLEMENTATIONS:
        raise SummaryError(f"Unknown implementation {implementation!r}; use one of {', '.join(IMPLEMENTATIONS)}.")
    if article.sentence_count == 0:
        raise SummaryError("The article has no sentences to summarize.")
    if name in OWN_RATERS:
        return list(_load_rater(OWN_RATERS[name])(article, progress, count))
    if implementation != "sumy" and name in FAST_RATERS:
        return list(_load_rater(FAST_RATERS[name])(article, progress))
    if implementation == "fast":
        raise SummaryError(f"{ALGORITHMS[name].label} has no fast implementation.")
    return _rate_with_sumy(article, name)


def _rate_with_sumy(article: Article, name: str) -> list[float]:
    """Run sumy's own summarizer and capture its rating of every sentence."""
    document = build_document(article)
    summarizer = _make_summarizer(name, article, document)
    captured: list[float] = []

    def capture(sentences, count, rating, *args, **kwargs):
        rate = (lambda s: rating[s]) if isinstance(rating, dict) else (lambda s: rating(s, *args, **kwargs))
        captured.extend(float(rate(s)) for s in sentences)
        return ()

    # Every sumy summarizer ends with self._get_best_sentences(sentences, count,
    # rating): replacing it on the instance captures the full rating.
    summarizer._get_best_sentences = capture
    summarizer(document, article.sentence_count)
    if len(captured) != article.sentence_count:  # pragma: no cover - sumy contract changed
        raise SummaryError(f"{ALGORITHMS[name].label} rated {len(captured)} of {article.sentence_count} sentences.")
    return captured


def rank_order(scores: Sequence[float]) -> list[int]:
    """Return sentence indices best first; ties keep article order (as sumy)."""
    return sorted(range(len(scores)), key=lambda i: -scores[i])


def target_count(options: SummaryOptions, total: int) -> int | None:
    """Return how many sentences the options ask for (``None`` for a word budget).

    Raises :class:`SummaryError` when more than one length mode is set or a
    value is out of range.
    """
    modes = [m for m in ("sentences", "percent", "words") if getattr(options, m) is not None]
    if len(modes) > 1:
        raise SummaryError("Give the summary length as sentences, percent or words, not several at once.")
    if options.words is not None:
        if options.words < 1:
            raise SummaryError("The word budget must be at least 1 word.")
        return None
    if options.percent is not None:
        if not 0 < options.percent <= 100:
            raise SummaryError("The summary percentage must be above 0 and at most 100.")
        return max(1, min(total, math.ceil(total * options.percent / 100 - 1e-9)))
    n = DEFAULT_SENTENCES if options.sentences is None else options.sentences
    if n < 1:
        raise SummaryError("The summary must have at least 1 sentence.")
    return min(n, total)


def select(article: Article, scores: Sequence[float], options: SummaryOptions) -> list[int]:
    """Return the indices (in article order) of the sentences to keep.

    A sentence count or percentage takes the top-rated sentences; a word budget
    takes sentences best first, skipping any that would exceed the budget, and
    always keeps at least the best sentence.
    """
    sentences = article.sentences
    count = target_count(options, len(sentences))
    order = rank_order(scores)
    if count is not None:
        return sorted(order[:count])
    chosen: list[int] = []
    used = 0
    for i in order:
        n = len(sentences[i].text.split())
        if used + n <= options.words or not chosen:
            chosen.append(i)
            used += n
        if used >= options.words:
            break
    return sorted(chosen)


def summarize(article: Article, options: SummaryOptions | None = None,
              progress: ProgressCallback | None = None, implementation: str = "auto") -> Summary:
    """Return an extractive summary of ``article``.

    The chosen sentences come in article order, each with its index, paragraph
    and score. ``progress(fraction, message)`` is called as work advances and
    may raise :class:`Cancelled` to stop. ``implementation`` is passed to
    :func:`rate_sentences` ("auto": the fast implementation). Raises :class:`SummaryError` for an
    unknown algorithm, an invalid length or an article with no sentences.
    """
    options = options or SummaryOptions()
    name = resolve_algorithm(options.algorithm)
    count = target_count(options, max(article.sentence_count, 1))  # validate before the slow part
    if count is None:  # a word budget: as many sentences as it holds at the article's mean length
        count = max(1, round(options.words * article.sentence_count / max(article.word_count, 1)))
    if progress:
        progress(0.0, f"Summarizing with {ALGORITHMS[name].label}")
    scores = rate_sentences(article, name, implementation=implementation, progress=progress, count=count)
    if progress:
        progress(1.0, "Summary ready")
    sentences = article.sentences
    chosen = select(article, scores, options)
    resolved = SummaryOptions(algorithm=name, sentences=options.sentences, percent=options.percent,
                              words=options.words, language=options.language)
    return Summary(
        algorithm=name,
        sentences=[SummarySentence(i, sentences[i].paragraph, sentences[i].text, scores[i]) for i in chosen],
        total_sentences=len(sentences),
        scores=list(scores),
        options=resolved,
    )

"""Extractive summaries: rate every sentence with the chosen algorithm, then pick by length.

Every algorithm (see :mod:`.algorithms`) rates *every* body sentence, which lets
the same rating serve three length modes (a sentence count, a percentage of the
article, a word budget) and rank the chosen sentences (the best one becomes the
brief's bottom line). Every chosen sentence is the verbatim text of the cleaned
article.

Implementations: sumy's algorithms run in the fast implementations of
:mod:`.fast` (vectorised, same ratings and choices as sumy's code; see its
docstring) by default (``implementation="auto"``); sumy's own code
(:mod:`.sumy_backend`) stays available with ``implementation="sumy"``. BriefRank
(:mod:`.briefrank`) is the project's own.
"""

from __future__ import annotations

import math
from typing import Sequence

from ..errors import SummaryError
from ..model import Article, Summary, SummaryOptions, SummarySentence
from ..progress import ProgressCallback
from . import briefrank, candidates, fast
from .algorithms import ALGORITHMS, IMPLEMENTATIONS, resolve_algorithm
from .candidates import is_bare_question
from .sumy_backend import rate_with_sumy

#: The project's own algorithms: name -> rater ``(article, progress, count) -> ratings``
#: (``count``: the summary length wanted, or ``None``).
OWN_RATERS = {"briefrank": briefrank.rate}

#: Fast implementations of sumy's algorithms (same choices as sumy, much faster on
#: long text): name -> rater ``(article, progress) -> ratings``.
FAST_RATERS = {
    "lexrank": fast.rate_lexrank, "textrank": fast.rate_textrank, "lsa": fast.rate_lsa, "luhn": fast.rate_luhn,
    "edmundson": fast.rate_edmundson, "kl": fast.rate_kl, "sumbasic": fast.rate_sumbasic,
    "reduction": fast.rate_reduction,
}

#: Fast raters that take a third argument: stop once the top ``settle`` ratings are final.
SETTLING_RATERS = frozenset({"kl"})


def rate_sentences(article: Article, algorithm: str | None = None, implementation: str = "auto",
                   progress: ProgressCallback | None = None, count: int | None = None,
                   settle: int | None = None) -> list[float]:
    """Return the algorithm's rating of every body sentence, by sentence index.

    Higher is better. sumy picks the top-rated sentences (ties to the earlier
    one); :func:`select` reproduces that choice for any length.
    ``implementation``: "sumy" forces sumy's own code, "fast" the project's
    fast one, "auto" the fast one where it exists. ``count`` (the summary
    length wanted, if known) matters only to the project's own algorithms.
    ``settle``: only the top ``settle`` ratings need to be sumy's; a greedy
    fast rater (KL-Sum) may then stop early and rate the other sentences
    below them, approximately (see :func:`~.fast.rate_kl`). ``None``: every
    rating exact. Raises :class:`SummaryError` for an unknown algorithm or an empty article.

    Headings, greetings and sign-offs are rated below every other sentence and
    speaker labels are not read (:mod:`.candidates`): the algorithm rates the
    rest only, whichever it is.
    """
    name = resolve_algorithm(algorithm)
    if implementation not in IMPLEMENTATIONS:
        raise SummaryError(f"Unknown implementation {implementation!r}; use one of {', '.join(IMPLEMENTATIONS)}.")
    if article.sentence_count == 0:
        raise SummaryError("The article has no sentences to summarize.")
    read, kept = candidates.reading(article)
    if read is article:
        return _rate(article, name, implementation, progress, count, settle)
    return spread(_rate(read, name, implementation, progress, count, settle), kept, article.sentence_count)


def spread(ratings: Sequence[float], kept: Sequence[int], total: int) -> list[float]:
    """Return ratings of all ``total`` sentences from those of the ``kept`` ones (see :mod:`.candidates`).

    The others are rated below every kept sentence, equally, so that
    :func:`rank_order` takes them last, in article order.
    """
    low = min(ratings) if len(ratings) else 0.0
    out = [low - 1.0] * total
    for i, r in zip(kept, ratings):
        out[i] = r
    return out


def _rate(article: Article, name: str, implementation: str, progress: ProgressCallback | None,
          count: int | None, settle: int | None) -> list[float]:
    """Return the ratings of ``article`` as read (the body of :func:`rate_sentences`)."""
    if name in OWN_RATERS:
        return list(OWN_RATERS[name](article, progress, count))
    if implementation != "sumy" and name in FAST_RATERS:
        if name in SETTLING_RATERS and settle is not None:
            return list(FAST_RATERS[name](article, progress, settle))
        return list(FAST_RATERS[name](article, progress))
    if implementation == "fast":
        raise SummaryError(f"{ALGORITHMS[name].label} has no fast implementation.")
    return rate_with_sumy(article, name)


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
    n = int(options.length[1])
    if n < 1:
        raise SummaryError("The summary must have at least 1 sentence.")
    return min(n, total)


#: Two sentences whose sets of words overlap by at least this share (Jaccard) are near-duplicates: only the better
#: rated one becomes a key point.
NEAR_DUPLICATE = 0.8
#: A candidate is checked for near-duplication against at most this many chosen sentences (a percentage of a
#: book-length text may choose thousands; exact repeats are always caught, by their key).
NEAR_DUPLICATE_CHECKS = 200


def _near_duplicate(words: frozenset, chosen: list[frozenset]) -> bool:
    """True when ``words`` overlaps one of the ``chosen`` word sets by ``NEAR_DUPLICATE`` or more."""
    for other in chosen:
        shared = len(words & other)
        if shared and shared >= NEAR_DUPLICATE * (len(words) + len(other) - shared):
            return True
    return False


def select(article: Article, scores: Sequence[float], options: SummaryOptions) -> list[int]:
    """Return the indices (in article order) of the sentences to keep.

    A sentence count or percentage takes the top-rated sentences; a word budget
    takes sentences best first, skipping any that would exceed the budget, bare questions and sentences that
    are no candidates (headings, captions: :mod:`.candidates`), and always keeps at least the best sentence.
    In every mode a sentence that repeats a chosen one, or nearly does (``NEAR_DUPLICATE`` of its words
    shared), is skipped: a summary asked for more sentences than the article has different ones is shorter.
    """
    sentences = article.sentences
    count = target_count(options, len(sentences))
    order = rank_order(scores)
    keys: set[tuple[str, ...]] = set()
    sets: list[frozenset] = []

    def repeats(i: int) -> bool:
        """True when sentence ``i`` repeats a chosen one; else it is recorded as chosen."""
        key = candidates.repeat_key(sentences[i].text)
        words = frozenset(key)
        if key and (key in keys or (len(sets) < NEAR_DUPLICATE_CHECKS and _near_duplicate(words, sets))):
            return True
        keys.add(key)
        if len(sets) < NEAR_DUPLICATE_CHECKS:
            sets.append(words)
        return False

    if count is not None:
        chosen = []
        for i in order:
            if len(chosen) == count:
                break
            if not repeats(i):
                chosen.append(i)
        return sorted(chosen)
    # A bare question ("¿Habrá nuevas compras?", "What happens next?") states nothing; being short, it filled
    # what the best sentences left of a word budget. It fills none now (it can still be the first, best
    # sentence). A question quoted and attributed ends in a stop. Sentence counts are left as they were:
    # taking questions last there moved CNN/DM R-2 17.6 -> 17.7 and BBC R-Lsum 75.6 -> 75.5.
    asks = [is_bare_question(s.text) for s in sentences]
    # Headings and captions are rated last so that a sentence count longer than the candidates keeps its
    # length; being short, they filled what the candidates left of a word budget. They fill none now.
    mask = candidates.candidate_mask(article)
    chosen: list[int] = []
    used = 0
    for i in order:
        if (asks[i] or not mask[i]) and chosen:
            continue  # no question, heading or caption fills what is left of a word budget
        n = len(sentences[i].text.split())
        if (used + n <= options.words or not chosen) and not repeats(i):
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
    settle = count  # a word budget may reach past any count: every rating exact then
    if count is None:  # a word budget: as many sentences as it holds at the article's mean length
        count = max(1, round(options.words * article.sentence_count / max(article.word_count, 1)))
    if progress:
        progress(0.0, f"Summarizing with {ALGORITHMS[name].label}")
    scores = rate_sentences(article, name, implementation=implementation, progress=progress, count=count,
                            settle=settle)
    if progress:
        progress(1.0, "Summary ready")
    sentences = article.sentences
    chosen = select(article, scores, options)
    resolved = SummaryOptions(algorithm=name, sentences=options.sentences, percent=options.percent,
                              words=options.words)
    return Summary(
        algorithm=name,
        sentences=[SummarySentence(i, sentences[i].paragraph, sentences[i].text, scores[i]) for i in chosen],
        total_sentences=len(sentences),
        scores=list(scores),
        options=resolved,
    )

"""The summary algorithms offered by name: labels, aliases and the default.

This module is light (no sumy, no NumPy): the window reads it to fill its
algorithm menu before anything heavy is imported.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import SummaryError

#: The algorithm used when none is named. Chosen by ROUGE on the CNN/DailyMail
#: dev set at 3 sentences (see README, "Summary quality"; run
#: ``benchmarks/summary_quality.py``): BriefRank, the project's own, is the only
#: one that beats Lead-3 there; of sumy's, Edmundson scores best.
DEFAULT_ALGORITHM = "briefrank"


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

#: The algorithms of sumy (each also has a fast implementation); the others are the project's own.
SUMY_ALGORITHMS = ("lexrank", "textrank", "lsa", "luhn", "edmundson", "kl", "sumbasic", "reduction")

_ALIASES = {
    "lex-rank": "lexrank", "lex_rank": "lexrank",
    "text-rank": "textrank", "text_rank": "textrank",
    "kl-sum": "kl", "klsum": "kl", "kl_sum": "kl",
    "sum-basic": "sumbasic", "sum_basic": "sumbasic",
    "brief-rank": "briefrank", "brief_rank": "briefrank",
}

#: Words that in news mark a sentence as less central (Edmundson's stigma words).
STIGMA_WORDS = ("photo", "picture", "pictured", "caption", "click", "subscribe", "advertisement", "copyright", "hardly", "impossible")

IMPLEMENTATIONS = ("auto", "fast", "sumy")


def algorithm_names() -> list[str]:
    """Return the names of every available algorithm, default first."""
    names = sorted(ALGORITHMS)
    names.remove(DEFAULT_ALGORITHM)
    return [DEFAULT_ALGORITHM, *names]


def algorithm_label(name: str | None) -> str:
    """Return the display label of ``name`` (the name itself when it is unknown)."""
    algorithm = ALGORITHMS.get(name or DEFAULT_ALGORITHM)
    return algorithm.label if algorithm else str(name)


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

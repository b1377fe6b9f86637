"""Extractive summaries: every sumy algorithm, their fast implementations and BriefRank.

``summarize(article, options)`` returns a :class:`~briefing.core.model.Summary`;
:mod:`.algorithms` names the algorithms (light, no sumy); :mod:`.rating` rates
and selects; :mod:`.sumy_backend` runs sumy's own code; :mod:`.fast` the fast
implementations; :mod:`.briefrank` the project's own algorithm.
"""

from .algorithms import (ALGORITHMS, DEFAULT_ALGORITHM, Algorithm, algorithm_label, algorithm_names,
                         resolve_algorithm)

_RATING = ("FAST_RATERS", "OWN_RATERS", "rank_order", "rate_sentences", "select", "summarize", "target_count")


def __getattr__(name: str):
    # The rating part imports NumPy and the raters: loaded on first use, so that
    # reading the algorithm names (the window's menu) stays cheap.
    if name in _RATING:
        from . import rating

        return getattr(rating, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = ["ALGORITHMS", "DEFAULT_ALGORITHM", "FAST_RATERS", "OWN_RATERS", "Algorithm", "algorithm_label",
           "algorithm_names", "rank_order", "rate_sentences", "resolve_algorithm", "select", "summarize",
           "target_count"]

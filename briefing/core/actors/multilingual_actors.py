"""Key actors in Ukrainian, German, French and Spanish by rules: the mentions of :mod:`.rules_multilingual`
grouped into actors and ranked as every language's are (:mod:`.ranking`).

A person is keyed by surname ("Scholz" with "Olaf Scholz"; Ukrainian case forms brought to one base); a full
name's listed first name goes with it, so that :func:`.ranking.rank_actors` keeps two people who share a surname
apart.
"""

from __future__ import annotations

from bisect import bisect_left

from ..model import Actor, Article, Summary
from .lexicon_multilingual import RULES
from .ranking import Mention, rank_actors
from .rules_multilingual import _first_name, _uk_base_word, _uk_first_name, find_mentions


def rules_mentions(article: Article, lang: str) -> list[Mention]:
    """Return the name mentions of ``article`` in ``lang`` (title: sentence -1), with base forms and roles."""
    pieces = ([(-1, article.title)] if article.title.strip() else []) + [(s.index, s.text) for s in article.sentences]
    found: list[tuple[int, tuple]] = []
    surnames: dict[str, str] = {}
    lowered = {w for _, text in pieces for w in text.split() if w[:1].islower()}
    for sentence, text in pieces:
        for item in find_mentions(text, lang, lowered):
            found.append((sentence, item + (text,)))
            start, end, kind, base, _role = item
            if kind == "PER" and len(base.split()) >= 2:
                surnames[_key_word(base.split()[-1], lang)] = base.split()[-1]
    mentions = []
    marks: dict[int, tuple[list[int], list[int], list[int]]] = {}
    for sentence, (start, end, kind, base, role, text) in found:
        words = base.split()
        key_word = _key_word(words[-1], lang) if words else base.lower()
        if kind != "PER" and len(words) == 1 and key_word in surnames:
            kind = "PER"
        key = f"PER:{key_word}" if kind == "PER" else f"{kind}:{base.lower()}"
        # Positions, not slices: a long sentence holds thousands of names, and copying the text before each one
        # made the pass quadratic. The word right after the name, the word right before it, and the quotes
        # opened before it (read once per sentence).
        j = end
        while j < len(text) and text[j].isspace():
            j += 1
        i = start
        while i > 0 and text[i - 1].isspace():
            i -= 1
        k = i
        while k > 0 and not text[k - 1].isspace():
            k -= 1
        if sentence not in marks:
            marks[sentence] = ([p for p, ch in enumerate(text) if ch in "«„“"],
                               [p for p, ch in enumerate(text) if ch in "»”"],
                               [p for p, ch in enumerate(text) if ch == '"'])
        opened, closed, straight = (bisect_left(positions, start) for positions in marks[sentence])
        mentions.append(Mention(
            text=text[start:end], normal=base, type=kind, key=key, sentence=sentence, start=start, role=role,
            first=words[0] if kind == "PER" and len(words) >= 2 and (_first_name(words[0]) or _uk_first_name(words[0]))
            else "",
            agent=kind != "LOC" and j < len(text) and text[j].isalpha() and text[j].islower(),
            locative=kind == "LOC" and k < i and text[k:i].lower() in RULES[lang].locative,
            in_quote=opened > closed or straight % 2 == 1,
        ))
    return mentions


def _key_word(word: str, lang: str) -> str:
    """Return the key of a surname: its base form, lower-cased (Ukrainian endings removed)."""
    return (_uk_base_word(word) if lang == "uk" else word).lower()


def rules_actors(article: Article, summary: Summary | None = None, lang: str | None = None) -> list[Actor]:
    """Return the key actors of an article in Ukrainian, German, French or Spanish, most salient first.

    ``lang`` defaults to the article's language. Raises KeyError for a
    language this module has no rules for (see :data:`LANGUAGES`).
    """
    return rank_actors(article, rules_mentions(article, lang or article.language), summary)

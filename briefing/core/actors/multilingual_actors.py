"""Key actors in Ukrainian, German, French and Spanish by rules: the mentions of :mod:`.rules_multilingual`
grouped into actors and ranked as every language's are (:mod:`.ranking`).

A person is keyed by surname ("Scholz" with "Olaf Scholz"; Ukrainian case forms brought to one base); a full
name's listed first name goes with it, so that :func:`.ranking.rank_actors` keeps two people who share a surname
apart.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from ..model import Actor, Article, Summary
from .lexicon_multilingual import RULES
from .ranking import Mention, rank_actors
from .rules_multilingual import document_words, find_mentions, uk_first_name
from .rules_uk import cyrillic_stem, uk_adjective_surname, uk_base_word, uk_firm_core
from .rules_words import is_first_name


def rules_mentions(article: Article, lang: str) -> list[Mention]:
    """Return the name mentions of ``article`` in ``lang`` (title: sentence -1), with base forms and roles."""
    pieces = ([(-1, article.title)] if article.title.strip() else []) + [(s.index, s.text) for s in article.sentences]
    found: list[tuple[int, tuple]] = []
    surnames: dict[str, str] = {}
    lowered = {w for _, text in pieces for w in text.split() if w[:1].islower()}
    document = document_words((text for _, text in pieces), lang)  # what a sentence-first word is, in the document
    for sentence, text in pieces:
        for item in find_mentions(text, lang, lowered, document):
            found.append((sentence, item + (text,)))
            start, end, kind, base, _role = item
            if kind == "PER" and len(base.split()) >= 2:
                surnames[_key_word(base.split()[-1], lang)] = base.split()[-1]
    longer = _longer_names(item for _, item in found)
    others: dict[str, str] = {}  # the stem of a one-word organisation or place: its type
    for _, (_start, _end, kind, base, *_rest) in found:
        if kind != "PER" and len(base.split()) == 1 and others.get(cyrillic_stem(base)) != "ORG":
            others[cyrillic_stem(base)] = kind
    mentions = []
    marks: dict[int, tuple[list[int], list[int], list[int]]] = {}
    for sentence, (start, end, kind, base, role, text) in found:
        words = base.split()
        key_word = _key_word(words[-1], lang) if words else base.lower()
        if kind != "PER" and len(words) == 1 and key_word in surnames:
            kind = "PER"
        elif kind == "PER" and len(words) == 1 and key_word not in surnames and lang in _CYRILLIC \
                and cyrillic_stem(words[0]) in others:
            kind = others[cyrillic_stem(words[0])]  # "речниця Мінфіну" where the text names "Мінфін" an organisation
        key = f"PER:{key_word}" if kind == "PER" else f"{kind}:{base.lower()}"
        if kind == "ORG" and len(longer.get(base.lower(), ())) == 1:
            key = f"ORG:{next(iter(longer[base.lower()]))}"  # "Stadtwerke" is the "Stadtwerke Leipzig" of the text
        if kind != "PER" and lang in _CYRILLIC:
            # "Кабмін", "Кабміну", "у Кабміні" (a place by its preposition) are one name: the key is the words'
            # stems, whatever the type; the group's type is its mentions' commonest (ranking.rank_actors).
            # "ТОВ «Укрдорхім»" is the "Укрдорхім" of the text: a firm named with its legal form is keyed by its name.
            name = uk_firm_core(base) if kind == "ORG" else key.split(":", 1)[1]
            key = "NAME:" + " ".join(cyrillic_stem(w) for w in name.split())
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
            first=words[0] if kind == "PER" and len(words) >= 2 and (is_first_name(words[0]) or uk_first_name(words[0]))
            else "",
            agent=kind != "LOC" and j < len(text) and text[j].isalpha() and text[j].islower(),
            locative=kind == "LOC" and k < i and text[k:i].lower() in RULES[lang].locative,
            in_quote=opened > closed or straight % 2 == 1,
        ))
    if lang in _CYRILLIC:
        _one_form_per_case(mentions)
    return mentions


#: Languages whose names decline: their organisations and places are keyed by the stems of their words.
_CYRILLIC = frozenset({"uk", "ru"})


def _one_form_per_case(mentions: list[Mention]) -> None:
    """Give the case forms of one name (a stem key) one base form: the commonest, then the shortest ("Кабмін" over
    "Кабміну" once each), so the actor is named by it and not by its longest case form."""
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.key.startswith("NAME:"):
            groups.setdefault(m.key, []).append(m)
    for group in groups.values():
        most = max(len(m.normal.split()) for m in group)
        full = [m for m in group if len(m.normal.split()) == most]
        counts = Counter(m.normal for m in full)
        chosen = _nominative(counts) or min(counts, key=lambda f: (-counts[f], len(f), f))
        for m in full:
            m.normal = chosen


#: Oblique case endings that replace the final "-а"/"-я" of a feminine name ("Тархания": "Тархании", "Тарханию";
#: "Москва": "Москвы", "Москве"; Ukrainian "Тарханія": "Тарханії").
_OBLIQUE = frozenset({"и", "ы", "е", "у", "ю", "ой", "ей", "ою", "ею", "і", "ї", "ій", "єю"})


def _nominative(forms) -> str:
    """Return the one-word form among ``forms`` that ends in "-а"/"-я" while another is the same name in an oblique
    case ("Тархания" beside "Тархании"): the actor is named in the nominative even when the text uses it less."""
    for f in sorted(forms):
        if " " not in f and len(f) > 3 and f.endswith(("а", "я")) and any(
                " " not in g and g != f and g.startswith(f[:-1]) and g[len(f) - 1:] in _OBLIQUE for g in forms):
            return f
    return ""


def _longer_names(items) -> dict[str, set[str]]:
    """Return ``{start of an organisation's name: the longer names it starts}`` (lower case) for the organisations
    of ``items`` (``find_mentions`` tuples): "stadtwerke" -> {"stadtwerke leipzig"}. A shorter name that starts one
    longer name only is that organisation, written short."""
    longer: dict[str, set[str]] = {}
    for _start, _end, kind, base, *_rest in items:
        words = base.lower().split()
        if kind == "ORG":
            for n in range(1, len(words)):
                longer.setdefault(" ".join(words[:n]), set()).add(" ".join(words))
    return longer


def _key_word(word: str, lang: str) -> str:
    """Return the key of a surname: its base form, lower-cased (Ukrainian endings removed)."""
    return (uk_adjective_surname(uk_base_word(word)) if lang == "uk" else word).lower()  # "Садового": "садовий"


def rules_actors(article: Article, summary: Summary | None = None, lang: str | None = None) -> list[Actor]:
    """Return the key actors of an article in Ukrainian, German, French or Spanish, most salient first.

    ``lang`` defaults to the article's language. Raises KeyError for a
    language this module has no rules for (see :data:`LANGUAGES`).
    """
    return rank_actors(article, rules_mentions(article, lang or article.language), summary)

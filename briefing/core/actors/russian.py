"""Russian key actors: natasha's entities in their base forms, with roles, ranked as in English.

natasha (:mod:`.natasha_backend`, optional extra ``ru``) finds PER, ORG and LOC
spans and brings them to the nominative ("Владимиру Путину" -> "Владимир
Путин"). Here they become actors:

* a person is keyed by the surname, so "Сергей Нарышкин" and "Нарышкина" are
  one actor named "Сергей Нарышкин"; a one-word span of another type whose
  base form is a known surname ("Тертелем" tagged LOC) joins that person;
* places and organisations are keyed by their base form, case-folded
  ("МОСКВА" in a dateline and "в Москве" are one place);
* a role is the title noun right before a name with its complement, the noun
  in the nominative: "председателем КГБ Белоруссии Иваном Тертелем" gives
  "председатель КГБ Белоруссии";
* a person followed by a verb is an agent; a place after "в"/"во"/"на"/"из"
  is a setting; a name inside «» or "" is in a quote.
"""

from __future__ import annotations

import bisect

from ..model import Actor, Article, Summary
from .ranking import Mention, in_quote, joined_sentences, rank_actors, title_case
from .rules_kinds import term_abbreviation

#: Nouns that introduce a person's role ("президент России Владимир Путин"), as lemmas.
ROLE_NOUNS = frozenset("""
президент премьер премьер-министр министр вице-премьер замминистра глава директор председатель
представитель пресс-секретарь спикер посол губернатор мэр депутат сенатор канцлер король королева
принц генсек секретарь командующий руководитель начальник советник лидер профессор эксперт
политолог аналитик генерал полковник адмирал судья прокурор генпрокурор омбудсмен патриарх
основатель владелец гендиректор вице-президент зампред заместитель корреспондент журналист
""".split())
#: Parts of speech that may stand between a role noun and the name ("министр иностранных дел России").
_ROLE_INNER = frozenset({"NOUN", "PROPN", "ADJ"})
#: Prepositions after which a place is a setting, not an actor.
_LOCATIVE = frozenset({"в", "во", "на", "из", "под", "около", "возле", "у"})
#: Longest role phrase, in words.
_ROLE_WORDS = 7


def russian_mentions(article: Article) -> list[Mention]:
    """Return the name mentions of a Russian article (title: sentence -1), with base forms and roles.

    Raises :class:`~briefing.core.actors.natasha_backend.NatashaMissingError`
    when natasha is not installed.
    """
    text, starts, first_index = joined_sentences(article)
    entities, tokens = russian_entities(text)
    token_starts = [t.start for t in tokens]
    surnames = {(e.last or "").lower() for e in entities if e.type == "PER" and e.last}

    mentions: list[Mention] = []
    for e in entities:
        piece = bisect.bisect_right(starts, e.start) - 1
        sentence = first_index + piece
        kind = e.type
        normal = " ".join(e.normal_form.split())
        if kind == "PER":
            key = "PER:" + (e.last or normal.split()[-1]).lower()
            if e.last and not e.first and len(normal.split()) == 1:
                normal = title_case(e.last)
        elif len(normal.split()) == 1 and normal.lower() in surnames:
            kind, key = "PER", "PER:" + normal.lower()
        else:
            key = f"{kind}:{normal.lower()}"
        if normal.isupper() and len(normal) > 5 and kind != "ORG":
            normal = title_case(normal)  # "МОСКВА" in a dateline
        i = bisect.bisect_left(token_starts, e.start)
        j = bisect.bisect_left(token_starts, e.end)
        before = tokens[i - 1] if i > 0 else None
        after = tokens[j] if j < len(tokens) else None
        mentions.append(Mention(
            text=text[e.start:e.end], normal=normal, type=kind, key=key, sentence=sentence,
            start=e.start - starts[piece],
            role=_role(tokens, i, text) if kind == "PER" else "",
            agent=after is not None and after.pos in ("VERB", "AUX"),
            locative=kind == "LOC" and before is not None and before.lemma in _LOCATIVE,
            in_quote=in_quote(text, starts[piece], e.start),
            first=(e.first or "") if kind == "PER" and e.last else "",
        ))
    return mentions


def russian_entities(text: str):
    """Return natasha's PER, ORG and LOC entities of a Russian ``text`` (corrected) and its tokens.

    An entity that is the abbreviation of a term ("ВВП", "НДС", "АЗС": :func:`.rules_kinds.term_abbreviation`) is
    dropped: natasha tags it an organisation. Raises
    :class:`~briefing.core.actors.natasha_backend.NatashaMissingError` when natasha is not installed.
    """
    from .natasha_backend import analyse

    entities, tokens = analyse(text)
    return [e for e in entities if not term_abbreviation(text[e.start:e.end], "ru")], tokens


def russian_actors(article: Article, summary: Summary | None = None) -> list[Actor]:
    """Return the key actors of a Russian article, most salient first (see the module docstring).

    Raises :class:`~briefing.core.actors.natasha_backend.NatashaMissingError`
    when natasha is not installed.
    """
    return rank_actors(article, russian_mentions(article), summary)


def _role(tokens, i: int, text: str) -> str:
    """Return the role phrase that ends right before token ``i`` (a name), or ''.

    Walks back over nouns, proper nouns and adjectives (at most
    ``_ROLE_WORDS``) to the nearest role noun; the role noun is given in its
    base form, the words after it as written.
    """
    k = i - 1
    while k >= 0 and i - k <= _ROLE_WORDS and tokens[k].pos in _ROLE_INNER:
        if tokens[k].lemma in ROLE_NOUNS:
            if k + 1 == i:
                return tokens[k].lemma
            return tokens[k].lemma + " " + text[tokens[k + 1].start:tokens[i - 1].end]
        k -= 1
    return ""


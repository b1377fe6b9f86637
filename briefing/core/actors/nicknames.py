"""Two merges the resolver asks about once its clusters stand (:func:`.resolve._resolve`): a person named with a
short first name beside the full one ("Ray Castell" and "Raymond Castell"), and a generic phrase that names a
body of its own elsewhere ("the Academy of Music in Krakow" beside "the Chopin Academy of Music in Warsaw")."""

from __future__ import annotations

from .lexicon import _Lexicon, _norm
from .tokens import EntityMention


def _full_name(c) -> tuple[str, str] | None:
    """The first and the last word of a person's longest name of two or three words, None for a lone word."""
    words = c.longest.split()
    if not 2 <= len(words) <= 3 or not words[0].isalpha() or not words[0][1:].islower():
        return None
    return words[0], words[-1]


def _same_gender(a: str, b: str, lex: _Lexicon) -> bool:
    ga, gb = lex.first_names.get(a, "u"), lex.first_names.get(b, "u")
    return ga == gb or "u" in (ga, gb)


def merge_short_first_names(clusters: list, lex: _Lexicon) -> None:
    """Join a person named with a short form of a first name into the one named with the full first name and the
    same surname ("Ray Castell" into "Raymond Castell": the short name opens the long one, three letters or more, no
    other gender), when they are the only two people of that surname; a lone surname then joins them ("Castell
    said"). With another person of the surname ("Anne Ollerby" and her son "Tom Ollerby") nothing moves: the lone
    surname stays an actor of its own, as the resolver left it (no other person may share it)."""
    from .aliases import join_clusters

    by_surname: dict[str, list[tuple[int, str]]] = {}
    lone: dict[str, list[int]] = {}
    for i, c in enumerate(clusters):
        if c.type != "PER" or not c.mentions:
            continue
        if len(c.forms) == 1 and " " not in next(iter(c.forms)):
            lone.setdefault(_norm(next(iter(c.forms))), []).append(i)
            continue
        full = _full_name(c)
        if full:
            by_surname.setdefault(_norm(full[1]), []).append((i, full[0]))
    for surname, people in by_surname.items():
        if len(people) != 2:
            continue
        (i, a), (j, b) = sorted(people, key=lambda p: len(p[1]))
        if len(a) < 3 or len(a) >= len(b) or not b.startswith(a) or not _same_gender(a, b, lex):
            continue
        join_clusters(clusters, j, i)
        if len(lone.get(surname, ())) == 1:
            join_clusters(clusters, j, lone[surname][0])


#: Words that tie a body's name to a place after it: "the Academy of Music in Krakow".
_PLACED = frozenset(["in", "of"])


def placed_elsewhere(m: EntityMention, hosts, clusters: list, texts: list[str], lex: _Lexicon) -> bool:
    """True for a name of dictionary words only ("Academy of Music") followed by "in" and a capitalised word that no
    longer name holding it has (``hosts``): "the Academy of Music in Krakow" is another body than "the Chopin
    Academy of Music" of the text (in Warsaw), no short form of it."""
    if len(m.tokens) < 2 or not 0 <= m.sentence < len(texts):
        return False
    if not all(w.lower() in lex.common_words or w.lower() in lex.stop_words or w in lex.org_words for w in m.tokens):
        return False
    after = texts[m.sentence][m.end:m.end + 40].split()[:2]
    if len(after) != 2 or after[0] not in _PLACED or not after[1][:1].isupper():
        return False
    place = after[1].strip(".,;:'’")
    return not any(place in f.split() for i in hosts for f in clusters[i].forms)

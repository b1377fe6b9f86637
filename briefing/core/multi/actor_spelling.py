"""Actors of sources in two languages that are one name in two spellings: "Wolodymyr Selenskyj" (de) and "Volodymyr
Zelensky" (en), "Київ" (uk) and "Kiew" (de), "Каспии" (ru, a case form) and "Caspia" (en).

Two actors of sources in different languages (or scripts) are one when they are of one type and their names are
close (a place in one and an organisation in the other too; :func:`~.spelling.close_names`: word by word, within a small edit distance of their romanised spelling
keys, short words stricter). A person named by a surname alone meets a person's full name by its last word; two
full names must agree in every word, so that "Oleh Melnyk" is never "Andriy Melnyk". Pairs are found through an
index of each name's last word's keys and their one-letter deletions (:func:`~.spelling.index_keys`), so that the
work grows with the actors, not their square.
"""

from __future__ import annotations

from ..model import Actor
from .spelling import close_names, has_cyrillic, index_keys, name_words


#: Most actors sharing one index key that are compared pair by pair (a key that many share says little).
MAX_BUCKET = 300


def _language(source) -> str:
    return (source.article.language or "").lower()


def _names(actor: Actor) -> list[str]:
    """Return the name compared (not the aliases: as :func:`~.actors._same_in_two_scripts`, a finder's alias may be
    another person's surname)."""
    return [actor.name] if name_words(actor.name) else []


def close_actors(a: Actor, b: Actor, la: str, lb: str) -> bool:
    """Return True when actors ``a`` (of a source in language ``la``) and ``b`` (``lb``) are one name in two
    spellings: same type (or a place and an organisation, as "Valmora" in :mod:`.actors`), and their names close (a surname alone against a person's last word)."""
    if a.type != b.type and {a.type, b.type} != {"LOC", "ORG"}:  # a city one source's finder reads as a body
        return False
    for na in _names(a):
        for nb in _names(b):
            wa, wb = name_words(na), name_words(nb)
            if a.type == "PER" and min(len(wa), len(wb)) == 1 < max(len(wa), len(wb)):
                wa, wb = wa[-1:], wb[-1:]
            if close_names(" ".join(wa), " ".join(wb), la, lb):
                return True
    return False


def spelling_pairs(items: list, known: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the pairs (smaller position first) of ``items`` (position, source, actor) not in ``known`` whose actors
    are close (:func:`close_actors`) and whose sources differ in language or in the script of the names."""
    buckets: dict[tuple[bool, str], list[int]] = {}
    for k, (_pos, source, actor) in enumerate(items):
        for name in _names(actor):
            for key in index_keys(name, _language(source)):
                if len(key) >= 2:
                    buckets.setdefault((actor.type == "PER", key), []).append(k)
    seen: set[tuple[int, int]] = set()
    out = []
    for members in buckets.values():
        if len(members) > MAX_BUCKET:
            continue
        groups: dict[tuple[str, bool], list[int]] = {}
        for k in dict.fromkeys(members):
            groups.setdefault((_language(items[k][1]), has_cyrillic(items[k][2].name)), []).append(k)
        if len(groups) < 2:
            continue
        parts = list(groups.values())
        for i, first in enumerate(parts):
            for second in parts[i + 1:]:
                for x in first:
                    for y in second:
                        pair = (x, y) if x < y else (y, x)
                        if pair in seen or pair in known or items[x][1].letter == items[y][1].letter:
                            continue
                        seen.add(pair)
                        if close_actors(items[x][2], items[y][2], _language(items[x][1]), _language(items[y][1])):
                            out.append(pair)
    return out


def spelled_index(sentences: list[list[str]], language: str) -> dict[str, list[tuple[int, int]]]:
    """Return the capitalised words of a source's sentences (tokens) by their index keys (:func:`index_keys`):
    key -> (sentence, word) places."""
    index: dict[str, list[tuple[int, int]]] = {}
    for i, tokens in enumerate(sentences):
        for k, tok in enumerate(tokens):
            if tok[:1].isupper() and len(tok) >= 3 and tok.isalpha():
                for key in index_keys(tok, language):
                    if len(key) >= 2:
                        index.setdefault(key, []).append((i, k))
    return index


def spelled_hits(forms: list[list[str]], sentences: list[list[str]], index: dict, language: str,
                 own: str) -> dict[int, int]:
    """Return sentence -> mentions of a name (each of ``forms``, its words, of a source in language ``own``) spelt
    another way in a source in ``language`` ("Kiew" in a German text for "Київ"; "Mykolajiw" for "Mykolaiv")."""
    from .spelling import close_words

    found: dict[int, int] = {}
    for words in forms:
        places = {p for key in index_keys(words[0], own) for p in index.get(key, ())}
        hits: dict[int, int] = {}
        for i, k in sorted(places):
            tokens = sentences[i]
            if k + len(words) <= len(tokens) and all(close_words(tokens[k + n], w, language, own)
                                                     for n, w in enumerate(words)):
                hits[i] = hits.get(i, 0) + 1
        for i, n in hits.items():
            found[i] = max(found.get(i, 0), n)
    return found

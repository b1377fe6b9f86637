"""A first name used alone for the one person of the text named in full with it, merged by the resolver
(:func:`.resolve._resolve`) once its clusters stand: the first name itself ("Lleyton's proving how versatile he
is" beside "Lleyton Hewitt") or a short form of it, a hypocoristic ("Ted" for Edward Heath, "Rafa" for Rafael
Benitez, "Bob" for Robert Kearns; the list is ``resources/wordlists/hypocoristics.tsv``).

Only when exactly one person of the text has that first name (or one of the full names the short form stands
for), when no person named in full has the word as a surname, and when the lone word is a person's name: two
people with the first name, "Mr Ted", a lone word typed an organisation or a place stay apart. Two different
first names never merge: "Will" beside "Will Carling" and "William Hague" is the one whose first name it is
written as, when the other is only a full name it shortens.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache

from .lexicon import _norm, read_lines


@lru_cache(maxsize=1)
def short_forms() -> dict[str, frozenset[str]]:
    """{normalised short form: normalised full first names it stands for}, from ``hypocoristics.tsv``."""
    out: dict[str, frozenset[str]] = {}
    for line in read_lines("hypocoristics.tsv"):
        short, _, fulls = line.partition("\t")
        if short and fulls:
            out[_norm(short)] = frozenset(_norm(f.strip()) for f in fulls.split(",") if f.strip())
    return out


def _first_and_last(form: str) -> tuple[str, str] | None:
    """The first and last word of a person's name of two to four words whose first word is a plain capitalised
    word ("Lleyton Hewitt"; not "Mr Hewitt" -- no full name -- nor "J. Smith")."""
    words = form.split()
    if not 2 <= len(words) <= 4:
        return None
    first = words[0]
    if len(first) < 2 or not first[0].isupper() or not first.replace("-", "").isalpha() or not first[1:].islower():
        return None
    return first, words[-1]


def full_first_names(clusters: list, lex) -> Counter:
    """How many people named in full have each (normalised) first name: "robert" for Robert Kearns."""
    out: Counter = Counter()
    for c in clusters:
        if c.type == "PER" and c.mentions:
            firsts = {_norm(fl[0]) for form in c.forms if (fl := _first_and_last(form)) and fl[0] not in lex.titles}
            out.update(firsts)
    return out


def short_form_of_one(word: str, firsts: Counter) -> bool:
    """True when ``word`` is a listed short form of the first name of exactly one person named in full
    (``firsts``: :func:`full_first_names`): "Bob" beside Robert Kearns is that person, though "bob" is a common
    word that alone would be read as none."""
    fulls = short_forms().get(_norm(word), ())
    return sum(firsts[f] for f in fulls) == 1


def merge_lone_first_names(clusters: list, lex) -> None:
    """Join a person named by one word that is the first name, or a listed short form of the first name, of
    exactly one person named in full into that person (see the module's docstring for when not)."""
    from .aliases import join_clusters

    by_first: dict[str, set[int]] = defaultdict(set)
    surnames: set[str] = set()
    for i, c in enumerate(clusters):
        if c.type != "PER" or not c.mentions:
            continue
        for form in c.forms:
            fl = _first_and_last(form)
            if fl and fl[0] not in lex.titles:
                by_first[_norm(fl[0])].add(i)
                surnames.add(_norm(fl[1]))
    if not by_first:
        return
    table = short_forms()
    for i, c in enumerate(clusters):
        if c.type != "PER" or not c.mentions or c.listed or len(c.forms) != 1:
            continue
        word = next(iter(c.forms))
        k = _norm(word)
        if " " in word or k in surnames or any(m.honorific for m in c.mentions):
            continue
        exact = by_first.get(k, set()) - {i}
        longer = set().union(*(by_first.get(f, set()) for f in table.get(k, ()))) - {i}
        if exact:  # the word is itself someone's first name: that person only ("Will" of Will Carling)
            hosts = exact
        else:
            hosts = longer
        if len(hosts) == 1:
            join_clusters(clusters, next(iter(hosts)), i)

"""Actors across sources: one actor per person, organisation or place, whichever article names it.

Each article's actors come from :func:`~briefing.core.actors.extract.extract_actors`;
two actors of the same type are the same when a name or alias of one equals a
name or alias of the other (case and punctuation aside), or when one's name
is the other's surname ("Harris" and "Kamala Harris"), titles and roles before a
person's name set aside ("Bundeskanzler Scholz" and "Olaf Scholz"), or when the names, one in Latin and
one in Cyrillic letters, have the same skeleton ("Olaf Scholz" and "Олаф Шольц", "John Smith" and "Джон Смит"; see
:func:`~.similarity.name_skeleton`). Two people with one surname and other given names ("John Smith" and
"Sarah Smith") are never one, though an article calls either "Smith". A place in one source and an
organisation in another with the very same name ("Valmora") are one actor too, of the type the
first source gives (when no actor of the same type matches). Merged actors add up
their mentions and salience (an actor every source names outranks one named
once), take the fullest name, keep every other name as an alias and record,
per source letter, the sentences that mention them.
"""

from __future__ import annotations

import bisect
import heapq
from functools import lru_cache

from ..model import Actor
from .sources import Source


@lru_cache(maxsize=65536)  # asked several times for each name of each actor while merging
def name_key(name: str) -> str:
    """Return ``name`` as compared across sources: lower case, letters, digits and single spaces only."""
    return " ".join("".join(ch for ch in name.lower() if ch.isalnum() or ch.isspace()).split())


def actor_names(actor: Actor) -> set[str]:
    """Return the keys (:func:`name_key`) of an actor's name and aliases."""
    return {k for k in (name_key(n) for n in [actor.name, *actor.aliases]) if k}


def _role_word(word: str) -> bool:
    """Return True for a title or role noun of a supported language ("chancellor", "bundeskanzler", "ministro")."""
    from ..actors.lexicon import _lexicon
    from ..actors.lexicon_multilingual import RULES
    from ..actors.rules_kinds import german_role

    lex = _lexicon()
    return (word.capitalize() in lex.titles or word in lex.role_nouns or german_role(word)
            or any(word in r.role_nouns or word in r.titles for r in RULES.values()))


@lru_cache(maxsize=4096)  # asked for every pair of people across sources
def _untitled(key: str) -> str:
    """Return a person's name key without the titles and roles written before it ("bundeskanzler scholz" -> "scholz")."""
    parts = key.split()
    while len(parts) > 1 and _role_word(parts[0]):
        parts.pop(0)
    return " ".join(parts)


def _cyrillic(name: str) -> bool:
    """Return True for a name written in Cyrillic letters."""
    return any("\u0400" <= ch <= "\u04ff" for ch in name)


@lru_cache(maxsize=65536)
def _skeleton(name: str) -> str:
    """Return a name as compared across scripts (:func:`~.similarity.name_skeleton` of each word)."""
    from .similarity import name_skeleton

    return " ".join(name_skeleton(w) for w in name_key(name).split())


#: Types one name may be given in two sources: a city or country is a place in one report and an organisation in
#: another ("Valmora said" read as the city's government; "the Sorvik plant" as a company).
_PLACE_OR_BODY = frozenset({"LOC", "ORG"})


def _same_name_other_type(a: Actor, b: Actor) -> bool:
    """Return True for a place in one source and an organisation of the very same name in another (in one script,
    or in Latin and Cyrillic letters with one skeleton: "Vostok" and "Восток")."""
    if {a.type, b.type} != _PLACE_OR_BODY:
        return False
    return name_key(a.name) == name_key(b.name) != "" or _same_in_two_scripts(a, b)


def _same_in_two_scripts(a: Actor, b: Actor) -> bool:
    """Return True for "Olaf Scholz" and "Олаф Шольц": one name in Latin and in Cyrillic letters, one skeleton."""
    if _cyrillic(a.name) == _cyrillic(b.name):
        return False
    ka, kb = _skeleton(a.name), _skeleton(b.name)
    return ka == kb and len(ka.replace(" ", "")) >= 4


def _given_names_differ(a: Actor, b: Actor) -> bool:
    """Return True for two people with one surname and other given names ("John Smith", "Sarah Smith"): a bare
    "Smith" each article names them by (an alias of both) does not make them one. An initial agrees with a name
    ("J. Smith", "John Smith")."""
    ka, kb = _untitled(name_key(a.name)).split(), _untitled(name_key(b.name)).split()
    if len(ka) < 2 or len(kb) < 2 or ka[-1] != kb[-1]:
        return False
    fa, fb = ka[0], kb[0]
    if len(fa) == 1 or len(fb) == 1:
        return fa[0] != fb[0]
    return fa != fb


def _same(a: Actor, b: Actor) -> bool:
    """Return True when two actors of different articles stand for the same one."""
    if a.type != b.type:
        return False
    if a.type == "PER" and _given_names_differ(a, b):
        return False
    na, nb = actor_names(a), actor_names(b)
    if na & nb:
        return True
    if _same_in_two_scripts(a, b):
        return True
    if a.type == "PER":  # "Harris" in one article, "Kamala Harris" in another; "Bundeskanzler Scholz" too
        ka, kb = _untitled(name_key(a.name)), _untitled(name_key(b.name))
        if ka == kb:
            return True
        short, full = sorted((ka, kb), key=len)
        return " " not in short and len(short) > 2 and full.endswith(" " + short)
    return False


def merge_across(per_source: list[tuple[Source, list[Actor]]]) -> list[Actor]:
    """Return one list of actors for several sources, most salient first.

    ``per_source`` pairs each source with its own actors (with ``paragraph``
    set). Each merged actor's ``sources`` maps letters to sentence indices;
    its ``sentences`` and ``paragraph`` are those of the first source naming it.

    Each actor joins the first merged actor (in the order they were made) of another source that is the same
    (:func:`_same`), else the first that is the same name of the other type (:func:`_same_name_other_type`).
    The merged actors are looked up by their names' keys (:class:`_Index`), not compared one by one with each
    actor: 300 sources of 2,000 actors each took hours that way.
    """
    merged: list[Actor] = []
    index = _Index()
    for source, actors in per_source:
        for actor in actors:
            target = next((m for m in index.candidates(actor, merged, same_type=True)
                           if source.letter not in m.sources and _same(m, actor)), None)
            if target is None:  # only then a place of one source and a body of another with one name
                target = next((m for m in index.candidates(actor, merged, same_type=False)
                               if source.letter not in m.sources and _same_name_other_type(m, actor)), None)
            if target is None:
                merged.append(Actor(name=actor.name, type=actor.type, aliases=list(actor.aliases), role=actor.role,
                                    mentions=actor.mentions, sentences=list(actor.sentences),
                                    salience=actor.salience, paragraph=actor.paragraph,
                                    sources={source.letter: list(actor.sentences)}))
                index.add(len(merged) - 1, merged[-1])
                continue
            fuller = (len(_untitled(name_key(actor.name))) > len(_untitled(name_key(target.name)))  # a title is no name
                      and _cyrillic(actor.name) == _cyrillic(target.name))  # in another script: the first source's
            full, other = (actor.name, target.name) if fuller else (target.name, actor.name)
            names = [n for n in [other, *target.aliases, actor.name, *actor.aliases] if n and n != full]
            target.name = full
            target.aliases = list(dict.fromkeys(names))
            target.role = target.role or actor.role
            target.mentions += actor.mentions
            target.salience = round(target.salience + actor.salience, 3)
            target.sources[source.letter] = list(actor.sentences)
            index.add(index.position[id(target)], target)
    merged.sort(key=lambda a: (-a.salience, a.name))
    return merged


def _person_sig(actor: Actor) -> tuple[str, str] | None:
    """Return a person's (given name, surname) keys as :func:`_given_names_differ` compares them, None for a
    one-word name or another type."""
    words = _untitled(name_key(actor.name)).split() if actor.type == "PER" else []
    return (words[0], words[-1]) if len(words) >= 2 else None


class _Index:
    """The merged actors by the keys :func:`_same` and :func:`_same_name_other_type` can match on: each name and
    alias key, the name's skeleton, and a person's untitled name and its surname. :meth:`candidates` gives every
    merged actor that may match an actor, in the order they were made (a superset: each is checked after).

    A person's name keys are kept per surname and given name, so that "Smith", an alias of 2,000 people with
    that surname and other given names, gives "John Smith" only the Smiths called John or J. (the others can
    never be him). Entries of an old name stay (a merge only adds names); checking them costs a little, no more.
    """

    def __init__(self) -> None:
        self.buckets: dict[tuple, list[int]] = {}
        self.surnames: dict[tuple, set[str]] = {}  # a person's name key -> the surnames of the people it names
        self.keys: list[set[tuple]] = []
        self.position: dict[int, int] = {}

    def add(self, i: int, actor: Actor) -> None:
        """Index the merged actor at position ``i`` under its current names (again after a merge)."""
        if i == len(self.keys):
            self.keys.append(set())
            self.position[id(actor)] = i
        t = actor.type
        keys = []
        sig = _person_sig(actor)
        for k in actor_names(actor):
            if sig is None:
                keys.append(("n", t, k, None))
            else:
                given, surname = sig
                self.surnames.setdefault((t, k), set()).add(surname)
                keys += [("n", t, k, surname, "all"), ("n", t, k, surname, "f", given),
                         ("n", t, k, surname, "i", given[0])]
        keys.append(("k", t, name_key(actor.name)))
        skeleton = _skeleton(actor.name)
        if len(skeleton.replace(" ", "")) >= 4:
            keys.append(("s", t, skeleton, _cyrillic(actor.name)))
        if t == "PER":
            untitled = _untitled(name_key(actor.name))
            keys += [("u", untitled), ("ul", untitled.rpartition(" ")[2])]
        for key in keys:
            if key not in self.keys[i]:
                self.keys[i].add(key)
                bisect.insort(self.buckets.setdefault(key, []), i)

    def candidates(self, actor: Actor, merged: list[Actor], same_type: bool):
        """Yield the merged actors that may be ``actor`` (``same_type``) or its name as the other of a place and a
        body (not ``same_type``), in the order they were made."""
        keys: list[tuple] = []
        t = actor.type
        skeleton = _skeleton(actor.name)
        if same_type:
            sig = _person_sig(actor)
            for k in actor_names(actor):
                keys.append(("n", t, k, None))
                for surname in self.surnames.get((t, k), ()):
                    if sig is None or surname != sig[1]:
                        keys.append(("n", t, k, surname, "all"))
                    elif len(sig[0]) == 1:
                        keys.append(("n", t, k, surname, "i", sig[0]))  # "J. Smith": John, Jane, J. Smith
                    else:
                        keys += [("n", t, k, surname, "f", sig[0]), ("n", t, k, surname, "f", sig[0][0])]
            if t == "PER":
                untitled = _untitled(name_key(actor.name))
                head, space, last = untitled.rpartition(" ")
                keys += [("u", untitled), ("u", last) if space else ("ul", untitled)]
        elif t in _PLACE_OR_BODY:
            t = next(iter(_PLACE_OR_BODY - {t}))
            if name_key(actor.name):
                keys.append(("k", t, name_key(actor.name)))
        else:
            return
        if len(skeleton.replace(" ", "")) >= 4:
            keys.append(("s", t, skeleton, not _cyrillic(actor.name)))
        lists = [self.buckets[key] for key in dict.fromkeys(keys) if key in self.buckets]
        last = -1
        for i in heapq.merge(*lists):
            if i != last:
                last = i
                yield merged[i]


def without_source(actors: list[Actor], letter: str) -> list[Actor]:
    """Return the actors with source ``letter`` taken out; an actor only that source named goes.

    Mentions are not recounted (the per-source counts are not kept); the
    sentences and first paragraph move to the next source naming the actor
    (its paragraph is unknown then, ``None``).
    """
    out = []
    for actor in actors:
        if not actor.sources:
            out.append(actor)
            continue
        if letter not in actor.sources:
            out.append(actor)
            continue
        rest = {k: v for k, v in actor.sources.items() if k != letter}
        if not rest:
            continue
        first = next(iter(rest))
        moved = first != next(iter(actor.sources))
        out.append(Actor(name=actor.name, type=actor.type, aliases=list(actor.aliases), role=actor.role,
                         mentions=actor.mentions, sentences=list(rest[first]) if moved else list(actor.sentences),
                         salience=actor.salience, paragraph=None if moved else actor.paragraph, sources=rest))
    return out

"""Merging many sources' actors: the same result as comparing every pair, in time that grows about linearly."""

import random
import signal
import time

import pytest

from briefing.core.model import Actor, Article
from briefing.core.multi import actors as multi_actors
from briefing.core.multi.actors import merge_across
from briefing.core.multi.sources import Source, letter_for


def _pairwise(per_source):
    """The merge as it was written before the index: every merged actor compared with each actor in turn."""
    merged = []
    for source, actors in per_source:
        for actor in actors:
            free = [m for m in merged if source.letter not in m.sources]
            target = next((m for m in free if multi_actors._same(m, actor)), None)
            if target is None:
                target = next((m for m in free if multi_actors._same_name_other_type(m, actor)), None)
            if target is None:
                merged.append(Actor(name=actor.name, type=actor.type, aliases=list(actor.aliases), role=actor.role,
                                    mentions=actor.mentions, sentences=list(actor.sentences), salience=actor.salience,
                                    paragraph=actor.paragraph, sources={source.letter: list(actor.sentences)}))
                continue
            fuller = (len(multi_actors._untitled(multi_actors.name_key(actor.name)))
                      > len(multi_actors._untitled(multi_actors.name_key(target.name)))
                      and multi_actors._cyrillic(actor.name) == multi_actors._cyrillic(target.name))
            full, other = (actor.name, target.name) if fuller else (target.name, actor.name)
            names = [n for n in [other, *target.aliases, actor.name, *actor.aliases] if n and n != full]
            target.name = full
            target.aliases = list(dict.fromkeys(names))
            target.role = target.role or actor.role
            target.mentions += actor.mentions
            target.salience = round(target.salience + actor.salience, 3)
            target.sources[source.letter] = list(actor.sentences)
    merged.sort(key=lambda a: (-a.salience, a.name))
    return merged


_NAMES = ["John Smith", "J. Smith", "Smith", "Sarah Smith", "S. Smith", "Jane Smith", "Minister Smith",
          "Bundeskanzler Scholz", "Olaf Scholz", "Scholz", "Олаф Шольц", "Шольц", "Джон Смит", "Смит",
          "Valmora", "Vostok", "Восток", "Sorvik", "Harris", "Kamala Harris", "Harris County", "SVR",
          "Foreign Intelligence Service", "!!!", "", "Dr John Smith", "John A Smith", "Anna Berg", "Berg"]


def _random_sources(rng, n_sources):
    per = []
    for s in range(n_sources):
        actors = []
        for _ in range(rng.randint(0, 6)):
            name = rng.choice(_NAMES)
            aliases = rng.sample(_NAMES, rng.randint(0, 2))
            actors.append(Actor(name, rng.choice(("PER", "PER", "ORG", "LOC", "")), aliases, "", rng.randint(1, 3),
                                [rng.randint(0, 9)], rng.choice((0.5, 1.0, 2.0)), 0))
        per.append((Source(letter_for(s), Article(title=str(s))), actors))
    return per


def _fields(actors):
    return [(a.name, a.type, a.aliases, a.mentions, a.salience, a.sources) for a in actors]


@pytest.mark.parametrize("seed", range(300))
def test_index_merges_as_the_pairwise_comparison(seed):
    """On random sources of clashing names (one surname, other given names, titles, two scripts, a place and a
    body of one name) the indexed merge gives exactly what comparing every pair gives."""
    rng = random.Random(seed)
    per = _random_sources(rng, rng.randint(1, 8))
    copy = [(s, [Actor(a.name, a.type, list(a.aliases), a.role, a.mentions, list(a.sentences), a.salience,
                       a.paragraph) for a in actors]) for s, actors in per]
    assert _fields(merge_across(per)) == _fields(_pairwise(copy))


_FIRST = [a + b + c for a in "BCDFGHJKLMNPRSTVWZ" for b in "aeiou" for c in "lnrst"]


def _crowd(n_sources, n_actors):
    """``n_sources`` sources naming the same ``n_actors`` people each (in another order), who share four surnames
    and are each also called by it ("Smith")."""
    per = []
    for s in range(n_sources):
        actors = []
        for j in range(n_actors):
            k = (j + s) % n_actors
            first = _FIRST[k % len(_FIRST)] + _FIRST[k // len(_FIRST)].lower()
            surname = ("Smith", "Jones", "Brown", "Petrov")[k % 4]
            actors.append(Actor(f"{first} {surname}", "PER", [surname], "", 1, [0], 0.5, 0))
        per.append((Source(letter_for(s), Article(title=str(s))), actors))
    return per


def test_many_sources_of_people_sharing_surnames_merge_in_bounded_time():
    """40 sources of 400 people sharing four surnames: comparing every pair took minutes (10 sources took 50 s);
    indexed, about a second. Stopped after 60 s."""
    def stop(*_):
        raise TimeoutError("merging 16,000 actors took over 60 s")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(60)
    try:
        start = time.monotonic()
        merged = merge_across(_crowd(40, 400))
        took = time.monotonic() - start
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert len(merged) == 400 and all(len(m.sources) == 40 for m in merged)  # no two people made one
    assert took < 60

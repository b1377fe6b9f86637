"""Merging many sources' actors in bounded time: the pairs are found by an index, not by pairing every two actors
that share a name key (20 sources of 400 people sharing four surnames took about 70 s that way)."""

import signal
import time


from briefing.core.model import Actor, Article
from briefing.core.multi.actors import merge_across
from briefing.core.multi.sources import Source, letter_for


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
    """20 sources of 400 people sharing four surnames (each also called by it) merge within 20 s."""
    def stop(*_):
        raise TimeoutError("merging 8,000 actors took over 20 s")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(20)
    try:
        start = time.monotonic()
        merged = merge_across(_crowd(20, 400))
        took = time.monotonic() - start
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert len(merged) == 400 and all(len(m.sources) == 20 for m in merged)  # no two people made one
    assert took < 20

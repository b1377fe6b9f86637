"""Telling deleted actors from kept ones takes linear time (the window asks at every task's start and end)."""

from __future__ import annotations

import time
from copy import deepcopy

from briefing.core.brief.actor_edits import deleted_actors, restore_deleted_actors
from briefing.core.model import Actor


def _actors(n: int) -> list[Actor]:
    return [Actor(name=f"Person {i} Example", type="PER", mentions=i % 7, sentences=[i, i + 1]) for i in range(n)]


def test_deleted_actors_of_a_long_article_take_well_under_a_second():
    """3,700 actors (a 100k-word article's), some renamed, merged and deleted: the deleted ones are found in well
    under a second (4 s before, a scan of the machine's list for each actor) and are exactly the deleted ones."""
    machine = _actors(3700)
    current = deepcopy(machine)
    current[10].name = "Renamed by the analyst"  # renamed: the same figures still tell who it is
    current[20].aliases.append(current[21].name)  # 21 merged into 20
    del current[21]
    del current[100]  # deleted: machine 101 (one gone before it)
    del current[3000]  # deleted: machine 3002
    started = time.perf_counter()
    found = deleted_actors(current, machine)
    took = time.perf_counter() - started
    assert found == [101, 3002]
    assert took < 0.5, f"{took:.2f} s"
    assert restore_deleted_actors(current, machine, analyst_order=True) == [machine[101].name, machine[3002].name]


def test_two_actors_of_one_name_claim_one_machine_actor_each():
    """Two brief actors of one name stand for the first two machine actors of that name, in order; a third machine
    actor of the name is deleted."""
    machine = [Actor(name="Smith", type="PER", mentions=k) for k in range(3)]
    current = deepcopy(machine[:2])
    assert deleted_actors(current, machine) == [2]

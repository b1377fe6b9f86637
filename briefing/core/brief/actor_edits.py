"""Carrying the analyst's actor edits over to a new joint analysis (no Qt here).

A brief of several articles is analysed again when the analyst changes the
algorithm or length, or adds a source; the analysis brings a fresh list of
merged actors. :func:`carry_actor_edits` makes that list the brief's without
losing what the analyst did to the old one: their order (once they moved an
actor), renamed and merged actors, an edited type, role or mention count,
actors they deleted (they stay out) and actors they added (they stay).

How an actor of the brief is recognised in the analyses: the old machine
actors (``doc.machine_actors``) are what the analyst started from. A brief
actor stands for the old machine actors sharing a name or alias with it (a
merge gives it several); a renamed one, for the old machine actor with the
same mentions and sentences. An old machine actor no brief actor stands for
was deleted. A new machine actor is the old one it shares a name or alias
with (adding a source may give "Harris" the fuller "Kamala Harris").
"""

from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass, field

from ..model import Actor
from ..multi.actors import actor_names, name_key


@dataclass
class CarriedActors:
    """What :func:`carry_actor_edits` did: ``actors`` the brief's new list; ``withheld`` the names of new
    machine actors left out because the analyst had deleted them; ``added`` the names of actors new to the
    brief (from an added source)."""

    actors: list[Actor]
    withheld: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)


def _fingerprint(actor: Actor) -> tuple:
    return (actor.mentions, tuple(actor.sentences), tuple(sorted((k, tuple(v)) for k, v in actor.sources.items())))


def _combined(actors: list[Actor]) -> Actor:
    from .document import merge_actors

    out = deepcopy(actors[0])
    for other in actors[1:]:
        out = merge_actors(out, other)
    return out


def _updated(current: Actor, olds: list[Actor], fresh: list[Actor]) -> Actor:
    """Return ``current`` with the new analysis's figures, keeping every field the analyst changed."""
    new = _combined(fresh)
    old = _combined(olds) if olds else None

    def pick(name: str):  # the analyst's value when they changed it, else the new analysis's
        mine = getattr(current, name)
        return getattr(new, name) if mine == getattr(old, name) else mine

    # A merged actor's name is the analyst's choice; one not renamed follows the analysis ("Kamala Harris").
    name = pick("name") if len(olds) == 1 and len(fresh) == 1 else current.name
    role = pick("role") if old is not None else (current.role or new.role)
    # Names the new analysis found (an added source's), not the ones the analyst renamed away from.
    known = actor_names(old) if old is not None else set()
    found = [n for n in (new.name, *new.aliases) if name_key(n) not in known]
    aliases = [n for n in dict.fromkeys([*current.aliases, *found, current.name]) if n and n != name]
    return Actor(name=name, type=pick("type") if old is not None else current.type, aliases=aliases, role=role,
                 mentions=pick("mentions") if old is not None else new.mentions,
                 sentences=list(new.sentences), salience=new.salience, paragraph=new.paragraph,
                 sources=deepcopy(new.sources))


def _best(actor: Actor, candidates: list[tuple[int, Actor]]) -> int | None:
    """Return the index of the candidate that is ``actor``: the same name first, then its name among the other's
    names either way, then any shared name ("Belarus" has the alias "Minsk", and "Minsk" is an actor too)."""
    key, names = name_key(actor.name), actor_names(actor)
    tests = (lambda o: name_key(o.name) == key, lambda o: name_key(o.name) in names, lambda o: key in actor_names(o),
             lambda o: bool(names & actor_names(o)))
    for test in tests:
        found = next((i for i, o in candidates if test(o)), None)
        if found is not None:
            return found
    return None


def _claims(current: list[Actor], old_machine: list[Actor]) -> dict[int, int]:
    """Return which brief actor (index in ``current``) stands for each old machine actor (index): the same
    name, else (renamed) the same figures, else a name the brief actor gained as an alias (a merge).

    Each brief actor takes the first old machine actor not yet claimed that matches, as a scan of the list
    would; the old actors are indexed by name and figures, so it takes linear time: the scan for each brief
    actor took 4 s for a 100k-word article's 3,700 actors, on the GUI thread at every task's start and end.
    """
    by_name: dict[str, list[int]] = {}
    by_print: dict[tuple, list[int]] = {}
    for j, old in enumerate(old_machine):
        by_name.setdefault(name_key(old.name), []).append(j)
        by_print.setdefault(_fingerprint(old), []).append(j)
    next_of: dict[int, int] = {}  # id of an index list -> where its first unclaimed entry may be

    def first_free(indices: list[int] | None) -> int | None:
        if not indices:
            return None
        k = next_of.get(id(indices), 0)
        while k < len(indices) and indices[k] in claimed:
            k += 1
        next_of[id(indices)] = k
        return indices[k] if k < len(indices) else None

    # Which old machine actor each brief actor started as: the same name, else (renamed) the same figures.
    claimed: dict[int, int] = {}  # old machine index -> brief index
    for i, actor in enumerate(current):
        j = first_free(by_name.get(name_key(actor.name)))
        if j is None:
            j = first_free(by_print.get(_fingerprint(actor)))
        if j is not None:
            claimed[j] = i
    # Merged in: an old machine actor whose name the brief actor gained as an alias.
    started = {i: old_machine[j] for j, i in claimed.items()}
    for i, actor in enumerate(current):
        before = started.get(i)
        gained = {name_key(a) for a in actor.aliases} - (actor_names(before) if before is not None else set())
        for key in gained:
            for j in by_name.get(key, ()):
                if j not in claimed:
                    claimed[j] = i

    return claimed


def carry_actor_edits(current: list[Actor], old_machine: list[Actor], new_machine: list[Actor],
                      analyst_order: bool) -> CarriedActors:
    """Return the brief's actors for a new analysis (``new_machine``, most salient first), keeping the edits
    the analyst made to ``current`` since the old analysis ``old_machine``.

    With ``analyst_order`` the brief keeps the analyst's order and new actors go at the end; otherwise the
    actors follow the new ranking, the analyst's own actors after the machine's.
    """
    claimed = _claims(current, old_machine)

    fresh: dict[int, list[Actor]] = {}  # brief index -> its new machine actors
    rank: dict[int, int] = {}  # brief index -> its best new rank
    new_ones: list[tuple[int, Actor]] = []
    withheld: list[str] = []
    olds = list(enumerate(old_machine))
    for k, new in enumerate(new_machine):
        j = _best(new, olds)
        if j is not None and j not in claimed:
            withheld.append(new.name)  # the analyst deleted it
            continue
        owner = claimed[j] if j is not None else _best(new, list(enumerate(current)))
        if owner is None:
            new_ones.append((k, deepcopy(new)))
            continue
        fresh.setdefault(owner, []).append(new)
        rank.setdefault(owner, k)

    groups: dict[int, list[Actor]] = {}
    for j, i in sorted(claimed.items()):
        groups.setdefault(i, []).append(old_machine[j])
    kept = [(rank.get(i), _updated(a, groups.get(i, []), fresh[i]) if i in fresh else deepcopy(a))
            for i, a in enumerate(current)]
    if analyst_order:
        actors = [a for _k, a in kept] + [a for _k, a in new_ones]
    else:
        machine = sorted([(k, a) for k, a in kept if k is not None] + new_ones, key=lambda pair: pair[0])
        actors = [a for _k, a in machine] + [a for k, a in kept if k is None]
    return CarriedActors(actors, withheld, [a.name for _k, a in new_ones])


def deleted_actors(current: list[Actor], machine: list[Actor]) -> list[int]:
    """Return the indices in ``machine`` of the machine's actors no actor of ``current`` stands for: the ones
    the analyst deleted (renamed and merged actors are not deleted), most salient first."""
    claimed = _claims(current, machine)
    return [j for j in range(len(machine)) if j not in claimed]


def restore_deleted_actors(actors: list[Actor], machine: list[Actor], analyst_order: bool) -> list[str]:
    """Put the machine's actors the analyst deleted back into ``actors`` (changed in place), each with its
    mentions, sentences and sources as the analysis found them; return their names.

    In the analyst's order (``analyst_order``) they go at the end, so the order the analyst made stays; in
    the machine's order each goes back to its salience place, before the first actor the machine ranked lower.
    """
    claimed = _claims(actors, machine)
    back = [j for j in range(len(machine)) if j not in claimed]
    if analyst_order:
        actors.extend(deepcopy(machine[j]) for j in back)
        return [machine[j].name for j in back]
    rank: dict[int, int] = {}  # brief actor -> its best machine rank (the analyst's own actors have none)
    for j, i in claimed.items():
        rank[i] = min(j, rank.get(i, j))
    placed = [(rank.get(i), a) for i, a in enumerate(actors)]
    for j in back:  # the others stay where they are
        at = next((k for k, (r, _a) in enumerate(placed) if r is not None and r > j), len(placed))
        placed.insert(at, (j, deepcopy(machine[j])))
    actors[:] = [a for _r, a in placed]
    return [machine[j].name for j in back]

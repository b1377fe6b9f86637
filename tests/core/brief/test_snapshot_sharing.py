"""The undo history's copy-on-write (gui64, :func:`briefing.core.brief.snapshot.clone_sharing`): a copy equal to
the original, made of the base's parts where they are equal, never of the original's, never one object twice."""

from __future__ import annotations

from briefing.core.brief.snapshot import clone, clone_sharing
from briefing.core.model import Actor
from tests.core.brief.test_snapshot import _busy_document, _mutables


def _ids(value) -> set[int]:
    return set(_mutables(value, {}))


_OWN = ("options", "summary", "machine_actors", "briefing", "multi")  # the articles are shared, as copy() does


def _check(copy, value, base) -> None:
    """``copy`` equals ``value``, shares nothing mutable with it, and holds no mutable object twice."""
    assert copy == value
    assert not _ids([getattr(copy, f) for f in _OWN]) & _ids([getattr(value, f) for f in _OWN])
    found: list[int] = []

    def walk(v):
        if isinstance(v, (list, dict, tuple)) or hasattr(v, "__dataclass_fields__"):
            found.append(id(v))
            items = v.values() if isinstance(v, dict) else (vars(v).values() if hasattr(v, "__dict__") and
                                                            not isinstance(v, (list, tuple)) else v)
            for item in items:
                walk(item)

    walk([getattr(copy, f) for f in _OWN])
    assert len(found) == len(set(found)), "one object in two places"


def test_one_edited_actor_is_the_only_one_copied(seed_path):
    doc = _busy_document(seed_path)
    base = doc.copy()
    doc.briefing.actors[1].role = "minister"
    copy = doc.copy_sharing(base)
    _check(copy, doc, base)
    actors, old = copy.briefing.actors, base.briefing.actors
    assert actors[1] is not old[1] and actors[1].role == "minister"
    assert all(actors[i] is old[i] for i in range(len(old)) if i != 1)
    assert copy.machine_actors is not base.machine_actors and all(
        a is b for a, b in zip(copy.machine_actors, base.machine_actors))
    assert copy.summary.scores is not doc.summary.scores and copy.article is doc.article


def test_moved_deleted_and_inserted_items_are_shared(seed_path):
    doc = _busy_document(seed_path)
    base = doc.copy()
    actors = doc.briefing.actors
    actors.insert(1, actors.pop(0))  # moved down one
    doc.briefing.key_points.pop(0)  # deleted
    doc.briefing.key_points.insert(1, clone(doc.briefing.key_points[0]))  # a duplicate: equal to two places
    copy = doc.copy_sharing(base)
    _check(copy, doc, base)
    old_ids = {id(a) for a in base.briefing.actors}
    assert all(id(a) in old_ids for a in copy.briefing.actors)
    assert sum(id(p) in {id(q) for q in base.briefing.key_points} for p in copy.briefing.key_points) >= 2


def test_unequal_types_and_values_are_copied_not_shared():
    assert clone_sharing([1, Actor("A", "PER")], [1.0, Actor("B", "PER")])[1].name == "A"
    base = {"a": [1]}
    out = clone_sharing({"a": [1]}, base)
    assert out == base and out is base  # a dict below two levels: shared whole when equal
    value = [Actor("A", "PER", sentences=[1])]
    out = clone_sharing(value, "not a list")
    assert out == value and out[0] is not value[0] and out[0].sentences is not value[0].sentences

"""carry_actor_edits: the analyst's actor edits survive a new joint analysis."""

from __future__ import annotations

from copy import deepcopy

from briefing.core.brief.actor_edits import carry_actor_edits
from briefing.core.brief.document import merge_actors
from briefing.core.model import Actor


def _machine():
    return [Actor("Belarus", "LOC", ["Minsk"], mentions=9, salience=9.0, sources={"A": [0]}),
            Actor("Harris", "PER", mentions=3, salience=5.0, sources={"A": [1]}),
            Actor("Minsk", "LOC", mentions=4, salience=4.0, sources={"A": [2]}),
            Actor("Tom Hale", "PER", role="mayor", mentions=2, salience=3.0, sources={"A": [3]})]


def test_a_deleted_actor_stays_out_even_when_another_has_its_name_as_alias():
    """Deleting "Minsk" keeps it out of the new analysis although "Belarus" has the alias "Minsk"."""
    old = _machine()
    current = [deepcopy(a) for a in old if a.name != "Minsk"]
    out = carry_actor_edits(current, old, _machine(), analyst_order=False)
    assert [a.name for a in out.actors] == ["Belarus", "Harris", "Tom Hale"] and out.withheld == ["Minsk"]


def test_unedited_actors_follow_the_analysis_and_edited_fields_stay():
    """A fuller name from an added source replaces an unedited one (the old name an alias); a renamed actor,
    an edited role and a merge stay; the analyst's order stays and new actors go last."""
    old = _machine()
    current = deepcopy(old)
    current[3].role = "former mayor"
    current[2].name = "Mensk"
    current[0] = merge_actors(current[0], current[1])
    del current[1]
    current.reverse()
    new = _machine()
    new[1] = Actor("Kamala Harris", "PER", ["Harris"], mentions=5, salience=8.0, sources={"A": [1], "B": [0]})
    new.append(Actor("Ann Berg", "PER", mentions=1, salience=1.0, sources={"B": [1]}))
    out = carry_actor_edits(current, old, new, analyst_order=True)
    assert [(a.name, a.role) for a in out.actors] == [("Tom Hale", "former mayor"), ("Mensk", ""), ("Belarus", ""),
                                                      ("Ann Berg", "")]
    assert out.actors[2].mentions == 9 + 5 and "Kamala Harris" in out.actors[2].aliases
    assert out.added == ["Ann Berg"] and out.withheld == []
    plain = carry_actor_edits(deepcopy(old), old, new, analyst_order=False)
    assert [a.name for a in plain.actors] == ["Belarus", "Kamala Harris", "Minsk", "Tom Hale", "Ann Berg"]
    assert plain.actors[1].aliases == ["Harris"]

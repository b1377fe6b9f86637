"""English key actors, sixtieth round: the kinds the last session left alone. Firms named "X and Y" by document
evidence, Malaysian and Gulf honorifics and "bin" names, works named after a person or a franchise, and lone
unknown subjects with a firm's cue. Made-up texts, one per rule."""

from __future__ import annotations

from ..builders import actor_aliases as _actors
from ..builders import actor_aliases_roles as _actors_roles
from ..builders import alias_owner as _owner


# -- 1. "X and Y" firms -----------------------------------------------------------------------------------------


def test_pair_with_possessive_written_twice_is_one_firm():
    """ "Hollick and Dunmore" twice, once with a possessive, neither word alone: one organisation, and the role
    read from "Hollick and Dunmore's chief executive" names the whole firm."""
    got = _actors_roles("Hollick and Dunmore said on Tuesday that profits rose by a tenth. Hollick and Dunmore's "
                        "chief executive, Alan Perrow, told investors prices would rise.")
    assert got.get("Hollick and Dunmore", ("",))[0] == "ORG"
    assert "Hollick" not in got and "Dunmore" not in got
    assert got["Alan Perrow"][2] == "Hollick and Dunmore's chief executive"


def test_pair_with_singular_verb_or_firm_noun_is_one_firm():
    """ "Brindle and Oakes is to publish", "the publisher, Brindle and Oakes": one organisation."""
    got = _actors("Brindle and Oakes is to publish the memoir next spring. The publisher, Brindle and Oakes, paid "
                  "a large advance, said the author's agent, Clare Dobbs.")
    assert got.get("Brindle and Oakes", ("",))[0] == "ORG"


def test_pair_seen_with_an_ampersand_is_the_same_firm():
    """ "Hollick & Dunmore" in the text makes one "Hollick and Dunmore" the same firm, even written once."""
    got = _actors("Hollick & Dunmore recalled its baby powder. Hollick and Dunmore said the recall covered 33,000 "
                  "bottles.")
    assert _owner(got, "Hollick and Dunmore") is not None
    assert "Hollick" not in got and "Dunmore" not in got


def test_two_people_or_two_places_are_never_joined():
    """ "Perrow and Dobbs said" twice (no singular cue), a pair whose word stands alone elsewhere, and two places
    with a singular verb stay apart."""
    got = _actors("Perrow and Dobbs said the men were arrested in Leeds. Perrow and Dobbs said they had searched "
                  "three houses.")
    assert "Perrow and Dobbs" not in got
    got = _actors("Hollick and Dunmore's new shop opened. Hollick and Dunmore is busy. Dunmore said he was glad.")
    assert "Hollick and Dunmore" not in got
    got = _actors("Britain and France is a pact of equals. Britain and France's carriers sail in May.")
    assert "Britain and France" not in got and got["Britain"][0] == "LOC"


# -- 4. a name that only qualifies a work ------------------------------------------------------------------------


def test_name_before_a_work_noun_alone_is_no_actor():
    """ "the new Daniel Harrow film", "a Marta Quill novel": names whose every use qualifies a work are no actors."""
    got = _actors("The new Daniel Harrow film opened in Leeds on Friday. The film took 20 million pounds, said "
                  "Orbis Pictures, its distributor.")
    assert "Daniel Harrow" not in got and got["Leeds"][0] == "LOC"
    got = _actors("A Marta Quill novel tops the charts this week. Sales rose in Boston, the publisher said.")
    assert "Marta Quill" not in got


def test_name_before_a_work_noun_that_acts_elsewhere_stays():
    """ "A Tomas Brede film won the prize. Brede said ...": the person acts elsewhere, so he stays an actor."""
    got = _actors("A Tomas Brede film won the top prize at Cannes. Brede said the award was for the workers he "
                  "had filmed.")
    assert got.get("Tomas Brede", ("",))[0] == "PER"

"""Key actors lost to how they were found, fiftieth round: a run of dictionary words that speaks is an actor, not
a title of a work; one firm named with its legal form written two ways is one actor. Made-up texts, one per rule."""

from __future__ import annotations

from ..builders import actor_aliases as _actors
from ..builders import actor_types as _types
from ..builders import alias_owner as _owner


def test_dictionary_words_before_says_are_an_organisation():
    got = _types("Older voters feel ignored by every party. Silver Voice says the over-60s want better care homes.")
    assert got.get("Silver Voice") == "ORG"


def test_dictionary_words_after_a_closing_says_are_an_organisation():
    got = _types("Older voters feel ignored by every party, says Silver Voice. The parties deny it.")
    assert got.get("Silver Voice") == "ORG"


def test_dictionary_words_after_according_to_are_an_organisation():
    got = _types("The new phone will ship in May, according to Open Secret, a gadget news site.")
    assert got.get("Open Secret") == "ORG"


def test_title_of_a_work_stays_no_actor():
    got = _types("Ann Lee, who presents The Silver Voice tells viewers she was nervous. "
                 "Millions watch Silver Voice on Saturdays.")
    assert "Silver Voice" not in got


def test_firm_named_with_two_legal_forms_and_bare_is_one_actor():
    got = _actors("The suit names two firms, Brightwave LLC and Brightwave Inc, that sent spam. "
                  "Brightwave is a legitimate marketing company, said its lawyer Lin Hughes.")
    owner = _owner(got, "Brightwave LLC")
    assert owner is not None and _owner(got, "Brightwave Inc") == owner and _owner(got, "Brightwave") == owner


def test_two_firms_sharing_a_first_word_stay_apart():
    got = _actors("Brightwave LLC sued Brightwave Media Inc over the name. Brightwave Media said it would fight.")
    assert _owner(got, "Brightwave LLC") != _owner(got, "Brightwave Media")

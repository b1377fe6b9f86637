"""Given names of other countries (resources/wordlists/first-names-intl.tsv, from Faker's locales) make persons."""

from __future__ import annotations

from briefing.core.actors.lexicon import _lexicon
from tests.core.builders import mention_types


def test_foreign_given_name_after_in_makes_a_person_not_a_place():
    # Polish and Lithuanian given names missing from the US census lists: after "in" an unknown
    # two-word name read as a place.
    types = mention_types("The minister put her trust in Wojciech Brandt.",
                          "The board has confidence in Dariusz Pell.")
    assert types == {"Wojciech Brandt": {"PER"}, "Dariusz Pell": {"PER"}}


def test_international_list_leaves_out_places_words_and_surnames():
    first = _lexicon().first_names
    assert first.get("Wojciech") == "m" and first.get("Grzegorz") == "m"
    assert first.get("Jose") and first.get("Łukasz") == "m"  # accented names also in ASCII
    # Big places, English words and common US surnames never come from the new list.
    for word in ("Leander", "Luc", "Campbell", "Collins", "Astros", "Hansa"):
        assert word not in first

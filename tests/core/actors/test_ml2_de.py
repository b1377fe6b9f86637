"""German names by rules (ml2): a noun after a place is no surname; a first name that is a word is no name's start."""

import pytest

from briefing.core.actors.rules_multilingual import find_mentions


def spans(text: str) -> set[tuple[str, str]]:
    return {(text[s:e], kind) for s, e, kind, _base, _role in find_mentions(text, "de")}


@pytest.mark.parametrize("text, place", [
    ("Der Konzern streicht in Wolfsburg Stellen.", "Wolfsburg"),
    ("Der Film hatte weder in Deutschland noch in Italien Erfolg.", "Italien"),
    ("Die Sängerin erreichte in Irland und Brasilien Platz 1 der Charts.", "Brasilien"),
])
def test_a_capitalised_noun_after_a_place_is_no_surname(text, place):
    got = spans(text)
    assert (place, "LOC") in got
    assert not any(kind == "PER" for _span, kind in got)


def test_a_full_name_after_a_place_word_that_is_a_first_name_stays_whole():
    assert ("Paris Hilton", "PER") in spans("Am Abend kam Paris Hilton nach Berlin.")


@pytest.mark.parametrize("text, word", [
    ("In Zusammenarbeit mit der Gemeinde entstand das Werk. In Zusammenarbeit wurde es gebaut.", "Zusammenarbeit"),
    ("In Burgsteinfurt gibt es eine Kirche. Der Weg nach Burgsteinfurt ist weit.", "Burgsteinfurt"),
    ("Sie hielt ihn für eine Art Triebtäter. Triebtäter gebe es viele.", "Triebtäter"),
])
def test_a_function_word_or_a_noun_before_a_capital_gives_no_surname(text, word):
    assert (word, "PER") not in spans(text)

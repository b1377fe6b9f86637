"""Merges of issue 17: one English actor under two names. A first name or its short form (hypocoristic) used
alone for the one person named in full with it; a long surname misspelt by one letter; an organisation's name and
its translation. Made-up texts, one per rule, with the cases that must stay apart."""

from __future__ import annotations

from briefing.core.actors.hypocoristics import short_forms
from briefing.core.actors.misspellings import one_letter_apart

from ..builders import actor_aliases as _actors
from ..builders import alias_owner as _owner


# -- first names and their short forms ---------------------------------------------------------------------------

def test_short_form_of_the_first_name_joins_the_one_person_named_with_the_full_one():
    got = _actors("Former prime minister Edward Heath died at his home in Salisbury on Sunday. "
                  "\"I was very close to Ted and he was the most able man we had,\" said Lord Carrington.")
    assert _owner(got, "Ted") == "Edward Heath"


def test_spanish_short_form_joins_the_full_name():
    got = _actors("Liverpool manager Rafael Benitez praised his squad after the win on Sunday. "
                  "\"Rafa has built a strong team this season,\" said the captain Steven Gerrard.")
    assert _owner(got, "Rafa") == "Rafael Benitez"


def test_first_name_alone_joins_the_one_person_named_in_full_with_it():
    got = _actors("Tennis player Dravin Mollett reached the final in Melbourne. Mollett beat the champion. "
                  "\"Dravin's proving how good he is on every surface,\" his coach Anton Belyk said.")
    assert _owner(got, "Dravin") == "Dravin Mollett"


def test_short_form_shared_by_two_people_with_the_full_name_stays_apart():
    got = _actors("Robert Kearns and Robert Hale both spoke at the hearing in Detroit on Monday. "
                  "\"Bob told the court the truth,\" a lawyer said.")
    assert _owner(got, "Bob") not in ("Robert Kearns", "Robert Hale")


def test_word_that_is_one_persons_first_name_is_not_another_persons_short_form():
    got = _actors("Will Carling and William Hague met at Twickenham on Saturday. "
                  "\"Will said the game had changed,\" a friend told reporters.")
    assert _owner(got, "Will Carling") != _owner(got, "William Hague")


def test_short_form_that_is_also_a_surname_of_the_text_is_left_to_the_surname():
    got = _actors("Edward Heath met Joanna Ted at the club on Monday. \"Ted is right,\" said a member.")
    assert _owner(got, "Ted") != "Edward Heath"


def test_short_forms_table_reads_several_full_names():
    assert {"edward", "theodore"} <= short_forms()["ted"]


# -- a long surname misspelt by one letter -----------------------------------------------------------------------

def test_surname_with_a_letter_left_out_after_mr_joins_the_full_name():
    got = _actors("Engineer Jamie Vandenberg was hurt when the crane fell in Leeds on Tuesday. "
                  "Mr Vanenberg, 42, was taken to hospital, police said.")
    assert _owner(got, "Vanenberg") == "Jamie Vandenberg"


def test_two_full_names_one_letter_apart_with_other_first_names_stay_two():
    got = _actors("Tom Hendersen and Mary Henderson both gave evidence at the inquiry in Leeds. "
                  "The inquiry heard that the firm had ignored warnings.")
    assert _owner(got, "Tom Hendersen") != _owner(got, "Mary Henderson")


def test_two_full_names_one_letter_apart_with_one_first_name_join():
    got = _actors("Engineer Jamie Vandenberg was hurt when the crane fell in Leeds. Jamie Vandenberg, 42, "
                  "was taken to hospital. Colleagues said Jamie Vanenberg had warned the firm.")
    assert _owner(got, "Jamie Vanenberg") == "Jamie Vandenberg"


def test_short_surnames_one_letter_apart_stay_apart():
    got = _actors("Anna Kovac chaired the meeting in Zagreb on Monday. \"We agree,\" said Kovar, an observer.")
    assert _owner(got, "Kovar") != "Anna Kovac"


def test_one_letter_apart_reads_deletions_changes_and_not_a_plural():
    assert one_letter_apart("vanenberg", "vandenberg")
    assert one_letter_apart("daveport", "davenport")
    assert one_letter_apart("vandenburg", "vandenberg")
    assert not one_letter_apart("robinsons", "robinson")
    assert not one_letter_apart("vandenberg", "vandenberg")
    assert not one_letter_apart("vandenberg", "vanderbilt")


# -- an organisation's name and its translation ------------------------------------------------------------------

def test_organisation_named_in_spanish_and_in_english_is_one():
    got = _actors("Pupils of the Instituto Cumbres in Mexico City were among the victims. "
                  "A spokesman for the Cumbres Institute said classes would resume next week.")
    assert _owner(got, "Cumbres Institute") == _owner(got, "Instituto Cumbres") is not None


def test_translation_with_another_organisation_word_stays_two():
    got = _actors("The Instituto Cumbres and the Cumbres Foundation signed a deal in Mexico City. "
                  "The deal was announced on Friday.")
    assert _owner(got, "Cumbres Foundation") != _owner(got, "Instituto Cumbres")

"""Roles from the text attached to a name, round 31 (issue 17): whole roles before a name (a field of two nouns,
a number or a short name in brackets inside the body's name, a duo's name), a peer's title and a word of time
around a capitalised role, an apposition over a bare academic title, a role between a name and its speech verb."""

from tests.core.builders import actor_role, person_roles as roles


def test_field_of_two_nouns_stays_in_the_role():
    """'Kenton Radio consumer affairs correspondent Ivo Marr': the field's first noun is the role's, not cut off;
    a verb before the field stays out ('became human rights lawyer')."""
    assert roles("It was late, said Kenton Radio consumer affairs correspondent Ivo Marr in Ledbury.")["Ivo Marr"] \
        == "Kenton Radio consumer affairs correspondent"
    assert roles("In May she became human rights lawyer Ada Welk's partner.")["Ada Welk"] == "human rights lawyer"


def test_number_in_the_body_name_before_a_role():
    """'Ex-No 10 press chief Ivo Marr', 'Kenton FM 96 presenter Ada Welk': the number is part of the body's name."""
    assert roles("Ex-No 10 press chief Ivo Marr is at the centre of a new row.")["Ivo Marr"] == "Ex-No 10 press chief"
    assert roles("He met Kenton FM 96 presenter Ada Welk on Monday.")["Ada Welk"] == "Kenton FM 96 presenter"


def test_sentence_adverb_or_day_is_no_part_of_the_role():
    """'Yesterday Kenton FM presenter Ada Welk quit.', 'On Monday Kenton FM presenter ...': the time before the
    role is not the role's."""
    assert roles("Yesterday Kenton FM presenter Ada Welk quit.")["Ada Welk"] == "Kenton FM presenter"
    assert roles("On Monday Kenton FM presenter Ada Welk quit.")["Ada Welk"] == "Kenton FM presenter"


def test_short_name_in_brackets_stands_for_the_body():
    """'Kenton Rugby Football Union (KRFU) chairman Ivo Marr': the role is 'KRFU chairman', not a bare
    'chairman'."""
    assert roles("But Kenton Rugby Football Union (KRFU) chairman Ivo Marr has called for a vote.")["Ivo Marr"] \
        == "KRFU chairman"


def test_duo_named_show_before_a_role():
    """'Morgan and Dale executive producer Ada Welk': a show named after two people by first name is the role's
    owner; a list of people keeps only the second's role ('Tony Blair and Tory leader Michael Howard')."""
    assert roles("The list is strong, said Morgan and Dale executive producer Ada Welk on Monday.")["Ada Welk"] \
        == "Morgan and Dale executive producer"
    assert roles("Tony Blair and Tory leader Michael Howard met on Monday.")["Michael Howard"] == "Tory leader"
    assert roles("They met Ivo and Tory leader Ada Welk on Monday.")["Ada Welk"] == "Tory leader"


def test_peer_title_after_a_capitalised_role_is_the_name():
    """'former Liberal Treasurer Lord Pembury': the peer is 'Lord Pembury', the role 'former Liberal Treasurer';
    a knight's 'Sir' leaves the role too."""
    text = "The party repaid the loan to former Liberal Treasurer Lord Pembury after he spoke. Lord Pembury was glad."
    assert actor_role(text, "Lord Pembury") == "former Liberal Treasurer"
    assert roles("He met the Tory Treasurer Sir Ivo Marr on Monday.")["Ivo Marr"] == "Tory Treasurer"


def test_word_of_time_before_a_capitalised_role():
    """'the former Kenton County Prosecutor Ivo Marr': 'former' says the role is past; it belongs to the role."""
    assert roles("He met the former Kenton County Prosecutor Ivo Marr on Monday.")["Ivo Marr"] \
        == "former Kenton County Prosecutor"


def test_apposition_wins_over_a_bare_academic_title():
    """'Professor Ivo Marr, head of computing at Kenton University,': the post the text gives is the role."""
    assert roles("It is risky, said Professor Ivo Marr, head of computing at Kenton University.")["Ivo Marr"] \
        == "head of computing at Kenton University"
    assert roles("It is risky, said Professor Ivo Marr on Monday.")["Ivo Marr"] == "Professor"


def test_role_between_a_name_and_its_speech_verb():
    """'"It looks strong," Dr Ivo Marr head of exploration said.': a role with no commas before the speech verb;
    none for a name that owns the role's holder ('a Tony Blair spokesman said')."""
    assert roles("\"It looks very strong,\" Dr Ivo Marr head of exploration said.")["Ivo Marr"] == "head of exploration"
    assert roles("Later a Tony Blair spokesman said.")["Tony Blair"] == ""

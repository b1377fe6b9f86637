"""Merges, splits and roles of issue 17, fifteenth round: each rule on a short text written for it."""

from tests.core.builders import actor_aliases_roles as actors


def test_double_surname_alone_is_the_person_named_in_full():
    """'Alan Price Jones' ... 'Mr Price Jones': the double surname alone is the same man, not a second person."""
    found = actors("Transport minister Alan Price Jones defended the rail plan on Monday. "
                   "Critics said the plan was too costly. Mr Price Jones said the money was already set aside.")
    assert "Price Jones" in found["Alan Price Jones"][1]
    assert "Price Jones" not in found


def test_two_people_sharing_a_double_surname_keep_it_apart():
    """'Alan Price Jones' and 'Mary Price Jones': the bare double surname joins neither."""
    found = actors("Alan Price Jones and his sister Mary Price Jones opened the bakery in 1990. "
                   "Price Jones said the shop would stay open.")
    assert "Price Jones" not in found["Alan Price Jones"][1]
    assert "Price Jones" not in found["Mary Price Jones"][1]


def test_surname_with_one_organisation_cue_among_many_uses_stays_the_person():
    """A caption run-on ('his struggling side Tanner has') cues an organisation once; 'said Tanner' and
    'Tanner says' elsewhere make the word the surname of 'Bill Tanner'."""
    found = actors("Rovers manager Bill Tanner is unhappy with his struggling side Tanner has been left angry by the jibe. "
                   "But Tanner says he does not listen to critics. 'We will fight,' said Tanner. "
                   "Tanner added that the players were working hard.")
    assert "Tanner" in found["Bill Tanner"][1]
    assert "Tanner" not in found


def test_acronym_spelt_like_a_listed_town_joins_the_organisation_it_spells():
    """'Government Accountability Office' ... 'The GAO report': the acronym, not the town of Gao in Mali."""
    found = actors("The Government Accountability Office released a report on aircraft security this week. "
                   "The GAO report said cabin networks were a risk.")
    assert found["Government Accountability Office"][0] == "ORG"
    assert "GAO" in found["Government Accountability Office"][1]
    assert "GAO" not in found


def test_first_name_alone_is_not_an_alias_of_a_trust_named_after_a_person():
    """'Kevin will run the marathon' beside 'the Kevin Marsden Trust': Kevin is the man, not the trust."""
    found = actors("Kevin will run the London Marathon in April. Kevin will write a column about his training. "
                   "He will raise money through the Kevin Marsden Trust, which supports hospices.")
    assert "Kevin" not in found["Kevin Marsden Trust"][1]
    assert found["Kevin"][0] == "PER"


def test_place_used_as_a_place_is_not_an_alias_of_a_body_named_after_it():
    """'in Lanzhou City' ... 'the Lanzhou City Water Bureau': the town stays a place of its own."""
    found = actors("A pipe burst in Lanzhou City on Monday, flooding three streets. "
                   "An engineer from the Lanzhou City Water Bureau said repairs would take a week.")
    assert "Lanzhou City" not in found["Lanzhou City Water Bureau"][1]
    assert found["Lanzhou City"][0] == "LOC"


def test_capitalised_role_modifier_opening_the_sentence_stays_in_the_role():
    """'Former Labour leader Neil Kinnock': "former" is part of the role (without it the role is false)."""
    found = actors("Former Labour leader Neil Kinnock says he will not return to politics.")
    assert found["Neil Kinnock"][2] == "Former Labour leader"


def test_place_name_opening_with_a_stop_word_stays_whole_in_the_role():
    """'alongside New Zealand actor Karl Urban': the role keeps "New", not "Zealand actor"."""
    found = actors("She starred in the film alongside New Zealand actor Karl Urban last year.")
    assert found["Karl Urban"][2] == "New Zealand actor"


def test_capitalised_stop_word_inside_a_sentence_stays_in_the_role():
    """'by All Wales Club secretary Huw Pryce': "All" opens the club's name, not a sentence."""
    found = actors("The ruling was criticised by All Wales Club secretary Huw Pryce on Monday.")
    assert found["Huw Pryce"][2] == "All Wales Club secretary"


def test_a_word_with_its_own_spokeswoman_is_an_organisation():
    """'a Jolt spokeswoman said': a common word with its own spokeswoman is an organisation, not dropped."""
    found = actors("The singer cancelled the tour after a knee injury. "
                   "'She took a wrong step,' a Jolt spokeswoman said at the time.")
    assert found["Jolt"][0] == "ORG"


def test_first_name_opening_a_company_name_of_common_words_still_joins_it():
    """'Delta Air Lines' ... 'Delta's route': "Delta" is a first name too, but "Air" is no surname: the company."""
    found = actors("Delta Air Lines came second with 5.6 million award seats. "
                   "Use them on Delta's route between Chicago and Los Angeles, which is more expensive.")
    assert "Delta" in found["Delta Air Lines"][1]

"""Merges and splits on other newsrooms' pages (issue 17, thirteenth round): each rule on a short text written for it."""

from briefing.core.actors import extract_actors
from tests.core.builders import actor_aliases as actors
from tests.core.builders import make_article


def test_hyphenated_given_name_of_five_letters_stays_in_the_name():
    """'Lee Jae-myung': the five-letter syllable ending in 'ng' is a given name, not cut off as a word."""
    found = actors("Opposition leader Lee Jae-myung criticised the president on Friday. "
                   "Lee Jae-myung called for new elections.")
    assert "Lee Jae-myung" in found


def test_family_name_first_goes_to_the_one_named_before_it_and_no_further():
    """Two people share the family name 'Lee' (written first): a bare 'Lee' after only one of them was named
    in full is that one; a bare 'Kim' shared by 'Kim Yong-hyun' and 'Margie Kim' joins neither."""
    found = actors("Lee Jae-myung, the opposition leader, spoke in parliament on Friday. Lee said the decree was illegal. "
                   "Police questioned Kim Yong-hyun and Interior Minister Lee Sang-min about the decree. "
                   "Resident Margie Kim said she was afraid. Kim resigned on Thursday.")
    assert "Lee" in found["Lee Jae-myung"][1]
    assert "Lee" not in found["Lee Sang-min"][1]
    assert "Kim" not in found["Kim Yong-hyun"][1] and "Kim" not in found["Margie Kim"][1]


def test_alias_phrase_or_as_it_is_called_joins_the_two_names():
    """'New Zealand – or Aotearoa as it is called': one place with two names."""
    found = actors("Whales strand every summer in New Zealand – or Aotearoa as it is called – on long beaches. "
                   "Aotearoa has more strandings than any other country.")
    assert found["New Zealand"] == ("LOC", ["Aotearoa"])
    assert "Aotearoa" not in found


def test_a_bare_or_between_two_names_joins_nothing():
    """'France or Spain will host': alternatives, not one name for another."""
    found = actors("France or Spain will host the final next year, officials in Geneva said.")
    assert "France" in found and "Spain" in found


def test_also_known_as_joins_an_organisation_and_its_other_name():
    found = actors("The Islamic State, also known as Daesh, claimed the attack on Tuesday. Daesh fighters fled.")
    assert not ({"Islamic State", "Daesh"} <= set(found))


def test_maiden_name_after_nee_joins_the_person():
    """'Ellen Gille, née Fetter': 'Ellen Fetter' and 'Fetter' elsewhere are the same woman."""
    found = actors("Ellen Gille, née Fetter, wrote the program in 1961. Ellen Fetter was hired by the lab that year. "
                   "Fetter said the work was hard.")
    people = [n for n in found if "Fetter" in n or "Gille" in n]
    assert len(people) == 1
    assert {"Ellen Gille", "Ellen Fetter", "Fetter"} <= {people[0], *found[people[0]][1]}


def test_web_address_joins_the_organisation_of_the_same_name():
    """'Snopes.com' and 'Snopes' are one fact-checker."""
    found = actors("The claim was checked by Snopes on Monday. Snopes.com said the story was false.")
    assert len([n for n in found if n.startswith("Snopes")]) == 1


# -- roles ------------------------------------------------------------------------------


def roles(text: str) -> dict[str, str]:
    return {a.name: a.role for a in extract_actors(make_article([text]))}


def test_occupation_before_a_name_is_the_role():
    """'ILM supervisor John Knoll', 'the French engineer Georges Claude': occupation nouns make a role."""
    found = roles("ILM supervisor John Knoll showed the model to reporters on Monday.")
    assert found["John Knoll"] == "ILM supervisor"


def test_hyphenated_place_modifier_stays_in_the_role():
    """'Pakistan-based developer Ammar Askar': the modifier is part of the role."""
    found = roles("Pakistan-based developer Ammar Askar wrote the tool last year.")
    assert found["Ammar Askar"] == "Pakistan-based developer"


def test_sentence_opening_on_the_role_and_a_name_in_commas():
    """'The priest, Fidelis Mukonori, is acting as a middle-man': the role before the comma is his."""
    found = roles("The priest, Fidelis Mukonori, is acting as a middle-man between the two sides.")
    assert found["Fidelis Mukonori"] == "priest"  # the determiner is no part of the role shown (tidy_role)

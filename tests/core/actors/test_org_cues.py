"""Organisations typed and bounded by their context (issue 17, fourth round: organisations)."""

from tests.core.builders import mention_names as spans_of
from tests.core.builders import mention_types as types_of


def test_descriptor_noun_before_a_name_makes_it_an_organisation_in_every_use():
    """'team Vardino Coresta' is a club, and so is the later bare 'Vardino Coresta said'."""
    t = types_of("Portuguese second division team Vardino Coresta lost at home.",
                 "Vardino Coresta said the coach would stay.")
    assert t["Vardino Coresta"] == {"ORG"}


def test_descriptor_noun_after_a_name_makes_it_an_organisation():
    """'Le Soleron newspaper said' names a paper, though 'Le' is also a first name."""
    t = types_of("But Le Soleron newspaper said the bomb killed seven people.")
    assert t["Le Soleron"] == {"ORG"}


def test_firm_in_apposition_types_a_lone_word():
    """'mineral water firm Quadrico' is a company, also where it is named alone later."""
    t = types_of("Its publisher, mineral water firm Quadrico, denied the report.",
                 "Shares in Quadrico fell.")
    assert t["Quadrico"] == {"ORG"}


def test_noun_after_a_listed_place_or_nationality_is_a_modifier():
    """'a Moscow newspaper', 'a German newspaper': the place and the nationality are not organisations."""
    t = types_of("A Moscow newspaper said the talks failed.", "A German newspaper said the same.")
    assert t["Moscow"] == {"LOC"}
    assert "German" not in t or t["German"] == {"LOC"}


def test_capitalised_adjective_opening_a_sentence_is_no_organisation():
    """'Opposition group says...': a capitalised adjective before 'group' at the start is no name."""
    t = types_of("Opposition group says the army advanced.")
    assert "Opposition" not in t



def test_possessive_inside_a_company_name_is_kept():
    """"Hartmen's Bancorpix Inc." is one company: the possessive, then a word and a legal form."""
    assert "Hartmen's Bancorpix Inc." in spans_of("The purchase of Hartmen's Bancorpix Inc. was approved.")


def test_possessive_before_a_longer_company_name_is_two_firms():
    """"Gold Ridges' Kloovan Gold Mining Co": an unknown name after the plural possessive is another firm."""
    found = spans_of("Workers at Gold Ridges' Kloovan Gold Mining Co went on strike.")
    assert "Kloovan Gold Mining Co" in found and not any("'" in s for s in found)


def test_plural_possessive_inside_an_organisation_name_with_spaced_apostrophe():
    """Tokenised text spaces the apostrophe: "Lakeside Bond Traders ' Association" is still one name."""
    assert "Lakeside Bond Traders ' Association" in spans_of("The Lakeside Bond Traders ' Association said so.")


def test_and_inside_a_long_name_opened_by_a_place():
    """"Dublin Post and Telecommunications Administration" is one body though it starts with a listed town."""
    assert "Dublin Post and Telecommunications Administration" in spans_of(
        "The order came from the Dublin Post and Telecommunications Administration on Monday.")


def test_and_after_a_listed_place_is_a_list():
    """"Britain and European Union officials": a listed name before 'and' ends the first name."""
    found = spans_of("Talks between Britain and European Union officials ended.")
    assert "Britain" in found and "European Union" in found


def test_two_papers_sharing_a_name_are_not_glued_by_and():
    """"The Daily and Sunday Telegraph newspapers": 'and' joins two papers, not the words of one name."""
    assert not any(" and " in s for s in spans_of("The Daily and Sunday Telegraph newspapers cut 90 jobs."))


def test_day_name_opening_a_paper_after_the_is_kept():
    """"the Sunday Telegraph" keeps its day name; "On Monday Congress" does not glue the day to the body."""
    assert "Sunday Telegraph" in spans_of("She told the Sunday Telegraph about it.")
    assert "Congress" in spans_of("On Monday Congress passed the bill.")


def test_capital_noun_after_a_company_is_not_part_of_its_name():
    """"Quorvex CEO Anna Lind", "Quorvex GDRs": the CEO and the receipts are not the company's name."""
    found = spans_of("Quorvex CEO Anna Lind said the Quorvex GDRs would list soon.")
    assert "Quorvex" in found and not any(s.startswith("Quorvex ") for s in found)


def test_name_glued_after_a_listed_body_is_split_off_as_a_person():
    """"Speaker of the House of Representatives Wahrudi": the listed body, then a person."""
    t = types_of("Speaker of the House of Representatives Wahrudi called for calm.")
    assert t.get("House of Representatives") == {"ORG"} and t.get("Wahrudi") == {"PER"}


def test_place_that_is_a_first_name_before_a_plural_noun_is_a_team():
    """'Florida Marlins' (Florida is also a first name) is a team; 'Jordan Banks' (a surname) a person."""
    t = types_of("The Florida Marlins won again.", "Jordan Banks scored twice.")
    assert t["Florida Marlins"] == {"ORG"} and t["Jordan Banks"] == {"PER"}


def test_dictionary_words_next_to_a_score_are_a_team_in_a_sports_report():
    """In a football report 'Silver Arrow 3' is a team; outside sport, 'Silver Arrow' is no actor."""
    sport = types_of("Dunmore 1 Silver Arrow 3", "The coach said the league season was won with two goals in the match.")
    assert sport.get("Silver Arrow") == {"ORG"}
    assert "Silver Arrow" not in types_of("He read Silver Arrow twice on the train home.")


def test_golfer_with_a_dictionary_surname_next_to_his_score_stays_a_person():
    """'Mark Reed 72 76' in a golf leader board: a first name the tagger reads as a person, not a team."""
    t = types_of("Final scores: Paul Hunter 70 71 , Mark Reed 72 76 , Tom Lee 69 74 .",
                 "He won the tournament with a birdie on the last round of the season and the match.")
    assert t.get("Mark Reed", {"PER"}) == {"PER"}


def test_unknown_word_before_a_listed_company_is_an_organisation():
    """'Torvard Honda' (an unknown maker and a listed engine supplier) is a team; 'Henry Honda' a person."""
    t = types_of("3. Al Moreno ( U.S. ) , Torvard Honda , 54.507", "Henry Honda said he was pleased.")
    assert t["Torvard Honda"] == {"ORG"} and t["Henry Honda"] == {"PER"}

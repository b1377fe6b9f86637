"""Types on everyday news (issue 17, ninth round): national sides, firms, bands, stage names, people the
lists miss, venues and places, each on a short made-up text."""

from briefing.core.actors import extract_actors
from tests.core.builders import make_article
from tests.core.builders import mention_types as types_of


def actor_types(*sentences: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(make_article([" ".join(sentences)]))}


def test_country_that_plays_in_a_sports_report_is_its_side():
    """'Spain's 2-0 defeat', 'defeat by Holland', 'Spain are second', 'take on Ireland': national sides."""
    t = actor_types("Spain's 2-0 defeat by Holland on Tuesday hurt the coach.",
                    "The striker scored twice in the match and the league season goes on.",
                    "Spain are second on 12 points after the game.", "Next month Portugal take on Ireland.")
    assert t["Spain"] == "ORG" and t["Holland"] == "ORG" and t["Ireland"] == "ORG"


def test_country_in_a_sports_report_without_play_stays_a_place():
    """'in Spain' (where the match is) keeps the place."""
    t = actor_types("The match was played in Spain on Tuesday.", "The striker scored twice and the league goes on.",
                    "Fans flew to Spain for the game.")
    assert t["Spain"] == "LOC"


def test_organisation_word_written_in_two_is_a_firm():
    """'Delta Air Lines' ('Air Lines' is 'Airlines'), though 'Delta' is a first name."""
    assert types_of("Delta Air Lines came second in the survey.")["Delta Air Lines"] == {"ORG"}


def test_job_noun_at_a_name_makes_it_an_organisation():
    """'an economist at Natexis Banques Populaires': people work at organisations."""
    t = types_of('"Growth is strong," said Marc Toutai, an economist at Natexis Banques Populaires.')
    assert t["Natexis Banques Populaires"] == {"ORG"}


def test_initials_in_brackets_make_a_firm():
    """'Hewlett Packard (HP)': two surnames, but the initials after them name a firm."""
    t = types_of("A US woman is suing Hewlett Packard (HP), saying its printer cartridges fail.")
    assert t["Hewlett Packard"] == {"ORG"}


def test_plural_verb_after_a_name_makes_a_group():
    """'Duran Duran are': a band, not one person; 'Smith and Jones are' stays two people."""
    t = types_of("Chart stars Duran Duran are to appear in a special.", "Anna Smith and Peter Jones are to appear too.")
    assert t["Duran Duran"] == {"ORG"}
    assert t["Peter Jones"] == {"PER"} and t["Anna Smith"] == {"PER"}


def test_band_noun_before_a_name():
    """'the band Haldor Quist' is an organisation."""
    assert types_of("Fans of the band Haldor Quist packed the hall.")["Haldor Quist"] == {"ORG"}


def test_stage_name_after_a_performer_noun_is_a_person():
    """'rapper The Game', 'frontman Bono' (a listed town): people."""
    t = types_of("US rapper The Game is the latest protege of the label.", "The Game said he would leave.",
                 "U2 frontman Bono spoke in Davos.")
    assert t["Game"] == {"PER"} and t["Bono"] == {"PER"}


def test_age_closing_the_sentence_makes_a_person():
    """'Kadiza Sultana, 16.': an age after a name, even at the end of the sentence."""
    t = types_of("She fled with her friends Shamima Begum, 15, and Kadiza Sultana, 16. Police said the girls were safe.")
    assert t["Kadiza Sultana"] == {"PER"}


def test_name_shaped_as_an_organisation_with_mr_is_a_person():
    """'Abase Hussen' beside 'Mr Hussen': the text calls him a person."""
    t = types_of("The girl was aged just 13 Abase Hussen, circled, marched at the head of the rally.",
                 "Mr Hussen told MPs he was sorry.")
    assert t["Abase Hussen"] == {"PER"}


def test_venues_are_places():
    """'Boonies Bar', 'Palm Beach County Jail', 'Lackland Air Force Base': buildings and sites are places."""
    t = types_of("Police were called to Boonies Bar on Friday.", "She was released from Palm Beach County Jail on Sunday.",
                 "She served at Lackland Air Force Base in Texas.")
    assert t["Boonies Bar"] == {"LOC"} and t["Palm Beach County Jail"] == {"LOC"}
    assert t["Lackland Air Force Base"] == {"LOC"}


def test_town_before_its_listed_region_is_a_place():
    """'of Barnston, Wirral': an unknown word, then a comma and a listed region, is a town."""
    assert types_of("Dr Ram Manohar, 38, of Barnston, Wirral, denies the charges.")["Barnston"] == {"LOC"}


def test_dotted_state_code_after_a_place_is_a_place():
    """'Washington, D.C.' as 'Washington, DC'."""
    assert types_of("The awards were held at Hamilton Live in Washington, D.C. The event mixes music and politics.")["D.C."] == {"LOC"}

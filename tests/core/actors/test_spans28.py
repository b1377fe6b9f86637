"""Spans cut wrong and pieces of names taken as actors (issue 17, round 28): one made-up text per kind."""

from briefing.core.actors import extract_actors
from tests.core.builders import actor_names as _names
from tests.core.builders import actor_types, make_article, mention_types


def test_day_of_month_before_may_is_a_date():
    """ "the expected 5 May vote": May after a day number is the month, not a person."""
    names = _names("Voters in Dorvik go to the polls in the expected 5 May vote, said Mayor Elena Brask.",
                   "Brask said turnout could fall if the 5 May vote falls in the holidays.")
    assert "Elena Brask" in names
    assert "May" not in names


def test_the_capitalised_noun_of_a_name_is_one_name():
    """ "the Earldom of Kessel": a capitalised dictionary noun after "the" and its "of" name are one name."""
    names = _names("Aides from the Earldom of Kessel will appear before the committee, said Tom Varga.",
                   "The Earldom of Kessel provides the family's income, and Varga said the Earldom of Kessel "
                   "owns farms across the county.")
    assert "Earldom of Kessel" in names
    assert "Earldom" not in names and "Kessel" not in names


def test_romance_ground_name_with_des_is_one_place():
    """ "Stade des Sports Varenne": "des" joins the name, and a ground's Romance head word makes it a place."""
    types = mention_types("Kessel Rovers play at the Stade des Sports Varenne in Dorvik, which holds 9,000.",
                          "Coach Ann Lee said the Stade des Sports Varenne would be full.")
    assert types.get("Stade des Sports Varenne") == {"LOC"}
    assert "Sports Varenne" not in types


def test_possessive_owning_nothing_in_a_list_belongs_to_the_name():
    """ "Hollis & Crane's, Mott's and Fitch": "'s" before a list's comma owns nothing, so it is the name's."""
    names = _names("Three rating agencies - Hollis & Crane's, Mott's and Fitch - downgraded Varnhem Bank this week.",
                   "Varnhem Bank chief Tom Varga said the downgrade was unfair.")
    assert "Hollis & Crane's" in names
    assert "Hollis & Crane" not in names


def test_possessive_among_words_of_illness_stays_off():
    """ "victims of Keller's, Brandt's and ... disease": possessives in a list of illnesses are not names."""
    names = _names("Tom Varga said the research could help victims of Keller's, Brandt's and Motor Neurone disease.")
    assert "Keller's" not in names and "Brandt's" not in names


def test_two_word_place_demonym_before_a_name_is_no_actor():
    """ "Rhode Islander Ann Velder": a two-word place with "-er" says where she is from; its last word is no name."""
    names = _names("Rhode Islander Ann Velder pleaded guilty to the charges on Monday.",
                   "The court heard that Rhode Islander Ann Velder had shared the files. Velder will be sentenced.")
    assert "Ann Velder" in names
    assert not [n for n in names if "Islander" in n]


def test_coordinated_possessives_own_the_noun_after_the_last():
    """"Russia's and Belarus' intelligence agencies": both names own the agencies, so the first "'s" is no part
    of a name (no organisation "Russia's"); "Standard & Poor's, Moody's and Fitch said" still keeps the "'s"."""
    names = actor_types("Russia’s and Belarus’ intelligence agencies have joined forces, said Ivan Petrov.")
    assert names.get("Russia") == "LOC" and not any("’s" in n or "'s" in n for n in names)
    names = {a.name for a in extract_actors(make_article(["Standard & Poor's, Moody's and Fitch said the rating was safe."]))}
    assert "Standard & Poor's" in names

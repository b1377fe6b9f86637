"""Person, organisation and place types on short made-up texts (issue 17, third round: type confusions)."""

from tests.core.builders import mention_types as types_of


def test_name_ending_in_a_dictionary_noun_is_an_organisation():
    """'Halvorsen Dynamics', 'Brannock Cables': an unknown word then a common noun names a firm, not a person."""
    t = types_of("Shares in Halvorsen Dynamics rose on Monday.", "Brannock Cables said sales fell.")
    assert t["Halvorsen Dynamics"] == {"ORG"} and t["Brannock Cables"] == {"ORG"}


def test_name_ending_in_a_listed_surname_stays_a_person():
    """'Zeljko Brown': a last word that is a dictionary word but also a common surname keeps the person."""
    t = types_of("The goal was scored by Zeljko Brown in the second half.")
    assert t["Zeljko Brown"] == {"PER"}


def test_town_that_is_also_a_first_name_before_an_unknown_word_is_a_person():
    """'Torrance Quellner' (a town's name, then a word no dictionary knows) is a person, 'Warsaw Newsroom' a desk."""
    t = types_of("1. Torrance Quellner ( U.S. ) 48.23 seconds", "Contact the Warsaw Newsroom for details.")
    assert t["Torrance Quellner"] == {"PER"}
    assert t["Warsaw Newsroom"] == {"ORG"}


def test_long_person_name_read_by_the_tagger_is_a_person():
    """'Tjaart van der Merwelaan' (four words, no listed first name) is a person, not an organisation."""
    t = types_of("Scrum-half Tjaart van der Merwelaan scored two tries on Saturday.")
    assert t["Tjaart van der Merwelaan"] == {"PER"}


def test_long_run_of_dictionary_words_stays_an_organisation():
    """'National Tyre Safety Protection Campaign': a long run of dictionary words is never read as a person."""
    t = types_of("The National Tyre Safety Protection Campaign said the figures were worrying.")
    assert t["National Tyre Safety Protection Campaign"] == {"ORG"}


def test_dictionary_word_first_then_a_surname_read_as_a_person():
    """'Tiger Williams singled': a common word before a listed surname, in a person's context, is a person."""
    t = types_of("The Hawks took the lead when Tiger Williams singled home the tying run.")
    assert t["Tiger Williams"] == {"PER"}


def test_dictionary_word_before_a_place_stays_an_organisation():
    """'First Halifax' (a common word, then a listed place) stays an organisation."""
    t = types_of("Shares in First Halifax fell after the results.")
    assert t["First Halifax"] == {"ORG"}


def test_players_with_figures_in_a_sports_report_stay_people():
    """In a cricket report, 'b Zaqlo Rehmani 46' is a player the tagger reads as a person, not a team;
    'Halden Kickers 2' (a plural common noun) is still a team."""
    t = types_of(
        "The match was won by five wickets after a fine innings from the openers.",
        "He was caught by Wasko Qadri 46 runs later , and Zaqlo Rehmani 12 took the last wicket .",
        "In the football league , Halden Kickers 2 Moss 1 .")
    assert t["Zaqlo Rehmani"] == {"PER"} and t["Wasko Qadri"] == {"PER"}
    assert t["Halden Kickers"] == {"ORG"}


def test_unknown_word_read_as_a_place_in_one_use_is_a_place_in_all():
    """'Kvarnholt' first seen with no cue, then 'who live in Kvarnholt': every mention is a place."""
    t = types_of("Kvarnholt is a grim place , miners say .", "Many of the people who live in Kvarnholt left .")
    assert t["Kvarnholt"] == {"LOC"}


def test_unknown_word_after_from_is_not_made_a_place():
    """'research from Quellify' (a firm): "from" alone is no place cue for the other uses."""
    t = types_of("Quellify said piracy grew .", "The figures come from Quellify , a monitoring firm .")
    assert "LOC" not in t["Quellify"]


def test_two_word_name_led_by_a_foreign_article_is_an_organisation():
    """'Der Abendblick', 'El Vigilante' (an article, then a word) name newspapers, not people."""
    t = types_of("Der Abendblick reported the deal , and El Vigilante confirmed it .")
    assert t["Der Abendblick"] == {"ORG"} and t["El Vigilante"] == {"ORG"}


def test_listed_place_given_an_age_is_a_person_everywhere():
    """'Lugano, 41, said' (a town's name with an age) makes every use of the word a person."""
    t = types_of("The champion Lugano , 41 , said he would fight again .",
                 "Lugano told reporters he was fit .")
    assert t["Lugano"] == {"PER"}


def test_surname_that_is_a_country_after_in_with_a_possessive_is_the_person():
    """'in Jordan's film' after 'director Neil Jordan': the surname, not the country, in every use."""
    t = types_of("The director Neil Jordan said he never slept .",
                 "The actor plays the lead in Jordan 's film .",
                 "Jordan defends his decision .")
    assert t["Jordan"] == {"PER"}


def test_country_after_in_stays_a_place():
    """'in Jordan' (no possessive) with no person of that name stays the country."""
    t = types_of("The talks were held in Jordan on Monday .")
    assert t["Jordan"] == {"LOC"}


def test_owner_after_in_is_no_place_cue():
    """'the hole in Quorvex's finances' (a firm that owns) does not make the firm a place."""
    t = types_of("Quorvex said profits fell .", "He hid the hole in Quorvex 's finances .")
    assert "LOC" not in t["Quorvex"]


def test_shape_only_person_after_the_is_an_organisation():
    """'the Zorvak Plenth singer' (a band): a run typed a person only by its shape, after 'the', is no person."""
    t = types_of("The concert was cancelled , the Zorvak Plenth singer told reporters .")
    assert t["Zorvak Plenth"] == {"ORG"}

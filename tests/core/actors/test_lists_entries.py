"""Results lines, line-ups and name shapes (issue 17, seventh round): each rule on a short text written for it."""

from tests.core.builders import typed_sentences as typed
from tests.core.builders import types_listed as types_of


def test_team_of_an_entrant_in_a_results_line_is_an_organisation():
    """'Pia Larsen ( Norway ) , Lola Vantek , 1:22.451': the name between the country and the time is her car."""
    ms = typed("Results of the rally sprint on Sunday:",
               "1. Pia Larsen ( Norway ) , Lola Vantek , 82.451",
               "2. Tomas Berg ( Sweden ) , Marcy Dorval , 82.904")
    assert types_of(ms, "Lola Vantek") == ["ORG"]
    assert types_of(ms, "Marcy Dorval") == ["ORG"]
    assert types_of(ms, "Pia Larsen") == ["PER"]


def test_person_before_a_country_in_a_list_stays_a_person():
    """'Anna Holm ( Norway ) , Lisa Dahl ( Sweden )': a list of entrants, no time after the second name."""
    ms = typed("The finalists were Anna Holm ( Norway ) , Lisa Dahl ( Sweden ) and Mia Roos ( Finland ) .")
    assert types_of(ms, "Lisa Dahl") == ["PER"]


def test_two_words_typed_a_firm_by_shape_between_people_in_a_line_up_are_a_person():
    """'Dieter' is a dictionary word, so 'Dieter Kolbe' alone reads as a firm; between players it is one."""
    ms = typed("The home side named its team for the qualifier on Saturday.",
               "Norway : Erik Holm , Lars Dahl , Dieter Kolbe , Peter Vik , Thomas Lunde .")
    assert types_of(ms, "Dieter Kolbe") == ["PER"]


def test_firm_after_one_person_in_a_list_stays_a_firm():
    """'Jane Doe , Dieter Kolbe , said': one person before it is a name and her firm, not a list of people."""
    ms = typed("The deal was announced on Monday by Jane Doe , Dieter Kolbe , in a statement.")
    assert types_of(ms, "Dieter Kolbe") == ["ORG"]


def test_compass_word_before_a_place_word_is_one_region():
    """'Northern Cape': a compass adjective and a place word name a region, not the adjective and 'Cape'."""
    ms = typed("Farmers in Eastern Cape province asked for help after the drought.")
    assert types_of(ms, "Eastern Cape") == ["LOC"]


def test_compass_word_before_a_country_leaves_the_country():
    """'Northern Iraq': a part of a country; the country is the name."""
    ms = typed("Fighting in Northern Iraq went on for a week.")
    assert types_of(ms, "Iraq") == ["LOC"]


def test_place_ending_a_run_keeps_a_first_name_inside_it():
    """'Silver Deer Park Golf Course': 'Park' is a first name, but a run ending in 'Course' is a place, no person."""
    ms = typed("Ames shot a 64 at the Silver Deer Park Golf Course on Saturday.")
    assert types_of(ms, "Silver Deer Park Golf Course") == ["LOC"]


def test_press_digest_head_opened_by_a_foreign_article_is_a_paper():
    """'LA GAZETA' alone on a line of a press digest: an article of another language opens a paper's title."""
    ms = typed("These are the leading stories in the press on Saturday.", "LA GAZETA",
               "- The government raised fuel prices by ten percent.")
    assert types_of(ms, "LA GAZETA") == ["ORG"]


def test_line_opened_by_a_foreign_article_outside_a_press_digest_is_no_paper():
    """'LE PEN' alone on a line of a text that does not speak of the press: not read as a paper's title."""
    ms = typed("The election results came in on Sunday night.", "LE PEN",
               "- The party leader spoke in Paris.")
    assert types_of(ms, "LE PEN") != ["ORG"]


def test_name_typed_a_person_by_shape_alone_after_at_is_a_place():
    """'at Kesterby Wells': no first name, no initial, after 'at': a place, not a person."""
    ms = typed("Rain stopped play at Kesterby Wells on Friday afternoon.")
    assert types_of(ms, "Kesterby Wells") == ["LOC"]


def test_person_with_a_first_name_after_at_stays_a_person():
    """'looked at Peter Kesterby': a first name makes the person; the preposition does not."""
    ms = typed("The crowd looked at Peter Kesterby as he walked out.")
    assert types_of(ms, "Peter Kesterby") == ["PER"]


def test_first_word_glued_to_a_name_joins_it_when_the_document_names_both_together():
    """'Green Hope 4 4 0 0 9 3 12': 'Green' opens the line and 'Hope' is a first name, but the results
    line 'Dynamo 1 Green Hope 3' names the two words together: one team."""
    ms = typed("Results of the league matches on Sunday:", "Dynamo 1 Green Hope 3",
               "Standings after four rounds:", "Green Hope 4 4 0 0 9 3 12")
    assert [(t, s) for text, t, s in ms if "Hope" in text] == [("ORG", 1), ("ORG", 3)]
    assert types_of(ms, "Green Hope") == ["ORG", "ORG"]


def test_the_before_a_name_stays_out_of_it():
    """'The Commerce Department ... the Commerce Department': "The" is no part of the name."""
    ms = typed("The Commerce Department said orders rose. Economists had expected the Commerce Department to say so.")
    assert types_of(ms, "Commerce Department") == ["ORG", "ORG"]


def test_plural_noun_opening_a_sentence_and_never_capitalised_inside_one_is_no_name():
    """'Stallkeepers tried ...': a plural noun of agents at the start of a sentence, no name to the tagger."""
    ms = typed("Stallkeepers tried to block the road on Friday. The police moved them on.")
    assert types_of(ms, "Stallkeepers") == []


def test_surname_like_plural_before_a_country_in_brackets_stays_a_name():
    """'Halvorsers ( Norway ) 49.93': a word before a country in brackets is an entrant, whatever its ending."""
    ms = typed("Results of the 400 metres hurdles on Friday:", "Halvorsers ( Norway ) 49.93")
    assert types_of(ms, "Halvorsers") != []


def test_names_before_the_colon_of_a_scoreboard_line_are_the_ground():
    """'Kestering : Sussex 363 , Lancashire 218': a team and its score after the colon; before it, the ground."""
    ms = typed("Close of play scores in the county cricket championship on the second day of the match :",
               "Kestering : Sussex 363 and 144 , Lancashire 218 and 53-0 .",
               "Rain stopped play before lunch and the match will be drawn, the batting side said after the innings.")
    assert types_of(ms, "Kestering") == ["LOC"]
    assert types_of(ms, "Sussex") == ["ORG"]


def test_team_before_the_colon_of_a_scorers_line_stays_a_team():
    """'Wigan : Smith 23 , Jones 45': people and minutes after the colon; before it, the side."""
    ms = typed("Results of the rugby league matches on Sunday, with the scorers, after the season's last round:",
               "Wigan 42 Halifax 36", "Wigan : Peter Smith 23 , Tom Jones 45 .")
    assert types_of(ms, "Wigan") == ["ORG", "ORG"]


def test_dictionary_words_named_by_a_descriptor_noun_are_an_organisation():
    """'club Standard Arrow': two dictionary words read as a title of a work, but the noun before them names a club."""
    ms = typed("UEFA fined the Belgian club Standard Arrow on Friday for the behaviour of its fans.")
    assert types_of(ms, "Standard Arrow") == ["ORG"]


def test_event_named_after_a_descriptor_noun_stays_an_event():
    """'team World Cup qualifier': an event word ends the run; the noun before it does not make it a body."""
    ms = typed("The national team World Cup qualifier was played in Vienna on Saturday.")
    assert types_of(ms, "World Cup") == []


def test_letters_in_brackets_that_tell_two_clubs_apart_are_part_of_the_name():
    """'Sloga ( K ) 2': two clubs are called Sloga; the letter in brackets is part of the team's name."""
    ms = typed("Results of league soccer matches played on Saturday, with the standings after the round:",
               "Borac 1 Sloga ( K ) 2", "Zemun 0 Sloga ( P ) 0", "Sloga ( K ) 4 2 1 1 8 5 7")
    assert types_of(ms, "Sloga ( K )") == ["ORG", "ORG"]
    assert types_of(ms, "Sloga ( P )") == ["ORG"]
    assert not any(text in ("K", "P") for text, _, _ in ms)


def test_party_letter_after_a_person_stays_out_of_the_name():
    """'Senator Jane Roe ( D ) said': outside sport a letter in brackets is not part of a name."""
    ms = typed("Senator Jane Roe ( D ) said on Tuesday that the bill would pass.")
    assert types_of(ms, "Jane Roe") == ["PER"]


def test_the_before_a_first_name_and_a_plural_is_a_team():
    """'the Tyler Vipers routed ...': 'Tyler' is a first name, but "the" and a plural name a team, not a person."""
    ms = typed("Marco Silva fired a two-hitter as the Tyler Vipers routed the Pirates 10-0 on Friday.")
    assert types_of(ms, "Tyler Vipers") == ["ORG"]


def test_a_first_name_and_a_surname_ending_in_s_after_the_stays_a_person():
    """'the Tyler Woods' is not a team: 'Woods' is a listed surname."""
    ms = typed("Fans cheered for the Tyler Woods who won on Sunday, not the other one.")
    assert types_of(ms, "Tyler Woods") == ["PER"]


def test_other_side_of_a_result_line_with_a_listed_club_is_a_club():
    """'Deportivo Vesta 1 Real Madrid 1': a result names two sides of one kind; Real Madrid is a listed club."""
    ms = typed("Result of game played in the first division on Saturday :", "Deportivo Vesta 1 Real Madrid 1")
    assert types_of(ms, "Deportivo Vesta") == ["ORG"]


def test_two_people_with_numbers_are_not_read_as_a_result_between_clubs():
    """'Anna Holm 71 Lisa Dahl 72': no listed club on either side, so the shapes keep their reading."""
    ms = typed("Leading scores after the first round of the golf tournament on Thursday :", "Anna Holm 71 Lisa Dahl 72")
    assert types_of(ms, "Anna Holm") == ["PER"]


def test_lone_word_after_told_the_is_an_organisation():
    """'told the Sun': 'Sun' is a noise word alone, but people are not told things with "the" before their name."""
    ms = typed("The doctor who examined the boxer told the Sun that he could lose the sight of one eye.")
    assert types_of(ms, "Sun") == ["ORG"]


def test_noise_word_after_the_without_told_stays_out():
    """'under the Sun': no speech verb before it, so the noise word is no name."""
    ms = typed("They talked about everything under the Sun on Friday night.")
    assert types_of(ms, "Sun") == []


def test_word_used_as_a_name_before_a_lone_place_at_a_sentence_start_is_a_club():
    """'Rotor Kazan must play ...': 'Rotor' opens the sentence, but the text uses it as a name inside one."""
    ms = typed("Rotor Kazan must play their next home game behind closed doors after fans threw bottles.",
               "The defeat ended Rotor 's brief spell as league leaders.")
    assert types_of(ms, "Rotor Kazan") == ["ORG"]
    assert "Kazan" not in [text for text, _, _ in ms]


def test_common_word_before_a_place_at_a_sentence_start_stays_apart():
    """'Yesterday Kazan ...': the first word is not used as a name elsewhere, so the place stands alone."""
    ms = typed("Yesterday Kazan celebrated its anniversary with a parade.")
    assert types_of(ms, "Kazan") == ["LOC"]


def test_nationality_before_a_plural_organisation_word_is_one_name():
    """'British Universities': the plural of an organisation word ends a name; the nationality is its first word."""
    ms = typed("The touring side will also play against British Universities in June.")
    assert types_of(ms, "British Universities") == ["ORG"]


def test_plural_organisation_word_alone_is_no_name():
    """'Organisations' opening a sentence stays a common noun."""
    ms = typed("Organisations working in the area said the aid had arrived.")
    assert types_of(ms, "Organisations") == []


def test_italian_article_joins_the_parts_of_a_name():
    """'Gazzetta dello Sport': "dello" joins two capitalised words into one paper's name."""
    ms = typed("The Gazzetta dello Sport said the deal would cost the club around 60 million.")
    assert types_of(ms, "Gazzetta dello Sport") == ["ORG"]


def test_clipped_title_without_its_period_ending_a_run_is_part_of_the_name():
    """'Dali Sen agreed': "Sen" is the clipped title of a senator only with its period ("Sen. Dole"); here it
    ends a person's name (and "Dali", a listed town, is not the name)."""
    ms = typed("The minister Dali Sen agreed to meet the rebels on Friday.")
    assert types_of(ms, "Dali Sen") == ["PER"]


def test_clipped_title_with_its_period_stays_a_title():
    """'the Dali Gov .': with the period the title is read, and what leads it is the place."""
    ms = typed("Former Dali Gov . Lee Wong said nothing.")
    assert "Dali Gov" not in [text for text, _, _ in ms]


def test_surname_that_is_a_word_opening_a_line_of_players_is_a_person():
    """'Young , Jerry Kell , Tim Simms , Olin Brand': a list of players carried on from the line before."""
    ms = typed("Leading first-round scores in the golf tournament on Thursday :", "68 Mark Lane , Peter",
               "Young , Jerry Kell , Tim Simms , Olin Brand")
    assert types_of(ms, "Young") == ["PER"]


def test_word_opening_a_sentence_before_one_person_stays_a_word():
    """'Young , Jerry Kell said': one person after it is no list of players."""
    ms = typed("Young , Jerry Kell said , was how he felt on the day he left.")
    assert types_of(ms, "Young") == []


def test_sports_centre_is_a_venue():
    """'the Kelso Tennis Centre': a centre named for a sport is where it is played, a place."""
    ms = typed("Results from the open championships at the Kelso Tennis Centre on Saturday.")
    assert types_of(ms, "Kelso Tennis Centre") == ["LOC"]


def test_name_before_a_house_of_worship_is_a_place():
    """'the Kavran mosque ... pray at Kavran': the noun after the name makes it a building, a place."""
    ms = typed("Police stopped worshippers on their way to the Kavran mosque on Friday.",
               "Many still came to pray at Kavran.")
    assert types_of(ms, "Kavran") == ["LOC", "LOC"]

"""English key-actor leftovers of issue 17 (round kinds3): junk names in the top 8. Made-up texts."""

from tests.core.builders import actor_type_roles, actors_of, names


def test_sentence_first_word_before_a_noun_of_people_is_a_modifier():
    """'Charity boss Ann Lee said', 'Defence lawyers argued': the capitalised first word qualifies the noun."""
    got = actor_type_roles("Charity boss Ann Lee said the hospital in Dorchester must stay open.",
                           "Defence lawyers argued the plan was unlawful. Union leaders met on Monday.")
    assert "Charity" not in got and "Defence" not in got and "Union" not in got
    assert got["Ann Lee"] == ("PER", "Charity boss")
    assert got["Dorchester"][0] == "LOC"


def test_sentence_first_name_before_a_verb_stays():
    """'Oxfam said': a name before a verb keeps its mention; a listed body before a noun of people too."""
    got = names(actors_of("Oxfam said the cuts would hurt. Oxfam staff in Leeds agreed. Oxfam workers marched."))
    assert "Oxfam" in got


def test_present_tense_title_case_line_in_the_body_is_a_subheading():
    """'Ministers Face Fines Over Delays': verbs and common nouns capitalised only by the headline style."""
    got = actor_type_roles("The council in Hull was fined on Monday for delays to the bridge, said Jo Banks, its leader.",
                           "Ministers Face Fines Over Delays",
                           "Government lawyers said the fines were lawful. Jo Banks said the council would appeal.")
    assert not [n for n in got if "Fines" in n or "Delays" in n]
    assert got["Jo Banks"][0] == "PER" and got["Hull"][0] == "LOC"


def test_title_case_line_of_names_is_no_subheading():
    """A line naming a body with its organisation word stays a name: 'National Farmers Union Welcomes Review'."""
    from briefing.core.actors.lexicon import _lexicon
    from briefing.core.actors.subheadings import headline_in_body
    from briefing.core.actors.tokens import _tokenize

    lex = _lexicon()
    assert headline_in_body(_tokenize("Ministers Face Fines Over Delays"), lex)
    assert headline_in_body(_tokenize("Drivers Face Longer Queues At Border"), lex)
    assert not headline_in_body(_tokenize("Royal Bank of Scotland Group"), lex)
    assert not headline_in_body(_tokenize("Ministers face fines over delays"), lex)


def test_town_after_off_at_sea_is_a_place():
    """'ran aground off Oban', 'sank two miles off Portree': 'off' after a word of lying at sea places the town."""
    got = actor_type_roles("A ferry ran aground off Oban on Sunday. A yacht sank two miles off Portree.",
                           "Captain Ewan Ross said the tide had turned.")
    assert got["Oban"][0] == "LOC"
    assert got["Portree"][0] == "LOC"

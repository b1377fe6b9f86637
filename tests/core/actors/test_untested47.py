"""Rules that passed every test with the rule switched off (issue 17, branch tests47): a short text written for
each, which fails without the rule."""

from tests.core.builders import actors_of, mention_types
from tests.core.builders import types_named as _types


def test_score_after_a_result_verb_alone_makes_a_country_its_side():
    """'(Norway won 3-1 on Sunday)' with no other side cue in the text: the result verb and its score make the
    country its national side."""
    actors = actors_of("Lars Berg says he wants to rejoin the national team after a row with the coach.",
                       "He watched the game in a bar. \"I saw them play (Norway won 3-1 on Sunday) and I want to "
                       "help,\" he said.")
    assert _types(actors, "Norway") == ["ORG"]


def test_a_listed_person_after_and_and_a_descriptor_is_no_group():
    """'Ann Cole and neighbour Tom Hale were at home': the plural verb agrees with the list, not with the name
    after 'and' and a lower-case descriptor, so Tom Hale stays a person (not a band, as 'Duran Duran are')."""
    actors = actors_of("Ann Cole and neighbour Tom Hale were at home when the fire started on Friday.",
                       "Firefighters said Hale had called them at once.")
    assert _types(actors, "Tom Hale") == ["PER"]


def _names(actors) -> set[str]:
    return {a.name for a in actors}


def test_a_title_after_the_is_not_joined_to_its_of_name():
    """'the Archbishop of Westminster': a title written with a capital after 'the' is no name's first word, so
    'of' does not join it to the place, which stays an actor of its own."""
    actors = actors_of("His words came as Cardinal John Hale, the Archbishop of Westminster, backed the new law.",
                       "Hale spoke on Sunday.")
    assert _types(actors, "Westminster") == ["LOC"]
    assert not any("Archbishop" in n for n in _names(actors))


def test_a_role_noun_after_the_is_not_joined_to_its_of_name():
    """'the Editor of The Times', 'The Coach of Leeds United': a role noun with a capital after 'the' names a job,
    not a body; the organisation after 'of' stays whole and alone."""
    actors = actors_of("Ann Lee, the Editor of The Times, said the paper would appeal.",
                       "The Coach of Leeds United, Tom Cole, was sacked on Monday.")
    assert _types(actors, "Times") == ["ORG"]
    assert _types(actors, "Leeds United") == ["ORG"]
    assert not any("Editor" in n or "Coach" in n for n in _names(actors))


def test_a_stop_word_after_the_is_not_joined_to_its_of_name():
    """'the Second of May', 'the Right of Return': a capitalised function word after 'the' (an ordinal, 'right')
    starts no name, so 'of' makes no organisation of it."""
    actors = actors_of("Fans gathered for the Second of May parade in Madrid, said Tom Cole.",
                       "Palestinian leaders demand the Right of Return for refugees, Ann Lee said.")
    assert not any("Second" in n or "Right" in n for n in _names(actors))
    assert _types(actors, "Madrid") == ["LOC"]


def test_the_lender_said_after_a_comma_fenced_adverb_in_tokenised_text():
    """'The Halifax , meanwhile , said' (text split into tokens, as wire copy and CoNLL carry it): the adverb
    between commas still leaves 'The X said', a body that takes 'the', not the town."""
    actors = actors_of("The Halifax , meanwhile , said house prices rose 2 % in March .",
                       "The Nationwide said prices rose 1 % .")
    assert _types(actors, "Halifax") == ["ORG"]


def test_a_town_and_a_compass_word_after_in_is_a_seat():
    """'in Norwich Central': after a preposition of place a listed town and a compass word name a seat or a
    part of the town, a place (not a body named after the town)."""
    types = mention_types("The Liberal Democrats hope to gain ground in Norwich Central next year.",
                          "The seat was held by a small majority.")
    assert types["Norwich Central"] == {"LOC"}


def test_a_town_and_a_compass_word_after_a_colon_before_a_comma_is_a_seat():
    """'are: Leicester West, Tom Cole;': after a colon a listed town and a compass word stay a seat though a
    comma and a person's name follow (no other seat after the comma)."""
    types = mention_types("The candidates are: Leicester West, Tom Cole; Norwich Central, Ann Lee.",
                          "The votes are counted on Friday.")
    assert types["Leicester West"] == {"LOC"}


def test_a_short_word_ending_in_men_is_no_trade():
    """'Yemen's Football Association': a word of five letters ending in 'men' is no trade's '-men' (a country
    here), so the possessive does not run on into the body; the country and the body stay two names."""
    actors = actors_of("Yemen's Football Association fined the club on Monday.", "The club will appeal.")
    assert _types(actors, "Yemen") == ["LOC"]
    assert _types(actors, "Football Association") == ["ORG"]


def test_a_men_possessive_runs_on_only_into_a_body():
    """'The Irishmen's Johnny Sexton': the '-men' possessive runs on only into a body's name (one ending on an
    organisation word), not into the person after it."""
    actors = actors_of("The Irishmen's Johnny Sexton kicked three penalties in Dublin.", "Sexton was named man of the match.")
    assert _types(actors, "Johnny Sexton") == ["PER"]


def test_a_hyphenated_trade_and_a_long_body_name_run_on():
    """'The Ex-Servicemen's Association', 'the Seamen's Union Executive Committee Chairman Tom Cole': a hyphenated
    trade runs on into its body too, and a body of three words ends the name though a title follows it."""
    actors = actors_of("The Ex-Servicemen's Association held a parade in Leeds.",
                       "The Seamen's Union Executive Committee Chairman Tom Cole spoke in Liverpool.")
    assert _types(actors, "Ex-Servicemen's Association") == ["ORG"]
    assert _types(actors, "Seamen's Union Executive Committee") == ["ORG"]


def test_a_listed_body_in_capitals_stays_the_body_beside_a_namesake():
    """'FORD shares rose' beside 'Harrison Ford': a word in capitals the lists know as a body stays the body, not
    the person who shares its name."""
    actors = actors_of("Ann Lee of the Ford Motor Company met Harrison Ford.", "FORD shares rose.")
    assert _types(actors, "FORD") == ["ORG"]

"""Spans, thirty-second round (issue 17, branch spans32): a sport and a country naming a national body, a count
of a chain's shops before its name. Each test is a short text written for it."""

from tests.core.builders import actors_of, by_name, names


def test_sport_and_country_name_a_national_body():
    """'Rowing Canada', 'Netherlands Hockey' and 'British Swimming': a sport and a country (or a nationality),
    either way round, name the sport's national body, an organisation; the sport is not trimmed off as noise."""
    actors = actors_of("Netherlands Hockey has signed a new deal with a kit maker for its squads.",
                       "The deal was welcomed by Rowing Canada's Jan Vos, who said British Swimming would follow.",
                       "Netherlands Hockey said the deal runs for four years.")
    for name in ("Netherlands Hockey", "Rowing Canada", "British Swimming"):
        actor = by_name(actors, name)
        assert actor is not None and actor.type == "ORG", name
    assert "Canada" not in names(actors)


def test_count_of_a_chains_shops_is_no_part_of_its_name():
    """'120 Kettle shops': a number before a dictionary word is kept as one name for '50 Cent', but a plural
    noun for premises after it counts the chain's shops, so the name is 'Kettle', not '120 Kettle'."""
    actors = actors_of("Five Vinyl Barn megastores and 120 Kettle shops were expected to open early on Friday to let "
                       "people buy the console.",
                       "\"We know customers want it at once,\" said Ann Price, Kettle's UK sales director.",
                       "Kettle said it expected queues.")
    assert "Kettle" in names(actors)
    assert not any(n.startswith("120") for n in names(actors))


def test_the_letter_and_word_is_a_shows_title():
    """'The Q Ladder', 'the Q Ladder': after 'the', a lone capital letter and a capitalised word are one title of
    a show, no actor; the letter is not trimmed off leaving the word ('Ladder') as an organisation."""
    actors = actors_of("TV talent show The Q Ladder is to return for a second series after being recommissioned by ITV.",
                       "\"Working on the Q Ladder has been a blast,\" said judge Simon Cowell.",
                       "Cowell said series two will be even better.")
    assert "Ladder" not in names(actors) and "Q Ladder" not in names(actors)
    assert "ITV" in names(actors)

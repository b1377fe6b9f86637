"""English key-actor leftovers of issue 17 (round kinds4). Made-up texts."""

from tests.core.builders import actor_type_roles, actors_of


def test_title_owning_a_noun_of_the_land_is_a_place():
    """'King's Cross', 'Bishop's Wood': a title with "'s" and a noun of the land names a place, not a person
    "Cross" titled "King"."""
    got = actor_type_roles("Bishop's Wood station was closed on Monday after a fire. Trains from Bishop's Wood were cancelled.",
                           "Rail minister Paul Dyer said services would resume.")
    assert not [n for n in got if n in ("Wood", "'s Wood", "Bishop")]
    assert got["Bishop's Wood"][0] == "LOC"
    assert got["Paul Dyer"] == ("PER", "Rail minister")


def test_agent_noun_with_its_employer_is_a_role():
    """', a market strategist at Halden Bank', ', a senior fellow at the Harlow Institute', ', a pollster at X':
    a noun with an agent suffix or a post, then its employer, heads a role the role-noun list lacks."""
    got = actor_type_roles("Shares fell on Monday, said Leo Brandt, a market strategist at Halden Bank.",
                           "Nina Okafor, a senior fellow at the Harlow Institute, said the fall was overdue.",
                           "The party leads by five points, said Carl Mendes, a pollster at Surveyline.")
    assert got["Leo Brandt"] == ("PER", "market strategist at Halden Bank")
    assert got["Nina Okafor"] == ("PER", "senior fellow at the Harlow Institute")
    assert got["Carl Mendes"] == ("PER", "pollster at Surveyline")


def test_agent_noun_without_an_employer_is_no_role():
    """', a number of ...', ', a corner in Leeds': no employer after the noun, so no role."""
    got = actor_type_roles("The match was won by Leo Brandt, a winner in Leeds, on Sunday.",
                           "Nina Okafor, a member of the public, said it was fair.")
    assert got["Leo Brandt"] == ("PER", "")


def test_agent_role_is_told_apart_from_a_listed_role():
    """A role only by an agent noun and its employer (shown, but weighed as no role in the ranking: on tune it
    lifted sources such as 'a senior fellow at the Brookings Institution' over key actors); a listed role noun
    keeps its weight."""
    from briefing.core.actors.employer_roles import agent_role_only
    from briefing.core.actors.lexicon import _lexicon

    lex = _lexicon()
    assert agent_role_only(lex, "market strategist at Halden Bank")
    assert not agent_role_only(lex, "market analyst at Halden Bank")
    assert not agent_role_only(lex, "pollster")

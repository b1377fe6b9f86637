"""Organisations, thirty-fourth round (issue 17, branch orgs34): two firms listed with "and", bodies named for
a cause or an aim. Each test is a short text written for it."""

from tests.core.builders import actor_types, actors_of, by_name, names


def test_acronym_and_a_firm_are_two_firms():
    """'FDX and Nordic Post were the likeliest buyers': a lone acronym before "and" is a firm of its own, not the
    first word of one name ending in an organisation word ("Post")."""
    actors = actors_of("Parcel firm Kestrel Freight is up for sale, and its shares rose by a fifth on Monday.",
                       "One analyst said FDX and Nordic Post were the likeliest buyers.",
                       "Nordic Post declined to comment.")
    assert "FDX and Nordic Post" not in names(actors)
    assert by_name(actors, "Nordic Post") is not None
    assert by_name(actors, "FDX") is not None


def test_body_named_for_a_cause_with_a_capitalised_preposition():
    """'Teachers Without Frontiers': a plural noun, a capitalised preposition and a noun name a body (ORG), not
    a group of people dropped as common words."""
    actors = actors_of("The jailing of the writer was criticised by the watchdog Teachers Without Frontiers.",
                       "A spokesman for Teachers Without Frontiers called the sentence harsh.")
    actor = by_name(actors, "Teachers Without Frontiers")
    assert actor is not None and actor.type == "ORG"


def test_body_named_for_its_aim_after_to():
    """'Alliance to Save Village Pubs': an organisation word, a lower-case "to" and a capitalised verb of purpose
    make one name; 'Save Village Pubs' alone is no actor."""
    actors = actors_of("The Alliance to Save Village Pubs named 3 March as a day of action.",
                       "About 5,000 people signed its petition on the day.")
    actor = by_name(actors, "Alliance to Save Village Pubs")
    assert actor is not None and actor.type == "ORG"
    assert "Save Village Pubs" not in names(actors)


def test_singular_of_a_listed_plural_short_form_joins_the_party():
    """'Lib Dem spokeswoman' beside 'the Liberal Democrats': the singular of a listed short form ("Lib Dems") is
    the listed body, one actor, even when the text never writes the plural short form."""
    actors = actors_of("The Liberal Democrats will vote against the housing bill on Tuesday.",
                       "Lib Dem spokeswoman Ann Carr said the bill would raise rents.")
    assert "Lib Dem" not in names(actors)
    party = by_name(actors, "Liberal Democrats")
    assert party is not None and "Lib Dem" in party.aliases


def test_listed_town_after_the_with_a_speech_verb_is_an_organisation():
    """'The Coventry, meanwhile, said': a town takes no "the"; a listed town after "the" that says something is an
    organisation named after it (a lender, a building society), not the place."""
    actors = actors_of("House prices rose by 2% in the year to March, official figures showed.",
                       "The Coventry, meanwhile, said that prices rose by 1.1% in December.")
    actor = by_name(actors, "Coventry")
    assert actor is not None and actor.type == "ORG"


def test_town_opening_a_firms_full_name_is_the_firm():
    """'Bilbao shareholders' beside 'the bank, Bilbao Central Hispano': a listed town that opens the full name of a
    firm the text introduces is the firm's short name, one actor with it, not the town."""
    actors = actors_of("The chairman of Spain's biggest bank, Bilbao Central Hispano, went on trial on Monday.",
                       "The case began after two Bilbao shareholders filed a complaint.",
                       "Bilbao's board rejected the charges. He has turned Bilbao into a top bank.")
    bank = by_name(actors, "Bilbao Central Hispano")
    assert bank is not None and "Bilbao" in bank.aliases
    assert by_name(actors, "Bilbao") is None


def test_a_town_after_a_preposition_and_the_stays_a_place():
    """"Officials in the Hague said": "the X said" names a firm only when X is the subject, not after "in the";
    a seat of government ("The Hague said") stays the place."""
    for text in ("Officials in the Hague said the court would rule.", "The Hague said nothing on Monday.",
                 "Police in the Wirral said the road was closed."):
        types = actor_types(text)
        assert types.get("Hague", types.get("Wirral")) == "LOC", (text, types)

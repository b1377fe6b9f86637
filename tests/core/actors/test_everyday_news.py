"""Detection and typing errors a reader sees on everyday news, on short made-up texts (issue 17, seventh round)."""

from briefing.core.actors import extract_actors
from tests.core.builders import make_article
from tests.core.builders import mention_types as types_of


def test_guild_and_brotherhood_name_organisations():
    """'Glass Painters Guild', 'Hill Road Brotherhood': all dictionary words, but the last one names a body."""
    t = types_of("The Glass Painters Guild elected a new chair on Monday.",
                 "Members of the Hill Road Brotherhood met teachers.")
    assert t["Glass Painters Guild"] == {"ORG"}
    assert t["Hill Road Brotherhood"] == {"ORG"}


def test_name_before_award_is_an_award_not_an_actor():
    """'a Golden Globe award', 'an Emmy nomination': the run names an award; the people around it stay."""
    t = types_of("The film earned Tom Marsh a Golden Globe award last year.", "His rival got an Emmy nomination.")
    assert "Golden Globe" not in t and "Emmy" not in t
    assert t["Tom Marsh"] == {"PER"}


def test_initials_before_a_surname_are_a_person_even_when_a_listed_acronym():
    """'AP McCoy': two capitals before a Gaelic surname are initials, not the news agency AP."""
    actors = extract_actors(make_article(["Jockey AP McCoy won the race at Cheltenham. McCoy said he was delighted."]))
    mccoy = next(a for a in actors if a.name == "AP McCoy")
    assert mccoy.type == "PER" and "McCoy" in mccoy.aliases


def test_exhibition_and_shopping_centres_are_places_and_end_before_their_town():
    """Venues are places: 'Carrick Exhibition and Conference Centre', 'Westgate Shopping Centre' are LOC and
    'in Glasgow' is not glued to the venue; a 'Centre for ...' is still a body."""
    t = types_of("The party met at the Carrick Exhibition and Conference Centre in Glasgow.",
                 "Delegates at the Westgate Shopping Centre cheered.", "The Centre for Policy Studies said so.")
    assert t["Carrick Exhibition and Conference Centre"] == {"LOC"}
    assert t["Westgate Shopping Centre"] == {"LOC"}
    assert t["Glasgow"] == {"LOC"}
    assert t["Centre for Policy Studies"] == {"ORG"}


def test_a_remit_written_as_a_list_stays_in_the_name():
    """'Department for Farming, Fisheries and Forests' is one body; 'Department for Transport, Ofwex and Network
    Rail' is a list: a word no dictionary knows ends the remit."""
    t = types_of("A spokesman for the Department for Farming, Fisheries and Forests said no.",
                 "Officials from the Department for Transport, Ofwex and Network Rail met.")
    assert t["Department for Farming, Fisheries and Forests"] == {"ORG"}
    assert {"Department for Transport", "Ofwex", "Network Rail"} <= set(t)

"""Types and merges, thirty-fourth round (issue 17, branch types34): venues, people named alone and merges. Each
test is a short text written for it."""

from tests.core.builders import actors_of, types_named as _types


def test_a_name_before_cinema_or_theatre_is_a_venue():
    """'held at the Velmont Arcady cinema': a cinema or a theatre named as the place of an event is a place (the
    gold's venue convention), as 'the Moulin Rouge cabaret' is."""
    actors = actors_of("Rival directors will meet at the ceremony, to be held at the Velmont Arcady cinema in Leeds "
                       "on 20 March.", "The prize was first given in 1998, the guild's chairman Tom Reed said.")
    assert _types(actors, "Velmont Arcady") == ["LOC"]


def test_listed_town_as_a_surname_that_acts_after_a_list_joins_the_person():
    """'at Twickenham and Kirwan says': a listed town that is the surname of the person named in full is that
    person when it acts, though the list lends it the place's preposition."""
    actors = actors_of("Italy coach John Kirwan believes his side can upset England in the rugby match.",
                       "The two sides, both without a win this season, meet on 12 March at Twickenham and Kirwan "
                       "says his side will be ready.",
                       "Kirwan said the kicking was the decisive factor in their defeat, and the players will train "
                       "on their goal kicks before the game.")
    assert _types(actors, "Kirwan") == []
    assert _types(actors, "John Kirwan") == ["PER"]


def test_a_name_owning_an_authored_work_is_a_person():
    """"Velkor's opera Marisa": a lone unknown name owning an opera, a novel or a symphony is its author, a person,
    not the organisation a lone unknown word defaults to."""
    actors = actors_of("A film version of Velkor's opera Marisa has won the top prize at the festival.",
                       "The jury praised the singers and the director of the film.")
    assert _types(actors, "Velkor") == ["PER"]

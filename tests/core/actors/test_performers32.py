"""Performers, bands and awards, thirty-second round (issue 17, branch performers32). Each test is a short text
written for it."""

from tests.core.builders import actors_of, names, types_named as _types


def test_listed_town_used_as_the_show_in_a_music_text_is_no_place():
    """'at the Brits on Tuesday': a plural-looking listed town (Brits, South Africa) with the article before it
    in a text about albums and charts is the awards show, not the town, in all its uses."""
    actors = actors_of("The Lanterns won best group at the Brits on Tuesday, and their album climbed the chart.",
                       "Singer Mara Holt said Brits success had helped the band sell more records than ever.")
    assert "Brits" not in names(actors)


def test_listed_town_after_in_or_outside_music_stays_a_place():
    """'a mine in Brits' keeps the town; so does 'the Andes' in a text with no music words."""
    actors = actors_of("Miners at a platinum mine in Brits went on strike on Monday.",
                       "The union said talks with the owners in Brits would resume, and the band of workers grew.")
    assert _types(actors, "Brits") == ["LOC"]
    actors = actors_of("Climbers from Chile crossed the Andes in winter.", "They said the Andes were colder than ever.")
    assert _types(actors, "Andes") == ["LOC"]


def test_name_before_frontman_and_a_name_is_a_band():
    """'Otto Lorenz frontman Kai Brandt': a name shaped like a person's (two first names) before 'frontman' and
    a name is the band, in all its uses; without the noun the same name stays a person."""
    actors = actors_of("Otto Lorenz frontman Kai Brandt has asked the government for more help for musicians.",
                       "Brandt said Otto Lorenz would play at the festival in June.")
    assert _types(actors, "Otto Lorenz") == ["ORG"]
    assert _types(actors, "Kai Brandt") == ["PER"]
    actors = actors_of("Otto Lorenz thanked Kai Brandt for more help for musicians.",
                       "Brandt said Otto Lorenz would play at the festival in June.")
    assert _types(actors, "Otto Lorenz") == ["PER"]

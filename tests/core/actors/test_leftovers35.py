"""Leftovers of the tune part's lines 193-306 (issue 17, branch leftovers35). Each test is a short text written
for it."""

from tests.core.builders import actors_of, by_name, names


def test_news_channel_keeps_its_number():
    """'Daily Courier News 24': a one- or two-digit number after "News" closing a broadcaster's name is the
    channel's, kept in the name; a count after it is not ("News 24 hours a day")."""
    actors = actors_of("A survey of 900 voters by Polldata for Meridian News 24 found little trust in ministers.",
                       "Former minister Jane Holt told Meridian News 24 that the gap was real.")
    assert by_name(actors, "Meridian News 24") is not None
    assert "Meridian News" not in names(actors)
    actors = actors_of("Meridian News runs 24 hours a day.", "Meridian News 24 hours later said more.")
    assert "Meridian News 24" not in names(actors)


def test_english_regions_are_places_and_keep_and_the():
    """The English statistical regions are listed places: 'East Midlands' in a price list is a place, not an
    organisation, and 'Yorkshire and the Humber' is one name, not 'Yorkshire' and 'Humber'."""
    actors = actors_of("Rents rose fastest in the East Midlands at 9.1%, followed by Yorkshire and the Humber on 8.7%.",
                       "Landlords in the East Midlands said demand was strong.")
    region = by_name(actors, "East Midlands")
    assert region is not None and region.type == "LOC"
    whole = by_name(actors, "Yorkshire and the Humber")
    assert whole is not None and whole.type == "LOC"
    assert "Humber" not in names(actors) and "Yorkshire" not in names(actors)


def test_maker_and_edition_word_is_the_maker():
    """'Orbix Plus' beside 'Orbix has said': a maker's name and an edition word name its product; the maker,
    named alone too, is the one actor (an organisation), not the product."""
    actors = actors_of("Cable firm Telenet is to offer a recorder to challenge Orbix Plus.",
                       "Orbix Plus is the market leader among video recorders, and Orbix Plus boxes cost 99 pounds.",
                       "Orbix has said it aims to sell two million more by 2010.")
    assert "Orbix Plus" not in names(actors)
    maker = by_name(actors, "Orbix")
    assert maker is not None and maker.type == "ORG"

"""Things that are not actors (issue 17, works20): a source's dateline, shows, ships, events, adjectives.

Short made-up texts, one per kind.
"""

from briefing.core.actors import extract_mentions
from tests.core.builders import actors_of, make_article, mention_names as names


def test_the_source_in_a_dateline_is_not_an_actor():
    """'(KNN)A new Ostland law ...' names the network that sent the text, not an actor of the story."""
    found = {a.name for a in actors_of(
        "(KNN)A new Ostland law bans night flights, Governor Pell Varga said on Monday.",
        "Varga signed the bill after a long debate. KNN's Ada Rook contributed to this report.")}
    assert "Pell Varga" in found
    assert "KNN" not in found


def test_a_source_the_story_quotes_stays_an_actor():
    """'VELDA, Ostland (KNN) -- ...' then 'told KNN': the network is part of the story."""
    found = {a.name for a in actors_of(
        "VELDA, Ostland (KNN) -- The fisherman Ivo Brandt was rescued at sea on Thursday.",
        "\"I prayed every day,\" Brandt told KNN.")}
    assert "Ivo Brandt" in found and "KNN" in found


def test_a_large_moon_is_a_place():
    """'Jupiter's moon Europa': a body news names as a place, as it names Mars (celestial-bodies.txt)."""
    found = {m.text: m.type for m in extract_mentions(make_article([
        "Probes found salt water under the ice of Jupiter's moon Europa, the agency said.",
        "Europa may hold more water than Earth."]))}
    assert found.get("Europa") == "LOC"


def test_a_title_after_the_cast_of_or_a_contestant_on_is_a_work():
    """'The cast of Varnhem' and 'a contestant on Brainbox' name a film and a show, everywhere in the text."""
    found = names("Actress Lina Dorsk makes her debut in Varnhem this spring.",
                  "The cast of Varnhem also includes Oskar Pell. Varnhem opens in May.",
                  "Dorsk was once a contestant on Brainbox, hosted by Ted Marl. Brainbox ran for years.")
    assert {"Lina Dorsk", "Oskar Pell", "Ted Marl"} <= found
    assert "Varnhem" not in found and "Brainbox" not in found


def test_a_podcast_called_x_and_a_tv_game_show_are_works():
    """'a podcast called The Varga Hour' and 'the TV game show Quizmo Kassel' are works, not organisations."""
    found = names("Rob Tallis records a daily podcast called The Varga Hour from his garage.",
                  "He loves doing The Varga Hour. In 2010 he won the TV game show Quizmo Kassel, filmed in Leeds.",
                  "Quizmo Kassel is still popular.")
    assert {"Rob Tallis", "Leeds"} <= found
    assert not {n for n in found if "Varga" in n or "Kassel" in n}


def test_a_name_before_tv_shows_is_a_show_and_its_short_form_too():
    """'the Crime Lab TV shows' make "Crime Lab" a show; 'Forensic Crime Lab (FCL)' and 'the FCL TV series'
    make the bracketed long form one too; a broadcaster before a titled show stays ('the Kanal Nord TV show Night Desk')."""
    found = names("Jurors expect too much thanks to the FCL TV series, expert Dana Reel said.",
                  "Forensic Crime Lab (FCL) has many fans. Reel appeared on the Kanal Nord TV show Night Desk.")
    assert {"Dana Reel", "Kanal Nord"} <= found
    assert "FCL" not in found and "Forensic Crime Lab" not in found


def test_a_likeness_suffix_is_no_mention():
    """'"Velkan Trek"-type aliens': a comparison with a work, not an actor."""
    found = names('They may not be "Velkan Trek"-type aliens, but Dr Ulla Brenn of Velda Space said life may exist.')
    assert "Ulla Brenn" in found and "Velkan Trek" not in found


def test_an_event_after_a_time_possessive_is_an_event():
    """"this week's Dubrin Marlo event": an event's name; a company's own name before "event" without a
    time's possessive stays."""
    found = names("Player Nina Ovar spoke after this week's Dubrin Marlo event was announced.",
                  "Ovar will also play at the Brenco event in June.")
    assert "Nina Ovar" in found and "Brenco" in found
    assert "Dubrin Marlo" not in found


def test_a_ship_named_after_a_ship_noun_or_aboard_is_not_an_actor():
    """'the container ship Nordic Hale', 'aboard the Sea Wren': ships; 'aboard a Skyvia flight' keeps the airline."""
    found = names("Sailor Ben Cato was rescued by the container ship Nordic Hale on Friday.",
                  "His brother spent a week aboard the Sea Wren. Cato flew home aboard a Skyvia flight.",
                  "The Nordic Hale docked in Norfolk.")
    assert {"Ben Cato", "Skyvia"} <= found
    assert "Nordic Hale" not in found and "Sea Wren" not in found


def test_a_maker_before_its_product_in_camel_case_is_not_mentioned_there():
    """'an Acmeo iTab' names a product; 'Acmeo's iTab' names the maker."""
    assert "Acmeo" not in names("An Acmeo iTab can hold 10,000 songs, Lou Brandt said.")
    assert "Acmeo" in names("Acmeo's iTab was launched in 2001, Lou Brandt said.")


def test_a_name_joined_to_a_format_before_file_is_a_format():
    """'an XQL or RDX file': both are formats; 'the Tosco and NEC-backed format' keeps the maker."""
    found = names("Copy an XQL or RDX file to the player, said Hal Benn of Orbix.",
                  "Studios chose the Tosco and NEC-backed format.")
    assert {"Hal Benn", "Orbix", "Tosco"} <= found
    assert "XQL" not in found


def test_a_telescope_is_not_an_actor():
    """'the Varn Deep Telescope' is an instrument (event-words.txt: "Telescope"), the agency that runs it is an actor."""
    found = names("Scientists using Orvia's Varn Deep Telescope found water, Orvia said on Monday.")
    assert "Orvia" in found and "Varn Deep Telescope" not in found


def test_a_bank_holiday_is_a_day_not_an_organisation():
    """'the Bank Holiday evening clash': a holiday (event-words.txt: "Holiday") is a date, never an actor."""
    found = names("Fans of Kelso Rovers took free coaches to the Bank Holiday evening clash at Tarn Park.",
                  "It was a Bank Holiday, the club said.")
    assert "Kelso Rovers" in found and "Bank Holiday" not in found


def test_a_listed_adjective_before_a_noun_is_no_place():
    """'the 2012 Olympic bid': "Olympic" is an adjective (demonyms.tsv, no state), though a town shares the word."""
    found = names("Runner Tessa Wold is an ambassador for Varnby's 2012 Olympic bid.",
                  "She visited the Olympic sites with Wold's coach.")
    assert "Tessa Wold" in found and "Olympic" not in found

"""Things that are not actors (issue 17, works20): a source's dateline, shows, ships, events, adjectives.

Short made-up texts, one per kind.
"""

from briefing.core.actors import extract_mentions
from tests.core.builders import actors_of, make_article


def names(*sentences: str) -> set[str]:
    return {m.text for m in extract_mentions(make_article([" ".join(sentences)])) if m.kind == "name"}


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

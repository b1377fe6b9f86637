"""Kinds left by tour55's newsroom-style probes (issue 17, fiftieth round): speaker labels with a party bracket,
titles glued between an organisation and a name, institutions that speak, company suffixes and short forms."""

from briefing.core.actors import extract_actors, extract_mentions
from tests.core.builders import make_article


def mentions(text: str) -> list[tuple[str, str | None, str]]:
    """Return (text, type, role) of each name mention of one made-up article."""
    return [(m.text, m.type, m.role) for m in extract_mentions(make_article([text])) if m.kind == "name"]


def actors(*paragraphs: str) -> dict[str, tuple[str, str, list[str]]]:
    """Return each actor's name with its type, role and aliases."""
    return {a.name: (a.type, a.role, list(a.aliases)) for a in extract_actors(make_article(list(paragraphs)))}


def test_speaker_label_with_party_bracket_is_a_titled_person():
    """'SEN. NORA BELLWEATHER (D-Ky.):' opens a hearing transcript's line: a senator, not an organisation."""
    found = mentions("SEN. NORA BELLWEATHER (D-Ky.): Who signed off on the inspection ?")
    assert ("NORA BELLWEATHER", "PER", "Sen") in found
    assert not any(t == "SEN" for t, _, _ in found)


def test_speaker_label_bracket_for_a_representative():
    found = mentions("REP. TOBIAS KLEINFELD (R-OH): I yield back the rest of my time .")
    assert ("TOBIAS KLEINFELD", "PER", "Rep") in found

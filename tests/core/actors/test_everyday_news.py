"""Detection and typing errors a reader sees on everyday news, on short made-up texts (issue 17, seventh round)."""

from briefing.core.actors import extract_actors, extract_mentions
from tests.core.builders import make_article


def types_of(*sentences: str) -> dict[str, set[str]]:
    """Return each name mention's text with the set of types its mentions got."""
    out: dict[str, set[str]] = {}
    for m in extract_mentions(make_article([" ".join(sentences)])):
        if m.kind == "name":
            out.setdefault(m.text, set()).add(m.type)
    return out


def test_guild_and_brotherhood_name_organisations():
    """'Glass Painters Guild', 'Hill Road Brotherhood': all dictionary words, but the last one names a body."""
    t = types_of("The Glass Painters Guild elected a new chair on Monday.",
                 "Members of the Hill Road Brotherhood met teachers.")
    assert t["Glass Painters Guild"] == {"ORG"}
    assert t["Hill Road Brotherhood"] == {"ORG"}

"""Capitals standing for their state: "Moscow has pushed for talks" is Russia acting.

Read by :mod:`.resolve` after the clusters are built: a capital's mentions that act move to the state's
actor when the text names the state too.
"""

from __future__ import annotations

from .lexicon import _Lexicon, _norm


def merge_capitals(clusters: list, lex: _Lexicon) -> None:
    """Move a capital's mentions into its state's cluster when the capital acts in the body ("Moscow has pushed")
    and the text names the state.

    When the text also uses the capital as a place ("in London on Thursday"), it is the city there: only the
    acting mentions move, and the city stays an actor of its own. The state keeps its own name: it is shown as
    the state, with the capital an alias.
    """
    key_to_cluster = {c.key: i for i, c in enumerate(clusters) if c.key and c.mentions}
    for i, c in enumerate(clusters):
        if c.type != "LOC" or not c.mentions:
            continue
        cap_state = lex.capitals.get(_norm(c.mentions[0].text))
        if not cap_state or cap_state not in key_to_cluster or key_to_cluster[cap_state] == i:
            continue
        if not any(m.agent for m in c.mentions if m.sentence >= 0):
            continue
        target = clusters[key_to_cluster[cap_state]]
        if not target.shown:
            target.shown = next((m.text for m in target.mentions if m.kind == "name"), "")
        place = any(m.locative for m in c.mentions)
        moved = [m for m in c.mentions if m.agent and m.sentence >= 0] if place else list(c.mentions)
        for m in moved:
            m.actor = key_to_cluster[cap_state]
            target.add(m)
        # the rest by the same test: ``m not in moved`` compared each kept mention with every moved one (the
        # dataclass's field-by-field __eq__), 53 s for a 128 KB sentence naming a capital 2,000 times
        c.mentions = [m for m in c.mentions if not (m.agent and m.sentence >= 0)] if place else []

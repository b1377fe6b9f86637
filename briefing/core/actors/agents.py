"""Grammar that makes a run of capitalised dictionary words an actor: it speaks ("Age Concern says").

A run of two or three dictionary words is read as the title of a work ("Desperate Housewives") unless something
says otherwise (:meth:`.shapes._ShapeRules._type_of`). A work does not speak: a verb of saying right after the run,
the run set after a quotation's "says" at the end of its clause, or "according to" before it make it an
organisation or a group that talks to the press ("Age Concern says", "..., says Think Tank Watch.",
"according to Green Day"); not after a capital "The" inside the sentence, which opens a title
("who presents The Weakest Link tells Cockerell").
"""

from __future__ import annotations

from .tokens import _Tok

#: Verbs of saying after the one who speaks ("Age Concern says", "Think Secret reported").
SAY_VERBS = frozenset(["says", "said", "told", "tells", "warned", "warns", "added", "adds", "claimed", "claims",
                       "argued", "argues", "insisted", "insists", "urged", "urges", "announced", "announces",
                       "reported", "reports", "stated", "states", "predicted", "predicts"])

#: Marks that close the clause a speaker ends: "..., says Age Concern." / "says Age Concern, which ...".
_CLAUSE_END = frozenset([".", ",", ";", ":", "!", "?", ")"])

#: What stands before an inverted "says X": the quotation's comma or closing quote ("…, says Age Concern").
_BEFORE_SAYS = frozenset([",", "”", "’", '"', "'"])


def speaks(toks: list[_Tok], a: int, b: int) -> bool:
    """True when the run ``toks[a:b]`` is the one who speaks in its sentence: a verb of :data:`SAY_VERBS` right
    after it ("Age Concern says"), "says" or "said" right before it after a comma or a closing quote, the run
    ending the clause (", says Age Concern."), or "according to" right before it."""
    n = len(toks)
    if a >= 2 and toks[a - 1].text == "The":
        return False  # "who presents The Weakest Link tells Cockerell": a capital "The" inside a sentence opens a title
    if b < n and toks[b].kind == "word" and toks[b].text in SAY_VERBS:
        return True
    if a < 2:
        return False
    prev = toks[a - 1].text
    if prev in ("says", "said") and toks[a - 2].text in _BEFORE_SAYS:
        return b == n or toks[b].text in _CLAUSE_END
    return prev == "to" and toks[a - 2].text.lower() == "according"

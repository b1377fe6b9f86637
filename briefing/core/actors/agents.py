"""Grammar that makes a run of capitalised dictionary words an actor: it speaks ("Age Concern says").

A run of two or three dictionary words is read as the title of a work ("Desperate Housewives") unless something
says otherwise (:meth:`.shapes._ShapeRules._type_of`). A work does not speak: a verb of saying right after the run,
the run set after a quotation's "says" at the end of its clause, or "according to" before it make it an
organisation or a group that talks to the press ("Age Concern says", "..., says Think Tank Watch.",
"according to Green Day"); not after a capital "The" inside the sentence, which opens a title
("who presents The Weakest Link tells Cockerell"). The run set between commas before such a verb speaks too: it
names the subject again ("Its owner, Kestrel Maritime, said"). And a work is not fined, sued or bought: the object
of such a verb is a firm or a person (:func:`acted_on`: "Regulators fined Ardent Rail").
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


#: Verbs whose object is a firm or a person, never the title of a work ("Regulators fined Ardent Rail", "Investors
#: sued Corvane Capital", "Halden bought Northgate Foods").
OBJECT_VERBS = frozenset(["fined", "fines", "fining", "sued", "sues", "suing", "acquired", "acquires", "acquiring",
                          "bought", "buys", "buying", "hired", "hires", "prosecuted", "prosecutes", "penalised",
                          "penalized", "subpoenaed"])


def acted_on(toks: list[_Tok], a: int, b: int) -> bool:
    """True when the run ``toks[a:b]`` is the one who speaks (:func:`speaks`), the subject named again between
    commas before a verb of saying ("Its owner, Kestrel Maritime, said"), or the object right after a verb of
    :data:`OBJECT_VERBS` ("Regulators fined Ardent Rail"): an actor, no work."""
    if speaks(toks, a, b):
        return True
    n = len(toks)
    if a >= 1 and toks[a - 1].text == "," and b + 1 < n and toks[b].text == "," and toks[b + 1].text in SAY_VERBS:
        return not (a >= 2 and toks[a - 2].text == "The")
    return a >= 1 and toks[a - 1].kind == "word" and toks[a - 1].text in OBJECT_VERBS

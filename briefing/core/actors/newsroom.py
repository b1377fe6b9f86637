"""House styles of other newsrooms that glue non-names to names (tour55's style probe).

* A stock-exchange tag after a listed company, "(NASDAQ: CRVN)", "(LSE: HRL)": neither the exchange nor the
  ticker is an actor the story is about (business wires).
* A lawmaker's party and home, "(D-Minn.)", ", R-Ohio,", ", D-Grand Junction,": a label, not an actor (US press).
* Letters after a name that give a seat or a rank, "Pádraig Whelan TD", "Douglas Ramsay MSP", "Ann Lee MLA",
  "Rotimi Oyedepo SAN": not part of the name (Irish, Scottish, Northern Irish, Nigerian press).
* A two-word Malaysian honorific, "Datuk Seri", "Dato Sri", "Tan Sri", "Puan Sri", "Toh Puan": its second word is
  no first name, and a first word that is no title alone ("Tan", a surname too) makes one only with its second.
* Honorifics before a name ("Shri", "Smt", "Alhaji", "Datuk", "His Highness") are in ``titles.txt``; they are
  no role: :func:`drop_honorifics` takes them off the role a title run gives.
"""

from __future__ import annotations

from .tokens import _Tok

#: Letters after a name: a seat in a parliament or an assembly, or a senior lawyer's rank.
POST_NOMINALS = frozenset(["TD", "TDs", "MSP", "MSPs", "MLA", "MLAs", "MPP", "MHA", "SAN", "KC", "QC"])

#: Honorifics that are no role (the words of ``titles.txt`` that only show respect or rank, not an office).
HONORIFICS = frozenset(["Shri", "Shrimati", "Smt", "Smt.", "Alhaji", "Alhaja", "Hajiya", "Datuk", "Dato", "Datin",
                        "Tun", "Highness", "Majesty", "Excellency", "Engr", "Engr.", "Sheikh"])

#: First words of two-word Malaysian honorifics and the second words they take: "Datuk Seri", "Dato' Sri".
_HONORIFIC_SECOND = {"Datuk": ("Seri", "Sri"), "Datin": ("Seri", "Sri"), "Dato": ("Sri", "Seri"), "Dato'": ("Sri", "Seri")}
#: Two-word honorifics whose first word is no title alone ("Tan" is a surname too): "Tan Sri", "Puan Sri".
_HONORIFIC_PAIRS = {"Tan": "Sri", "Puan": "Sri", "Toh": "Puan"}
HONORIFIC_PAIR_FIRST = frozenset(_HONORIFIC_PAIRS)  # the first words (a cheap first test)
_HONORIFIC_WORDS = HONORIFICS | {"Seri", "Sri"} | _HONORIFIC_PAIRS.keys()

#: Stock exchanges named in a company's ticker tag.
_EXCHANGES = frozenset(["NYSE", "NASDAQ", "Nasdaq", "LSE", "AIM", "NSE", "BSE", "TSX", "TSXV", "ASX", "SGX", "HKEX",
                        "SEHK", "TSE", "JSE", "OTC", "OTCQX", "NZX", "KRX", "SSE", "SZSE", "Euronext", "XETRA", "SIX"])


def _party_tag(w: str) -> bool:
    """True for "D-Minn.", "R-Ohio", "I-Vt": a party's letter, a hyphen and a capital."""
    return len(w) > 3 and w[0] in "DRI" and w[1] == "-" and w[2].isupper()


def label_runs(toks: list[_Tok], spans: list[tuple[int, int]], text: str | None = None) -> set[int]:
    """Return the indices of ``spans`` that are a ticker tag's parts or a lawmaker's party tag, not actors.

    ``text``: the sentence, when the caller has it: a party tag holds a hyphen and a ticker's exchange follows
    a bracket, so a sentence with neither has no such run (two tests in C instead of one per run).
    """
    out: set[int] = set()
    if text is not None and "-" not in text and "(" not in text:
        return out
    n = len(toks)
    for k, (a, b) in enumerate(spans):
        if not a or (before := toks[a - 1].text) not in ("(", ","):
            continue  # (both tags stand after a bracket or a comma: a cheap first test)
        w = toks[a].text
        if _party_tag(w):
            out.add(k)  # "(D-Minn.)", "Sen. Ann Lee, D-Grand Junction, said"
        elif b == a + 1 and before == "(" and w in _EXCHANGES and b + 1 < n \
                and toks[b].text == ":" and toks[b + 1].is_upper:
            out.add(k)  # "(NASDAQ: CRVN)": the exchange
            if k + 1 < len(spans) and spans[k + 1] == (b + 1, b + 2):
                out.add(k + 1)  # and its ticker
    return out


def honorific_pair(toks: list[_Tok], i: int, b: int) -> bool:
    """True when ``toks[i]`` opens a two-word honorific whose first word is no title alone ("Tan Sri Ahmad
    Fauzi"), with a name after it inside the run ending at ``b``."""
    return i + 2 < b and _HONORIFIC_PAIRS.get(toks[i].text) == toks[i + 1].text


def honorific_end(toks: list[_Tok], t1: int, b: int) -> int:
    """Return where a title run ends once the second word of a two-word honorific joins it ("Datuk Seri"), or
    past a two-word honorific it opens ("Tan Sri")."""
    if honorific_pair(toks, t1, b):
        return t1 + 2
    if t1 + 1 < b and toks[t1].text in _HONORIFIC_SECOND.get(toks[t1 - 1].text, ()):
        return t1 + 1
    return t1


def drop_honorifics(role: str) -> str:
    """Return ``role`` without the honorifics that end it: "Chief Minister Shri" -> "Chief Minister"."""
    words = role.split()
    k = len(words)
    while k and words[k - 1] in _HONORIFIC_WORDS:
        k -= 1
    return role if k == len(words) else " ".join(words[:k])

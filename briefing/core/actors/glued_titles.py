"""Titles glued between an organisation and a person's name in one capitalised run (issue 17, glue56).

Newsrooms run a company, a title and a name together: "Lindmark CEO Rajiv Menon", "KeNHA Director-General Eng
Kungu Ndung'u"; and a title with its complement splits a run at "of": "Leader of the Opposition Keir Starmer",
"Chairman of Barclays John Varley". The title words listed in ``titles.txt`` already split a run (finder.py);
these are the titles written as initials or hyphenated with "General", and the run that follows "<title> of".
The finder asks :func:`glued_title` once per run, after a cheap first test (:func:`may_glue`).
"""

from __future__ import annotations

from .lexicon import _Lexicon
from .tokens import CORE_TITLES, _Tok

#: Executive titles written as initials ("Lindmark CEO Rajiv Menon").
ACRONYM_TITLES = frozenset(["CEO", "CFO", "COO", "CTO", "CIO", "CMO"])
_GATE = ACRONYM_TITLES | {"Chief"}
#: Offices hyphenated with "General" ("Director-General", "Auditor-General", "Inspector-General").
_GENERAL_OFFICES = frozenset(["Director", "Auditor", "Inspector", "Registrar", "Accountant", "Surveyor", "Solicitor",
                              "Attorney", "Secretary", "Governor", "Postmaster", "Controller", "Commissioner"])
#: An engineer's honorific in East African and Nigerian copy, between a title and the name ("Director-General Eng
#: Kungu"); read only right after a title, where it cannot be the surname Eng.
_AFTER_TITLE = frozenset(["Eng", "Eng.", "Engr", "Engr.", "Dr", "Dr.", "Prof", "Prof."])
#: Bodies of a "<title> of" phrase that are no actor of their own ("Leader of the Opposition", "of the House").
_BARE_BODIES = frozenset(["Opposition", "House", "State", "Government", "Senate", "Board"])


def _general_title(w: str) -> bool:
    head, _, tail = w.partition("-")
    return tail in ("General", "general") and head in _GENERAL_OFFICES


def may_glue(toks: list[_Tok], a: int, surface: str, words: list[str]) -> bool:
    """The cheap first test: an initials title in the run, a hyphen in it, or "of" / "of the" before it."""
    return not _GATE.isdisjoint(words) or "-General" in surface or "-general" in surface \
        or (a >= 2 and toks[a - 1].text in ("of", "the"))


def _person_from(lex: _Lexicon, toks: list[_Tok], i: int, b: int) -> int:
    """Where a person's name of two to four capitalised words starts at ``toks[i]`` (after an honorific), or -1."""
    if i < b - 1 and toks[i].text in _AFTER_TITLE:
        i += 1
    if not 2 <= b - i <= 4 or toks[i].text in ACRONYM_TITLES:
        return -1
    org_words, loc_last = lex.org_words, lex.loc_last
    for t in toks[i:b]:  # (loops, no generators: their locals would be cells at every call)
        if not (t.is_cap and t.kind == "word") or t.text in org_words or t.text in loc_last:
            return -1
    return i


def _all_common(toks: list[_Tok], a: int, b: int, common_words) -> bool:
    """True when every word of ``toks[a:b]`` is an everyday word (lowercased)."""
    for t in toks[a:b]:
        if t.text.lower() not in common_words:
            return False
    return True


def glued_title(lex: _Lexicon, toks: list[_Tok], a: int, b: int) -> tuple[int, int, int, int] | None:
    """For a run ``toks[a:b]`` that glues a title to a name: ``(body_end, name_start, role_start, role_end)``: the
    run's part before the title (``toks[a:body_end]``, empty when ``body_end == a``), where the person starts, and
    the role ``toks[role_start:role_end]`` (starting before ``a`` for "<title> of"). None for any other run."""
    for i in range(a, b - 2):
        w = toks[i].text
        if w in ACRONYM_TITLES or ("-" in w and _general_title(w)):
            s = _person_from(lex, toks, i + 1, b)
            if s > 0:
                return i, s, a, i + 1
            return None
        if w == "Chief":  # "Corvane Chief Executive Officer Dana Whitcombe": the title spelled out, to "Officer"
            e = 0
            for j in range(i + 2, min(b, i + 4)):
                if toks[j].text == "Officer":
                    e = j
                    break
            s = _person_from(lex, toks, e + 1, b) if e else -1
            return (i, s, a, e + 1) if s > 0 else None
    if a < 2 or toks[a - 1].text not in ("of", "the"):
        return None
    k = a - 1 if toks[a - 1].text == "of" else a - 2
    if k < 1 or toks[k].text != "of" or not (toks[k - 1].text in lex.titles or toks[k - 1].text in CORE_TITLES):
        return None
    j = a
    while j < b and toks[j].text in _BARE_BODIES:
        j += 1
    if j > a:  # "Leader of the Opposition Arvind Singh Tomar": the body is no actor, the rest is the person
        s = _person_from(lex, toks, j, b)
        return (a, s, k - 1, j) if s > 0 else None
    for i in range(a + 1, b - 1):
        if toks[i].text in lex.first_names and toks[i - 1].text not in lex.first_names:
            s = _person_from(lex, toks, i, b)
            if s < 0:
                return None
            # A portfolio of everyday words is no body of its own: "Director of Public Prosecutions Alison Saunders".
            portfolio = _all_common(toks, a, i, lex.common_words)
            return (a if portfolio else i), s, k - 1, i
    return None

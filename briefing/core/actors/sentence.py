"""Sentence-level facts the finder reads: the sentence's mode (ALL CAPS, a Title Case headline),
team cues ("Leeds 2", "beat Somerset"), lone letters, and the words that qualify a title.
"""

from __future__ import annotations

from .lexicon import _Lexicon
from .tokens import _Tok


def _sentence_mode(toks: list[_Tok], lex: _Lexicon, headline: bool = False) -> str:
    """Return "caps" for ALL-CAPS lines, "title" for a Title Case headline, else "normal".

    Only a headline can be "title": a body sentence listing names ("Among the
    accused were Altria Group, RJ Reynolds Tobacco...") looks the same.
    """
    words = [t for t in toks if t.kind in ("word", "acr", "abbr")]
    if len(words) < 3:
        if words and all(t.is_upper for t in words) and len(words) >= 2:
            return "caps"
        return "normal"
    upper = sum(1 for t in words if t.is_upper)
    if upper / len(words) >= 0.7:
        return "caps"
    content = [t for t in words if t.text.lower() not in lex.stop_words]
    if headline and len(content) >= 3 and sum(1 for t in content if t.is_cap) / len(content) >= 0.85:
        return "title"
    return "normal"


_TEAM_VERBS = {"beat", "beats", "drew", "lost", "v", "vs", "vs.", "versus", "against", "defeated", "edged", "routed",
               "thrashed", "hammered", "host", "hosts", "hosted", "visit", "visits", "trailed", "led", "leads"}


def _single_letter(t: _Tok) -> bool:
    """A lone capital letter without a period ("W D L" table headers, "Plan B") is not a name part."""
    return t.kind == "word" and len(t.text) == 1


def _team_cue(toks: list[_Tok], a: int, b: int) -> bool:
    """True when a name stands like a team: next to a score ("Leeds 2") or a result verb ("beat Somerset")."""
    if b < len(toks) and toks[b].kind == "num" and len(toks[b].text) <= 3 and (b + 1 >= len(toks) or toks[b + 1].text != "-"):
        return True  # a score or a table row ("Leeds 2", "CHICAGO 74 62"), not a dateline year
    if b < len(toks) and toks[b].text.lower() in _TEAM_VERBS:
        return True
    return a > 0 and toks[a - 1].text.lower() in _TEAM_VERBS


_TITLE_QUALIFIERS = {"Prime", "Foreign", "Defence", "Defense", "Finance", "Interior", "Home", "Deputy", "Vice",
                     "Acting", "Former", "First", "Chief", "Executive", "Grand", "Supreme", "Crown", "Opposition",
                     "Trade", "Justice", "Health", "Education", "Energy", "Agriculture", "Transport", "Culture",
                     "Economy", "Economics", "Environment", "Attorney", "State", "Secretary", "General", "Minister",
                     "Labour", "Labor", "Industry", "Information", "Development", "Planning", "National", "Affairs"}


#: A reporter's credit: "Ann Lee reported from Boston.", "CNN's Ann Lee and Bo Hu contributed to this report."
_CREDIT_VERBS = {("reported", "from"), ("contributed", "to"), ("contributed", "reporting"), ("contributed", "additional")}
#: "Reporting by Ann Lee", "Editing by Bo Hu", "Written by ...": the names after "by" are credits.
_CREDIT_NOUNS = {"reporting", "editing", "written", "edited", "writing", "compiled"}


def _credit_spans(toks: list[_Tok], spans: list[tuple[int, int]]) -> set[int]:
    """Return the indices of ``spans`` that name reporters in a credit line, not actors.

    "X reported from Y." (the place may follow, then the sentence ends), "X, Y and Z contributed to this
    report", "Reporting by X and Y", and a short line "By X" at the start of a sentence. Names in a credit
    are joined by ",", "and" or a possessive ("CNN's Ann Lee").
    """
    out: set[int] = set()
    n = len(toks)
    if not spans:
        return out

    def chain_back(k: int) -> None:
        out.add(k)
        while k > 0:
            gap = [t.text for t in toks[spans[k - 1][1]:spans[k][0]]]
            if gap not in ([","], ["and"], [",", "and"], ["'s"], ["’s"]):
                return
            k -= 1
            out.add(k)

    def chain_forward(k: int) -> None:
        out.add(k)
        while k + 1 < len(spans):
            gap = [t.text for t in toks[spans[k][1]:spans[k + 1][0]]]
            if gap not in ([","], ["and"], [",", "and"], [";"]) and not (
                    len(gap) == 3 and gap[0] == ";" and gap[1].lower() in _CREDIT_NOUNS and gap[2] == "by"):
                return
            k += 1
            out.add(k)

    for k, (a, b) in enumerate(spans):
        if b + 1 < n and toks[b].text in ("reported", "contributed") and (toks[b].text, toks[b + 1].text) in _CREDIT_VERBS:
            if toks[b].text == "reported" and n - (b + 2) > 5:
                continue  # "Smith reported from the scene that the army had left": a sentence, not a credit
            chain_back(k)
        elif (a >= 2 and toks[a - 1].text == "by" and toks[a - 2].text.lower() in _CREDIT_NOUNS) or (
                k == 0 and toks[0].text == "By" and a <= 1 and b - a >= 2 + (a == 0) and n <= 16
                and (b >= n or toks[b].text in (",", "and", "|", "for", "-"))):
            chain_forward(k)  # "Reporting by Ann Lee", a short line "By Ann Lee and Bo Hu"
    return out


#: Nouns after an acronym that make it an exam or a test, not an organisation ("SAT scores", "GCSE exams").
_EXAM_NOUNS = {"exam", "exams", "test", "tests", "scores", "grades"}


def _common_acronym(toks: list[_Tok], i: int, lex: _Lexicon) -> bool:
    """True when the ALL-CAPS token ``toks[i]`` abbreviates a common phrase, not a name.

    The phrase is spelled by the words just before it, in brackets or after a comma and up to three
    lowercase words, at least one of its words a lowercase content word (no stop word) and no
    capitalised word before it: "orgasmic meditation (OM)", "Orgasmic meditation, shortened to OM";
    or an exam noun follows it: "SAT scores".
    """
    letters = toks[i].text
    size = len(letters)
    if not 2 <= size <= 5 or not letters.isalpha():
        return False
    if i + 1 < len(toks) and toks[i + 1].text.lower() in _EXAM_NOUNS:
        return True
    end = i - 1
    if end >= 0 and toks[end].text == "(":
        end -= 1
    else:
        k = end
        while k >= 0 and end - k < 3 and toks[k].kind == "word" and toks[k].text.islower():
            k -= 1
        if k < 0 or toks[k].text != "," or k == end:
            return False
        end = k - 1
    start = end - size + 1
    if start < 0:
        return False
    words = toks[start:end + 1]
    return all(t.kind == "word" for t in words) and "".join(t.text[0].upper() for t in words) == letters \
        and any(t.text.islower() and t.text not in lex.stop_words for t in words) \
        and not any(t.text.islower() and t.text in lex.stop_words for t in words) \
        and (start == 0 or not toks[start - 1].is_cap)


#: Words after "X League" that make it the competition, not the organisation ("Champions League final").
_COMPETITION_NEXT = {"final", "finals", "title", "titles", "match", "matches", "game", "games", "tie", "ties",
                     "semi-final", "quarter-final", "group", "campaign", "spot", "place", "places", "qualifier",
                     "qualifiers", "qualification", "football", "trophy", "winners", "holders", "clash", "fixture",
                     "fixtures", "season", "table", "leaders", "debut", "knockout", "exit", "race"}
#: Words before "the X League" that make it the competition ("in the Champions League", "won the Super League").
_COMPETITION_BEFORE = {"in", "win", "won", "wins", "winning", "reach", "reached", "into", "qualify", "qualified", "for"}


def _competition_cue(toks: list[_Tok], a: int, b: int) -> int:
    """Return 2 when "X League" at ``toks[a:b]`` is used as a competition by the noun after it
    ("Champions League final"), 1 for a weaker cue before it ("in the Champions League"), else 0."""
    if toks[b - 1].text != "League" or b - a < 2:
        return 0
    if b < len(toks) and toks[b].text.lower() in _COMPETITION_NEXT:
        return 2
    return int(a >= 2 and toks[a - 1].text == "the" and toks[a - 2].text.lower() in _COMPETITION_BEFORE)

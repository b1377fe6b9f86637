"""Committees of a parliament named in lower case: "the home affairs select committee", "the Commons trade
committee", "the science and technology committee" (British papers write a select committee's name so).

The finder reads capitalised runs only, so it finds no such name, or only the house's word ("Commons"). A run of
lower-case words before "committee" names the committee, an organisation, when it is a select committee, when
the house's word opens it, or when "and" joins its subjects; "an expert committee", "the committee" and
"designed by committee" name none.
"""

from __future__ import annotations

from .lexicon import _Lexicon
from .tokens import EntityMention, new_mention
from .work_spans import joined, sentences_with

#: The words of a house of a parliament that open a committee's name ("the Commons public accounts committee").
_HOUSES = frozenset(["Commons", "Lords", "Senate", "House", "Assembly", "Dail", "Bundestag", "Congress"])
#: The words read before "committee": this many and three more, so at most six lower-case words between the
#: house's word (or "the") and "committee".
_MAX_WORDS = 5
#: The characters read before "committee" (enough for its longest name).
_WINDOW = 160


def _committee_at(text: str, end: int, lex: _Lexicon) -> tuple[int, tuple[str, ...]] | None:
    """The start and words of a committee's name that ends with the "committee" ending at ``end`` (None when the
    words before it name none)."""
    lo = max(0, end - _WINDOW)  # a bounded window: no pass over a long sentence for each "committee" in it
    words = text[lo:end].split(" ")
    if lo:
        words = words[1:]  # the window's first piece may be the end of a longer word
    words = words[-(_MAX_WORDS + 3):]  # the last words, "committee" last
    if words[-1] not in ("committee", "subcommittee"):
        return None
    k = len(words) - 1
    while k > 0 and words[k - 1].isalpha() and words[k - 1].islower() \
            and (words[k - 1] == "and" or words[k - 1] not in lex.stop_words):  # ("the", a stop word, ends them)
        k -= 1
    inner = words[k:-1]
    if not inner or inner[0] == "and":
        return None
    house = k > 0 and words[k - 1] in _HOUSES
    if house:
        k -= 1
    elif not (k > 0 and words[k - 1] == "the" and (inner[-1] == "select" or "and" in inner)):
        return None
    if inner == ["select"] and not house:
        return None  # "the select committee": a generic noun
    name = words[k:]
    start = end - len(" ".join(name))
    return start, tuple(name)


def lowercase_committees(mentions: list[EntityMention], sentences: list[str], lex: _Lexicon,
                         doc: tuple[str, list[int]] | None = None) -> list[EntityMention]:
    """Return ``mentions`` with the committees named in lower case added as organisations, each in place of the
    house's mention it holds ("Commons" in "the Commons home affairs select committee"). ``doc``:
    :func:`.work_spans.joined` of ``sentences`` (made here when not given), searched once for "committee"."""
    found: list[EntityMention] = []
    for si in sorted(sentences_with(doc or joined(sentences), ("committee",))):  # most sentences name none
        text = sentences[si]
        at = text.find("committee")
        while at >= 0:
            end = at + len("committee")
            if (at == 0 or text[at - 1] in " b") and (end == len(text) or not text[end].isalpha()):
                hit = _committee_at(text, end, lex)
                if hit is not None:
                    start, words = hit
                    found.append(new_mention(si, start, end, text[start:end], "ORG", "name", None, words))
            at = text.find("committee", end)
    if not found:
        return mentions
    ends = {(m.sentence, m.start): m.end for m in found}  # a house's word opens the name it is part of
    out: list[EntityMention] = []
    k = 0  # the next of ``found`` (in text order) to place
    for m in mentions:
        # Placed before the first mention after it in its sentence, or before the next sentence's first one.
        while k < len(found) and m.sentence >= 0 and (found[k].sentence, found[k].start) <= (m.sentence, m.start):
            out.append(found[k])
            k += 1
        if m.end <= ends.get((m.sentence, m.start), -1):
            continue  # the house's word inside the committee's name
        out.append(m)
    out.extend(found[k:])
    return out

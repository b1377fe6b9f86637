"""Names that end in a possessive: "Moody's", "Standard & Poor's", "Sainsbury's", "McDonald's".

A firm named after its founder keeps the "'s" as part of its name. The text tells it apart from a
person's possessive by use: the name always carries the "'s" (the bare word never stands alone in the
document), and either once with "has" or "have" after it ("Standard & Poor's has classed", "Fitch and Moody's
have") or twice with at least one use with no noun after it ("Moody's said", "shares in Sainsbury's.",
"Moody's rating"; never among words of illness: "victims of Alzheimer's, Parkinson's and ..."). Each use then becomes one mention of the organisation
"X's", including uses the finder dropped ("Moody's said": "moody" is a dictionary word).
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import groupby

from .events import illness_sentence
from .lexicon import _Lexicon, _norm
from .tokens import EntityMention, new_mention, whole_word_ends

#: Words right after "X's" that leave it without a noun of its own: a verb ("Moody's said"), or the nouns news
#: uses with a firm's name ("Moody's rating", "Sainsbury's shares"). "has" and "have" never follow a person's
#: possessive nor a contraction ("Smith's said" may be "Smith has said"): one use with them is enough.
_BARE_NEXT = frozenset("""said says told added warned cut cuts raised raises downgraded upgraded lowered rating ratings
shares stock""".split())
_OWN_VERBS = frozenset(["has", "have"])

_MARKS = ("'s", "’s")


def _spots(text: str) -> list[tuple[int, int]]:
    """Return (start of the word, position of the apostrophe) of each capitalised word before "'s" in ``text``."""
    out = []
    for q in _MARKS:
        p = text.find(q)
        while p > 0:
            if p + 2 == len(text) or not text[p + 2].isalnum():
                # The word's start: after the last space when all between is letters (two searches in C, the
                # common case), else found letter by letter (the same place: the walk stops at that space).
                s = text.rfind(" ", 0, p) + 1
                if not text[s:p].isalpha():
                    s = p
                    while s > 0 and text[s - 1].isalpha():
                        s -= 1
                if p - s > 1 and text[s].isupper() and not text[s:p].isupper() and (s == 0 or text[s - 1] in " \"'(“‘"):
                    out.append((s, p))
            p = text.find(q, p + 2)
    return out


def _bare_after(text: str, p: int) -> int:
    """Return 2 when "has" or "have" follows the "'s" at ``p``, 1 for another word of :data:`_BARE_NEXT` or the
    sentence's end, else 0 (a noun may follow, or a comma of a list: "Alzheimer's, Parkinson's and ...")."""
    k = p + 2
    while k < len(text) and text[k] == " ":
        k += 1
    if k == len(text) or not text[k].isalnum():
        return int(k == len(text) or text[k] in ".;")
    e = k
    while e < len(text) and text[e].isalpha():
        e += 1
    word = text[k:e]
    return 2 if word in _OWN_VERBS else int(word in _BARE_NEXT)


def _bare_uses(whole: str, name: str) -> bool:
    """True when ``name`` stands in ``whole`` (the document's texts, one a line) without "'s" after it, as a whole
    word: "Moody said"."""
    return any(whole[e:e + 2] not in _MARKS for e in whole_word_ends(whole, name))


def possessive_firms(mentions: list[EntityMention], sentences: list[str], title: str, lex: _Lexicon) -> list[EntityMention]:
    """Return ``mentions`` with the firms named "X's" joined to their "'s" and typed organisations (see the module)."""
    texts = [*sentences, title]  # the title is sentence -1
    found: list[tuple[int, int, int, str, bool]] = []
    for si, text in enumerate(texts):
        if "s" in text and ("'s" in text or "’s" in text):
            line = si if si < len(sentences) else -1
            for s, p in _spots(text):  # a loop, not a generator per text (that made ``si`` and ``text`` cells)
                found.append((line, s, p, text[s:p], _bare_after(text, p)))
    if not found:
        return mentions
    # The name mentions by (sentence, end) - only those ending where a use's "'s" stands, the last one of each
    # such place as a dict built over every mention would keep; the sentence first: most have no "'s".
    wanted = {(si, p) for si, _s, p, _w, _b in found}
    at = {si for si, _p in wanted}
    ends: dict[tuple[int, int], EntityMention] = {}
    for m in mentions:
        if m.sentence in at and m.kind == "name" and (key := (m.sentence, m.end)) in wanted:
            ends[key] = m
    # Each use's mention ending at its "'s" (if any) and the name it gives: the mention's, else the word.
    owners = [ends.get((si, p)) for si, _s, p, _w, _b in found]
    names = [m.text if m is not None and m.start <= s else word for m, (_si, s, _p, word, _b) in zip(owners, found)]
    counts: dict[str, list] = {}
    whole = ""
    for (si, s, p, word, bare), m, name in zip(found, owners, names):
        c = counts.setdefault(name, [0, 0, False, []])
        c[0] += 1
        c[1] = max(c[1], bare)
        c[2] |= m is not None and bool(m.honorific or m.role or m.kin)
        if bare:
            c[3].append(si)
    firms = {name for name, (n, bare, person, where) in counts.items() if (bare == 2 or (n >= 2 and bare)) and not person
             and name.lower() not in lex.stop_words and name not in lex.noise
             and lex.gazetteer.get(_norm(name), ("",))[0] != "LOC" and not any(illness_sentence(texts[si]) for si in dict.fromkeys(where))
             and not _bare_uses(whole or (whole := "\n".join(texts)), name)}
    if not firms:
        return mentions
    out = list(mentions)
    added: list[EntityMention] = []
    for (si, s, p, word, _bare), m, name in zip(found, owners, names):
        if name not in firms:
            continue
        mark = texts[si][p:p + 2]
        if m is None:
            m = new_mention(si, s, p, word, None, "name", None, (word,))
            added.append(m)
        m.end, m.text, m.tokens = p + 2, f"{m.text}{mark}", (*m.tokens, mark)
        m.type, m.key, m.weak, m.unsure, m.possessive = "ORG", None, False, False, True
    _insert_all(out, added)
    return out


def _insert(mentions: list[EntityMention], m: EntityMention) -> None:
    """Put ``m`` before the first mention after it in its sentence, else after its sentence's last one, else at
    the end (the list keeps the finder's order)."""
    last = None
    for i, o in enumerate(mentions):
        if o.sentence == m.sentence:
            if o.start > m.start:
                mentions.insert(i, m)
                return
            last = i
    mentions.insert(len(mentions) if last is None else last + 1, m)


def _insert_all(mentions: list[EntityMention], added: list[EntityMention]) -> None:
    """:func:`_insert` each of ``added`` in turn (grouped by sentence, as they come), in one pass over the list:
    inserting one at a time read the whole list each time, quadratic on a long line of firms (and so was one
    pass per sentence, in a long text of many firms).

    When every sentence's mentions stand together in the list, in the order of their starts (as the finder
    leaves them), each sentence takes its new ones by bisection and the list is built once; else the sentences
    are read one after another, and one whose mentions do not stand so falls back to :func:`_insert`.
    """
    groups = [(si, list(group)) for si, group in groupby(added, key=lambda m: m.sentence)]
    wanted = {si for si, _ in groups}
    places: dict[int, list[int]] = {}  # each sentence's places in the list: one pass for all the sentences
    for i, o in enumerate(mentions):
        if o.sentence in wanted:
            places.setdefault(o.sentence, []).append(i)
    if len(wanted) == len(groups) and all(at[-1] - at[0] + 1 == len(at) and all(
            mentions[a].start <= mentions[b].start for a, b in zip(at, at[1:])) for at in places.values()):
        # Every sentence by bisection (an insertion leaves the other sentences' places in the list as they
        # were): the blocks are built, then the list once; a scan of the list per sentence was quadratic.
        out, done, tail = [], 0, []
        for si, group in sorted(groups, key=lambda g: places.get(g[0], (len(mentions),))[0]):
            at = places.get(si, [])
            block, starts = [mentions[i] for i in at], [mentions[i].start for i in at]
            for m in group:
                k = bisect_right(starts, m.start)
                block.insert(k, m)
                starts.insert(k, m.start)
            if not at:
                tail.extend(block)  # no mention in its sentence yet: at the end, in the order of the groups
                continue
            out.extend(mentions[done:at[0]])
            out.extend(block)
            done = at[-1] + 1
        out.extend(mentions[done:])
        mentions[:] = out + tail
        return
    for si, group in groups:  # one at a time, on the list as the ones before left it
        at = [i for i, o in enumerate(mentions) if o.sentence == si]
        block = [mentions[i] for i in at]
        starts = [o.start for o in block]
        if (at and at[-1] - at[0] + 1 != len(at)) or any(a > b for a, b in zip(starts, starts[1:])):
            for m in group:
                _insert(mentions, m)
            continue
        for m in group:  # "before the first start after it, else after the last": the right bisection point
            k = bisect_right(starts, m.start)
            block.insert(k, m)
            starts.insert(k, m.start)
        begin = at[0] if at else len(mentions)
        mentions[begin:begin + len(at)] = block

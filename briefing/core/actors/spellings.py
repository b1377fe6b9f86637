"""One person written two ways in one text. Merges of the resolver (:func:`.resolve._resolve`): a surname
misspelt once ("Mr Barot" for "Jacques Barrot", "Mr Tracey" for "David Treacy"), a quoted nickname used alone
("Mido said" beside "Ahmed 'Mido' Hossam") and a first name used alone in a quote or as a subject for the one
person named in full with it ("Clive knows ..." beside "Sir Clive Woodward"). And the mention pass that makes
such a nickname part of the full name, :func:`nicknamed_persons` (read by :mod:`.document`).
"""

from __future__ import annotations

from collections import defaultdict

from .aliases import join_clusters
from .lexicon import _Lexicon, _norm
from .work_spans import joined, sentences_with


def _single_for_double(short: str, full: str) -> bool:
    """True when ``short`` is ``full`` with one doubled letter written single ("barot" / "barrot")."""
    if len(full) != len(short) + 1:
        return False
    for k in range(1, len(full)):
        if full[k] == full[k - 1] and full[:k] + full[k + 1:] == short:
            return True
    return False


def _moved_letter(short: str, full: str) -> bool:
    """True when ``short`` is ``full`` with one letter moved to another place, first letter kept ("tracey" /
    "treacy", "fielder" / "feilder")."""
    if len(short) != len(full) or short == full or short[0] != full[0] or sorted(short) != sorted(full):
        return False
    k = next(i for i in range(len(full)) if short[i] != full[i])
    j = next(i for i in range(len(full) - 1, -1, -1) if short[i] != full[i])
    a, b = short[k:j + 1], full[k:j + 1]
    return a[1:] == b[:-1] and a[0] == b[-1] or a[:-1] == b[1:] and a[-1] == b[0]


def _persons_by_word(clusters: list, at: int) -> dict[str, set[int]]:
    """The unlisted persons named in full (two words or more), by the normalised word at ``at`` of their forms
    (0: the first name, -1: the surname)."""
    found: dict[str, set[int]] = defaultdict(set)
    for i, c in enumerate(clusters):
        if c.type == "PER" and c.mentions and not c.listed:
            for form in c.forms:
                words = form.split()
                if len(words) >= 2:
                    found[_norm(words[at])].add(i)
    return found


def _merge_misspelt_surnames(clusters: list, lex: _Lexicon) -> None:
    """Merge a surname used alone into the one person named in full whose surname it misspells: a doubled letter
    written single ("Mr Barot" for "Jacques Barrot"), or, after "Mr"/"Ms" only, one letter moved ("Mr Tracey" for
    "David Treacy"). Never when the short spelling is itself named in full (two people), when two people named in
    full fit, for a word shorter than five letters, or for a listed first name without "Mr"/"Ms" before it."""
    hosts = _persons_by_word(clusters, -1)
    if not hosts:
        return
    # Each full surname's spellings with one doubled letter written single, and its letters in order: a lone
    # surname is looked up, not compared with every person's (a text naming thousands of people stays linear).
    undoubled: dict[str, set[str]] = defaultdict(set)
    anagrams: dict[str, set[str]] = defaultdict(set)
    for full in hosts:
        for k in range(1, len(full)):
            if full[k] == full[k - 1]:
                undoubled[full[:k] + full[k + 1:]].add(full)
        anagrams["".join(sorted(full))].add(full)
    for i, c in enumerate(clusters):
        if c.type != "PER" or not c.mentions or c.listed or len(c.forms) != 1:
            continue
        word = next(iter(c.forms))
        short = _norm(word)
        if " " in word or len(short) < 5 or short in hosts:
            continue
        titled = any(m.honorific for m in c.mentions)
        if word in lex.first_names and not titled:
            continue
        fulls = {f for f in undoubled.get(short, ()) if _single_for_double(short, f)}
        if titled:
            fulls |= {f for f in anagrams.get("".join(sorted(short)), ()) if _moved_letter(short, f)}
        fits = {h for full in fulls for h in hosts[full]}
        fits.discard(i)
        if len(fits) == 1:
            join_clusters(clusters, next(iter(fits)), i)


#: Opening and closing quotation marks around a nickname inside a name.
_NICK_QUOTES = {'"': '"', "“": "”", "'": "'", "‘": "’"}
#: A space and an opening mark of :data:`_NICK_QUOTES`: a sentence without one has no nickname after a name.
_SPACE_QUOTES = tuple(" " + q for q in _NICK_QUOTES)


def _merge_nicknames(clusters: list) -> None:
    """Merge a nickname used alone into the one person named in full with it in quotation marks ("Ahmed 'Mido'
    Hossam" ... "Mido said": :func:`nicknamed_persons` made the full name one mention). Never when two people
    share the nickname, for a place, or for a lone form of more than one name."""
    owners: dict[str, set[int]] = defaultdict(set)
    for i, c in enumerate(clusters):
        if c.type != "PER" or not c.mentions:
            continue
        for form in c.forms:
            a = form.find(" ")
            close = _NICK_QUOTES.get(form[a + 1:a + 2]) if a > 0 else None
            b = form.find(close + " ", a + 2) if close else -1
            if b > a + 2:
                owners[_norm(form[a + 2:b])].add(i)
    if not owners:
        return
    for i, c in enumerate(clusters):
        if not c.mentions or len(c.forms) != 1 or c.type == "LOC":
            continue
        hosts = owners.get(_norm(next(iter(c.forms))), set()) - {i}
        if len(hosts) == 1:
            for m in c.mentions:
                m.key = None
            join_clusters(clusters, next(iter(hosts)), i)


def _merge_quoted_first_names(clusters: list, lex: _Lexicon) -> None:
    """Merge a lone word used only inside quotations or as the subject of a verb into the one person named in full
    with it as the first name ("I've spoken to Sir Clive Woodward ..." then "at least Clive knows"), though a word
    list reads it as a place or it is no listed first name. As a subject only when it is not read as an
    organisation ("Chelsea won" beside "Chelsea Clinton" stays the club). Never when two people share the first
    name, when the word is also used elsewhere or after a place's preposition ("in Clive"), or for a country.
    Quoted nicknames used alone (:func:`_merge_nicknames`) are merged first."""
    _merge_nicknames(clusters)
    firsts = _persons_by_word(clusters, 0)
    if not firsts:
        return
    for i, c in enumerate(clusters):
        if c.type == "PER" or not c.mentions or len(c.forms) != 1:
            continue
        word = next(iter(c.forms))
        owners = firsts.get(_norm(word), set()) - {i}
        if len(owners) != 1 or " " in word or c.key in lex.countries:
            continue
        if all((m.in_quote or (m.agent and c.type != "ORG")) and not m.locative and not m.place_cue and not m.possessive and m.sentence >= 0
               for m in c.mentions):
            for m in c.mentions:
                m.key = None
            join_clusters(clusters, next(iter(owners)), i)


def nicknamed_persons(mentions: list, sentences: list[str], lex: _Lexicon, doc: tuple[str, list[int]] | None = None) -> list:
    """Join a first name, a quoted nickname and the surname after it into one person's mention: 'Antonio "LA"
    Reid', 'Earvin "Magic" Johnson' (the finder stops at the quotation marks, leaving "Antonio" and "Reid"). The
    first part is one word, a listed first name or before a listed surname or one typed a person; the nickname is
    one to three capitalised words. Returns the mentions without the surnames taken in.

    Only the names of the sentences that hold a space and an opening mark (:data:`_SPACE_QUOTES`, found by one
    search of ``doc``, :func:`.work_spans.joined` of ``sentences``, made here when not given) are read: a name is
    followed by those two characters only there (and the title, sentence -1, is in no such set)."""
    quoted = sentences_with(doc or joined(sentences), _SPACE_QUOTES)
    if not quoted:
        return mentions
    taken = set()
    starts = None  # the names by place, gathered at the first name with a quotation mark after it
    for x in mentions:
        if x.sentence not in quoted or x.kind != "name" or len(x.tokens) != 1:
            continue
        text = sentences[x.sentence]
        close = _NICK_QUOTES.get(text[x.end + 1:x.end + 2])
        if close is None or text[x.end:x.end + 1] != " ":
            continue
        q = text.find(close, x.end + 2, x.end + 30)
        nick = text[x.end + 2:q].split() if q > 0 else []
        if starts is None:  # (no mention's sentence, start or kind changes in this pass; only the sentences of
            # ``quoted`` are asked for, so only their names are gathered: the same one kept at each place)
            starts = {(m.sentence, m.start): m for m in mentions if m.sentence in quoted and m.kind == "name"}
        y = starts.get((x.sentence, q + 2))
        if y is None or not 1 <= len(nick) <= 3 or not all(w[:1].isupper() and w.isalnum() for w in nick) \
                or text[q + 1:q + 2] != " " or y.kind != "name" or not y.tokens[0][:1].isupper() \
                or not (x.tokens[0] in lex.first_names or y.type == "PER" or y.tokens[-1] in lex.surnames):
            continue
        x.end, x.text, x.tokens = y.end, text[x.start:y.end], (*x.tokens, *y.tokens)
        x.type, x.key, x.weak, x.unsure, x.agent = "PER", None, False, False, x.agent or y.agent
        x.__dict__.pop("norm", None)  # the cached lookup key of the old text
        taken.add(id(y))
        # the nickname's own mentions, if any: read by position (the gap is under 30 characters), not by a scan
        # of every mention, which made a long text of nicknames quadratic
        taken.update(id(m) for p in range(x.start + 1, y.start) if (m := starts.get((x.sentence, p))) is not None)
    return [m for m in mentions if id(m) not in taken] if taken else mentions

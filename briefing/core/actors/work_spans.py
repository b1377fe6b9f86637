"""Where lists of works and repeated titles stand in a sentence, for :func:`.works.drop_works`: the names after
"games such as", "songs like" (:func:`list_spans`), the whole-word places of the titles the text names
(:func:`_title_places`, :func:`_titles_in`), and a look-up of a position among such spans (:func:`_inside`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from itertools import accumulate, count
from operator import add

#: Plural nouns of works and products that a list of their names follows: "games such as Pac-Man and Donkey
#: Kong", "alphabets like Cyrillic".
_KINDS = frozenset(["games", "products", "consoles", "classics", "titles", "films", "movies", "songs", "albums",
                    "books", "novels", "shows", "programmes", "alphabets", "languages", "scripts", "gadgets",
                    "devices", "paintings", "characters"])
_LIST_INTROS = ("such as ", "like ", "including ")


def list_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the lists of names after a plural noun of works or products and "such as", "like",
    "including": "arcade classics such as Space Invaders, Pac-Man and Donkey Kong"."""
    out = []
    for intro in _LIST_INTROS:
        pos = text.find(" " + intro)
        while pos > 0:
            head = text[text.rfind(" ", 0, pos) + 1:pos].rstrip(",")
            start = pos + 1 + len(intro)
            if head.lower() in _KINDS and start < len(text) and text[start].isupper():
                end, j = start, start
                while j < len(text):
                    k = text.find(" ", j)
                    k = len(text) if k < 0 else k
                    word = text[j:k].rstrip(",.;")
                    if word[:1].isupper() or word[:1].isdigit():
                        end = j + len(word)
                    elif word not in ("and", "or", "the"):
                        break
                    if text[j:k].endswith((".", ";")):
                        break
                    j = k + 1
                out.append((start, end))
            pos = text.find(" " + intro, pos + 1)
    return out


def _title_places(text: str, titles: set[str] | list[str]) -> list[tuple[int, int]]:
    """The spans of the whole-word occurrences of ``titles`` in ``text`` (a mention inside one is a work's)."""
    out = []
    for t in titles:
        pos = text.find(t)
        while pos >= 0:
            end = pos + len(t)
            if (pos == 0 or not text[pos - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
                out.append((pos, end))
            pos = text.find(t, pos + 1)
    return out


#: A run of letters and digits (``str.isalnum`` characters): one character class, linear, no backtracking.
_ALNUM_RUN = re.compile(r"[^\W_]+")
#: Up to this many titles each sentence is searched for every one; past it (a long text of many works) only for
#: those whose longest word it holds (:func:`_titles_in`), so the work grows with the text, not texts x titles.
_FEW_TITLES = 32  # about where reading the runs of a sentence costs what searching for every title costs


def _title_index(titles: set[str]) -> tuple[list[str], dict[str, list[str]]]:
    """``titles`` by their longest run of letters and digits ("Varnholm" of "Lights Over Varnholm", not "The"),
    for :func:`_titles_in` (those without one apart)."""
    bare: list[str] = []
    by_run: dict[str, list[str]] = defaultdict(list)
    for t in titles:
        runs = _ALNUM_RUN.findall(t)
        (by_run[max(runs, key=len)] if runs else bare).append(t)
    return bare, by_run


def _titles_in(text: str, index: tuple[list[str], dict[str, list[str]]]) -> list[str]:
    """The titles of ``index`` (:func:`_title_index`) that may stand in ``text`` as whole words: a whole-word
    occurrence holds each run of letters and digits of the title as a whole run of ``text`` (the marks on either
    side of it are in the title, or are the text's word boundaries)."""
    bare, by_run = index
    return [*bare, *(t for run in by_run.keys() & _ALNUM_RUN.findall(text) for t in by_run[run])]


def _span_index(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """``spans`` made ready for :func:`_inside`: their starts in order and the furthest end up to each."""
    spans = sorted(spans)
    return [a for a, _ in spans], list(accumulate((b for _, b in spans), max))


def _inside(index: tuple[list[int], list[int]], pos: int) -> bool:
    """True when a span of ``index`` (:func:`_span_index`) holds ``pos``: a look-up, not a walk over the
    sentence's spans for each name (quadratic on a long sentence of titles: 8-10 s for 300 KB)."""
    starts, ends = index
    i = bisect_right(starts, pos)
    return i > 0 and ends[i - 1] > pos


def joined(sentences: list[str]) -> tuple[str, list[int]]:
    """The sentences joined by newlines, and where each starts in the join (one more start: the join's length + 1),
    so that one search of the document stands for a search of each sentence (:func:`sentences_with`)."""
    # (sentence i starts after the lengths of those before it and one newline each: their sum plus i)
    return "\n".join(sentences), list(map(add, accumulate(map(len, sentences), initial=0), count()))


def sentences_with(doc: tuple[str, list[int]], needles: tuple[str, ...]) -> set[int]:
    """The indices of the sentences that hold one of ``needles`` (none of which holds a newline, so no match in the
    join runs over two sentences): a search of the join per needle, one step per sentence that holds it."""
    big, starts = doc
    out = set()
    for needle in needles:
        pos = big.find(needle)
        while pos >= 0:
            si = bisect_right(starts, pos) - 1
            out.add(si)
            pos = big.find(needle, starts[si + 1])  # on from the next sentence
    return out


def list_index(doc: tuple[str, list[int]], sentences: list[str]) -> dict[int, tuple[list[int], list[int]]]:
    """By sentence, where its lists of works stand (:func:`list_spans`, :func:`_span_index`), for the sentences
    that have one: only those holding " such as ", " like " or " including " are read (``list_spans`` finds none
    in the others)."""
    out = {}
    for si in sentences_with(doc, tuple(" " + intro for intro in _LIST_INTROS)):
        spans = list_spans(sentences[si])
        if spans:
            out[si] = _span_index(spans)
    return out


def title_places_index(doc: tuple[str, list[int]], titles: set[str]) -> dict[int, tuple[list[int], list[int]]]:
    """By sentence, the whole-word places of ``titles`` (:func:`_title_places` of each sentence), from one search of
    the join per title. A match in the join that lies inside one sentence is a match in that sentence and the
    other way round; the newline before or after a sentence is no letter or digit, as the sentence's own start or
    end is none; a match running over a newline into the next sentence (a title holding one) is dropped."""
    big, starts = doc
    n = len(big)
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for t in titles:
        pos = big.find(t)
        while pos >= 0:
            end = pos + len(t)
            if (pos == 0 or not big[pos - 1].isalnum()) and (end >= n or not big[end].isalnum()):
                si = bisect_right(starts, pos) - 1
                if end < starts[si + 1]:  # inside sentence ``si`` (its end at most)
                    spans[si].append((pos - starts[si], end - starts[si]))
            pos = big.find(t, pos + 1)
    return {si: _span_index(s) for si, s in spans.items()}


def title_places(doc: tuple[str, list[int]], sentences: list[str], title: str, titles: set[str],
                 mentions: list) -> dict[int, tuple[list[int], list[int]]]:
    """By sentence (-1: the title), where ``titles`` stand as whole words (:func:`_span_index`), for the texts that
    hold one. Up to ``_FEW_TITLES`` titles, one search of the document per title (:func:`title_places_index`);
    past it, each sentence of a name is searched for the titles its runs may hold (:func:`_titles_in`), so the
    work grows with the text, not texts x titles."""
    if not titles:
        return {}
    if len(titles) <= _FEW_TITLES:
        places = title_places_index(doc, titles)
        if title and (spans := _title_places(title, titles)):
            places[-1] = _span_index(spans)
        return places
    index = _title_index(titles)
    places = {}
    for si in {m.sentence for m in mentions if m.kind == "name"}:
        text = sentences[si] if si >= 0 else title
        if spans := _title_places(text, _titles_in(text, index)):
            places[si] = _span_index(spans)
    return places

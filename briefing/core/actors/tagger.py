"""A small statistical name tagger: a greedy averaged perceptron over BIO tags (PER, ORG, LOC).

The rules in :mod:`.finder` know titles, lists and roles; where they run out
(a capitalised run that no list explains) this tagger gives the type its
training data suggests from the word's shape, affixes, context and the
project's own word lists (first names, surnames, places, organisation words).

The weights ship in ``resources/models/actor-tagger.json.gz`` and are rebuilt,
deterministically, by ``tools/train_actor_tagger.py`` from openly licensed
data only (GUM-Wikinews, CC BY; see the README's actor section). Pure Python:
no NumPy at run time, no download. Loading costs about 0.1 s, once, on first use.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from functools import lru_cache

from .lexicon import _Lexicon, _lexicon, _norm

#: The tag set, in the order the weight vectors use.
LABELS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC")
MODEL_NAME = "actor-tagger.json.gz"


def word_shape(w: str) -> str:
    """Return a compressed shape: "Naryshkin" -> "Xx", "SVR" -> "X", "U.S." -> "X.X.", "2021" -> "d"."""
    out = []
    for ch in w[:12]:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _lex_flags(w: str, lex: _Lexicon) -> list[str]:
    """Word-list memberships of one token, as feature names."""
    f = []
    if w in lex.first_names:
        f.append("fn")
    if w in lex.surnames:
        f.append("sn")
    g = lex.gazetteer.get(_norm(w))
    if g:
        f.append("gz" + g[0])
    if w in lex.demonyms:
        f.append("dem")
    late = w in lex.late_words  # added after the model's training (late-words.txt): no feature yet
    if w in lex.org_words and not late:
        f.append("orgw")
    if w in lex.loc_last:
        f.append("locl")
    if w in lex.loc_first:
        f.append("locf")
    if (w in lex.titles or w.rstrip(".") in lex.titles) and not late:
        f.append("title")
    if w in lex.event_words:
        f.append("evw")
    wl = w.lower()
    if wl in lex.common_words:
        f.append("cw")
    if wl in lex.stop_words:
        f.append("sw")
    return f


#: (gazetteer, the words of its keys): the last gazetteer asked about, so each is split once
_GAZ_WORDS: list = [None, frozenset()]


def _gazetteer_words(lex: _Lexicon) -> frozenset[str]:
    """Return every word of the gazetteer's keys, and "the" (which :func:`.lexicon._norm` drops before a key)."""
    if _GAZ_WORDS[0] is not lex.gazetteer:
        _GAZ_WORDS[:] = [lex.gazetteer, frozenset(p for k in lex.gazetteer for p in k.split()) | {"the"}]
    return _GAZ_WORDS[1]


def _phrase_flags(words: Sequence[str], lex: _Lexicon) -> list[str]:
    """Per token: the type of a listed multi-word name covering it ("B-LOC", "I-ORG") or ""."""
    out = [""] * len(words)
    n, i = len(words), 0
    longest = min(lex.max_len, 5)
    # A window's key is its words' own keys joined (lowercase, no periods, straight quotes; a leading "the"
    # dropped), so a window holding a word with a part that no gazetteer key has cannot be listed:
    # its lookups are skipped (the same answers, without joining and normalising every window).
    known = _gazetteer_words(lex)
    # Each word's test is made when a run first reads it, kept in ``listable`` (None: not yet asked): a window's
    # lowercase words outside any run ("said", "on") are never tested. The same answers as testing every word first.
    listable: list = [None] * n
    while i < n:
        w = words[i]
        if not w[:1].isupper():
            i += 1
            continue
        ok = listable[i]
        if ok is None:
            ok = listable[i] = known.issuperset(w.replace("’", "'").replace("‘", "'").replace(".", "").lower().split())
        if not ok:
            i += 1
            continue
        run = 1
        while i + run < n and run < longest:
            ok = listable[i + run]
            if ok is None:
                w = words[i + run]
                ok = listable[i + run] = known.issuperset(
                    w.replace("’", "'").replace("‘", "'").replace(".", "").lower().split())
            if not ok:
                break
            run += 1
        for size in range(min(longest, n - i, run), 1, -1):
            g = lex.gazetteer.get(_norm(" ".join(words[i:i + size])))
            if g:
                out[i] = "B" + g[0]
                for k in range(i + 1, i + size):
                    out[k] = "I" + g[0]
                i += size
                break
        else:
            i += 1
    return out


@lru_cache(maxsize=100_000)
def _word_facts(w: str) -> tuple:
    """Return (word, lowercase, shape, word-list flags, own features, flags as "pl=", flags as "nl=") of one word
    (cached: news repeats its words). The own features are those :func:`features` gives from the word alone:
    "b", "w=", "s=", "p3=", "x3=", "x2=", "x4=" (made once per word, not once per tagging)."""
    wl, shape, flags = w.lower(), word_shape(w), tuple(_lex_flags(w, _lexicon()))
    own = ("b", "w=" + wl, "s=" + shape, "p3=" + wl[:3], "x3=" + wl[-3:], "x2=" + wl[-2:], "x4=" + wl[-4:])
    return (w, wl, shape, flags, own, tuple(["pl=" + x for x in flags]), tuple(["nl=" + x for x in flags]))


def token_context(words: Sequence[str], lex: _Lexicon, lo: int = 0, hi: int | None = None) -> list:
    """Return per-token static facts for :func:`features`, filled around ``words[lo:hi]`` (``None`` elsewhere)."""
    ctx: list = [None] * len(words)
    fill_context(ctx, words, lex, lo, len(words) if hi is None else hi)
    return ctx


def fill_context(ctx: list, words: Sequence[str], lex: _Lexicon, lo: int, hi: int) -> None:
    """Fill the facts :func:`features` reads for tokens ``lo`` to ``hi`` (two tokens of context each side).

    Only that window is computed, so tagging one capitalised run costs its
    length, not the sentence's.
    """
    s, e = max(0, lo - 2), min(len(words), hi + 2)
    if None not in ctx[s:e]:  # (a slice test, no generator: ``ctx`` would be a cell at every call)
        return
    ps, pe = max(0, lo - 4), min(len(words), hi + 4)
    phrase = _phrase_flags(words[ps:pe], lex)
    for i in range(s, e):
        if ctx[i] is None:
            ctx[i] = (*_word_facts(words[i]), phrase[i - ps])


# As the context tuples: (word, lowercase, shape, flags, own features, "pl=" flags, "nl=" flags, phrase).
_START = ("<s>", "<s>", "<s>", (), (), (), (), "")
_END = ("</s>", "</s>", "</s>", (), (), (), (), "")


def features(ctx: list[tuple], i: int, prev: str, prev2: str) -> list[str]:
    """Return the feature names of token ``i`` given the two previous tags."""
    w, wl, shape, flags, own, _pl, _nl, phrase = ctx[i]
    p = ctx[i - 1] if i > 0 else _START
    pp = ctx[i - 2] if i > 1 else _START
    n = ctx[i + 1] if i + 1 < len(ctx) else _END
    nn = ctx[i + 2] if i + 2 < len(ctx) else _END
    f = [
        *own,  # "b", "w=", "s=", "p3=", "x3=", "x2=", "x4="
        "pw=" + p[1],
        "nw=" + n[1],
        "ppw=" + pp[1],
        "nnw=" + nn[1],
        "ps=" + p[2],
        "ns=" + n[2],
        "s/ns=" + shape + "/" + n[2],
        "ps/s=" + p[2] + "/" + shape,
        "t=" + prev,
        "tt=" + prev2 + "/" + prev,
        "t/s=" + prev + "/" + shape,
        "t/w=" + prev + "/" + wl,
        "first" if i == 0 else "nfirst",
        "ph=" + phrase,
        "pph=" + p[7],
    ]
    f.extend(["l=" + x for x in flags])
    f.extend(p[5])  # "pl=" + each flag of the word before
    f.extend(n[6])  # "nl=" + each flag of the word after
    if i == 0 and "cw" in flags:
        f.append("first/cw")
    if "-" in w:
        f.append("hyph")
    return f


class Tagger:
    """Greedy left-to-right BIO tagger with averaged perceptron weights."""

    def __init__(self, weights: dict[str, tuple[float, ...]]) -> None:
        #: one weight per label (in :data:`LABELS` order) for each feature, 0.0 where the model has none
        self.weights = weights

    def scores(self, feats: list[str]) -> list[float]:
        # Seven running sums in local variables, not a list indexed per weight (the tagger's costliest loop).
        # Adding a missing weight's 0.0 leaves a sum as it was, bit for bit, so the scores are those of
        # adding only the model's weights.
        s0 = s1 = s2 = s3 = s4 = s5 = s6 = 0.0
        get = self.weights.get
        for f in feats:
            row = get(f)
            if row:
                w0, w1, w2, w3, w4, w5, w6 = row
                s0 += w0
                s1 += w1
                s2 += w2
                s3 += w3
                s4 += w4
                s5 += w5
                s6 += w6
        return [s0, s1, s2, s3, s4, s5, s6]

    def tag(self, words: Sequence[str], lo: int = 0, hi: int | None = None,
            ctx: list[tuple] | None = None) -> list[str]:
        """Return BIO tags for ``words[lo:hi]``, using the whole of ``words`` as context.

        Tags before ``lo`` count as "O" (callers tag capitalised runs, which
        follow a lowercase word or punctuation).
        """
        hi = len(words) if hi is None else hi
        if ctx is None:
            ctx = token_context(words, _lexicon(), lo, hi)
        prev, prev2 = "O", "O"
        out = []
        for i in range(lo, hi):
            s = self.scores(features(ctx, i, prev, prev2))
            best = max(range(len(LABELS)), key=s.__getitem__)
            tag = LABELS[best]
            if tag.startswith("I-") and prev[2:] != tag[2:]:
                tag = "B-" + tag[2:]  # a greedy decoder may open with I-: read it as a start
            out.append(tag)
            prev2, prev = prev, tag
        return out


def run_type(words: Sequence[str], a: int, b: int, ctx: list | None = None) -> str:
    """Return the tagger's type for the run ``words[a:b]``: the type most of its tokens get
    ("PER", "ORG", "LOC"), or "" when fewer than half are tagged as a name."""
    tags = get_tagger().tag(words, a, b, ctx=ctx)
    counts: dict[str, int] = {}
    for t in tags:
        if t != "O":
            counts[t[2:]] = counts.get(t[2:], 0) + 1
    if not counts or sum(counts.values()) * 2 < len(tags):
        return ""
    return max(counts, key=counts.__getitem__)


def name_type(words: Sequence[str], a: int, b: int, ctx: list | None = None) -> str:
    """Return the tagger's best type for ``words[a:b]`` when the run is known to be a name.

    Unlike :func:`run_type`, "O" is never an answer: each token takes its best
    name label (greedy, left to right), and the type most tokens get wins (the
    first token's on a tie). Used where the rules already know the run is a
    name but not its type (a lone word in a scorers' list, a cricket card).
    """
    tagger = get_tagger()
    if ctx is None:
        ctx = token_context(words, _lexicon(), a, b)
    else:
        fill_context(ctx, words, _lexicon(), a, b)
    prev, prev2 = "O", "O"
    counts: dict[str, int] = {}
    first = ""
    for i in range(a, b):
        s = tagger.scores(features(ctx, i, prev, prev2))
        allowed = [k for k in range(1, len(LABELS))
                   if LABELS[k].startswith("B-") or LABELS[k][2:] == prev[2:]]
        tag = LABELS[max(allowed, key=s.__getitem__)]
        counts[tag[2:]] = counts.get(tag[2:], 0) + 1
        first = first or tag[2:]
        prev2, prev = prev, tag
    best = max(counts.values())
    return first if counts[first] == best else max(counts, key=counts.__getitem__)


def spans_of(tags: Sequence[str], offset: int = 0) -> list[tuple[int, int, str]]:
    """Return (start, end, type) spans from IOB2 tags."""
    out, start, cur = [], None, None
    for i, t in enumerate([*tags, "O"]):
        if t == "O" or t.startswith("B-") or t[2:] != cur:
            if cur is not None:
                out.append((start + offset, i + offset, cur))
            start, cur = (i, t[2:]) if t != "O" else (None, None)
    return out


def load_weights(data: dict) -> Tagger:
    """Build a :class:`Tagger` from the model file's JSON (``{"labels": [...], "weights": {feat: {i: w}}}``)."""
    if tuple(data["labels"]) != LABELS:
        raise ValueError("actor tagger model has other labels than this code expects")
    # Tuples of numbers, not lists: the garbage collector stops tracking them, so the
    # model's 9,000 rows do not slow down every later collection (measured: 0.2 s per 100k words).
    # A row holds all seven labels' weights (:meth:`Tagger.scores` adds them without looking up labels).
    zeros = (0.0,) * len(LABELS)
    weights = {}
    for f, row in data["weights"].items():
        dense = list(zeros)
        for k, v in row.items():
            dense[int(k)] = float(v)
        weights[f] = tuple(dense)
    return Tagger(weights)


@lru_cache(maxsize=1)
def get_tagger() -> Tagger:
    """Return the bundled tagger (loaded once). Raises FileNotFoundError when the model file is missing."""
    from ...paths import resource

    with gzip.open(resource("models", MODEL_NAME), "rt", encoding="utf-8") as fh:
        return load_weights(json.load(fh))

"""The first test of :func:`briefing.core.actors.teams._list_gap` (a strip in C before the gap is split and joined)
gives the same answer as the general reading, ``" ".join(gap.split())`` looked up in ``_LIST_GAPS``."""

import random

from briefing.core.actors.teams import _GAP_CHARS, _LIST_GAPS, _list_gap


def _general(raw: str):
    gap = " ".join(raw.split())
    return gap if gap in _LIST_GAPS else None


def test_gap_chars_hold_every_whitespace_split_splits_at():
    spaces = {chr(c) for c in range(0x110000) if chr(c).isspace()}
    assert spaces | set(",andor&") == set(_GAP_CHARS)


def test_list_gap_matches_the_general_reading_on_tricky_gaps():
    pieces = [" ", ",", "and", "or", "&", ", and", "\u00a0", "\u3000", "\t", "\n", "\x1c", "\u2028", "a", "n", "d",
              "o", "r", "said", "\u00e9", "\U0001f600", "\x00", "\ufffd", "1", "(", "and or", "nd", "AND", "\u0430"]
    rng = random.Random(7)
    gaps = [" , ", " and ", ", and ", " or ", " & ", "", " ", "  ,   and  ", "\u00a0and\u3000", " andor ", " ,, ",
            " an d ", "and", ",", " said that ", " x " * 100_000, " " * 1_000_000 + "and" + "\t" * 10]
    for _ in range(20_000):
        gaps.append("".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))))
    for raw in gaps:
        assert _list_gap(raw) == _general(raw), repr(raw[:40])

"""The regular expressions added in session 52 stay linear on a 1 MB hostile line: runs of spaces, letters,
digits and each pattern's own separators (a hang guard: about 0.5 s at worst here, 10 s allowed).

Not here: byline_authors' split on "and"/"&" is quadratic on a run of spaces, but its callers pass at most 400
characters (read_byline refuses lines over 200).
"""

from __future__ import annotations

import time

import pytest

from briefing.core.actors import rules_words
from briefing.core.ingest import bylines, cleaning, date_lines, mime

SIZE = 1_000_000


def _line(unit: str) -> str:
    return (unit * (SIZE // len(unit) + 1))[:SIZE]


@pytest.mark.parametrize("name, pattern, units", [
    ("words", rules_words._TOKEN, [" ", "a", "-", "a-", "a'"]),
    ("byline", bylines._BYLINE, [" ", "by ", "Ab ", "and ", "Autor: "]),
    ("contact label", cleaning._CONTACT_LABEL, [" ", "press ", "contacts ", "kontakt"]),
    ("release mark", cleaning._RELEASE_MARK, [" ", "press ", "embargoed until "]),
    ("clock", date_lines._CLOCK, ["1", "1.1", "1:00 ", "1h", "ET "]),
    ("date label", date_lines._DATE_LABEL, ["\t", "last ", "published ", "mis à jour "]),
], ids=lambda value: value if isinstance(value, str) else "")
def test_new_patterns_are_linear_on_a_megabyte_line(name, pattern, units):
    for unit in units:
        text = _line(unit)
        start = time.perf_counter()
        pattern.match(text)
        pattern.search(text)
        sum(1 for _ in pattern.finditer(text))
        assert time.perf_counter() - start < 10.0, (name, unit)


def test_the_boundary_pattern_is_linear_on_a_megabyte_line():
    for unit in (b" ", b"boundary ", b"boundary=", b'boundary="', b"boundary=" + b"a" * 300):
        data = (unit * (SIZE // len(unit) + 1))[:SIZE]
        start = time.perf_counter()
        sum(1 for _ in mime._BOUNDARY.finditer(data))
        assert time.perf_counter() - start < 10.0, unit

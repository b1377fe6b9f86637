"""The input tour (pdf60): each file of :mod:`.tour60_cases` reads as a reader of it sees it.

Development cases and set-aside cases (every third) run as separate
parametrized tests, so a report can give the two parts apart. No file is
fetched from anywhere: every load runs with outgoing connections refused.
"""

from __future__ import annotations

import re
import socket

import pytest

from briefing.core.errors import LoadError
from briefing.core.ingest.load import load_article

from .tour60_cases import CASES, Case

#: A dateline the reader may take out of paragraph 1 into the article's place and date ("BERLIN, 5 May 2025 - ").
_DATELINE = re.compile(r"^[A-Z]{3,}, \d{1,2} [A-Z][a-z]+ \d{4} [-–—] ")


def _norm(paragraph: str) -> str:
    return _DATELINE.sub("", " ".join(paragraph.split()))


def problems(case: Case, tmp_path) -> list[str]:
    """What the loader got wrong in ``case`` (empty: all as expected)."""
    path = case.build(tmp_path / case.name)
    try:
        article = load_article(path)
    except LoadError as exc:
        if case.error and re.search(case.error, str(exc)) and "\n" not in str(exc):
            return []
        return [f"refused: {exc}"]
    if case.error:
        return [f"opened, expected a refusal ({case.error})"]
    out = []
    body = [_norm(" ".join(p)) for p in article.paragraphs]
    if case.title is not None and article.title != case.title:
        out.append(f"title {article.title!r}")
    if case.date is not None and not (article.date or "").startswith(case.date):
        out.append(f"date {article.date!r}")
    if case.authors is not None and article.authors != case.authors:
        out.append(f"authors {article.authors!r}")
    if case.paragraphs is not None:
        want = [_norm(p) for p in case.paragraphs]
        got = [p for p in body if p not in case.optional]
        if got != want:
            missing = [p for p in want if p not in got]
            extra = [p for p in got if p not in want]
            out.append(f"paragraphs differ: missing {missing[:3]!r}; extra {extra[:3]!r}" if missing or extra
                       else "paragraphs in another order")
    text = "\n".join(body)
    out += [f"body holds {a!r}" for a in case.absent if a in text]
    return out


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Every outgoing connection fails loudly: a file that makes the loader fetch something fails its case."""
    def refuse(*args, **kwargs):
        raise AssertionError("the loader tried to connect somewhere")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


#: Cases still read otherwise than expected (strict: a fix makes them fail until removed here), and why.
KNOWN = {
}


def _cases(aside: bool):
    return [pytest.param(c, id=f"{c.number}-{c.name}",
                         marks=[pytest.mark.xfail(reason=KNOWN[c.number], strict=True)] if c.number in KNOWN else [])
            for c in CASES if c.set_aside == aside]


@pytest.mark.parametrize("case", _cases(aside=False))
def test_development_case_reads_as_its_reader_sees_it(case, tmp_path):
    """A development file of the tour gives the title, date, authors and body paragraphs a reader sees."""
    assert problems(case, tmp_path) == []


@pytest.mark.parametrize("case", _cases(aside=True))
def test_set_aside_case_reads_as_its_reader_sees_it(case, tmp_path):
    """A set-aside file of the tour (never tuned on) reads as its reader sees it."""
    assert problems(case, tmp_path) == []

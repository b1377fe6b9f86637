"""input62's probe (:mod:`.probe62_cases`): twelve pasted text and Markdown articles, development and set-aside
parts run apart."""

from __future__ import annotations

import pytest

from .probe62_cases import PROBES
from .test_probe61 import probe_problems

#: Probes still read otherwise than expected (strict), and why.
KNOWN: dict[int, str] = {}  # 3 (a reply's "On ... wrote:" over a quoted article) reads right since mail_paste


def _cases(aside: bool):
    return [pytest.param(c, id=f"{c.number}-{c.name}",
                         marks=[pytest.mark.xfail(reason=KNOWN[c.number], strict=True)] if c.number in KNOWN else [])
            for c in PROBES if c.set_aside == aside]


@pytest.mark.parametrize("case", _cases(aside=False))
def test_probe62_development(case, tmp_path):
    assert probe_problems(case, tmp_path) == []


@pytest.mark.parametrize("case", _cases(aside=True))
def test_probe62_set_aside(case, tmp_path):
    assert probe_problems(case, tmp_path) == []

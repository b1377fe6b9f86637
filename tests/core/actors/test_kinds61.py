"""English key actors, sixty-first round: names written family name first (East Asian styles), a sentence-first
surname that is also a common word, plural common nouns before "the firm", royal roles and participle clauses, and
a long line of "Bank of " read in linear time. Made-up texts, one per rule."""

from __future__ import annotations

import signal

import pytest

from ..builders import actor_aliases as _actors
from ..builders import actor_aliases_roles as _actors_roles
from ..builders import alias_owner as _owner


@pytest.fixture
def alarm():
    def stop(*_):
        raise TimeoutError("took longer than the alarm")

    old = signal.signal(signal.SIGALRM, stop)
    yield signal.alarm
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


# -- 5. known names in a long Title Case line -------------------------------------------------------------------


def test_long_line_of_bank_of_is_read_in_seconds(alarm):
    """1 MB of "Bank of " (a run longer than any name: listed names only, ``known._find_known``) is read in
    seconds: each Title Case common word that is a listed place scanned every group's shown name (about 20 s)."""
    from briefing.core.actors.finder import _Finder
    from briefing.core.actors.lexicon import _lexicon
    from briefing.core.actors.tokens import _tokenize

    text = ("Bank of " * 125_000)[:1_000_000]
    toks = _tokenize(text)
    finder = _Finder(_lexicon())
    alarm(12)
    found = finder.find(0, text, {}, toks)
    alarm(0)
    assert len(found) == 125_000 and {m.text for m in found} == {"Bank"}

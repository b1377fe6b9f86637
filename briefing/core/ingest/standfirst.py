"""A standfirst (dek) under a text's title: what may stand between the title and the byline.

A standfirst is the article's own text (often its best summary sentence), so every reader keeps it as body
paragraph 1, as the HTML reader does with a ``<p class="standfirst">`` or an ``<h2>`` under the ``<h1>``; the
byline and date lines under it are still read as such. It is a short line with no final mark ("Dock workers stayed
away as pay talks stalled") or a single sentence in a paragraph of its own ("Dock workers stayed away for a second
day as pay talks stalled."). String tests only: linear time.
"""

from __future__ import annotations

from .front import is_date_line
from .furniture import SENTENCE_END

#: Longest standfirst written as a sentence (characters); a longer first paragraph is the body's.
MAX_SENTENCE_CHARS = 300
#: Marks that end a sentence inside a paragraph when a space follows.
_STOPS = frozenset(".!?…")


def is_standfirst_line(paragraph: str) -> bool:
    """True for a standfirst under the title written as a short line with no sentence's final mark."""
    return len(paragraph) <= 200 and not SENTENCE_END.search(paragraph)


def is_one_sentence(paragraph: str) -> bool:
    """True for a paragraph of one sentence (up to :data:`MAX_SENTENCE_CHARS`) ending with its full stop: no
    sentence mark followed by a space before its end ("U.S. troops..." counts as two: the rule stays cautious)."""
    text = paragraph.strip()
    if not text or len(text) > MAX_SENTENCE_CHARS or not SENTENCE_END.search(text):
        return False
    return not any(c in _STOPS and text[i + 1] == " " for i, c in enumerate(text[:-1]))


def may_precede_byline(paragraphs: list[str]) -> bool:
    """True when a byline may still follow ``paragraphs`` (the body read so far): none yet, or at most two that are
    date lines and standfirsts, one of them at most a standfirst written as a sentence."""
    if not paragraphs:
        return True
    if len(paragraphs) > 2:
        return False
    sentences = 0
    for p in paragraphs:
        if is_date_line(p) or is_standfirst_line(p):
            continue
        if not is_one_sentence(p):
            return False
        sentences += 1
    return sentences <= 1

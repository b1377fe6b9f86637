"""Names with a lower-case link word inside: "War on Want", "Friends of the Earth", "Action for Children",
"Mothers against Drink Driving". The finder's runs of capitals stop at a lower-case word other than its few
connectors, so such a name came out as its last word ("Want", "Earth" as a place).

A link word joins two capitalised words into one name when the text writes the three (or four, with "of the")
the same way twice or more, or once after a noun that says an organisation follows ("the charity War on Want",
"campaign group Friends of the Earth"). "of" links only after a plural ("Friends of the Earth"): "Bank of
England" and "President of France" are the finder's own rules. A day or a month after the link is a date
("Chelsea on Sunday"), never a name.
"""

from __future__ import annotations

import re
from collections import Counter

from .media import DAYS, MONTHS

#: A capitalised word, a link word, a capitalised word (one quantifier a group: no backtracking).
_LINKED = re.compile(r"\b([A-Z][a-z]{1,30}) (on|of the|without|against|for) ([A-Z][a-z]{1,30})\b")
#: A link word between spaces and a capital after it: every match of :data:`_LINKED` holds one and starts at most
#: :data:`_FIRST_WORD_MAX` characters before it (its first word), so :data:`_LINKED` reads a sentence only from
#: there on, and only one with it (most sentences with a link word have none: "bet on it"; "on Monday" has).
_LINK_CAPITAL = re.compile(r" (?:on|of the|without|against|for) [A-Z]")
_FIRST_WORD_MAX = 31
#: Nouns before a name that say an organisation follows.
_ORG_CUES = frozenset(["charity", "charities", "group", "campaign", "campaigners", "organisation", "organization",
                       "movement", "coalition", "alliance", "trust", "foundation", "society", "body", "network",
                       "lobby", "association", "ngo", "NGO", "initiative"])
#: Capitalised words that open a sentence or a clause and are no name's first word.
_OPENERS = frozenset(["The", "A", "An", "It", "This", "That", "These", "Those", "He", "She", "They", "We", "I",
                      "But", "And", "Or", "So", "If", "When", "While", "As", "On", "In", "At", "For", "Of", "With"])


def linked_names(sentences: list[str]) -> frozenset[tuple[str, str, str]]:
    """The (first word, link words, next word) of each linked name of the text (see the module's docstring)."""
    counts: Counter = Counter()
    cued: set[tuple[str, str, str]] = set()
    for text in sentences:
        if " on " not in text and " of the " not in text and " for " not in text and " without " not in text \
                and " against " not in text:
            continue
        link_at = _LINK_CAPITAL.search(text)
        if link_at is None:
            continue
        # (No match starts before the position given; there ``\b`` still sees the character before it.)
        for m in _LINKED.finditer(text, max(0, link_at.start() - _FIRST_WORD_MAX)):
            left, link, right = m.groups()
            if left in _OPENERS or right.lower() in DAYS or right.lower() in MONTHS \
                    or (link == "of the" and not left.endswith("s")):
                continue
            key = (left, link, right)
            counts[key] += 1
            before = text[max(0, m.start() - 24):m.start()].split()
            if before and before[-1].strip(",") in _ORG_CUES:
                cued.add(key)
    return frozenset(k for k, n in counts.items() if n >= 2) | frozenset(cued)

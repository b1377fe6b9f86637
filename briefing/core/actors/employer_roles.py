"""Whether an apposition after a name is headed by a role: "Ann Lee, a market strategist at Halden Bank,".

The role-noun list (``role-nouns.txt``) holds the common posts; English forms many more from a verb or a field
with an agent suffix ("strategist", "pollster", "lobbyist", "inspector", "fundraiser"). Such a noun heads a role
when the apposition names the employer right after it: "at", "with" or "for" and a capitalised word ("a pollster
at Surveyline", "a fellow at the Harlow Institute"). Without an employer the noun may be anything ("a number of",
"a corner in Leeds"), so it is no role.
"""

from __future__ import annotations

from .lexicon import _Lexicon

#: Agent suffixes of English nouns naming what a person does for a living.
_AGENT_ENDS = ("ist", "ster", "er", "or", "ian", "ant", "ent", "eer")
#: Posts with no agent suffix, named with an employer: "a senior fellow at", "a partner at", "a fellow with".
_POSTS = frozenset(["fellow", "partner", "associate", "staffer", "aide", "principal", "lecturer", "reader"])
#: Prepositions that introduce an employer after a post.
_EMPLOYER = frozenset(["at", "with", "for"])
#: Prepositions and relatives that end the head of a role ("roles._PHRASE_BREAKS").
_BREAKS = frozenset(["of", "for", "at", "in", "on", "with", "to", "from", "who", "which", "that", "whose"])


def role_headed(lex: _Lexicon, words: list[str], head: int) -> bool:
    """Return whether the apposition ``words`` (its first preposition at ``head``) is headed by a role noun:
    a listed one ("a spokesman for", "co-founder of Blinkx"), or a lower-case agent noun or post right before
    "at"/"with"/"for" and a capitalised employer ("a market strategist at Halden Bank")."""
    role_nouns = lex.role_nouns
    for w in words[:head]:  # (a loop, no generator: ``lex`` would be a cell at every call)
        if w in role_nouns:
            return True
        low = w.lower()
        if low in role_nouns or (low.split("-", 1)[-1] in role_nouns and low.startswith(("co-", "vice-"))):
            return True  # "co-founder of Blinkx"
    return _employed(words, head)


def _employed(words: list[str], head: int) -> bool:
    """Whether ``words[head - 1]`` is an agent noun or post and ``words[head:]`` names its employer."""
    if head < 1 or head + 1 >= len(words) or words[head] not in _EMPLOYER:
        return False
    noun, nxt = words[head - 1], words[head + 1]
    if nxt == "the" and head + 2 < len(words):
        nxt = words[head + 2]
    return noun.isalpha() and noun.islower() and len(noun) > 4 and nxt[:1].isupper() \
        and (noun in _POSTS or noun.endswith(_AGENT_ENDS))


def employer_role(words: list[str]) -> bool:
    """Return whether the role ``words`` hold an agent noun or post with its employer: "market strategist at
    Halden Bank", "senior fellow at the Harlow Institute" (:func:`role_headed` without the role-noun list)."""
    head = next((k for k, w in enumerate(words) if w in _BREAKS and k > 0), len(words))
    return _employed(words, head)


def agent_role_only(lex: _Lexicon, role: str) -> bool:
    """Return whether ``role`` is a role only by :func:`employer_role`: no listed role noun or title in it
    ("market strategist at Halden Bank", "student at Crosby High School"). Such a person is the text's source or
    witness far more often than its actor, so the role is shown but gives the person no salience
    (:mod:`.extract`)."""
    words = role.split()
    return employer_role(words) and not any(w.lower() in lex.role_nouns or w in lex.titles for w in words)

"""Is a person in the story to comment on it? "Dana Whitlow, an analyst at Corve Securities", "economist Lena Hartwig".

A news story quotes outsiders to explain or judge what happened: analysts, economists, professors, experts,
researchers, commentators, a newsroom's own editors and correspondents, spokespeople. Their role noun says
why they are in the text: to comment, not to take part. Between two people the text names as often and as
early, the one who takes part is the key actor more often than the commenter. :func:`commenter_role` reads a
role (as the finder gives it, :attr:`EntityMention.role`) word by word: no regular expression, bounded by the
role's length. English role nouns only: for another language's roles it is False, so the salience feature
``not_commenter`` (:mod:`.salience`) is the same for every actor there and the order does not change.
"""

from __future__ import annotations

#: Role nouns of people quoted to comment on events, not to act in them (singular and plural).
COMMENTER_NOUNS = frozenset("""analyst analysts professor professors spokesman spokeswoman spokesperson spokesmen
spokeswomen expert experts economist economists researcher researchers lecturer fellow commentator commentators
pundit pundits strategist strategists consultant consultants correspondent correspondents editor editors
columnist columnists observer observers historian historians scientist scientists academic academics""".split())


def commenter_role(role: str) -> bool:
    """True when a word of ``role`` is a commenter's role noun (:data:`COMMENTER_NOUNS`): "chief economist",
    "professor of history at Marlow University", "BBC political editor"; not "chief executive" or "coach"."""
    if not role:
        return False
    low = role.lower()
    # Most roles are letters and spaces ("chief executive"): split as they are, no walk over each character
    # (the salience features ask once a mention: 167,000 bytecodes on 100k words before).
    words = low.split() if low.replace(" ", "").isalpha() else "".join(ch if ch.isalpha() else " " for ch in low).split()
    return not COMMENTER_NOUNS.isdisjoint(words)

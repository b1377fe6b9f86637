"""The fast paths of issue 17's speed work give what the plain loops gave (made-up sentences)."""

from briefing.core.actors.commenters import commenter_role
from briefing.core.actors.cues import quote_state
from briefing.core.actors.tokens import _tokenize


def _state(text: str) -> list[bool]:
    return quote_state(_tokenize(text), text)


def test_quote_state_marks_the_tokens_inside_double_quotes() -> None:
    text = 'Mr Pell said "Dunmore will win" and left .'
    toks = _tokenize(text)
    inside = [t.text for t, q in zip(toks, _state(text)) if q]
    # the opening mark is outside, the words and the closing mark inside (the state before each token)
    assert inside == ["Dunmore", "will", "win", '"']


def test_quote_state_curly_marks_reopened_and_unclosed() -> None:
    text = "“ Arlo went “ home , Vesna said"
    toks = _tokenize(text)
    assert [t.text for t, q in zip(toks, _state(text)) if q] == ["Arlo", "went", "“", "home", ",", "Vesna", "said"]
    assert _state("No quotes here at all") == []
    text = "He said ” Tamsin left"  # a closing mark first closes nothing
    assert not any(_state(text))


def test_commenter_role_reads_words_with_marks_and_without() -> None:
    assert commenter_role("chief economist")
    assert commenter_role("BBC's political editor")
    assert commenter_role("head of research, analyst-in-chief")
    assert not commenter_role("chief executive")
    assert not commenter_role("")

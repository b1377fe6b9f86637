"""The sports words of the first pass: ``tokenize_caps``' fourth value says when a sentence's tokens may hold one
(``document._read_sentences`` walks the tokens only then, or for a short line that may be a result line)."""

import random

from briefing.core.actors import document as D
from briefing.core.actors.finder import _Finder
from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.tokenizer import _tokenize, token_forms, tokenize_caps

_WORDS = D._SPORTS_WORDS
_FORMS = D._SPORTS_FORMS


def _exact(text: str) -> bool:
    """The plain test: a token of kind "word" that is a sports word once in lower case."""
    return any(t.kind == "word" and t.text.lower() in _WORDS for t in _tokenize(text))


def _marked(text: str) -> bool:
    return tokenize_caps(text, frozenset(), frozenset(), _WORDS, _FORMS)[3]


def _told(text: str) -> bool:
    """The test without tokens of a sentence without a name (``document._may_hold_sports``)."""
    return D._may_hold_sports(text)


def test_forms_are_the_words_cases_and_closing_marks():
    assert {"won", "Won", "WON", "won,", "won.", "won)", "won”"} <= token_forms(frozenset(["won"]))
    assert tokenize_caps("He won the cup.")[3] is False  # no words asked: never marked


def test_every_chunk_shape_that_makes_a_sports_word_is_marked():
    texts = [
        "They won", "They Won.", "WON", "wOn", "WoN,", '"won', "(Goal", "“wOn", "5goals", "(£5goals);", '(won),"',
        "Match's", "x:Goal's", "v.", "V. Smith", "x--goal", "a,goal", "goal-line", "Half-time", "semi-final,",
        "hoc\u212aey", "HOC\u212aEY", "won  lost", "\tgoal", "Goal\u00a0!", "the club’s", "Club’s", "\u0130nnings",
        "goal.com", "bbc.co.ukgoals", "golf_", "½goal", "goal5", "[goal]", "‘Golf’", "it's-golf",
    ]
    for text in texts:
        assert not _exact(text) or _marked(text), repr(text)
        assert not _exact(text) or _told(text), repr(text)
        assert not _exact("the side said " + text + " and left at once") or _told("the side said " + text), repr(text)


def test_marks_are_a_superset_of_the_plain_test_on_random_text():
    rng = random.Random(29)
    alphabet = list("aAvV.,;:'’\"“”()[]-&/%$19 _²é\t") + [
        "won", "Won", "WON", "wOn", "goal", "Goal", "GOALS", "half", "time", "-", "  ", "Mr", "Co", ".com", "'s",
        "’s", "\u212a", "hoc", "ey", "\u00a0", "\u0130", "J.", "U.S.", "bn", "m", "5",
    ]
    for _ in range(8000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 14)))
        assert not _exact(text) or _marked(text), repr(text)
        assert not _exact(text) or _told(text), repr(text)


def test_a_one_megabyte_line_is_marked_in_bounded_time():
    line = "Coca-Cola met J. Smith in U.S. talks, " * 27_000
    assert _marked(line) is False and _marked(line + " Goal's") is True
    assert _told(line) is False and _told(line + " x:Goal's") is True


def _sports_of_every_sentence(sentences: list[str]) -> set[str]:
    """The sports words as the first pass read them before: every sentence's tokens walked, up to four."""
    hits: set[str] = set()
    for text in sentences:
        if len(hits) < 4:
            D._sports_words(_tokenize(text), hits)
    return hits


def test_first_pass_sports_words_are_those_of_every_sentence():
    lex = _lexicon()
    documents = [
        ["The firm said prices rose.", "Prices fell in London.", "It won a contract.", "Results were good."],
        ["Wigan 42 Bradford Bulls 36", "the side lost.", "He said the Match's end came late."],
        ["Shares in Acme rose 5%.", "The board met on Monday.", "analysts said the deal was done."],
        ["Leeds 2 Hull 1", "Bath 3 Bristol 0", "5goals in (Goal) and v. x--golf", "they drew, “won” and LOST"],
        ["Ann Lee of Acme said that the tournament would go on.", "the season ended."] * 3,
        ["the firm said that the shares rose again in the morning and fell back in the late afternoon there,"
         " and the 5goals x--golf (goal), v. it", "the wOn and a long line that runs on for many more words than twelve.",
         "it was hot", "the side said the cup was lost, and the board that runs the firm agreed at the meeting today."],
    ]
    for sentences in documents:
        got = D._read_sentences(_Finder(lex), lex, sentences, 0, len(sentences))[2]
        assert got == _sports_of_every_sentence(sentences), sentences


def test_a_sentence_without_a_name_is_no_result_line():
    """The first pass asks ``_may_hold_sports`` alone of a sentence without a name: such a sentence has no number
    right after a capitalised token, so ``_sports_words`` adds no result line (" score") for it."""
    rng = random.Random(31)
    lone_stops = _Finder(_lexicon())._lone_stops
    firsts = ["The", "He", "However,", "“We", "the", "we", "it", "(It", "Wigan", "V.", "U.S."]
    rest = ["the", "a", "42", "36", "7", ",", ".", "-", "v.", "u.s.", "won", "42-36", "(7)", "bulls", "", " "]
    seen = 0
    for _ in range(6000):
        text = rng.choice(firsts) + " " + "".join(rng.choice(rest) + rng.choice(["", " ", " "])
                                                  for _ in range(rng.randrange(1, 10)))
        if D._nameless(text, lone_stops):
            seen += 1
            hits: set[str] = set()
            D._sports_words(_tokenize(text), hits)
            assert " score" not in hits, repr(text)
    assert seen >= 200

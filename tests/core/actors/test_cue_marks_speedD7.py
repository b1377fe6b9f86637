"""The first pass marks the sentences that may hold a cue word of ``titles.title_spans`` as it tokenizes them
(``tokenizer.tokenize_caps``'s third value), and ``works.drop_works`` skips its own test on the others: the mark
must be True for every text the plain test finds a cue word in (commas, full stops, hyphens, brackets, marks,
capitals and mixed case, the Kelvin sign, a dotted capital I, Greek, odd bytes, 1 MB lines), and the mentions
that come out must be the same with the marks as without them."""

from __future__ import annotations

import random
import time

from briefing.core.actors import document
from briefing.core.actors.document import _rule_mentions
from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.titles import _CUE_WORDS, CUE_FORMS
from briefing.core.actors.tokenizer import tokenize_caps
from briefing.core.model import Article


def _plain(text: str) -> bool:
    """The test ``drop_works`` made on every sentence (a cue word once in lower case, between spaces and commas)."""
    return not _CUE_WORDS.isdisjoint(text.lower().replace(",", " ").split())


def _marked(text: str) -> bool:
    return tokenize_caps(text, _CUE_WORDS, CUE_FORMS)[2]


#: Cue words written every way a chunk can hold them, beside words and marks near them.
_PIECES = ["film", "Film", "FILM", "fILM", "FiLm", "fiLm", "film,", "Film,", "FILM,", "fIlm,", ",film", "a,film",
           "film,,", "film,a", ",Film,", "film.", "film;", "(film)", "(film),", "film),", 'film,"', 'Film,”', "(film,",
           '"film', "“Film,", "film's", "Film's", "spin-off", "Spin-off", "Spin-Off", "SPIN-off", "spin-OFF",
           "spin-off,", "Spin-Off,", "(spin-off)", "boo\u212a", "BOO\u212a", "Boo\u212a", "\u212aboo", "1,film",
           "$1,show", "(£1.5m),hit,", "1,hit.", "2004,", "1,000", "75m", "$206bn", "1.8%.", "İ", "FİLM", "fİlm",
           "Σ", "ΣΟΦΊΑ", "ταινίας", "фильм", "日本", "\x00", "\udcff", "\ufffd", "é", "ﬁlm", "Ⅰ", "show-", "-show",
           "hit-", "the", "The", "a", "said", "Rooney's", "Mr.", "J.", "U.S.", "St", "MPs", "McDonald", "eBay",
           "played", "PLAYS", "Plays,", "tune", "Tune", "stars,", "Stars", "horse", "Horse,", "report", "REPORT,",
           "\u00a0", "\t", "\n", "", ",", ".", "'", "’s", "a\u2028film", "drama\u00a0show", "x\u3000song"]


def test_marks_every_text_the_plain_test_reads_a_cue_in():
    rng = random.Random(7)
    texts = [" ".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 9))) for _ in range(20000)]
    texts += list(_PIECES) + [p + " said" for p in _PIECES] + ["He said " + p for p in _PIECES]
    texts += ["".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 6))) for _ in range(5000)]  # glued
    for text in texts:
        if _plain(text):
            assert _marked(text), text
    for text in texts[:3000]:  # the tokens are the same with the words looked for as without
        toks, caps, _, _ = tokenize_caps(text, _CUE_WORDS, CUE_FORMS)
        plain, plain_caps, _, _ = tokenize_caps(text)
        assert [(t.text, t.start, t.end, t.kind, t.is_cap, t.is_upper) for t in toks] == \
            [(t.text, t.start, t.end, t.kind, t.is_cap, t.is_upper) for t in plain] and caps == plain_caps, text
    # The marks are not all True: a sentence without a cue word is read without the test.
    assert not _marked("He said the BBC and ITV agreed, in 2004, on $206bn.")
    assert not _marked("“We will win,” he said (Reuters).")
    assert sum(map(_marked, texts)) < len(texts)


def test_marks_random_characters_and_a_long_line():
    rng = random.Random(3)
    alphabet = "filmFILMshowSHOW-,. ()'\"\u212a\u0130\u03a3\u03c2\xa0\t\n1$%" + "".join(chr(rng.randrange(32, 0x3000)) for _ in range(40))
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 30)))
        if _plain(text):
            assert _marked(text), text
    line = ("The company said prices rose, " * 40000)[:1_000_000]
    start = time.perf_counter()
    assert not _marked(line)
    assert _marked(line + " a,film")
    assert _marked(line + " FiLm")
    assert time.perf_counter() - start < 10


def test_marks_nothing_without_words():
    assert tokenize_caps("the film, a show")[2] is False
    assert tokenize_caps("the  film")[2] is False  # other white space: the regex's tokens
    assert tokenize_caps("the  Film,", _CUE_WORDS, CUE_FORMS)[2] is True


def test_drop_works_reads_the_same_titles_with_the_first_pass_marks(monkeypatch):
    """The whole finder with the marks and with every sentence tested as before (no marks handed on)."""
    paragraphs = [["He starred in The Hours with Nicole Kidman.", "Clapton's 1991 hit Tears In Heaven sold well.",
                   "Tears In Heaven was written in London, Mr Brown said.", "The BBC drama Casualty returns.",
                   "Casualty, the FILM, will air; Rembrandt's 'Storm on the Sea of Galilee' was stolen."],
                  ["A,film called Heat opened.", "fILM Heat starred Al Pacino.", "Al Pacino met Robert De Niro.",
                   "The spin-off Joey failed.", "Joey was made by NBC in Los Angeles."]]
    article = Article(title="Stars of the Film Heat", paragraphs=paragraphs)
    lex = _lexicon()
    sentences = [s for p in paragraphs for s in p]
    part = document._read_sentences(document._Finder(lex), lex, sentences, 0, len(sentences))
    assert set(part[3]) == {i for i, s in enumerate(sentences) if not _plain(s)}
    marked = _rule_mentions(article)
    real = document.drop_works
    monkeypatch.setattr(document, "drop_works", lambda m, s, t, lx, no_cues, doc=None: real(m, s, t, lx))
    assert marked == _rule_mentions(article)

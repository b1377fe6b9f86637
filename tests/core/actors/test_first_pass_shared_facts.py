"""The facts the tokenizer hands on to the first pass (issue 17) are those the later steps read off the tokens."""

import random

from briefing.core.actors.document import _any_upper, _read_sentences
from briefing.core.actors.finder import _Finder
from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.tokenizer import _cap_starts, _tokenize, tokenize_caps

#: Pieces of made-up sentences: every path of the tokenizer (plain words, a word and a mark, marks around a word,
#: amounts, possessives, hyphens, initials, acronyms, the regex's words), other scripts and odd code points.
_PIECES = ["The", "the", "UN", "U.S.", "J.", "J. Smith", "Mr.", "Dr", "al-Assad", "d'Estaing", "Ballymena-born",
           "ABC-1", "ABC-def", "42", "1.5", "$206bn", "(£1.5m);", "75m", ",", ".", "(", ")", '"', "“We", "said,",
           "Paris)", "(Reuters),", "Japan's", "NATO’s", "world's", "long-term", "É", "ÉCOLE", "ǅ", "ǅx", "ª", "Ａｂ",
           "Москва", "МОСКВА", "中国", "A中", "x\u0301", "\u00a0", "Amazon.com", "BBC.co.uk", "--", "-", "—", "e-Bay",
           "O'Neil", "O’NEIL", "’s", "'", "&", "AT&T", "Kim", "Dae-jung", "4th", "Radio", "4", "\ufeff", "\x00", "x"]


def _texts(seed: int, count: int):
    rng = random.Random(seed)
    for _ in range(count):
        sep = rng.choice([" ", " ", "  ", "\t", ""])
        yield sep.join(rng.choice(_PIECES) for _ in range(rng.randrange(0, 14)))


def test_tokenize_caps_lists_the_capitalised_tokens():
    for text in _texts(23, 3000):
        toks, caps, _, _ = tokenize_caps(text)
        assert [(t.text, t.start, t.end, t.kind, t.is_cap, t.is_upper) for t in toks] == \
            [(t.text, t.start, t.end, t.kind, t.is_cap, t.is_upper) for t in _tokenize(text)], text
        assert caps == _cap_starts(toks), text
        # A token in capitals is a capitalised one: the words in capitals are read among ``caps``.
        assert all(t.is_cap for t in toks if t.is_upper), text
        assert _any_upper(toks, caps) == any(t.is_upper for t in toks), text


def test_tokenize_caps_on_a_long_line():
    text = ("The UN's J. Smith (Reuters), said 1.5m “We Paris)... " * 20_000)[:1_000_000]
    toks, caps, _, _ = tokenize_caps(text)
    assert caps == _cap_starts(toks)


def test_spans_read_the_given_capitals_once():
    lex = _lexicon()
    finder = _Finder(lex)
    for text in _texts(31, 1500):
        toks, caps, _, _ = tokenize_caps(text)
        if not toks:
            continue
        plain = _Finder(lex).spans(_tokenize(text))
        finder.given_caps = (toks, caps)
        assert finder.spans(toks) == plain, text
        assert finder.given_caps[0] is None  # read once: a second call walks the tokens again
    toks, caps, _, _ = tokenize_caps("Kim Dae-jung met Chen Shui-bian")
    finder.given_caps = (toks, caps)
    assert finder.spans(toks) == [(0, 2), (3, 5)]
    assert caps == [0, 3] and _cap_starts(toks) == [0, 1, 3, 4]  # the given names made capitalised by spans


def test_first_pass_reads_the_same_mentions_with_the_given_capitals():
    lex = _lexicon()
    sentences = [t for t in _texts(41, 800) if t.strip()] + [
        "Kim Dae-jung met Chen Shui-bian in Seoul.", "THE UN SAID ON MONDAY", "Talks With The Prime Minister Failed",
        "the man left", "He said the BBC and ITV agreed."]
    got = _read_sentences(_Finder(lex), lex, sentences, 0, len(sentences))

    class _Plain(_Finder):
        given_caps = property(lambda self: (None, None), lambda self, value: None)  # never handed: each walks

    want = _read_sentences(_Plain(lex), lex, sentences, 0, len(sentences))
    assert got[0] == want[0]
    assert [(i, [t.text for t in toks]) for i, toks in got[1]] == [(i, [t.text for t in toks]) for i, toks in want[1]]


def test_credit_start_reads_other_scripts_as_the_regex():
    import re

    from briefing.core.actors.tokens import _CREDIT, _FOLDED_TO_ASCII, _credit_start

    # The characters (?i) matches to a letter of a credit word or of "by", beyond ASCII: the pre-test's list.
    letters = re.compile("(?i)[" + "".join(sorted(set("photographpicturesimagesillustrationcreditcourtesysourceby"))) + "]")
    assert {chr(c) for c in range(0x80, 0x110000) if letters.fullmatch(chr(c))} == set(_FOLDED_TO_ASCII)
    pieces = ["Photo", "PHOTO", "photographs", "Pictures", "image", "ILLUSTRATION", "credit", "Courtesy", "sources",
              ":", " :", "\u00a0:", "by", "BY", "bY", "©", "’", "“", "é", "Москва", "\u0130mage", "\u0131mage",
              "\u017fource", "\u212aredit", "photo\u00a0by", "nearby", "byline", " ", " ", "x", "Reuters", "/", "AFP"]
    rng = random.Random(7)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randrange(0, 9)))
        m = _CREDIT.search(text)
        assert _credit_start(text) == (m.start() if m else None), text

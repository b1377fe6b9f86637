"""The finder's per-run fast paths (finder._Finder._analyse_step) give what the general code gives: a run's words and
surface made without a comprehension for one word, and the sentence's start read without a call after a word."""

from __future__ import annotations

import itertools

from briefing.core.actors.finder import _STARTERS, _Finder
from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.tokens import _OPENERS, _tokenize


def _tok_like(t, text, kind):
    u = _tokenize("x")[0]
    u.text, u.kind, u.start, u.end, u.is_cap, u.is_upper = text, kind, t.start, t.end, False, False
    return u


def test_a_run_starts_the_sentence_as_initial_says_after_any_token():
    """Every token before a run, of every kind, even a made-up one (a "." of kind "word", a word of kind "punct"):
    a mention's ``initial`` is :meth:`_Finder._initial` of its run."""
    lex = _lexicon()
    finder = _Finder(lex)
    texts = sorted(_STARTERS | _OPENERS) + ["said", "5", "the", "and", "--", "»", "…", ",", ";"]
    checked = 0
    for before, kind, opener in itertools.product(texts, ["punct", "word", "num", "abbr"], ["", "(", "“", "said"]):
        text = f"{opener} {before} Zorblax Quentaro visited"
        toks = _tokenize(text)
        a = next(i for i, t in enumerate(toks) if t.text == "Zorblax")
        toks[a - 1] = _tok_like(toks[a - 1], before, kind)
        found = finder._analyse_span(0, text, toks, a, a + 2)
        for m in found:
            assert m.initial == finder._initial(toks, a), (text, kind)
            checked += 1
    assert checked > 300


def test_one_word_runs_keep_their_words_and_surface():
    lex = _lexicon()
    finder = _Finder(lex)
    for text in ["He met Zorblax there", "He met Zorblax’s team", "He met É\u0301lodie there", "He met 東京 there",
                 "He met " + "Q" * 100_000 + " there", "He met İstanbul\x00 there"]:
        toks = _tokenize(text)
        a = 2
        for m in finder._analyse_span(0, text, toks, a, a + 1):
            assert m.text == text[toks[a].start:toks[a].end] and list(m.tokens) == [toks[a].text]


def test_the_taggers_answer_for_a_run_is_its_first_in_each_sentence():
    """_model_type remembers its answers for one sentence only: the same bounds in the next sentence are asked anew,
    and each answer is the one a new finder gives."""
    lex = _lexicon()
    texts = ["He met Tony Blair in Leeds", "He met Royal Mail in Leeds", "He met Crystal Palace in Leeds",
             "He met Heath Ledger in Leeds", "He met Ask Jeeves in Leeds", "He met Mark Oaten in Leeds"]
    finder = _Finder(lex)
    answers = []
    for text in texts + texts[::-1]:
        toks = _tokenize(text)
        first = finder._model_type(toks, 2, 4)
        assert finder._model_type(toks, 2, 4) == first == _Finder(lex)._model_type(toks, 2, 4)
        answers.append(first)
    assert len(set(answers)) > 1  # (the sentences' answers differ: a stale answer would show)


def test_word_facts_read_from_the_scratch_tokens_are_those_of_new_tokens():
    """The finder's two scratch tokens give a word's facts what a token made for the word gives."""
    from briefing.core.actors.run_rules import _text_tok

    class _NewTokens(_Finder):
        def _scratch_tok(self, w, upper=0):
            return _text_tok(w, bool(upper))

    lex = _lexicon()
    pools = [lex.titles, lex.demonyms, lex.first_names, lex.noise, lex.org_words, lex.common_words]
    words = sorted({w for pool in pools for w in sorted(pool)[:400]}) + [w.upper() for w in sorted(lex.common_words)[:400]] + ["EPS", "GDRs", "ADRs", "Chg", "M1", "C-4",
                                                                        "Under-21", "ORDERS", "CEO", "x", "\x00"]
    fast, slow = _Finder(lex), _NewTokens(lex)
    for w in words:
        assert fast._word_facts(w) == slow._word_facts(w), w
        assert fast._one_word_facts(w) == slow._one_word_facts(w), w


def test_the_gates_before_the_dateline_and_label_tests_keep_every_hit():
    """The finder asks :func:`.sentence._dateline` only at a sentence's start or after a comma, and
    :func:`.nonnames.anonymous_label` only for a last word of one character: every run either is True for is so."""
    from briefing.core.actors.nonnames import anonymous_label
    from briefing.core.actors.sentence import _dateline
    lex = _lexicon()
    texts = ["MINSK (Reuters) - The talks", "NEW YORK 1996-08-30", "ARLINGTON , Texas 1996-08-31 The", "ROCHESTER , N.H. 1996-08-30",
             "AL-AIN , United Arab Emirates 1996-08-30", "Nurse A said", "Patient X , Witness B and Mr Q", "LONDON ; PARIS , 1996",
             "“MOSCOW , Russia ( AFP )", "A , B , C 1999-01-01", "É , Ñ 2001-01-01", "X\x00 , Y 2020-02-02"]
    hits = 0
    for text in texts:
        toks = _tokenize(text)
        for a in range(len(toks)):
            for b in range(a + 1, min(len(toks), a + 4) + 1):
                if _dateline(toks, a, b):
                    hits += 1
                    assert a == 0 or toks[a - 1].text == ",", (text, a, b)
                if anonymous_label(toks, a, b, lex):
                    hits += 1
                    assert len(toks[b - 1].text) == 1, (text, a, b)
    assert hits >= 8


def test_no_glued_title_in_a_run_of_one_or_two_words():
    """The run rules' fast paths for one and two words leave out :func:`.glued_titles.glued_title`: it finds a title
    and a name of two words at least, so it is None for every run of one or two words, in every context."""
    from briefing.core.actors.glued_titles import _BARE_BODIES, ACRONYM_TITLES, glued_title
    lex = _lexicon()
    words = sorted(ACRONYM_TITLES) + sorted(_BARE_BODIES) + ["Chief", "Officer", "Director-General", "Ann", "Lee",
                                                             "Keir", "Starmer", "Opposition", "of", "the", "Mr"]
    befores = ["", "Leader of", "Leader of the", "Director of", "Minister of the", "President of", "the", "of"]
    checked = 0
    for before in befores:
        for w0 in words:
            for w1 in words + [""]:
                text = " ".join(x for x in (before, w0, w1, "Ann Lee said") if x)
                toks = _tokenize(text)
                a = len(_tokenize(before)) if before else 0
                for b in (a + 1, a + 2):
                    assert glued_title(lex, toks, a, b) is None, (text, a, b)
                    checked += 1
                assert glued_title(lex, toks, a, len(toks) - 1) is None or len(toks) - 1 - a >= 3
    assert checked > 1000

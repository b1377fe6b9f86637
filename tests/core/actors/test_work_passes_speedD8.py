"""speedD8: the work passes do less work for the same mentions.

``titles.read_title_spans`` visits only the words its tests read (a cue word or "as" found by one set intersection,
a possessive before a quotation mark) and makes the words' spans only for the cues that read their neighbours'
places: it must give what the walk over every word gives (``_read_words``) and what the plain form gave
(:func:`.drop_works_reference.title_spans_reference`), on words in every case, with commas, quotation marks,
other scripts, odd white space and long lines. ``works.drop_works`` calls it without ``title_spans``' first test
(a text failing it gets no span) and reads only the sentences not marked ``no_cues`` by the first pass and those
holding a possessive before a quotation mark: the mentions must be those of the plain form.
"""

from __future__ import annotations

import random
import time

from briefing.core.actors import titles, works
from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.tokenizer import tokenize_caps

from .drop_works_reference import drop_works_reference, title_spans_reference
from .test_drop_works_speedD5 import _VOCAB, _document

#: Words the title rules read, in every case and with marks, beside odd characters.
_WORDS = _VOCAB + ["Film,", "FILM,", "fIlM", "As", "as,", "AS", ",as", "Tune", "tune,", "into", "in", "to", "Sunday's",
                   "Drama,", "ΑΣ", "Σ,", "ΣΑΣ", "\u212aettle", "boo\u212a", "Vermeer's", "Vermeer’s", "'The", "Concert'",
                   "‘Tall", "Tales’", '"Big', 'Night"', "“Big", "Night”", "Cast", ",cast,", "CAST", "of", "Kisna", "performance",
                   "production,", "called", "Unicode", "as\tAs", "role,", "theme", "Theme", "hit,", "A", "An", "Very",
                   "Long", "stars", "starring", "Starred", "rode", "Riding", "Red", "Rum", "2004", "new", "BBC", "s", "s'",
                   "'s", "’s", "x's", "  ", " ", "\t", "\n", "\u00a0", "\u2028", "İ", "ß", "ﬁlm", "日本", "\udcff", "\x00"]


def _text(rng: random.Random) -> str:
    sep = rng.choice([" "] * 8 + ["  ", "\t", " \u00a0"])
    text = sep.join(rng.choice(_WORDS) for _ in range(rng.randint(0, 16)))
    return rng.choice(["", " ", "  "]) + text + rng.choice(["", "", " ", "."]) if rng.random() < 0.2 else text


def _first_test(text: str) -> bool:
    """``title_spans``' first test: a cue word once in lower case between white space and commas, or a possessive's
    "s", a space and a quotation mark."""
    return not titles._CUE_WORDS.isdisjoint(text.lower().replace(",", " ").split()) \
        or ("s '" in text or "s ‘" in text or 's "' in text or "s “" in text)


def test_read_title_spans_gives_what_the_walk_gives():
    rng = random.Random(8)
    for _ in range(30000):
        text = _text(rng)
        want = title_spans_reference(text)
        assert titles.read_title_spans(text) == titles._read_words(text) == titles.title_spans(text) == \
            (want if _first_test(text) else []), text
        if not _first_test(text):
            assert titles.read_title_spans(text) == [], text  # the test drop_works leaves out


def test_read_title_spans_finds_each_cue():
    text = ("Clapton's 1991 hit Tears In Heaven, Vermeer's 'The Concert' as the BBC drama Casualty; they cast "
            "Reese Witherspoon as Becky Sharp, riding Red Rum, starring in A Very Long Engagement, tune into this "
            "Sunday's Rugby Special, the cast of Kisna, a performance of Humpty Dumpty, a report, Paying the Price.")
    got = [(text[a:b], role) for a, b, role in titles.read_title_spans(text)]
    assert got == [("Tears In Heaven", False), ("The Concert", False), ("Casualty", False), ("Becky Sharp", True),
                   ("Red Rum", False), ("A Very Long Engagement", False), ("Rugby Special", False), ("Kisna", False),
                   ("Humpty Dumpty", False), ("Paying the Price", False)]
    assert got == [(text[a:b], role) for a, b, role in title_spans_reference(text)]


def test_read_title_spans_on_long_lines():
    line = ("the film Heat and the show Lost as he said, " * 25000)[:1_000_000]
    start = time.perf_counter()
    assert titles.read_title_spans(line) == title_spans_reference(line)
    assert titles.read_title_spans(line + "  x") == title_spans_reference(line + "  x")
    hostile = "as " * 350_000
    assert titles.read_title_spans(hostile) == []
    assert titles.read_title_spans("cast " + hostile) == title_spans_reference("cast " + hostile)
    assert time.perf_counter() - start < 20


def test_drop_works_with_the_first_pass_marks_keeps_what_the_plain_form_keeps():
    """``no_cues`` as the first pass makes it (the sentences ``tokenize_caps`` finds no cue word in)."""
    lex = _lexicon()
    rng = random.Random(5)
    for k in range(400):
        titles_ = ["Lights Over Varnholm", "Mad Max"] if k % 4 == 0 else []
        mentions, sentences, title = _document(rng, titles_)
        if k % 3 == 0:
            sentences.append("Vermeer's 'Lights Over Varnholm' hung there as Mad Max said")
        no_cues = {si for si, text in enumerate(sentences)
                   if not tokenize_caps(text, titles._CUE_WORDS, titles.CUE_FORMS)[2]}
        want = [id(m) for m in drop_works_reference(mentions, sentences, title, lex)]
        assert [id(m) for m in works.drop_works(mentions, sentences, title, lex, no_cues)] == want, (title, sentences)


#: Sentences where only "the" after ", " or "aboard", or a comma and a cue after the name, lets a check of the second
#: chain hold (the gate reads these, not "the" or a comma alone), each with the name it makes a thing.
_GATED = [("Crowds lined the route, the Great North Run said.", "Great North Run"),
          ("He sailed on a fishing boat, the Girl Rachel, last year.", "Girl Rachel"),
          ("They watched the warm-up event, the Sydney International.", "Sydney International"),
          ("The crew slept aboard the Nordic Star last night.", "Nordic Star"),
          ("He loved Mississippi Masala, starring Denzel Washington.", "Mississippi Masala"),
          ("Becky Sharp, played by Reese Witherspoon, smiles.", "Becky Sharp"),
          ("Red Rum, ridden by Tommy Stack, won.", "Red Rum"),
          ("Fans waited at the Harbour Lights, the gate said.", "Harbour Lights")]


def test_drop_works_reads_the_and_a_comma_where_a_check_needs_them():
    from briefing.core.actors.tokens import new_mention
    lex = _lexicon()
    for text, name in _GATED:
        start = text.index(name)
        m = new_mention(0, start, start + len(name), name, None, "name", None, tuple(name.split()))
        other = new_mention(0, 0, text.index(" "), text[:text.index(" ")], None, "name", None, (text[:text.index(" ")],))
        want = [id(x) for x in drop_works_reference([other, m], [text], "", lex)]
        got = [id(x) for x in works.drop_works([other, m], [text], "", lex)]
        assert got == want, text
        assert (id(m) in got) == (name == "Harbour Lights"), text  # each a thing but the last


def test_drop_works_reads_the_before_a_plural_or_a_ground():
    """The first chain's gate reads "the" (or a plural's word) only before a plural name or a ground's part."""
    from briefing.core.actors.tokens import new_mention
    lex = _lexicon()
    for text, name, dropped in [("We need the Wayne Rooneys of this world.", "Wayne Rooneys", True),
                                ("We can't all be Wayne Rooneys now.", "Wayne Rooneys", True),
                                ("Fans in the Matthew Harding stand sang.", "Matthew Harding", True),
                                ("Fans saw the Matthew Harding show.", "Matthew Harding", False)]:
        start = text.index(name)
        m = new_mention(0, start, start + len(name), name, None, "name", None, tuple(name.split()))
        want = [id(x) for x in drop_works_reference([m], [text], "", lex)]
        got = [id(x) for x in works.drop_works([m], [text], "", lex)]
        assert got == want and (got == []) == dropped, text

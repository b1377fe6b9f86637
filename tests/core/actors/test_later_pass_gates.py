"""The later passes of the document (``works.drop_works``, ``junk.drop_junk``) test a cheap necessary condition
before each check that reads more of the text: a name the cheap test rejects must be one the full check rejects
too. These tests run both on every name of made-up tricky texts (other scripts, odd marks, names at either end of
a line) and on the texts of the seed articles: a new branch of a check that reads another word must widen its
first test."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest

from briefing.core.actors import events, junk, works
from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.media import MONTHS
from briefing.core.actors.tokens import new_mention

SEEDS = Path(__file__).resolve().parents[3] / "seeds"

#: Words the checks read, beside ordinary words, marks and other scripts.
_VOCAB = ["the", "The", "Storm", "Hurricane", "Tropical", "Tropical Storm", "Winter", "HMS", "USS", "Apple", "iPod",
          "eBay", "iPhone-type", "-type", "Idol-type", "-style", "starring", "played", "by", "in", "the", "film",
          "(2004)", "(1999)", "(", ")", ",", ", the", "boat,", "vessel,", "ship", "said", "Blair", "Wayne", "Rooneys",
          "all", "be", "other", "many", "few", "more", "known", "as", "field", "oilfield", "wind", "farm", "solar",
          "1140", "b", "42", "project", "LHS", "'field'", "(pipeline)", '"gas', "field.", "May", "MAY", "may",
          "K", "\u212a", "İstanbul", "Straße", "日本", "Москва", "\u00a0", "’s", "'s", "“The", "Quiet", "Harbour”",
          "champion", "-", "x-Ray", "aBc", "a1B", "", "  ", "Ryanair", "aboard", "flight", "Gulf", "Air"]


def _texts() -> list[str]:
    rng = random.Random(17)
    texts = [" ".join(rng.choice(_VOCAB) for _ in range(rng.randint(1, 14))) for _ in range(3000)]
    for path in sorted(SEEDS.glob("*.txt"))[:20]:
        texts.extend(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return texts


def _names(text: str):
    """Every run of one to three capitalised or odd words of ``text`` as a mention, at every place it stands."""
    words, pos = [], 0
    for w in text.split(" "):
        words.append((pos, pos + len(w), w))
        pos += len(w) + 1
    for i, j in itertools.combinations(range(len(words) + 1), 2):
        if j - i > 3 or not all(w for _, _, w in words[i:j]):
            continue
        start, end = words[i][0], words[j - 1][1]
        yield new_mention(0, start, end, text[start:end], None, "name", None, tuple(w for _, _, w in words[i:j]))


@pytest.fixture(scope="module")
def cases():
    return [(text, m) for text in _texts() for m in _names(text)]


def test_product_first_test_keeps_every_product(cases):
    for text, m in cases:
        if text[m.end:m.end + 1] == " " and not works._product_next(text[m.end:m.end + 12]):
            assert not works._product_of(text, m), (text, m.text)


def test_craft_first_test_keeps_every_craft_and_storm(cases):
    sentences = ["Gusts of wind and rain hit the coast."]
    for text, m in cases:
        before = works.word_before(text, m.start)
        for b in {before, *events.STORM_HEADS, "Typhoons"}:
            gate = (len(m.tokens) > 1 and m.tokens[0] in events.CRAFT_HEADS) or b in events.STORM_HEADS \
                or text.endswith((", ", ", the "), 0, m.start)
            if not gate:
                assert not events.craft_or_storm(m, text, b, sentences), (text, m.text, b)


def test_cued_after_and_plural_first_tests(cases):
    lex = _lexicon()
    for text, m in cases:
        nxt = text[m.end:m.end + 1]
        after = works._word_after(text, m.end) if nxt == " " else ""
        if not (nxt == "," or (nxt == " " and (after in works._CUED_AFTER_WORDS or text[m.end + 1:m.end + 2] == "("))):
            assert not works._cued_after(text, m), (text, m.text)
        if len(m.tokens) > 1 and works.word_before(text, m.start) not in works._PLURAL_LAST:
            assert not works._plural_name(text, m, lex), (text, m.text)


def test_event_first_test_keeps_every_event(cases):
    lex = _lexicon()
    for text, m in cases:
        last = m.tokens[-1]
        gate = last in lex.event_words or last in works._RACE_LAST or (
            last[-1:] == "s" and len(m.tokens) > 1 and last[:-1] in lex.event_words) \
            or text.startswith(", the ", m.start - 6)
        if not gate:
            assert not works._event_name(text, m, lex), (text, m.text)


def test_junk_first_tests_keep_every_named_thing(cases):
    lex = _lexicon()
    for text, m in cases:
        if not junk._may_open(text[m.end + 1:m.end + 2], junk._FACILITY_FIRST):
            after = junk._words_after(text, m.end, 2)
            assert not (after and (after[0] in junk._FACILITY_AFTER or " ".join(after[:2]) in junk._FACILITY_AFTER2
                                   or after[0].isdigit())), (text, m.text)
        if not junk._may_open(text[m.end + 1:m.end + 2], junk._DIGIT_FIRST):
            after = junk._words_after(text, m.end, 2)
            assert not (after and after[0].isdigit()), (text, m.text)
    assert junk._named_thing("the Kapaz 'field, which", new_mention(0, 4, 9, "Kapaz", None, "name", None, ("Kapaz",)),
                             False, lex)


def test_month_names_are_the_months_written_with_one_capital():
    words = [w for m in MONTHS for w in (m, m.upper(), m.capitalize(), m.title(), "\u212a" + m, m.capitalize() + ".")]
    words += [chr(c) + m[1:] for m in MONTHS for c in range(0x20, 0x3000)]
    for w in words:
        assert junk._month(w) == (w.istitle() and w.lower() in MONTHS), w


def _work_attr_reference(mentions, sentences, title):
    """``mark_work_attributes`` as it counted every name's uses and last words (the plain form of the rule)."""
    from briefing.core.actors.work_attributes import _work_noun_after
    attr: dict[str, int] = {}
    for m in mentions:
        if m.kind == "name" and (m.type in ("PER", None) or (m.type == "ORG" and m.key is None and not m.org_cue)) \
                and not (m.role or m.honorific or m.aged):
            if _work_noun_after(sentences[m.sentence] if m.sentence >= 0 else title, m.end):
                attr[m.norm] = attr.get(m.norm, 0) + 1
    uses: dict[str, int] = {}
    lasts: dict[str, int] = {}
    for m in mentions:
        if m.kind == "name":
            uses[m.norm] = uses.get(m.norm, 0) + 1
            if m.tokens:
                lasts[m.tokens[-1]] = lasts.get(m.tokens[-1], 0) + 1
    drop = {m.norm for m in mentions if m.kind == "name" and attr.get(m.norm) == uses[m.norm]
            and (not m.tokens or lasts[m.tokens[-1]] == uses[m.norm])}
    return [m.kind == "name" and m.norm in drop for m in mentions]


def test_work_attributes_count_only_the_names_they_read():
    from briefing.core.actors.work_attributes import mark_work_attributes
    rng = random.Random(5)
    names = ["Aria", "Lumen Aria", "The Aria", "Bex", "Cole Bex", "Dune", "", "Ñandú Dune", "日本"]
    nouns = ["album", "film", "said", "novel", "tour", "", "show"]
    for _ in range(400):
        sentences, mentions = [], []
        for i in range(rng.randint(1, 8)):
            name, noun = rng.choice(names), rng.choice(nouns)
            sentences.append(f"{name} {noun} was out .")
            kind = rng.choice(["name", "name", "demonym"])
            mentions.append(new_mention(i, 0, len(name), name, rng.choice(["PER", None, "ORG"]), kind, None,
                                        tuple(name.split())))
        want = _work_attr_reference(mentions, sentences, "")
        mark_work_attributes(mentions, sentences, "")
        assert [m.work_attr for m in mentions] == want, [(s, m.kind) for s, m in zip(sentences, mentions)]


#: More words the first tests of speedW2 read: product nouns and naming verbs, demonyms used as adjectives, law and
#: fire words, award phrases and quoted titles.
_VOCAB2 = _VOCAB + ["drug", "drug,", "vaccine,", "called", "named", "phone", "Corvexa", "R21-X", "Olympic", "Caribbean",
                    "island", "bid", "for", "best", "Best", "-winning", "Fire", "Blaze", "Regulation", "Pact", '"The',
                    "'A", "A", "“A", "gas", "wells", "Wind", "1", "fields", "GJ", "1214", "c", "smartphone,", "Fold,"]


@pytest.fixture(scope="module")
def cases2():
    rng = random.Random(29)
    texts = [" ".join(rng.choice(_VOCAB2) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    texts += ["its arthritis drug Corvexa", "the vaccine, called R21-X", "the folding smartphone, the Quillon Fold,",
              "phone Corvexa", "x" * 30 + " drug Corvexa", "日本drug Corvexa", "the 2012 Olympic bid",
              'the "The Quiet Harbour", a film', "GJ 1214 b", "the Ocean Wind 1 project, which", "the Golden Lion for best film"]
    return [(text, m) for text in texts for m in _names(text)]


def test_numbered_products_word_before_first_test(cases2):
    """drop_works asks ``_product_before`` only after a space and a word of ``_PRODUCT_BEFORE`` (as
    :func:`.works.word_before` reads it) or a comma."""
    from briefing.core.actors import products
    for text, m in cases2:
        start = m.start
        if text[start - 1:start] == " " and not (works.word_before(text, start) in products._PRODUCT_BEFORE
                                                 or text[start - 2:start - 1] == ","):
            assert not products._product_before(text, start, m.end), (text, m.text)


def test_drop_works_listed_adjective_first_test(cases2):
    from briefing.core.actors.nonnames import listed_adjective
    lex = _lexicon()
    for text, m in cases2:
        if lex.demonyms.get(text[m.start:m.end]) != "":
            assert not listed_adjective(text, m.start, m.end, lex), (text, m.text)


def test_drop_junk_written_out_first_tests(cases2):
    """drop_junk asks ``_named_thing``, ``_quoted_title`` and ``_designation`` only past the tests it writes out."""
    lex = _lexicon()
    for text, m in cases2:
        end, start, tokens, last = m.end, m.start, m.tokens, m.tokens[-1]
        c = text[end + 1:end + 2]
        if not ((len(tokens) > 1 and (last in junk._INSTRUMENTS or last in junk._FIRE_LAST)) or c == "f"
                or text[end:end + 1] == "-" or c in junk._FACILITY_FIRST or c.isdigit() or (c != "" and c in junk._WORD_MARKS)):
            for fire in (False, True):
                assert not junk._named_thing(text, m, fire, lex), (text, m.text)
        if start >= 2 and text[start - 2:start] not in ("e ", "A "):
            assert not junk._quoted_title(text, m), (text, m.text)
        if len(tokens) != 1:
            assert not junk._designation(text, m), (text, m.text)

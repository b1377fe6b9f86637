"""speedD9: ``works.drop_works`` asks the product checks of :mod:`.products` only past their first tests.

``_product_before`` is asked after "the" or a comma only when a closing mark (or the text's end) follows the name
(``works._PRODUCT_CLOSERS``), or when a product noun or a naming verb stands right before it; ``_on_sale`` only
when " on sale" or " hit" stands in the 48 characters it reads (``products.sale_near``) and a space follows the
name. Each first test must hold wherever the check does, on made-up tricky texts (odd white space, marks, other
scripts, long words, 1 MB lines), and the mentions must be those of the plain form.
"""

from __future__ import annotations

import random

from briefing.core.actors import products, works
from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.tokens import new_mention

from .drop_works_reference import drop_works_reference

_WORDS = ["the", "The", "(the", "the,", "drug", "drug,", "(drug", "vaccine,", "called", "Called", "named", "phone",
          "smartphone,", "app,", "app", "Quillon", "Fold", "Fold,", "Fold.", "Fold;", "Fold:", "Fold)", "Corvexa",
          "R21-X", "Looply.", "Halo", "will", "go", "goes", "on", "sale", "hit", "hits", "shops", "the shelves",
          "history", "(PSP)", "is to", "finally", ",", ".", "", "\t", "\u00a0", "日本", "Σ,", "antidepressantxxxxxxxx",
          "x" * 50, "said", "a", "its", "\udcff", "\x00", "2", "on sale", "the shops", "goes on sale", "will go on sale",
          "hits the shelves", "hit shops", "(PSP) will go on sale", "has gone on sale"]


def _text(rng: random.Random) -> str:
    sep = rng.choice([" "] * 6 + ["  ", "\t", ", "])
    return sep.join(rng.choice(_WORDS) for _ in range(rng.randint(0, 14)))


def _gate(text: str, start: int, end: int) -> bool:
    """The first test drop_works makes before ``_product_before`` (the old one, then the new one)."""
    before = works.word_before(text, start) if text[start - 1:start] == " " else ""
    pre2, nxt = text[start - 2:start], text[end:end + 1]
    return (before in products._PRODUCT_BEFORE or pre2 == ", ") \
        and (nxt in works._PRODUCT_CLOSERS or before in products._PRODUCT_NAMERS)


def test_product_before_holds_only_past_its_first_test():
    rng = random.Random(9)
    seen = 0
    for _ in range(6000):
        text = _text(rng)
        for start in range(len(text) + 1):
            for end in {start + 1, text.find(" ", start) if " " in text[start:] else len(text), len(text),
                        text.find(",", start) if "," in text[start:] else start}:
                if start < end <= len(text) and products._product_before(text, start, end):
                    seen += 1
                    pre_ok = (works.word_before(text, start) if text[start - 1:start] == " " else "") \
                        in products._PRODUCT_BEFORE or text[start - 2:start] == ", "
                    assert not pre_ok or _gate(text, start, end), (text, start, end)
    assert seen > 500


def test_on_sale_holds_only_near_a_sale_word():
    rng = random.Random(10)
    seen = 0
    for _ in range(6000):
        text = _text(rng)
        for end in range(len(text) + 1):
            if products._on_sale(text, end):
                seen += 1
                assert products.sale_near(text, end) and text[end:end + 1] == " ", (text, end)
    assert seen > 200
    big = ("Zune " * 200_000) + "Zune hits the shelves"  # a 1 MB line: each look is 48 characters
    assert products.sale_near(big, len(big) - 17) and not products.sale_near(big, 5)


#: Names the product checks drop, and the same names where they hold no more.
_EDGES = [("Its drug Corvexa sold well.", "Corvexa", True),
          ("The vaccine, called Rivax sold well.", "Rivax", True),
          ("Its new smartphone, the Quillon Fold, sold well.", "Quillon Fold", True),
          ("Its new smartphone, the Quillon Fold.", "Quillon Fold", True),
          ("Its new smartphone, the Quillon Fold sold well.", "Quillon Fold", False),
          ("Its video app, Looply.", "Looply", True),
          ("Its video app, Looply sold well.", "Looply", False),
          ("The PlayStation Portable (PSP) will go on sale in May.", "PlayStation Portable", True),
          ("Zune hits the shelves in May.", "Zune", True),
          ("Zune, a history of hits, is out.", "Zune", False)]


def test_drop_works_asks_the_product_checks_where_they_can_hold():
    lex = _lexicon()
    for text, name, dropped in _EDGES:
        start = text.index(name)
        m = new_mention(0, start, start + len(name), name, None, "name", None, tuple(name.split()))
        want = [id(x) for x in drop_works_reference([m], [text], "", lex)]
        got = [id(x) for x in works.drop_works([m], [text], "", lex)]
        assert got == want and (got == []) == dropped, text


#: Words round names: kind words, long words about the 40-character window, marks glued to words, other scripts.
_ROUND = ["game", "format", "format,", "the", "said,", "(the", "Minecraft", "NBT", "x" * 39, "y" * 40, "z" * 41,
          "w" * 45 + "-game", "q" * 44 + "game", "日本", "ǅa", "e\u0301", "\u0301", "2", "a2b", "", "TV", "show", "or",
          "RSS", "file", "aboard", "ship", "Nordic", "Star", "known", "as", "\udcff", "\x00", "ship,", "champion"]


def _round_text(rng: random.Random) -> str:
    return rng.choice([" "] * 8 + ["  ", "-", ","]).join(rng.choice(_ROUND) for _ in range(rng.randint(1, 9)))


def test_drop_works_reads_the_words_round_a_name_as_the_plain_form():
    """drop_works' written-out first step of ``word_before`` and ``_word_after`` finds the words they find."""
    from .test_drop_works_speedD5 import _mentions
    lex = _lexicon()
    rng = random.Random(11)
    for _ in range(1500):
        sentences = [_round_text(rng) for _ in range(rng.randint(1, 4))]
        title = _round_text(rng) if rng.random() < 0.3 else ""
        mentions = [*_mentions(-1, title, rng)]
        for si, text in enumerate(sentences):
            mentions.extend(_mentions(si, text, rng))
        want = [id(m) for m in drop_works_reference(mentions, sentences, title, lex)]
        assert [id(m) for m in works.drop_works(mentions, sentences, title, lex)] == want, (sentences, title)


def _drop_credits_reference(mentions, sentences):
    """``credits.drop_credits`` with its last lines as they stood before speedD9 (a walk for the names used outside
    the credits, a walk over every mention for the staff)."""
    import inspect
    from briefing.core.actors import credits
    src = inspect.getsource(credits.drop_credits)
    head = src[:src.index("    # A name is staff only")]
    tail = ("    used = {m.norm for m in mentions if m.sentence not in credit and id(m) not in dropped}\n"
            "    for m in mentions:\n"
            "        if m.sentence in credit and m.norm not in used:\n"
            "            dropped.add(id(m))\n"
            "    return [m for m in mentions if id(m) not in dropped]\n")
    space = dict(vars(credits))
    exec(head.replace("def drop_credits(", "def reference(") + tail, space)
    return space["reference"](mentions, sentences)


_STORY = ["Ann Lee met Bob Roe in Paris.", "Bob Roe said it was fine.", "The @Acme team agreed with Ann Lee.",
          "Cara Voss wrote about it.", "Dan Ward contributed reporting.", "Reporting by Cara Voss; editing by Eve Moss.",
          "Eve Moss is a reporter for the paper.", "About the author", "Ann Lee", "Follow @Dan on Twitter."]


def test_drop_credits_keeps_what_the_plain_form_keeps():
    from briefing.core.actors import credits
    rng = random.Random(12)
    for _ in range(3000):
        sentences = [rng.choice(_STORY) for _ in range(rng.randint(1, 12))]
        mentions = []
        for si, text in enumerate(sentences):
            for name in ("Ann Lee", "Bob Roe", "Cara Voss", "Dan Ward", "Eve Moss", "Acme", "Dan", "Paris"):
                start = text.find(name)
                if start >= 0 and rng.random() < 0.8:
                    mentions.append(new_mention(si, start, start + len(name), name, None, "name", None, tuple(name.split())))
        rng.shuffle(mentions)
        want = [id(m) for m in _drop_credits_reference(mentions, sentences)]
        assert [id(m) for m in credits.drop_credits(mentions, sentences)] == want, sentences


def test_work_noun_after_holds_only_past_its_first_test():
    """mark_work_attributes asks ``_work_noun_after`` only where the space and the noun's first three letters stand."""
    from briefing.core.actors import work_attributes as wa
    rng = random.Random(13)
    words = [*wa.WORK_NOUNS, "Film", "films,", "saga's", "said", "sagas", "mov", "bo", "\u212ailm", "ﬁlm", "日本", "", ","]
    seen = 0
    for _ in range(3000):
        text = rng.choice([" ", "  ", "\t"]).join(rng.choice(words) for _ in range(rng.randint(0, 8)))
        for end in range(len(text) + 1):
            if wa._work_noun_after(text, end):
                seen += 1
                assert text[end:end + 4] in wa._NOUN_HEADS, (text, end)
    assert seen > 1000


def test_product_of_after_a_mark_holds_only_past_its_first_test():
    """After a quotation mark or a hyphen, drop_works asks ``_product_of`` only when the mark is a hyphen or the
    next one is a space, a hyphen or another quotation mark ('"Star Trek"-type aliens', not "Blair's plan")."""
    rng = random.Random(14)
    marks = ["'", "’", '"', "”", "-", " ", "s", "type", "-type", "-style", "like", "iPod", "Idol-type", "a", "", "日本"]
    seen = 0
    for _ in range(20000):
        text = "Star Trek" + "".join(rng.choice(marks) for _ in range(rng.randint(0, 5)))
        m = new_mention(0, 0, 9, "Star Trek", None, "name", None, ("Star", "Trek"))
        nxt, c2 = text[9:10], text[10:11]
        if nxt != " " and nxt in works._PRODUCT_NEXT and works._product_of(text, m):
            seen += 1
            assert nxt == "-" or c2 in works._PRODUCT_NEXT, text
    assert seen > 300
    lex = _lexicon()
    for text in ['We saw "Star Trek"-type aliens.', "We saw Star Trek'-style sets.", "Star Trek’s plan is out."]:
        m = new_mention(0, text.index("Star"), text.index("Star") + 9, "Star Trek", None, "name", None, ("Star", "Trek"))
        want = [id(x) for x in drop_works_reference([m], [text], "", lex)]
        assert [id(x) for x in works.drop_works([m], [text], "", lex)] == want
        assert (want == []) == ("type" in text or "style" in text), text


def test_possessive_checks_hold_only_past_their_first_tests():
    """After a possessive, drop_works asks ``_concept_owner`` only when the word after "'s " opens as one it reads
    (``_CONCEPT_HEADS``), and ``_bare_illness`` only at a mark of ``_BARE_MARKS`` or before " and"/" or"."""
    from briefing.core.actors import events
    rng = random.Random(15)
    after = ["'s", "’s", "'", "s", " ", ",", ".", ";", ")", ":", "and", "or", "an", "Theorem", "theorem.", "Law,", "Got",
             "Most", "plan", "disease", "Talent", "Th", "日本", "\t", "ﬁ", "Lymphoma;", ""]
    seen = [0, 0]
    for _ in range(40000):
        head = rng.choice(["", "sufferers of "])
        text = head + "Alzheimer" + "".join(rng.choice(after) + rng.choice(["", " "]) for _ in range(rng.randint(1, 5)))
        text += rng.choice(["", " and the illness sufferers", " disease"])
        end = len(head) + 9
        m = new_mention(0, len(head), end, "Alzheimer", None, "name", None, ("Alzheimer",))
        if text[end:end + 1] not in works._APOSTROPHES:
            continue
        if works._concept_owner(text, m):
            seen[0] += 1
            assert text[end + 3:end + 5] in works._CONCEPT_HEADS, text
        if events._bare_illness(text, m):
            seen[1] += 1
            assert text[end + 2:end + 3] in works._BARE_MARKS or text[end + 2:end + 5] in (" an", " or"), text
    assert min(seen) > 200, seen


def test_drop_works_reads_possessives_as_the_plain_form():
    lex = _lexicon()
    for text, name, dropped in [("Victims of Alzheimer's and Parkinson's disease met.", "Alzheimer", True),
                                ("Victims of Alzheimer's or Parkinson's disease met.", "Alzheimer", True),
                                ("A cure for the disease of Alzheimer's", "Alzheimer", True),
                                ("A cure for the disease: Alzheimer's; or not.", "Alzheimer", True),
                                ("Sufferers of the disease met Alzheimer's team.", "Alzheimer", False),
                                ("We read Godel's Theorem today.", "Godel", True),
                                ("He won Britain's Got Talent.", "Britain", True),
                                ("He saw Britain's plan.", "Britain", False)]:
        start = text.index(name)
        m = new_mention(0, start, start + len(name), name, None, "name", None, (name,))
        want = [id(x) for x in drop_works_reference([m], [text], "", lex)]
        got = [id(x) for x in works.drop_works([m], [text], "", lex)]
        assert got == want and (got == []) == dropped, text

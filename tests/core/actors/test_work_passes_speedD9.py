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

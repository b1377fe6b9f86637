"""The first pass's fast paths (issue 17) give what the plain readings gave, on made-up tricky inputs."""

import random
from collections import Counter

from briefing.core.actors import linked_names as ln
from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.sentence import _sentence_mode
from briefing.core.actors.subheadings import headline_in_body
from briefing.core.actors.tokens import _tokenize


def _linked_reference(sentences: list[str]) -> frozenset:
    """``linked_names`` as it read every sentence with a link word from its start (before the fast path)."""
    counts: Counter = Counter()
    cued = set()
    for text in sentences:
        for m in ln._LINKED.finditer(text):
            left, link, right = m.groups()
            if left in ln._OPENERS or right.lower() in ln.DAYS or right.lower() in ln.MONTHS \
                    or (link == "of the" and not left.endswith("s")):
                continue
            key = (left, link, right)
            counts[key] += 1
            before = text[max(0, m.start() - 24):m.start()].split()
            if before and before[-1].strip(",") in ln._ORG_CUES:
                cued.add(key)
    return frozenset(k for k, n in counts.items() if n >= 2) | frozenset(cued)


def test_linked_names_reads_only_from_the_first_link_with_a_capital():
    long_word = "A" + "b" * 30  # the longest first word the pattern takes (31 characters)
    texts = [
        "War on Want said. War on Want agreed.",
        f"{long_word} on Want and {long_word} on Want",
        f"x{long_word} on Want, x{long_word} on Want",  # a letter before: no word boundary
        f"A{'b' * 31} on Want, A{'b' * 31} on Want",  # a first word too long
        "the charity Friends of the Earth on Sunday, Friends of the Earth for Ever",
        "bet on it for Action for Children, or Action for Children",
        "Éa on Want, éAb on Want, 3Ab on Want, _Ab on Want, Ab on Wänt, Ab on Want2",
        "Mothers against Drink Driving on Mothers against Drink",
        " on A", "on Ab", "Ab on ", "Ab  on Cd", "Ab on Cd", "Ab on Cd",
    ]
    assert ln.linked_names(texts) == _linked_reference(texts)
    rng = random.Random(17)
    pieces = ["Ab", "Cd", "War", "Want", "on", "for", "of", "the", "without", "against", " ", " ", "  ", "x", "É",
              "charity", ",", "Sunday", long_word, "3"]
    for _ in range(300):
        texts = ["".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randrange(1, 30)))
                 for _ in range(rng.randrange(1, 6))]
        assert ln.linked_names(texts) == _linked_reference(texts), texts


def _mode_reference(toks, lex, headline=False) -> str:
    """``sentence._sentence_mode`` as it counted the words (a list of kinds, three counts)."""
    if not headline and toks[-1].kind == "word" and headline_in_body(toks, lex):
        return "title"
    upper = sum(t.is_upper for t in toks)
    if not upper and not headline:
        return "normal"
    kinds = [t.kind for t in toks]
    n = len(kinds) - kinds.count("punct") - kinds.count("num") - kinds.count("init")
    if n < 3:
        return "caps" if n >= 2 and upper == n else "normal"
    if upper / n >= 0.7:
        return "caps"
    if not headline:
        return "normal"
    content = [t for t in toks if t.kind in ("word", "acr", "abbr") and t.text.lower() not in lex.stop_words]
    if len(content) >= 3 and sum(1 for t in content if t.is_cap) / len(content) >= 0.85:
        return "title"
    return "normal"


def test_sentence_mode_counts_the_words_as_before():
    lex = _lexicon()
    rng = random.Random(11)
    pieces = ["THE", "BANK", "UN", "U.S.", "J.", "Mr.", "42", "1.5", ",", ".", "(", "Ann", "Lee", "the", "said", "of",
              "Ministers", "Face", "Fines", "Over", "Delays", "ÉCOLE", "A中", "$", "%", "bn", "NATO's"]
    modes = set()
    for _ in range(4000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randrange(1, 9)))
        toks = _tokenize(text)
        for headline in (False, True):
            mode = _sentence_mode(toks, lex, headline=headline)
            assert mode == _mode_reference(toks, lex, headline), (text, headline)
            modes.add(mode)
    assert modes == {"normal", "caps", "title"}


def test_cap_starts_are_the_capitalised_tokens():
    from itertools import compress
    from operator import attrgetter

    from briefing.core.actors.tokens import _cap_starts

    rng = random.Random(5)
    pieces = ["The", "the", "UN", "U.S.", "J.", "al-Assad", "d'Estaing", "Ballymena-born", "42", ",", "(", "É", "ǅ"]
    for _ in range(500):
        toks = _tokenize(" ".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12))))
        assert _cap_starts(toks) == list(compress(range(len(toks)), map(attrgetter("is_cap"), toks)))

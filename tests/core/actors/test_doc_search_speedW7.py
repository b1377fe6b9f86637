"""The later passes that find their sentences by one search of the joined document (:func:`.work_spans.joined`,
:func:`.work_spans.sentences_with`) read the same sentences as a test of each sentence did, and give the same
answer as the same pass reading every sentence (odd bytes, newlines inside a sentence, other scripts, marks at a
sentence's edge, a 1 MB line)."""

import random

from briefing.core.actors import committees, media, spellings
from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.tokens import new_mention
from briefing.core.actors.work_spans import joined, sentences_with

_NEEDLES = [spellings._SPACE_QUOTES, (":", "ymbol", "ticker"), ("committee",), ("'s", "’s")]
_PIECES = [" ", "'s", "’s", "s", "'", "\"", "“", "‘", " \"", " '", ":", "ymbol", "symbol", "ticker", "committee",
           "commit", "tee", "\n", "\x00", "\ufffd", "\u00e9", "\u0416", "\U0001f600", "Moody", "a", ".", "\u3000"]


def _sentences(rng: random.Random, n: int) -> list[str]:
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 8))) for _ in range(n)]


def test_one_search_finds_the_sentences_a_test_of_each_finds():
    rng = random.Random(17)
    cases = [[], [""], ["\n"], ["x" * 1_000_000 + " '", "committee"], ["'", "s"], [" ", "\"x"], ["symbol\n", "ticker"]]
    cases += [_sentences(rng, rng.randint(1, 30)) for _ in range(3000)]
    for sents in cases:
        doc = joined(sents)
        for needles in _NEEDLES:
            assert sentences_with(doc, needles) == {i for i, t in enumerate(sents) if any(n in t for n in needles)}


def _names(sents: list[str]) -> list:
    """A mention for each capitalised word of ``sents`` (split at spaces), in text order."""
    out = []
    for si, text in enumerate(sents):
        p = 0
        for w in text.split(" "):
            if w[:1].isupper() and w.isalpha():
                out.append(new_mention(si, p, p + len(w), w, None, "name", None, (w,)))
            p += len(w) + 1
    return out


def test_passes_with_the_joined_document_match_the_passes_without_it_on_real_shapes():
    lex = _lexicon()
    sents = ["Earvin \"Magic\" Johnson said .", "Antonio “LA” Reid , the boss , left .", "Moody's said on Monday .",
             "Shares in Sainsbury's fell .", "Moody's rating held .", "ISSUER : Bay Co ST : MI", "the Commons home affairs select committee met .",
             "Nasdaq symbol HMGT rose .", "A line\nwith a newline and 'quote", "\U0001f600 ‘Odd’ Bytes\x00 here",
             "Sam ‘Slim’ Jones spoke .", "Fitch’s has cut it ."]
    for k in range(len(sents) + 1):
        part = sents[k:] + sents[:k]
        doc = joined(part)
        for fn, args in ((spellings.nicknamed_persons, (part, lex)), (committees.lowercase_committees, (part, lex)),
                         (media.drop_table_labels, (part, lex))):
            a, b = _names(part), _names(part)
            out_a, out_b = fn(a, *args, doc), fn(b, *args)
            assert [(m.sentence, m.start, m.end, m.text, m.type) for m in out_a] == \
                [(m.sentence, m.start, m.end, m.text, m.type) for m in out_b]
    found = spellings.nicknamed_persons(_names(sents), sents, lex, joined(sents))
    assert {("Earvin \"Magic\" Johnson", "PER"), ("Sam ‘Slim’ Jones", "PER")} <= {(m.text, m.type) for m in found}
    labels = media.drop_table_labels(_names(sents), sents, lex, joined(sents))
    assert "HMGT" not in {m.text for m in labels} and "ISSUER" not in {m.text for m in labels}
    committee = committees.lowercase_committees(_names(sents), sents, lex, joined(sents))
    assert "Commons home affairs select committee" in {m.text for m in committee}


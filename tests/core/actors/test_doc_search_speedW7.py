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



def _old_nicknamed_persons(mentions, sentences, lex):
    """Join a first name, a quoted nickname and the surname after it into one person's mention: 'Antonio "LA"
    Reid', 'Earvin "Magic" Johnson' (the finder stops at the quotation marks, leaving "Antonio" and "Reid"). The
    first part is one word, a listed first name or before a listed surname or one typed a person; the nickname is
    one to three capitalised words. Returns the mentions without the surnames taken in."""
    taken = set()
    starts = None  # the names by place, gathered at the first name with a quotation mark after it
    for x in mentions:
        if x.kind != "name" or x.sentence < 0 or len(x.tokens) != 1:
            continue
        text = sentences[x.sentence]
        close = spellings._NICK_QUOTES.get(text[x.end + 1:x.end + 2])
        if close is None or text[x.end:x.end + 1] != " ":
            continue
        q = text.find(close, x.end + 2, x.end + 30)
        nick = text[x.end + 2:q].split() if q > 0 else []
        if starts is None:  # (no mention's sentence, start or kind changes in this pass)
            starts = {(m.sentence, m.start): m for m in mentions if m.kind == "name" and m.sentence >= 0}
        y = starts.get((x.sentence, q + 2))
        if y is None or not 1 <= len(nick) <= 3 or not all(w[:1].isupper() and w.isalnum() for w in nick) \
                or text[q + 1:q + 2] != " " or y.kind != "name" or not y.tokens[0][:1].isupper() \
                or not (x.tokens[0] in lex.first_names or y.type == "PER" or y.tokens[-1] in lex.surnames):
            continue
        x.end, x.text, x.tokens = y.end, text[x.start:y.end], (*x.tokens, *y.tokens)
        x.type, x.key, x.weak, x.unsure, x.agent = "PER", None, False, False, x.agent or y.agent
        x.__dict__.pop("norm", None)  # the cached lookup key of the old text
        taken.add(id(y))
        # the nickname's own mentions, if any: read by position (the gap is under 30 characters), not by a scan
        # of every mention, which made a long text of nicknames quadratic
        taken.update(id(m) for p in range(x.start + 1, y.start) if (m := starts.get((x.sentence, p))) is not None)
    return [m for m in mentions if id(m) not in taken] if taken else mentions


def test_nicknamed_persons_matches_the_pass_that_read_every_name():
    """The pass reads the names of the sentences with a space and an opening mark only (and gathers only their
    names by place): the same mentions joined and dropped as the pass before speedW7 (kept above), on made-up text."""
    lex = _lexicon()
    rng = random.Random(23)
    words = ["Earvin", "Magic", "Johnson", "Antonio", "LA", "Reid", "Sam", "the", "said", "\u00c9lan", "X1"]
    marks = ['"', "“", "”", "'", "‘", "’", " ", " ", " "]
    for _ in range(4000):
        sents = []
        for _ in range(rng.randint(1, 4)):
            text = ""
            for _ in range(rng.randint(1, 8)):
                text += rng.choice(words) + rng.choice(marks) + rng.choice(["", " ", "  "])
            sents.append(text.strip())
        a, b = _names(sents), _names(sents)
        for x, y in zip(a, b):
            x.type = y.type = rng.choice(["PER", None])
        new = spellings.nicknamed_persons(a, sents, lex, joined(sents))
        old = _old_nicknamed_persons(b, sents, lex)
        assert [(m.sentence, m.start, m.end, m.text, m.type) for m in new] == \
            [(m.sentence, m.start, m.end, m.text, m.type) for m in old]

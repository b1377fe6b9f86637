"""speedA7: :meth:`.finder._Finder._mk` makes a mention without other fields itself (``new_mention``'s body, no
call): the same mention, field by field and in the same order of fields, as :func:`.tokens.new_mention` makes."""

from __future__ import annotations

import pickle

from briefing.core.actors.finder import _Finder
from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.tokens import _tokenize, new_mention

TEXTS = [
    "Prime Minister Tony Blair met Ann Lee in Paris , said the BBC .",
    "“ Москва ” and Ünïcödé İstanbul \x00 said Mr Ωμέγα Straße , 16 .",
    "The X Factor star Kate Hudson told the Sun on Monday .",
    "Ann Lee " * 2000 + "ends .",
]


def test_mk_makes_new_mentions_mention():
    finder = _Finder(_lexicon())
    checked = 0
    for text in TEXTS:
        toks = _tokenize(text)
        run = (5, text, toks, 0, len(toks), text[toks[0].start:toks[-1].end], [t.text for t in toks], True, [])
        for i0 in range(0, min(len(toks), 40)):
            for i1 in range(i0 + 1, min(len(toks), i0 + 4) + 1):
                for typ, kind, key in ((None, "name", None), ("PER", "weak", "K"), ("LOC", "misc", None)):
                    m = finder._mk(run, i0, i1, typ, kind, key)
                    s0, s1 = toks[i0], toks[i1 - 1]
                    span = text[s0.start:s1.end] if (i0, i1) != (0, len(toks)) else run[5]
                    ref = new_mention(5, s0.start, s1.end, span, typ, kind, key, tuple(t.text for t in toks[i0:i1]))
                    # the cues, which _mk sets after making the mention, copied onto the reference
                    for name, value in list(vars(m).items())[8:]:
                        setattr(ref, name, value)
                    assert list(vars(m)) == list(vars(ref)) and vars(m) == vars(ref)
                    assert m == ref and repr(m) == repr(ref) and pickle.loads(pickle.dumps(m)) == ref
                    checked += 1
    assert checked > 500

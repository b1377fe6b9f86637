""":func:`briefing.core.actors.dropped_runs.promote_runs` gathers in its one walk what its steps walked every mention
again for (the last words of names in full, the people named in full by a lone candidate's first name): the same
mentions promoted, with the same kinds and types, as the walks it replaced (``promote_runs_reference.py``), on
made-up documents of names, candidates and lists."""

import copy
import random

from briefing.core.actors import dropped_runs
from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.tokens import new_mention

from . import promote_runs_reference as reference

_WORDS = ["Bill", "Hart", "Green", "Day", "Think", "Secret", "Army", "Travis", "Goodrem", "Delta", "New", "York",
          "Yankees", "Apple", "Insider", "Brass", "Eye", "Morris", "\u00c9cole", "\u0416\u0443\u043a", "Bo\x00b"]
_GAPS = [" , ", " and ", ", and the ", " said ", " of ", " the ", " The ", " TV show ", " ", " & "]


def _document(rng: random.Random):
    sentences, mentions, cands = [], [], []
    for si in range(rng.randint(1, 6)):
        text = ""
        for _ in range(rng.randint(1, 7)):
            text += rng.choice(_GAPS)
            words = tuple(rng.choice(_WORDS) for _ in range(rng.randint(1, 3)))
            start = len(text)
            text += " ".join(words)
            kind = rng.choice(["name", "name", "candidate", "demonym"])
            typ = rng.choice(["PER", "ORG", "LOC", None]) if kind != "candidate" else None
            m = new_mention(si, start, len(text), text[start:], typ, kind, None, words)
            m.unsure, m.agent = rng.random() < 0.2, rng.random() < 0.3
            (cands if kind == "candidate" else mentions).append(m)
        sentences.append(text + " .")
    return sentences, mentions, cands


def _state(out):
    return [(m.sentence, m.start, m.text, m.kind, m.type, m.weak, m.unsure) for m in out]


def test_promote_runs_matches_the_walks_it_folded():
    lex = _lexicon()
    rng = random.Random(11)
    for _ in range(3000):
        sentences, mentions, cands = _document(rng)
        a = copy.deepcopy((mentions, cands))
        b = copy.deepcopy((mentions, cands))
        text_of = sentences.__getitem__
        new = dropped_runs.promote_runs(a[0], a[1], text_of, lex)
        old = reference.promote_runs(b[0], b[1], text_of, lex)
        assert _state(new) == _state(old)
        assert _state(a[1]) == _state(b[1])


def test_a_lone_first_name_and_a_listed_last_word_still_promote():
    lex = _lexicon()
    text = "Bill Hart spoke . Bill said Goodrem , Green Day and Delta Goodrem sang ."
    names = [new_mention(0, 0, 9, "Bill Hart", "PER", "name", None, ("Bill", "Hart")),
             new_mention(0, 28, 35, "Goodrem", None, "name", None, ("Goodrem",)),
             new_mention(0, 52, 65, "Delta Goodrem", "PER", "name", None, ("Delta", "Goodrem"))]
    cands = [new_mention(0, 18, 22, "Bill", None, "candidate", None, ("Bill",)),
             new_mention(0, 38, 47, "Green Day", None, "candidate", None, ("Green", "Day"))]
    assert text[18:22] == "Bill" and text[38:47] == "Green Day" and text[28:35] == "Goodrem"
    out = dropped_runs.promote_runs(names, cands, lambda si: text, lex)
    got = {(m.text, m.type) for m in out[len(names):]}
    assert ("Green Day", "ORG") in got
    if "Bill" in lex.first_names and "Bill" in lex.event_words:
        assert ("Bill", "PER") in got


def test_club_and_plural_lists_gathered_by_the_firms_walk_match_a_walk_of_every_mention():
    """``document._firm_lists`` gathers for ``_club_lists`` and ``_plural_groups`` the names they read; the three
    passes with those lists leave every mention as the three passes walking every mention do."""
    from briefing.core.actors import document

    lex = _lexicon()
    rng = random.Random(5)
    words = ["Bath", "RFC", "FC", "Leicester", "Duran", "Saracens", "MCI", "BT", "Fitch", "Moody's", "AFC", "CF", "Kennedy"]
    gaps = [" , ", " , ", " , ", " and ", " said ", ", ", " or ", " & "]
    for _ in range(6000):
        text, mentions = "", []
        for _ in range(rng.randint(1, 9)):
            text += rng.choice(gaps)
            toks = tuple(rng.choice(words) for _ in range(rng.randint(0 if rng.random() < 0.05 else 1, 3)))
            start = len(text)
            text += " ".join(toks)
            m = new_mention(int(rng.random() < 0.2), start, len(text), text[start:], rng.choice(["PER", "ORG", "LOC", None]),
                            rng.choice(["name", "name", "name", "demonym"]), rng.choice([None, "LOC:X"]), toks)
            m.plural_verb, m.unsure, m.role = rng.random() < 0.3, rng.random() < 0.2, rng.choice(["", "", "coach"])
            mentions.append(m)
        mentions = [m for m in mentions if m.tokens or m.kind != "name"]  # (the passes read the last word of a name)
        a, b = copy.deepcopy(mentions), copy.deepcopy(mentions)
        text_of = lambda si: text  # noqa: E731
        later = ([], [])
        document._firm_lists(a, text_of, None, later)
        document._club_lists(a, text_of, lex, None, later[0])
        document._plural_groups(a, later[1])
        document._firm_lists(b, text_of)
        document._club_lists(b, text_of, lex)
        document._plural_groups(b)
        assert [(m.type, m.key, m.weak, m.unsure, m.team) for m in a] == [(m.type, m.key, m.weak, m.unsure, m.team) for m in b]

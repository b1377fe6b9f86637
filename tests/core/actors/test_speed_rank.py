"""The ranking's fast paths give what the plain code gave, bit for bit (issue 17, speed of resolving and ranking).

:func:`salience.features` skips the tests a demonym or a quoted mention does not need and
:func:`salience.salience` sums in C; both are compared here with the plain one-test-per-feature code they
replaced, on made-up mentions (demonyms, quotes, titles, sentences out of range, no end, odd texts).
"""

from __future__ import annotations

import math
import random
from types import SimpleNamespace

from briefing.core.actors import salience as S
from briefing.core.actors.commenters import commenter_role
from briefing.core.actors.modifiers import only_modifier


def _reference_features(mentions, n_sent, kind, title_hit, role, summary_idx=frozenset(), named_in_roles=False,
                        lone_guess=False, texts=None):
    """The features as computed before the fast path (one test per feature, in mention order)."""
    n_sent = max(n_sent, 1)
    mass = agents = 0.0
    sentences = set()
    quotes = 0
    listed_all = modifier_all = True
    for m in mentions:
        sentences.add(m.sentence)
        demonym = getattr(m, "kind", "name") == "demonym"
        w = 0.5 if demonym or m.locative else 1.0
        if m.in_quote:
            w *= 0.6
        mass += w * (1.0 + (1.0 - m.sentence / n_sent))
        if m.agent and not demonym and not m.in_quote:
            agents += 1
        if texts is not None and not demonym and not m.in_quote and 0 <= m.sentence < len(texts):
            t = texts[m.sentence]
            end = getattr(m, "end", None)
            if end is None:
                end = m.start + len(m.text)
            if S._next_to_speech(t, m.start, end):
                quotes += 1
            if listed_all and not S._in_list(t, m.start, end):
                listed_all = False
        if modifier_all and texts is not None and not demonym and 0 <= m.sentence < len(texts):
            end = getattr(m, "end", None)
            if not only_modifier(texts[m.sentence], m.start, m.start + len(m.text) if end is None else end):
                modifier_all = False
    first = min(sentences) if sentences else n_sent
    commenter = kind == "PER" and (commenter_role(role) or any(commenter_role(getattr(m, "role", "")) for m in mentions))
    return {
        "mass": mass, "sentences": math.log1p(len(sentences)), "first": 1.0 - first / n_sent,
        "lead": 1.0 if first < 2 else 0.0, "agent": math.log1p(agents), "speaker": 1.0 if quotes else 0.0,
        "title": 1.0 if title_hit else 0.0, "role": 1.0 if role else 0.0, "per": 1.0 if kind == "PER" else 0.0,
        "org": 1.0 if kind == "ORG" else 0.0, "in_roles": 1.0 if named_in_roles and kind == "ORG" else 0.0,
        "summary": math.log1p(len(summary_idx.intersection(sentences))), "sure": 0.0 if lone_guess else 1.0,
        "quotes": math.log1p(quotes), "not_list": 0.0 if texts is not None and listed_all else 1.0,
        "early": 1.0 if first < 3 else 0.0, "not_modifier": 0.0 if texts is not None and modifier_all else 1.0,
        "not_commenter": 0.0 if commenter else 1.0,
    }


_NAMES = ["Berg", "Kestrel Foods", "Ana", "Ünal Öz", "X", "Marlow Bank"]
_AROUND = ["said ", "told ", "according to ", "asked ", ", ", " and ", "the ", "'s lorry ", " spokesman ", "",
           "\u200b", "\ud800 ", "Дума ", " has ", "(", "said, ", " — "]


def _made_up_texts(rng: random.Random, n: int) -> list[str]:
    return ["".join(rng.choice(_AROUND) + rng.choice(_NAMES) for _ in range(rng.randint(0, 12))) + rng.choice(_AROUND)
            for _ in range(n)]


def _made_up_mentions(rng: random.Random, texts: list[str]) -> list:
    out = []
    for _ in range(rng.randint(0, 7)):
        sentence = rng.choice([-1, 0, 1, len(texts), len(texts) + 3] + list(range(len(texts))))
        text = texts[sentence] if 0 <= sentence < len(texts) else "x" * 40
        start = rng.randint(0, len(text))
        name = rng.choice(_NAMES)
        m = SimpleNamespace(sentence=sentence, start=start, text=name, locative=rng.random() < 0.3,
                            in_quote=rng.random() < 0.3, agent=rng.random() < 0.4,
                            role=rng.choice(["", "", "chief economist", "coach", "professor of law"]))
        if rng.random() < 0.8:
            m.end = start + len(name)
        if rng.random() < 0.8:
            m.kind = rng.choice(["name", "name", "demonym"])
        out.append(m)
    return out


def test_features_match_the_plain_code_on_made_up_mentions():
    rng = random.Random(17)
    for _ in range(3000):
        texts = _made_up_texts(rng, rng.randint(0, 4))
        mentions = _made_up_mentions(rng, texts)
        args = (mentions, rng.randint(0, 9), rng.choice(["PER", "ORG", "LOC"]), rng.random() < 0.5,
                rng.choice(["", "analyst", "minister"]), {0, 2})
        for given in (texts, None):
            got = S.features(*args, named_in_roles=True, lone_guess=rng.random() < 0.2, texts=given)
            want = _reference_features(*args, named_in_roles=True, lone_guess=got["sure"] == 0.0, texts=given)
            assert got == want
            assert list(got) == list(want)  # (the order of the features too)


def test_salience_sums_the_weighted_features_as_the_plain_sum_did():
    rng = random.Random(3)
    for _ in range(5000):
        feats = {k: rng.choice([0.0, 1.0, rng.random() * 10, math.log1p(rng.randint(0, 40))]) for k in S.FEATURES}
        plain = round(sum([w * feats[k] for k, w in S._NONZERO]), 3)
        assert S.salience(feats) == plain
        assert S.salience(feats, S.WEIGHTS) == round(sum(S.WEIGHTS[k] * feats[k] for k in S.FEATURES), 3)


def _reference_next_to_speech(text: str, start: int, end: int) -> bool:
    """The speech test before its verb-before part read endings (the last word by rsplit)."""
    after = text[end:end + 12].lstrip(" ,")
    if after[:1].islower() and after.split(" ", 1)[0] in S._SPEECH:
        return True
    before = text[max(0, start - 16):start].rstrip(" ,").lower()
    verb = before.rsplit(" ", 1)[-1]
    return (verb in S._SPEECH and verb not in S._ADDRESSED) or before.endswith("according to")


def test_next_to_speech_matches_the_last_word_test():
    rng = random.Random(5)
    pieces = ["said", "Said", "SAID", "told", "asked", "according to", "according", "to", "unsaid", "says", " ",
              ",", ", ", "  ", "\t", "\n", "\u00a0", "İ", "ß", "Berg", "the", "reportedly said", "x" * 20, "said,"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert S._next_to_speech(text, start, end) == _reference_next_to_speech(text, start, end), (text, start)
    long = "said " * 200_000 + "Berg"  # a 1 MB line: the test reads a bounded window around the name
    assert S._next_to_speech(long, len(long) - 4, len(long))


def test_reads_as_person_stops_asking_the_tagger_when_two_people_cannot_be_reached():
    from briefing.core.actors.persons import _pronoun_after, reads_as_person

    rng = random.Random(9)
    texts = ["Juninho could reconsider his future", "Juninho left", "Acme said"]
    for _ in range(3000):
        uses = [SimpleNamespace(org_cue=0, team=False, market_cue=0, side_cue=False, model_type=rng.choice(
            ["PER", "PER", "ORG", "LOC", ""]), sentence=rng.randint(0, 2), end=7) for _ in range(rng.randint(0, 5))]
        types = [x.model_type for x in uses]
        people, others = types.count("PER"), sum(t in ("ORG", "LOC") for t in types)
        want = people >= 2 and people > others and any(_pronoun_after(x, texts) for x in uses)
        assert reads_as_person(uses, texts) == want


def test_score_is_the_salience_of_the_features_bit_for_bit():
    """speedK7: ranking sums the weighted features without the dict and without the 0-weighted "mass" sum."""
    rng = random.Random(71)
    for _ in range(3000):
        texts = _made_up_texts(rng, rng.randint(0, 4))
        mentions = _made_up_mentions(rng, texts)
        args = (mentions, rng.randint(0, 9), rng.choice(["PER", "ORG", "LOC"]), rng.random() < 0.5,
                rng.choice(["", "analyst", "minister"]), rng.choice([set(), {0, 2}, {1}]))
        for given in (texts, None):
            kwargs = dict(named_in_roles=rng.random() < 0.5, lone_guess=rng.random() < 0.2, texts=given)
            want = S.salience(S.features(*args, **kwargs))
            assert S.score(*args, **kwargs) == want
            assert S.score(*args, **kwargs).hex() == float(want).hex()
    # "mass" is weighed 0 today, so score skips it; were it weighed, score would sum it
    assert not S._MASS_WEIGHED and "mass" not in S._NONZERO_KEYS

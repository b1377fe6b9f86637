"""Fast paths of resolving and ranking (speedR2) give the answers of the general tests they skip."""

import itertools
import random

from briefing.core.actors import modifiers, salience
from briefing.core.actors.lone_words import _reads_as_place


def _slow_next_to_speech(text, start, end):
    after = text[end:end + 12].lstrip(" ,")
    if after[:1].islower() and after.split(" ", 1)[0] in salience._SPEECH:
        return True
    before = text[max(0, start - 16):start].rstrip(" ,").lower()
    return before.endswith(salience._SPOKEN_ENDS) or before in salience._SPOKEN


def _slow_only_modifier(text, start, end):
    after = text[end:end + 30]
    if after.startswith(modifiers._POSSESSIVE):
        return True
    if not after.startswith(" ") or after[1:2] == "-" or after[1:2] not in modifiers._LOWER:
        return False
    n = 1
    while n < len(after) and after[n] in modifiers._LOWER:
        n += 1
    word = after[1:n]
    return not (len(word) < 2 or modifiers._verb(word) or word in modifiers._FUNCTION)


_PIECES = ["Berg", " said", " SAID", "said", ", ", " ", ",", "according to ", "ACCORDING TO ", "told ", "asked ",
           "Writes ", "İ", "K", "Σ", "ΣΑΙΔ", "Свид ", "说", "\x00", "\ud800", "’s", "'", "’ ", " lorry", " has",
           " - ", "\n", "é", "noteD", " claimS", "x" * 40, "according", " to"]


def _texts(seed: int, n: int):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 8)))


def test_speech_and_modifier_fast_paths_agree_with_the_full_tests():
    cases = 0
    for text in itertools.chain(_texts(17, 3000), ["said Berg", "Berg said", "according to Berg", "ACCORDING TO Berg",
                                                    "İ Berg", "SAİD Berg", "x" * 100_000 + " said Berg"]):
        for start in range(0, min(len(text), 40) + 1):
            for end in (start, start + 4, len(text)):
                assert salience._next_to_speech(text, start, end) == _slow_next_to_speech(text, start, end), (text, start, end)
                assert modifiers.only_modifier(text, start, end) == _slow_only_modifier(text, start, end), (text, start, end)
                cases += 1
    assert cases > 10_000


class _Use:
    def __init__(self, model_type, possessive=False):
        self.model_type, self.possessive, self.place_cue, self.place_noun = model_type, possessive, False, False


def _slow_reads_as_place(uses):
    uses = [x for x in uses if not x.possessive]
    places = sum(x.model_type == "LOC" for x in uses)
    return bool(uses) and 2 * places >= len(uses)


def test_place_reading_stops_early_with_the_same_answer():
    for n in range(0, 7):
        for types in itertools.product(["LOC", "ORG", ""], repeat=n):
            for owner in range(n + 1):
                uses = [_Use(t, possessive=(i == owner)) for i, t in enumerate(types)]
                assert _reads_as_place(uses) == _slow_reads_as_place(uses), types

"""Speed of the passes after the first (issue 17): a mention keeps its attributes as the class's shared inline
values, so the passes that read every mention's attributes many times over read them at full speed.

An object with a dict of its own is told by ``gc.get_referents``: it lists the dict, where an object with
inline values lists the values themselves. Only CPython 3.11 and 3.12 keep inline values this way; elsewhere
the tests are skipped (the code only changes speed).
"""

import gc
import sys
from dataclasses import fields

import pytest

from briefing.core.actors.tokens import _COMMON_ATTRIBUTES, EntityMention, new_mention

pytestmark = pytest.mark.skipif(
    sys.implementation.name != "cpython" or sys.version_info[:2] not in ((3, 11), (3, 12)),
    reason="inline attribute values as CPython 3.11/3.12 keep them",
)


def _own_dict(obj) -> bool:
    return any(type(r) is dict for r in gc.get_referents(obj))


def _plain_mention() -> EntityMention:
    return new_mention(3, 10, 22, "Mara Velten", "PER", "name", None, ("Mara", "Velten"), agent=True, role="mayor")


def test_plain_mention_has_no_dict_of_its_own():
    m = _plain_mention()
    assert m.norm == "mara velten"
    assert not _own_dict(m)


def test_reading_norm_keeps_the_inline_values():
    # norm is computed once and stored; stored through __dict__ it gave every mention a dict of its own
    m = _plain_mention()
    assert not _own_dict(m)
    m.norm
    assert not _own_dict(m)
    assert m.norm == "mara velten" and "norm" in vars(m)  # stored: vars() may make the dict, after the check


def test_common_attributes_stay_inline_after_a_text_of_rare_ones():
    # The first text read used to fix which attribute names the class shares: one whose mentions set rare
    # flags first left "norm", "actor" and "national_side" out, and every later mention got a dict.
    rare = [f.name for f in fields(EntityMention) if f.name not in _COMMON_ATTRIBUTES]
    for _ in range(3):
        odd = new_mention(0, 0, 5, "Orvik", "ORG", "name", None, ("Orvik",))
        for name in rare:
            setattr(odd, name, getattr(EntityMention, name, None))
    m = _plain_mention()
    m.norm
    m.actor, m.national_side, m.weak, m.unsure = 4, False, True, False
    assert not _own_dict(m)


def test_changed_text_is_read_again_after_the_cached_norm_is_dropped():
    # the passes that rewrite a mention's text drop the cached norm through __dict__ (document._glued_names)
    m = _plain_mention()
    assert m.norm == "mara velten"
    m.text = "Dr Mara Velten"
    m.__dict__.pop("norm", None)
    assert m.norm == "dr mara velten"


def test_work_noun_after_agrees_with_the_word_read_letter_by_letter():
    from briefing.core.actors.work_attributes import WORK_NOUNS, _noun_after, _work_noun_after

    texts = ["a Tova Brandt film.", "the Kessel films, and", "a Lind novella", "the Arno series2 x", "Orla said",
             "the Pim saga", "the Pim sagas", "the Pim book-shop", "Vell documentaries", "Vell  film", "Vell film",
             "Vell Film", "the Quade albumen", "the Quade album’s"]
    for text in texts:
        for end in range(len(text) + 1):
            assert _work_noun_after(text, end) == (_noun_after(text, end) in WORK_NOUNS), (text, end)

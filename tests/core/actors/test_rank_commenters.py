"""A commenter is rarely what the story is about (issue 17, rank2 round).

News stories quote outsiders to comment on events: an analyst, an economist, a professor, an expert, a
correspondent or editor. Their role noun says what they are there for: to comment, not to act in the story.
The salience feature ``not_commenter`` (:mod:`briefing.core.actors.commenters`) gives a little less weight to a
person whose role is a commenter's, so that between two people the text names as often and as early, the one
who takes part in the events ranks first. Each case below: two people, each named once with a role and quoted,
the commenter first in the text (so it would rank above on the tie-break without the feature). Made up.
"""

import pytest

from briefing.core.actors import extract_actors
from briefing.core.actors.commenters import commenter_role
from briefing.core.actors.salience import features
from tests.core.builders import make_article

FILLER = ["The weather was mild on Monday.", "Nothing else happened that week.", "Traffic was light."]

#: (sentences after the filler, the person who takes part, the commenter). Written before the feature.
CASES = [
    (['"Prices will rise," said Dana Whitlow, an analyst at Corve Securities.',
      '"We will appeal," said Omar Petrov, the owner of the mine.'],
     "Omar Petrov", "Dana Whitlow"),
    (["Economist Lena Hartwig said the plan was risky.", "Mayor Tobias Brandt said the plan would go ahead."],
     "Tobias Brandt", "Lena Hartwig"),
    (["Professor Ines Calloway said the vote was unusual.", "Senator Ruth Ambler said she would vote against it."],
     "Ruth Ambler", "Ines Calloway"),
    pytest.param(['"It is a bold move," said Marcus Ilby, a market strategist.',
                  '"We are ready," said coach Pavel Demir.'], "Pavel Demir", "Marcus Ilby",
                 marks=pytest.mark.xfail(strict=True, reason="the finder reads no role in 'a market strategist' "
                                         "(not one of its role words), so the feature has nothing to read")),
    (["Researcher Alma Ferris said the data were clear.", "Judge Helen Okoro said the trial would resume."],
     "Helen Okoro", "Alma Ferris"),
    (['"This is unprecedented," said Felix Morrow, a legal expert.',
      '"We did nothing wrong," said Nadia Quell, the founder of the firm.'],
     "Nadia Quell", "Felix Morrow"),
]
#: Every third case is set aside: its outcome was not looked at while the feature was written.
DEVELOPMENT = [c for i, c in enumerate(CASES) if i % 3 != 2]
SET_ASIDE = [c for i, c in enumerate(CASES) if i % 3 == 2]


def _names(sentences: list[str]) -> list[str]:
    return [a.name for a in extract_actors(make_article([" ".join(FILLER + sentences)]))]


@pytest.mark.parametrize("sentences,actor,commenter", DEVELOPMENT)
def test_a_participant_outranks_a_commenter_named_as_often(sentences, actor, commenter):
    names = _names(sentences)
    assert actor in names and commenter in names
    assert names.index(actor) < names.index(commenter)


@pytest.mark.parametrize("sentences,actor,commenter", SET_ASIDE)
def test_set_aside_cases(sentences, actor, commenter):
    names = _names(sentences)
    assert actor in names and commenter in names
    assert names.index(actor) < names.index(commenter)


@pytest.mark.parametrize("role,expected", [
    ("analyst", True), ("chief economist", True), ("professor of history at Marlow University", True),
    ("CRS's chief European affairs analyst", True), ("BBC political editor", True), ("legal expert", True),
    ("spokesman for the council", True), ("Prime Minister", False), ("chief executive", False), ("coach", False),
    ("", False), ("expertise manager", False), ("editorial director", False),
])
def test_commenter_role(role, expected):
    assert commenter_role(role) is expected


class _M:
    def __init__(self, sentence, start, text, role=""):
        self.sentence, self.start, self.end, self.text, self.kind, self.role = (
            sentence, start, start + len(text), text, "name", role)
        self.agent = self.locative = self.in_quote = False


def test_feature_is_zero_only_for_a_person_with_a_commenter_role():
    m = [_M(0, 0, "Dana Whitlow")]
    assert features(m, 3, "PER", False, "analyst")["not_commenter"] == 0.0
    assert features(m, 3, "PER", False, "mayor")["not_commenter"] == 1.0
    assert features(m, 3, "PER", False, "")["not_commenter"] == 1.0
    # The role of a later mention counts too ("Ms Whitlow, an economist at ...").
    assert features(m + [_M(1, 0, "Whitlow", role="economist")], 3, "PER", False, "")["not_commenter"] == 0.0
    # An organisation is never a commenter by this feature ("Capital Economics" keeps its weight).
    assert features(m, 3, "ORG", False, "analyst")["not_commenter"] == 1.0

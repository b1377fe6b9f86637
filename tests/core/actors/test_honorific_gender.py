"""A man's "Mr" surname and his wife's "Mrs" surname: two people, each with the right mentions."""

from ..builders import actors_of


def _by_name(text: str) -> dict:
    return {a.name: a for a in actors_of(text)}


def test_mr_after_mrs_joins_the_husband_not_the_wife():
    actors = _by_name(
        "Robert Corbett's wife, Helen, will join the campaign. Mrs Corbett will visit ten towns. "
        "Mr Corbett will speak every morning, the party said. Mrs Corbett has appeared on television. "
        "Mr Corbett thanked volunteers.")
    daniel = actors["Robert Corbett"]
    assert daniel.mentions == 3  # his full name and both "Mr Corbett"; the two "Mrs Corbett" are not his
    assert not any(a.mentions >= 3 and a.name == "Corbett" for a in actors.values())


def test_mrs_after_mr_stays_apart_from_the_husband():
    actors = _by_name(
        "Robert Corbett leads the party. Mr Corbett will speak every morning. Mrs Corbett will visit ten towns. "
        "Mr Corbett thanked volunteers.")
    assert actors["Robert Corbett"].mentions == 3


def test_the_wife_named_only_by_mrs_is_shown_as_mrs():
    actors = _by_name(
        "Robert Corbett's wife will join the campaign. Mrs Corbett will visit ten towns. "
        "Mr Corbett will speak every morning. Mrs Corbett has appeared on television.")
    assert "Mrs Corbett" in actors and actors["Mrs Corbett"].mentions == 2
    assert actors["Robert Corbett"].mentions == 2

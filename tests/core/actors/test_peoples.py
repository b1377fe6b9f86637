"""Words that name peoples or sides, not actors (issue 17, twelfth round: fewer false organisations)."""

from tests.core.builders import mention_types as names_of


def test_place_with_a_demonym_ending_is_no_organisation():
    """'Kansan', 'Kansans' (a listed place and '-an'), 'Surinamese' ('-ese') describe people, not a firm."""
    t = names_of("The Kansan farmer Bob Tiller sold his land.", "Kansans voted on Tuesday.",
                 "A Surinamese trader was held.")
    assert "Kansan" not in t and "Kansans" not in t and "Surinamese" not in t
    assert t["Bob Tiller"] == {"PER"}


def test_short_place_stem_or_a_surname_keeps_the_name():
    """'Suwan' (from 'Suwa', four letters) is not read as a people's adjective: it stays a name."""
    t = names_of("Suwan beat Daejeon 2-1 on Saturday.")
    assert "Suwan" in t


def test_compass_word_before_a_nationality_is_no_organisation():
    """'Southeast Asian', 'North Africans': a region's peoples, not an actor."""
    t = names_of("The Southeast Asian gold market was quiet.", "The North Africans drew 0-0 with Benin.")
    assert "Southeast Asian" not in t and "North Africans" not in t


def test_hyphenated_sides_are_no_organisation():
    """'German-Israeli', 'US-German', 'Pro-Moscow': adjectives of two sides or a stance, not organisations."""
    t = names_of("The ministers discussed German-Israeli ties.", "The US-German talks ended.",
                 "Pro-Moscow leaders criticised the envoy.")
    assert "German-Israeli" not in t and "US-German" not in t and "Pro-Moscow" not in t

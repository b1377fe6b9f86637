"""English key-actor leftovers of issue 17 (round kinds3): junk names in the top 8. Made-up texts."""

from tests.core.builders import actor_type_roles, actors_of, names


def test_sentence_first_word_before_a_noun_of_people_is_a_modifier():
    """'Charity boss Ann Lee said', 'Defence lawyers argued': the capitalised first word qualifies the noun."""
    got = actor_type_roles("Charity boss Ann Lee said the hospital in Dorchester must stay open.",
                           "Defence lawyers argued the plan was unlawful. Union leaders met on Monday.")
    assert "Charity" not in got and "Defence" not in got and "Union" not in got
    assert got["Ann Lee"] == ("PER", "Charity boss")
    assert got["Dorchester"][0] == "LOC"


def test_sentence_first_name_before_a_verb_stays():
    """'Oxfam said': a name before a verb keeps its mention; a listed body before a noun of people too."""
    got = names(actors_of("Oxfam said the cuts would hurt. Oxfam staff in Leeds agreed. Oxfam workers marched."))
    assert "Oxfam" in got

"""Key actors in uk/de: the kinds the ml64 round fixed, on made-up sentences (the probe: benchmarks/ml_tour64)."""

import pytest

from briefing.core.actors.rules_multilingual import find_mentions, uk_first_name


def found(text, lang):
    return {text[s:e]: (kind, base) for s, e, kind, base, _role in find_mentions(text, lang)}


# -- Ukrainian ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("word", ["Марина", "Мариною", "Соню", "Соні", "Марині", "Інгою", "Таїсії", "Остапом",
                                  "Кирила", "Ярині"])
def test_ukrainian_first_names_in_their_case_forms(word):
    assert uk_first_name(word)


@pytest.mark.parametrize("word", ["Росії", "Україні", "Києві", "Раді"])
def test_places_and_bodies_are_no_first_names(word):
    assert not uk_first_name(word)


@pytest.mark.parametrize("text, name", [
    ("Вранці ми зустрілися з Мариною біля школи.", "Мариною"),
    ("Того вечора Інга довго мовчала.", "Інга"),
    ("Він подарував Соні книжку.", "Соні"),
])
def test_a_lone_ukrainian_first_name_is_a_person(text, name):
    assert found(text, "uk")[name][0] == "PER"

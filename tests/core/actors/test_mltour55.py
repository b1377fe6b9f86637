"""Key actors in ru/uk/de/fr/es: the general error kinds of the mltour55 probe (benchmarks/ml_tour55)."""

import pytest

from briefing.core.actors.rules_multilingual import find_mentions


def spans(text, lang):
    return {text[s:e]: kind for s, e, kind, _base, _role in find_mentions(text, lang)}


@pytest.mark.parametrize("lang, text, name", [
    ("es", "La Fiscalía de Tordesillas ha abierto diligencias contra el concejal.", "Fiscalía de Tordesillas"),
    ("es", "Lo publicó el diario El Correo de Soria, que tuvo acceso a los contratos.", "El Correo de Soria"),
    ("es", "Los técnicos de la Diputación de Soria revisarán el proyecto.", "Diputación de Soria"),
    ("es", "La plataforma Salvemos Las Dunas reunió 4.000 firmas.", "Salvemos Las Dunas"),
    ("fr", "Les agents de la Régie des Eaux ont coupé la conduite mardi.", "Régie des Eaux"),
])
def test_romance_body_joined_by_de_is_an_organisation(lang, text, name):
    """A name of capitalised words joined by "de" / "des" / "Las" with no first name and no role before it is a
    body, not a person (it was typed PER: "Fiscalía de Valladolid", "El Norte de Castilla")."""
    assert spans(text, lang).get(name) == "ORG"


@pytest.mark.parametrize("lang, text, name", [
    ("es", "Según el alcalde, Javier Pérez de Olmedo firmó el contrato.", "Javier Pérez de Olmedo"),
    ("fr", "Le préfet Jean de Villandry a signé l'arrêté.", "Jean de Villandry"),
])
def test_person_with_de_in_the_surname_stays_a_person(lang, text, name):
    assert spans(text, lang).get(name) == "PER"


def details(text, lang):
    return {text[s:e]: (kind, base) for s, e, kind, base, _role in find_mentions(text, lang)}


@pytest.mark.parametrize("text, place, person", [
    ("Голова фонду в Україні Томас Вебер підписав угоду.", ("Україні", "Україна"), ("Томас Вебер", "Томас Вебер")),
    ("Суд відсторонив мера Ірпеня Валерія Осадчука від посади.", ("Ірпеня", "Ірпінь"),
     ("Валерія Осадчука", "Валерій Осадчук")),
    ("Депутати з Києва Андрія Гайового не підтримали.", ("Києва", "Київ"), ("Андрія Гайового", "Андрій Гайовий")),
])
def test_uk_place_case_form_is_cut_from_the_person_after_it(text, place, person):
    """A place's case form right before a person's name is a place of its own, not the person's first word
    ("в Україні Томас Вебер", "мера Ірпеня Валерія ..."); the person is brought to the nominative."""
    found = details(text, "uk")
    assert found.get(place[0]) == ("LOC", place[1])
    assert found.get(person[0]) == ("PER", person[1])


def test_uk_first_name_in_case_forms_of_names_in_ij():
    """Case forms of first names in -ій ("Валерія", "Сергію", "Андрієм") are first names."""
    from briefing.core.actors.rules_multilingual import uk_first_name
    assert all(uk_first_name(w) for w in ("Валерія", "Сергію", "Андрієм", "Юрієві", "Василя"))
    assert not uk_first_name("Енергія")


@pytest.mark.parametrize("text, person, base", [
    ("Суд заслухав Андрія Гнатюка.", "Андрія Гнатюка", "Андрій Гнатюк"),
    ("Поліція затримала Миколу Степанюка.", "Миколу Степанюка", "Микола Степанюк"),
    ("Прокурор допитав Василя Шевчука.", "Василя Шевчука", "Василь Шевчук"),
    ("Виступила Олександра Гнатюк.", "Олександра Гнатюк", "Олександра Гнатюк"),
])
def test_uk_man_named_in_the_genitive_gets_his_nominative_surname(text, person, base):
    """A man's first name in the genitive or accusative ("Андрія", "Миколу", "Василя") with a surname in -а after a
    consonant ("Гнатюка") names "Андрій Гнатюк"; a woman's forms keep theirs."""
    assert details(text, "uk").get(person) == ("PER", base)

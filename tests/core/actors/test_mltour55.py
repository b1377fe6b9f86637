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

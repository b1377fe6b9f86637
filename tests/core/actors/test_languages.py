"""Key actors in Russian (natasha), Ukrainian, German, French and Spanish (rules): base forms, roles, ranking."""

import sys

import pytest

from briefing.core.actors import extract_actors
from briefing.core.actors.languages import actor_support
from briefing.core.actors.natasha_backend import available as natasha_available
from briefing.core.actors.rules_multilingual import find_mentions
from briefing.core.ingest.load import load_article
from tests.conftest import ROOT

LANG = ROOT / "tests" / "data" / "lang"
needs_natasha = pytest.mark.skipif(not natasha_available(), reason="natasha (extra 'ru') is not installed")


def actors_of(code):
    return {a.name: a for a in extract_actors(load_article(LANG / f"{code}.txt"))}


@needs_natasha
def test_russian_actors_base_forms_roles_and_merging():
    """Inflected names become one actor in the nominative, with the role the text gives."""
    actors = actors_of("ru")
    putin = actors["Владимир Путин"]
    assert putin.type == "PER" and putin.role == "президент России" and "Владимиру Путину" in putin.aliases
    naryshkin = actors["Сергей Нарышкин"]
    assert naryshkin.role == "директор Службы внешней разведки России"
    assert naryshkin.mentions == 3 and "Нарышкина" in naryshkin.aliases
    assert actors["Иван Тертель"].role == "председатель КГБ Белоруссии"
    assert actors["Сергей Лавров"].role == "министр иностранных дел России"
    assert actors["Москва"].type == "LOC" and actors["Москва"].mentions == 3 and actors["Москва"].display_name == "Москва"
    assert actors["Служба внешней разведки России"].type == "ORG" if "Служба внешней разведки России" in actors \
        else actors["СВР"].type == "ORG"
    assert "Тертелем" not in actors and "Нарышкина" not in actors


@needs_natasha
def test_russian_ranking_puts_people_first():
    """The people at the centre of the story rank above the places it merely mentions."""
    names = [a.name for a in extract_actors(load_article(LANG / "ru.txt"))]
    assert set(names[:2]) == {"Сергей Нарышкин", "Иван Тертель"}
    assert names.index("Владимир Путин") < names.index("Брест")


def test_russian_without_natasha_falls_back_with_a_note(monkeypatch):
    """Without natasha, Russian actors come from the Cyrillic rules, and the support line says why."""
    from briefing.core.actors import natasha_backend

    monkeypatch.setitem(sys.modules, "natasha", None)  # importing natasha now fails as if it were absent
    monkeypatch.setattr(natasha_backend, "available", lambda: False)
    natasha_backend._pipeline.cache_clear()
    try:
        support = actor_support("ru")
        assert not support.available and "pip install natasha" in support.note
        names = {a.name for a in extract_actors(load_article(LANG / "ru.txt"))}
        assert "Сергей Нарышкин" in names
    finally:
        natasha_backend._pipeline.cache_clear()


@pytest.mark.parametrize("code, name, role", [
    ("uk", "Володимир Зеленський", "президент України"),
    ("uk", "Маріуш Камінський", "міністр внутрішніх справ Польщі"),
    ("de", "Nancy Faeser", "Bundesinnenministerin"),
    ("de", "Olaf Scholz", "Bundeskanzler"),
    ("fr", "Gérald Darmanin", "ministre de l'Intérieur"),
    ("fr", "Frédéric Veaux", "directeur général de la Police nationale"),
    ("es", "Fernando Grande-Marlaska", "ministro del Interior de España"),
    ("es", "Mercedes González", "directora general de la Guardia Civil"),
])
def test_rules_find_people_with_roles(code, name, role):
    """People are found in base form with the role written before them."""
    actor = actors_of(code)[name]
    assert actor.type == "PER" and actor.role == role


def test_ukrainian_names_and_places_in_base_form():
    """Ukrainian case endings are undone: surname mentions merge, places take their gazetteer form."""
    actors = actors_of("uk")
    lytvynenko = actors["Олександр Литвиненко"]
    assert lytvynenko.mentions == 3 and "Литвиненка" in lytvynenko.aliases
    assert actors["Варшава"].type == "LOC" and "Варшаві" in actors["Варшава"].aliases
    assert actors["Київ"].type == "LOC"
    assert "Служби зовнішньої розвідки України" in actors and actors["Служби зовнішньої розвідки України"].type == "ORG"


def test_german_nouns_are_not_names():
    """German capitalised nouns are not actors; a role's complement is no person."""
    names = set(actors_of("de"))
    assert {"Grenzschutz", "Angaben", "Sommer", "Streifen", "Gespräche", "Bericht"}.isdisjoint(names)
    assert "Warschau" in names and "Europäische Union" in names


def test_role_complements_are_not_people():
    """"ministro del Interior" and "présidente de la région Occitanie, Carole Delga" give no person "Interior"."""
    es = actors_of("es")
    assert es["Interior de España"].type != "PER"
    fr = actors_of("fr")
    assert fr["Occitanie"].type != "PER" and fr["Carole Delga"].role == "présidente de la région Occitanie"


def test_find_mentions_offsets():
    """Spans index the text: titles, sentence-initial articles and days are left out."""
    text = "El lunes, el Sr. Pedro Sánchez viajó a Lisboa con la ministra Margarida Blasco."
    spans = {text[s:e]: k for s, e, k, _b, _r in find_mentions(text, "es")}
    assert spans == {"Pedro Sánchez": "PER", "Lisboa": "LOC", "Margarida Blasco": "PER"}


def test_actor_support_lines():
    """Each language says which finder it uses and how well, with the measured figure."""
    assert actor_support("de").quality == "rough" and "GermEval" in actor_support("de").summary
    if natasha_available():
        assert actor_support("ru").quality == "good" and actor_support("ru").f1 >= 85
    assert actor_support("xx").code == "en"


def test_support_figure_never_rounds_up_across_a_threshold():
    """A figure just under 85 reads as "fair" with a figure under 85, not "fair (F1 85.0)"."""
    from briefing.core.actors.languages import ActorSupport

    line = ActorSupport("en", "rules", 84.97, "CoNLL-2003 eng.testb").summary
    assert line == "rules, fair (F1 84.9 on CoNLL-2003 eng.testb)"
    assert "F1 86.8 " in ActorSupport("ru", "natasha", 86.8, "dev").summary


@pytest.mark.parametrize("lang, text, holder, other, role", [
    ("uk", "Президент України Володимир Зеленський зустрівся з Емманюелем Макроном у Парижі.",
     "Володимир Зеленський", "Емманюелем Макроном", "президент України"),
    ("de", "Bundeskanzler Olaf Scholz traf am Montag Emmanuel Macron in Paris.",
     "Olaf Scholz", "Emmanuel Macron", "Bundeskanzler"),
    ("fr", "Le président Emmanuel Macron a rencontré Olaf Scholz à Berlin.",
     "Emmanuel Macron", "Olaf Scholz", "président"),
    ("es", "El presidente Pedro Sánchez se reunió con Emmanuel Macron en París.",
     "Pedro Sánchez", "Emmanuel Macron", "presidente"),
    ("de", "Präsident Selenskyj traf am Montag Emmanuel Macron in Paris.", "Selenskyj", "Emmanuel Macron", "Präsident"),
])
def test_a_role_is_never_given_to_the_next_person(lang, text, holder, other, role):
    """The role before one person's name stops at that person: the next person named gets no role from it."""
    roles = {text[s:e]: r for s, e, _kind, _base, r in find_mentions(text, lang)}
    assert roles[holder] == role
    assert roles[other] == ""


def test_a_figure_on_silver_labels_reads_at_most_fair():
    """A set labelled by a machine (silver) shows agreement with another tagger, not news quality: at most "fair"."""
    from briefing.core.actors.languages import ActorSupport

    assert ActorSupport("fr", "model", 85.1, "WikiNEuRal fr val, silver").quality == "fair"
    assert ActorSupport("ru", "natasha", 86.8, "factRuEval-2016 dev").quality == "good"
    assert ActorSupport("xx", "model", 60.0, "a silver set").quality == "rough"

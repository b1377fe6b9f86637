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


@pytest.mark.parametrize("text, firm", [
    ("Тендер виграло ТОВ «Укрдорхім» минулого тижня.", "ТОВ «Укрдорхім»"),
    ("Кошти отримало ТОВ «Фінансова компанія «Трансфербутик» у березні.", "ТОВ «Фінансова компанія «Трансфербутик»"),
    ("Договір підписало ТОВ «Будівельна компанія “Етерна”» та міська рада.", "ТОВ «Будівельна компанія “Етерна”»"),
    ('Гроші перерахували на рахунок ПП "Датагруп" у Києві.', 'ПП "Датагруп"'),
])
def test_a_legal_form_and_its_quoted_name_are_one_firm(text, firm):
    names = found(text, "uk")
    assert names[firm][0] == "ORG"
    assert not any(n in names for n in ("ТОВ", "ПП"))


def test_a_firm_with_its_legal_form_is_the_firm_named_alone():
    from briefing.core.actors.multilingual_actors import rules_actors
    from briefing.core.ingest.text import article_from_text

    article = article_from_text("Тендер\n\nТОВ «Укрдорхім» виграло тендер у Полтаві. Директор Укрдорхім Іван Савчук "
                                "заявив, що роботи почнуться в травні. За даними Укрдорхім, ціна не зросте.",
                                language="uk")
    firms = [(a.name, a.mentions) for a in rules_actors(article) if "Укрдорхім" in a.name or a.name == "ТОВ"]
    assert firms == [("ТОВ «Укрдорхім»", 3)]


@pytest.mark.parametrize("text, place, base", [
    ("Мешканці Вишеньки скаржаться на розбиту дорогу.", "Вишеньки", "Вишенька"),
    ("Селяни Лозової скаржаться на нестачу води.", "Лозової", "Лозова"),
    ("Меценат передав гроші школярам Новопетрівки.", "Новопетрівки", "Новопетрівка"),
    ("Жителі Гостомеля отримали генератори.", "Гостомеля", "Гостомель"),
])
def test_a_genitive_after_a_plural_noun_of_people_is_their_place(text, place, base):
    names = found(text, "uk")
    assert names[place] == ("LOC", base)
    assert not any(kind == "PER" for kind, _ in names.values())


def test_a_person_after_a_noun_of_people_stays_a_person():
    assert found("Мешканці Олени Петренко не знали.", "uk").get("Олени Петренко", ("",))[0] == "PER"


# -- German ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Die Grünen und die Linke stimmten gegen den Antrag der CDU.", {"Grünen": "ORG", "Linke": "ORG", "CDU": "ORG"}),
    ("Der Farbenhersteller Rheinfarben will sein Werk in Krefeld schließen.", {"Rheinfarben": "ORG", "Krefeld": "LOC"}),
    ("Der Autobauer Volkswagen streicht in Wolfsburg 3000 Stellen.", {"Volkswagen": "ORG", "Wolfsburg": "LOC"}),
    ("Markus Söder besuchte die Werft. Anschließend lobte Söder die Belegschaft.",
     {"Markus Söder": "PER", "Söder": "PER"}),
    ("Die dramatische Lage im Krankenhaus verschärft sich, warnte die Ärztin Julia Sommer.", {"Julia Sommer": "PER"}),
])
def test_german_parties_firms_after_a_trade_lone_surnames_and_nouns_after_an_adjective(text, expected):
    assert {name: kind for name, (kind, _base) in found(text, "de").items()} == expected

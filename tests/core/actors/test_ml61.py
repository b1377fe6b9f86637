"""Key actors in de/uk/ru: the kinds the ml61 round fixed (a place inside a German body's phrase, German
sentence-first function words and dates, firms with an English trade noun, Russian places in their case forms,
Ukrainian names of bodies joined by "та", rivers and districts, region adjectives), on made-up sentences."""

import pytest

from briefing.core.actors.rules_multilingual import find_mentions


def found(text, lang):
    return {text[s:e]: (kind, base) for s, e, kind, base, _role in find_mentions(text, lang)}


# -- German -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, org, place, base", [
    ("Die Landesregierung von Niedersachsen hat am Montag entschieden.", "Landesregierung von Niedersachsen",
     "Niedersachsen", "Niedersachsen"),
    ("Ein Sprecher der Landesregierung Niedersachsens sagte das.", "Landesregierung Niedersachsens",
     "Niedersachsens", "Niedersachsen"),
    ("Das Innenministerium Bayerns widersprach.", "Innenministerium Bayerns", "Bayerns", "Bayern"),
])
def test_german_place_of_a_body_is_its_own_place(text, org, place, base):
    names = found(text, "de")
    assert names[org][0] == "ORG"
    assert names[place] == ("LOC", base)


@pytest.mark.parametrize("text, org", [
    ("Das Landgericht Kassel urteilte am Freitag.", "Landgericht Kassel"),
    ("Die Stadtwerke München erhöhen die Preise.", "Stadtwerke München"),
])
def test_german_place_in_apposition_stays_in_the_name(text, org):
    assert found(text, "de") == {org: ("ORG", org)}


@pytest.mark.parametrize("text, absent", [
    ("Dabei sagte Peter Schmidt nichts.", "Dabei"),  # "Dabei" is a town on the lists
    ("Davon sind viele Familien betroffen.", "Davon"),
    ("Auch sie wiesen auf die Lage hin.", "Auch"),
    ("Ende März kündigte der Konzern den Abbau an.", "Ende März"),
    ("Die Turniere finden Mitte und Ende Mai statt.", "Mitte"),
    ("Bis Ende 2025 soll die Brücke stehen.", "Ende"),
])
def test_german_function_word_or_date_is_no_name(text, absent):
    names = found(text, "de")
    assert absent not in names and not any(n.startswith(absent.split()[0]) for n in names)


def test_german_sentence_first_place_is_still_a_place():
    assert found("Hamburg investiert in den Hafen.", "de") == {"Hamburg": ("LOC", "Hamburg")}


def test_berlin_district_mitte_outside_a_date_stays():
    assert found("Er wohnt seit Jahren in Mitte.", "de")["Mitte"][0] == "LOC"


@pytest.mark.parametrize("text, name", [
    ("Kestrel Motors kündigte an, 200 Stellen zu streichen.", "Kestrel Motors"),
    ("Die Kestrel Motors GmbH wächst weiter.", "Kestrel Motors GmbH"),
    ("Der Vorstand der Brightwater Energy AG tagte.", "Brightwater Energy AG"),
    ("Laut Nordhafen Logistics sinkt der Umsatz.", "Nordhafen Logistics"),
])
def test_german_firm_with_an_english_trade_noun(text, name):
    assert found(text, "de")[name][0] == "ORG"


@pytest.mark.parametrize("lang, text", [
    ("fr", "Hier, Kestrel Systems a annoncé des licenciements."),
    ("es", "Ayer, Kestrel Systems anunció despidos."),
])
def test_firm_with_an_english_trade_noun_in_other_latin_languages(lang, text):
    assert found(text, lang)["Kestrel Systems"][0] == "ORG"


def test_first_name_and_a_trade_noun_word_is_still_a_person():
    assert found("Hier, Paul Motors a parlé.", "fr")["Paul Motors"][0] == "PER"


# -- Russian text read by the Cyrillic rules (no natasha) -----------------------------------------------------

@pytest.mark.parametrize("text, form, base", [
    ("Заявление министра обороны России Ивана Петрова прозвучало вчера.", "России", "Россия"),
    ("Переговоры с Германией продолжатся.", "Германией", "Германия"),
    ("Посол Китая выступил на форуме.", "Китая", "Китай"),
    ("Делегация прибыла в Украину утром.", "Украину", "Украина"),
])
def test_russian_country_in_a_case_form_is_a_place(text, form, base):
    assert found(text, "uk")[form] == ("LOC", base)


def test_russian_country_before_a_name_leaves_the_person_whole():
    names = found("Заявление министра обороны России Ивана Петрова прозвучало вчера.", "uk")
    assert names["Ивана Петрова"][0] == "PER"


# -- Ukrainian --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Кредит надав Європейський банк реконструкції та розвитку.", "Європейський банк реконструкції та розвитку"),
    ("Наказ підписало Міністерство освіти і науки України.", "Міністерство освіти і науки України"),
])
def test_ukrainian_body_name_goes_on_after_a_conjunction_between_genitives(text, name):
    assert found(text, "uk")[name][0] == "ORG"


def test_ukrainian_conjunction_before_a_nominative_ends_the_body_name():
    assert "Служба безпеки" in found("Служба безпеки і прокуратура почали перевірку.", "uk")


@pytest.mark.parametrize("text, name", [
    ("У місті відкрили новий міст через Південний Буг.", "Південний Буг"),  # across: a river
    ("Міст з'єднав мікрорайон Вишенька з центром.", "Вишенька"),
    ("Рибалки на річці Рось ловили рибу.", "Рось"),
])
def test_ukrainian_river_or_district_is_a_place(text, name):
    assert found(text, "uk")[name][0] == "LOC"


@pytest.mark.parametrize("text, span, base", [
    ("Агрохолдинг купив елеватори у Полтавській області.", "Полтавській області", "Полтавська область"),
    ("Дорогу відремонтують у Броварському районі.", "Броварському районі", "Броварський район"),
])
def test_ukrainian_region_adjective_with_its_noun_is_a_place_not_a_person(text, span, base):
    assert found(text, "uk") == {span: ("LOC", base)}

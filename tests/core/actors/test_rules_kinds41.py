"""Key actors in Ukrainian, German, French and Spanish by rules: the general error kinds of the qa40 tour."""

from briefing.core.actors.rules_multilingual import find_mentions


def spans(text, lang):
    return {text[s:e]: kind for s, e, kind, _base, _role in find_mentions(text, lang)}


def roles(text, lang):
    return {text[s:e]: role for s, e, _kind, _base, role in find_mentions(text, lang)}


def test_sentence_first_word_written_lower_in_another_form_is_no_name():
    """A sentence-first word the text also writes in lower case in another case form is no name ("Частину")."""
    found = spans("Частину Одеси затопило. Більша частина міста без світла.", "uk")
    assert "Частину" not in found and "Частину Одеси" not in found
    assert found.get("Одеси") == "LOC"


def test_lone_sentence_first_word_never_capitalised_elsewhere_is_no_name():
    """A lone sentence-first word that the document never capitalises inside a sentence is no name."""
    assert "Наступного" not in spans("Наступного дня Іван Петренко приїхав до Львова.", "uk")
    assert "Llevamos" not in spans("«Llevamos años esperando», dijo Marta Vidal en Valencia.", "es")
    assert "Aucun" not in spans("Aucun bus ne circule. Le trafic reprendra à Nantes demain.", "fr")


def test_lone_sentence_first_name_the_document_capitalises_elsewhere_stays():
    """A lone sentence-first name stays when the text capitalises it inside a sentence too, or quotes it alone."""
    assert "Telefónica" in spans("Telefónica ganó. Los accionistas de Telefónica aplaudieron.", "es")
    assert spans("«Укрдорхім» виграв тендер.", "uk").get("Укрдорхім") == "ORG"

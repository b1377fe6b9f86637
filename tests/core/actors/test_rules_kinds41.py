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


def test_organisation_typed_by_its_head_noun():
    """A name headed by an organisation noun of its language is an organisation, not a person or a place."""
    es = spans("Visitaron la Confederación Hidrográfica del Júcar con la Generalitat Valenciana y la Unió de "
               "Llauradors.", "es")
    assert es["Confederación Hidrográfica del Júcar"] == es["Generalitat Valenciana"] == es["Unió de Llauradors"] == "ORG"
    assert spans("Le réseau de Nantes Métropole est géré par la ville.", "fr")["Nantes Métropole"] == "ORG"
    assert spans("Laut Angaben der Leipziger Verkehrsbetriebe fahren Busse.", "de").get("Leipziger Verkehrsbetriebe") == "ORG"


def test_role_noun_before_a_name_in_the_languages_forms():
    """A role noun in the language's forms before a name is the person's role (German compounds, "conseller")."""
    de = roles("Der Geschäftsführer Thomas Brandt und Oberbürgermeister Burkhard Jung warnten mit Energieberater "
               "Klaus Weber.", "de")
    assert de["Thomas Brandt"] == "Geschäftsführer" and de["Burkhard Jung"] == "Oberbürgermeister"
    assert de["Klaus Weber"] == "Energieberater"
    assert roles("El conseller de Agricultura Miguel Barrachina visitó Valencia.", "es")["Miguel Barrachina"] == \
        "conseller de Agricultura"
    assert roles("Автор Олена Коваль пише про Київ.", "uk")["Олена Коваль"] == "автор"
    assert roles("Selon l'adjointe Claire Martin, le réseau tient.", "fr")["Claire Martin"] == "adjointe"


def test_name_not_split_at_a_listed_first_name_that_ends_it():
    """A listed first name right after an unlisted one is its surname ("Carles Peris"), not a second person."""
    assert spans("El portavoz Carles Peris habló en Valencia.", "es").get("Carles Peris") == "PER"
    assert roles("El portavoz Carles Peris habló en Valencia.", "es")["Carles Peris"] == "portavoz"
    # a role's complement before a full name is still cut off
    assert "Gérald Darmanin" in spans("Le ministre de l'Intérieur Gérald Darmanin a parlé.", "fr")


def test_name_after_a_place_noun_is_a_place():
    """A name right after a lower-case place noun ("вулиці", "вул.", "calle") is a place."""
    assert spans("Ветеран живе на вулиці Пасічній у Львові.", "uk")["Пасічній"] == "LOC"
    assert spans("Офіс розташований на вул. Морській.", "uk")["Морській"] == "LOC"
    assert spans("El local está en la calle Colón desde 1990.", "es")["Colón"] == "LOC"


def test_ukrainian_first_name_and_adjective_surname_in_a_case_form():
    """A Ukrainian first name and an adjective-like surname in a case form are brought to the nominative."""
    bases = {base for _s, _e, _k, base, _r in find_mentions("Про Андрія Садового, Олену Садову і Петро Бойко.", "uk")}
    assert {"Андрій Садовий", "Олена Садова", "Петро Бойко"} <= bases


def test_shorter_organisation_name_merges_into_the_longer_one():
    """An organisation written short ("Stadtwerke") after its full name ("Stadtwerke Leipzig") is one actor."""
    from briefing.core.actors.multilingual_actors import rules_actors
    from briefing.core.ingest.text import with_language
    from briefing.core.model import Article

    text = ("Die Stadtwerke Leipzig erhöhen die Preise. Geschäftsführer Thomas Brandt sagte, die Stadtwerke hätten "
            "keine Wahl. Die Stadtwerke investieren.")
    actors = rules_actors(with_language(Article(title="", paragraphs=[[text]]), "de"), lang="de")
    orgs = [a for a in actors if a.type == "ORG"]
    assert [(a.name, a.mentions) for a in orgs] == [("Stadtwerke Leipzig", 3)]


def test_german_bare_organisation_noun_after_an_article_is_a_common_noun():
    """In German a bare organisation noun after an article ("das Institut") is a common noun, not an actor;
    one of a kind ("der Bundestag", "die Stadtwerke") and one a name follows ("das Institut Pasteur") stay."""
    found = spans("Wie das Institut mitteilte, hat der Verband den Bundestag und die Stadtwerke informiert.", "de")
    assert "Institut" not in found and "Verband" not in found
    assert found.get("Bundestag") == "ORG" and found.get("Stadtwerke") == "ORG"


def test_ukrainian_surname_in_a_case_form_alone_is_the_same_person():
    """A Ukrainian adjective-like surname alone in a case form ("Садового") is the person named in full."""
    from briefing.core.actors.multilingual_actors import rules_actors
    from briefing.core.ingest.text import with_language
    from briefing.core.model import Article

    text = "Мер Львова Андрій Садовий відкрив центр. Журналісти запитали Садового про бюджет."
    actors = rules_actors(with_language(Article(title="", paragraphs=[[text]]), "uk"), lang="uk")
    names = {a.name: a for a in actors}
    assert "Садового" not in names and names["Андрій Садовий"].mentions == 2

"""German rules (ml4): a bare word that speaks is a person (", sagte Pfister", "Prizak meinte"), and a compound of a
trade or deed before a name makes it a person ("CSU-Politiker Straubinger"). Made-up text."""

from briefing.core.actors.rules_multilingual import find_mentions


def spans(text: str) -> set[tuple[str, str]]:
    return {(text[s:e], kind) for s, e, kind, _base, _role in find_mentions(text, "de")}


def test_a_bare_word_after_a_quotation_and_a_verb_of_saying_is_a_person():
    for text, name in (('" Das reicht nicht " , sagte Hofstetter .', "Hofstetter"),
                       ("Die Lage bleibt ernst, betonte Krabbe.", "Krabbe"),
                       ("Wir warten ab, sagt Wienholt.", "Wienholt")):
        assert (name, "PER") in spans(text), (text, spans(text))


def test_a_bare_word_opening_the_sentence_before_a_verb_of_saying_is_a_person():
    assert ("Krabbe", "PER") in spans("Krabbe meinte , man müsse abwarten .")


def test_an_object_after_a_verb_is_no_speaker():
    assert not any(kind == "PER" for _span, kind in spans("Der Verband fordert Konsequenzen aus dem Urteil."))
    assert ("Geschichte", "PER") not in spans("Das Team schreibt Geschichte .")


def test_a_trade_compound_before_a_name_makes_it_a_person():
    for text, name in (("Der CSU-Politiker Straubeck lehnte ab.", "Straubeck"),
                       ("Der Olympiasieger Casaretto gewann erneut.", "Casaretto"),
                       ("Der Menschenrechtsaktivist Barghoun sprach lange.", "Barghoun")):
        assert (name, "PER") in spans(text), (text, spans(text))


def test_states_pycountry_names_only_officially_are_places():
    for text, lang, name in (("Die Kolonie wurde 1664 von England übernommen .", "de", "England"),
                             ("Russland ist auf dem Weg der Erholung .", "de", "Russland"),
                             ("Die Armee zog sich aus dem Gazastreifen zurück .", "de", "Gazastreifen"),
                             ("El próximo mes me voy para el Tíbet .", "es", "Tíbet"),
                             ("Les troupes sont entrées en Crimée hier .", "fr", "Crimée")):
        got = {(text[s:e], kind) for s, e, kind, _base, _role in find_mentions(text, lang)}
        assert (name, "LOC") in got, (text, got)


def test_a_name_in_the_saxon_genitive_before_its_noun_is_a_person_alone():
    got = spans("Er wurde Adjutant von Brankows Vizekanzler .")
    assert ("Brankows", "PER") in got and not any("Vizekanzler" in span for span, _kind in got), got
    assert ("Tarloffs", "PER") in spans("Die Debatte drehte sich über Tarloffs Entscheidung .")


def test_a_common_noun_in_the_genitive_is_no_name():
    got = spans("Die Folgen des Ersten Weltkriegs Ende waren schwer .")
    assert not any(kind == "PER" for _span, kind in got), got
    got = spans("Er spielte im Finale der Champions League .")
    assert ("Champions League", "ORG") in got, got


def test_an_english_name_ending_in_a_body_noun_is_an_organisation_in_german_text():
    for text, name in (("Die Studie wurde vom Nordic Refugee Council finanziert .", "Nordic Refugee Council"),
                       ("Er wechselte 2003 an Ashford City .", "Ashford City"),
                       ("Das schrieb die Dallow Valley Times am Montag .", "Dallow Valley Times")):
        assert (name, "ORG") in spans(text), (text, spans(text))


def test_a_name_opened_by_a_capitalised_adjective_is_an_organisation():
    assert ("Deutsche Bahn", "ORG") in spans("Heute erhöht die Deutsche Bahn die Preise .")
    assert ("Britische Botschaft", "ORG") in spans("Gestern warnte die Britische Botschaft vor Reisen .")
    assert ("Europäische Fußball-Union", "ORG") in spans("Die Europäische Fußball-Union sperrte den Verein .")


def test_a_genitive_before_a_firm_word_keeps_the_firm_whole():
    assert ("Siemens Energy", "ORG") in spans("Ein Sprecher von Siemens Energy bestätigte den Auftrag .")


def test_an_article_after_a_name_ends_it():
    assert ("Renate Schmitz", "PER") in spans("Wie kann Renate Schmitz den Nerv der Leute treffen ?")
    assert ("WSU", "ORG") in spans("Im Abstiegskampf kaufte Füchtorf der WSU den Schneid ab .")
    assert ("Paris", "LOC") in spans("Nach ihrer Rückkehr aus Paris der Lieblingsort der Fürstin .")
    assert ("Ursula von der Leyen", "PER") in spans("Gestern sprach Ursula von der Leyen in Brüssel .")

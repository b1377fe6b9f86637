"""The "Sources differ" note quotes figures as their sources wrote them, compares currencies, and reads each source's
figures in that source's language (made-up sentences and articles)."""

from __future__ import annotations

import json

import pytest

from briefing.core.brief.pipeline import analyse_sources, make_multi_briefing
from briefing.core.export.content import brief_content, variants_note
from briefing.core.model import Article, Briefing, Citation, KeyPoint, SourceRef, SummaryOptions
from briefing.core.multi.figures import figure_context, figures_differ, same_measure_differs
from briefing.core.multi.sources import lettered


def _point(text, variant, cited=None):
    """Return a disputed point of source A with one variant from C (and a citation of B when ``cited``)."""
    citations = [Citation("A", 0, 0)] + ([Citation("B", 0, 0, cited)] if cited else [])
    return KeyPoint(text=text, paragraph=0, source_index=0, source="A", citations=citations,
                    variants=[Citation("C", 0, 0, variant)])


# 1. The note quotes each phrase as written.

def test_german_nouns_keep_their_capitals():
    """A German source's "3,1 Milliarden Euro" is quoted with its capitals, not "3,1 milliarden euro"."""
    point = _point("Der Bund zahlt 2,5 Milliarden Euro für die Brücke.", "Der Bund zahlt 3,1 Milliarden Euro für die Brücke.")
    note = variants_note(point, languages={"A": "de", "C": "de"})
    assert note == "Sources differ: A\u00b61 gives 2,5 Milliarden Euro; C\u00b61 gives 3,1 Milliarden Euro."


def test_acronyms_and_signs_are_quoted_as_written():
    """"12 million US dollars" and "EUR 3.5m" keep their capitals; only white space is tidied."""
    point = _point("The fund lent 12 million US  dollars to the port.", "The fund lent 15 million US dollars to the port.")
    assert "A\u00b61 gives 12 million US dollars; C\u00b61 gives 15 million US dollars" in variants_note(point)
    assert figure_context("Costs rose to EUR 3.5m last year.", "Costs rose to EUR 4m last year.") == ["EUR 3.5m"]


# 2. The phrase is the figure, its magnitude and its unit: never a preposition or an article after it.

@pytest.mark.parametrize("text, other, language, phrase", [
    ("The bank raised its rate to 4.75% on Thursday.", "The bank raised its rate to 5% on Thursday.", "en", "4.75%"),
    ("The bank raised its rate to 4.75 per cent on Thursday.", "The bank raised its rate to 5 per cent on Thursday.",
     "en", "4.75 per cent"),
    ("Die Bank hob den Zins auf 4,75 Prozent an.", "Die Bank hob den Zins auf 5 Prozent an.", "de", "4,75 Prozent"),
    ("La banque a relevé son taux à 4,75 % le jeudi.", "La banque a relevé son taux à 5 % le jeudi.", "fr", "4,75 %"),
    ("El banco subió el tipo al 4,75 por ciento el jueves.", "El banco subió el tipo al 5 por ciento el jueves.", "es",
     "4,75 por ciento"),
    ("Банк повысил ставку до 4,75 процента в четверг.", "Банк повысил ставку до 5 процентов в четверг.", "ru",
     "4,75 процента"),
    ("Банк підвищив ставку до 4,75 відсотка у четвер.", "Банк підвищив ставку до 5 відсотків у четвер.", "uk",
     "4,75 відсотка"),
    ("The bridge opened in 2009 to the public.", "The bridge opened in 2011 to the public.", "en", "2009"),
    ("Police said 15 people died.", "Police said 12 people died.", "en", "15 people"),
])
def test_phrase_is_figure_and_unit_only(text, other, language, phrase):
    """A percentage in each of the six languages is quoted with its percent sign or words only; a year followed by a
    preposition is the bare year; a counted noun ("people") is still named."""
    assert figure_context(text, other, language) == [phrase]


def test_percentages_are_one_measure():
    """"4.75%" and "5 per cent" are the same measure disputed (the word after them no longer decides)."""
    assert same_measure_differs("The rate rose to 4.75% on Thursday.", "Lenders now pay 5 per cent in fees.")


# 3. Currencies compare with the value.

@pytest.mark.parametrize("text, language", [
    ("Revenue reached $2.5bn.", "en"),
    ("Revenue reached 2.5 billion dollars.", "en"),
    ("Revenue reached US$2.5 billion.", "en"),
    ("Revenue reached USD 2.5 billion.", "en"),
    ("Der Umsatz erreichte 2,5 Milliarden US-Dollar.", "de"),
    ("Le chiffre d'affaires a atteint 2,5 milliards de dollars.", "fr"),
    ("Los ingresos alcanzaron 2.500 millones de dólares.", "es"),
    ("Выручка достигла 2,5 млрд долларов.", "ru"),
    ("Виручка досягла 2,5 млрд доларів.", "uk"),
])
def test_dollars_written_every_way_are_one_figure(text, language):
    """Every way of writing 2.5 billion dollars agrees with "$2.5bn" and differs from "£2.5bn" and "€2.5bn"."""
    assert not figures_differ(text, "Revenue reached $2.5bn.", language, "en")
    assert figures_differ(text, "Revenue reached £2.5bn.", language, "en")
    assert figures_differ(text, "Revenue reached 2.5 billion euros.", language, "en")


@pytest.mark.parametrize("text, language", [
    ("It costs €3 million.", "en"), ("It costs 3 million euros.", "en"), ("Es kostet 3 Mio. Euro.", "de"),
    ("Es kostet 3 Mio. €.", "de"), ("Cela coûte 3 millions d'euros.", "fr"), ("Cuesta 3 millones de euros.", "es"),
    ("Это стоит 3 млн евро.", "ru"), ("Це коштує 3 млн євро.", "uk"),
])
def test_euros_written_every_way_are_one_figure(text, language):
    """"€3 million", "3 Mio. Euro", "3 млн евро"… agree with each other and differ from "$3 million"."""
    assert not figures_differ(text, "It costs 3 million euros.", language, "en")
    assert figures_differ(text, "It costs $3 million.", language, "en")


def test_a_figure_without_currency_is_no_dispute():
    """A sentence that leaves the currency out ("2.5 billion") does not dispute "$2.5 billion"."""
    assert not figures_differ("The deal is worth 2.5 billion.", "The deal is worth $2.5 billion.")


def test_note_says_the_currency_differs():
    """The same amount in another currency: the note says the sources differ on the currency; another amount in
    another currency: on the amount and the currency; both in every brief language's own words."""
    point = _point("The deal is worth $2.5 billion, the firm said.", "The deal is worth £2.5 billion, the firm said.",
                   cited="The deal is worth 2.5 billion dollars, the firm said.")
    assert variants_note(point) == ("Sources differ on the currency: A\u00b61, B\u00b61 give $2.5 billion; "
                                    "C\u00b61 gives £2.5 billion.")
    point.variants[0].text = "The deal is worth £3 billion, the firm said."
    assert variants_note(point).startswith("Sources differ on the amount and the currency: A\u00b61, B\u00b61 give")
    point.variants[0].text = "The deal is worth $3 billion, the firm said."
    assert variants_note(point).startswith("Sources differ: A\u00b61, B\u00b61 give $2.5 billion;")


# 4. Each source's figures are read in its own language, recorded in the briefing.

def _article(text, language):
    return Article(title="Port", paragraphs=[[text]], language=language)


def test_sources_record_their_language():
    """A brief made of an English, a German and a Russian article records each source's language."""
    articles = [_article("The port will spend money on its new quay next year, officials said.", "en"),
                _article("Der Hafen investiert im kommenden Jahr in den neuen Kai, sagten Beamte.", "de"),
                _article("Порт вложит деньги в новый причал в следующем году, заявили чиновники.", "ru")]
    briefing = make_multi_briefing(analyse_sources(lettered(articles), SummaryOptions(sentences=1)))
    assert [(r.letter, r.language) for r in briefing.sources] == [("A", "en"), ("B", "de"), ("C", "ru")]


def _mixed_briefing(language_b="de", language_c="ru"):
    """An English brief whose point (A, English) is cited by a German source and disputed by a Russian one."""
    point = KeyPoint(text="The port will pay 1,200 euros per berth.", paragraph=0, source_index=0, source="A",
                     citations=[Citation("A", 0, 0), Citation("B", 0, 0, "Der Hafen zahlt 1.200 Euro pro Liegeplatz.")],
                     variants=[Citation("C", 0, 0, "Порт заплатит 1 500 евро за причал.")])
    return Briefing(title="Port", key_points=[point], language="en",
                    sources=[SourceRef("A", language="en"), SourceRef("B", language=language_b),
                             SourceRef("C", language=language_c)])


def test_every_export_reads_each_source_in_its_language():
    """The exports' note reads the German "1.200 Euro" as 1,200 (agreeing with A) and the Russian "1 500 евро" as
    1,500, though the brief is English."""
    note = brief_content(_mixed_briefing()).points[0].note
    assert note == "Sources differ: A\u00b61, B\u00b61 give 1,200 euros; C\u00b61 gives 1 500 евро."


def test_a_source_saved_without_language_reads_as_the_brief(tmp_path):
    """An older file's source without a language loads with "" and is read in the brief's language."""
    from briefing.core.brief.schema import source_ref

    ref = source_ref(json.loads('{"letter": "B", "publisher": "Wire"}'), "sources[1]")
    assert ref.language == ""
    assert source_ref({"letter": "B", "language": "german"}, "s").language == "de"
    old = _mixed_briefing("", "")
    note = brief_content(old).points[0].note
    assert "B\u00b61 gives 1.200 Euro" in note  # read as English: 1.2 euros, not A's figure


@pytest.mark.parametrize("code", ["en", "de", "fr", "es", "ru", "uk"])
def test_currency_wording_in_every_brief_language(code):
    """Each brief language has its own words for "differ on the currency" and "on the amount and the currency"."""
    from briefing.core.export.i18n import labels_for

    labels = labels_for(code)
    assert len({labels.differ, labels.differ_currency, labels.differ_both}) == 3
    point = _point("The deal is worth $2.5 billion.", "The deal is worth £2.5 billion.")
    assert variants_note(point, labels) == labels.differ_currency.format(
        parts="; ".join([labels.gives.format(anchor="A\u00b61", said="$2.5 billion"),
                         labels.gives.format(anchor="C\u00b61", said="£2.5 billion")]))

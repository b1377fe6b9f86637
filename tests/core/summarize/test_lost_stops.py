"""A line without a final stop is a heading only when nothing says it is a body sentence that lost its stop
(made-up texts in English, German and Russian)."""

from __future__ import annotations

import pytest

from briefing.core.model import Article, SummaryOptions
from briefing.core.summarize import ALGORITHMS, rate_sentences, summarize
from briefing.core.summarize import candidates

ENGLISH = Article(title="Council approves new tram line", paragraphs=[
    ["Tram line approved after two years of debate"],
    ["The city council approved a new tram line between the station and the university on Tuesday evening.",
     "The line will cost about 300 million euros and should open in the spring of 2029."],
    # a body sentence whose stop the scraper lost: as long as the sentences around it
    ["Shop owners along the route fear that two years of building work will keep their customers away from the centre"],
    ["The council promised to pay part of their losses while the street is closed to cars, buses and delivery vans "
     "for most of the two years of work."],
])

GERMAN = Article(title="Streik im Hafen", language="de", paragraphs=[
    ["Streik im Hamburger Hafen geht weiter"],
    ["Die Gewerkschaft hat die Hafenarbeiter in Hamburg am Montag erneut zu einem ganztägigen Streik aufgerufen.",
     "Die Arbeitgeber sprechen von einem schweren Schaden für den Standort und die Kunden."],
    # a quote and its attribution, stop lost; shorter than the sentences around it, but a quote's shape
    ["„Wir geben nicht auf“, sagte der Betriebsratschef"],
    ["Die Gespräche über einen neuen Tarifvertrag sollen am Donnerstag in Bremen fortgesetzt werden."],
])

# Every stop lost by a scraper: none of these lines is a heading, whatever its length.
RUSSIAN_NO_STOPS = Article(title="Забастовка в порту", language="ru", paragraphs=[
    ["Портовики Гамбурга продолжат забастовку"],
    ["Профсоюз в понедельник снова призвал докеров Гамбурга к однодневной забастовке"],
    ["Работодатели говорят о большом ущербе для порта и его клиентов в Европе"],
    ["Переговоры о новом тарифном договоре продолжатся в четверг в Бремене"],
    ["Профсоюз требует повышения зарплаты на восемь процентов в течение года"],
])

RUSSIAN = Article(title="Забастовка в порту", language="ru", paragraphs=[
    ["Портовики Гамбурга продолжат забастовку"],
    ["Профсоюз в понедельник снова призвал докеров Гамбурга к однодневной забастовке во всех терминалах порта.",
     "Работодатели говорят о большом ущербе для порта и его клиентов в Европе."],
    ["«Мы не отступим», — сказал глава профсоюза"],
    ["Переговоры о новом тарифном договоре продолжатся в четверг в Бремене."],
])


@pytest.mark.parametrize("article, heading, body", [
    (ENGLISH, 0, 3),
    (GERMAN, 0, 3),
    (RUSSIAN, 0, 3),
], ids=["en", "de", "ru"])
def test_a_heading_goes_and_a_body_sentence_without_a_stop_stays(article, heading, body):
    """The real heading is no candidate; the body sentence that lost its stop is one."""
    mask = candidates.candidate_mask(article)
    assert not mask[heading]
    assert mask[body]
    assert sum(mask) == article.sentence_count - 1


@pytest.mark.parametrize("algorithm", sorted(ALGORITHMS))
def test_every_algorithm_rates_the_heading_last_and_the_stopless_sentence_with_the_body(algorithm):
    """Every algorithm rates the heading below every body sentence, and the stop-less sentence above it."""
    scores = rate_sentences(ENGLISH, algorithm)
    assert scores[0] < min(scores[1:])
    picked = {s.index for s in summarize(ENGLISH, SummaryOptions(algorithm=algorithm,
                                                                  sentences=ENGLISH.sentence_count - 1)).sentences}
    assert picked == {1, 2, 3, 4}


def test_an_article_that_lost_every_stop_has_no_heading():
    """When most paragraphs lack a stop (a scraper lost them), no line is a heading, a short first one included."""
    assert candidates.heading_paragraphs(RUSSIAN_NO_STOPS) == [False] * 5
    summary = summarize(RUSSIAN_NO_STOPS, SummaryOptions(algorithm="briefrank", sentences=2))
    assert len(summary.sentences) == 2


def test_two_lines_without_a_stop_do_not_make_an_article_without_stops():
    """A heading and one stop-less sentence among punctuated paragraphs: the heading is still a heading."""
    assert candidates.heading_paragraphs(ENGLISH) == [True, False, False, False]


def test_a_short_line_continued_by_the_next_paragraph_is_no_heading():
    """A line the next paragraph continues (it opens in lower case or with a comma) is no heading."""
    article = Article(title="t", paragraphs=[
        ["The clubs that reached the last sixteen were Porto, Bayern and"],
        ["three sides from England, who had never before sent so many teams so far in the competition."],
        ["Werder Bremen and Real Madrid"],
        [", who had already qualified, lost their last group games on Wednesday and finished second."],
    ])
    assert candidates.heading_paragraphs(article) == [False, False, False, False]


def test_quote_attribution_needs_a_quotation_mark_next_to_a_comma():
    """'"…," he said', '„…“, sagte er' and '«…», — сказал он' attribute a quote; a comma or a quote alone does not."""
    for text in ('"We will not give up," the union leader said', "„Wir geben nicht auf“, sagte er",
                 "«Мы не отступим», — сказал он", "“Never,” she said"):
        assert candidates.attributes_quote(text), text
    for text in ("Stade de France, Paris", "Nuclear strike 'key terror risk'", "„Wir geben nicht auf“"):
        assert not candidates.attributes_quote(text), text

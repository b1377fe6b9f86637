"""Changing an open briefing's language: the article analysed again, the analyst's points and actors kept."""

from __future__ import annotations

import pytest

from briefing.core.actors.natasha_backend import available as natasha_available
from briefing.core.brief.document import (
    apply_summary,
    new_document,
    point_from_sentence,
    set_point_text,
)
from briefing.core.brief.pipeline import analyse_file, analyse_in_language, resummarize
from briefing.core.brief.relanguage import apply_language
from briefing.core.model import Actor, SummaryOptions
from tests.conftest import ROOT

RU = ROOT / "tests" / "data" / "lang" / "ru.txt"


def _russian_read_as_english():
    """Return a document of the Russian test article analysed (wrongly) as English."""
    a = analyse_file(RU, SummaryOptions(sentences=3), language="en")
    assert a.article.language == "en"
    return new_document(a.article, a.summary, a.actors, SummaryOptions(sentences=3))


def test_apply_language_keeps_the_analysts_points_and_actors():
    """Re-analysed in Russian: language, summary, method and machine actors change; edited, written and
    pinned points, the analyst's actor and the user's title stay (one edit)."""
    if not natasha_available():
        pytest.skip("natasha (extra 'ru') is not installed")
    doc = _russian_read_as_english()
    sentences = doc.article.sentences
    edited = point_from_sentence(doc.article, 2)
    set_point_text(edited, sentences[2].text + " (уточнено)", doc.article)
    pinned = point_from_sentence(doc.article, len(sentences) - 1)
    pinned.pinned = True
    doc.briefing.key_points = [edited, pinned, *doc.briefing.key_points]
    doc.briefing.key_points.append(set_text := point_from_sentence(doc.article, 0))
    set_text.source_index, set_text.paragraph, set_text.edited, set_text.text = None, None, True, "Мой вывод."
    doc.briefing.actors.append(Actor("Аналитик Иванов", "PER", role="добавлен вручную"))
    doc.briefing.title = "Заголовок аналитика"
    old_machine = {a.name for a in doc.machine_actors}

    analysis = analyse_in_language(doc.article, "ru", SummaryOptions(sentences=3))
    kept = apply_language(doc, analysis)

    assert doc.article is analysis.article and doc.article.language == "ru"
    assert doc.briefing.language == "ru" and doc.briefing.method["language"] == "ru"
    assert doc.summary is analysis.summary
    assert (kept.edited, kept.added, kept.pinned) == (1, 1, 1)
    texts = [p.text for p in doc.briefing.key_points]
    assert edited.text in texts and pinned.text in texts and "Мой вывод." in texts
    moved = next(p for p in doc.briefing.key_points if p.text == pinned.text)
    assert doc.article.sentences[moved.source_index].text == pinned.text  # follows its sentence
    names = [a.name for a in doc.briefing.actors]
    assert "Аналитик Иванов" in names and "Владимир Путин" in names  # natasha's base form, not "Путину"
    assert {a.name for a in doc.machine_actors} != old_machine
    assert doc.briefing.title == "Заголовок аналитика"
    machine = [p for p in doc.briefing.key_points if not (p.edited or p.pinned or p.source_index is None)]
    assert machine and all(doc.article.sentences[p.source_index].text == p.text for p in machine)


def test_resummarize_keeps_the_language_in_the_method():
    """A new summary keeps the briefing's language in its method record (an English brief still names it)."""
    a = analyse_file(RU, SummaryOptions(sentences=3))
    doc = new_document(a.article, a.summary, a.actors)
    assert doc.briefing.method["language"] == "ru"
    options = SummaryOptions(algorithm="luhn", sentences=2)
    apply_summary(doc, resummarize(doc.article, options), options)
    assert doc.briefing.method["language"] == "ru" and doc.briefing.method["algorithm"] == "luhn"

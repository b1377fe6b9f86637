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
from briefing.core.multi.actors import actor_names
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


def test_a_new_language_keeps_the_analysts_actor_order(seed_path):
    """Actors the analyst put in an order keep it after a change of language: an actor found again takes its old
    place (it went back to salience order before), actors new in the language follow; the order stays the
    analyst's."""
    a = analyse_file(seed_path, SummaryOptions(sentences=3), language="en")
    doc = new_document(a.article, a.summary, a.actors, SummaryOptions(sentences=3))
    doc.briefing.actors = list(reversed(doc.briefing.actors))  # the analyst's order: least salient first
    doc.briefing.actor_order = "analyst"
    mine = [actor_names(a) for a in doc.briefing.actors]

    apply_language(doc, analyse_in_language(doc.article, "de", SummaryOptions(sentences=3)))

    # Each actor's old place: the first of the analyst's actors sharing a name or alias with it.
    places = [min((i for i, keys in enumerate(mine) if keys & actor_names(a)), default=None)
              for a in doc.briefing.actors]
    again = [p for p in places if p is not None]
    assert len(again) >= 5, places
    assert again == sorted(again)  # the analyst's order, not the new ranking
    assert places[:len(again)] == again  # the new ones after them
    assert len(set(again)) > len(again) // 2 and again[0] < len(mine) // 2
    assert doc.briefing.actor_order == "analyst"


def test_a_new_language_ranks_actors_again_when_the_analyst_had_not_ordered_them(seed_path):
    """Actors in the machine's order stay in the machine's (new) order after a change of language."""
    a = analyse_file(seed_path, SummaryOptions(sentences=3), language="en")
    doc = new_document(a.article, a.summary, a.actors, SummaryOptions(sentences=3))
    analysis = analyse_in_language(doc.article, "de", SummaryOptions(sentences=3))
    apply_language(doc, analysis)
    assert [a.name for a in doc.briefing.actors] == [a.name for a in doc.machine_actors]
    assert doc.briefing.actor_order == "salience"

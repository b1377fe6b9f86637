"""Copies among the sources (one text twice, or one wire story run by two outlets) and unrelated sources."""

import numpy as np

from briefing.core.brief.pipeline import (
    UNRELATED_NOTE,
    analyse_sources,
    make_multi_briefing,
)
from briefing.core.export.content import source_views
from briefing.core.model import Article
from briefing.core.multi.relations import source_overlap
from briefing.core.multi.sources import join, lettered
from briefing.core.multi.summary import pick_points
from tests.core.builders import make_article

from .stories import STORY_A, STORY_B, story_article

HEATWAVE = make_article([
    "Lisbon recorded its hottest March day on record on Wednesday, with thermometers reaching 31 degrees.",
    "The Portuguese weather service IPMA issued an orange warning for the Lisbon area and the Alentejo.",
    "Mayor Carlos Moedas opened cooling centres in municipal libraries and extended the opening hours of pools.",
], "Heatwave pushes Lisbon to record temperatures")


def _copy_of(article: Article, outlet: str) -> Article:
    """Return the same story as run by another outlet: the same sentences, another publisher, one word changed."""
    paragraphs = [[s.replace("Monday", "Monday,") for s in para] for para in article.paragraphs]
    return Article(title=article.title, paragraphs=paragraphs, source=outlet, date=article.date,
                   language=article.language)


def test_a_copy_is_found_and_noted_in_the_sources_block():
    """B is A run by another outlet: the analysis notes "repeats A", warns that B is no independent confirmation,
    and the sources block of every export shows it; C, a different article on the story, has no note."""
    a = story_article(STORY_A)
    sources = lettered([a, _copy_of(a, "Wire Copy"), story_article(STORY_B)])
    overlap = source_overlap(sources, join(sources))
    assert overlap.copies == {"B": "A"} and overlap.isolated == []
    analysis = analyse_sources(sources)
    assert analysis.notes == {"B": "repeats A"}
    assert len(analysis.warnings) == 1 and "source B repeats A" in analysis.warnings[0]
    views = source_views(make_multi_briefing(analysis))
    assert views[1].details.endswith("\u2014 repeats A") and "repeats" not in views[0].details + views[2].details


def test_a_copy_is_not_counted_as_confirmation():
    """With B a copy of A, A's sentence has no other source stating it: it does not outrank C's better-rated
    sentence on a support bonus (without the copy known, it would)."""
    a = make_article([
        "The city council approved a new transport plan on Monday after months of heated debate.",
        "Work on the first tram line starts in March, and the council expects it to open in 2028.",
    ], "A")
    c = make_article([
        "Trams will run again in the city for the first time since 1962, officials confirmed.",
        "Residents of the northern districts welcomed the decision at a packed public meeting.",
    ], "C")
    sources = lettered([a, _copy_of(a, "Wire Copy"), c])
    joined = join(sources)
    texts = [s.text for s in joined.article.sentences]
    scores = np.array([0.85, 0.1, 0.85, 0.1, 1.0, 0.1])  # A, B (the copy), C
    overlap = source_overlap(sources, joined)
    assert overlap.copies == {"B": "A"}
    assert pick_points(sources, joined, texts, scores, 2)[0].source == "A"  # B counted as confirming A
    first = pick_points(sources, joined, texts, scores, 2, overlap=overlap)[0]
    assert first.source == "C"
    point_a = pick_points(sources, joined, texts, scores, 2, overlap=overlap)[1]
    assert {c.source for c in point_a.citations} == {"A", "B"}  # B still cites what it states


def test_an_unrelated_source_is_warned_of_and_kept():
    """A heatwave report among two articles on the tram plan shares no point and no actor with them: it is
    noted and warned of, and its points are not dropped; the related sources get no note."""
    sources = lettered([story_article(STORY_A), story_article(STORY_B), HEATWAVE])
    analysis = analyse_sources(sources)
    assert analysis.notes == {"C": UNRELATED_NOTE}
    assert len(analysis.warnings) == 1 and analysis.warnings[0].startswith("source C (Heatwave")
    assert any(p.source == "C" for p in analysis.summary.points)
    views = source_views(make_multi_briefing(analysis))
    assert views[2].details.endswith(UNRELATED_NOTE)


def test_removing_the_original_clears_the_copys_note():
    """Once A is removed, "B repeats A" is gone from the sources block (B is no longer a copy of anything)."""
    from briefing.core.brief.sources import new_multi_document, remove_source

    a = story_article(STORY_A)
    doc = new_multi_document(analyse_sources(lettered([a, _copy_of(a, "Wire Copy"), story_article(STORY_B)])))
    assert [r.note for r in doc.briefing.sources] == ["", "repeats A", ""]
    remove_source(doc, "A")
    assert [(r.letter, r.note) for r in doc.briefing.sources] == [("B", ""), ("C", "")]

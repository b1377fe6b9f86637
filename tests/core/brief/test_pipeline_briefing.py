"""make_briefing: the bottom line is not repeated among the key points; actors know their first paragraph."""

from __future__ import annotations

from briefing.core.brief.pipeline import key_points_from_summary, make_briefing
from briefing.core.model import Actor, Summary, SummaryOptions, SummarySentence

from tests.core.builders import ARTICLE_PARAGRAPHS, make_article


def _summary(article, picks, scores):
    sentences = article.sentences
    return Summary("lexrank", [SummarySentence(i, sentences[i].paragraph, sentences[i].text, scores[i]) for i in picks],
                   total_sentences=len(sentences), scores=scores, options=SummaryOptions(sentences=len(picks)))


def test_bottom_line_is_replaced_by_the_next_best_sentence():
    """The best sentence becomes the bottom line only; the next-best unchosen sentence joins the points in order."""
    article = make_article(ARTICLE_PARAGRAPHS)
    summary = _summary(article, [1, 2, 5], [0.1, 0.3, 0.9, 0.2, 0.6, 0.4])
    b = make_briefing(article, summary)
    assert b.bottom_line == article.sentences[2].text
    assert [p.source_index for p in b.key_points] == [1, 4, 5]
    assert len(b.key_points) == len(summary.sentences)
    assert b.key_points[1].text == article.sentences[4].text and b.key_points[1].paragraph == 2


def test_user_bottom_line_keeps_every_summary_point():
    """A bottom line that is no summary sentence removes nothing."""
    article = make_article(ARTICLE_PARAGRAPHS)
    summary = _summary(article, [1, 2], [0.1, 0.3, 0.9, 0.2, 0.6, 0.4])
    assert [p.source_index for p in key_points_from_summary(summary, article, "My own line.")] == [1, 2]
    assert [p.source_index for p in key_points_from_summary(summary, None, article.sentences[2].text)] == [1]


def test_actors_record_the_paragraph_of_their_first_mention():
    """Each actor's paragraph is that of its earliest sentence; an actor without sentences has none."""
    article = make_article(ARTICLE_PARAGRAPHS)
    summary = _summary(article, [0], [0.9, 0.1, 0.1, 0.1, 0.1, 0.1])
    actors = [Actor("Jane Smith", "PER", sentences=[5, 2]), Actor("Council", "ORG", sentences=[0]),
              Actor("Nobody", "PER")]
    b = make_briefing(article, summary, actors)
    assert [a.paragraph for a in b.actors] == [1, 0, None]
    assert actors[0].paragraph is None  # the caller's actors are not changed

"""From article to briefing: the steps the CLI and the GUI share."""

from __future__ import annotations

from .model import Actor, Article, Briefing, KeyPoint, Summary


def key_points_from_summary(summary: Summary) -> list[KeyPoint]:
    """Return the summary's sentences as key points, in article order."""
    return [KeyPoint(text=s.text, paragraph=s.paragraph, source_index=s.index, score=s.score)
            for s in summary.sentences]


def method_of(summary: Summary) -> dict:
    """Return the briefing's method record: the algorithm and how many of the article's sentences it chose."""
    return {"algorithm": summary.algorithm, "chosen": len(summary.sentences), "total": summary.total_sentences}


def make_briefing(article: Article, summary: Summary, actors: list[Actor] | None = None,
                  banner: str = "", analyst_comment: str = "") -> Briefing:
    """Return the machine's briefing for an article.

    The bottom line defaults to the highest-scoring summary sentence; the key
    points are the summary in article order; the method records the algorithm
    and how many of the article's sentences were chosen.
    """
    best = summary.best()
    return Briefing(
        title=article.title,
        bottom_line=best.text if best else "",
        key_points=key_points_from_summary(summary),
        actors=list(actors or []),
        banner=banner,
        analyst_comment=analyst_comment,
        source=article.source,
        date=article.date,
        url=article.url,
        authors=list(article.authors),
        method=method_of(summary),
    )

"""Three short articles on one story (a tram plan), written for the multi-source tests.

A and C open with near-duplicate sentences (the same fact, nearly the same
words); A and B give different figures for the cost (2.5 against 3.1 billion
euros); each adds a fact of its own.
"""

from __future__ import annotations

from pathlib import Path

from briefing.core.model import Article
from tests.core.builders import make_article

STORY_A = ("Council approves tram plan", "City News", "2024-03-04", "https://citynews.example.org/tram", [
    "The city council approved a new transport plan on Monday after months of heated debate.",
    "Opposition councillors said the plan would cost 2.5 billion euros over ten years. "
    "Mayor Jane Smith said the plan would cut traffic by a fifth within five years.",
    "Work on the first tram line starts in March, and the council expects it to open in 2028.",
])
STORY_B = ("Trams return to the city", "Daily Courier", "2024-03-05", "https://courier.example.com/trams", [
    "Trams will run again in the city for the first time since 1962, officials confirmed.",
    "Opposition councillors said the plan would cost 3.1 billion euros over ten years. "
    "The regional government has promised to pay a third of the bill.",
    "Residents of the northern districts welcomed the decision at a packed public meeting.",
])
STORY_C = ("Transport plan passes", "Wire Service", "2024-03-04", None, [
    "The city council approved the new transport plan on Monday after months of heated debate.",
    "Jane Smith, the mayor, thanked the engineers who drew up the tram routes over two years.",
    "Cyclists' groups criticised the plan for adding no new bicycle lanes in the centre.",
])
STORIES = [STORY_A, STORY_B, STORY_C]


def story_article(story) -> Article:
    """Return one story as an Article with its metadata."""
    title, source, date, url, paragraphs = story
    article = make_article(paragraphs, title)
    article.source, article.date, article.url = source, date, url
    return article


def story_articles() -> list[Article]:
    """Return the three stories as Articles (A, B, C)."""
    return [story_article(s) for s in STORIES]


def write_stories(folder: Path) -> list[Path]:
    """Write the three stories as plain-text files (title, blank line, paragraphs); return the paths."""
    paths = []
    for name, (title, _source, _date, _url, paragraphs) in zip("abc", STORIES):
        path = folder / f"{name}.txt"
        path.write_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
        paths.append(path)
    return paths

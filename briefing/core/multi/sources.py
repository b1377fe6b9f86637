"""The articles of a brief drawn from several sources: their letters and one joined body to rate."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Article

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def letter_for(position: int) -> str:
    """Return the letter of the source at ``position``: A…Z, then AA, AB… (spreadsheet style)."""
    out = ""
    n = position + 1
    while n:
        n, r = divmod(n - 1, 26)
        out = LETTERS[r] + out
    return out


def next_letter(used: list[str]) -> str:
    """Return the first letter not in ``used`` (removed sources' letters are not reused while they are cited)."""
    i = 0
    while letter_for(i) in used:
        i += 1
    return letter_for(i)


@dataclass
class Source:
    """One article of the brief and its letter (A, B, C…)."""

    letter: str
    article: Article

    def to_dict(self) -> dict:
        """Return a JSON-ready dict."""
        return {"letter": self.letter, "article": self.article.to_dict()}


def lettered(articles: list[Article], used: list[str] | None = None) -> list[Source]:
    """Return the articles as sources, lettered in order after the letters in ``used``."""
    taken = list(used or [])
    out = []
    for article in articles:
        letter = next_letter(taken)
        taken.append(letter)
        out.append(Source(letter, article))
    return out


@dataclass
class Joined:
    """Every source's body as one article (to rate together), and where each sentence came from.

    ``origin[i]`` is ``(source position, sentence index in that article,
    paragraph in that article)`` of joined sentence ``i``; ``position[i]`` the
    sentence index within its own article (the lead prior).
    """

    article: Article
    origin: list[tuple[int, int, int]] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)

    @property
    def position(self) -> list[int]:
        """Return each joined sentence's index within its own article."""
        return [local for _src, local, _para in self.origin]


def join(sources: list[Source]) -> Joined:
    """Return the sources' bodies joined as one article; its title joins their titles.

    The language is the first source's (a brief mixes languages badly).
    """
    paragraphs: list[list[str]] = []
    origin: list[tuple[int, int, int]] = []
    starts: list[int] = []
    for pos, source in enumerate(sources):
        starts.append(len(origin))
        local = 0
        for p, para in enumerate(source.article.paragraphs):
            if not para:
                continue
            paragraphs.append(list(para))
            for _text in para:
                origin.append((pos, local, p))
                local += 1
    titles = " ".join(s.article.title for s in sources if s.article.title)
    language = sources[0].article.language if sources else "english"
    return Joined(Article(title=titles, paragraphs=paragraphs, language=language), origin, starts)

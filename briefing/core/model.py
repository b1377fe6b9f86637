"""Plain data classes shared by the core, the command line and the GUI.

Everything here is a dataclass with ``to_dict``/``from_dict`` so that a whole
briefing can be saved as JSON and reopened exactly as it was.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

ACTOR_TYPES = ("PER", "ORG", "LOC")
ACTOR_TYPE_LABELS = {"PER": "person", "ORG": "organisation", "LOC": "place"}

#: A summary's length modes: a sentence count, a percentage of the article's sentences, a word budget.
LENGTH_MODES = ("sentences", "percent", "words")
#: The summary length when none is given.
DEFAULT_SENTENCES = 3


#: Language names that older briefing files (and sumy) use, and their ISO 639-1 codes.
_LANGUAGE_NAME_CODES = {"english": "en", "russian": "ru", "ukrainian": "uk", "german": "de", "french": "fr",
                        "spanish": "es"}


def language_code_of(value: Any) -> str:
    """Return the ISO code for a saved article language: "english" -> "en", "ru" -> "ru", empty -> "en".

    Any other string is returned lower-cased (the core treats languages it has
    no resources for as English).
    """
    if not isinstance(value, str) or not value.strip():
        return "en"
    key = value.strip().lower()
    return _LANGUAGE_NAME_CODES.get(key, key)


def _from_dict(cls, data: dict[str, Any]):
    """Build a dataclass from a dict, ignoring keys it does not know."""
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


#: The sources-block note of a source that shares no sentence and no actor with any other source (set by the
#: brief pipeline, translated by the exports).
UNRELATED_NOTE = "shares no point or actor with the other sources"

@dataclass(frozen=True)
class Sentence:
    """One sentence of an article body.

    ``index`` counts sentences over the whole body from 0; ``paragraph`` counts
    paragraphs from 0 (a brief shows it 1-based as ``[¶n]``).
    """

    index: int
    paragraph: int
    text: str


@dataclass
class Article:
    """A cleaned article: metadata and the body as paragraphs of sentences.

    ``paragraphs`` holds, for each paragraph, the list of its sentences as
    verbatim strings. ``captions`` keeps photo captions that cleaning moved out
    of the body; ``date`` is ISO 8601 (``YYYY-MM-DD`` or a full timestamp), the
    publication date written in the article, never a file's creation date;
    ``place`` is the place of a dateline ("Santiago, 30 January 2024 —");
    ``warnings`` says what loading had to change (control characters removed).
    """

    title: str = ""
    paragraphs: list[list[str]] = field(default_factory=list)
    date: str | None = None
    source: str | None = None
    url: str | None = None
    authors: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    path: str | None = None
    format: str = "text"
    language: str = "en"
    place: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def sentences(self) -> list[Sentence]:
        """Return every body sentence with its global index and paragraph."""
        out: list[Sentence] = []
        for p, para in enumerate(self.paragraphs):
            for text in para:
                out.append(Sentence(len(out), p, text))
        return out

    @property
    def text(self) -> str:
        """Return the body as text: sentences joined by spaces, paragraphs by blank lines."""
        return "\n\n".join(" ".join(para) for para in self.paragraphs)

    @property
    def word_count(self) -> int:
        """Return the number of whitespace-separated words in the body."""
        return sum(len(s.split()) for para in self.paragraphs for s in para)

    @property
    def sentence_count(self) -> int:
        """Return the number of body sentences."""
        return sum(len(para) for para in self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict of the article."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        """Rebuild an article from :meth:`to_dict` output (a language saved by name becomes its code)."""
        article = _from_dict(cls, data)
        article.language = language_code_of(article.language)
        return article


@dataclass
class SummaryOptions:
    """What summary to make: the algorithm and exactly one length mode.

    Set one of ``sentences`` (a count), ``percent`` (of the article's
    sentences, 0-100) or ``words`` (a word budget). With none set, 3 sentences.
    ``algorithm`` is ``None`` for the default algorithm.
    """

    algorithm: str | None = None
    sentences: int | None = None
    percent: float | None = None
    words: int | None = None

    @property
    def length(self) -> tuple[str, float]:
        """Return the length as ``(mode, value)``: mode is one of :data:`LENGTH_MODES`."""
        if self.percent is not None:
            return "percent", self.percent
        if self.words is not None:
            return "words", self.words
        return "sentences", DEFAULT_SENTENCES if self.sentences is None else self.sentences

    @classmethod
    def with_length(cls, algorithm: str | None, mode: str, value: float) -> "SummaryOptions":
        """Return options for ``algorithm`` and a length given as ``(mode, value)`` (an unknown mode: sentences)."""
        if mode == "percent":
            return cls(algorithm=algorithm, percent=float(value))
        if mode == "words":
            return cls(algorithm=algorithm, words=int(value))
        return cls(algorithm=algorithm, sentences=int(value))

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict of the options."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "SummaryOptions":
        """Rebuild options from :meth:`to_dict` output."""
        return _from_dict(cls, data)


@dataclass
class SummarySentence:
    """A sentence chosen for the summary: verbatim text, position and score."""

    index: int
    paragraph: int
    text: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return asdict(self)


@dataclass
class Summary:
    """An extractive summary: the chosen sentences in article order.

    ``scores`` holds the algorithm's rating of every body sentence (by index),
    so a caller can rank sentences or pick the best one as a bottom line.
    """

    algorithm: str
    sentences: list[SummarySentence]
    total_sentences: int
    scores: list[float] = field(default_factory=list)
    options: SummaryOptions = field(default_factory=SummaryOptions)

    def best(self) -> SummarySentence | None:
        """Return the highest-scoring chosen sentence (the earliest on ties)."""
        if not self.sentences:
            return None
        return max(self.sentences, key=lambda s: (s.score, -s.index))

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict of the summary."""
        return {
            "algorithm": self.algorithm,
            "total_sentences": self.total_sentences,
            "options": self.options.to_dict(),
            "sentences": [s.to_dict() for s in self.sentences],
            "scores": list(self.scores),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Summary":
        """Rebuild a summary from :meth:`to_dict` output."""
        return cls(
            algorithm=data["algorithm"],
            sentences=[_from_dict(SummarySentence, s) for s in data.get("sentences", [])],
            total_sentences=data.get("total_sentences", 0),
            scores=list(data.get("scores", [])),
            options=SummaryOptions.from_dict(data.get("options", {})),
        )


@dataclass
class RemovedSentence:
    """An article sentence the analyst took out of the key points: a new summary does not bring it back.

    ``index`` is the sentence's index in its article; ``source`` the letter of that article in a brief of
    several (None for one article); ``text`` the sentence as it was (kept to follow it when the article is
    split again, e.g. in another language).
    """

    index: int
    source: str | None = None
    text: str = ""

    @property
    def key(self) -> tuple[str | None, int]:
        """Return ``(source letter or None, sentence index)``, as :attr:`KeyPoint.sentence_key`."""
        return self.source, self.index

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "RemovedSentence":
        """Rebuild a removed sentence from ``asdict`` output."""
        return _from_dict(cls, data)


@dataclass
class Citation:
    """Where a key point is stated: a source's letter, the 0-based paragraph and sentence index in its article.

    ``text`` is empty for a citation of the point's own wording; for a
    variant (the same fact with other figures, see :attr:`KeyPoint.variants`)
    it is that source's sentence, verbatim, and so it is for another source's
    citation of a point that has variants (the "Sources differ" note names
    the figure each source gives); other citations leave it empty.
    """

    source: str
    paragraph: int
    index: int
    text: str = ""

    @property
    def anchor(self) -> str:
        """Return "A¶2" (the paragraph 1-based)."""
        return f"{self.source}\u00b6{self.paragraph + 1}"

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Citation":
        """Rebuild a citation from :meth:`to_dict` output."""
        return _from_dict(cls, data)


def citations_anchor(citations: list["Citation"]) -> str:
    """Return "[A¶2, C¶5]" for citations (sorted by letter, then paragraph; "" for none)."""
    if not citations:
        return ""
    ordered = sorted(citations, key=lambda c: (c.source, c.paragraph, c.index))
    return "[" + ", ".join(c.anchor for c in ordered) + "]"


@dataclass
class SourceRef:
    """One source of a brief drawn from several articles: its letter and what identifies it.

    ``publisher`` is the article's source (site or agency), ``date`` ISO 8601;
    ``note`` what the brief says of the source ("repeats A"; empty for most); ``language`` the article's
    language code, by which its figures are read ("" in files saved before it was recorded: the brief's).
    """

    letter: str
    publisher: str = ""
    date: str | None = None
    title: str = ""
    url: str | None = None
    note: str = ""
    language: str = ""

    @classmethod
    def of(cls, letter: str, article: "Article") -> "SourceRef":
        """Return the reference of ``article`` under ``letter``."""
        return cls(letter=letter, publisher=article.source or "", date=article.date, title=article.title,
                   url=article.url, language=language_code_of(article.language))

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "SourceRef":
        """Rebuild a reference from :meth:`to_dict` output."""
        return _from_dict(cls, data)


@dataclass
class Actor:
    """A key actor: a person (PER), organisation (ORG) or place (LOC).

    ``aliases`` are the other names the text uses for it; ``role`` is a short
    descriptor taken from the text ("SVR chief"); ``sentences`` holds the
    indices of the body sentences that mention it; ``salience`` ranks actors;
    ``paragraph`` is the 0-based paragraph of the first mention (set by the
    pipeline; ``None`` when unknown, e.g. an actor the user added).
    In a brief of several articles, ``sources`` maps each source letter that
    mentions the actor to the indices of its sentences there (``sentences`` and
    ``paragraph`` then belong to the first of them); empty for one article.
    """

    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    role: str = ""
    mentions: int = 0
    sentences: list[int] = field(default_factory=list)
    salience: float = 0.0
    paragraph: int | None = None
    sources: dict[str, list[int]] = field(default_factory=dict)

    @property
    def type_label(self) -> str:
        """Return the type as a word: person, organisation or place."""
        return ACTOR_TYPE_LABELS.get(self.type, self.type)

    @property
    def display_name(self) -> str:
        """Return the name with the acronym the text also uses, e.g. "Russian Foreign Intelligence Service (SVR)".

        The acronym is the first alias of 2 to 6 capitals (``aliases`` may be
        edited, so nothing else is assumed); without one, the name as it is.
        """
        acronym = next((a for a in self.aliases if 2 <= len(a) <= 6 and a.isalpha() and a.isupper()), None)
        if acronym is None or acronym in self.name:
            return self.name
        return f"{self.name} ({acronym})"

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict of the actor."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Actor":
        """Rebuild an actor from :meth:`to_dict` output."""
        return _from_dict(cls, data)


@dataclass
class KeyPoint:
    """A bullet of the brief.

    ``source_index`` is the body sentence it came from (``None`` for a point the
    user wrote); ``paragraph`` its 0-based paragraph; ``edited`` is true once
    the text differs from the source sentence; ``pinned`` marks a sentence the
    analyst chose (a new summary keeps it).

    In a brief of several articles, ``source`` is the letter of the source
    whose sentence gives the wording (``paragraph`` and ``source_index`` are
    in that article), ``citations`` every source that states the point (that
    one included), and ``variants`` the sentences of other sources that state
    what looks like the same fact with different figures (shown beside it,
    never silently dropped). All three are empty for a brief of one article.
    """

    text: str
    paragraph: int | None = None
    source_index: int | None = None
    edited: bool = False
    score: float = 0.0
    pinned: bool = False
    source: str | None = None
    citations: list[Citation] = field(default_factory=list)
    variants: list[Citation] = field(default_factory=list)

    @property
    def sentence_key(self) -> tuple[str | None, int] | None:
        """Return ``(source letter or None, sentence index)`` of the sentence the point is from (None: written)."""
        return None if self.source_index is None else (self.source, self.source_index)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "KeyPoint":
        """Rebuild a key point from :meth:`to_dict` output."""
        point = _from_dict(cls, data)
        point.citations = [Citation.from_dict(c) if isinstance(c, dict) else c for c in point.citations]
        point.variants = [Citation.from_dict(c) if isinstance(c, dict) else c for c in point.variants]
        return point


BANNER_PRESETS = ("", "UNCLASSIFIED", "OPEN SOURCE", "TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:RED")


@dataclass
class Briefing:
    """Everything a one-page brief shows, as the user has shaped it.

    ``method`` describes how the points were chosen, e.g.
    ``{"algorithm": "lexrank", "chosen": 5, "total": 42}``; ``language`` is the
    ISO 639-1 code of the text (the exports declare it: PDF /Lang, HTML lang).
    A brief of several articles lists them in ``sources`` (letter, publisher,
    date, title, URL; empty for one article), its method adds ``"sources"``
    (their number), and ``bottom_line_citations`` says which sources state the
    bottom line.

    ``removed`` lists the article sentences the analyst took out of the key
    points; a new summary leaves them out until the analyst restores them.
    ``actor_order`` says how the actors are ordered: ``"salience"`` (the
    machine's ranking) or ``"analyst"`` once the analyst moved one by hand; the
    page's note under the actors heading says which.
    """

    title: str = ""
    bottom_line: str = ""
    key_points: list[KeyPoint] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    banner: str = ""
    analyst_comment: str = ""
    source: str | None = None
    date: str | None = None
    url: str | None = None
    authors: list[str] = field(default_factory=list)
    method: dict[str, Any] = field(default_factory=dict)
    language: str = "en"
    sources: list[SourceRef] = field(default_factory=list)
    bottom_line_citations: list[Citation] = field(default_factory=list)
    actor_order: str = "salience"
    removed: list[RemovedSentence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict of the briefing."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Briefing":
        """Rebuild a briefing from :meth:`to_dict` output."""
        b = _from_dict(cls, data)
        b.key_points = [KeyPoint.from_dict(k) if isinstance(k, dict) else k for k in b.key_points]
        b.actors = [Actor.from_dict(a) if isinstance(a, dict) else a for a in b.actors]
        b.sources = [SourceRef.from_dict(r) if isinstance(r, dict) else r for r in b.sources]
        b.bottom_line_citations = [Citation.from_dict(c) if isinstance(c, dict) else c
                                   for c in b.bottom_line_citations]
        b.removed = [RemovedSentence.from_dict(r) if isinstance(r, dict) else r for r in b.removed]
        return b

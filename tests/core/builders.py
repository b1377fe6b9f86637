"""Builders for small test documents in every supported format."""

from __future__ import annotations

from pathlib import Path

from briefing.core.model import Article
from briefing.core.language.tokenizer import get_tokenizer

ARTICLE_PARAGRAPHS = [
    "The city council approved a new transport plan on Monday after months of debate. "
    "The plan adds three tram lines and doubles the number of bus routes.",
    "Mayor Jane Smith said the plan would cut traffic by a fifth within five years. "
    "Opposition councillors called the cost of 2.5 billion euros reckless.",
    "Work on the first tram line starts in March. The council expects it to open in 2028.",
]


def make_article(paragraphs: list[str], title: str = "") -> Article:
    """Return an Article from paragraph texts, split with the offline tokenizer."""
    tok = get_tokenizer()
    return Article(title=title, paragraphs=[list(tok.to_sentences(p)) for p in paragraphs])


def mention_types(*sentences: str) -> dict[str, set[str]]:
    """Return each name mention's text (English finder, sentences joined into one paragraph) with the set of
    types its mentions got."""
    from briefing.core.actors import extract_mentions

    out: dict[str, set[str]] = {}
    for m in extract_mentions(make_article([" ".join(sentences)])):
        if m.kind == "name":
            out.setdefault(m.text, set()).add(m.type)
    return out


def write_html(path: Path) -> Path:
    """Write a small news page with metadata, navigation and a footer."""
    body = "".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS)
    path.write_text(
        "<!DOCTYPE html><html><head><title>Council approves transport plan | City News</title>"
        '<meta property="og:title" content="Council approves transport plan">'
        '<meta property="og:site_name" content="City News">'
        '<meta name="author" content="Jane Doe">'
        '<meta property="article:published_time" content="2024-03-04T09:30:00+01:00">'
        '<link rel="canonical" href="https://citynews.example.org/2024/03/04/transport-plan">'
        '</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        f"<article><h1>Council approves transport plan</h1>{body}</article>"
        "<footer>Copyright 2024 City News. All rights reserved.</footer></body></html>",
        encoding="utf-8",
    )
    return path


def write_pdf(path: Path, paragraphs: list[str] | None = None, title: str = "Council approves transport plan",
              encrypt_password: str | None = None) -> Path:
    """Write a PDF with a text layer (reportlab), optionally password-protected."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    flow = []
    for p in paragraphs or ARTICLE_PARAGRAPHS:
        flow += [Paragraph(p, styles["Normal"]), Spacer(1, 12)]
    kwargs = {}
    if encrypt_password:
        from reportlab.lib import pdfencrypt

        kwargs["encrypt"] = pdfencrypt.StandardEncryption(encrypt_password, canPrint=0)
    SimpleDocTemplate(str(path), pagesize=A4, title=title, author="Jane Doe", **kwargs).build(flow)
    return path


def write_docx(path: Path) -> Path:
    """Write a DOCX with a title heading and the test paragraphs."""
    import docx

    d = docx.Document()
    d.core_properties.author = "Jane Doe"
    d.add_heading("Council approves transport plan", 0)
    for p in ARTICLE_PARAGRAPHS:
        d.add_paragraph(p)
    d.save(str(path))
    return path


_TOPICS = ["council", "tram", "budget", "mayor", "river", "bridge", "school", "harbour", "railway", "museum",
           "hospital", "airport", "station", "library", "market", "stadium", "factory", "festival", "parliament", "court"]
_VERBS = ["approved", "rejected", "delayed", "funded", "opened", "closed", "reviewed", "expanded", "criticised", "praised"]
_EXTRAS = ["on Monday", "after a long debate", "despite protests", "for the third time", "within five years",
           "at a cost of 2.5 billion euros", "with strong support", "in the city centre", "near the old harbour",
           "under new rules"]


def make_news_like_article(paragraphs: int, seed: int = 0, title: str = "Council approves tram plan") -> Article:
    """Return a deterministic news-like article of ``paragraphs`` paragraphs (3-5 sentences each).

    Sentences combine topic words, verbs and phrases at random (fixed seed), so
    they overlap in varied ways; some are exact repeats, one is a one-word
    sentence and one has no word at all (for the algorithms' edge cases).
    """
    import random

    rng = random.Random(seed)
    paras: list[str] = []
    made: list[str] = []
    for p in range(paragraphs):
        sentences = []
        for _ in range(rng.randint(3, 5)):
            if made and rng.random() < 0.05:
                sentences.append(rng.choice(made))  # an exact repeat
                continue
            a, b = rng.sample(_TOPICS, 2)
            words = [f"The {a}", rng.choice(_VERBS), f"the {b} plan", rng.choice(_EXTRAS)]
            if rng.random() < 0.5:
                words += ["and the", rng.choice(_TOPICS), rng.choice(_VERBS), rng.choice(_EXTRAS)]
            text = " ".join(words) + "."
            made.append(text)
            sentences.append(text)
        if p == 1:
            sentences.append("Agreed.")
        if p == 2:
            sentences.append("2024.")
        paras.append(" ".join(sentences))
    return make_article(paras, title=title)


def actors_of(*paragraphs: str):
    """Return the English extractor's actors of an article made of ``paragraphs``."""
    from briefing.core.actors import extract_actors

    return extract_actors(make_article(list(paragraphs)))


def by_name(actors, name):
    """Return the actor called ``name`` (None when absent)."""
    return next((a for a in actors if a.name == name), None)


def names(actors):
    """Return the set of the actors' names."""
    return {a.name for a in actors}


def types_named(actors, name):
    """Return the types of the actors called ``name``, one a row (empty when absent)."""
    return [a.type for a in rows_named(actors, name)]


def rows_named(actors, name):
    """Return the actors called ``name``, every row (empty when absent)."""
    return [a for a in actors if a.name == name]


def typed(*paragraphs: str) -> list[tuple[str, str]]:
    """Return (text, type) of every typed mention (English finder) of an article made of ``paragraphs``, in text
    order."""
    from briefing.core.actors import extract_mentions

    return [(m.text, m.type) for m in extract_mentions(make_article(list(paragraphs)))]


def mention_names(*sentences: str, title: str = "") -> set[str]:
    """Return the texts of the name mentions (English finder), sentences joined into one paragraph, with an
    optional title."""
    from briefing.core.actors import extract_mentions

    return {m.text for m in extract_mentions(make_article([" ".join(sentences)], title=title)) if m.kind == "name"}


def actor_aliases(*paragraphs: str) -> dict[str, tuple[str, list[str]]]:
    """Return {actor name: (type, aliases)} of an article made of ``paragraphs``."""
    return {a.name: (a.type, a.aliases) for a in actors_of(*paragraphs)}


def actor_aliases_roles(*paragraphs: str) -> dict[str, tuple[str, list[str], str]]:
    """Return {actor name: (type, aliases, role)} of an article made of ``paragraphs``."""
    return {a.name: (a.type, list(a.aliases), a.role) for a in actors_of(*paragraphs)}


def actor_type_roles(*paragraphs: str) -> dict[str, tuple[str, str]]:
    """Return {actor name: (type, role)} of an article made of ``paragraphs``."""
    return {a.name: (a.type, a.role) for a in actors_of(*paragraphs)}


def person_roles(text: str) -> dict[str, str]:
    """Return each person mention's text with its role, for one made-up paragraph."""
    from briefing.core.actors import extract_mentions

    return {m.text: m.role for m in extract_mentions(make_article([text])) if m.kind == "name" and m.type == "PER"}


def actor_role(text: str, name: str) -> str:
    """Return the role of the actor called ``name`` in one made-up paragraph (StopIteration when absent)."""
    return next(a.role for a in actors_of(text) if a.name == name)


def alias_owner(actors: dict, name: str) -> str | None:
    """Return the name of the actor in an ``actor_aliases`` dict called ``name`` or holding it as an alias."""
    return next((n for n, (_t, al) in actors.items() if n == name or name in al), None)


def actor_names(*paragraphs: str, title: str = "") -> list[str]:
    """Return the actors' names, in rank order, of an article made of ``paragraphs`` with an optional title."""
    from briefing.core.actors import extract_actors

    return [a.name for a in extract_actors(make_article(list(paragraphs), title=title))]


def actor_types(*paragraphs: str) -> dict[str, str]:
    """Return {actor name: type} of an article made of ``paragraphs``."""
    return {a.name: a.type for a in actors_of(*paragraphs)}


def typed_sentences(*paragraphs: str, title: str = "") -> list[tuple[str, str, int]]:
    """Return (text, type, sentence index) of every mention (English finder) of an article made of ``paragraphs``
    with an optional title, in text order."""
    from briefing.core.actors import extract_mentions

    return [(m.text, m.type, m.sentence) for m in extract_mentions(make_article(list(paragraphs), title=title))]


def types_listed(mentions, name):
    """Return the types, in order, of the ``typed_sentences`` rows whose text is ``name``."""
    return [t for text, t, _ in mentions if text == name]

"""What every format of the brief shows, in reading order, as plain strings (no markup, no library).

:func:`brief_content` turns a :class:`~briefing.core.model.Briefing` into a
:class:`BriefContent`: the banner, the title, a one-line source (publisher ·
date · authors · a shortened URL that links to the full one), the bottom
line, the analyst's assessment, the key points (each with its ``[¶n]`` anchor
and a link to the sentence in the source), the key actors (name, a type tag,
role, the ``[¶n]`` of the first mention) and the footer (method, generation
time). The PDF, DOCX, HTML, Markdown and plain-text writers all render this,
so the formats say the same thing in the same order; only the paged formats
(PDF, DOCX) leave points or actors out to fit one page, and say so.

A brief of several articles (issue 16) has a sources block instead of the
source line (letter, publisher, date, title, URL), anchors that cite sources
("[A¶2, C¶5]", also after the bottom line), a note under a point whose
figures other sources dispute, and actors anchored "[A¶3, C]".
The brief's own words (headings, masthead, dates, type tags, notes, method
line, footer) come from :attr:`BriefContent.labels`: the article's language
or English, as ``brief_language`` asks (see :mod:`.i18n`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..model import UNRELATED_NOTE, Briefing, citations_anchor
from ..multi.figures import figure_readings
from .i18n import ARTICLE, ENGLISH, Labels, brief_language_code, labels_for
from .invisible import displayable
from .links import short_url, text_fragment_url
from .text import EDITED_MARK, MARK_JOIN, _clean, _utc, method_text, readable_date

#: Section titles of an English brief (every format takes them from :attr:`BriefContent.labels`).
TITLE_BOTTOM_LINE = ENGLISH.bottom_line
TITLE_ASSESSMENT = ENGLISH.assessment
TITLE_POINTS = ENGLISH.points
TITLE_ACTORS = ENGLISH.actors
TAGS = ENGLISH.tags


@dataclass
class PointView:
    """One key point: its text, ``[¶n]`` anchor ("" when unknown), link and edit mark ("", "edited", "added").

    ``mark_word`` is the mark in the brief's language ("изменено"); "" means the English ``mark``.
    """

    text: str
    anchor: str = ""
    href: str | None = None
    mark: str = ""
    mark_word: str = ""
    note: str = ""

    @property
    def mark_text(self) -> str:
        """Return "✎ edited", "✎ added" (in the brief's language) or ""."""
        return f"{EDITED_MARK}{MARK_JOIN}{self.mark_word or self.mark}" if self.mark else ""


@dataclass
class SourceView:
    """One source of a brief drawn from several articles: letter, publisher, readable date, title, URL."""

    letter: str
    publisher: str = ""
    date: str = ""
    title: str = ""
    url: str = ""
    url_text: str = ""
    note: str = ""
    quotes: tuple[str, str] = ("\u201c", "\u201d")  # the brief language's quotation marks around the title
    no_details: str = "(no publisher, date or title recorded)"

    @property
    def details(self) -> str:
        """Return "City News · 4 March 2024 · “Title”" (the parts known; the URL apart), and the note after
        a dash ("… — repeats A")."""
        parts = [p for p in (self.publisher, self.date) if p]
        if self.title:
            parts.append(f"{self.quotes[0]}{self.title}{self.quotes[1]}")
        out = " \u00b7 ".join(parts) or self.no_details
        return f"{out} \u2014 {self.note}" if self.note else out

    @property
    def line(self) -> str:
        """Return the whole source as one line of plain text: "A  City News · date · “Title” · URL"."""
        return f"{self.letter}  {self.details}" + (f" \u00b7 {self.url}" if self.url else "")


@dataclass
class ActorView:
    """One key actor: display name, short type tag ("person", "org", "place"), role and the first mention's anchor."""

    name: str
    tag: str
    role: str = ""
    anchor: str = ""


@dataclass
class BriefContent:
    """Everything a brief shows, as plain text, in reading order.

    ``points``/``actors`` are those shown; ``total_points``/``total_actors``
    what the briefing has (a note says "3 of 5 shown" when they differ).
    """

    title: str
    banner: str = ""
    dated: str = ""
    source: str = ""
    url: str = ""
    url_text: str = ""
    bottom_line: str = ""
    assessment: str = ""
    points: list[PointView] = field(default_factory=list)
    actors: list[ActorView] = field(default_factory=list)
    total_points: int = 0
    total_actors: int = 0
    method: str = ""
    generated: str = ""
    language: str = "en"
    sources: list[SourceView] = field(default_factory=list)
    bottom_line_anchor: str = ""
    labels: Labels = ENGLISH
    actor_order: str = "salience"
    assessment_note: str = ""  # "left out to fit one page (3000 words)" when fitting dropped the assessment

    @property
    def source_line(self) -> str:
        """Return the source as one line of plain text: "Source: publisher · date · by … · short URL"."""
        parts = [p for p in (self.source, self.url_text) if p]
        return self.labels.source + (" \u00b7 ".join(parts) if parts else self.labels.not_recorded)

    @property
    def points_note(self) -> str:
        """Return "3 of 5 shown" when points were left out, else ""."""
        if len(self.points) >= self.total_points:
            return ""
        return self.labels.shown_points(len(self.points), self.total_points)

    @property
    def actors_note(self) -> str:
        """Return "top 5 of 12, by salience" ("first 5 of 12, in the analyst's order" once the analyst moved
        one) when actors were left out, else ""."""
        return self.labels.actors_shown(len(self.actors), self.total_actors, self.actor_order)


def _paragraph_text(text: str | None) -> str:
    """Return a bottom line or assessment as every format shows it: its lines kept, each line's runs of white space
    (tabs, trailing spaces) one space, empty lines left out."""
    return "\n".join(" ".join(line.split()) for line in _clean(text).splitlines() if line.strip())


def source_text(briefing: Briefing, labels: Labels = ENGLISH) -> str:
    """Return "publisher · 3 June 2021 · by A, B" in the brief's language (the parts known; "" when none is)."""
    parts = []
    if _clean(briefing.source):
        parts.append(" ".join(_clean(briefing.source).split()))
    date = readable_date(briefing.date, labels)
    if date:
        parts.append(date)
    authors = [a for a in (" ".join(_clean(x).split()) for x in briefing.authors) if a]
    if authors:
        parts.append(labels.authors(authors))
    return " \u00b7 ".join(parts)


def brief_labels(briefing: Briefing, brief_language: str | None = ARTICLE) -> Labels:
    """Return the words of ``briefing``'s brief: in its article's language or in English (``brief_language``)."""
    return labels_for(brief_language_code(brief_language, getattr(briefing, "language", "en")))


def source_url(briefing: Briefing, letter: str | None) -> str:
    """Return the URL of source ``letter`` of a brief of several articles ("" when unknown)."""
    ref = next((r for r in briefing.sources if r.letter == letter), None)
    return "".join(_clean(ref.url).split()) if ref is not None and ref.url else ""


def source_languages(briefing: Briefing) -> dict[str, str]:
    """Return each source's language by letter (a source saved without one reads as the brief: left out)."""
    return {r.letter: r.language for r in briefing.sources if getattr(r, "language", "")}


def variants_note(p, labels: Labels = ENGLISH, language: str = "en", languages: dict[str, str] | None = None) -> str:
    """Return "Sources differ: A¶1, B¶2 give 14 million euros; C¶2 gives 12 million euros." for a point with
    variants ("" without): every source's figure, the sources that agree named together.

    Figures are read in each source's language (``languages``: letter -> language), else in ``language`` (the
    brief's: "2,5" is 2.5 in German). The point's own figures are those a variant lacks; a citation of another
    source that keeps its sentence (:func:`~briefing.core.multi.summary.summarize_sources` does so for a
    disputed point) is named with the figures it gives, and left out when it gives none of them; a citation
    without its sentence (an older file) is taken to give the point's figures. Equal figures written two ways
    ("2.5 billion" and "2,5 Milliarden", "$2.5bn" and "2.5 billion dollars") count as one, quoted as the first
    source wrote them ("3,1 Milliarden Euro": figure, magnitude and unit, white space tidied). When the sources
    give the same amount in other currencies the note says the currency differs ("$2.5 billion" against "£2.5
    billion"), when both differ it says so. A variant whose figures cannot be told apart is quoted whole. Sources
    are listed in their order (A before B, each group of agreeing sources by its first); the one whose sentence
    the point quotes is marked (:attr:`Labels.quoted`) when another source is listed before it.
    """
    if not p.variants:
        return ""
    langs = languages or {}

    def lang(letter):
        return langs.get(letter) or language

    def differing(text, letter):
        """Return (figures, words) of the figures of ``text`` that some variant lacks (the point's side)."""
        found: dict[tuple[str, str], str] = {}
        for v in p.variants:
            for value, unit, said in figure_readings(text, v.text, lang(letter), lang(v.source)):
                found.setdefault((value, unit), said)
        return tuple(found), ", ".join(found.values())

    groups: list[tuple[tuple, str, list[str]]] = []  # (figures, words, anchors): one per agreeing set

    def add(key, said, anchor):
        for k, _said, anchors in groups:
            if k == key:
                if anchor not in anchors:
                    anchors.append(anchor)
                return
        groups.append((key, said, [anchor]))

    own = next((c for c in p.citations if c.source == p.source and not c.text), None)
    mine = differing(p.text, p.source)
    cited = ([own] if own is not None else []) + [c for c in p.citations if c is not own]
    if not cited and p.source:
        add(mine[0], mine[1], p.source)
    for c in cited:
        key, said = differing(c.text, c.source) if c.text else mine
        if key:
            add(key, said, c.anchor)
    for v in p.variants:
        theirs = figure_readings(v.text, p.text, lang(v.source), lang(p.source))
        if theirs:
            add(tuple((value, unit) for value, unit, _w in theirs), ", ".join(w for _v, _u, w in theirs), v.anchor)
        else:
            add((("\u201c" + v.text, ""),), f"\u201c{' '.join(_clean(v.text).split())}\u201d", v.anchor)
    mark = f"{p.source}\u00b6{p.paragraph + 1}" if p.source and p.paragraph is not None else ""

    def order(anchor: str) -> tuple:
        letter, _, para = anchor.partition("\u00b6")
        return len(letter), letter, int(para) if para.isdigit() else 0

    for _key, _said, anchors in groups:
        anchors.sort(key=order)
    groups.sort(key=lambda g: order(g[2][0]))
    first = groups[0][2][0] if groups else ""
    for _key, _said, anchors in groups:  # the quoted source is marked when another is listed before it
        anchors[:] = [labels.quoted.format(anchor=a) if a == mark != first else a for a in anchors]
    parts = []
    for _key, said, anchors in groups:
        if len(anchors) == 1:
            parts.append(labels.gives.format(anchor=anchors[0], said=said))
        else:
            parts.append(labels.give_many.format(anchors=", ".join(anchors), said=said))
    return _what_differs(groups, labels).format(parts="; ".join(parts))


def _what_differs(groups: list[tuple[tuple, str, list[str]]], labels: Labels) -> str:
    """Return the note's sentence for what the groups' figures differ in: the currency only (the same amounts),
    the amount and the currency, or the figures (:attr:`Labels.differ`)."""
    currencies = [frozenset(u for _v, u in key if u.isupper()) for key, _said, _a in groups]  # ISO codes only
    if len(groups) < 2 or not all(currencies) or len(set(currencies)) == 1:
        return labels.differ
    amounts = {tuple(sorted(v for v, _u in key)) for key, _said, _a in groups}
    return labels.differ_currency if len(amounts) == 1 else labels.differ_both


def point_view(briefing: Briefing, index: int, url: str, labels: Labels = ENGLISH) -> PointView:
    """Return key point ``index`` for display: anchor, a text-fragment link for a verbatim point, the mark.

    An edited point links to the page without a fragment (its words may no
    longer be on the page); a point the analyst wrote has no link. A point of
    a brief of several articles is anchored by its citations ("[A¶2, C¶5]"),
    links to its wording's source, and notes the figures other sources give.
    """
    p = briefing.key_points[index]
    if p.citations:
        anchor = citations_anchor(p.citations)
        url = source_url(briefing, p.source)
    else:
        anchor = f"[\u00b6{p.paragraph + 1}]" if isinstance(p.paragraph, int) else ""
        if briefing.sources:
            url = ""
    mark = "added" if p.source_index is None and p.paragraph is None else ("edited" if p.edited else "")
    href = None
    if url and anchor:
        href = url if p.edited else text_fragment_url(url, _clean(p.text))
    return PointView(text=" ".join(_clean(p.text).split()) or labels.empty_point, anchor=anchor, href=href, mark=mark,
                     mark_word=labels.mark(mark) if mark else "",
                     note=variants_note(p, labels, briefing.language, source_languages(briefing)))


def _source_note(note: str, labels: Labels) -> str:
    """The sources-block note in the brief's language: the machine's own notes ("repeats A", that a source shares
    nothing) are translated, an analyst's note is shown as written."""
    if not note:
        return ""
    if note == UNRELATED_NOTE:
        return labels.unrelated
    letter = note[len("repeats "):] if note.startswith("repeats ") else ""
    if letter and letter.isalpha() and letter.isupper() and len(letter) <= 2:
        return labels.repeats.format(letter=letter)
    return note


def source_views(briefing: Briefing, labels: Labels = ENGLISH) -> list[SourceView]:
    """Return the sources block of a brief of several articles (empty for one article), in ``labels``' language:
    dates written out, the title in its quotation marks, the machine's notes translated."""
    out = []
    for r in briefing.sources:
        url = "".join(_clean(r.url).split())
        out.append(SourceView(letter=_clean(r.letter), publisher=" ".join(_clean(r.publisher).split()),
                              date=readable_date(r.date, labels), title=" ".join(_clean(r.title).split()), url=url,
                              url_text=short_url(url) if url else "",
                              note=_source_note(" ".join(_clean(r.note).split()), labels),
                              quotes=labels.quotes, no_details=labels.no_details))
    return out


def actor_anchor(a) -> str:
    """Return "[¶3]" (one article) or "[A¶3, C]" (first mention in A, also named in C)."""
    para = f"\u00b6{a.paragraph + 1}" if isinstance(a.paragraph, int) else ""
    if not a.sources:
        return f"[{para}]" if para else ""
    letters = list(a.sources)
    return "[" + ", ".join([letters[0] + para, *letters[1:]]) + "]"


def brief_content(briefing: Briefing, points: list[int] | None = None, n_actors: int | None = None,
                  assessment: bool = True, generated_at: datetime | None = None, creator: str = "",
                  max_actors: int = 8, brief_language: str | None = ARTICLE) -> BriefContent:
    """Return what the brief shows.

    ``brief_language`` is ``"article"`` (headings, dates, tags and the method
    line in the article's language when the brief has words for it) or
    ``"en"`` (see :mod:`.i18n`); ValueError for anything else.

    ``points`` are the indices of the key points shown (all by default, in the
    user's order), ``n_actors`` how many of the first ``max_actors`` actors are
    shown (all of them by default); ``assessment=False`` leaves the analyst
    comment out (fitting dropped it) and sets :attr:`BriefContent.assessment_note`, which the PDF and DOCX show
    beside the assessment's heading, so that no section is dropped silently.

    Invisible format characters (soft hyphens, zero-width spaces, stray bidi
    controls) are left out of every string (see :mod:`.invisible`).
    """
    briefing = displayable(briefing)
    generated = _utc(generated_at)
    labels = brief_labels(briefing, brief_language)
    url = "".join(_clean(briefing.url).split())
    actors = list(briefing.actors[: max(0, max_actors)])
    if n_actors is not None:
        actors = actors[:n_actors]
    kept = list(range(len(briefing.key_points))) if points is None else list(points)
    views = []
    for a in actors:
        anchor = actor_anchor(a)
        views.append(ActorView(name=" ".join(_clean(a.display_name).split()), tag=labels.tag(a.type),
                               role=" ".join(_clean(a.role).split()), anchor=anchor))
    stamp = f"{generated:%Y-%m-%d %H:%M} UTC"
    by = labels.generated_by.format(creator=_clean(creator)) if _clean(creator) else ""
    return BriefContent(
        title=" ".join(_clean(briefing.title).split()) or labels.untitled,
        banner=" ".join(_clean(briefing.banner).split()),
        dated=labels.date(generated),
        source=source_text(briefing, labels),
        url=url,
        url_text=short_url(url) if url else "",
        bottom_line=_paragraph_text(briefing.bottom_line),
        assessment=_paragraph_text(briefing.analyst_comment) if assessment else "",
        points=[point_view(briefing, i, url, labels) for i in kept],
        actors=views,
        total_points=len(briefing.key_points),
        total_actors=len(briefing.actors),
        method=method_text(briefing.method, labels),
        generated=labels.generated.format(stamp=stamp) + by,
        language=_clean(getattr(briefing, "language", "")) or "en",
        sources=source_views(briefing, labels),
        bottom_line_anchor=citations_anchor(briefing.bottom_line_citations),
        labels=labels,
        actor_order=getattr(briefing, "actor_order", "salience"),
        assessment_note=left_out_note(briefing.analyst_comment, labels) if not assessment else "",
    )


def left_out_note(comment: str | None, labels: Labels) -> str:
    """Return the note shown beside the assessment's heading when fitting left it out ("" without a comment)."""
    words = len(_paragraph_text(comment).split())
    return labels.assessment_left_out.format(words=words) if words else ""

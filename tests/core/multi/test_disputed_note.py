"""The "Sources differ" note of a disputed point names every source's figure and which sources agree."""

from __future__ import annotations

from copy import deepcopy

import pytest

from briefing.core.brief.pipeline import (
    analyse_sources,
    export_brief,
    make_multi_briefing,
)
from briefing.core.export.content import brief_content, variants_note
from briefing.core.model import Citation, KeyPoint, SummaryOptions
from briefing.core.multi.sources import lettered
from tests.core.builders import make_article

LEAD = ("The harbour authority will spend {} on dredging the eastern channel before the autumn storms, "
        "its director said.")
OTHERS = [
    ["Fishermen complained that the work would close the channel for six weeks.",
     "The dredged sand is to rebuild the eroded beach at Westpoint."],
    ["Environmental groups asked for a study of the seagrass meadows first.",
     "Ferry operators welcomed the deeper channel for larger ships."],
    ["The regional parliament must still approve the budget next month.",
     "Shipping traffic through the port grew by a tenth last year."],
    ["Tourism officials hope the rebuilt beach draws visitors back.",
     "The last dredging of the channel took place in 2009."],
]


def harbour_articles(amounts):
    """Return one article per amount: the dredging lead (first or second paragraph) and two facts of its own."""
    out = []
    for k, (amount, more) in enumerate(zip(amounts, OTHERS)):
        paragraphs = [*more[:k % 2], LEAD.format(amount), *more[k % 2:]]
        out.append(make_article(paragraphs, "Harbour dredging"))
    return out


@pytest.fixture(scope="module")
def briefing():
    articles = harbour_articles(["14 million euros", "14 million euros", "12 million euros", "16 million euros"])
    return make_multi_briefing(analyse_sources(lettered(articles), SummaryOptions(sentences=4)))


def _cost(points):
    return next(p for p in points if "dredging the eastern" in p.text)


def test_note_names_agreeing_sources_and_each_figure(briefing):
    """A and B give 14 million, C 12 million, D 16 million: the note names A and B together with 14 million
    (the point's own figure), then C and D with theirs."""
    note = next(p.note for p in brief_content(briefing).points if p.note)
    assert note == ("Sources differ: A\u00b61, B\u00b62 give 14 million euros; C\u00b61 gives 12 million euros; "
                    "D\u00b62 gives 16 million euros.")


@pytest.mark.parametrize("fmt", ["txt", "md", "html", "docx", "pdf"])
def test_every_format_shows_the_agreeing_sources(briefing, fmt, tmp_path):
    """Each export format carries the whole note: the agreeing pair and both other figures."""
    path = tmp_path / f"brief.{fmt}"
    export_brief(briefing, path)
    if fmt == "pdf":
        from pypdf import PdfReader

        text = "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    elif fmt == "docx":
        from docx import Document

        text = "\n".join(p.text for p in Document(str(path)).paragraphs)
    else:
        text = path.read_text(encoding="utf-8")
    flat = " ".join(text.replace("\\", "").split())
    assert "A\u00b61, B\u00b62 give 14 million euros" in flat
    assert "C\u00b61 gives 12 million euros" in flat and "D\u00b62 gives 16 million euros" in flat


@pytest.mark.parametrize("code, words", [
    ("de", "A\u00b61, B\u00b62 nennen 14 million euros; C\u00b61 nennt 12 million euros"),
    ("fr", "A\u00b61, B\u00b62 indiquent 14 million euros; C\u00b61 indique 12 million euros"),
    ("es", "A\u00b61, B\u00b62 indican 14 million euros; C\u00b61 indica 12 million euros"),
    ("ru", "A\u00b61, B\u00b62: 14 million euros; C\u00b61: 12 million euros"),
    ("uk", "A\u00b61, B\u00b62: 14 million euros; C\u00b61: 12 million euros"),
])
def test_agreeing_sources_in_every_brief_language(briefing, code, words):
    """The plural wording exists in every language of the brief."""
    translated = deepcopy(briefing)
    translated.language = code
    note = next(p.note for p in brief_content(translated).points if p.note)
    assert words in note


def test_a_citation_without_the_figure_is_not_said_to_give_it():
    """A source that states the point without any figure is not listed as giving the point's figure; an older file
    whose citations keep no sentence still names them with the point's figure."""
    point = KeyPoint(text="The port will spend 14 million euros on dredging.", paragraph=0, source_index=0, source="A",
                     citations=[Citation("A", 0, 0), Citation("B", 1, 2, "The port will spend money on dredging.")],
                     variants=[Citation("C", 0, 0, "The port will spend 12 million euros on dredging.")])
    assert variants_note(point) == "Sources differ: A\u00b61 gives 14 million euros; C\u00b61 gives 12 million euros."
    point.citations[1].text = ""
    assert variants_note(point).startswith("Sources differ: A\u00b61, B\u00b62 give 14 million euros;")


def test_equal_sums_in_two_languages_agree_in_the_note():
    """A German variant source giving "2,5 Milliarden Euro" agrees with an English "2.5 billion euros" citation when
    each is read in its own language; "3,1 Milliarden" is the differing figure."""
    point = KeyPoint(text="The state will pay 2.5 billion euros.", paragraph=0, source_index=0, source="A",
                     citations=[Citation("A", 0, 0), Citation("B", 0, 1, "Der Staat zahlt 2,5 Milliarden Euro.")],
                     variants=[Citation("C", 0, 0, "Der Staat zahlt 3,1 Milliarden Euro.")])
    note = variants_note(point, languages={"A": "en", "B": "de", "C": "de"})
    assert note == "Sources differ: A\u00b61, B\u00b61 give 2.5 billion euros; C\u00b61 gives 3,1 Milliarden Euro."

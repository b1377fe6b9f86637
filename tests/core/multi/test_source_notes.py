"""The sources block's notes ("repeats A", "shares no point or actor…") follow every change of the source list."""

from __future__ import annotations

from briefing.core.brief.pipeline import UNRELATED_NOTE, analyse_sources
from briefing.core.brief.sources import (
    apply_analysis,
    new_multi_document,
    remove_source,
)
from briefing.core.model import SummaryOptions
from briefing.core.multi.sources import lettered
from tests.core.builders import make_article

OPTIONS = SummaryOptions(sentences=3)

HARBOUR = make_article([
    "The harbour authority will dredge the eastern channel before the autumn storms, its director said.",
    "Fishermen complained that the work would close the channel for six weeks.",
    "The dredged sand is to rebuild the eroded beach at Westpoint.",
], "Harbour dredging")
HARBOUR_2 = make_article([
    "Before the autumn storms the harbour authority will dredge the eastern channel, the director said.",
    "Ferry operators welcomed the deeper channel for larger ships.",
    "Environmental groups asked for a study of the seagrass meadows first.",
], "Channel to be deepened")
FERRIES = make_article([
    "Ferry operators have welcomed a deeper channel for their larger ships.",
    "Timetables for the winter season will be published in October.",
    "A new terminal building opens at the quay next spring.",
], "Ferry companies pleased")
FESTIVAL = make_article([
    "A cheese festival drew record crowds to the old market square on Sunday.",
    "Stallholders sold out of goat cheese before noon, organisers reported.",
    "Next year the festival will add a tasting tent for children.",
], "Cheese festival")


def _notes(doc):
    return {r.letter: r.note for r in doc.briefing.sources if r.note}


def test_removing_the_unrelated_source_takes_the_note_away_and_undo_brings_it_back():
    """A and an unrelated B: both are noted as sharing nothing. Once B is removed, A is alone and its note goes;
    the undo snapshot (the document as it was) has both notes again."""
    doc = new_multi_document(analyse_sources(lettered([HARBOUR, FESTIVAL]), OPTIONS), OPTIONS)
    assert _notes(doc) == {"A": UNRELATED_NOTE, "B": UNRELATED_NOTE}
    before = doc.copy()
    remove_source(doc, "B")
    assert _notes(doc) == {}
    assert doc.multi.isolated == [] and doc.multi.copies == {}
    assert _notes(before) == {"A": UNRELATED_NOTE, "B": UNRELATED_NOTE}


def test_a_source_left_alone_by_a_removal_is_noted():
    """C shares a sentence only with B, B one with A: nothing is noted; with B removed, A and C share nothing and
    both are noted; adding B again (a new analysis) takes the notes away again."""
    doc = new_multi_document(analyse_sources(lettered([HARBOUR, HARBOUR_2, FERRIES]), OPTIONS), OPTIONS)
    assert _notes(doc) == {}
    remove_source(doc, "B")
    assert _notes(doc) == {"A": UNRELATED_NOTE, "C": UNRELATED_NOTE}
    assert doc.multi.isolated == ["A", "C"]
    more = lettered([HARBOUR_2], [s.letter for s in doc.sources])
    apply_analysis(doc, analyse_sources([*doc.sources, *more], OPTIONS), OPTIONS)
    assert _notes(doc) == {}


def test_a_copy_whose_original_is_removed_is_no_copy():
    """B repeats A; with A removed, B is an original: no "repeats" note is left; C, unrelated, keeps its note."""
    doc = new_multi_document(analyse_sources(lettered([HARBOUR, HARBOUR, FESTIVAL]), OPTIONS), OPTIONS)
    assert _notes(doc) == {"B": "repeats A", "C": UNRELATED_NOTE}
    remove_source(doc, "A")
    assert _notes(doc) == {"B": UNRELATED_NOTE, "C": UNRELATED_NOTE}

"""Batch output names: one per input, never colliding, never an input."""

from pathlib import Path

import pytest

from briefing.core.brief.batch import article_files, plan_outputs
from briefing.core.errors import BriefingError


def test_outputs_are_named_after_their_inputs(tmp_path):
    """Each input gives <stem>.<format> in the output folder."""
    inputs = [tmp_path / "in" / "a.txt", tmp_path / "in" / "b.html"]
    assert plan_outputs(inputs, tmp_path / "out", "json") == [tmp_path / "out" / "a.json", tmp_path / "out" / "b.json"]


def test_inputs_sharing_a_stem_get_distinct_names(tmp_path):
    """a.txt, a.html and A.md do not collide (names compared case-insensitively)."""
    inputs = [tmp_path / "a.txt", tmp_path / "a.html", tmp_path / "A.md"]
    outputs = plan_outputs(inputs, tmp_path / "out", "json")
    assert [p.name for p in outputs] == ["a-txt.json", "a-html.json", "A-md.json"]
    assert len({p.name.lower() for p in outputs}) == 3


def test_an_output_never_names_an_input(tmp_path):
    """Writing PDFs into the input folder never names an input PDF: the name gets a number."""
    inputs = [tmp_path / "report.pdf", tmp_path / "notes.txt"]
    outputs = plan_outputs(inputs, tmp_path, "pdf")
    assert outputs[0] == tmp_path / "report-2.pdf"
    assert outputs[1] == tmp_path / "notes.pdf"
    assert not set(outputs) & set(inputs)


def test_article_files_lists_supported_files_only(tmp_path):
    """Hidden files, sub-folders and unsupported types are left out; names come sorted."""
    for name in ("b.txt", "a.md", ".hidden.txt", "photo.jpg", "c.docx"):
        (tmp_path / name).write_text("x")
    (tmp_path / "sub.txt").mkdir()
    assert [p.name for p in article_files(tmp_path)] == ["a.md", "b.txt", "c.docx"]
    with pytest.raises(BriefingError, match="not a folder"):
        article_files(tmp_path / "b.txt")

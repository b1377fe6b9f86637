"""`briefing-cli export` never overwrites its input and writes only regular files (issues 12 and 18)."""

from __future__ import annotations

import io
import os
import shutil

import pypdf
import pytest

from briefing.cli import main


@pytest.fixture
def pdf_article(seed_path, tmp_path, monkeypatch, capsys):
    """report.pdf: a PDF article (made by the app from the seed) in the current folder."""
    monkeypatch.chdir(tmp_path)
    assert main(["export", str(seed_path), "-o", "report.pdf"]) == 0
    capsys.readouterr()
    return tmp_path / "report.pdf"


def _error(capsys) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    return err[0]


def test_export_without_o_never_writes_over_the_input(pdf_article, capsys):
    """`export report.pdf` writes report.brief.pdf and leaves report.pdf as it was."""
    before = pdf_article.read_bytes()
    assert main(["export", "report.pdf"]) == 0
    assert "Wrote report.brief.pdf" in capsys.readouterr().out
    assert pdf_article.read_bytes() == before
    assert (pdf_article.parent / "report.brief.pdf").read_bytes().startswith(b"%PDF")


def test_the_input_is_refused_as_output_even_with_force(pdf_article, capsys):
    """-o naming the input (or a hard link to it) is refused, with --force too; the file is untouched."""
    before = pdf_article.read_bytes()
    os.link(pdf_article, pdf_article.parent / "alias.pdf")
    for out in ("report.pdf", "alias.pdf"):
        assert main(["export", "report.pdf", "-o", out, "--force"]) == 1
        assert _error(capsys) == f"briefing-cli: error: {out}: is the input file; it is never overwritten. Choose another name."
    assert pdf_article.read_bytes() == before


def test_symlink_and_fifo_targets_are_refused_and_stay_as_they_were(seed_path, tmp_path, capsys):
    """-o pointing at a symlink or a FIFO is refused; the link still points where it did, the FIFO is still a FIFO."""
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    link, fifo = tmp_path / "link.pdf", tmp_path / "fifo.pdf"
    link.symlink_to(victim)
    os.mkfifo(fifo)
    for out, kind in ((link, "a symbolic link"), (fifo, "a FIFO (named pipe)")):
        assert main(["export", str(seed_path), "-o", str(out), "--force"]) == 1
        assert _error(capsys).startswith(f"briefing-cli: error: {out}: is {kind}, not a regular file")
    assert link.is_symlink() and os.readlink(link) == str(victim) and victim.read_text(encoding="utf-8") == "keep me"
    assert fifo.is_fifo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fifo.pdf", "link.pdf", "victim.txt"]  # no temp files


def test_a_device_is_never_replaced(seed_path, capsys):
    """`-o /dev/null` is refused (as root it used to replace the device node with a PDF)."""
    assert main(["export", str(seed_path), "-o", "/dev/null", "--format", "pdf"]) == 1
    assert _error(capsys).startswith("briefing-cli: error: /dev/null: is a device, not a regular file")
    assert os.path.exists("/dev/null") and not os.path.isfile("/dev/null")


def test_a_foreign_file_needs_force_and_an_own_pdf_does_not(seed_path, tmp_path, capsys):
    """An existing file that is not a briefing PDF is refused without --force; the app's own PDF is replaced."""
    out = tmp_path / "notes.pdf"
    out.write_bytes(b"%PDF-1.4 someone else's file")
    assert main(["export", str(seed_path), "-o", str(out)]) == 1
    assert _error(capsys) == (f"briefing-cli: error: {out}: already exists and has changed since briefing wrote it, "
                              "or briefing did not write it; it was not replaced. Use --force to replace it.")
    assert out.read_bytes() == b"%PDF-1.4 someone else's file"
    assert main(["export", str(seed_path), "-o", str(out), "--force"]) == 0
    assert main(["export", str(seed_path), "-o", str(out)]) == 0  # now it is the app's own PDF


def test_undecodable_argument_bytes_reach_the_pdf_as_replacement_characters(seed_path, tmp_path, capsys):
    """`--bottom-line $'\\xff'` (a surrogate escape in Python) prints as U+FFFD instead of a traceback."""
    out = tmp_path / "b.pdf"
    bottom = os.fsdecode(b"Moscow \xff and Minsk \xed\xa0\x80 agree.")
    assert main(["export", str(seed_path), "-o", str(out), "--bottom-line", bottom, "--comment", "\ud800"]) == 0
    text = " ".join(pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text().split())
    assert "Moscow \ufffd and Minsk" in text and "agree." in text


@pytest.mark.parametrize("fmt", ["docx", "md", "html", "txt"])
def test_other_formats_get_the_brief_name_and_the_same_guard(seed_path, tmp_path, monkeypatch, capsys, fmt):
    """`--format X` without -o writes NAME.brief.X; its own brief is replaced again, a foreign file is not."""
    monkeypatch.chdir(tmp_path)
    out = tmp_path / f"{seed_path.stem}.brief.{fmt}"
    assert main(["export", str(seed_path), "--format", fmt]) == 0
    first = out.read_bytes()
    assert main(["export", str(seed_path), "--format", fmt]) == 0  # the app's own brief: no --force needed
    foreign = tmp_path / f"notes.{fmt}"
    foreign.write_bytes(b"someone else's notes")
    capsys.readouterr()
    assert main(["export", str(seed_path), "-o", str(foreign)]) == 1
    assert "briefing did not write it" in _error(capsys)
    assert foreign.read_bytes() == b"someone else's notes" and first


def test_notes_added_to_an_exported_brief_are_never_replaced_without_force(tmp_path, monkeypatch, capsys):
    """export -o notes.md, append notes, export again: refused with the --force hint and the notes kept;
    an unchanged brief is replaced; with the record of written files gone it is refused too."""
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(
        "Council approves transport plan\n\nThe city council approved the transport plan on Monday. "
        "Mayor Jane Smith said the plan would cut journey times. The vote was 12 to 3.\n\n"
        "Buses will run every ten minutes from June. The council will review the plan next year.\n",
        encoding="utf-8")
    assert main(["export", "a.txt", "-o", "notes.md"]) == 0
    assert main(["export", "a.txt", "-o", "notes.md"]) == 0  # unchanged since briefing wrote it
    with open("notes.md", "a", encoding="utf-8") as fh:
        fh.write("\n## My notes\n\nCall the council press office back.\n")
    edited = (tmp_path / "notes.md").read_bytes()
    capsys.readouterr()
    assert main(["export", "a.txt", "-o", "notes.md"]) == 1
    assert _error(capsys) == ("briefing-cli: error: notes.md: already exists and has changed since briefing wrote it, "
                              "or briefing did not write it; it was not replaced. Use --force to replace it.")
    assert (tmp_path / "notes.md").read_bytes() == edited
    assert main(["export", "a.txt", "-o", "notes.md", "--force"]) == 0
    assert b"My notes" not in (tmp_path / "notes.md").read_bytes()
    (tmp_path / "data" / "written-files.json").unlink()
    capsys.readouterr()
    assert main(["export", "a.txt", "-o", "notes.md"]) == 1
    assert _error(capsys).endswith("it was not replaced. Use --force to replace it.")

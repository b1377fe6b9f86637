"""`briefing-cli batch` briefs a folder of articles with worker processes, never stopping at a bad file."""

import io
import json

import pypdf
import pytest

from briefing.cli import main
from tests.core.builders import ARTICLE_PARAGRAPHS


def _folder(tmp_path, seed_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "seed.txt").write_bytes(seed_path.read_bytes())
    (folder / "council.md").write_text("Council approves transport plan\n\n" + "\n\n".join(ARTICLE_PARAGRAPHS))
    (folder / "council.txt").write_text("Transport plan\n\n" + "\n\n".join(ARTICLE_PARAGRAPHS))
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02 binary")
    (folder / "empty.md").write_text("")
    return folder


def test_batch_writes_json_for_every_good_file_and_reports_the_bad(tmp_path, seed_path, capsys):
    """Good files become JSON analyses; each bad file prints one error line; the summary line counts both."""
    folder = _folder(tmp_path, seed_path)
    out = tmp_path / "out"
    assert main(["batch", str(folder), "-o", str(out), "--jobs", "2", "--sentences", "2"]) == 1
    captured = capsys.readouterr()
    assert sorted(p.name for p in out.iterdir()) == ["council-md.json", "council-txt.json", "seed.json"]
    record = json.loads((out / "seed.json").read_text(encoding="utf-8"))
    assert len(record["summary"]["sentences"]) == 2 and record["actors"]
    assert record["article"]["title"]
    errors = [line for line in captured.err.splitlines() if line.startswith("briefing-cli: error:")]
    assert len(errors) == 2
    assert any(line.startswith("briefing-cli: error: broken.txt:") for line in errors)
    assert any(line.startswith("briefing-cli: error: empty.md:") for line in errors)
    summary = captured.out.strip().splitlines()[-1]
    assert summary.startswith("Briefed 3 of 5 files into") and "with 2 jobs" in summary and "2 failed" in summary
    assert "5/5" in captured.err  # the progress bar reached the end


def test_batch_pdf_into_the_input_folder_overwrites_nothing(tmp_path, seed_path, capsys):
    """One-page PDFs written next to the inputs leave every input as it was."""
    folder = _folder(tmp_path, seed_path)
    (folder / "broken.txt").unlink()
    (folder / "empty.md").unlink()
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert main(["batch", str(folder), "-o", str(folder), "--jobs", "1", "--format", "pdf"]) == 0
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.name in before} == before
    pdfs = sorted(p.name for p in folder.glob("*.pdf"))
    assert pdfs == ["council-md.pdf", "council-txt.pdf", "seed.pdf"]
    assert len(pypdf.PdfReader(io.BytesIO((folder / "seed.pdf").read_bytes())).pages) == 1
    assert capsys.readouterr().out.startswith("Briefed 3 of 3 files")


def test_batch_refuses_a_missing_folder_and_bad_options(tmp_path, capsys):
    """A missing input folder and an output that is a file are one-line errors (status 1); --jobs 0 is a usage
    error (status 2, the option named)."""
    assert main(["batch", str(tmp_path / "nope"), "-o", str(tmp_path / "out")]) == 1
    assert "not a folder" in capsys.readouterr().err
    (tmp_path / "in").mkdir()
    (tmp_path / "file").write_text("x")
    assert main(["batch", str(tmp_path / "in"), "-o", str(tmp_path / "file")]) == 1
    assert "is not a folder" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["batch", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--jobs", "0"])
    assert exc.value.code == 2 and "--jobs" in capsys.readouterr().err


def test_batch_run_again_replaces_only_its_own_unchanged_outputs(tmp_path, seed_path, capsys):
    """The analyst's own seed.json in the output folder is never replaced: the output goes to seed-2.json. Run
    again, the batch replaces its own unchanged outputs in place; an output edited since is kept and a new name used."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "seed.txt").write_bytes(seed_path.read_bytes())
    (folder / "council.md").write_text("Council approves transport plan\n\n" + "\n\n".join(ARTICLE_PARAGRAPHS))
    out = tmp_path / "out"
    out.mkdir()
    (out / "seed.json").write_text('{"mine": "my own notes"}')
    assert main(["batch", str(folder), "-o", str(out), "--jobs", "1"]) == 0
    assert (out / "seed.json").read_text() == '{"mine": "my own notes"}'
    assert sorted(p.name for p in out.iterdir()) == ["council.json", "seed-2.json", "seed.json"]
    assert json.loads((out / "seed-2.json").read_text(encoding="utf-8"))["actors"]
    with open(out / "council.json", "a", encoding="utf-8") as fh:
        fh.write("\n")  # edited since the batch wrote it
    assert main(["batch", str(folder), "-o", str(out), "--jobs", "1"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["council-2.json", "council.json", "seed-2.json", "seed.json"]
    assert (out / "seed.json").read_text() == '{"mine": "my own notes"}'
    capsys.readouterr()

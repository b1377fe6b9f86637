"""`briefing-cli export` writes the one-page PDF brief."""

import io
import subprocess
import sys

import pypdf
import pytest

from briefing.cli import main


def test_export_writes_one_page_pdf(seed_path, tmp_path, capsys):
    """`export` writes a one-page PDF with the banner, comment and Letter size, and says where."""
    out = tmp_path / "brief.pdf"
    argv = ["export", str(seed_path), "-o", str(out), "--sentences", "4", "--banner", "TLP:AMBER",
            "--page", "letter", "--comment", "Watch Minsk.", "--actors", "5"]
    assert main(argv) == 0
    stdout = capsys.readouterr().out
    assert stdout.splitlines()[0] == f"Wrote {out} (1 page, Letter, 4 key points, 5 actors, 10.0 pt)"
    assert stdout.splitlines()[1] == "Fitting: none needed"
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == 1 and round(float(reader.pages[0].mediabox.height)) == 792
    text = " ".join(reader.pages[0].extract_text().split())
    assert text.count("TLP:AMBER") == 2 and "Watch Minsk." in text and "4/13 sentences" in text
    assert "Sergei Naryshkin" in text


def test_export_bottom_line_option(seed_path, tmp_path, capsys):
    """`--bottom-line` replaces the machine's bottom line."""
    out = tmp_path / "b.pdf"
    assert main(["export", str(seed_path), "-o", str(out), "--bottom-line", "Moscow & Minsk close ranks."]) == 0
    text = " ".join(pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text().split())
    assert "BOTTOM LINE Moscow & Minsk close ranks." in text


def test_export_default_output_name(seed_path, tmp_path, monkeypatch, capsys):
    """Without -o the PDF is the article's name with .brief.pdf, in the current folder."""
    monkeypatch.chdir(tmp_path)
    assert main(["export", str(seed_path)]) == 0
    assert (tmp_path / (seed_path.stem + ".brief.pdf")).read_bytes().startswith(b"%PDF")


def test_export_to_missing_folder_is_one_line_error(seed_path, tmp_path):
    """An unwritable output prints one error line on stderr and exits 1, writing nothing."""
    out = tmp_path / "nope" / "b.pdf"
    r = subprocess.run([sys.executable, "-m", "briefing.cli", "export", str(seed_path), "-o", str(out)],
                       capture_output=True, text=True)
    assert r.returncode == 1
    assert r.stderr.strip().splitlines() == [
        f"briefing-cli: error: Cannot write the PDF to {out}: the folder {out.parent} does not exist; "
        f"create it or choose another folder."]
    assert r.stdout == "" and not out.parent.exists()


def test_export_format_from_suffix_and_flag(seed_path, tmp_path, capsys):
    """The -o suffix picks the format (.docx, .html, .md, .txt); --format overrides it; each file holds the brief."""
    for suffix, label in ((".docx", "DOCX, 1 page, A4"), (".html", "Web page"), (".md", "Markdown"),
                          (".txt", "Plain text")):
        out = tmp_path / f"brief{suffix}"
        assert main(["export", str(seed_path), "-o", str(out)]) == 0
        assert capsys.readouterr().out.startswith(f"Wrote {out} ({label}, 3 key points, 8 actors")
    assert "Sergei Naryshkin" in (tmp_path / "brief.html").read_text(encoding="utf-8")
    assert "# Russia, Belarus Spy Agencies" in (tmp_path / "brief.md").read_text(encoding="utf-8")
    out = tmp_path / "notes.odt"
    assert main(["export", str(seed_path), "-o", str(out), "--format", "txt"]) == 0
    assert out.read_text(encoding="utf-8").startswith("BRIEFING NOTE")


def test_export_unknown_suffix_without_format_is_an_error(seed_path, tmp_path, capsys):
    """-o with an unknown suffix and no --format prints one error line and writes nothing."""
    assert main(["export", str(seed_path), "-o", str(tmp_path / "b.odt")]) == 1
    assert "Cannot tell the format from" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("output, expected", [
    ("/dev/null", "/dev/null: is a device, not a regular file; briefing writes only regular files and does not "
                  "replace or follow it. Choose another name."),
    ("{tmp}", "{tmp}: is a folder, not a regular file"),
    ("{tmp}/brief", "Cannot tell the format from '{tmp}/brief': give --format (pdf|docx|html|md|txt)"),
    ("{tmp}/missing/brief", "Cannot tell the format from"),
    ("{tmp}/missing/b.pdf", "Cannot write the PDF to {tmp}/missing/b.pdf: the folder {tmp}/missing does not exist; "
                            "create it or choose another folder."),
])
def test_export_output_errors_come_after_the_input_and_in_fixing_order(seed_path, tmp_path, capsys, output,
                                                                       expected):
    """export checks the input first (a missing article is named before any output problem), then the output:
    a device or folder (no format makes it writable) before the format, the format before its folder; each
    message says what to do, and nothing is written."""
    out = output.format(tmp=tmp_path)
    assert main(["export", str(tmp_path / "gone.txt"), "-o", out]) == 1
    assert capsys.readouterr().err.strip() == "briefing-cli: error: gone.txt: no such file."
    assert main(["export", str(seed_path), "-o", out, "--language", "xx"]) == 1
    assert "Language 'xx' is not supported" in capsys.readouterr().err
    assert main(["export", str(seed_path), "-o", out]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("briefing-cli: error: " + expected.format(tmp=tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_existing_output_asks_for_force_only_once_the_format_is_known(seed_path, tmp_path, capsys):
    """An existing file briefing did not write, named without a format suffix, gets the format error first
    (adding --force alone would not help), then with --format the --force advice."""
    out = tmp_path / "notes"
    out.write_text("my notes", encoding="utf-8")
    assert main(["export", str(seed_path), "-o", str(out)]) == 1
    assert "Cannot tell the format" in capsys.readouterr().err
    assert main(["export", str(seed_path), "-o", str(out), "--format", "txt"]) == 1
    assert capsys.readouterr().err.strip().endswith("Use --force to replace it.")
    assert out.read_text(encoding="utf-8") == "my notes"

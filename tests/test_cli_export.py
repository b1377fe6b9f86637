"""`briefing-cli export` writes the one-page PDF brief."""

import io
import subprocess
import sys

import pypdf

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
    """Without -o the PDF is the article's name with .pdf, in the current folder."""
    monkeypatch.chdir(tmp_path)
    assert main(["export", str(seed_path)]) == 0
    assert (tmp_path / (seed_path.stem + ".pdf")).read_bytes().startswith(b"%PDF")


def test_export_to_missing_folder_is_one_line_error(seed_path, tmp_path):
    """An unwritable output prints one error line on stderr and exits 1, writing nothing."""
    out = tmp_path / "nope" / "b.pdf"
    r = subprocess.run([sys.executable, "-m", "briefing.cli", "export", str(seed_path), "-o", str(out)],
                       capture_output=True, text=True)
    assert r.returncode == 1
    assert r.stderr.strip().splitlines() == [
        f"briefing-cli: error: Cannot write the PDF to {out}: the folder {out.parent} does not exist."]
    assert r.stdout == "" and not out.parent.exists()

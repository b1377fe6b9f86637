"""`briefing-cli summarize` and `export` with several files: one brief of the story from several sources."""

import json

import pypdf

from briefing.cli import main
from tests.core.multi.stories import write_stories


def test_summarize_several_files(tmp_path, capsys):
    """`summarize a b c` lists the sources A-C, points with their citations and actors with their sources."""
    paths = write_stories(tmp_path)
    assert main(["summarize", *map(str, paths), "--sentences", "5"]) == 0
    out = capsys.readouterr().out
    assert "Sources (3):" in out and "  B  " in out and "Trams return to the city" in out
    assert "[A\u00b61, C\u00b61]" in out
    assert "Sources differ:" in out and "3.1 billion euros" in out
    assert "Jane Smith (person" in out and "in A, C" in out


def test_summarize_several_as_json(tmp_path, capsys):
    """`--json` with several files gives sources, points with citations and actors."""
    paths = write_stories(tmp_path)
    assert main(["summarize", *map(str, paths), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["letter"] for s in data["sources"]] == ["A", "B", "C"]
    assert data["summary"]["sources"] == 3
    assert any(len(p["citations"]) >= 2 for p in data["summary"]["points"])


def test_export_several_files_to_one_page(tmp_path, capsys):
    """`export a b c -o brief.pdf` writes one page with every source's title and the method's source count."""
    paths = write_stories(tmp_path)
    out = tmp_path / "brief.pdf"
    assert main(["export", *map(str, paths), "-o", str(out)]) == 0
    stdout = capsys.readouterr().out
    assert "Sources: 3 (A, B, C)" in stdout
    reader = pypdf.PdfReader(str(out))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    for title in ("Council approves tram plan", "Trams return to the city", "Transport plan passes"):
        assert title in text
    assert "3 sources rated together" in text


def test_one_file_keeps_todays_output(tmp_path, capsys):
    """With one file, `summarize` prints the single-article report (no sources list)."""
    paths = write_stories(tmp_path)
    assert main(["summarize", str(paths[0])]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Title:   Council approves tram plan") and "Sources (" not in out

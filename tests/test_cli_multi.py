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


def test_copy_and_unrelated_source_are_warned_of(tmp_path, capsys):
    """`summarize a a-copy heatwave`: a warning line says B repeats A and one that C shares nothing; the sources
    list shows both notes; the PDF's sources block says "repeats A"."""
    a = write_stories(tmp_path)[0]
    copy = tmp_path / "copy.txt"
    copy.write_text(a.read_text(encoding="utf-8"), encoding="utf-8")
    heat = tmp_path / "heat.txt"
    heat.write_text("Heatwave pushes Lisbon to record temperatures\n\n"
                    "Lisbon recorded its hottest March day on record on Wednesday, with thermometers reaching "
                    "31 degrees.\n\nThe Portuguese weather service IPMA issued an orange warning for the Lisbon "
                    "area and the Alentejo.\n", encoding="utf-8")
    assert main(["summarize", str(a), str(copy), str(heat)]) == 0
    captured = capsys.readouterr()
    assert "briefing-cli: warning: source B repeats A" in captured.err
    assert "briefing-cli: warning: source C (Heatwave" in captured.err
    assert "\u2014 repeats A" in captured.out and "\u2014 shares no point or actor" in captured.out
    out = tmp_path / "brief.pdf"
    assert main(["export", str(a), str(copy), str(heat), "-o", str(out)]) == 0
    text = " ".join(pypdf.PdfReader(str(out)).pages[0].extract_text().split())
    assert "repeats A" in text and "shares no point or actor" in text

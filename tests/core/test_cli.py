"""The headless command line and the no-Qt rule for the core."""

import json
import subprocess
import sys

import pytest

from briefing.cli import main

ROOT_CMD = [sys.executable, "-m", "briefing.cli"]


def test_summarize_prints_metadata_and_summary(seed_path, capsys):
    """`summarize` prints title, date, source, URL and the chosen sentences with anchors."""
    assert main(["summarize", str(seed_path), "--algorithm", "lexrank", "--sentences", "2"]) == 0
    out = capsys.readouterr().out
    assert "Russia, Belarus Spy Agencies Join Forces Against ‘Destructive’ West" in out
    assert "2021-06-03" in out and "The Moscow Times" in out
    assert "https://www.themoscowtimes.com/2021/06/03/" in out
    assert "Summary (LexRank, 2 of 13 sentences)" in out
    assert out.count("[¶") >= 2


def test_summarize_json_has_whole_structure(seed_path, capsys):
    """`--json` prints the article and the summary as one JSON object."""
    assert main(["summarize", str(seed_path), "--percent", "30", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["article"]["title"].startswith("Russia, Belarus")
    assert len(data["article"]["paragraphs"]) == 9
    chosen = data["summary"]["sentences"]
    assert len(chosen) == 4 and all({"index", "paragraph", "text", "score"} <= set(s) for s in chosen)


def test_bad_file_one_line_no_traceback(tmp_path):
    """A bad file prints one error line on stderr and exits 1."""
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    r = subprocess.run([*ROOT_CMD, "summarize", str(f)], capture_output=True, text=True)
    assert r.returncode == 1
    assert r.stderr.strip().splitlines() == ["briefing-cli: error: empty.txt: the file is empty; save the article into it again "
                                             "(the save may have failed)."]
    assert "Traceback" not in r.stderr and r.stdout == ""


def test_page_readability_cannot_score_gives_one_line(tmp_path):
    """An HTML file holding only a comment prints one error line: readability's own logged traceback stays quiet."""
    f = tmp_path / "empty.html"
    f.write_text("<!-- nothing here -->", encoding="utf-8")
    r = subprocess.run([*ROOT_CMD, "summarize", str(f)], capture_output=True, text=True)
    assert r.returncode == 1
    assert len(r.stderr.strip().splitlines()) == 1 and r.stderr.startswith("briefing-cli: error: empty.html: ")
    assert "Traceback" not in r.stderr


def test_unknown_algorithm_is_an_error(seed_path, capsys):
    """An unknown algorithm name is reported in one line."""
    assert main(["summarize", str(seed_path), "--algorithm", "nope"]) == 1
    assert "Unknown summary algorithm 'nope'" in capsys.readouterr().err


def test_conflicting_lengths_is_usage_error(seed_path):
    """Giving two length modes is a usage error (exit 2)."""
    with pytest.raises(SystemExit) as exc:
        main(["summarize", str(seed_path), "--sentences", "2", "--words", "40"])
    assert exc.value.code == 2


def test_core_and_cli_import_no_qt_and_no_reportlab_until_an_export():
    """Importing the core, every core module and the CLI loads no PySide6 and no reportlab; an export loads reportlab."""
    code = (
        "import sys, pkgutil, importlib, briefing.core, briefing.cli\n"
        "for m in pkgutil.iter_modules(briefing.core.__path__):\n"
        "    importlib.import_module('briefing.core.' + m.name)\n"
        "from briefing.cli import main\n"
        "main(['algorithms'])\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'reportlab'))]\n"
        "assert not bad, bad\n"
        "from briefing.core.model import Briefing\n"
        "from briefing.core.export.pdf import render_pdf_bytes\n"
        "render_pdf_bytes(Briefing())\n"
        "assert 'reportlab.platypus' in sys.modules\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print('ok')\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().endswith("ok")


def test_summarize_implementation_flag(seed_path, capsys):
    """`--implementation fast|sumy` choose the code; both print the same summary; others are refused."""
    outputs = {}
    for impl in ("fast", "sumy"):
        assert main(["summarize", str(seed_path), "-a", "kl", "-n", "4", "--implementation", impl]) == 0
        outputs[impl] = capsys.readouterr().out
    assert outputs["fast"] == outputs["sumy"] and "Summary (KL-Sum, 4 of 13 sentences)" in outputs["fast"]
    with pytest.raises(SystemExit) as exit_info:
        main(["summarize", str(seed_path), "--implementation", "turbo"])
    assert exit_info.value.code == 2


def test_summarize_warns_about_removed_control_characters(tmp_path, capsys):
    """A text file with a NUL byte is summarized, and the removal is reported as a warning on stderr."""
    from tests.core.builders import ARTICLE_PARAGRAPHS

    path = tmp_path / "nul.txt"
    path.write_bytes(("Headline\n\n" + "\n\n".join(ARTICLE_PARAGRAPHS)).replace("Monday", "Mon\x00day").encode())
    assert main(["summarize", str(path)]) == 0
    err = capsys.readouterr().err
    assert "warning: nul.txt: 1 control character (such as NUL) removed from the text." in err

"""briefing-cli with standard input and output: FILE -, -o -, and the exit statuses in --help."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import build_parser

from tests.core.builders import ARTICLE_PARAGRAPHS, write_docx

CMD = [sys.executable, "-m", "briefing.cli"]
#: Run from another folder, the child imports this checkout's briefing, not an installed one.
ENV = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
TEXT = "Council approves transport plan\n\n" + "\n\n".join(ARTICLE_PARAGRAPHS) + "\n"


def test_summarize_reads_standard_input_for_dash():
    """`summarize -` reads the article from standard input and shows its path as -."""
    r = subprocess.run([*CMD, "summarize", "--json", "-"], input=TEXT.encode(), capture_output=True)
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode()
    assert '"title": "Council approves transport plan"' in out and '"path": "-"' in out


def test_standard_input_format_comes_from_its_content(tmp_path):
    """A DOCX piped to `summarize -` is read as a DOCX (no name to go by)."""
    data = write_docx(tmp_path / "a.docx").read_bytes()
    r = subprocess.run([*CMD, "summarize", "-"], input=data, capture_output=True)
    assert r.returncode == 0, r.stderr
    assert "The city council approved a new transport plan" in r.stdout.decode()


def test_dash_twice_and_empty_input_are_one_line_errors():
    """`-` given twice, or nothing on standard input, is one error line and status 1."""
    for args, data in ((["-", "-"], TEXT.encode()), (["-"], b"")):
        r = subprocess.run([*CMD, "summarize", *args], input=data, capture_output=True, text=False)
        err = r.stderr.decode()
        assert r.returncode == 1 and len(err.strip().splitlines()) == 1 and err.startswith("briefing-cli: error:")


def test_export_to_standard_output_keeps_reports_on_stderr(tmp_path):
    """`export -o -` writes the brief itself on stdout; the "Wrote ..." lines go to stderr; no file is left."""
    r = subprocess.run([*CMD, "export", "-", "-o", "-", "--format", "md"], input=TEXT.encode(), capture_output=True,
                       cwd=tmp_path, env=ENV)
    assert r.returncode == 0, r.stderr
    assert "# Council approves transport plan" in r.stdout.decode()
    assert "Wrote the brief to standard output" in r.stderr.decode()
    assert list(tmp_path.iterdir()) == []
    pdf = subprocess.run([*CMD, "export", "-", "-o", "-"], input=TEXT.encode(), capture_output=True, cwd=tmp_path, env=ENV)
    assert pdf.returncode == 0 and pdf.stdout.startswith(b"%PDF")


def test_help_documents_exit_statuses_and_dash():
    """The top-level help says what - means and what each exit status means."""
    text = " ".join(build_parser().format_help().split())
    assert "Exit status: 0 done; 1" in text and "2 a usage error" in text and "FILE - reads" in text


def test_out_of_range_numbers_are_usage_errors(capsys):
    """-n 0, -w 0, -p 0 / 150 / nan, --actors -1 and -j 0 are usage errors (status 2, the option named), as the
    help promises; --actors 0 and -p 100 are valid."""
    parser = build_parser()
    bad = (["summarize", "-n", "0", "a.txt"], ["summarize", "-w", "0", "a.txt"], ["summarize", "-p", "0", "a.txt"],
           ["summarize", "-p", "150", "a.txt"], ["summarize", "-p", "nan", "a.txt"], ["summarize", "-n", "x", "a.txt"],
           ["export", "--actors", "-1", "a.txt"], ["batch", "-j", "0", "in", "-o", "out"])
    for argv in bad:
        try:
            parser.parse_args(argv)
        except SystemExit as exc:
            assert exc.code == 2, argv
        else:
            raise AssertionError(f"accepted: {argv}")
        assert "error: argument" in capsys.readouterr().err
    assert parser.parse_args(["export", "--actors", "0", "a.txt"]).actors == 0
    assert parser.parse_args(["summarize", "-p", "100", "a.txt"]).percent == 100.0


def test_export_to_standard_output_leaves_no_entry_in_the_record(tmp_path):
    """`export -o -` writes through a temporary file that is removed: the record of written files does not keep
    its path (every such export added a stale entry, pushing real briefs out of the newest 1,000)."""
    data = tmp_path / "data"
    r = subprocess.run([*CMD, "export", "-", "-o", "-", "--format", "txt"], input=TEXT.encode(), capture_output=True,
                       cwd=tmp_path, env={**ENV, "BRIEFING_DATA_DIR": str(data)})
    assert r.returncode == 0, r.stderr
    assert "Council approves transport plan" in r.stdout.decode()
    record = data / "written-files.json"
    assert not record.exists() or '"files": {}' in record.read_text(encoding="utf-8")


#: A stock machine's login: no LANG or LC_* (the POSIX locale) and no PYTHONUNBUFFERED, so standard output is
#: buffered and bytes it could not write wait for Python's last flush at exit (status 120 then, before the fix).
STOCK_ENV = {k: v for k, v in ENV.items() if not k.startswith(("LANG", "LC_", "PYTHONUNBUFFERED"))}


@pytest.mark.parametrize("env", [ENV, STOCK_ENV], ids=["inherited", "stock"])
def test_export_to_a_full_standard_output_is_one_error_line(tmp_path, env):
    """`export -o - > /dev/full`: one 'briefing-cli: error:' line naming standard output, status 1, no traceback,
    also with standard output buffered (a stock Debian login; there Python's flush at exit failed again: 120)."""
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    with open("/dev/full", "wb") as full:
        r = subprocess.run([*CMD, "export", "-", "-o", "-", "--format", "txt"], input=TEXT.encode(), stdout=full,
                           stderr=subprocess.PIPE, cwd=tmp_path, env=env)
    err = r.stderr.decode().strip().splitlines()
    assert r.returncode == 1, err
    assert [line for line in err if line.startswith("briefing-cli: error:")] == [
        "briefing-cli: error: -o -: cannot write the brief to standard output (No space left on device)."]
    assert "Traceback" not in r.stderr.decode()


@pytest.mark.parametrize("env", [ENV, STOCK_ENV], ids=["inherited", "stock"])
@pytest.mark.parametrize("args", [["summarize", "-"], ["summarize", "--json", "-"], ["algorithms"]],
                         ids=["summarize", "summarize-json", "algorithms"])
def test_printing_to_a_full_standard_output_is_one_error_line(tmp_path, env, args):
    """`summarize X > /dev/full` (short or longer than Python's buffer) and `algorithms > /dev/full`: one error line
    and status 1, not Python's status 120 with "Exception ignored", nor a traceback from json.dump."""
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    with open("/dev/full", "wb") as full:
        r = subprocess.run([*CMD, *args], input=TEXT.encode(), stdout=full, stderr=subprocess.PIPE, cwd=tmp_path,
                           env=env, timeout=120)
    err = r.stderr.decode()
    assert r.returncode == 1, err
    assert err.splitlines() == ["briefing-cli: error: cannot write to standard output (No space left on device)."]


@pytest.mark.parametrize("env", [ENV, STOCK_ENV], ids=["inherited", "stock"])
def test_a_reader_that_stops_early_is_not_an_error(env):
    """`briefing-cli algorithms | head -0` (the reader gone before the first write): status 0 and nothing on standard
    error, not "Exception ignored ... BrokenPipeError" and status 120."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        r = subprocess.run([*CMD, "algorithms"], stdout=write_end, stderr=subprocess.PIPE, env=env, timeout=120)
    finally:
        os.close(write_end)
    assert r.returncode == 0 and r.stderr.decode() == "", r.stderr.decode()


def test_clipboard_html_piped_to_summarize_is_read_as_a_fragment():
    """Word's clipboard HTML piped to `summarize -` (xclip -o -t text/html | briefing-cli summarize -): the copied
    part is read, its first short paragraph is the title and "By ..." the author."""
    from tests.core.ingest import clipboard

    r = subprocess.run([*CMD, "summarize", "--json", "-"], input=clipboard.word_fragment().encode(),
                       capture_output=True, env=ENV)
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode()
    assert f'"title": "{clipboard.TITLE}"' in out and clipboard.AUTHOR in out and "mso" not in out

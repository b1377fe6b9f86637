"""The CLI on the Russian, Ukrainian, German, French and Spanish test articles: language, date, summary,
actors in base form with roles, a one-page PDF; `--language` and `languages`."""

import io
import json

import pypdf
import pytest

from briefing.cli import main
from briefing.core.actors.natasha_backend import available as natasha_available
from tests.conftest import ROOT

LANG = ROOT / "tests" / "data" / "lang"

# code, date, (an actor in base form, its role), a word of the method line
CASES = [
    ("ru", "2021-06-03", ("Иван Тертель", "председатель КГБ Белоруссии"), "Russian"),
    ("uk", "2021-06-03", ("Олександр Литвиненко", "голова Служби зовнішньої розвідки України"), "Ukrainian"),
    ("de", "2024-05-12", ("Nancy Faeser", "Bundesinnenministerin"), "German"),
    ("fr", "2021-06-03", ("Gérald Darmanin", "ministre de l'Intérieur"), "French"),
    ("es", "2024-01-30", ("Fernando Grande-Marlaska", "ministro del Interior de España"), "Spanish"),
]


@pytest.mark.parametrize("code, date, actor, language_name", CASES)
def test_summarize_json(code, date, actor, language_name, capsys):
    """`summarize --json` gives the detected language, the date, a 3-sentence summary and the actor with its role."""
    if code == "ru" and not natasha_available():
        pytest.skip("natasha (extra 'ru') is not installed")
    assert main(["summarize", str(LANG / f"{code}.txt"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["article"]["language"] == code and out["article"]["date"] == date
    assert len(out["summary"]["sentences"]) == 3
    roles = {a["name"]: a["role"] for a in out["actors"]}
    assert roles.get(actor[0]) == actor[1]


# the article's date as its own-language brief writes it, and that brief's key points heading
WRITTEN = {"ru": ("3 июня 2021", "КЛЮЧЕВЫЕ ТЕЗИСЫ"), "uk": ("3 червня 2021", "КЛЮЧОВІ ТЕЗИ"),
           "de": ("12. Mai 2024", "KERNPUNKTE"), "fr": ("3 juin 2021", "POINTS CLÉS"),
           "es": ("30 de enero de 2024", "PUNTOS CLAVE")}


@pytest.mark.parametrize("code, date, actor, language_name", CASES)
def test_export_one_page_pdf(code, date, actor, language_name, tmp_path, capsys):
    """`export` writes one page in the article's script and language: the actor, the date and headings in it."""
    if code == "ru" and not natasha_available():
        pytest.skip("natasha (extra 'ru') is not installed")
    out = tmp_path / f"{code}.pdf"
    assert main(["export", str(LANG / f"{code}.txt"), "-o", str(out)]) == 0
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert actor[0] in text
    written, heading = WRITTEN[code]
    assert written in text and heading in text
    assert "Key points" not in text and "KEY POINTS" not in text


@pytest.mark.parametrize("code, language_name", [("ru", "Russian"), ("de", "German")])
def test_export_brief_language_english(code, language_name, tmp_path, capsys):
    """`--brief-language en` writes the brief's own words in English; the method line names the article's language."""
    out = tmp_path / f"{code}.md"
    assert main(["export", str(LANG / f"{code}.txt"), "-o", str(out), "--brief-language", "en",
                 "--language", code]) == 0
    text = out.read_text(encoding="utf-8")
    assert "## Key points" in text and f"{language_name} text" in text
    assert WRITTEN[code][0] not in text


def test_language_option_and_line(capsys):
    """`--language` overrides detection; the plain output names the language and its actor quality."""
    assert main(["summarize", str(LANG / "de.txt"), "--language", "de"]) == 0
    out = capsys.readouterr().out
    assert "Language: German (Deutsch) [de]; actors: rules" in out and "GermEval" in out
    assert main(["summarize", str(LANG / "es.txt"), "--language", "english", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["article"]["language"] == "en"


def test_unsupported_language_is_an_error(capsys):
    """An unsupported `--language` exits with status 1 and names the supported languages."""
    assert main(["summarize", str(LANG / "de.txt"), "--language", "tr"]) == 1
    err = capsys.readouterr().err
    assert "briefing-cli: error:" in err and "de (German)" in err


def test_languages_command(capsys):
    """`languages` lists the six languages with their actor finder and quality."""
    assert main(["languages"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["en", "ru", "uk", "de", "fr", "es"]
    assert "F1" in lines[3]

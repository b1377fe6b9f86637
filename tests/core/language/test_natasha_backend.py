"""Russian entities with natasha (optional extra): base forms, offsets, the error when it is absent."""

import subprocess
import sys

import pytest

from tests.conftest import ROOT

from briefing.core.actors import natasha_backend

needs_natasha = pytest.mark.skipif(not natasha_backend.available(),
                                   reason="optional extra natasha not installed")

TEXT = ("Директор Службы внешней разведки России Сергей Нарышкин встретился в Минске "
        "с Владимиром Путиным. Доклад направлен президенту Путину.")


@needs_natasha
def test_entities_with_offsets_types_and_base_forms():
    """People, organisations and places come with exact offsets and nominative base forms."""
    entities = natasha_backend.extract_entities(TEXT)
    found = {(TEXT[e.start:e.end], e.type, e.normal_form) for e in entities}
    # natasha puts every word of an organisation in the nominative, dependent words too
    # ("Служба внешняя разведка"); the backend keeps its form only up to the head noun.
    assert ("Службы внешней разведки", "ORG", "Служба внешней разведки") in found
    assert ("России", "LOC", "Россия") in found
    assert ("Сергей Нарышкин", "PER", "Сергей Нарышкин") in found
    assert ("Минске", "LOC", "Минск") in found
    assert ("Владимиром Путиным", "PER", "Владимир Путин") in found
    assert ("Путину", "PER", "Путин") in found


@needs_natasha
def test_person_names_split_into_first_and_last():
    """A full name and a bare surname give the same surname, so they can be merged."""
    people = [e for e in natasha_backend.extract_entities(TEXT) if e.type == "PER"]
    assert {e.last for e in people} == {"Нарышкин", "Путин"}
    assert {e.first for e in people if e.normal_form == "Владимир Путин"} == {"Владимир"}


@needs_natasha
def test_test_article_actors():
    """The Russian test article's main people are found in their base forms."""
    text = (ROOT / "tests" / "data" / "lang" / "ru.txt").read_text(encoding="utf-8")
    names = {e.normal_form for e in natasha_backend.extract_entities(text) if e.type == "PER"}
    assert {"Сергей Нарышкин", "Иван Тертель", "Александр Лукашенко", "Сергей Лавров"} <= names
    assert "Путин" in {n.split()[-1] for n in names}


def test_missing_natasha_is_a_clear_error():
    """Without natasha installed, the backend says so in one sentence and available() is False."""
    code = (
        "import sys\n"
        "sys.modules['natasha'] = None\n"  # makes `import natasha` raise ImportError
        "from briefing.core.actors import natasha_backend as b\n"
        "assert b.available() is False\n"
        "try:\n"
        "    b.extract_entities('Путин')\n"
        "except b.NatashaMissingError as e:\n"
        "    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "Russian actors need the optional package natasha: pip install natasha"


def test_import_loads_no_model():
    """Importing the backend imports neither natasha nor numpy (models load on first use)."""
    code = ("import sys\nfrom briefing.core.actors import natasha_backend\n"
            "print('natasha' in sys.modules, 'slovnet' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["False", "False"]


@needs_natasha
def test_russian_article_on_the_command_line_prints_nothing_on_stderr():
    """pymorphy2's pkg_resources deprecation warning does not reach the user's terminal."""
    result = subprocess.run([sys.executable, "-m", "briefing.cli", "summarize", str(ROOT / "tests/data/lang/ru.txt")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0
    assert result.stderr == ""
    assert "Путин" in result.stdout

"""Per-language stemmers and stop words."""

import pytest

from briefing.core.errors import BriefingError
from briefing.core.language.resources import (
    LANGUAGE_NAMES, UnsupportedLanguageError, language_code, language_name, stemmer_for,
    stop_words_for, stop_words_source)


@pytest.mark.parametrize("lang, forms, stem", [
    ("ru", ["Путиным", "Путина", "Путин"], "путин"),
    ("ru", ["границы", "граница", "границу"], "границ"),
    ("uk", ["Зеленського", "Зеленському", "Зеленський"], "зеленськ"),
    ("uk", ["кордону", "кордоні", "кордон"], "кордон"),
    ("de", ["Gespräche", "Gesprächen"], "gesprach"),
    ("fr", ["frontières", "frontière"], "fronti"),
    ("es", ["fronteras", "frontera"], "fronter"),
    ("en", ["meetings", "meeting"], "meet"),
])
def test_stemmer_merges_inflected_forms(lang, forms, stem):
    """Inflected forms of one word get the same lower-case stem in each language."""
    stemmer = stemmer_for(lang)
    assert {stemmer(form) for form in forms} == {stem}


@pytest.mark.parametrize("lang, stops, content", [
    ("ru", ["и", "в", "на", "что", "который"], ["президент", "граница", "война"]),
    ("uk", ["і", "у", "в", "на", "що", "який"], ["президент", "кордон", "війна"]),
    ("de", ["und", "der", "nicht", "zu"], ["grenze", "minister"]),
    ("fr", ["et", "le", "des", "de", "un"], ["frontière", "ministre"]),
    ("es", ["y", "el", "de", "que"], ["frontera", "ministro"]),
    ("en", ["and", "the", "of"], ["border", "minister"]),
])
def test_stop_words(lang, stops, content):
    """Each language's list holds its function words and not the news words checked here."""
    words = stop_words_for(lang)
    assert set(stops) <= words
    assert not set(content) & words
    assert all(w == w.lower() for w in words)


def test_names_and_codes_are_one_entry():
    """A language given by name or code, in any case, gives the very same cached objects."""
    assert stemmer_for("russian") is stemmer_for("ru")
    assert stop_words_for("Russian") is stop_words_for("ru")
    assert language_code(" RU ") == "ru"
    assert language_name("uk") == "ukrainian"
    assert set(LANGUAGE_NAMES) == {"en", "ru", "uk", "de", "fr", "es"}


@pytest.mark.parametrize("call", [stemmer_for, stop_words_for, language_code, stop_words_source])
def test_unsupported_language_is_a_clear_error(call):
    """An unsupported language raises one error that names the language and the supported ones."""
    with pytest.raises(UnsupportedLanguageError) as info:
        call("tr")
    message = str(info.value)
    assert "'tr'" in message and "russian (ru)" in message
    assert isinstance(info.value, BriefingError) and isinstance(info.value, LookupError)


def test_stop_words_source_names_the_package():
    """The Russian list is credited to the stop-words package and its licence."""
    assert stop_words_source("ru") == "stop-words (BSD-3-Clause)"
    assert stop_words_source("de") == "sumy + stop-words (BSD-3-Clause)"
    assert stop_words_source("en") == "sumy"


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "de", "fr", "es"])
def test_same_words_and_stems_as_sumys_own_functions(lang):
    """Stop words read from sumy's data files and the Snowball stemmers taken from NLTK equal sumy's own."""
    from stop_words import get_stop_words as package_stop_words
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    from briefing.core.language.resources import _STOP_WORD_SOURCES

    name = LANGUAGE_NAMES[lang]
    words = set()
    if "sumy" in _STOP_WORD_SOURCES[lang]:
        words |= set(get_stop_words(name))
    if "stop-words" in _STOP_WORD_SOURCES[lang]:
        words |= set(package_stop_words(lang))
    assert stop_words_for(lang) == frozenset(w.strip().lower() for w in words if w.strip())
    sumy_stem, ours = Stemmer(name), stemmer_for(lang)
    sample = ["meetings", "running", "Путиным", "границы", "Зеленського", "кордону", "Gesprächen", "frontières",
              "fronteras", "ministers", "relations", "nationalisation", "A", "x-ray", "O'Neill"]
    sample += sorted(stop_words_for(lang))[:200]
    assert [ours(w) for w in sample] == [sumy_stem(w.lower()) for w in sample]


def test_stop_words_and_stemmers_do_not_import_sumy_utils():
    """The six languages' stop words and Snowball stemmers load without sumy.utils (and its requests import)."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    code = ("import sys\n"
            "from briefing.core.language.resources import stemmer_for, stop_words_for\n"
            "for lang in ('en', 'ru', 'de', 'fr', 'es', 'uk'):\n"
            "    assert stop_words_for(lang)\n"
            "for lang in ('en', 'ru', 'de', 'fr', 'es'):\n"
            "    assert stemmer_for(lang)('meetings')\n"
            "print(sorted(m for m in ('sumy.utils', 'requests', 'pycountry', 'sumy.nlp.stemmers') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"

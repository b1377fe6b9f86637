"""Supported languages, the user's choice of one, and detection when an article is built."""

import pytest

from briefing.core.errors import BriefingError
from briefing.core.language.languages import (
    AUTO, LanguageChoice, UnknownLanguageError, choose_language, language_label, parse_language,
    supported_languages,
)
from briefing.core.language.resources import stem_word, stemmer_for, stop_words, stop_words_for


def test_supported_languages_have_codes_and_names():
    """The six languages come with code, English name and own name, English first."""
    langs = supported_languages()
    assert [lang.code for lang in langs] == ["en", "ru", "uk", "de", "fr", "es"]
    assert language_label("ru") == "Russian (русский)" and language_label("en") == "English"
    assert language_label("tr") == "tr"


@pytest.mark.parametrize("value, expected", [
    (None, AUTO), ("", AUTO), ("Auto", AUTO), ("RU", "ru"), ("german", "de"), (" Spanish ", "es"),
])
def test_parse_language(value, expected):
    """A code or an English name in any case is accepted; nothing means auto."""
    assert parse_language(value) == expected


def test_unsupported_language_is_a_clear_error():
    """An unsupported language names the supported ones, and is a BriefingError for the CLI."""
    with pytest.raises(UnknownLanguageError, match="uk \\(Ukrainian\\)") as info:
        parse_language("klingon")
    assert isinstance(info.value, BriefingError)


def test_choose_language_detects_and_falls_back():
    """Auto detects a supported language; an unsupported one is processed as English with a note."""
    ru = choose_language("Директор Службы внешней разведки России провёл в Минске переговоры с коллегами.")
    assert ru == LanguageChoice("ru", "ru", ru.confidence) and ru.confidence > 0.9 and ru.note == ""
    tr = choose_language("Türkiye Cumhurbaşkanı bugün Ankara'da bir açıklama yaptı ve seçim tarihini duyurdu.")
    assert tr.code == "en" and tr.detected == "tr" and "Turkish" not in tr.note and "'tr'" in tr.note
    forced = choose_language("Директор провёл переговоры.", "de")
    assert forced.code == "de" and forced.detected is None


@pytest.mark.parametrize("code", ["ru", "uk", "de", "fr", "es"])
def test_summarizer_resources_are_the_per_language_lists(code):
    """The functions every summarizer uses return the per-language stemmer and stop words, by code or name."""
    assert stop_words(code) is stop_words_for(code)
    assert stem_word(code) is stemmer_for(code)
    assert stop_words({"ru": "russian", "uk": "ukrainian", "de": "german", "fr": "french",
                       "es": "spanish"}[code]) == stop_words_for(code)


def test_resources_of_other_languages_fall_back():
    """A language without own lists gets sumy's resources or none, never an error."""
    assert stop_words("klingon") == frozenset()
    assert stem_word("klingon")("Word") == "word"
    assert "the" in stop_words("en") and stem_word("en")("running") == "run"

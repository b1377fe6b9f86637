"""Sentence splitting per language: pysbd's rules plus Ukrainian, Cyrillic initials and Spanish titles."""

import pysbd
import pytest

from briefing.core.language.tokenizer import split_sentences
from tests.conftest import ROOT


@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "Директор СВР С. Е. Нарышкин прибыл в г. Минск. Встреча прошла в т. ч. с участием КГБ. "
           "Цена — 3,5 млн руб. в год.",
     ["Директор СВР С. Е. Нарышкин прибыл в г. Минск.", "Встреча прошла в т. ч. с участием КГБ.",
      "Цена — 3,5 млн руб. в год."]),
    ("uk", "Голова СЗР О. Литвиненко прибув до м. Львів. Зустріч відбулася за участі т. зв. експертів. "
           "Проф. Бойко сказала: «Усе добре». Див. ст. 5.",
     ["Голова СЗР О. Литвиненко прибув до м. Львів.", "Зустріч відбулася за участі т. зв. експертів.",
      "Проф. Бойко сказала: «Усе добре».", "Див. ст. 5."]),
    ("es", "El Sr. Grande-Marlaska se reunió con la Dra. Blasco el martes. ¿Qué dijo? «Todo bien».",
     ["El Sr. Grande-Marlaska se reunió con la Dra. Blasco el martes.", "¿Qué dijo?", "«Todo bien»."]),
    ("de", "Ministerin Nancy Faeser traf am 12. Mai 2024 Herrn Dr. Siemoniak. Die Gespräche dauerten lange.",
     ["Ministerin Nancy Faeser traf am 12. Mai 2024 Herrn Dr. Siemoniak.", "Die Gespräche dauerten lange."]),
    ("fr", "Le ministre M. Darmanin a rencontré Mme Delga le 3 juin. Il a dit : « C’est bien. »",
     ["Le ministre M. Darmanin a rencontré Mme Delga le 3 juin.", "Il a dit : « C’est bien. »"]),
])
def test_split_sentences(lang, text, expected):
    """Abbreviations, initials, titles and dates inside a sentence do not end it."""
    assert split_sentences(text, lang) == expected


def test_pysbd_alone_needed_the_additions():
    """pysbd by itself cuts Russian initials and has no Ukrainian (why this module exists)."""
    assert len(pysbd.Segmenter(language="ru", clean=False).segment("С. Е. Нарышкин прибыл. Всё.")) == 3
    with pytest.raises(ValueError):
        pysbd.Segmenter(language="uk")
    # pysbd's own Russian keeps its rules: the additions live under private codes.
    assert split_sentences("С. Е. Нарышкин прибыл. Всё.", "ru") == ["С. Е. Нарышкин прибыл.", "Всё."]
    assert len(pysbd.Segmenter(language="ru", clean=False).segment("С. Е. Нарышкин прибыл. Всё.")) == 3


def test_newlines_inside_a_paragraph_are_spaces():
    """A line break inside a paragraph does not end a sentence."""
    assert split_sentences("Глава СВР\nпровёл переговоры.  Они\nпрошли успешно.", "ru") == [
        "Глава СВР провёл переговоры.", "Они прошли успешно."]
    assert split_sentences("  \n ", "uk") == []


def test_unknown_language():
    """A language with no rules is an error, not a silent English split."""
    with pytest.raises(ValueError):
        split_sentences("Merhaba dünya.", "tr")


@pytest.mark.parametrize("lang, count", [("ru", 12), ("uk", 12), ("de", 12), ("fr", 12), ("es", 12)])
def test_test_articles(lang, count):
    """Each test article splits into its sentences, and no piece is a stray abbreviation."""
    text = (ROOT / "tests" / "data" / "lang" / f"{lang}.txt").read_text(encoding="utf-8")
    sentences = [s for p in text.split("\n\n")[1:] for s in split_sentences(p, lang)]
    assert len(sentences) == count
    assert all(len(s.split()) >= 4 for s in sentences)

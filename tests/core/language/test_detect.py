"""Language detection: the supported languages, the fallback to English, other languages."""

import json

import pytest

from briefing.core.language.detect import MIN_CONFIDENCE, SUPPORTED, detect_language
from tests.conftest import ROOT, SHARED_EVAL

LANG_DATA = ROOT / "tests" / "data" / "lang"


@pytest.mark.parametrize("lang", ["ru", "uk", "de", "fr", "es"])
def test_test_articles_detected(lang):
    """Each test article written for a supported language is detected as that language, confidently."""
    text = (LANG_DATA / f"{lang}.txt").read_text(encoding="utf-8")
    code, confidence = detect_language(text)
    assert code == lang
    assert confidence > 0.9


@pytest.mark.parametrize("lang, text", [
    ("en", "The minister said talks would resume on Monday."),
    ("ru", "Глава СВР встретился с коллегой в Минске"),
    ("uk", "Голова СЗР зустрівся з колегою у Мінську"),
    ("uk", "КИЇВ, 3 червня — Переговори тривають."),
    ("de", "Geheimdienstchefs treffen sich in Minsk"),
    ("fr", "Les chefs du renseignement se réunissent à Minsk"),
    ("es", "Los jefes de inteligencia se reúnen en Minsk"),
])
def test_short_headlines(lang, text):
    """One-line headlines are told apart, Russian from Ukrainian included."""
    assert detect_language(text)[0] == lang


@pytest.mark.parametrize("text", ["", "   ", "12345 67", "OK", "Путин", "NATO"])
def test_unsure_is_english(text):
    """No letters, or too few to decide, gives English with a confidence under the threshold."""
    code, confidence = detect_language(text)
    assert code == "en"
    assert confidence < MIN_CONFIDENCE


def test_unsupported_language_reported_by_code():
    """A language the app does not support is still named, so the app can say so."""
    code, confidence = detect_language(
        "Çarşamba akşamı kaldığı yerden devam edecek olan maçta tribünlerde büyük bir "
        "pankart açıldı ve oyuncular sahayı terk etti.")
    assert code == "tr"
    assert code not in SUPPORTED
    assert confidence > 0.9


def test_english_article_quoting_russian_stays_english():
    """A short Cyrillic quote inside an English article does not make it Russian.

    Limit of the script rule: at 5% Cyrillic letters or more, it would.
    """
    text = ("The Kremlin's spokesman told reporters on Thursday that the talks in Minsk had gone well "
            "and that both intelligence services would keep working together on what he called "
            "common threats from the West. The state broadcaster's headline read "
            "«Встреча прошла успешно», and the agency published a photograph of the two men "
            "shaking hands in front of the flags of both countries. Analysts in London said the "
            "meeting was mostly for show and that little would change in practice. "
            "Officials in Warsaw and Vilnius said they would watch the border closely. The foreign "
            "ministers of both countries are due to meet in Brussels next week to discuss new "
            "sanctions, and the European Commission is expected to present a package of measures "
            "aimed at officials in Minsk. A spokesman for the commission declined to comment on "
            "the timing but said that member states were in close contact with each other.")
    assert detect_language(text)[0] == "en"


def test_english_transcript_framed_in_ukrainian_is_ukrainian():
    """A page framed in Cyrillic around an English transcript is the Cyrillic language."""
    text = ("Заголовки: Текст: The frontline is the classroom. Under local government policy many "
            "schools are segregated according to religion. The students won in the end. "
            "Корисні слова і вислови: Інші навчальні матеріали на сторінці ВВС Learning English.")
    assert detect_language(text)[0] == "uk"


def test_xlsum_all_135_articles():
    """All 135 XL-Sum articles (nine languages, whole text) get their labelled language."""
    wrong = []
    for path in sorted((SHARED_EVAL / "multilingual").glob("xlsum-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            code = detect_language(item["text"])[0]
            if code != item["language"]:
                wrong.append((item["id"], code))
    assert wrong == []

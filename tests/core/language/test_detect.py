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


def test_unpacked_model_cache_gives_the_same_answers(monkeypatch, tmp_path):
    """The model unpacked into the cache folder ranks every language exactly as py3langid's own loader."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from briefing.core.language import detect

    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path))
    detect._identifier.cache_clear()
    try:
        first = detect._identifier()  # unpacked by py3langid, then written to the cache
        folders = list(tmp_path.glob("langid-model-*"))
        assert len(folders) == 1 and folders[0] == detect._model_cache_dir()
        cached = detect._load_cached_model(folders[0])
        assert cached is not None and isinstance(cached.tk_nextmove, memoryview) and detect._MAPS
        own = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        texts = [(LANG_DATA / f"{lang}.txt").read_text(encoding="utf-8") for lang in ("ru", "uk", "de", "fr", "es")]
        texts += ["The minister said talks would resume on Monday.", "Глава СВР встретился с коллегой в Минске",
                  "12345", "OK", "日本語のテキスト", "Ελληνικά κείμενα"]
        for text in texts:
            assert cached.rank(text) == own.rank(text) == first.rank(text)
        detect._identifier.cache_clear()
        assert isinstance(detect._identifier().tk_nextmove, memoryview)  # the next load maps the cached files
    finally:
        detect._identifier.cache_clear()


def test_damaged_model_cache_falls_back_to_py3langid(monkeypatch, tmp_path):
    """A truncated cached array is not used: detection still works, through py3langid's own loader."""
    from briefing.core.language import detect

    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path))
    detect._identifier.cache_clear()
    try:
        folder = detect._model_cache_dir()
        folder.mkdir()
        for name in detect._MODEL_ARRAYS:
            (folder / f"{name}.npy").write_bytes(b"\x93NUMPY damaged")
        assert detect._load_cached_model(folder) is None
        assert detect.detect_language("Les chefs du renseignement se réunissent à Minsk")[0] == "fr"
    finally:
        detect._identifier.cache_clear()


def test_truncated_cached_array_is_refused(tmp_path):
    """A .npy file shorter than its header says is not mapped (ValueError), so the loader falls back."""
    import numpy as np

    from briefing.core.language import detect

    path = tmp_path / "a.npy"
    np.save(path, np.arange(1000, dtype=np.uint32))
    assert list(detect._map_array(path)[:3]) == [0, 1, 2]
    path.write_bytes(path.read_bytes()[:-8])
    with pytest.raises(ValueError):
        detect._map_array(path)

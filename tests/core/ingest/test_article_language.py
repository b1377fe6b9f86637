"""An article is built in its language: detected (or chosen), sentences split by its rules, date from its dateline."""

import pytest

from briefing.core.ingest.load import load_article
from briefing.core.ingest.text import article_from_text, with_language
from briefing.core.language.languages import UnknownLanguageError
from briefing.core.model import Article
from tests.conftest import ROOT

LANG = ROOT / "tests" / "data" / "lang"


@pytest.mark.parametrize("code, date", [("ru", "2021-06-03"), ("uk", "2021-06-03"), ("de", "2024-05-12"),
                                        ("fr", "2021-06-03"), ("es", "2024-01-30")])
def test_test_articles_are_detected_with_date_and_sentences(code, date):
    """Each test article gets its language, the date of its dateline and its 12 sentences."""
    article = load_article(LANG / f"{code}.txt")
    assert article.language == code
    assert article.date == date
    assert article.sentence_count == 12


def test_english_stays_english(seed_article):
    """The English seed article is "en"."""
    assert seed_article.language == "en"


def test_chosen_language_wins_and_bad_one_fails_early():
    """A language given by the caller is used as it is; an unsupported one fails before reading."""
    article = load_article(LANG / "ru.txt", language="uk")
    assert article.language == "uk"
    with pytest.raises(UnknownLanguageError):
        load_article(LANG / "ru.txt", language="tlh")


def test_sentence_rules_follow_the_language():
    """Russian initials do not end a sentence in Russian, but the English rules cut them."""
    text = "Директор СВР С. Е. Нарышкин прибыл в Минск вчера вечером. Встреча прошла успешно и долго."
    assert article_from_text(text, language="ru").sentence_count == 2
    assert article_from_text(text, language="en").sentence_count > 2


def test_with_language_resplits_and_keeps_metadata():
    """Re-analysing in another language splits the body again and keeps title and date."""
    article = article_from_text("Title line\n\nДиректор СВР С. Е. Нарышкин прибыл в Минск. Встреча прошла успешно.",
                                language="en")
    article.date = "2021-06-03"
    again = with_language(article, "ru")
    assert again.language == "ru" and again.sentence_count == 2
    assert again.title == article.title and again.date == "2021-06-03"
    assert article.language == "en"  # the original is unchanged


def test_old_briefing_files_say_english():
    """An article saved with the language's name reads back as its code; a missing one is English."""
    assert Article.from_dict({"language": "english"}).language == "en"
    assert Article.from_dict({"language": "Russian"}).language == "ru"
    assert Article.from_dict({}).language == "en"
    assert Article.from_dict(Article(language="de").to_dict()).language == "de"


def test_analyse_in_language_redoes_summary_and_actors():
    """The pipeline re-analyses an article read as English in German: German actors and method language."""
    from briefing.core.brief.pipeline import analyse_in_language, make_briefing

    english = load_article(LANG / "de.txt", language="en")
    analysis = analyse_in_language(english, "de")
    assert analysis.article.language == "de" and english.language == "en"
    names = {a.name: a for a in analysis.actors}
    assert names["Nancy Faeser"].role == "Bundesinnenministerin"
    assert make_briefing(analysis.article, analysis.summary, analysis.actors).method["language"] == "de"

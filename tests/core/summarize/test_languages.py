"""Every summary algorithm runs in every language, and BriefRank's cues follow the language."""

import pytest

from briefing.core.ingest.load import load_article
from briefing.core.model import SummaryOptions
from briefing.core.summarize import briefrank
from briefing.core.summarize.algorithms import algorithm_names
from briefing.core.summarize.fast.common import _Doc
from briefing.core.summarize.rating import summarize
from briefing.core.language.resources import stop_words_for
from tests.conftest import ROOT

LANG = ROOT / "tests" / "data" / "lang"


@pytest.fixture(scope="module")
def articles():
    return {code: load_article(LANG / f"{code}.txt") for code in ("ru", "uk", "de", "fr", "es")}


@pytest.mark.parametrize("algorithm", algorithm_names())
@pytest.mark.parametrize("code", ["ru", "uk", "de", "fr", "es"])
def test_every_algorithm_in_every_language(articles, algorithm, code):
    """Each algorithm picks 3 of the 12 sentences of each test article."""
    summary = summarize(articles[code], SummaryOptions(algorithm=algorithm, sentences=3))
    assert len(summary.sentences) == 3 and len(summary.scores) == 12


@pytest.mark.parametrize("algorithm", ["lexrank", "luhn", "edmundson", "kl"])
def test_sumy_code_agrees_in_russian(articles, algorithm):
    """sumy's own code, given the Russian stemmer and stop words, chooses what the fast implementation chooses."""
    article = articles["ru"]
    fast = summarize(article, SummaryOptions(algorithm=algorithm, sentences=3), implementation="fast")
    sumy = summarize(article, SummaryOptions(algorithm=algorithm, sentences=3), implementation="sumy")
    assert [s.index for s in fast.sentences] == [s.index for s in sumy.sentences]


def test_fast_raters_read_the_language_lists(articles):
    """The fast raters stem and skip stop words with the article's language."""
    doc = _Doc(articles["ru"])
    assert doc.stops == stop_words_for("ru") and "и" in doc.stops
    assert doc.stem("Нарышкина") == doc.stem("Нарышкин")


@pytest.mark.parametrize("code, text", [
    ("ru", "Он также заявил, что встреча прошла успешно."),
    ("uk", "Він також заявив, що зустріч пройшла успішно."),
    ("de", "Dieser Schritt sei wichtig, sagte sie."),
    ("fr", "Cependant, la réunion a été reportée."),
    ("es", "Sin embargo, la reunión fue aplazada."),
])
def test_dangling_openers_per_language(code, text):
    """A sentence that points back is recognised in its language, not by the English list."""
    assert briefrank._is_dangling(text, code)
    assert not briefrank._is_dangling(text, "en")


def test_caption_debris_per_language():
    """Caption markers count as debris in their language only."""
    assert briefrank._is_debris("Принц Эндрю (слева) гуляет с другом", "ru")
    assert not briefrank._is_debris("Принц Эндрю (слева) гуляет с другом", "en")
    assert briefrank._cue_language("russian") == "ru" and briefrank._cue_language("tr") == "en"


def test_dangling_damping_changes_the_russian_pick():
    """In Russian, a sentence opening with "Он" loses the second pick it wins with a noun or in English rules."""
    from briefing.core.model import Article

    lead = "Министр обороны посетил завод в Туле и осмотрел новые образцы техники."
    other = "На предприятии работают около трёх тысяч человек, сообщили в пресс-службе."

    def second_pick(opener, language):
        third = f"{opener} заявил, что завод получит новые заказы для армии в следующем году."
        article = Article(title="Министр обороны посетил завод в Туле", paragraphs=[[lead, other, third]],
                          language=language)
        ratings = briefrank.rate(article, count=2)
        return sorted(range(3), key=lambda i: -ratings[i])[1]

    assert second_pick("Он", "ru") == 1
    assert second_pick("Глава", "ru") == 2
    assert second_pick("Он", "en") == 2

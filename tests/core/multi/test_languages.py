"""Sources in different languages: each read in its own language, and met on names, figures and dates."""

from briefing.core.model import Article
from briefing.core.multi.relations import source_overlap
from briefing.core.multi.similarity import name_skeleton, near_duplicates
from briefing.core.multi.sources import join, lettered
from briefing.core.multi.summary import summarize_sources


def article(language: str, title: str, *sentences: str) -> Article:
    """Return an article of one sentence per paragraph (no splitter: "am 3. März" stays one sentence)."""
    return Article(title=title, paragraphs=[[s] for s in sentences], language=language)


PACT_EN = article(
    "en", "Berlin and Warsaw sign border pact",
    "Chancellor Olaf Scholz and Prime Minister Donald Tusk signed a border agreement worth 14 million euros "
    "in Berlin on 3 March.",
    "The money will pay for new patrol boats and cameras along the river.",
    "Opposition politicians complained that parliament had not been consulted beforehand.")
PACT_DE = article(
    "de", "Grenzabkommen unterzeichnet",
    "Bundeskanzler Olaf Scholz und Ministerpräsident Donald Tusk unterzeichneten am 3. März in Berlin ein "
    "Grenzabkommen über 14 Millionen Euro.",
    "Die Landwirte in Brandenburg fürchten lange Wartezeiten an den Brücken.",
    "Der Vertrag soll im Sommer in Kraft treten.")
PACT_RU = article(
    "ru", "Подписано пограничное соглашение",
    "Канцлер Олаф Шольц и премьер-министр Дональд Туск подписали 3 марта в Берлине пограничное соглашение "
    "на 14 млн евро.",
    "Фермеры опасаются долгих очередей на мостах.",
    "Соглашение вступит в силу летом.")
FOOTBALL_DE = article(
    "de", "Bayern gewinnt das Spitzenspiel",
    "Der FC Bayern gewann am Samstag in München mit drei zu eins gegen Dortmund.",
    "Trainer Vincent Kompany lobte die Abwehr nach dem Spiel.",
    "Die Fans feierten bis spät in die Nacht auf dem Marienplatz.")
HARVEST_RU = article(
    "ru", "Урожай зерна",
    "Аграрии Краснодарского края собрали рекордный урожай пшеницы в этом году.",
    "Министр сельского хозяйства Оксана Лут похвалила погоду.",
    "Цены на хлеб в магазинах пока не изменились.")


def shared_letters(articles: list[Article]) -> list[set[str]]:
    """Return the source letters each point of the joint summary cites (or gives as a variant)."""
    summary = summarize_sources(lettered(articles))
    return [{c.source for c in [*p.citations, *p.variants]} for p in summary.points]


def test_names_meet_across_scripts():
    """A name written in Latin and in Cyrillic letters, or spelt the German way, has one skeleton."""
    assert name_skeleton("Scholz") == name_skeleton("Шольц")
    assert name_skeleton("Berlin") == name_skeleton("Берлине")
    assert name_skeleton("Tusk") == name_skeleton("Туск") != name_skeleton("Scholz")


def test_an_english_and_a_german_report_share_the_point_they_share():
    """The signing, told in English and in German (names, the sum and the date in common, no stem), is one
    point citing both sources; neither source is isolated."""
    assert near_duplicates(PACT_EN.paragraphs[0][0], PACT_DE.paragraphs[0][0], "en", "de")
    assert any(letters == {"A", "B"} for letters in shared_letters([PACT_EN, PACT_DE]))
    sources = lettered([PACT_EN, PACT_DE])
    assert source_overlap(sources, join(sources)).isolated == []


def test_an_english_and_a_russian_report_share_the_point_they_share():
    """The same with a Russian report: the names meet in Latin letters, "14 млн евро" is 14 million."""
    assert any(letters == {"A", "B"} for letters in shared_letters([PACT_EN, PACT_RU]))
    sources = lettered([PACT_EN, PACT_RU])
    assert source_overlap(sources, join(sources)).isolated == []


def test_only_the_shared_sentence_is_merged():
    """The sentences each report has alone (the boats; the farmers) are no shared point."""
    assert not near_duplicates(PACT_EN.paragraphs[1][0], PACT_DE.paragraphs[1][0], "en", "de")
    assert not near_duplicates(PACT_EN.paragraphs[2][0], PACT_RU.paragraphs[1][0], "en", "ru")
    assert not near_duplicates(PACT_EN.paragraphs[0][0], PACT_DE.paragraphs[2][0], "en", "de")


def test_unrelated_reports_in_two_languages_share_nothing():
    """A football report in German and a harvest report in Russian share no point with the English pact
    story: every point cites one source, and each source is isolated."""
    for other in (FOOTBALL_DE, HARVEST_RU):
        assert all(len(letters) == 1 for letters in shared_letters([PACT_EN, other]))
        sources = lettered([PACT_EN, other])
        assert source_overlap(sources, join(sources)).isolated == ["A", "B"]


def test_one_language_is_compared_as_before():
    """Sentences of one language are compared by the word cosine alone: two English sentences with the same
    names, sum and date that say different things stay apart (evidence is for pairs in two languages)."""
    from briefing.core.multi.similarity import NEAR_DUPLICATE, similarity

    a = "Olaf Scholz met Donald Tusk in Berlin on 3 March to discuss 14 million euros."
    b = "Donald Tusk later flew home from Berlin on 3 March with 14 million euros in new loans for farmers."
    words_only = similarity([a, b], "en")[0, 1]
    assert words_only < NEAR_DUPLICATE
    assert similarity([a, b], ["en", "en"])[0, 1] == words_only


def test_actors_named_in_two_scripts_are_one_actor():
    """"Olaf Scholz" in the English report and "Олаф Шольц" in the Russian one are one actor citing both."""
    from briefing.core.brief.pipeline import analyse_sources

    actors = analyse_sources(lettered([PACT_EN, PACT_RU])).actors
    scholz = [a for a in actors if "Scholz" in a.name or "Шольц" in a.name]
    assert len(scholz) == 1 and set(scholz[0].sources) == {"A", "B"}

"""Points drawn from several articles: rated together, merged, spread, disputed figures kept."""

import pytest

from briefing.core.errors import SummaryError
from briefing.core.model import Article, SummaryOptions
from briefing.core.multi.similarity import NEAR_DUPLICATE, similarity
from briefing.core.multi.sources import join, letter_for, lettered, next_letter
from briefing.core.multi.summary import summarize_sources
from briefing.core.summarize.algorithms import ALGORITHMS

from .stories import story_articles


def _summary(algorithm=None, sentences=5):
    return summarize_sources(lettered(story_articles()), SummaryOptions(algorithm=algorithm, sentences=sentences))


def test_letters_go_on_after_z():
    """Sources are lettered A…Z, then AA, AB; a removed letter's neighbours keep theirs."""
    assert [letter_for(i) for i in (0, 1, 25, 26, 27)] == ["A", "B", "Z", "AA", "AB"]
    assert next_letter(["A", "C"]) == "B"


def test_joined_body_remembers_origins():
    """Each joined sentence maps back to its source, its index and paragraph there."""
    sources = lettered(story_articles())
    joined = join(sources)
    assert joined.article.sentence_count == sum(s.article.sentence_count for s in sources)
    for i, sentence in enumerate(joined.article.sentences):
        pos, local, para = joined.origin[i]
        own = sources[pos].article.sentences[local]
        assert (own.text, own.paragraph) == (sentence.text, para)
    assert joined.position[joined.starts[1]] == 0


@pytest.mark.parametrize("algorithm", sorted(ALGORITHMS))
def test_every_algorithm_merges_and_cites_verbatim(algorithm):
    """With every algorithm, each point is a verbatim sentence of its source, cited sources state it,
    no two points are near-duplicates, and the sentence A and C share is one point citing both."""
    summary = _summary(algorithm)
    sources = {s.letter: s.article for s in lettered(story_articles())}
    texts = [p.text for p in summary.points]
    for p in summary.points:
        assert p.text == sources[p.source].sentences[p.source_index].text
        for c in p.citations:
            cited = sources[c.source].sentences[c.index]
            assert c.paragraph == cited.paragraph
            assert similarity([p.text, cited.text], "english")[0, 1] >= NEAR_DUPLICATE
    sim = similarity(texts, "english")
    assert all(sim[i, j] < NEAR_DUPLICATE for i in range(len(texts)) for j in range(i))
    shared = [p for p in summary.points if "approved" in p.text]
    assert len(shared) == 1 and {c.source for c in shared[0].citations} == {"A", "C"}


def test_disputed_cost_shows_both_figures():
    """A's 2.5 and B's 3.1 billion euros are one point with B's sentence as a variant, not two points or one."""
    summary = _summary()
    cost = [p for p in summary.points if "billion" in p.text]
    assert len(cost) == 1
    point = cost[0]
    figures = {point.source: point.text} | {v.source: v.text for v in point.variants}
    assert "2.5 billion" in figures["A"] and "3.1 billion" in figures["B"]
    assert all(c.source != "B" for c in point.citations) or point.source == "B"


def test_best_point_first_and_every_source_cited():
    """The point two sources state comes first; with 5+1 points every source is cited."""
    summary = _summary()
    assert {c.source for c in summary.points[0].citations} == {"A", "C"}
    cited = {c.source for p in summary.points for c in [*p.citations, *p.variants]}
    assert cited == {"A", "B", "C"}
    total = sum(a.sentence_count for a in story_articles())
    assert summary.method == {"algorithm": "briefrank", "chosen": 6, "total": total, "sources": 3}


def test_default_length_grows_with_sources():
    """With no length given, 3 points plus one per extra source, plus the bottom line."""
    summary = summarize_sources(lettered(story_articles()))
    assert len(summary.points) == 3 + 2 + 1


def test_word_budget_is_kept():
    """A word budget bounds the points' words (the first point always stays)."""
    summary = summarize_sources(lettered(story_articles()), SummaryOptions(words=40))
    assert sum(len(p.text.split()) for p in summary.points) <= 40


def test_sources_without_sentences_are_refused():
    """Sources with no text raise SummaryError, not an empty brief."""
    with pytest.raises(SummaryError):
        summarize_sources(lettered([Article(title="x"), Article(title="y")]))


def test_reworded_statement_with_other_figures_is_shown_as_disputed():
    """Two outlets' leads on one rescue, reworded too much to be near-duplicates (cosine between 0.45 and 0.6),
    give 2.5 and 3.1 billion euros: one point with the other as a variant, not two points that each look settled.
    A sentence with another figure of a different measure is not drawn in."""
    from tests.core.builders import make_article

    a = make_article([
        ("The German government on Wednesday approved a 2.5 billion euro rescue package for the struggling rail "
         "operator Nordbahn, Chancellor Olaf Scholz said in Berlin."),
        "Finance Minister Christian Lindner said the money would come from the existing infrastructure fund.",
        "Opposition leader Friedrich Merz called the rescue a costly sticking plaster.",
    ], "Berlin approves rail rescue")
    b = make_article([
        ("Germany's cabinet agreed on Wednesday to a 3.1 billion euro rescue package for the ailing rail operator "
         "Nordbahn, Chancellor Scholz announced in Berlin."),
        "The money is to come from the existing infrastructure fund, Finance Minister Lindner said.",
        "Nordbahn has lost money in each of the last four years, squeezed by higher energy prices.",
    ], "Government throws Nordbahn a lifeline")
    lead_a, lead_b = a.sentences[0].text, b.sentences[0].text
    assert 0.45 <= similarity([lead_a, lead_b], "english")[0, 1] < NEAR_DUPLICATE
    summary = summarize_sources(lettered([a, b]), SummaryOptions(sentences=3))
    rescue = [p for p in summary.points if "billion" in p.text or any("billion" in v.text for v in p.variants)]
    assert len(rescue) == 1
    point = rescue[0]
    assert {point.source, *(v.source for v in point.variants)} == {"A", "B"}
    assert not any(p.variants for p in summary.points if p is not point)


def test_german_sources_with_decimal_commas_dispute_a_tenfold_figure():
    """Two German sources, one giving "2,5 Milliarden Euro" and one "25 Milliarden Euro" in the same words,
    dispute the figure: B is a variant, not a confirming citation (the comma is no thousands separator);
    a third writing "2,50 Milliarden" confirms A."""
    from tests.core.builders import make_article

    lead = ("Die Bundesregierung hat am Mittwoch ein Rettungspaket über {} Milliarden Euro für den angeschlagenen "
            "Bahnbetreiber Nordbahn beschlossen, teilte Bundeskanzler Olaf Scholz in Berlin mit.")
    rest = [["Finanzminister Christian Lindner erklärte, das Geld stamme aus dem bestehenden Infrastrukturfonds.",
             "Die Gewerkschaft begrüßte die Entscheidung und forderte Garantien für die Beschäftigten."],
            ["Die Opposition kritisierte das Paket als teures Pflaster für ein marodes Unternehmen.",
             "Nordbahn schreibt seit vier Jahren Verluste, auch wegen gestiegener Energiepreise."],
            ["Die Güterstrecken zu den Ostseehäfen sollen über den Winter in Betrieb bleiben.",
             "Der Bundestag muss dem Paket noch zustimmen, eine Mehrheit gilt als sicher."]]
    articles = []
    for figure, more in zip(["2,5", "25", "2,50"], rest):
        article = make_article([lead.format(figure), *more], "Nordbahn")
        article.language = "de"
        articles.append(article)
    summary = summarize_sources(lettered(articles), SummaryOptions(sentences=4))
    rescue = [p for p in summary.points if "Milliarden" in p.text]
    assert len(rescue) == 1
    point = rescue[0]
    assert [v.source for v in point.variants] == ["B"]
    assert {c.source for c in point.citations} == {"A", "C"}


def test_spanish_sources_writing_one_sum_two_ways_agree():
    """Three Spanish sources: "2.500 millones de euros" and "2,5 mil millones de euros" are one sum (A and B cite
    the point together), "3.100 millones" is another (C is the variant)."""
    from tests.core.builders import make_article

    lead = ("El Gobierno aprobó el miércoles un plan de rescate de {} de euros para la empresa ferroviaria "
            "Nordbahn, anunció el ministro de Transportes en Madrid.")
    rest = [["Los sindicatos celebraron la decisión y pidieron garantías para la plantilla.",
             "La oposición calificó el plan de parche caro para una empresa en ruinas."],
            ["Nordbahn pierde dinero desde hace cuatro años por el precio de la energía.",
             "Las líneas de mercancías hacia los puertos seguirán abiertas durante el invierno."],
            ["El Congreso todavía debe votar el plan, aunque la mayoría parece segura.",
             "Los pasajeros del norte temen la subida de los billetes."]]
    articles = []
    for amount, more in zip(["2.500 millones", "2,5 mil millones", "3.100 millones"], rest):
        article = make_article([lead.format(amount), *more], "Nordbahn")
        article.language = "es"
        articles.append(article)
    summary = summarize_sources(lettered(articles), SummaryOptions(sentences=4))
    rescue = [p for p in summary.points if "millones" in p.text]
    assert len(rescue) == 1
    point = rescue[0]
    assert {c.source for c in point.citations} == {"A", "B"}
    assert [v.source for v in point.variants] == ["C"]


@pytest.mark.parametrize("algorithm", ["briefrank", "textrank", "reduction"])
def test_one_long_source_does_not_take_every_point(algorithm):
    """A 3,000-word feature and three 400-word reports: every report whose best sentence rates near the top is
    cited by a point (at the default length and at 5 points), the bottom line is still the best sentence overall."""
    from briefing.core.multi.summary import FAIR_SHARE, rate_joined

    from .long_story import uneven_sources

    sources = lettered(uneven_sources())
    joined = join(sources)
    scores = rate_joined(joined, sources, algorithm, 8)
    src_of = [o[0] for o in joined.origin]
    owed = {sources[k].letter for k in range(len(sources))
            if max(s for s, o in zip(scores, src_of) if o == k) >= FAIR_SHARE * scores.max()}
    assert {"B", "C", "D"} <= owed  # the made-up reports are near the top by this rating
    for sentences in (None, 5):
        summary = summarize_sources(sources, SummaryOptions(algorithm=algorithm, sentences=sentences))
        cited = {c.source for p in summary.points for c in [*p.citations, *p.variants]}
        assert cited == {"A", "B", "C", "D"}
        best = max(range(len(scores)), key=lambda i: scores[i])
        first = summary.points[0]
        assert (first.source, first.source_index) == (sources[src_of[best]].letter, joined.origin[best][1])

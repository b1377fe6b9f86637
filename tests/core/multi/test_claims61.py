"""Whose claim is it (multi61): attribution frames, corrections, reworded repeats, source order, actors' order."""

from briefing.core.actors.extract import extract_actors
from briefing.core.export.content import variants_note
from briefing.core.model import Actor, Citation, KeyPoint, SummaryOptions
from briefing.core.multi.actors import merge_across
from briefing.core.multi.figures import figure, same_measure_differs
from briefing.core.multi.similarity import NEAR_DUPLICATE, near_duplicates, similarity
from briefing.core.multi.sources import Source, lettered
from briefing.core.multi.summary import summarize_sources
from tests.core.builders import make_article

CAUSE = "Fire chief Maria Okonkwo said the cause was still under investigation."
FOUND = "Fire chief Maria Okonkwo said investigators had found that the fire began in a café kitchen behind the ticket hall."


def _fire_sources(*bodies):
    return lettered([make_article(list(paragraphs), f"Fire {k}") for k, paragraphs in enumerate(bodies)])


def _points(sources, sentences=6):
    return summarize_sources(sources, SummaryOptions(sentences=sentences)).points


def test_a_shared_speaker_does_not_make_two_claims_one():
    """Two claims told by one speaker ("Fire chief Maria Okonkwo said ...") are no near-duplicates; one claim told by
    two speakers still is."""
    assert not near_duplicates(CAUSE, FOUND)
    assert similarity([CAUSE, FOUND], "english")[0, 1] < 0.5
    assert near_duplicates("Crossings to Isla Verde are suspended until Thursday, harbour master Tomas Brandt said.",
                           "Officials said crossings to Isla Verde are suspended until Thursday.")


def test_a_denial_is_not_the_claim_it_denies():
    """"no sign that chemicals leaked" and "chemicals leaked" share every content word but are no near-duplicates."""
    sim = similarity(["Tests found that chemicals leaked into the river near the bridge.",
                      "Tests found no sign that chemicals leaked into the river near the bridge."], "english")
    assert sim[0, 1] < NEAR_DUPLICATE


def test_a_point_does_not_cite_another_claim_of_its_speaker():
    """D's kitchen finding is not cited on C's "the cause was still under investigation" (nor the other way)."""
    c = ["Residents said the alarms had failed an inspection in March.", CAUSE]
    d = ["The terminal will stay shut for a month, the port authority said.", FOUND]
    for point in _points(_fire_sources(c, d)):
        if point.text in (CAUSE, FOUND):
            assert [x.source for x in point.citations] == [point.source], point


def test_number_words_are_figures_in_six_languages():
    """"four", "vier", "quatre", "cuatro", "четыре", "чотири" are 4; "dix-sept" 17; an article ("ein") is none."""
    for word, lang in [("four", "en"), ("vier", "de"), ("quatre", "fr"), ("cuatro", "es"), ("четыре", "ru"),
                       ("чотири", "uk"), ("четырёх", "ru")]:
        assert figure(word, lang) == "4", word
    assert figure("dix-sept", "fr") == "17"
    assert figure("ein", "de") is None and figure("vier", "en") is None


def test_a_risen_death_toll_disputes_the_first_count():
    """"killing three people and injuring 14" against "the death toll has risen to four, after an injured
    passenger died": the dead differ; 13 still in hospital is no count of the dead."""
    first = "A fire swept through the terminal on Tuesday, killing three people and injuring 14, the fire service said."
    later = ("The death toll from Tuesday's fire at the terminal has risen to four, after an injured passenger "
             "died in hospital overnight.")
    assert same_measure_differs(first, later)
    assert same_measure_differs("Drei Menschen starben bei dem Brand.", later, "de", "en")
    assert not same_measure_differs("The fire killed three people, officials said.",
                                    "Doctors said 13 patients were treated for burns.")


def test_a_correction_and_a_live_blog_update_are_flagged():
    """A figure "not 8 billion as first reported" is the one the correction rejects: 6 against 8 is flagged; a
    live blog's later "1,400 jobs" is flagged against its own and the wire's "1,200 jobs"."""
    a = ["The deal covers up to 8 billion cubic metres of gas a year, the ministry said."]
    d = ["The deal covers up to 6 billion cubic metres of gas a year, not 8 billion as first reported."]
    points = _points(_fire_sources(a, d), 2)
    disputed = [p for p in points if p.variants]
    assert len(disputed) == 1 and {disputed[0].source, disputed[0].variants[0].source} == {"A", "B"}
    wire = ["Kestrel Motors will close its Halden plant by the end of 2026, cutting 1,200 jobs, the carmaker said.",
            "The union called the decision a betrayal of the workforce."]
    blog = ["11:47 Kestrel chief executive Anna Lindqvist confirms the plant will close by the end of 2026 and says "
            "1,400 jobs will go.",
            "11:30 Kestrel Motors says it will close its Halden engine plant, with the loss of 1,200 jobs."]
    points = _points(_fire_sources(wire, blog), 3)
    jobs = next(p for p in points if "1,200" in p.text)
    assert [v.text for v in jobs.variants] == [blog[0]]


def test_a_reworded_repeat_with_the_same_figures_is_cited():
    """"Three people died and 14 were hurt" repeats "killing three people and injuring 14" (the same figures, no
    other names): one point citing both; a sentence with the same words but other claims is not."""
    a = ["A fire swept through the ferry terminal in Valmora on Tuesday morning, killing three people and injuring "
         "14, the city's fire service said.", "Crossings to the islands are suspended until Thursday."]
    c = ["Three people died and 14 were hurt when fire tore through the ferry terminal on Tuesday, the fire service "
         "said.", "The kitchen where the fire began belonged to a café."]
    points = _points(_fire_sources(a, c), 3)
    lead = next(p for p in points if "14" in p.text)
    assert sorted(x.source for x in lead.citations) == ["A", "B"]
    assert sum("14" in p.text for p in points) == 1


def test_sources_differ_lists_sources_in_order_and_marks_the_quoted_one():
    """The note lists A, B, D in letter order (not the quoted B first) and marks B's as the point's wording."""
    text = "About 2,000 residents were evacuated, the council said."
    point = KeyPoint(text=text, paragraph=0, source_index=0, source="B",
                     citations=[Citation("A", 0, 0, "About 2,000 residents were evacuated on Monday."),
                                Citation("B", 0, 0, ""),
                                Citation("D", 0, 0, "Some 2,000 residents left their homes.")],
                     variants=[Citation("C", 0, 0, "About 2,500 people were evacuated.")])
    note = variants_note(point)
    assert note.startswith("Sources differ: A\u00b61, B\u00b61 (quoted), D\u00b61 give 2,000 residents; C\u00b61 ")


def test_actors_merge_the_same_whatever_the_order_of_the_sources():
    """"Arman Dzhaksybekov" (A), "Арман Джаксыбеков" (B) and "Dzhaksybekov" (C) are one actor in any order."""
    a = Actor("Arman Dzhaksybekov", "PER", mentions=1, sentences=[0], salience=2.0, paragraph=0)
    b = Actor("Арман Джаксыбеков", "PER", mentions=1, sentences=[0], salience=1.0, paragraph=0)
    c = Actor("Dzhaksybekov", "PER", aliases=["President Dzhaksybekov"], mentions=1, sentences=[0], salience=1.0,
              paragraph=0)
    art = make_article(["x"])
    given = [(Source("A", art), [a]), (Source("B", art), [b]), (Source("C", art), [c])]
    for order in (given, given[::-1], [given[2], given[0], given[1]]):
        merged = merge_across(order)
        assert len(merged) == 1 and sorted(merged[0].sources) == ["A", "B", "C"]


def test_mr_is_not_grouped_with_a_woman_of_the_same_surname():
    """Inside one article, "Mr Smith" is not Sarah Smith (a woman's first name): two actors."""
    article = make_article([
        "Mr Smith flew to Vostok promising lower bills. The deal he signed covers 8 billion cubic metres of gas.",
        "But the opposition's energy spokeswoman, Sarah Smith, said the deal tied Britain to fossil fuels until 2045.",
    ])
    people = [x for x in extract_actors(article) if x.type == "PER"]
    sarah = next(x for x in people if x.name == "Sarah Smith")
    assert "Mr Smith" not in sarah.aliases and sarah.mentions == 1

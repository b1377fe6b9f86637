"""Headings, greetings and speaker labels never become key points, whichever the algorithm (made-up texts)."""

from __future__ import annotations

import pytest

from briefing.core.model import Article, SummaryOptions
from briefing.core.multi.sources import Source
from briefing.core.multi.summary import summarize_sources
from briefing.core.summarize import ALGORITHMS, rate_sentences, summarize
from briefing.core.summarize import candidates

NEWSLETTER = Article(title="Morning Digest: Harbour strike talks resume", paragraphs=[
    ["Good morning.", "Here's what you need to know today."],
    ["HARBOUR STRIKE TALKS RESUME"],
    ["Negotiators for dockworkers and harbour operators will return to the table on Tuesday, two months after "
     "a strike shut nine harbours along the coast.",
     "The sides are still split over automated cranes, which the union wants banned."],
    ["The dockworkers' union said its members would not accept job losses to machines.",
     "The operators said they had offered guarantees that no current worker would be laid off."],
    ["Flood defences approved for river towns"],
    ["The regional council approved new flood defences for three river towns after a winter of floods.",
     "Work on the walls and pumps will start in the spring and cost about 80 million euros."],
    ["Thanks for reading.", "See you tomorrow."],
])
FURNITURE = {"Good morning.", "Here's what you need to know today.", "HARBOUR STRIKE TALKS RESUME",
             "Flood defences approved for river towns", "Thanks for reading.", "See you tomorrow."}


@pytest.mark.parametrize("algorithm", sorted(ALGORITHMS))
def test_headings_and_greetings_are_rated_last_by_every_algorithm(algorithm):
    """Every algorithm rates headings and greetings below every body sentence; no summary picks one."""
    scores = rate_sentences(NEWSLETTER, algorithm)
    texts = [s.text for s in NEWSLETTER.sentences]
    worst_body = min(r for t, r in zip(texts, scores) if t not in FURNITURE)
    assert all(r < worst_body for t, r in zip(texts, scores) if t in FURNITURE)
    for n in (1, 3, 5):
        picked = {s.text for s in summarize(NEWSLETTER, SummaryOptions(algorithm=algorithm, sentences=n)).sentences}
        assert not picked & FURNITURE


def test_a_longer_summary_than_the_candidates_keeps_its_length():
    """Asked for every sentence, the summary still has every sentence (headings come last, not never)."""
    n = NEWSLETTER.sentence_count
    assert len(summarize(NEWSLETTER, SummaryOptions(algorithm="briefrank", sentences=n)).sentences) == n


def test_a_sentence_case_subheading_before_the_lead_is_a_heading():
    """A standfirst without a full stop ("Facility will store …") is a heading; the lead leads the brief."""
    article = Article(title="Cooperative breaks ground on battery storage project", paragraphs=[
        ["Facility will store enough power for 150,000 homes during evening peaks"],
        ["The Northfield cooperative today broke ground on a 200-megawatt battery storage facility, the largest "
         "in the region.", "The project is expected to begin operating in the summer of 2026."],
        ["The facility will charge from wind farms during the day and release power during evening peaks."],
    ])
    summary = summarize(article, SummaryOptions(algorithm="briefrank", sentences=2))
    assert 0 not in [s.index for s in summary.sentences]
    assert summary.best().index == 1


def test_german_sentences_with_capitalised_nouns_stay_candidates():
    """German body sentences (every noun capitalised, short ones too) stay; a German heading goes."""
    article = Article(title="Streik im Hafen", language="de", paragraphs=[
        ["Streik Im Hamburger Hafen Geht Weiter"],
        ["Die Gewerkschaft Verdi hat die Hafenarbeiter in Hamburg am Montag erneut zum Streik aufgerufen.",
         "Die Arbeitgeber Sprechen Von Einem Schweren Schaden Für Den Standort."],
        ["Der Senat Schweigt."],
        ["Guten Morgen, liebe Leserinnen und Leser."],
        ["Die Gespräche über einen neuen Tarifvertrag sollen am Donnerstag in Bremen fortgesetzt werden."],
    ])
    assert candidates.candidate_mask(article) == [False, True, True, True, False, True]


def test_only_final_punctuation_and_length_make_a_heading():
    """A long unpunctuated paragraph, a last paragraph ending in a quote, and lists of bare lines stay."""
    long_line = " ".join(["word"] * (candidates.HEADING_WORDS + 1))
    article = Article(title="t", paragraphs=[[long_line], [long_line + " and more words here"],
                                             ["He said: “We will not give up.”"]])
    assert candidates.candidate_mask(article) == [True, True, True]
    bare = Article(title="t", paragraphs=[["Apples"], ["Pears and plums"]])
    assert candidates.candidate_mask(bare) == [True, True]  # nothing else to choose: all stay


def test_speaker_labels_are_not_read():
    """A transcript's sentence is rated as if it had no speaker label ("SENATOR LIN: ...")."""
    body = [["The committee heard from the grid operator about the storm that left a million people without power."],
            ["Pipelines froze across the state last winter and the gas supply failed before the power plants did."],
            ["The state commission will vote on winter standards for gas wells and compressor stations in February."]]
    labelled = Article(title="Hearing on grid reliability", paragraphs=[
        body[0], ["SENATOR LIN: " + body[1][0]], ["MS. OKAFOR: " + body[2][0]]])
    plain = Article(title="Hearing on grid reliability", paragraphs=body)
    for algorithm in ALGORITHMS:
        assert rate_sentences(labelled, algorithm) == pytest.approx(rate_sentences(plain, algorithm)), algorithm
    summary = summarize(labelled, SummaryOptions(algorithm="briefrank", sentences=3))
    assert summary.sentences[1].text.startswith("SENATOR LIN: ")  # the point itself stays verbatim


def test_speaker_label_needs_capitals_and_a_colon_at_the_start():
    """Only a short all-capitals label with a colon counts; a sentence with a colon inside stays whole."""
    assert candidates.without_speaker_label("CHAIRMAN ROBERTS: Has every plant met that deadline?") == \
        "Has every plant met that deadline?"
    assert candidates.without_speaker_label("ПРЕДСЕДАТЕЛЬ: Заседание открыто.") == "Заседание открыто."
    for text in ("The sides are split over automation: the union wants a ban.", "NOTE:no space", "US: ",
                 "Ratio 3:2 was kept.", "THE VERY LONG LABEL OF MANY WORDS: text"):
        assert candidates.without_speaker_label(text) == text


def test_a_greeting_needs_its_opening_words_whole():
    """"Hello" opens a greeting; "Hellobank" or a long sentence opening with "Welcome to" does not."""
    assert candidates.is_furniture("Bonjour à tous et bienvenue dans notre direct.")
    assert candidates.is_furniture("Доброе утро!")
    assert not candidates.is_furniture("Hellobank raised its rates on Monday.")
    assert not candidates.is_furniture("Welcome to the new normal, the minister told parliament on Monday after the "
                                       "vote, which passed by a wide margin despite protests outside.")


def test_several_sources_leave_out_headings_too():
    """A brief of two articles takes no heading, and each article's lead keeps the position prior."""
    a = Article(title="Harbour strike talks resume", paragraphs=NEWSLETTER.paragraphs[1:4])
    b = Article(title="Harbour strike talks resume", paragraphs=[
        ["Talks to resume"],
        ["Dockworkers and harbour operators will resume talks on Tuesday after a strike shut nine harbours."],
        ["The union wants automated cranes banned, a demand the operators reject."],
    ])
    for algorithm in ("briefrank", "lexrank", "edmundson"):
        result = summarize_sources([Source("A", a), Source("B", b)], SummaryOptions(algorithm=algorithm))
        texts = {p.text for p in result.points}
        assert not texts & {"HARBOUR STRIKE TALKS RESUME", "Talks to resume"}, algorithm

"""BriefRank, the project's own summarizer (briefing.core.summarize.briefrank), on small texts written for the test."""

from __future__ import annotations

import json
import math

import pytest

from briefing.core.summarize import briefrank
from briefing.core.errors import SummaryError
from briefing.core.model import Article, SummaryOptions
from briefing.core.summarize import (ALGORITHMS, DEFAULT_ALGORITHM, OWN_RATERS, algorithm_names, rate_sentences,
                                     resolve_algorithm, summarize)
from briefing.core.language.tokenizer import get_tokenizer
from tests.conftest import SHARED_EVAL


def make_article(*paragraphs: str, title: str = "", language: str = "english") -> Article:
    """Build an article from paragraph strings, split into sentences by the project's tokenizer."""
    tok = get_tokenizer()
    return Article(title=title, paragraphs=[list(tok.to_sentences(p)) for p in paragraphs], language=language)


def picked(article: Article, n: int) -> list[str]:
    """Return the texts BriefRank picks for an n-sentence summary."""
    summary = summarize(article, SummaryOptions(algorithm="briefrank", sentences=n))
    return [s.text for s in summary.sentences]


# A small news story: the lead states the point, the body adds detail.
FLOOD = (
    "Heavy rain flooded the river town of Millbrook on Tuesday, forcing hundreds of residents to leave their homes.",
    "The river rose two metres overnight and water reached the town hall by morning.",
    "Emergency crews used boats to rescue residents from flooded streets near the river.",
    "The mayor opened the school gym as a shelter for families who had to leave their homes.",
    "Forecasters expect more rain in the river valley on Thursday.",
    "Shops in the old market stayed closed and the bridge to the highway was shut.",
)


def test_registered_and_selectable_by_name():
    """BriefRank is listed, has an own rater, resolves case-insensitively and by alias, and is the default."""
    assert "briefrank" in ALGORITHMS and "briefrank" in OWN_RATERS
    assert resolve_algorithm("BriefRank") == "briefrank"
    assert resolve_algorithm("brief-rank") == "briefrank"
    assert DEFAULT_ALGORITHM == "briefrank" and algorithm_names()[0] == "briefrank"
    summary = summarize(make_article(" ".join(FLOOD)), SummaryOptions(algorithm="BRIEFRANK", sentences=2))
    assert summary.algorithm == "briefrank" and len(summary.sentences) == 2


def test_default_summary_uses_briefrank():
    """With no algorithm named, summarize() uses BriefRank."""
    assert summarize(make_article(" ".join(FLOOD))).algorithm == "briefrank"


def test_sentences_are_verbatim_and_in_article_order(seed_article):
    """Every chosen sentence of the seed is verbatim article text, in article order, with its paragraph."""
    summary = summarize(seed_article, SummaryOptions(algorithm="briefrank", sentences=5))
    by_index = {s.index: s for s in seed_article.sentences}
    indices = [s.index for s in summary.sentences]
    assert indices == sorted(indices) and len(indices) == 5
    for s in summary.sentences:
        assert s.text == by_index[s.index].text and s.paragraph == by_index[s.index].paragraph
    assert len(summary.scores) == seed_article.sentence_count


@pytest.mark.parametrize("options, check", [
    (SummaryOptions(sentences=2), lambda s, a: len(s.sentences) == 2),
    (SummaryOptions(sentences=100), lambda s, a: len(s.sentences) == a.sentence_count),
    (SummaryOptions(percent=50), lambda s, a: len(s.sentences) == 3),
    (SummaryOptions(words=40), lambda s, a: 1 <= len(s.sentences) and sum(len(x.text.split()) for x in s.sentences) <= 40),
    (SummaryOptions(words=1), lambda s, a: len(s.sentences) == 1),
])
def test_length_modes(options, check):
    """Sentence counts, percentages and word budgets all give the asked length."""
    article = make_article(" ".join(FLOOD))
    options.algorithm = "briefrank"
    assert check(summarize(article, options), article)


def test_choices_are_nested_and_ratings_follow_pick_order():
    """Briefs (1-3 sentences) nest, digests (4 and more) nest, the first pick is in all; ratings are distinct."""
    article = make_article(" ".join(FLOOD[:3]), " ".join(FLOOD[3:]))
    ratings = briefrank.rate(article)
    assert len(set(ratings)) == len(ratings) and min(ratings) > 0
    chosen = {n: set(picked(article, n)) for n in range(1, article.sentence_count + 1)}
    for n in range(2, article.sentence_count + 1):
        if n != briefrank.LEAD_PICKS + 1:
            assert chosen[n - 1] <= chosen[n]
        assert chosen[1] <= chosen[n]


# A lead of three sentences, then a body whose sentences share the story's vocabulary.
HARBOUR = (
    "Dock workers at the port of Kelby began a strike over pay on Monday.",
    "Kelby is a fishing town of twelve thousand people.",
    "The weather on the coast was mild.",
    "The strike of dock workers halted cargo ships, and the port of Kelby stood still on Monday.",
    "Dock workers said pay at the port had not risen in years, and the strike would go on.",
    "The port of Kelby said the strike of dock workers over pay cost it millions.",
    "Union leaders said dock workers at the port of Kelby would strike until pay rose.",
)


def test_a_brief_keeps_the_lead_and_a_digest_covers_the_body():
    """Three sentences are the lead; a longer summary keeps the first and takes the central body sentences."""
    article = make_article(" ".join(HARBOUR))
    assert briefrank.lead_picks(3) == 3 and briefrank.lead_picks(None) == 3 and briefrank.lead_picks(4) == 1
    assert picked(article, 3) == list(HARBOUR[:3])
    digest = picked(article, 4)
    assert digest[0] == HARBOUR[0]
    assert not {HARBOUR[1], HARBOUR[2]} & set(digest)
    # A percentage or a word budget that asks for more than three sentences is a digest too.
    assert [s.text for s in summarize(article, SummaryOptions(algorithm="briefrank", percent=55)).sentences] == digest


def test_position_prior_prefers_the_lead():
    """The lead sentence is the one-sentence summary even when a later sentence is more central."""
    text = (
        "The city council approved a new budget for parks on Monday.",
        "Libraries will get longer opening hours under the budget.",
        "Swimming pools will also open longer under the budget.",
        "Council members said the new budget for parks, libraries and swimming pools was fair.",
        "Some residents said the budget did too little for parks.",
    )
    article = make_article(" ".join(text))
    assert picked(article, 1) == [text[0]]
    # Without the prior, centrality alone would choose the summing-up sentence.
    assert max(range(len(text)), key=lambda i: rate_sentences(article, "lexrank")[i]) != 0


def test_later_picks_are_not_bound_to_the_lead():
    """After the lead phase, a central sentence far down the text beats unrelated early ones."""
    filler = [
        "A local bakery has started selling rye bread with caraway seeds.",
        "The chess club meets every second Wednesday in the library basement.",
        "Tickets for the autumn concert series go on sale next month.",
        "A stray cat was adopted by the owner of the hardware shop.",
        "The football team lost its away game against a rival from the coast.",
        "Volunteers painted the fence around the cemetery last weekend.",
        "A new dentist opened a practice opposite the post office.",
        "The annual pumpkin contest was won by a retired teacher.",
    ]
    central = "Heavy rain flooded Millbrook and the river forced residents from their homes near the town hall."
    article = make_article(" ".join(FLOOD[:3]), " ".join(filler), central)
    assert central in picked(article, 4)


def test_redundant_caption_is_not_picked_beside_the_lead():
    """A photo caption repeating the first sentence is skipped in favour of new information."""
    lead = "A fire destroyed the historic mill in Ashford on Sunday night, the fire service said."
    echo = "A fire destroyed the historic mill in Ashford on Sunday night, fire crews said."
    article = make_article(
        lead + " " + echo,
        "Nobody was hurt because the building had been empty for two years.",
        "Investigators have not yet found the cause of the blaze at the mill.",
    )
    assert picked(article, 2) == [lead, "Nobody was hurt because the building had been empty for two years."]


def test_caption_debris_is_avoided():
    """'Scroll down for video' and '(pictured)' caption debris is not picked even when early."""
    article = make_article(
        "A rare white deer was spotted in the forest park near Redwood on Saturday by a ranger.",
        "Scroll down for video The white deer (pictured) grazes in the forest park near Redwood on Saturday.",
        "Rangers say white deer of this kind are seen in the forest park about once in ten years.",
        "The park asks visitors to keep their distance from the deer and to report sightings to rangers.",
    )
    chosen = picked(article, 2)
    assert not any("Scroll down" in s for s in chosen)


def test_dangling_opener_needs_its_antecedent():
    """'But he said ...' is skipped when its predecessor is not chosen, and taken when it is."""
    body = [
        "The mining company announced it will close the copper mine at Karst Ridge next spring.",
        "Scroll down for video Miners (pictured) leave the copper mine at Karst Ridge after a shift.",
        "But he said the copper mine at Karst Ridge could reopen if copper prices recover.",
        "About four hundred workers at the copper mine will lose their jobs when it closes.",
    ]
    dangling = make_article(" ".join(body))
    assert body[2] not in picked(dangling, 2)
    plain = body[:2] + ["The chief executive said the copper mine at Karst Ridge could reopen if copper prices recover."]
    plain.append(body[3])
    assert plain[2] in picked(make_article(" ".join(plain)), 2)
    # With its predecessor chosen, a dangling sentence may follow it.
    follow = "It also cut power to the river town of Millbrook and closed the school."
    chained = make_article(" ".join((FLOOD[0], follow) + FLOOD[2:]))
    assert picked(chained, 2) == [FLOOD[0], follow]


def test_title_similarity_breaks_ties():
    """Of two equally placed candidates, the one matching the title is preferred."""
    text = (
        "The regional election was held on Sunday across the northern provinces.",
        "Turnout rose sharply in the northern provinces compared with the last vote.",
        "Observers praised the calm counting of ballots in the northern provinces.",
    )
    a = make_article(" ".join(text), title="Turnout rises sharply in northern provinces")
    b = make_article(" ".join(text), title="Observers praise calm counting of ballots")
    assert text[1] in picked(a, 2) and text[2] in picked(b, 2)


def test_empty_and_unknown_language():
    """No sentences gives no ratings (and summarize raises); an unknown language still works."""
    assert briefrank.rate(Article()) == []
    with pytest.raises(SummaryError):
        summarize(Article(), SummaryOptions(algorithm="briefrank"))
    article = make_article(" ".join(FLOOD), language="klingon")
    assert len(briefrank.rate(article)) == len(FLOOD)


def test_long_document_rates_every_sentence():
    """A 100k-word document gets a finite rating for every sentence (speed is in benchmarks/)."""
    words = "river town flood rain school mayor bridge market shelter boat forecast valley".split()
    sentences = [" ".join(words[(i + j) % len(words)] for j in range(20)).capitalize() + "." for i in range(5000)]
    article = Article(paragraphs=[sentences[i:i + 10] for i in range(0, len(sentences), 10)])
    assert article.word_count == 100_000
    ratings = rate_sentences(article, "briefrank")
    assert len(ratings) == 5000
    assert all(math.isfinite(r) for r in ratings)


@pytest.mark.skipif(not (SHARED_EVAL / "cnndm-dev.jsonl").exists(), reason="../shared/eval is absent")
def test_beats_lead3_on_cnndm_dev():
    """On the 100 CNN/DailyMail dev stories at 3 sentences, BriefRank beats Lead-3 on ROUGE-1, -2 and -Lsum."""
    from rouge_score import rouge_scorer

    from briefing.core.ingest.cleaning import clean_text

    tok = get_tokenizer()
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    totals = {"lead3": [0.0, 0.0, 0.0], "briefrank": [0.0, 0.0, 0.0]}
    with (SHARED_EVAL / "cnndm-dev.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            paragraphs = [list(tok.to_sentences(p)) for p in clean_text(row["text"], title_from_first_line=False).paragraphs]
            article = Article(title=row["title"], paragraphs=[p for p in paragraphs if p])
            reference = "\n".join(tok.to_sentences(row["reference"]))
            for name, chosen in (("lead3", [s.text for s in article.sentences[:3]]), ("briefrank", picked(article, 3))):
                scores = scorer.score(reference, "\n".join(chosen))
                for i, metric in enumerate(("rouge1", "rouge2", "rougeLsum")):
                    totals[name][i] += scores[metric].fmeasure
    assert all(b > l for b, l in zip(totals["briefrank"], totals["lead3"])), totals

"""The speed paths of summarizing: words reused across algorithms, KL-Sum's early stop."""

import random

from briefing.core.model import Article, SummaryOptions
from briefing.core.summarize.fast import common, rate_kl
from briefing.core.summarize.rating import rank_order, rate_sentences, summarize
from tests.core.builders import ARTICLE_PARAGRAPHS, make_article


def test_words_are_reused_for_another_algorithm_and_redone_for_another_text():
    """Re-rating the same article reuses its words and stems; an edited article gets its own."""
    article = make_article(ARTICLE_PARAGRAPHS, title="Council approves transport plan")
    first = common._doc_for(article)
    summarize(article, SummaryOptions(algorithm="lexrank"))
    assert common._doc_for(article) is first
    assert first.content_stems() is first.content_stems()
    edited = make_article(ARTICLE_PARAGRAPHS[:2], title="Council approves transport plan")
    assert common._doc_for(edited) is not first
    copy = Article.from_dict(article.to_dict())
    assert common._doc_for(copy).texts == first.texts


def _random_article(rnd: random.Random) -> Article:
    words = ["council", "tram", "plan", "budget", "mayor", "bus", "line", "city", "vote", "cost", "year", "route"]
    sentences = [" ".join(rnd.choice(words) for _ in range(rnd.randint(3, 9))).capitalize() + "."
                 for _ in range(rnd.randint(8, 30))]
    for _ in range(rnd.randint(0, 4)):  # repeated sentences share one rating in sumy: the hard case
        sentences.insert(rnd.randrange(len(sentences)), rnd.choice(sentences))
    paragraphs = [sentences[i:i + 3] for i in range(0, len(sentences), 3)]
    return Article(title="City plan", paragraphs=paragraphs)


def test_kl_stopped_early_chooses_what_the_full_pass_chooses():
    """KL-Sum told the length picks the same top sentences as its full greedy pass, repeated sentences included."""
    rnd = random.Random(7)
    for _ in range(60):
        article = _random_article(rnd)
        full = rate_kl(article)
        for k in (1, 2, 3, 5):
            k = min(k, article.sentence_count)
            settled = rate_sentences(article, "kl", implementation="fast", count=k, settle=k)
            assert sorted(rank_order(settled)[:k]) == sorted(rank_order(full)[:k])


def test_kl_summary_by_word_budget_uses_exact_ratings():
    """A word budget may reach past any count, so KL-Sum then rates every sentence exactly."""
    article = _random_article(random.Random(3))
    summary = summarize(article, SummaryOptions(algorithm="kl", words=40))
    assert summary.scores == rate_kl(article)

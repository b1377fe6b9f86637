"""The same file gives the same summary in every process, whatever Python's string hashing (PYTHONHASHSEED)."""

import json
import os
import subprocess
import sys

import pytest

from briefing.core.model import Article
from briefing.core.summarize import rank_order, rate_sentences
from briefing.core.summarize.algorithms import ALGORITHMS, SUMY_ALGORITHMS
from briefing.core.summarize.fast.graph import lsa_tie_key

from tests.conftest import ROOT

# Short sentences of distinct words, each once: many sentences tie exactly in LSA (its rating depends only on
# how many distinct words a sentence has), and the repeated words tie in the frequency algorithms.
TIES = """Harbour council votes on ferry plan

The council met today. The ferry plan passed. Workers cheered loudly. Boats left early. The mayor smiled. \
Fares will rise. Trains run late. The port stays open.

Ships dock here daily. Crews rest nightly. Cargo moves slowly. Prices climb steadily. Storms close roads. \
Bridges need repair.

The ferry plan costs money. The council plan costs time. Voters want answers. Critics want delays.
"""

REPEATS = """Red blue green

Red blue green. Blue green red. Green red blue. Red red blue. Blue blue green. Green green red.

Red blue. Blue green. Green red. Red green. Blue red. Green blue.
"""

# Runs the CLI's own entry point once per algorithm, implementation and length in one process, printing the
# chosen sentence indices as JSON.
_RUN = """
import contextlib, io, json, sys
from briefing.cli import main
out = {}
for path in sys.argv[1:]:
    for name, impl in %r:
        for n in (1, 3, 5):
            buffer = io.StringIO()
            with contextlib.redirect_stdout(buffer):
                assert main(["summarize", path, "-a", name, "-n", str(n), "--implementation", impl, "--json"]) == 0
            out[f"{path} {name} {impl} {n}"] = [s["index"] for s in json.loads(buffer.getvalue())["summary"]["sentences"]]
print(json.dumps(out))
"""


def _choices(seed: str, paths: list[str]) -> dict:
    runs = [(name, "auto") for name in ALGORITHMS] + [(name, "sumy") for name in SUMY_ALGORITHMS]
    env = dict(os.environ, PYTHONHASHSEED=seed)
    r = subprocess.run([sys.executable, "-c", _RUN % (runs,), *paths], cwd=ROOT, env=env, capture_output=True,
                       text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_every_algorithm_chooses_the_same_under_two_hash_seeds(tmp_path):
    """Every algorithm, fast and sumy's code, chooses the same sentences with PYTHONHASHSEED 1 and 2.

    (Before, LSA's dictionary order followed the string hashing: the top sentence of TIES changed.)
    """
    paths = []
    for name, text in (("ties.txt", TIES), ("repeats.txt", REPEATS)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    first, second = _choices("1", paths), _choices("2", paths)
    assert len(first) == 2 * 3 * (len(ALGORITHMS) + len(SUMY_ALGORITHMS))
    assert {k: v for k, v in first.items() if second[k] != v} == {}


def _article(text: str) -> Article:
    title, *blocks = text.split("\n\n")
    from briefing.core.language.tokenizer import get_tokenizer

    tokenizer = get_tokenizer("english")
    return Article(title=title, paragraphs=[list(tokenizer.to_sentences(b)) for b in blocks if b.strip()])


@pytest.mark.parametrize("implementation", ["fast", "sumy"])
def test_lsa_exact_ties_go_to_the_earlier_sentence(implementation):
    """Sentences with the same number of distinct words (each once) tie exactly in LSA: the earlier one wins."""
    article = _article(TIES)
    ratings = rate_sentences(article, "lsa", implementation=implementation)
    texts = [s.text for s in article.sentences]
    # "The council met today." .. "Storms close roads." have three content words each, one each: one value.
    three = [i for i, t in enumerate(texts) if t in ("The council met today.", "Boats left early.",
                                                      "Storms close roads.", "Cargo moves slowly.")]
    assert len({ratings[i] for i in three}) == 1
    order = rank_order(ratings)
    assert order[:2] == [texts.index("The ferry plan costs money."), texts.index("The council plan costs time.")]
    tied = [i for i in order if ratings[i] == ratings[three[0]]]
    assert tied == sorted(tied)


def test_lsa_ratings_are_sumys_up_to_round_off():
    """sumy's LSA as shipped (hash-ordered dictionary, no tie sharing) rates as ours, up to round-off."""
    from sumy.summarizers.lsa import LsaSummarizer

    from briefing.core.language.resources import stemmer, stop_words
    from briefing.core.summarize.sumy_backend import build_document

    article = _article(TIES)
    summarizer = LsaSummarizer(stemmer("english"))
    summarizer.stop_words = stop_words("english")
    captured = []
    summarizer._get_best_sentences = lambda sentences, count, rating: captured.extend(rating(s) for s in sentences)
    summarizer(build_document(article), article.sentence_count)
    assert rate_sentences(article, "lsa", implementation="fast") == pytest.approx(captured, rel=1e-12)


def test_lsa_tie_key_is_the_exact_square_rating():
    """The key is the exact square of the column norm: 0.4 smoothing, counts over the sentence's largest."""
    from fractions import Fraction

    assert lsa_tie_key([1, 1, 1], 10) == lsa_tie_key([2, 2, 2], 10) == 3 + 7 * Fraction(4, 25)
    assert lsa_tie_key([2, 1], 5) == 1 + Fraction(7, 10) ** 2 + 3 * Fraction(4, 25)
    assert lsa_tie_key([], 5) == 0

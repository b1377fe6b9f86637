"""The offline tokenizer: good sentence splits with no NLTK data."""

import pytest

from briefing.core.language.tokenizer import OfflineTokenizer


@pytest.mark.parametrize("text,expected", [
    ("Mr. Smith went to Washington. He arrived on Jan. 5.", ["Mr. Smith went to Washington.", "He arrived on Jan. 5."]),
    ("The U.S. economy grew. Gen. Jones agreed.", ["The U.S. economy grew.", "Gen. Jones agreed."]),
    ("John F. Kennedy was president. He died in 1963.", ["John F. Kennedy was president.", "He died in 1963."]),
    ("Profits rose 3.5 per cent to $1.2bn. Shares fell.", ["Profits rose 3.5 per cent to $1.2bn.", "Shares fell."]),
    ("Use fruit, e.g. apples, daily. It helps.", ["Use fruit, e.g. apples, daily.", "It helps."]),
    ("“We will win,” he said. “Really?” she asked.", ["“We will win,” he said.", "“Really?” she asked."]),
    ("A line\nbroken inside. Next one.", ["A line broken inside.", "Next one."]),
])
def test_sentence_splits(text, expected):
    """Abbreviations, initials, decimals, quotes and stray newlines split correctly."""
    assert list(OfflineTokenizer().to_sentences(text)) == expected


def test_words_drop_punctuation_and_numbers():
    """to_words keeps words (letters, apostrophes, hyphens) as sumy's tokenizer does."""
    words = OfflineTokenizer().to_words("The state-run firm's 26 planes, he said, were sold.")
    assert words == ("The", "state-run", "firm", "planes", "he", "said", "were", "sold")


def test_no_nltk_data_needed(tmp_path, monkeypatch):
    """Tokenizing works with NLTK pointed at an empty data folder."""
    import subprocess
    import sys

    code = ("import nltk; nltk.data.path[:] = [%r]\n"
            "from briefing.core.language.tokenizer import OfflineTokenizer\n"
            "t = OfflineTokenizer(); print(len(t.to_sentences('One. Two.')), len(t.to_words('a b c')))") % str(tmp_path)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={"NLTK_DATA": str(tmp_path), "PATH": ""})
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["2", "3"]


TRICKY = [
    "Gen. Smith met Mr. Jones at 5 p.m. in Washington, D.C. on Jan. 5. They talked. "
    "The U.S. economy grew 2.5 per cent, e.g. in the St. Louis area. Prof. Lee (Ph.D.) said no.",
    "He said: \u201cWe will win.\u201d Then he left. Was it true? Nobody knew! The approx. cost was $1.2bn.",
    "Items: 1. bread 2. milk. Dr. Who? No. 5 was next. She sang at No. 10 Downing St. before noon.",
]


def test_faster_pysbd_splits_exactly_as_pysbd():
    """The speed-ups of pysbd (abbreviation pre-check, span search) give pysbd's own sentences."""
    from briefing.core.language import tokenizer as tk

    tok = tk.OfflineTokenizer()
    fast = [tok.to_sentences(t) for t in TRICKY]
    assert tk.PYSBD_ORIGINALS, "pysbd was not sped up"
    saved = {key: getattr(*key) for key in tk.PYSBD_ORIGINALS}
    try:
        for (cls, name), original in tk.PYSBD_ORIGINALS.items():
            setattr(cls, name, original)
        import pysbd

        segmenter = pysbd.Segmenter(language="en", clean=False)
        slow = [tuple(p.strip() for p in segmenter.segment(t) if p.strip()) for t in TRICKY]
        assert all(getattr(cls, name) is original for (cls, name), original in tk.PYSBD_ORIGINALS.items())
    finally:
        for (cls, name), current in saved.items():
            setattr(cls, name, current)
    assert fast == slow
    assert len(fast[0]) >= 4


def test_word_tokenizer_on_stdlib_re_gives_nltks_tokens():
    """NLTK's word patterns compiled with the stdlib re give the tokens NLTK's own tokenizer gives."""
    from nltk.tokenize import NLTKWordTokenizer

    from briefing.core.language.tokenizer import _plain_re_word_tokenizer

    ours, theirs = _plain_re_word_tokenizer(), NLTKWordTokenizer()
    for text in [*TRICKY, "I can't won't y'all 'quoted' -- dash... \"double\" [x] {y} <z> it's 5:30, ok?",
                 "GIMME that, we're gonna win; CANNOT stop 'tis d'ye more'n wanna go \u2014 a*b 5% #1 @me & co.",
                 "\"Start", "a: b, c:", "x,y", "``tick'' \u00abguillemets\u00bb \u201cfancy\u201d \u2018single\u2019"]:
        assert ours.tokenize(text) == theirs.tokenize(text)


# ----------------------------------------------------------------- speed-ups of sentence splitting

import json
import random
import re
import time
from pathlib import Path

GOLDEN = json.loads((Path(__file__).resolve().parents[2] / "data" / "pysbd-golden-rules-en.json").read_text("utf-8"))
EVAL = Path(__file__).resolve().parents[4] / "shared" / "eval"


def _pysbd_split(texts):
    """Split each text with pysbd's own, unmodified code (the project's speed-ups taken out)."""
    from briefing.core.language import tokenizer as tk

    tk.get_tokenizer("english")._get_segmenter()
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)
    saved = {key: getattr(*key) for key in tk.PYSBD_ORIGINALS}
    saved_re = {}
    try:
        for (cls, name), original in tk.PYSBD_ORIGINALS.items():
            setattr(cls, name, original)
        for name, module in list(__import__("sys").modules.items()):
            if name.startswith("pysbd") and getattr(module, "re", None) is tk._RE:
                saved_re[module] = tk._RE
                module.re = re
        out = []
        for text in texts:
            folded = tk._WHITESPACE.sub(" ", text).strip()
            out.append(tuple(p.strip() for p in segmenter.segment(folded) if p.strip()) if folded else ())
        return out
    finally:
        for (cls, name), current in saved.items():
            setattr(cls, name, current)
        for module, shim in saved_re.items():
            module.re = shim


def test_golden_rules_split_as_pysbd():
    """On pysbd's 48 English golden rules the splitter gives pysbd's own sentences (47 of 48 right)."""
    tok = OfflineTokenizer()
    texts = [r["text"] for r in GOLDEN["rules"]]
    ours = [tok.to_sentences(t) for t in texts]
    assert ours == _pysbd_split(texts)
    assert sum(list(o) == r["sentences"] for o, r in zip(ours, GOLDEN["rules"])) == 47


_SOUP = ("The", "army", "said", "Mr.", "Smith", "U.S.", "3.5", "per", "cent", "in", "2021.", "No.", "5", "e.g.",
         "\u201cWe", "win,\u201d", "(AP)", "1.", "2)", "(a)", "b.", "i.", "--", "'quoted'", "Russia's", "members'",
         "Yahoo!", "Why?", "Stop!", "end.", "Next.", "p.m.", "Dr.", "co.", "Co.", "approx.", "\"yes.\"", "...", "It",
         "A.", "she", "left.", "\u2018hi\u2019", "Jan.", "St.", "now!", "Then", "is.", "ok.", "Gen.", "x:", "5:30",
         "\u00e9t\u00e9.", "\u041c\u043e\u0441\u043a\u0432\u0430.", "\u212aelvin.", "etc.", "vs.", "[1]", "Inc.",
         "(SVR)", "\u201cair", "piracy\u201d", '"', "(", ")", "Belarus\u2019", "(2021)", "(iv)", "\u201cGo.\u201d",
         "\u201d", "\u201c", "(the", "city)", '"big"', "well-", "(A)", "x\u2019s", "6.75", "0.03%.", "3.817.69",
         "bn.5", "$1.2bn", "v.5", "1.5.")


def test_random_paragraphs_split_as_pysbd():
    """Random paragraphs of tricky tokens (abbreviations, quotes, lists, numbers) split exactly as pysbd splits them."""
    rnd = random.Random(14)
    texts = []
    for _ in range(800):
        words = [rnd.choice(_SOUP) if rnd.random() < 0.5 else rnd.choice(("the", "cat", "sat", "Then", "went.", "home."))
                 for _ in range(rnd.randint(1, 40))]
        texts.append(" ".join(words))
    tok = OfflineTokenizer()
    assert [tok.to_sentences(t) for t in texts] == _pysbd_split(texts)


def test_plain_path_is_taken_for_plain_prose():
    """A paragraph of plain sentences never reaches pysbd; one with an abbreviation does."""
    from briefing.core.language.tokenizer import plain_chunks, plain_sentences

    assert plain_sentences("It rose. But it fell! Why? Nobody knows") == ("It rose.", "But it fell!", "Why?", "Nobody knows")
    assert plain_sentences("He met Mr. Smith. They talked.") is None
    assert plain_sentences("Profits rose 3.5 per cent. Shares fell.") == ("Profits rose 3.5 per cent.", "Shares fell.")
    assert plain_sentences("Profits rose to 3.5. Shares fell.") is None
    text = "The army said it had left the city on Monday. Mr. Smith said it was 3.5 miles away. It was not."
    assert plain_chunks(text) == ["The army said it had left the city on Monday.",
                                  "Mr. Smith said it was 3.5 miles away.", "It was not."]
    assert plain_chunks('He said: "Go. Now." Then he left the room, and nobody followed him there.') == [
        'He said: "Go. Now." Then he left the room, and nobody followed him there.']


@pytest.mark.skipif(not (EVAL / "cnndm-dev.jsonl").exists(), reason="needs ../shared/eval")
def test_evaluation_paragraphs_split_as_pysbd():
    """The first CNN/DailyMail stories split exactly as pysbd splits them (benchmarks/splitting.py checks all)."""
    from briefing.core.ingest.cleaning import clean_text

    paragraphs = []
    with (EVAL / "cnndm-dev.jsonl").open(encoding="utf-8") as fh:
        for _, line in zip(range(25), fh):
            paragraphs.extend(clean_text(json.loads(line)["text"], title_from_first_line=False).paragraphs)
    tok = OfflineTokenizer()
    assert [tok.to_sentences(p) for p in paragraphs] == _pysbd_split(paragraphs)


def test_repeated_sentences_split_in_linear_time():
    """A paragraph repeating one sentence (with abbreviations, so through pysbd) costs time in proportion to its length."""
    tok = OfflineTokenizer()
    sentence = 'Mr. Smith said "it is 3.5 p.m." at No. 5 today.'
    tok.to_sentences(sentence)

    def cost(n):
        start = time.process_time()
        assert len(tok.to_sentences(" ".join([sentence] * n))) == n
        return time.process_time() - start

    small, large = cost(1000), cost(8000)
    assert large < 16 * max(small, 0.01)  # quadratic work would be 64 times the small one


def test_faster_list_patterns_match_as_pysbds():
    """The single-branch forms of pysbd's list patterns and the numbered-list guard find exactly what pysbd's find."""
    from briefing.core.language.tokenizer import _FASTER, _GUARDS

    rnd = random.Random(3)
    alphabet = "ab x.(1)2-\u2043\n\t5."
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        for original, faster in _FASTER.items():
            assert re.findall(original, text) == re.findall(faster, text), (original, text)
        for original, guard in _GUARDS.items():
            if not re.search(guard, text):
                assert re.findall(original, text) == [], (original, text)


def test_needle_check_never_skips_a_match():
    """A pysbd rule skipped because the text lacks its needles would not have matched anyway."""
    import pysbd.lang.english as english

    from briefing.core.language.tokenizer import _RE

    from pysbd.utils import Rule

    rules = set()
    holders = [english.English] + [v for v in (getattr(english.English, n) for n in dir(english.English))
                                   if isinstance(v, type)]
    for holder in holders:
        for value in (getattr(holder, n) for n in dir(holder) if not n.startswith("__")):
            for rule in value if isinstance(value, list) else [value]:
                if isinstance(rule, Rule):
                    rules.add(rule.pattern)
    assert len(rules) > 30
    rnd = random.Random(5)
    alphabet = "aZ .,!?'\"()\u2026\u222f\u1574&5\n-:\u201c\u201d"
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
        for pattern in rules:
            if _RE._runs(pattern, 0, text) is None:
                assert re.search(pattern, text) is None, (pattern, text)


def test_plain_words_are_nltks_words():
    """The plain word path gives exactly the words of NLTK's tokenizer filtered as sumy filters them."""
    from briefing.core.language.tokenizer import _WORD_PATTERN, _plain_re_word_tokenizer, plain_words

    nltk_words = _plain_re_word_tokenizer()
    rnd = random.Random(11)
    pieces = ["the", "State-run", "firm", "1,000", "a,5", "5,a", "x,,y", "end,", "-5", "abc-", "ab5c", "cannot", "Gonna",
              "caf\u00e9", "\u041c\u043e\u0441\u043a\u0432\u0430", "", "3", "well-known", "--", "_x", "n,"]
    taken = 0
    for _ in range(3000):
        text = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8))) + rnd.choice(["", ".", "?", "!", ",", " ."])
        fast = plain_words(text)
        if fast is not None:
            taken += 1
            assert fast == tuple(w for w in nltk_words.tokenize(text) if _WORD_PATTERN.match(w)), text
    assert taken > 1000


def test_nltk_loads_only_what_briefing_uses_and_the_rest_on_demand():
    """Splitting words and stemming load two NLTK modules, not all of NLTK; any other NLTK name still works."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from briefing.core.language.tokenizer import get_tokenizer\n"
        "from briefing.core.language.resources import stem_word\n"
        "assert get_tokenizer().to_words('The cats ran.') == ('The', 'cats', 'ran')\n"
        "assert stem_word('english')('running') == 'run'\n"
        "heavy = [m for m in ('nltk.parse', 'nltk.chunk', 'nltk.corpus.reader', 'scipy.stats') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
        "import nltk\n"
        "assert callable(nltk.download) and 'nltk.parse' in sys.modules\n"
        "from nltk.tokenize import word_tokenize\n"
        "from nltk.corpus import stopwords\n"
        "assert type(stopwords).__name__ == 'LazyCorpusLoader'\n"
        "print('ok')\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "ok"


def test_between_punctuation_patterns_cut_at_the_last_closer_give_pysbd_results():
    """pysbd's between-punctuation substitutions, run only up to the last closing mark, give the same text as the
    plain regex on random text full of brackets, parens, quotes, dashes and backslashes."""
    import random
    import re

    from pysbd.between_punctuation import BetweenPunctuation

    from briefing.core.language.tokenizer.pysbd_fast import _CLOSERS, _RE

    rng = random.Random(7)
    alphabet = list('ab .!?[](){}"«»“”-\\') + ["--", "\\\\"]
    for pattern in _CLOSERS:
        assert pattern in vars(BetweenPunctuation).values()
        for _ in range(300):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
            repl = lambda m: m.group(0).replace(".", "∯")  # noqa: E731
            assert _RE.sub(pattern, repl, text) == re.sub(pattern, repl, text), (pattern, text)


def test_runs_of_opening_marks_split_in_linear_time():
    """60,000 "[" (or "(" or '"') without a closing mark split in well under the hang bound (7 s before)."""
    import time

    tokenizer = OfflineTokenizer("english")
    for mark in "[(\u201c":
        start = time.perf_counter()
        tokenizer.to_sentences("Start here. " + mark * 60_000)
        assert time.perf_counter() - start < 5.0, mark


def test_span_search_finds_what_pysbds_does():
    """The sped-up span search returns pysbd's own spans, also for sentences that overlap themselves, repeat,
    are missing from the text or start with white space (random cases against pysbd's method)."""
    import random

    import pysbd

    from briefing.core.language import tokenizer as tk
    from briefing.core.language.tokenizer.pysbd_fast import _sentences_with_char_spans

    tk.OfflineTokenizer().to_sentences("Dr. Who? No. 5 was next.")  # installs the speed-ups
    original = tk.PYSBD_ORIGINALS[(pysbd.Segmenter, "sentences_with_char_spans")]
    segmenter = pysbd.Segmenter(language="en", clean=False)
    rng = random.Random(7)
    pieces = ["a a.", "a.", "a a a.", " a.", "b.", "ab ab.", "a", "aa."]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "  ", "\n"]) for _ in range(rng.randint(1, 9)))
        sentences = [rng.choice(pieces + [text[:3], "zz."]) for _ in range(rng.randint(1, 9))]
        segmenter.original_text = text
        ours = [(s.sent, s.start, s.end) for s in _sentences_with_char_spans(segmenter, sentences)]
        theirs = [(s.sent, s.start, s.end) for s in original(segmenter, sentences)]
        assert ours == theirs, (text, sentences)


def test_one_line_text_splits_in_linear_time():
    """A paragraph of many different sentences with a case for pysbd ("a.") in it splits in time in proportion to
    its length: each new sentence is searched for from the previous one, not from the start."""
    import random

    tok = OfflineTokenizer()
    words = "council approved new transport plan on monday after months of debate mayor said bus".split()
    rng = random.Random(3)
    sentences = [" ".join(rng.choice(words) for _ in range(12)).capitalize() + " a." for _ in range(16000)]

    def cost(n):
        start = time.process_time()
        assert len(tok.to_sentences(" ".join(sentences[:n]))) == n
        return time.process_time() - start

    small, large = cost(2000), cost(16000)
    assert large < 20 * max(small, 0.01)  # quadratic work would be 64 times the small one

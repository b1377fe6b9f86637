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

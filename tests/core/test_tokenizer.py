"""The offline tokenizer: good sentence splits with no NLTK data."""

import pytest

from briefing.core.tokenizer import OfflineTokenizer


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
            "from briefing.core.tokenizer import OfflineTokenizer\n"
            "t = OfflineTokenizer(); print(len(t.to_sentences('One. Two.')), len(t.to_words('a b c')))") % str(tmp_path)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={"NLTK_DATA": str(tmp_path), "PATH": ""})
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["2", "3"]

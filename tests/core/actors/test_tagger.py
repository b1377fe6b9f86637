"""The statistical actor tagger: the bundled model, its decoding, and a rebuild that gives the same file."""

import hashlib
import importlib.util
from pathlib import Path

import pytest

from briefing.core.actors.tagger import (
    LABELS,
    get_tagger,
    load_weights,
    spans_of,
    word_shape,
)
from briefing.paths import resource

ROOT = Path(__file__).resolve().parents[3]
NER_DATA = ROOT.parent / "shared" / "data" / "ner-train"


def _trainer_module():
    spec = importlib.util.spec_from_file_location("train_actor_tagger", ROOT / "tools" / "train_actor_tagger.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bundled_model_tags_people_organisations_and_places():
    """The shipped model finds a person, a company and a city in a plain news sentence."""
    words = ["Angela", "Merkel", "met", "officials", "of", "Siemens", "in", "Berlin", "on", "Monday", "."]
    spans = {(" ".join(words[a:b]), t) for a, b, t in spans_of(get_tagger().tag(words))}
    assert spans == {("Angela Merkel", "PER"), ("Siemens", "ORG"), ("Berlin", "LOC")}


def test_tagging_a_window_uses_the_words_around_it():
    """Tagging only tokens 4..6 gives tags for those three tokens, read in their sentence."""
    words = ["The", "company", "said", "Mr.", "John", "Smith", "would", "lead", "it", "."]
    assert get_tagger().tag(words, 4, 6) == ["B-PER", "I-PER"]


def test_spans_of_reads_iob2():
    """IOB2 tags become (start, end, type) spans; a B- after I- of the same type starts a new span."""
    assert spans_of(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG"]) == [
        (0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "ORG")]


def test_word_shape_compresses_runs():
    """Shapes collapse repeated character classes: names, acronyms, dotted initials, numbers."""
    assert [word_shape(w) for w in ("Naryshkin", "SVR", "U.S.", "2021", "McCoy")] == ["Xx", "X", "X.X.", "d", "XxXx"]


def test_model_with_other_labels_is_refused():
    """A model file made for another tag set raises ValueError instead of tagging nonsense."""
    with pytest.raises(ValueError):
        load_weights({"labels": ["O", "B-X"], "weights": {}})


def test_trainer_learns_a_tiny_corpus():
    """The averaged perceptron learns to tag a name it has seen in training (and not the words around it)."""
    trainer = _trainer_module()
    sentences = [(["Zorblat", "visited", "the", "town", "."], ["B-PER", "O", "O", "O", "O"]),
                 (["the", "town", "welcomed", "Zorblat", "."], ["O", "O", "O", "B-PER", "O"])] * 5
    tagger = load_weights({"labels": list(LABELS), "weights": trainer.train(sentences, epochs=3)})
    assert tagger.tag(["Zorblat", "visited", "the", "city", "."]) == ["B-PER", "O", "O", "O", "O"]
    assert tagger.tag(["the", "city", "welcomed", "Zorblat", "."]) == ["O", "O", "O", "B-PER", "O"]


@pytest.mark.skipif(not (NER_DATA / "gum_wikinews.train.conll").exists(), reason="training data not present")
def test_training_script_rebuilds_the_bundled_model_byte_for_byte(tmp_path):
    """tools/train_actor_tagger.py rebuilds resources/models/actor-tagger.json.gz exactly (deterministic)."""
    out = tmp_path / "model.json.gz"
    assert _trainer_module().main(["--out", str(out)]) == 0
    shipped = resource("models", "actor-tagger.json.gz").read_bytes()
    assert hashlib.sha256(out.read_bytes()).hexdigest() == hashlib.sha256(shipped).hexdigest()


def test_phrase_flags_match_every_window_looked_up_one_by_one():
    # The flags skip windows holding a word no gazetteer key has; they must equal looking up every window.
    from briefing.core.actors.lexicon import _lexicon, _norm
    from briefing.core.actors.tagger import _phrase_flags

    lex = _lexicon()

    def every_window(words):
        out, i = [""] * len(words), 0
        while i < len(words):
            sizes = range(min(lex.max_len, 5, len(words) - i), 1, -1) if words[i][:1].isupper() else ()
            for size in sizes:
                g = lex.gazetteer.get(_norm(" ".join(words[i:i + size])))
                if g:
                    out[i:i + size] = ["B" + g[0]] + ["I" + g[0]] * (size - 1)
                    i += size
                    break
            else:
                i += 1
        return out

    sentences = ["Talks in The Hague and New York ended , said Zorblax Quint of the United States .",
                 "THE UNITED KINGDOM and U.S . officials met in Los Angeles ’ suburbs",
                 "Mr. Quint flew from Buenos Aires to Zorblax City on Tuesday"]
    flagged = 0
    for s in sentences:
        words = s.split()
        assert _phrase_flags(words, lex) == every_window(words)
        flagged += any(_phrase_flags(words, lex))
    assert flagged == len(sentences)

"""Passes after the finder whose work grew faster than the text, made linear with the same output. Each test
checks a size or a count (not a wall time) and that the fast way gives what the plain way gives."""

from __future__ import annotations

from briefing.core.actors import work_spans
from briefing.core.actors.work_spans import (
    _FEW_TITLES,
    _title_index,
    _title_places,
    _titles_in,
)

from ..builders import mention_types

_TITLES = {"Lights Over Varnholm", '"Quoted Start', "Rock-Off", "Über Alles Tour", "3 Men Out", "Nine_Lives",
           "???", "It", "The Concert", "The Ballad of Jed", "Mad Max", "Max Power", "Tall Tales", "Tall Tales II", "Ends With Dot."}

_TEXTS = [
    "Lights Over Varnholm sold well, and so did Mad Max.",
    "The anti-Lights Over Varnholm crowd met (Lights Over Varnholm) fans.",
    'He read "Quoted Start of it and "Quoted Startling news.',
    "Rock-Off, Rock-Offs and XRock-Off: only the first is whole.",
    "Über Alles Tour dates; über Alles Tour; ÜberAlles Tour.",
    "3 Men Out, 33 Men Out, 3 Men Outing.",
    "Nine_Lives and Nine_Livesx and xNine_Lives.",
    "What ??? is this ??? really.",
    "It is It. Item. Tall Tales II and Tall Tales. The Concert; The Ballad of Jeds.",
    "Max Power beat Mad Max Power in Ends With Dot. End.",
    "No title at all here.",
    "",
]


def test_the_titles_a_sentence_may_hold_give_the_places_all_titles_give():
    """Only the titles whose longest run of letters and digits stands in a sentence as a whole run are searched
    for in it: the same places as searching for every title (marks, hyphens, underscores, accents, digits)."""
    index = _title_index(_TITLES)
    for text in _TEXTS:
        assert sorted(_title_places(text, _titles_in(text, index))) == sorted(_title_places(text, _TITLES)), text


def test_a_sentence_is_searched_for_the_titles_of_its_own_words_only():
    """Two thousand titles and a sentence naming one of them: a handful of candidates, not two thousand
    searches per sentence (sentences x titles made a 400,000-word text spend seconds here)."""
    titles = {f"Saga Number{k} Returns" for k in range(2000)} | {"Lights Over Varnholm"}
    index = _title_index(titles)
    got = _titles_in("Fans of Lights Over Varnholm queued for Saga Number7 Returns.", index)
    assert sorted(got) == ["Lights Over Varnholm", "Saga Number7 Returns"]
    assert _titles_in("Nothing here.", index) == []


def test_many_titles_in_a_long_text_still_make_their_repeats_works(monkeypatch):
    """Past ``_FEW_TITLES`` titles the sentences are searched through the index: a title repeated without its
    cue is still a work, and the index is built once, not per sentence."""
    films = [f"Zorvan Kettle{k}" for k in range(_FEW_TITLES + 4)]
    sentences = [f"Ann Lowe starred in the film {f} last year." for f in films]
    sentences.append(f"{films[3]} sold well in Leeds, Tom Pike said.")
    built = []
    real = work_spans._title_index
    monkeypatch.setattr(work_spans, "_title_index", lambda titles: built.append(len(titles)) or real(titles))
    got = mention_types(*sentences)
    assert built == [len(films)]
    assert not any(n.startswith("Zorvan") for n in got)
    assert got["Tom Pike"] == {"PER"} and "Leeds" in got


def test_collection_is_paused_inside_and_put_back_after_an_error():
    """``_gc_paused`` turns automatic collection off inside the block and back on after it, also when the block
    raises; a nested block leaves it off until the outer one ends."""
    import gc

    from briefing.core.actors.extract import _gc_paused

    assert gc.isenabled()
    try:
        with _gc_paused():
            assert not gc.isenabled()
            with _gc_paused():
                assert not gc.isenabled()
            assert not gc.isenabled()
            raise ValueError("boom")
    except ValueError:
        pass
    assert gc.isenabled()


def test_collection_turned_off_by_the_caller_stays_off():
    """A caller that turned collection off itself finds it off after the block."""
    import gc

    from briefing.core.actors.extract import _gc_paused

    gc.disable()
    try:
        with _gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_extraction_runs_without_young_collections():
    """Extracting the actors of a text runs no automatic collection (the objects it makes live to its end):
    with the young generation's threshold at 100 objects, its thousands of objects would otherwise collect
    dozens of times."""
    import gc

    from briefing.core.actors import extract_actors

    from ..builders import make_article

    article = make_article(["Ann Lowe met Tom Pike in Leeds on Monday. Acme Pictures said the film sold well."])
    extract_actors(article)  # word lists loaded first
    seen = []
    threshold = gc.get_threshold()
    gc.collect()  # the young generation's count back to nought
    gc.callbacks.append(lambda phase, info: seen.append(info["generation"]) if phase == "start" else None)
    gc.set_threshold(100, threshold[1], threshold[2])
    try:
        extract_actors(article)
    finally:
        gc.set_threshold(*threshold)
        gc.callbacks.pop()
    assert seen == []

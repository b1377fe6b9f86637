"""Passes after the finder whose work grew faster than the text, made linear with the same output. Each test
checks a size or a count (not a wall time) and that the fast way gives what the plain way gives."""

from __future__ import annotations

from briefing.core.actors import works
from briefing.core.actors.works import _FEW_TITLES, _title_index, _title_places, _titles_in

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
    real = works._title_index
    monkeypatch.setattr(works, "_title_index", lambda titles: built.append(len(titles)) or real(titles))
    got = mention_types(*sentences)
    assert built == [len(films)]
    assert not any(n.startswith("Zorvan") for n in got)
    assert got["Tom Pike"] == {"PER"} and "Leeds" in got

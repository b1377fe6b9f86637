"""A hyphen at a line's end: a broken word is joined, the writer's own compound keeps its hyphen."""

from briefing.core.ingest import load_article
from briefing.core.ingest.hyphens import keeps_hyphen


def test_keeps_the_hyphen_of_a_compound_of_two_words():
    assert keeps_hyphen("a new on-", "demand service")
    assert keeps_hyphen("the long-", "term plan")


def test_joins_a_word_broken_to_fit_the_line():
    assert not keeps_hyphen("cost 4 mil-", "lion pounds")
    assert not keeps_hyphen("an inter-", "national fund")
    assert not keeps_hyphen("Mr Okon-", "kwo said")  # a name: no word list says anything, joined
    assert not keeps_hyphen("-", "demand")


def test_hard_wrapped_text_file_keeps_compounds_and_joins_broken_words(tmp_path):
    body = ("The council approved a new on-\ndemand bus service that will cost about 4 mil-\nlion pounds "
            "over the long-\nterm, the leader of the council said on Monday evening.\n")
    path = tmp_path / "wrapped.txt"
    path.write_text("Council backs bus plan\n\n" + body * 3, encoding="utf-8")
    text = " ".join(s for p in load_article(path).paragraphs for s in p)
    assert "on-demand" in text and "long-term" in text and "million" in text
    assert "ondemand" not in text and "longterm" not in text


def test_pdf_lines_keep_a_compound_hyphen_and_join_a_broken_word():
    from briefing.core.ingest.pdf import _append

    parts: list[str] = []
    for line in ("The council approved a new on-", "demand bus service costing 4 mil-", "lion pounds."):
        _append(parts, line)
    assert "".join(parts) == "The council approved a new on-demand bus service costing 4 million pounds."

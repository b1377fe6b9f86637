"""The later passes' rules of round 4 (speedW4) make no closure cells per call, and their loops give what the
generators they replace gave: each loop is compared with the old generator on made-up tricky inputs."""

from __future__ import annotations

from briefing.core.actors import document, events, possessives, teams, titles
from briefing.core.actors.tokens import new_mention

TEXTS = [
    "the BBC drama Cast Away , cast Reese Witherspoon as Becky Sharp ; ,cast,, Ann as Bo ; CAST Lee\tas Foo",
    "Really Simple Syndication (RSS) and really Simple Syndication (RSS) ; Ω Σ (ΩΣ) ; A B C D E F G (ABCDEFG)",
    "victims of Alzheimer's , (cancer) ; \"FLU\" ; Ünïcödé Ωμέγα Straße ﬁ 𝐀𝐁 \x00\x7f Москва Moody's and Fitch's",
    " as as as " + "cast " * 3 + "as X" + " as" * 300,
    "",
]


def test_rules_called_per_text_make_no_cells():
    """A generator over a local made that local a cell at every call of the function (4,767 calls of
    title_spans on the 100k document)."""
    for rule in [titles.title_spans, titles._cast_before, titles.read_title_spans, titles._title_at, events.illness_sentence, events._long_form,
                 document._firm_lists, teams._lists]:
        assert rule.__code__.co_cellvars == (), rule.__name__


def _old_illness(text: str) -> bool:
    return not events._ILLNESS_WORDS.isdisjoint(w.strip(".,;:'\"()") for w in text.lower().split())


def _old_long_form(text: str, m) -> int:
    acro = m.tokens[0]
    if not acro.isupper() or not 2 <= len(acro) <= 6:
        return -1
    words = text[max(0, m.start - 2 - 16 * len(acro)):m.start - 2].split(" ")[-len(acro):]
    if len(words) != len(acro) or any(w[:1].upper() != c for w, c in zip(words, acro)):
        return -1
    return m.start - 2 - len(" ".join(words))


def test_loops_match_the_generators_they_replace():
    for text in TEXTS:
        assert events.illness_sentence(text) == _old_illness(text), text
        words = titles._words(text)
        for w in range(len(words) + 1):
            lows = [text[x:y].lower() for x, y in words]
            assert titles._cast_before(lows, w) == any(
                text[x:y].lower().strip(",") in titles._CASTING for x, y in words[max(0, w - 8):w]), (text, w)
        pos = text.find("(")
        while pos >= 0:
            close = text.find(")", pos)
            if close > pos + 1:
                word = text[pos + 1:close]
                m = new_mention(0, pos + 1, close, word, "ORG", "name", None, (word,))
                assert events._long_form(text, m) == _old_long_form(text, m), (text, word)
            pos = text.find("(", pos + 1)


def test_title_spans_reads_a_casting_verb_before_as():
    """The casting verb up to eight words before "as", with commas around it, still makes a character's name."""
    text = "They cast Reese Witherspoon as Becky Sharp in the film."
    assert [(text[a:b], role) for a, b, role in titles.title_spans(text)] == [("Becky Sharp", True)]
    far = "They cast one two three four five six seven eight as Becky Sharp."
    assert titles.title_spans(far) == []


def test_firm_lists_counts_organisations_and_persons():
    """Four names joined by commas, three organisations: the person-typed one becomes an organisation; with as
    many persons as organisations it stays."""
    text = "They include MCI, BT, Energis, Bell Canada and others."
    names = [("MCI", "ORG"), ("BT", "ORG"), ("Energis", "ORG"), ("Bell Canada", "PER")]
    ms = [new_mention(0, text.find(n), text.find(n) + len(n), n, t, "name", None, tuple(n.split())) for n, t in names]
    document._firm_lists(ms, lambda i: text)
    assert [m.type for m in ms] == ["ORG"] * 4
    text2 = "They include MCI, BT, Ann Lee, Bo Dee, Di Wu, Cy Lu and others."
    names2 = [("MCI", "ORG"), ("BT", "ORG"), ("Ann Lee", "PER"), ("Bo Dee", "PER"), ("Di Wu", "PER"), ("Cy Lu", "ORG")]
    ms2 = [new_mention(0, text2.find(n), text2.find(n) + len(n), n, t, "name", None, tuple(n.split())) for n, t in names2]
    document._firm_lists(ms2, lambda i: text2)
    assert [m.type for m in ms2] == ["ORG", "ORG", "PER", "PER", "PER", "ORG"]


def test_possessive_spots_keep_their_sentence_and_the_title():
    """A loop now gathers the "X's" uses: the title's are sentence -1, as before."""
    from briefing.core.actors.lexicon import _lexicon
    sentences = ["Moody's cut the rating.", "Moody's said so, and Moody's agreed."]
    out = possessives.possessive_firms([], sentences, "Moody's view", _lexicon())
    assert sorted((m.sentence, m.start, m.text) for m in out) == [
        (-1, 0, "Moody's"), (0, 0, "Moody's"), (1, 0, "Moody's"), (1, 21, "Moody's")]

"""Runs that are no actor's name, and names the finder keeps whole (issue 17, ninth round: spans9).

Short made-up texts, one per rule of :mod:`briefing.core.actors.nonnames`.
"""

from briefing.core.actors import extract_mentions
from briefing.core.actors.finder import _Finder
from briefing.core.actors.lexicon import _lexicon
from briefing.core.model import Article


def _names(*sentences: str) -> set[str]:
    article = Article(title="", paragraphs=[list(sentences)], source="BBC")
    return {m.text for m in extract_mentions(article)}


def test_number_before_singular_common_word_is_part_of_the_name():
    names = _names("The rapper 50 Cent said the show was over.", "Fans of 50 Cent's band queued in Leeds.")
    assert "50 Cent" in names and "Cent" not in names


def test_sum_before_a_glued_sentence_is_no_name():
    names = _names("He now sells posts for $20 He was once a champion in Leeds.")
    assert not any(n.startswith("20") for n in names)


def test_count_before_a_region_adjective_is_no_name():
    names = _names("The ban was lifted in 19 Northern and Eastern states by Acme Holdings.")
    assert not any(n.startswith("19") for n in names)


def test_lets_slogan_is_a_work_not_two_actors():
    names = _names("Jane Porter announced her new Let's Move campaign in Ohio.", "Schools across Ohio joined Let's Move in May.",
                   "The Let's Move website lists them.")
    assert not names & {"Let", "Move", "Let's Move"}
    assert "Jane Porter" in names


def test_title_with_a_pronoun_is_a_work():
    names = _names("Author Karl Weber wrote a book, Child Promise Me You Will Run Away, about Hamburg.")
    assert not any("You" in n or "Will" in n for n in names)
    assert "Karl Weber" in names


def test_caption_glued_at_a_mid_run_the_is_cut():
    names = _names("Jane Porter planted beans at the Vale Manor The Vale Manor Garden was built in 1990.")
    assert not any("Manor The" in n for n in names)


def test_anonymous_label_is_no_name():
    finder = _Finder(_lexicon())  # the finder itself: a lone unsure "Nurse" may be dropped later in a short text
    found = [m.text for m in finder.find(0, "Nurse A said the doctor, Ram Patel, touched her.", {})]
    assert not any(n.startswith("Nurse") for n in found)
    assert "Ram Patel" in found


def test_quote_after_colon_starts_a_sentence():
    names = _names("Mr Kemp said: 'Without any warning Ram Patel left.'", "Mr Kemp said: 'Without doubt he lied.'")
    assert "Without" not in names and "Ram Patel" in names


def test_follower_adjective_is_no_actor():
    names = _names("Gordon Brown spoke, but those Brownite briefers stayed quiet.")
    assert "Brownite" not in names


def test_a_and_e_is_a_common_noun():
    names = _names("She went to A&E in Leeds because of the pain.")
    assert "A&E" not in names


def test_forum_ends_an_organisation():
    names = _names("Leaders met on the first day of the Global Trade Forum in the Swiss resort of Davos.")
    assert "Global Trade Forum" in names


def test_the_movement_party_is_an_organisation():
    ms = extract_mentions(Article(title="", paragraphs=[["The museum charts the rise of the Nazi party in Munich."]],
                                  source="BBC"))
    assert any(m.text == "Nazi party" and m.type == "ORG" for m in ms)
    ms = extract_mentions(Article(title="", paragraphs=[["Nazi uniforms were shown in Munich."]], source="BBC"))
    assert not any(m.text.startswith("Nazi") for m in ms)

"""Span errors of the twentieth round (issue 17): cut-short, glued and fragment spans, each on a text written for it."""

from tests.core.builders import typed


def test_peer_named_by_title_and_place_is_one_person():
    """"the Countess of Wessex": a peer, one person; her title's place is no actor of its own."""
    ms = typed("Pupils sang for the Countess of Wessex when she opened the new library on Monday.")
    assert ("Countess of Wessex", "PER") in ms
    assert not any(text == "Wessex" for text, _ in ms)


def test_epithet_after_the_completes_a_name():
    """"Edmund Lodge the Elder": "the" and an epithet end the person's name, no "Elder" apart."""
    ms = typed("The portrait shows Edmund Lodge the Elder, who built the mill.")
    assert ("Edmund Lodge the Elder", "PER") in ms
    assert not any(text == "Elder" for text, _ in ms)


def test_epithet_word_before_another_name_is_not_joined():
    """"Ann Moss the Great Lakes pilot": a capital after the epithet word starts another name."""
    ms = typed("They met Ann Moss the Great Lakes pilot on Monday.")
    assert not any("the Great" in text for text, _ in ms)


def test_irregular_plural_possessive_inside_a_name():
    """"Federation of Children's Hospitals", "Women's Aid Network": a group's possessive stays inside the name."""
    ms = typed("The Federation of Children's Hospitals wrote to the Women's Aid Network on Friday.")
    names = [text for text, _ in ms]
    assert "Federation of Children's Hospitals" in names
    assert "Women's Aid Network" in names


def test_last_two_items_of_a_list_are_two_names():
    """"Tesco, Lidl and Harlow Brothers": one word after a list's comma does not open the last name."""
    ms = typed("Last year, Tesco, Lidl and Harlow Brothers cut their prices.")
    names = [text for text, _ in ms]
    assert "Harlow Brothers" in names
    assert "Lidl and Harlow Brothers" not in names


def test_two_whole_organisations_joined_by_and_are_two():
    """"Kestrel Pictures Entertainment and KBX Studios": each half ends in an organisation word, two bodies."""
    names = [text for text, _ in typed("Kestrel Pictures Entertainment and KBX Studios backed the format.")]
    assert "Kestrel Pictures Entertainment" in names and "KBX Studios" in names


def test_sentence_opening_word_written_lower_elsewhere_is_no_name():
    """"Glaciology shows ..." and later "advances in glaciology": a common word opening a sentence, no actor."""
    ms = typed("Glaciology shows that the ice sheets move faster than we thought.",
               "With advances in glaciology, Mary Hollis says the models must change.")
    assert not any(text == "Glaciology" for text, _ in ms)

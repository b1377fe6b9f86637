"""English span and type errors found by made-up probes (issue 17, round 50): a franchise's title before a work's
noun, a business named by a trade's noun, two businesses joined by "and", a firm's first word at the start of the
sentences that name it; each on a short made-up text."""

from tests.core.builders import mention_types as types_of


def test_a_title_before_a_franchise_noun_is_a_work():
    """'a Moon Harbour convention', 'the Iron Lantern sequel': a name before a noun only a work has is a title,
    not an actor (a listed organisation keeps its own: 'a BBC episode')."""
    t = types_of("Thousands of fans dressed up for a Moon Harbour convention in Dundee.",
                 "The Iron Lantern sequel opens in May.", "A BBC episode was pulled.")
    assert "Moon Harbour" not in t and "Iron Lantern" not in t
    assert t["Dundee"] == {"LOC"} and t["BBC"] == {"ORG"}


def test_a_title_before_film_is_a_work_but_a_director_is_not():
    """'the Silver Orchard film': no first name opens it, a title; 'a Ken Loach film' names the director."""
    t = types_of("Tickets for the Kestrel Island film sold out.", "Critics praised a Ken Loach film at Cannes.")
    assert "Kestrel Island" not in t and t["Ken Loach"] == {"PER"}


def test_a_name_ending_in_a_trade_noun_is_a_business():
    """'Millpond Bakery', 'Ridgeway Garage', 'Tom Hart Plumbing': a trade's or shop's noun ends a business's
    name, even after a first name; a first name and a listed surname stay a person ('Grace Kitchen')."""
    t = types_of("Thieves broke into Ridgeway Garage overnight.", "Millpond Bakery has closed.",
                 "The council hired Sam Hart Plumbing for the repairs.", "Grace Kitchen, 41, was fined.")
    assert t["Ridgeway Garage"] == {"ORG"} and t["Millpond Bakery"] == {"ORG"}
    assert t["Sam Hart Plumbing"] == {"ORG"} and t["Grace Kitchen"] == {"PER"}


def test_a_trade_noun_keeps_the_dictionary_word_that_opens_the_sentence():
    """'Bramble Kitchen said': a dictionary word opening the sentence is the business's first word before a
    trade's noun, not a word glued to the name."""
    t = types_of("Bramble Kitchen said it would hire ten cooks.")
    assert t == {"Bramble Kitchen": {"ORG"}}


def test_two_businesses_joined_by_and_are_two():
    """'Eastmoor Freight and Silver Gate Logistics': each ends in a business's word and the second has a name of
    two words before its own, two firms; a pair of fields before one word stays one name."""
    t = types_of("Eastmoor Freight and Silver Gate Logistics agreed a merger.",
                 "Norvik Mining and Metallurgical Company cut output.")
    assert t["Eastmoor Freight"] == {"ORG"} and t["Silver Gate Logistics"] == {"ORG"}
    assert t["Norvik Mining and Metallurgical Company"] == {"ORG"}


def test_a_first_word_glued_to_the_same_name_in_two_sentences_is_part_of_it():
    """'Paper Crane said ... Paper Crane added': a dictionary word opening two sentences before the same word is
    the name's first word; an adverb ('Yesterday Tony Blair') and a stop word stay apart."""
    t = types_of("Paper Crane said sales rose.", "Paper Crane added two shops.",
                 "Yesterday Tom Reid left.", "Yesterday Tom Reid returned.")
    assert t["Paper Crane"] == {"ORG"} and "Crane" not in t
    assert t["Tom Reid"] == {"PER"}

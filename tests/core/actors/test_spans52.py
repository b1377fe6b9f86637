"""English actor kinds left by round 51 (issue 17, round 52): initials written without stops before a surname,
read by the text's person or firm evidence; a lone unknown word opening sentences, kept when grammar takes it up
as one thing; each on a short made-up text."""

from tests.core.builders import mention_types as types_of


def test_letters_before_a_surname_taken_up_by_she_are_initials():
    """'MT Halloran said she ...': a gendered pronoun takes the name up, a person with initials (the tagger reads
    the letters as an acronym); the surname alone follows."""
    t = types_of("MT Halloran said she would step down next year.", "Halloran has run the charity since 2009.")
    assert t == {"MT Halloran": {"PER"}, "Halloran": {"PER"}}


def test_letters_before_a_surname_with_an_age_are_initials():
    """An age in brackets after the name, or after its surname alone in commas, says a person."""
    assert types_of("RB Castellan (52) was arrested on Tuesday.")["RB Castellan"] == {"PER"}
    t = types_of("The court heard that RB Castellan had lied.", "Castellan, 47, denies the charges.")
    assert t["RB Castellan"] == {"PER"} and t["Castellan"] == {"PER"}


def test_letters_before_a_word_with_firm_evidence_stay_a_firm():
    """'Shares in DK Varnol', 'Samsung and DK Varnol': a firm's cue and no person's, an organisation."""
    assert types_of("Shares in DK Varnol fell 4%.", "DK Varnol makes memory chips.")["DK Varnol"] == {"ORG"}
    t = types_of("The chipmaker competes with Samsung and DK Varnol.", "DK Varnol said its profits rose.")
    assert t["DK Varnol"] == {"ORG"}


def test_an_age_with_its_comma_glued_is_an_age():
    """'Castellan, 47, denies': the tokenizer keeps the comma on the number; it is still an age."""
    assert types_of("The court heard that Dunmore, 47, had lied.")["Dunmore"] == {"PER"}


def test_a_word_opening_sentences_taken_up_as_one_thing_is_kept():
    """'Orvantis ... Orvantis says', 'Orvantis blamed its ...': a word that reads as a compound plural
    ('Orv' + 'antis') opening every sentence it is in is kept when a verb for one subject or 'its' takes it up;
    a plural noun taking 'are', 'their' is still dropped."""
    assert types_of("Orvantis will close two plants in Ohio.", "Orvantis says demand has fallen.")["Orvantis"] == {"ORG"}
    assert types_of("Orvantis will close two plants.", "Orvantis blamed its falling sales.")["Orvantis"] == {"ORG"}
    assert types_of("Cybercriminals are targeting hospitals.", "Cybercriminals stole their data.") == {}


def test_a_venue_opened_by_a_first_name_is_a_place():
    """'Royal Opera House', 'Grace Concert Hall': a common word before Hall or House ends a venue, even when a
    first name opens the run; a first name and a surname ending in Hall stay a person."""
    t = types_of("The Royal Opera House cut its prices.", "Critics met at Grace Concert Hall.",
                 "Jerry Hall, 61, was there.")
    assert t["Royal Opera House"] == {"LOC"} and t["Grace Concert Hall"] == {"LOC"}
    assert t["Jerry Hall"] == {"PER"}


def test_what_follows_a_new_production_of_is_a_work():
    """'a new production of Carmen': a staged work, no person; 'the production of Ford cars' is a plant's."""
    t = types_of("The company staged a new production of Carmen last week.",
                 "Workers said the production of Ford cars would move to Spain.")
    assert "Carmen" not in t and t["Ford"] == {"ORG"}


def test_a_word_after_the_outskirts_of_is_a_place():
    """'on the outskirts of Filton', 'the villagers of Kelby': a part or the people of a place before "of"."""
    t = types_of("The plant is on the outskirts of Thornwick, near Bristol.",
                 "The villagers of Kelby signed a petition.")
    assert t["Thornwick"] == {"LOC"} and t["Kelby"] == {"LOC"}


def test_a_role_noun_opening_the_sentence_before_a_first_name_is_a_role():
    """'Striker Leon Abbey scored': the role noun is not part of the name, even when the surname is a place's
    last word ('Abbey')."""
    t = types_of("Striker Leon Abbey scored twice for the visitors.", "Abbey now has nine goals.")
    assert t["Leon Abbey"] == {"PER"} and "Striker Leon Abbey" not in t

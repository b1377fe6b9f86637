"""Works, characters and horses are not actors (issue 17, fifteenth round): short made-up texts, one per cue."""

from tests.core.builders import mention_names as names


def test_title_after_a_work_noun_is_a_work_everywhere():
    """'his 1998 hit Lights Over Varnholm' and 'the drama Kessel Road': titles; their other mentions too."""
    found = names("Singer Arno Feldt recorded his 1998 hit Lights Over Varnholm again.",
                  "Lights Over Varnholm sold well, and Feldt later wrote for the drama Kessel Road.",
                  "Kessel Road was shown by Nordvision.")
    assert "Arno Feldt" in found and "Nordvision" in found
    assert not {n for n in found if "Varnholm" in n or "Kessel" in n}


def test_quoted_title_after_a_possessive_is_a_work():
    """"Pieter Vaal's 'The Harbour at Dusk'": a painting, not a place or an organisation."""
    found = names("Thieves took Pieter Vaal's 'The Harbour at Dusk' from the Lindqvist Gallery.",
                  "The Harbour at Dusk was never found.")
    assert "Pieter Vaal" in found
    assert not {n for n in found if "Harbour" in n or "Dusk" in n}


def test_a_role_after_a_casting_verb_is_a_character():
    """'cast Mara Venn as Lotte Brisk': Lotte Brisk is a character, Mara Venn the actor."""
    found = names("Director Ivo Salk cast the actress Mara Venn as Lotte Brisk in the new film.",
                  "Lotte Brisk runs away to Lisbon at the end.")
    assert {"Ivo Salk", "Mara Venn"} <= found
    assert "Lotte Brisk" not in found


def test_a_horse_ridden_or_starring_is_not_an_actor():
    """'riding Quellmoor' names a horse; 'X, starring Y' a film."""
    found = names("Jockey Tam Orrin will be riding Quellmoor in the big race at Aintree.",
                  "Quellmoor won twice last year, trainer Bess Marl said.")
    assert {"Tam Orrin", "Bess Marl"} <= found
    assert "Quellmoor" not in found
    found = names("She followed that with Harbour Lights Tango, starring Emil Vosk, in 1992.")
    assert "Emil Vosk" in found and "Harbour Lights Tango" not in found


def test_report_title_in_apposition_at_the_end_of_a_sentence():
    """'the charity says in a report, Counting the Cost.': a title; 'a report, Ministers said' is no title."""
    found = names("Aid budgets are falling, the charity Helpwell says in a report, Waiting for Gregor.")
    assert "Helpwell" in found and "Gregor" not in found


def test_a_character_named_by_surname_drops_the_full_name():
    """'a fifth appearance as Brisk': the character; 'the next Lotte Brisk' is the same character."""
    found = names("Bookmakers stopped bets on who will be the next Lotte Brisk after wagers on Mara Venn.",
                  "Ilse Dorn was due to make a fifth appearance as Brisk.")
    assert {"Mara Venn", "Ilse Dorn"} <= found
    assert not {n for n in found if "Brisk" in n}


def test_possessive_concept_and_plural_name_are_not_actors():
    """"Velkan's Theorem" and "Alzheimer's disease" name concepts; "the Wayne Rooneys of this world" a kind of
    player; "Peter Moores said" stays a person."""
    found = names("Analyst Ruth Amsel said it was the network version of Velkan's Theorem.",
                  "Coach Peter Moores said we cannot all be Wayne Rooneys.")
    assert {"Ruth Amsel", "Peter Moores"} <= found
    assert not found & {"Velkan", "Wayne Rooneys"}


def test_list_after_a_plural_noun_of_products_is_not_actors():
    """"consoles such as Norvik's Playbox and the Zentra Cube": products; Norvik, the maker, stays."""
    found = names("Sales of consoles such as Norvik's Playbox and the Zentra Cube rose, analyst Ida Bern said.")
    assert {"Norvik", "Ida Bern"} <= found
    assert not found & {"Playbox", "Zentra Cube"}

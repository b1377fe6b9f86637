"""People found whole and typed right on short made-up texts (issue 17, fourth round: person spans and types)."""

from briefing.core.actors import extract_mentions
from tests.core.builders import make_article
from tests.core.builders import mention_types as people


def roles(*sentences: str) -> dict[str, str]:
    """Return each person mention's text with its role."""
    return {m.text: m.role for m in extract_mentions(make_article([" ".join(sentences)])) if m.type == "PER"}


def test_person_after_a_qualified_title_is_found():
    """'Defence Minister Tobias Wrenne': a qualifier before the title, a name no list knows; the role stays out."""
    r = roles("Defence Minister Tobias Wrenne said on Monday the plan was sound.")
    assert r.get("Tobias Wrenne") == "Defence Minister"
    r = roles("Talks began after German Defence Minister Oskar Quellbach arrived.")
    assert "Oskar Quellbach" in r and r["Oskar Quellbach"].endswith("Defence Minister")


def test_title_in_front_of_a_title_and_name_stays_out_of_the_name():
    """'Co-Premiers Prince Norodar Ravenith': the plural title and the title are the role, not the name."""
    t = people("Co-Premiers Prince Norodar Ravenith and the opposition agreed on Sunday.")
    assert t.get("Norodar Ravenith") == {"PER"}
    assert not any(k.startswith(("Co-Premiers", "Prince")) for k in t)


def test_title_with_a_complement_stops_at_the_first_name():
    """'Secretary of State Madeleine Orlova': the complement is part of the role; with no name there is no person."""
    r = roles("He met Secretary of State Madeleine Orlova on Monday.")
    assert r.get("Madeleine Orlova") == "Secretary of State"
    t = people("He met the State Minister for National Development Planning on Monday.")
    assert not any(v == {"PER"} for v in t.values())


def test_hyphenated_given_name_stays_with_the_surname():
    """'Kim Ho-seok', 'Li Wen-yu': the hyphenated given name belongs to the name; 'Oscar-nominated' is no name part."""
    t = people("The request to return Kim Ho-seok and Li Wen-yu came on Monday.",
               "The Oscar-nominated actor and a Tokyo-based firm were not involved.")
    assert t.get("Kim Ho-seok") == {"PER"} and t.get("Li Wen-yu") == {"PER"}
    assert not any("Oscar" in k or "Tokyo-based" in k for k in t)


def test_capitalised_particle_does_not_start_a_second_name():
    """'Nico Van Kesteloot': a particle that is also a first name continues the name, it starts no new one."""
    t = people("Belgium - 1 - Filip Dewaele , 2 - Nico Van Kesteloot , 3 - Dirk Medlaert")
    assert "Nico Van Kesteloot" in t and "Nico" not in t


def test_first_name_that_is_a_month_or_a_nationality_starts_a_name():
    """'Jan Allan Moeller', 'Jan Kroslavek', 'Christian Arruzo' are people; 'to June Comelfa' is a month and a firm."""
    t = people("Jan Allan Moeller scored for the visitors.", "Rodney Hale beat Jan Kroslavek 6-4 6-3.",
               "Darryn Holt ( Australia ) beat Christian Arruzo ( U.S. ) 2-0.",
               "From January to June Comelfa exported 59 percent of its output.")
    assert "Jan Allan Moeller" in t and "Jan Kroslavek" in t and "Christian Arruzo" in t
    assert "June Comelfa" not in t


def test_regnal_number_is_part_of_the_name():
    """'Queen Elizabeth I', 'King Baldric I', 'Pedro I became emperor': the number stays; 'Pedro I think' is a pronoun."""
    t = people("1533 - Queen Elizabeth I born.", "1930 - King Baldric I born.", "1822 - Pedro I became emperor.",
               "Then Pedro I think went home.")
    assert {"Elizabeth I", "Baldric I", "Pedro I"} <= set(t)
    assert "Pedro" in t


def test_relative_noun_before_a_lone_name_makes_a_person_everywhere():
    """'his wife Naiva': a lone unknown word after a relative's noun is a person, in its other uses too."""
    t = people("President Boris Yeltsin visited his wife Naiva in hospital on Friday.", "Naiva was said to be well.")
    assert t.get("Naiva") == {"PER"}


def test_cricket_dismissals_and_bowling_figures_name_people():
    """'c Vasko b Chandrel', 'lbw b Orrak', 'Vasko 7-0-29-0': the players of a scorecard are people in every line."""
    t = people("M. Bevan c Vasko b Chandrel 56", "G. Thorpe lbw b Orrak 21", "Bowling : Vasko 7-0-29-0 , Orrak 10-1-30-2",
               "Did not bat : Vasko , Chandrel .")
    assert t.get("Vasko") == {"PER"} and t.get("Chandrel") == {"PER"} and t.get("Orrak") == {"PER"}


def test_title_that_is_a_surname_is_the_person_named_in_full():
    """'King said' is Billie Jean King's surname when the text names her; 'The King said' and an unnamed 'King' are no one."""
    t = people("Billie Jean King is the captain.", '" We need her , " King said .')
    assert t.get("King") == {"PER"}
    assert "King" not in people('" We need her , " King said .')
    assert "King" not in people("Billie Jean King is the captain.", "The King said no.")


def test_two_common_words_ending_in_a_surname_read_as_a_person():
    """'Tiger Woods shot 67': a common word and a listed surname the tagger reads as a person; its surname follows."""
    t = people("He said Tiger Woods shot 67 on Friday.", "Woods was among a group of 13 players.")
    assert t.get("Tiger Woods") == {"PER"} and t.get("Woods") == {"PER"}
    assert "Desperate Housewives" not in people("Desperate Housewives was shown on Monday.")


def test_age_after_a_two_word_name_makes_a_person():
    """'Severine Gravel , 19 --': an age in commas or dashes after a name that ends in a common word keeps the person."""
    t = people("The two girls -- Rachel Legrand , 18 , and Severine Gravel , 19 -- were found on Friday.")
    assert t.get("Severine Gravel") == {"PER"}
    assert people("Champions Bathurst , 56-13 winners over Orrell , led the table.").get("Bathurst") != {"PER"}

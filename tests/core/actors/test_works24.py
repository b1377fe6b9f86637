"""Events, awards, illnesses and products are not actors (issue 17, works24): short made-up texts, one per cue."""

from tests.core.builders import mention_names as names


def test_award_name_and_its_head_are_not_actors():
    """"the Velvet Groove Awards" names an award; "Velvet Groove nominations" is the same award."""
    found = names("Singer Arno Feldt leads the field at this year's Velvet Groove Awards, with five nominations.",
                  "The Velvet Groove Awards ceremony will take place in Hollywood.",
                  "His Velvet Groove nominations include best album.", title="Feldt leads Velvet Groove shortlist")
    assert "Arno Feldt" in found
    assert not {n for n in found if "Velvet" in n}


def test_plural_of_an_event_word_is_an_event():
    """"the 2002 and 2003 Varnholm Marathons": a series of races, not an organisation."""
    found = names("Ruth Okelo took part in the 2002 and 2003 Varnholm Marathons and won neither.",
                  "Okelo later joined Nordvision.")
    assert "Ruth Okelo" in found
    assert not {n for n in found if "Marathons" in n}


def test_name_in_apposition_after_an_event_noun_is_the_event():
    """"the warm-up event, the Kessel International.": the tournament's name."""
    found = names("Anna Dovic also decided against competing in the Open warm-up event, the Kessel International.",
                  "Dovic will play in Melbourne instead.")
    assert "Anna Dovic" in found
    assert "Kessel International" not in found


def test_place_before_champion_is_the_championship():
    """"Wimbledon champion Maria Sharapova": the championship held there, not the place."""
    found = names("Dovic pulled out of an exhibition match with Wimbledon champion Maria Sharapova in December.")
    assert "Maria Sharapova" in found
    assert "Wimbledon" not in found


def test_bare_possessive_among_illness_words_is_an_illness():
    """"victims of Kessler's, Varnholt's and Lindqvist disease": illnesses named after people, not people."""
    found = names("Arno Feldt said science could help victims of Kessler's, Varnholt's and Lindqvist disease.",
                  "Millions suffer devastating illnesses like Varnholt's, Stiff Bone Disease and Kessler's.")
    assert "Arno Feldt" in found
    assert not {n for n in found if "Kessler" in n or "Varnholt" in n or "Lindqvist" in n or "Stiff" in n}


def test_shop_possessive_is_no_illness():
    """"bought at Ostergaard's." with no word of illness in the sentence: still a name."""
    found = names("Arno Feldt bought the bread at Ostergaard's.")
    assert "Ostergaard" in found


def test_plural_of_a_named_maker_is_its_products():
    """"building Skarvos and Dremmers" beside "Volker": the cars, not the maker."""
    found = names("Skarvo is losing money fast.", "The group saves money by building Skarvos and Dremmers.",
                  "Shifting the production of Skarvos to Asia would help Skarvo.")
    assert "Skarvo" in found
    assert "Skarvos" not in found


def test_acronym_of_a_technology_in_brackets_is_a_technology():
    """"a technology known as Quick Feed Exchange (QFE)": the acronym is the technology too."""
    found = names("The site makes use of a technology known as Quick Feed Exchange (QFE) that many blogs use.",
                  "QFE is the ideal way to keep track of sites, said Arno Feldt.")
    assert "Arno Feldt" in found
    assert not {n for n in found if "QFE" in n or "Quick Feed" in n}

"""Span and merge errors of the twenty-fourth round (issue 17), each on a text written for it."""

from tests.core.builders import actors_of, by_name, typed


def test_party_that_is_also_a_first_name_before_a_person_is_cut_off():
    """"Tory Ken Barlow": the party word (also a first name) is cut off the person and names the party."""
    actors = actors_of("The plan was attacked by Tory Ken Barlow on Monday. Mr Barlow said it was unfair.")
    person = by_name(actors, "Ken Barlow")
    assert person is not None and person.type == "PER"
    assert by_name(actors, "Tory") is not None
    assert by_name(actors, "Tory Ken Barlow") is None


def test_first_name_that_is_a_party_word_stays_a_first_name():
    """"Tory Burch": a first name and a surname, no person after it, so nothing is cut."""
    assert not any(text == "Burch" for text, _ in typed("Tory Burch opened a shop in Leeds."))


def test_ampersand_between_two_people_splits_them():
    """"Mary Hale & Tom Ross": two people named in full are two actors; a firm's "&" stays inside."""
    ms = typed("The singers Mary Hale & Tom Ross won an award. Shares in Marks & Spencer rose.")
    assert ("Mary Hale", "PER") in ms and ("Tom Ross", "PER") in ms
    assert ("Marks & Spencer", "ORG") in ms
    assert not any("&" in text and "Ross" in text for text, _ in ms)


def test_plural_of_a_brand_is_the_brand():
    """"Kellvos" beside "Kellvo": the plural names the brand's cars, never an actor of its own; the brand stays,
    called by the singular (works.py drops the plural as a product, or aliases.py joins it to the brand)."""
    actors = actors_of("Sales of Kellvos fell in March. Kellvo said sales would recover. Kellvo said more.")
    brand = by_name(actors, "Kellvo")
    assert brand is not None and brand.type == "ORG"
    assert by_name(actors, "Kellvos") is None and not any(a.name.startswith("Kellvos") for a in actors)


def test_number_glued_to_its_unit_stays_in_the_role():
    """"4km champion Edith Long": the role keeps "4km", not "km champion"."""
    person = by_name(actors_of("The race was won by 4km champion Edith Long on Sunday."), "Edith Long")
    assert person is not None and person.role == "4km champion"


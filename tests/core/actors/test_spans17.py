"""Span and merging errors of the sixteenth round (issue 17): each kind on a short text written for it."""

from tests.core.builders import actor_aliases as actors, typed


# -- spans cut short ------------------------------------------------------------------


def test_plural_field_before_and_opens_a_body_name():
    """"Railways and Harbours Board": a plural (an organisation word) before "and" and a body's head word make one name."""
    ms = typed("The Railways and Harbours Board closed the port to trawlers on Monday.")
    assert ("Railways and Harbours Board", "ORG") in ms


def test_honorific_after_an_initials_full_stop_starts_another_person():
    """"Witness B. Mr Carter said": the initial's full stop ends the sentence; Mr Carter is his own name."""
    ms = typed("The court heard about the man known as Witness B. Mr Carter, for the council, said the boy was safe.")
    names = [t for t, _ in ms]
    assert "Carter" in names or "Mr Carter" in names
    assert not any("B." in n and "Carter" in n for n in names)


def test_caption_label_is_not_glued_to_the_name_before_it():
    """"the Blackwood Ready for takeoff: ...": a caption's label after a name is cut off; "Jack Straw said:" stays."""
    ms = typed("Guests flew in with Harriet Blackwood Ready for takeoff: The jet waited at Luton for an hour.",
               "Foreign minister Jack Straw said: 'We will wait.'")
    names = [t for t, _ in ms]
    assert "Harriet Blackwood" in names and not any("Ready" in n for n in names)
    assert "Jack Straw" in names


def test_descriptor_noun_opening_the_sentence_is_not_part_of_the_name():
    """"Charity Fin-Watch, which ...": the noun says what the name is; a person called Charity keeps her name."""
    found = actors("Charity Fin-Watch, which campaigns for sharks, reported the shop to the council.",
                   "Fin-Watch said the shop broke the law.", "Charity Smith, a nurse, agreed with it.")
    assert found["Fin-Watch"][0] == "ORG" and "Charity Fin-Watch" not in found
    assert "Charity Smith" in found


def test_party_before_a_surname_with_a_possessive_is_two_names():
    """"for Labour Jones's speech": the party and the person are two actors, Jones joins Peter Jones."""
    found = actors("Peter Jones spoke in Cardiff on Monday.",
                   "'Sadly for Labour Jones's speech changed nothing,' a rival said.")
    assert "Labour Jones" not in found
    assert "Labour" in found and found["Labour"][0] == "ORG"
    assert found["Peter Jones"][0] == "PER"


# -- split actors that are one --------------------------------------------------------


def test_acronym_spelling_an_unlisted_place_like_name_makes_one_organisation():
    """"Sunni Desert State" ... "SDS control": an unlisted name and the initials it is given are one organisation."""
    found = actors("Fighters of Sunni Desert State seized the town on Monday.",
                   "Sunni Desert State has executed dozens of prisoners.",
                   "A large area is now divided between Kurdish and SDS control.")
    assert found["Sunni Desert State"] == ("ORG", ["SDS"])
    assert "SDS" not in found


def test_acronym_with_its_name_in_apposition_is_one_organisation():
    """"FEPRA, the Federation of European Port Rail Authorities, agrees": the acronym and the name are one actor."""
    found = actors("FEPRA, the Federation of European Port Rail Authorities, agrees with the plan.",
                   "The ministers met in Brussels on Monday.")
    assert found["Federation of European Port Rail Authorities"] == ("ORG", ["FEPRA"])
    assert "FEPRA" not in found


def test_organisation_is_named_by_its_name_not_its_web_address():
    """"Quorvo" and "Quorvo.com": one actor shown as "Quorvo", the address an alias."""
    found = actors("The payment firm Quorvo warned its users on Monday.",
                   "A fake Quorvo.com was registered by a stranger, the firm said.")
    assert found["Quorvo"] == ("ORG", ["Quorvo.com"])


def test_listed_company_named_in_full_once_is_one_actor():
    """"Amazon Inc" once and "Amazon" elsewhere: one company (a listed short name with its legal form)."""
    found = actors("Amazon Inc said profits rose on Monday.", "Amazon will hire more staff in Leeds, it said.")
    assert "Amazon Inc" not in found
    assert "Amazon Inc" in found["Amazon"][1]

"""English key-actor kinds, round 64 (issue 17): a name set between commas after an official's or a ruler's title
noun is a person; a ruler's title before a name is the role; vessels and storms are no actors. Made-up texts."""

from tests.core.builders import actor_type_roles, actors_of, names


def test_name_in_apposition_after_a_title_noun_is_a_person():
    """'The emir, Tamim, said': an untyped lone word between commas after a title noun is a person with that role."""
    got = actor_type_roles("Talks on the pipeline opened in Doha on Monday.",
                           "The emir, Tamim, said the talks would last a week. Later the sultan, Haitham, agreed.")
    assert got["Tamim"] == ("PER", "emir")
    assert got["Haitham"] == ("PER", "sultan")


def test_organisation_in_apposition_after_an_owner_stays_no_person():
    """'Its owner, Varnel Lines, said': an owner may be a firm, so the apposition makes no person."""
    got = actor_type_roles("A cargo ship ran aground near Brest on Monday.",
                           "Its owner, Varnel Lines, said the crew of 20 was safe.")
    assert got.get("Varnel Lines", ("ORG", ""))[0] != "PER"


def test_ruler_title_before_a_name_is_the_role():
    """'King Abdullah', 'Sultan Qaboos', 'Emperor Naruhito': a ruler's title is the office, kept as the role;
    a noble title ('Prince Hussein') stays part of how the person is named."""
    got = actor_type_roles("King Abdullah met Sultan Qaboos in Amman on Monday. Emperor Naruhito sent a message.",
                           "King Abdullah said the talks went well. Prince Hussein attended.")
    assert got["Abdullah"] == ("PER", "King")
    assert got["Qaboos"] == ("PER", "Sultan")
    assert got["Naruhito"] == ("PER", "Emperor")
    assert got["Hussein"] == ("PER", "")


def test_ship_prefix_and_vessel_apposition_are_no_actors():
    """'HMS Lancaster', 'a fishing boat, the Girl Rachel,': vessels, dropped with all their mentions."""
    got = names(actors_of("A British warship, HMS Dauntless, was nearby. Commander Jo Reed said HMS Dauntless "
                          "had helped.",
                          "The coastguard searched for a fishing boat, the Morwenna Belle, off Cornwall. The Morwenna "
                          "Belle had three men aboard, its owner, Ann Pike, said."))
    assert "HMS Dauntless" not in got and "Dauntless" not in got
    assert "Morwenna Belle" not in got
    assert {"Jo Reed", "Ann Pike", "Cornwall"} <= got


def test_storm_at_a_sentence_start_is_no_actor():
    """'Hurricane Delia flooded ...' at a sentence's start: the finder leaves the storm word out of the name,
    the name is still a storm's, and its later uses ('Delia weakened') go with it."""
    got = names(actors_of("Hurricane Delphine flooded towns in Florida on Monday, with winds of 90mph.",
                          "Typhoon Wipha hit Hong Kong. Delphine weakened later, Governor Ron Tate said."))
    assert "Delphine" not in got and "Wipha" not in got
    assert {"Florida", "Hong Kong", "Ron Tate"} <= got

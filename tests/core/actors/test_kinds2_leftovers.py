"""English key-actor leftovers of issue 17 (round kinds2): a firm as the object of a verb no work takes and in
apposition before a verb of saying; bodies named by a building or a science; places named with a possessive;
capitalised titles set before a name by a comma; Welsh, Arabic and Dutch name particles. Made-up texts."""

from tests.core.builders import actor_type_roles, actors_of, names


def test_firm_as_object_of_fined_or_sued_is_an_organisation():
    """'Regulators fined Ardent Rail': two dictionary words read as a work's title, but a work is not fined."""
    got = actor_type_roles("Regulators fined Ardent Rail £2m on Monday for repeated delays.",
                           "Shareholders sued Brightwater Homes in London on Friday.")
    assert got["Ardent Rail"][0] == "ORG"
    assert got["Brightwater Homes"][0] == "ORG"


def test_firm_in_apposition_before_said_is_an_organisation():
    """'Its owner, Kestrel Maritime, said': the subject named again between commas speaks."""
    got = actor_type_roles("A ferry ran aground on Sunday. Its owner, Kestrel Maritime, said no one was hurt.")
    assert got["Kestrel Maritime"][0] == "ORG"


def test_body_named_by_observatory_or_gallery_is_an_organisation():
    """'Hong Kong Observatory', 'Tate Gallery': an organisation word ends the name, no person."""
    got = actor_type_roles("The Hong Kong Observatory raised its storm signal on Monday.",
                           "Staff at the Varley Gallery and the Portmoor Observatory moved equipment.")
    assert got["Hong Kong Observatory"][0] == "ORG"
    assert got["Varley Gallery"][0] == "ORG"
    assert got["Portmoor Observatory"][0] == "ORG"


def test_place_named_with_a_possessive_is_one_place():
    """"Land's End", "Devil's Point": no person "Land", no organisation "Devil"."""
    got = actor_type_roles("Two walkers reached Devil's Point on Friday after a month on the road from Land's End.",
                           "They raised money for a hospice, said Ruth Gale.")
    assert "Land" not in got and "Devil" not in got
    assert got["Land's End"][0] == "LOC"
    assert got["Devil's Point"][0] == "LOC"


def test_listed_place_keeps_owning_what_follows():
    """"London's Hyde Park": a listed place owns the park, both stay."""
    got = names(actors_of("They walked from London's Hyde Park to the river on Sunday."))
    assert {"London", "Hyde Park"} <= got


def test_capital_title_set_before_a_name_by_a_comma_is_the_role():
    """'The Taoiseach, Ciaran Doyle,' and 'The Prime Minister, Raj Mehta,': the title is the person's role."""
    got = actor_type_roles("The Taoiseach, Ciaran Doyle, met union leaders in Dublin on Monday.",
                           "The Prime Minister, Raj Mehta, said talks would go on. The Executive, Ann Lee, agreed.")
    assert got["Ciaran Doyle"] == ("PER", "Taoiseach")
    assert got["Raj Mehta"] == ("PER", "Prime Minister")
    assert got["Ann Lee"] == ("PER", "")
    assert "Taoiseach" not in got


def test_welsh_and_arabic_name_particles_keep_one_name():
    """'Dafydd ap Gruffudd', 'Khalid ibn Rashid': the particle joins the name, one person."""
    got = actor_type_roles("Dafydd ap Gruffudd, the party's leader, said the vote was a disgrace.",
                           "Khalid ibn Rashid met him in Cardiff on Tuesday.")
    assert got["Dafydd ap Gruffudd"][0] == "PER"
    assert got["Khalid ibn Rashid"][0] == "PER"
    assert "Dafydd" not in got and "Gruffudd" not in got


def test_title_case_subheading_with_a_past_tense_is_no_name():
    """'The Harbour Lights Reunion Tour Caused Uproar' as a body line: a verb ends a name, the line is a subheading;
    names the text gives elsewhere are still found in it."""
    got = names(actors_of("Harbour Lights played in Leeds on Friday, Jo Marr said.",
                          "The Harbour Lights Reunion Tour Caused Uproar",
                          "Fans queued for hours."))
    assert not any("Caused" in n for n in got)
    assert {"Leeds", "Jo Marr"} <= got


def test_body_name_ending_in_a_naming_ed_word_stays():
    """'Allied Forces Associated Press' lines aside, a sentence line with 'United' stays a name."""
    got = names(actors_of("Harwick United beat Dunmore Rovers 2-1 on Saturday, manager Al Hart said."))
    assert "Harwick United" in got


def test_common_word_and_plural_nationality_noun_is_no_actor():
    """'Regime Syrians', 'Exile Iranians': a group of people, no organisation; a town's team keeps its plural."""
    got = names(actors_of("He blamed the regime. Loyal Regime Syrians fled to Beirut on Monday.",
                          "Many Exile Iranians live in Toronto, Ruth Cole said. The Cleveland Indians lost."))
    assert not any(n.endswith(("Syrians", "Iranians")) for n in got)
    assert {"Beirut", "Toronto", "Ruth Cole"} <= got

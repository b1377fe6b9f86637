"""Roles come from the text attached to a name: appositions after and before it, cleaned (issue 17, roles23)."""

from tests.core.builders import actor_role, person_roles as roles


def test_apposition_after_a_titled_name():
    """'Officer Tom Varga, spokesman for the Dale County Sheriff's Office, told': the apposition is his role."""
    r = roles("Officer Tom Varga, spokesman for the Dale County Sheriff's Office, told reporters the dogs were safe.")
    assert r["Tom Varga"] == "spokesman for the Dale County Sheriff's Office"


def test_apposition_with_a_hyphenated_role_noun():
    """'Rana Osei, co-founder of Blinkit,': a co- role noun heads the phrase."""
    assert roles("The idea works, said Rana Osei, co-founder of Blinkit.")["Rana Osei"] == "co-founder of Blinkit"


def test_apposition_before_the_name():
    """'The charity's director, Barbara Holm, said': the phrase before the name's comma is her role."""
    assert roles("The charity's director, Barbara Holm, said the year would end in failure.")["Barbara Holm"] \
        == "The charity's director"
    assert roles("He spoke to a spokesman, Chris Hale, on Monday.")["Chris Hale"] == "a spokesman"


def test_a_clause_after_the_name_is_no_role():
    """'Paul Heath, acting on behalf of the Education Secretary,': a participle clause, no role noun phrase."""
    assert roles("Paul Heath, acting on behalf of the Education Secretary, banned the teacher.")["Paul Heath"] == ""
    assert roles("Paul Heath, who was a spokesman for the school, left.")["Paul Heath"] == ""


def test_degree_is_skipped_and_an_affiliation_is_no_role():
    """'Mark Shad, Ph.D., of Columbia University': no role; 'Mark Shad, Ph.D., a professor at X,': the role."""
    assert roles("The work was led by Mark Shad, Ph.D., of Columbia University, and others.")["Mark Shad"] == ""
    assert roles("The work was led by Mark Shad, Ph.D., a professor at Columbia University, and others.")["Mark Shad"] \
        == "a professor at Columbia University"


def test_role_never_jumps_to_a_neighbour():
    """'Ann Kerr met Olaf Bruun, the foreign minister.': Bruun's role only; 'Ann Kerr met the foreign minister
    Olaf Bruun' gives Kerr none either."""
    r = roles("Ann Kerr met Olaf Bruun, the foreign minister.")
    assert r["Olaf Bruun"] == "the foreign minister" and r["Ann Kerr"] == ""


def test_speech_verb_ends_the_role():
    """'Al Rhein, its minister for economic affairs added.': the verb is no part of the role."""
    assert actor_role('"We want it here," Al Rhein, its minister for economic affairs added.', "Al Rhein") \
        == "minister for economic affairs"  # nor its opening determiner


def test_title_of_address_after_the_role_is_dropped():
    """'author Professor Sam Hawke': the role is 'author'."""
    assert actor_role("Speakers have included author Professor Sam Hawke.", "Sam Hawke") == "author"


def test_titles_of_works_are_no_role():
    """'Star Wars and The Good Lena Morrow' read as a role: capitalised titles joined by 'and' are works."""
    from briefing.core.actors.lexicon import _lexicon
    from briefing.core.actors.roles import tidy_role

    assert tidy_role(_lexicon(), "Star Wars and The Good", []) == ""
    assert tidy_role(_lexicon(), "Minister for Children, Young People and Families", []) != ""


def test_father_in_a_caption_is_a_parent_not_a_priest():
    """'Father Aron Cutler said he was disgusted': no church in the text, so no role; with a parish, a priest."""
    text = "Father Aron Cutler said he was disgusted by the music. He was taking his daughter to the ceremony."
    assert actor_role(text, "Aron Cutler") == ""
    assert actor_role("Father Aron Cutler said mass at the parish church on Sunday.", "Aron Cutler") == "Father"


def test_a_determiner_opening_a_role_is_not_shown():
    """'The Lorvan Green Party's health spokeswoman, Ada Brisk, said': the role shown is the noun phrase without
    its opening "The"; a one-word role keeps its word."""
    from briefing.core.actors.lexicon import _lexicon
    from briefing.core.actors.roles import tidy_role

    lex = _lexicon()
    assert tidy_role(lex, "The Lorvan Green Party's health spokeswoman", []) == "Lorvan Green Party's health spokeswoman"
    assert tidy_role(lex, "its minister for economic affairs", []) == "minister for economic affairs"
    assert tidy_role(lex, "spokeswoman", []) == "spokeswoman"

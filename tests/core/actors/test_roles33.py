"""Roles from the text attached to a name, round 33 (issue 17): roles cut short before a name, role nouns missing
from the list, a role before a lone surname, a relative, a ranking and one of several holders of a role."""

from tests.core.builders import actor_role, person_roles as roles


def test_participle_and_count_stay_in_the_role():
    """'Kenton sporting director Ivo Darrel', 'Former double world champion Ada Welk': not cut to the noun."""
    assert roles("The deal was done, said Kenton sporting director Ivo Darrel.")["Ivo Darrel"] \
        == "Kenton sporting director"
    assert roles("Former double world champion Ada Welk was banned.")["Ada Welk"] == "Former double world champion"


def test_number_glued_to_its_unit_inside_the_role():
    """'former European 100m champion Ivo Darrel': the distance and what stands before it are the role's."""
    assert roles("Britain's former European 100m champion Ivo Darrel is serving a ban.")["Ivo Darrel"] \
        == "former European 100m champion"


def test_common_role_nouns_before_a_name():
    """'Controversial DJ Ivo Darrel', 'Kenton Cup doctor', 'trainer', 'Agent' open a person's role."""
    assert actor_role("Controversial DJ Ivo Darrel has been dropped.", "Ivo Darrel") == "Controversial DJ"
    assert roles("It is fine, said Kenton Cup doctor Ivo Darrel.")["Ivo Darrel"] == "Kenton Cup doctor"
    assert actor_role("Coach Remy Kor and trainer Ivo Darrel are charged.", "Ivo Darrel") == "trainer"
    assert actor_role("Agent Ivo Darrel insists he will stay.", "Ivo Darrel") == "Agent"


def test_role_before_a_lone_surname_reaches_the_actor():
    """'Kenton manager Darrel' later in the text: the role of the lone surname is the full name's."""
    text = "Ledbury won. He wants to play for Martin Darrel. Kenton manager Darrel is no fool. Darrel said so."
    assert actor_role(text, "Martin Darrel") == "Kenton manager"


def test_relative_with_a_pronoun_ranking_and_one_of_several():
    """'His mother Ada Welk', 'Former world number two Ivo Darrel', 'one of their lawyers, Ivo Darrel.'."""
    assert actor_role("His mother Ada Welk told the network he was innocent.", "Ada Welk") == "his mother"
    assert actor_role("Former world number two Ivo Darrel is also a doubt.", "Ivo Darrel") == "Former world number two"
    assert actor_role("A decision is due, said one of their lawyers, Ivo Darrel.", "Ivo Darrel") \
        == "one of their lawyers"

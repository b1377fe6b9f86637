"""Roles from the text attached to a name, round 29 (issue 17): a possessive owner and a role modifier before
the name, a clause after an apposition's head, role nouns of experts, titles that are part of a name."""

from tests.core.builders import actor_role, person_roles as roles


def test_role_modifier_in_a_role_before_the_name():
    """'Dunmore's new chief executive, Ada Welk,': 'new' is a role modifier, the owner opens the phrase."""
    assert roles("Dunmore's new chief executive, Ada Welk, is trying to reach a deal.")["Ada Welk"] \
        == "Dunmore's new chief executive"


def test_owner_possessive_after_a_preposition_opens_the_role():
    """'the inquiry by Kenton's top law chief, Ivo Marr,': the owner's possessive stands for a determiner; a
    lower-case possessive ('year's') does not."""
    assert roles("This is the inquiry by Kenton's top law chief, Ivo Marr, and a second one.")["Ivo Marr"] \
        == "Kenton's top law chief"
    assert roles("It was won by last year's champion, Ivo Marr, in May.")["Ivo Marr"] == ""


def test_relative_clause_after_the_apposition_head_is_cut():
    """'Rob Tallis, sales director for Arbor Nets which is behind the system,': the role ends at 'which'."""
    assert roles("Rob Tallis, sales director for Arbor Nets which is behind the new system, spoke.")["Rob Tallis"] \
        == "sales director for Arbor Nets"


def test_long_participle_phrase_after_the_role_noun_is_cut():
    """'Dan Kell, a text message guru living in Britain with ...': too long whole, the participle goes; a short
    one that fits stays ('a lawyer leading the suit')."""
    assert roles("He found Dan Kell, a text message guru living in Britain with his three cats and two dogs.")[
        "Dan Kell"] == "a text message guru"
    assert roles("He found Dan Kell, a lawyer leading the suit.")["Dan Kell"] == "a lawyer leading the suit"


def test_expert_nouns_are_role_nouns():
    """'Mal Seabury, security expert at Enverx,' and 'pensions specialist Clare Moor': roles."""
    assert roles("\"It is worse,\" said Mal Seabury, security expert at Enverx.")["Mal Seabury"] \
        == "security expert at Enverx"
    assert roles("Pensions specialist Clare Moor said the rules changed.")["Clare Moor"] == "Pensions specialist"


def test_participle_naming_a_role_before_its_noun():
    """'the presiding judge Ann Lowe': 'presiding' is part of the role, not a verb."""
    assert roles("The case was heard by the presiding judge Ann Lowe on Monday.")["Ann Lowe"] == "presiding judge"


def test_royal_title_alone_is_no_role():
    """'Prince Charles': a noble title is how the person is named, no role; a ruler's title is the office held
    ('King Edward III' has the role 'King', as 'President' would be); 'Crown Prince' stays."""
    text = "Prince Charles met King Edward III and Crown Prince Naruhito at the palace in Ledbury."
    assert actor_role(text, "Charles") == ""
    assert actor_role(text, "Edward III") == "King"
    assert actor_role(text, "Naruhito") == "Crown Prince"

"""Aliases and types, fifty-first round: a town named alone beside an organisation that holds its name, a listed
town's name used alone for the firm named after it, a title word of the bench. Made-up texts, one per rule."""

from __future__ import annotations

from ..builders import actor_aliases as _actors
from ..builders import actor_type_roles
from ..builders import alias_owner as _owner


def test_town_read_as_a_place_is_no_short_name_of_the_trust_named_after_it():
    """A lone word used after "in" and "residents of" is the town, not the trust that holds its name."""
    got = _actors("Councillors in Pellworth voted to fund the Pellworth Canal Trust. Residents of Pellworth "
                  "signed a petition. The Pellworth Canal Trust said it would reply.")
    assert got["Pellworth"][0] == "LOC"
    assert "Pellworth" not in got["Pellworth Canal Trust"][1]


def test_residents_of_alone_make_the_word_a_town_beside_a_campaign():
    """ "Residents of X" is a place's cue too, against a campaign named "Save X Pools"."""
    got = _actors("Save Orrisham Pools, a campaign group, said the closure was unfair. Residents of Orrisham "
                  "marched on Saturday.")
    assert got["Orrisham"][0] == "LOC"


def test_short_form_that_acts_as_a_firm_still_joins_it():
    """A lone word the text uses as the firm ("said", "was rescued") joins the firm named with it."""
    got = _actors("Trevanon Building Society ran out of cash, its chief executive said. Trevanon was rescued "
                  "by a rival on Friday. Trevanon said savers would not lose money.")
    assert _owner(got, "Trevanon") == "Trevanon Building Society"


def test_listed_town_used_as_the_firm_joins_the_firm_it_opens():
    """A listed town's name used alone as a firm ("was rescued", "said") is the firm that opens with it."""
    got = _actors("Northfield Building Society ran out of cash, its chief executive Mary Pell said. "
                  "Northfield was rescued by a rival on Friday. Northfield said savers would not lose money.")
    assert _owner(got, "Northfield") == "Northfield Building Society"


def test_listed_town_with_a_place_cue_stays_the_town():
    """The same listed town used after "in" stays a place of its own."""
    got = _actors("Northfield Building Society ran out of cash, its chief executive Mary Pell said. "
                  "Shoppers in Northfield queued outside the branch. Northfield said little.")
    assert got["Northfield"][0] == "LOC"


def test_magistrate_is_a_title_and_the_role():
    """ "Magistrate" before a name is a title: the person keeps the name without it and the role."""
    got = actor_type_roles("Magistrate Orla Brennity fined the driver on Friday. Brennity said the offence was grave.")
    assert got["Orla Brennity"] == ("PER", "Magistrate")


def test_numbered_channel_joins_its_broadcaster():
    """A broadcaster's name with a digit ("QTV2") is the broadcaster the text also names ("QTV")."""
    got = _actors("The final will be shown on QTV2 on Sunday. QTV said it paid a record sum for the rights.")
    assert _owner(got, "QTV2") == _owner(got, "QTV")


def test_two_numbered_names_without_the_plain_one_stay_apart():
    """Without the plain name, two numbered ones join nothing."""
    got = _actors("The final will be shown on QTV2 on Sunday. QTV3 will show the highlights.")
    assert _owner(got, "QTV2") != _owner(got, "QTV3")


def test_park_named_without_national_park_is_the_park():
    """A word alone ("Tarrow") beside "Tarrow National Park" is the park, not a person or another place."""
    got = _actors("Wolves returned to Tarrow National Park last spring. Visitors to Tarrow were warned to keep "
                  "dogs on leads. Rangers at Tarrow counted eleven.")
    assert _owner(got, "Tarrow") == "Tarrow National Park"


def test_lake_named_without_its_head_noun_is_the_lake():
    """A word alone beside "X Lake" is the lake."""
    got = _actors("Ice covered Fenmore Lake on Monday. Skaters flocked to Fenmore at the weekend.")
    assert _owner(got, "Fenmore") == "Fenmore Lake"


def test_person_with_a_title_is_no_short_name_of_the_park():
    """A word with a person's cue ("Mr") stays the person beside a park named after someone."""
    got = _actors("Wolves returned to Tarrow National Park last spring. Mr Tarrow, who founded it, was pleased.")
    assert _owner(got, "Tarrow") != "Tarrow National Park"


def _titled(title: str, body: str) -> dict:
    from briefing.core.actors import extract_actors

    from ..builders import make_article

    return {a.name: (a.type, a.aliases) for a in extract_actors(make_article([body], title=title))}


def test_headline_common_noun_before_a_firm_is_no_part_of_its_name():
    """ "Insurer Pellacor to cut jobs" names Pellacor, which the body calls so: no person "Insurer Pellacor"."""
    got = _titled("Insurer Pellacor to cut 900 jobs",
                  "Pellacor will close two offices, the company said on Monday. Pellacor sells car cover.")
    assert "Insurer Pellacor" not in got
    assert got["Pellacor"][0] == "ORG"


def test_headline_compound_noun_before_a_firm_is_no_part_of_its_name():
    """A compound of two dictionary words ("Chipmaker") opening the headline is a noun too."""
    got = _titled("Chipmaker Orvantis to cut 1,200 jobs",
                  "Staff at Orvantis were told on Monday that a plant will close. Shares in Orvantis fell.")
    assert "Chipmaker Orvantis" not in got and "Orvantis" in got


def test_headline_first_name_before_a_surname_stays_the_name():
    """A first name that is a dictionary word too ("Rose") stays a part of the headline's name."""
    got = _titled("Rose Tallent wins the vote", "Rose Tallent won by 40 votes. Tallent thanked her staff.")
    assert "Rose Tallent" in got

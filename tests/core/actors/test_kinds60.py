"""English key actors, sixtieth round: the kinds the last session left alone. Firms named "X and Y" by document
evidence, Malaysian and Gulf honorifics and "bin" names, works named after a person or a franchise, and lone
unknown subjects with a firm's cue. Made-up texts, one per rule."""

from __future__ import annotations

import pytest

from ..builders import actor_aliases as _actors
from ..builders import actor_aliases_roles as _actors_roles
from ..builders import alias_owner as _owner

# -- 1. "X and Y" firms -----------------------------------------------------------------------------------------


def test_pair_with_possessive_written_twice_is_one_firm():
    """ "Hollick and Dunmore" twice, once with a possessive, neither word alone: one organisation, and the role
    read from "Hollick and Dunmore's chief executive" names the whole firm."""
    got = _actors_roles("Hollick and Dunmore said on Tuesday that profits rose by a tenth. Hollick and Dunmore's "
                        "chief executive, Alan Perrow, told investors prices would rise.")
    assert got.get("Hollick and Dunmore", ("",))[0] == "ORG"
    assert "Hollick" not in got and "Dunmore" not in got
    assert got["Alan Perrow"][2] == "Hollick and Dunmore's chief executive"


def test_pair_with_singular_verb_or_firm_noun_is_one_firm():
    """ "Brindle and Oakes is to publish", "the publisher, Brindle and Oakes": one organisation."""
    got = _actors("Brindle and Oakes is to publish the memoir next spring. The publisher, Brindle and Oakes, paid "
                  "a large advance, said the author's agent, Clare Dobbs.")
    assert got.get("Brindle and Oakes", ("",))[0] == "ORG"


def test_pair_seen_with_an_ampersand_is_the_same_firm():
    """ "Hollick & Dunmore" in the text makes one "Hollick and Dunmore" the same firm, even written once."""
    got = _actors("Hollick & Dunmore recalled its baby powder. Hollick and Dunmore said the recall covered 33,000 "
                  "bottles.")
    assert _owner(got, "Hollick and Dunmore") is not None
    assert "Hollick" not in got and "Dunmore" not in got


def test_two_people_or_two_places_are_never_joined():
    """ "Perrow and Dobbs said" twice (no singular cue), a pair whose word stands alone elsewhere, and two places
    with a singular verb stay apart."""
    got = _actors("Perrow and Dobbs said the men were arrested in Leeds. Perrow and Dobbs said they had searched "
                  "three houses.")
    assert "Perrow and Dobbs" not in got
    got = _actors("Hollick and Dunmore's new shop opened. Hollick and Dunmore is busy. Dunmore said he was glad.")
    assert "Hollick and Dunmore" not in got
    got = _actors("Britain and France is a pact of equals. Britain and France's carriers sail in May.")
    assert "Britain and France" not in got and got["Britain"][0] == "LOC"


# -- 4. a name that only qualifies a work ------------------------------------------------------------------------


def test_name_before_a_work_noun_alone_is_no_actor():
    """ "the new Daniel Harrow film", "a Marta Quill novel": names whose every use qualifies a work are no actors."""
    got = _actors("The new Daniel Harrow film opened in Leeds on Friday. The film took 20 million pounds, said "
                  "Orbis Pictures, its distributor.")
    assert "Daniel Harrow" not in got and got["Leeds"][0] == "LOC"
    got = _actors("A Marta Quill novel tops the charts this week. Sales rose in Boston, the publisher said.")
    assert "Marta Quill" not in got


def test_name_before_a_work_noun_that_acts_elsewhere_stays():
    """ "A Tomas Brede film won the prize. Brede said ...": the person acts elsewhere, so he stays an actor."""
    got = _actors("A Tomas Brede film won the top prize at Cannes. Brede said the award was for the workers he "
                  "had filmed.")
    assert got.get("Tomas Brede", ("",))[0] == "PER"


# -- 2. Malaysian and Gulf honorifics, "bin" names ------------------------------------------------------------


def test_tan_sri_is_an_honorific_not_part_of_the_name():
    """ "Tan Sri Rahim Kassim": "Tan" opens a two-word honorific (it is a surname too, so only before "Sri"); the
    name is "Rahim Kassim", joined by "Rahim" later, and neither honorific is a role."""
    got = _actors_roles("Tan Sri Rahim Kassim met investors in Kuala Lumpur. Rahim said the economy would grow. "
                        "Puan Sri Aminah Yusof opened the fair.")
    assert got.get("Rahim Kassim", ("",))[0] == "PER" and got["Rahim Kassim"][2] == ""
    assert _owner(_actors("Tan Sri Rahim Kassim met investors in Kuala Lumpur. Rahim said the economy would grow."),
                  "Rahim") == "Rahim Kassim"
    assert "Aminah Yusof" in got and got["Aminah Yusof"][2] == ""
    assert not any(n.startswith(("Tan", "Sri", "Puan")) for n in got)


def test_tan_alone_stays_a_surname():
    """ "Tan" before a name that is no "Sri" is still a name's word: "Tan Boon Heng"."""
    got = _actors("The shop will close, said Tan Boon Heng. Tan said sales had fallen.")
    assert "Tan Boon Heng" in got


def test_sheikh_is_an_honorific_and_takes_a_first_name():
    """ "Sheikh Hamdan bin Rashid Al Qasimi ... Sheikh Hamdan said": the honorific is no role, and "Sheikh Hamdan"
    (a first name after it, as after "Sir") is the one person named in full with that first name."""
    text = ("The foreign minister, Sheikh Hamdan bin Rashid Al Qasimi, visited Cairo on Sunday. Sheikh Hamdan said "
            "the talks had gone well.")
    assert _owner(_actors(text), "Hamdan") == "Hamdan bin Rashid Al Qasimi"
    assert _actors_roles(text)["Hamdan bin Rashid Al Qasimi"][2] != "Sheikh"


def test_bin_name_shortened_from_the_end_is_the_same_person():
    """ "Faisal bin Saud" is "Faisal bin Saud Al Harbi" of the same text; two longer names holding it leave it."""
    got = _actors("The crown prince, Faisal bin Saud Al Harbi, met bankers in Riyadh. Faisal bin Saud promised new "
                  "investment.")
    assert _owner(got, "Faisal bin Saud") == "Faisal bin Saud Al Harbi"
    got = _actors("Faisal bin Saud Al Harbi met Faisal bin Saud Al Mutairi in Riyadh. Faisal bin Saud promised "
                  "new investment.")
    assert _owner(got, "Faisal bin Saud") == "Faisal bin Saud"


# -- 3. an English acronym that leaves out a trailing "of <country>" -------------------------------------------


def test_acronym_leaves_out_a_trailing_country():
    """ "NSO" spells "National Survey Office of Kenya" without "of Kenya": one body, with or without brackets."""
    got = _actors("The National Survey Office of Kenya said output rose. The NSO said prices fell.")
    assert _owner(got, "NSO") == "National Survey Office of Kenya"
    got = _actors("The Harbour Safety Authority of the United Kingdom fined the firm. The HSA said it had misled "
                  "clients.")
    assert _owner(got, "HSA") == "Harbour Safety Authority of the United Kingdom"


def test_acronym_of_a_name_before_a_town_is_not_joined():
    """Only a country is left out: "the Pattern Survey Office of Leeds" does not spell "PSO" (a town may be part of
    a local body's short name, and a bare town is no reason)."""
    got = _actors("The Pattern Survey Office of Leeds said output rose. The PSO said prices fell.")
    assert _owner(got, "PSO") == "PSO"


# -- 5. a lone unknown word opening a sentence, taken up as a firm ----------------------------------------------


def test_unknown_subject_taken_up_as_the_company_is_an_actor():
    """ "Dravantis will close two plants" reads like a compound plural ("antis") opening a sentence; the subject
    of a verb that the next sentence takes up as "The company" or "Its" is a firm."""
    got = _actors("Dravantis will close two plants in Ohio. The company said 600 workers would lose their jobs.")
    assert got.get("Dravantis", ("",))[0] == "ORG"
    got = _actors("Dravantis closed two plants in Ohio. Its shares fell 4%.")
    assert got.get("Dravantis", ("",))[0] == "ORG"


def test_plural_noun_opening_a_sentence_without_a_firm_cue_stays_out():
    """Without the next sentence's "The company", the compound plural opening a sentence stays no name."""
    got = _actors("Cybercriminals will target banks this year. Experts said attacks would rise.")
    assert "Cybercriminals" not in got


# -- long runs of connectors are read in linear time ---------------------------------------------------------


@pytest.mark.parametrize("piece", ["Abdullah bin ", "Bank of ", "Tan Sri Datuk Seri bin "])
def test_run_of_particles_or_of_is_linear(piece, alarm):
    """A 1 MB line of "Abdullah bin " or "Bank of " (one capitalised run going on after each connector) is cut into
    runs in seconds: the run read so far was copied at each connector (about 226 s at 1 MB for "... bin ",
    over 300 s for "Bank of ", quadratic)."""
    from briefing.core.actors.finder import _Finder
    from briefing.core.actors.lexicon import _lexicon
    from briefing.core.actors.tokens import _tokenize

    toks = _tokenize((piece * (1_000_000 // len(piece) + 1))[:1_000_000])
    finder = _Finder(_lexicon())
    alarm(10)
    runs = finder.spans(toks)
    alarm(0)
    assert runs and runs[0][1] - runs[0][0] > 1000


def test_sentence_verb_after_a_name_between_commas_is_no_role():
    """ "Qatar's foreign minister, Hamdan Rashid, named a new envoy.": the phrase after the second comma is the
    sentence's verb and object (a past tense closing the sentence), not an apposition giving a role."""
    got = _actors_roles("Qatar's foreign minister, Hamdan Rashid, named a new envoy.")
    assert got["Hamdan Rashid"][2] == "Qatar's foreign minister"
    got = _actors_roles("The adviser, Hamdan Rashid, appointed a new envoy to Cairo.")
    assert "appointed" not in got["Hamdan Rashid"][2]

"""House styles of other newsrooms, tour55: a ticker tag, a lawmaker's party tag, a seat's letters after a name,
honorifics before a name (Indian, Nigerian, Malaysian, Gulf press). Made-up texts, one per rule."""

from __future__ import annotations

from ..builders import actor_aliases as _actors
from ..builders import actor_type_roles, mention_types


def test_ticker_tag_after_a_company_names_no_actor():
    got = mention_types("Pelmora Holdings Inc. (NASDAQ: PLMH) said on Monday it would buy Varnet Ltd "
                        "(LSE: VRN) for $400 million.")
    assert not {"NASDAQ", "PLMH", "LSE", "VRN"} & set(got)
    assert got["Pelmora Holdings Inc."] == {"ORG"}


def test_lawmakers_party_tag_is_no_actor():
    got = mention_types("State Sen. Ruth Alvarado, D-Pine Bluff, said the bill was unfair. "
                        "Sen. Carl Ostrow (R-Okla.) said he would vote for it.")
    assert not [n for n in got if n.startswith(("D-", "R-"))]
    assert got["Ruth Alvarado"] == {"PER"} and got["Carl Ostrow"] == {"PER"}


def test_seat_letters_after_a_name_are_no_part_of_it():
    got = mention_types("The housing minister, Donal Whitty TD, said the scheme would open. Labour leader "
                        "Morag Fyfe MSP and Colm Ardagh MLA said it was too late.")
    assert {"Donal Whitty", "Morag Fyfe", "Colm Ardagh"} <= set(got)


def test_honorific_before_a_name_is_neither_name_nor_role():
    got = actor_type_roles("Chief Minister Shri Harish Chandra Bhatore opened the dam. Alhaji Garba Dankano, "
                           "the party chairman, was there. Smt. Leela Vaswani said it was late. "
                           "Bhatore said work would finish in May.")
    assert got["Harish Chandra Bhatore"][:2] == ("PER", "Chief Minister")
    assert got["Garba Dankano"][0] == "PER"
    assert got["Leela Vaswani"][0] == "PER"
    assert not {"Shri", "Smt", "Alhaji", "Alhaji Garba"} & set(got)


def test_two_word_malaysian_honorific_is_no_first_name():
    got = _actors("Former minister Datuk Seri Rahim Zakaria was cleared on Tuesday. Rahim Zakaria thanked "
                  "his lawyers.")
    assert "Rahim Zakaria" in got and not [n for n in got if n.startswith("Seri")]

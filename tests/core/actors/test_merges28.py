"""Merges and aliases, twenty-eighth round: one actor named two ways, and common words, makers and units kept
apart from the longer names that hold them. Made-up texts, one per rule."""

from __future__ import annotations

from ..builders import actor_aliases as _actors
from ..builders import alias_owner as _owner


def test_real_name_joins_the_stage_name():
    got = _actors("The rapper Jay-Z, real name Shawn Carter, said he was proud. Shawn Carter grew up in Brooklyn. "
                  "Jay-Z will run the label.")
    assert _owner(got, "Jay-Z") == _owner(got, "Shawn Carter") is not None
    assert "Jay-Z" in got  # shown by the name the text calls the person by, not the longer real name


def test_possessive_before_bracketed_initials():
    got = _actors("Kim Lowe won the Sprint Award, NZ Rowing & Paddling's (NZRP) top honour. "
                  "The NZRP will present it in May. Lowe said she was thrilled.")
    assert _owner(got, "NZRP") == "NZ Rowing & Paddling"


def test_singular_of_a_plural_organisation_name_joins_it():
    got = _actors("The deal was brokered by US firm Talon Networks last week. Ann Cole, head of sales for Talon "
                  "Networks, said so. Talon Network's technology spots attacks.")
    assert _owner(got, "Talon Network") == _owner(got, "Talon Networks") is not None


def test_common_word_at_a_sentence_start_is_no_short_name():
    got = _actors("Students can decide the vote. The Electoral Commission and the National Union of Students "
                  "said so.")
    assert "Students" not in got["National Union of Students"][1]


def test_maker_before_a_model_code_is_not_its_product():
    got = _actors("The Zentor Vela X5 phone sold well. Later, Zentor said sales rose. Analysts said Zentor phones "
                  "were popular.")
    assert got.get("Zentor", ("", []))[0] == "ORG"
    assert "Zentor" not in got["Zentor Vela X5"][1]


def test_unit_named_inside_its_parent_group_is_its_own_actor():
    got = _actors("Ann Cole was put in charge of the label Zarvo Kell. Zarvo Kell was founded in 1984. Tom Reed, "
                  "chairman of the Quill Zarvo Kell Music Group, said she was the right choice. The Zarvo Kell "
                  "artists include many stars.")
    assert "Zarvo Kell" in got and "Quill Zarvo Kell Music Group" in got


def test_parent_group_keeps_its_own_short_form():
    got = _actors("Lena Park ran the Royal Bank of Scotland Group for years. The Royal Bank of Scotland said "
                  "profits rose.")
    assert _owner(got, "Royal Bank of Scotland") == "Royal Bank of Scotland Group"

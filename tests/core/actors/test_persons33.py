"""Persons and merges, thirty-third round: a surname written before post-nominal letters, a person ending a list
before a plural verb, a lone unknown word the tagger reads as a person. Made-up texts, one per rule."""

from __future__ import annotations

from ..builders import actor_aliases as _actors
from ..builders import alias_owner as _owner


def test_surname_before_post_nominal_letters_joins_the_full_name():
    got = _actors("Housing minister Ian Pardew MSP said the homes would be built. Tenants were pleased. "
                  "Mr Pardew said the money was there.")
    assert _owner(got, "Pardew") == _owner(got, "Ian Pardew")  # the seat's letters are no part of the name (tour55)
    assert _owner(got, "Pardew") is not None


def test_person_ending_a_list_before_a_plural_verb_stays_a_person():
    got = _actors("Club owner Dario Fenwick and trainer Colin Ashbury are charged with fraud. "
                  "Ashbury denies the charges.")
    assert got[_owner(got, "Colin Ashbury")][0] == "PER"


def test_lone_unknown_word_the_tagger_reads_as_a_person_taken_up_by_his_is_a_person():
    got = _actors("Portsmouth hope to sign Ronaldinho if the Brazilian decides to leave Porto. "
                  "Ronaldinho was signed from Santos last summer, but he has lost his place. "
                  "Ronaldinho could reconsider his future at the club, his agent warned.")
    assert got[_owner(got, "Ronaldinho")][0] == "PER"

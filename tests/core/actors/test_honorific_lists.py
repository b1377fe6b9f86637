""""Mr", "Mrs", "Ms", "Miss" (and "Dr") are listed once (:mod:`briefing.core.actors.honorific_gender`) and read by
the modules that need them, so that a title added there reaches all of them."""

from briefing.core.actors import aliases, cues, family_names
from briefing.core.actors.honorific_gender import ADDRESS_TITLES, GENDERED_HONORIFICS


def test_the_titles_of_address_are_one_list():
    assert GENDERED_HONORIFICS == {"Mr", "Mrs", "Ms", "Miss"} and ADDRESS_TITLES == GENDERED_HONORIFICS | {"Dr"}
    assert aliases._PERSON_TITLES is GENDERED_HONORIFICS and cues._ADDRESS is ADDRESS_TITLES
    assert family_names._HONORIFICS >= ADDRESS_TITLES | {"Mr.", "Dr."}

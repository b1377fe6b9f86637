"""Fast paths of the speedR7 round keep what the code they replace gave (made-up texts)."""

from __future__ import annotations

from ..builders import actor_aliases as _actors
from ..builders import alias_owner as _owner


def test_acronym_in_brackets_joins_its_name_in_every_sentence_that_holds_one():
    """Only the sentences with a name in brackets are walked for "Name (ACR)" pairs: the pair is found there
    whichever other names the sentence holds, before or after it, and sentences of one name are left as they
    are. "SVR" and "Foreign Intelligence Service" share no initials, so only the bracket joins them."""
    got = _actors("Anna Petrova met officials of the Foreign Intelligence Service (SVR) in Moscow on Monday. "
                  "The SVR denied it.")
    assert _owner(got, "SVR") == "Foreign Intelligence Service"
    got = _actors("Reuters said the Lake Basin Water Board (KWB) and the Harbour Trust met. Kenya agreed. "
                  "The KWB said the talks went well.")
    assert _owner(got, "KWB") == "Lake Basin Water Board"
    got = _actors("The SVR was blamed. Nobody spoke.")
    assert _owner(got, "SVR") == "SVR"

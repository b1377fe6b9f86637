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


def test_translated_names_gate_lets_through_every_form_read_as_foreign():
    """``_foreign_named`` skips ``merge_translated_names``' readings only when no form could be a foreign side: on
    random forms (organisation words of every language in any case, accents, glue words, a Greek final sigma, the
    Kelvin sign, a dotted capital I, other scripts) it is True whenever one form is read as foreign."""
    import random

    from briefing.core.actors.lexicon import _lexicon
    from briefing.core.actors.resolve import _Cluster
    from briefing.core.actors.translations import _CONCEPT, _ORG_WORDS, _foreign_named, _reading

    lex = _lexicon()
    rng = random.Random(7)
    pool = sorted(_CONCEPT) + sorted(_ORG_WORDS) + ["Cumbres", "de", "la", "the", "ΟΔΟΣ", "Σ", "\u212aelvin",
                                                    "İnstituto", "Кумбрес", "Mexico", "and", "x"]
    seen_foreign = 0
    for _ in range(3000):
        forms = []
        for _ in range(rng.randrange(1, 4)):
            words = [rng.choice(pool) for _ in range(rng.randrange(1, 5))]
            words = [w.upper() if rng.random() < 0.2 else w.capitalize() if rng.random() < 0.5 else w for w in words]
            forms.append(" ".join(words))
        c = _Cluster(rng.choice(["ORG", "LOC", "PER"]), key="k")
        c.mentions.append(object())
        for f in forms:
            c.forms[f] = 1
        foreign = c.type in ("ORG", "LOC") and any((r := _reading(f, lex)) and r[1] for f in forms)
        seen_foreign += foreign
        if foreign:
            assert _foreign_named([c]), forms
    assert seen_foreign > 100


def test_name_and_its_translation_still_join():
    """The gate lets the pair through: "Instituto Cumbres" and "the Cumbres Institute" are one body."""
    got = _actors("Researchers at the Instituto Cumbres published the survey on Monday. The Cumbres Institute said "
                  "the figures were final.")
    assert _owner(got, "Cumbres Institute") == _owner(got, "Instituto Cumbres") is not None

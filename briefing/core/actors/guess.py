"""Typing the names no list, merge or longer name explains: a lone capitalised word, or a run of capitalised
common words (read by :func:`.resolve._resolve` once every merge has been tried)."""

from __future__ import annotations

from collections import Counter

from .descriptors import _ORG_NOUNS
from .lexicon import _Lexicon
from .nonnames import compound_plural
from .tokens import EntityMention

#: Endings of plural nouns of agents and kinds ("Organisers", "Automakers", "Organisations", "Results").
_PLURAL_NOUN_ENDS = ("ers", "ors", "ists", "ants", "ents", "ives", "ees", "ults", "ions")

#: Relative pronouns after a name (and an optional comma) that say it is one thing: "Acme Glass Works, which".
_RELATIVES = frozenset(["which", "who", "whose"])


def named_run(m: EntityMention, text: str) -> bool:
    """True when the sentence ``text`` treats the capitalised run of ``m`` (two words or more, inside the sentence)
    as one name, though its words are common ones ("Sea Glass Vacations", "Focus Features"): "the" or a
    descriptor noun of an organisation right before it ("the studio Focus Features", "company Shepherds Purse
    Cheeses"), a relative pronoun right after it ("Sea Glass Vacations, which acts", "the Scissor Sisters
    whose"), or an owner's "'s". A title of a work ("scored hits including Girls Girls Girls") has none.
    """
    if m.possessive:
        return True
    before = text[max(0, m.start - 30):m.start].split()
    if before and (before[-1] in ("the", "The") or before[-1] in _ORG_NOUNS):
        return True
    after = text[m.end:m.end + 8].lstrip(" ,").split(" ", 1)[0]
    return after in _RELATIVES


def _guess_single(m: EntityMention, lex: _Lexicon, capitalised: Counter, texts: list[str]) -> str | None:
    """Type a lone capitalised word that no list or longer name explains.

    ``capitalised`` counts each word's capitalised uses inside sentences: a
    common word capitalised there twice or more is a name ("Surrey", "Dole"),
    and so is a run of them that the sentence treats as one name
    (:func:`named_run`; ``texts``: the body sentences).
    """
    w = m.tokens[0] if m.tokens else m.text
    if m.quoted:
        return None
    run = len(m.tokens) > 1 and not m.initial and 0 <= m.sentence < len(texts) and named_run(m, texts[m.sentence])
    if (w.lower() in lex.common_words or w.lower() in lex.stop_words) and capitalised[m.norm] < 2 and not run:
        if m.initial or w not in lex.surnames:
            return None
    wl = w.lower()
    if not run and wl.endswith("s") and wl in lex.common_words and (wl[:-1] in lex.common_words or wl[:-2] in lex.common_words
                                                         or (wl.endswith("ies") and wl[:-3] + "y" in lex.common_words)):
        return None  # a plural common noun used as a heading: "Refugees", "Automakers", "Tries"
    if m.initial and capitalised[m.norm] < 1 and wl.endswith(_PLURAL_NOUN_ENDS) and w not in lex.surnames \
            and not m.before_paren and m.model_type == "":
        return None  # a plural noun opening a sentence, never capitalised inside one, no name to the tagger: "Organisers"
    if m.initial and capitalised[m.norm] < 1 and m.model_type != "ORG" and w not in lex.surnames \
            and compound_plural(w, lex):
        return None  # a compound plural noun opening a sentence, never capitalised inside one: "Cybercriminals"
    last = m.tokens[-1].lower() if len(m.tokens) > 1 else ""
    if last.endswith("s") and last in lex.common_words and last[:-1] in lex.common_words \
            and m.tokens[-1] not in lex.surnames:
        return "ORG"  # words ending in a plural common noun name a group: "Beach Boys", "Arctic Monkeys"
    if w in lex.first_names or w in lex.surnames:
        return "PER"
    if m.model_type == "LOC":
        return "LOC"  # the statistical tagger's evidence (context, affixes) before the default
    if m.locative:
        return "LOC"
    return "ORG"



"""Spanish cues the rules (:mod:`.rules_multilingual`) read around a name: an article before it (a person's name
takes none: "el Real Madrid", "la Reserva Federal" are bodies) and verbs of saying next to it ("dijo Ferreira",
"Aznar respondió": a lone surname that speaks is a person), and the personal "a" ("criticó a Feijóo") or the agent's
"por" before an unknown lone name.

Closed word classes written from general knowledge of Spanish under the project's licence; no list was imported.
"""

from __future__ import annotations

#: Articles (and their contractions with "a" and "de") that stand before a body's or a place's name, never before
#: a person's in news prose.
ARTICLES = frozenset({"el", "la", "los", "las", "del", "al"})


def article_before(before: str) -> bool:
    """True when ``before`` (the lower-cased word right before a name) is a Spanish article."""
    return before in ARTICLES


#: Verbs of saying in the third person singular (preterite and present) that stand next to their speaker in news
#: prose ("dijo Ferreira", "Aznar respondió"). Verbs a body uses as much as a person ("informó", "anunció",
#: "comunicó") are left out.
SPEECH_VERBS = frozenset("""dijo señaló explicó afirmó añadió agregó manifestó declaró comentó expresó aseguró
    indicó precisó subrayó destacó apuntó sostuvo admitió reconoció insistió advirtió recordó puntualizó concluyó
    respondió replicó opinó argumentó matizó aclaró lamentó confesó relató narró enfatizó recalcó
    dice afirma señala explica asegura añade agrega sostiene reconoce insiste advierte recuerda opina
    responde replica aclara lamenta subraya destaca apunta""".split())


def speaker(before: str, after: str) -> bool:
    """True when a lone name stands right after or right before a verb of saying (``before`` and ``after``: the
    lower-cased words next to it): "dijo Ferreira", "Menem sostuvo"."""
    return before in SPEECH_VERBS or after in SPEECH_VERBS


#: Prepositions before an unknown lone name that mark a person far more often than a place: the personal "a" of a
#: human object ("criticó a Feijóo", "venció a Buffon"), the agent "por" ("fue derrocado por Pinochet"), "para"
#: ("un gol para Otegi"). A listed place after them ("viajó a Bruselas") is read before, from the lists.
PERSONAL_PREPOSITIONS = frozenset({"a", "por", "para"})


def personal_preposition(before: str) -> bool:
    """True when ``before`` (the lower-cased word right before a lone name) is "a", "por" or "para"."""
    return before in PERSONAL_PREPOSITIONS


def full_name_surnames(words: list[str]) -> set[str]:
    """Return the surnames of a Spanish or French text's full names: a capitalised word after a listed first name that
    is no first name, stop word or listed place itself ("Vladímir *Putin*", "María Jesús *Montero*"), so that the
    surname alone elsewhere is that person ("los aliados de Putin", not a place after "de")."""
    from .lexicon_multilingual import country_names, region_names
    from .rules_words import is_first_name, latin_names, stop_words_of

    places = latin_names()[1]
    stops = stop_words_of("es") | stop_words_of("fr")
    return {b for a, b in zip(words, words[1:])
            if b[:1].isupper() and b.isalpha() and not b.isupper() and len(b) > 2 and is_first_name(a)
            and a.lower() not in stops and not is_first_name(b) and b.lower() not in stops and b not in places
            and b.lower() not in country_names("es") and b.lower() not in country_names("fr")
            and b not in region_names("es") and b not in region_names("fr")}


#: Words that join the items of a list or an apposition ("Aznar y Chirac", "Rivaldo e Ibrahim", ", Pinochet").
LIST_JOINTS = frozenset({"y", "e", ","})


def list_joint(before: str) -> bool:
    """True when ``before`` (the word right before a lone name) is "y", "e" or a comma: a bare unknown name there is
    a person far more often than a body, which takes an article ("el PP y el PSOE"): on the CoNLL-2002 Spanish dev
    set's even half, 27 persons to 8 organisations."""
    return before in LIST_JOINTS


#: Words before a town's name: a preposition of place (a body takes an article after it: "en la Junta de
#: Andalucía"), or a noun of a town or of its people ("alcalde de Torrejón de Ardoz", "vecinos de Alcalá de Henares").
_TOWN_BEFORE = frozenset("""en de desde hasta hacia alcalde alcaldesa vecinos vecinas municipio localidad pueblo
    ciudad villa""".split())
_TOWN_JOINTS = frozenset({"de", "del"})
_TOWN_ARTICLES = frozenset({"la", "las", "los", "el"})


def town_of_two_names(words: list[str], before: str, org_word) -> bool:
    """True for a Spanish town named by a name, "de" and another name ("Torrejón de Ardoz", "Alcalá de Henares",
    "Villanueva de la Cañada", "Santillana del Mar") written with no article before it, after a preposition of place
    or a town's noun (``before``, lower-cased). A body's name takes an article and has a head noun ("la Junta de
    Extremadura", "los Bomberos de la Comunidad"): the first word is no organisation word (``org_word(lower)``)
    and no plural ("Bomberos", "Abuelas"); both names are single capitalised words."""
    if before not in _TOWN_BEFORE or len(words) not in (3, 4) or words[1] not in _TOWN_JOINTS:
        return False
    if len(words) == 4 and words[2] not in _TOWN_ARTICLES:
        return False
    head, tail = words[0], words[-1]
    return head[:1].isupper() and head[1:].islower() and not head.endswith("s") and not org_word(head.lower()) \
        and tail[:1].isupper() and tail[1:].islower() and tail.isalpha()

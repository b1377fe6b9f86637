"""Spanish cues the rules (:mod:`.rules_multilingual`) read around a name: an article before it (a person's name
takes none: "el Real Madrid", "la Reserva Federal" are bodies) and verbs of saying next to it ("dijo Ferreira",
"Aznar respondió": a lone surname that speaks is a person).

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

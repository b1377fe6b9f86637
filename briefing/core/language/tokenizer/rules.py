"""Sentence rules per language (pysbd classes for ru, uk, es with the cases pysbd lacks).
"""

from __future__ import annotations


from functools import lru_cache

from ...model import language_code_of
from .pysbd_fast import _speed_up_pysbd
from .repair import repair_sentences


# ------------------------------------------------- sentence rules per language
#
# pysbd has rules for ru, de, fr and es, but not for Ukrainian, and its Russian
# and Spanish lists miss cases common in news (tests/core/language/test_sentences.py,
# docs/language-text.md):
#
# * Ukrainian: pysbd has no "uk"; the Russian rules with Ukrainian
#   abbreviations ("м.", "вул.", "проф.", "т. зв.", "див.", "грн.") are used.
# * Russian and Ukrainian initials: "С. Е. Нарышкин" was cut after "Е." because
#   pysbd's Russian list has only some single letters; every Cyrillic letter is
#   an abbreviation here (a sentence that ends in a one-letter word, "в пункте
#   А.", is joined with the next).
# * Spanish titles: "El Sr. Grande-Marlaska" was cut after "Sr." (pysbd ends a
#   sentence after an abbreviation before a capital unless it is "prepositive").
#
# The language classes are subclasses registered in pysbd under private codes
# (``briefing-uk`` etc.), so pysbd's own "ru" and "es" stay as they are. This
# is the only module that imports pysbd.

#: ISO codes with sentence rules of their own (English is pysbd's "en").
SENTENCE_LANGUAGES = ("en", "ru", "uk", "de", "fr", "es")

_CYRILLIC_LETTERS = list("абвгґдеєжзиіїйклмнопрстуфхцчшщъыьэюя")
_UK_ABBREVIATIONS = [
    "акад", "вул", "див", "доц", "др", "зв", "ім", "ін", "інш", "кв", "км", "коп", "м", "млн",
    "млрд", "напр", "обл", "пл", "пов", "пр", "просп", "проф", "р", "рр", "с", "см", "смт",
    "ст", "стор", "т", "тел", "тис", "грн", "дол", "пров", "ред", "упоряд", "укр", "англ",
]
_RU_EXTRA_ABBREVIATIONS = ["млн", "млрд", "обл", "им", "напр", "англ", "ред", "пр-т", "пос"]
_ES_TITLES = ["sr", "sres", "dr", "dra", "dña", "d", "lic", "ing", "gral", "excmo", "sto", "sta"]
#: Abbreviations that may end a word inside a sentence ("viviendo en EE.UU. sin papeles").
_ES_ABBREVIATIONS = ["ee.uu", "ee. uu", "uu", "ee", "cc.oo", "cc. oo", "oo", "cc"]
#: pysbd's Spanish lists hold word prefixes ("contra", "sobre", "bien", "extra") as abbreviations, so
#: "El PP votó en contra. Su portavoz ..." stayed one sentence; a prefix is written joined, never with a stop.
_ES_NOT_ABBREVIATIONS = {
    "aero", "ambi", "anfi", "ante", "anti", "archi", "arci", "auto", "bien", "bis", "com", "con", "contra",
    "crio", "cuadri", "cuasi", "cuatri", "deci", "des", "dis", "ecto", "en", "endo", "entre", "epi", "equi",
    "extra", "geo", "hemi", "hetero", "hiper", "hipo", "homo", "infra", "inter", "intra", "iso", "macro", "mega",
    "micro", "mini", "mono", "multi", "neo", "omni", "para", "pen", "pluri", "poli", "pos", "post", "pre",
    "pro", "pseudo", "retro", "semi", "seudo", "sobre", "sub", "super", "supra", "trans", "tras", "tri", "ulter",
    "ultra", "un", "uni", "vice", "yuxta", "de", "co", "bi", "di", "ex", "re", "an", "im", "in",
}


def _sentence_code(language: str) -> str:
    """Return the code whose sentence rules ``language`` (a code or sumy's name) uses: its own or "en"."""
    key = language_code_of(language)
    return key if key in SENTENCE_LANGUAGES else "en"


def _language_classes() -> dict[str, type]:
    """Build pysbd language classes for ru, uk and es with the additions above."""
    from pysbd.lang.russian import Russian
    from pysbd.lang.spanish import Spanish

    class _RussianRules(Russian):
        iso_code = "briefing-ru"

        class Abbreviation(Russian.Abbreviation):
            ABBREVIATIONS = sorted(set(Russian.Abbreviation.ABBREVIATIONS + _CYRILLIC_LETTERS
                                       + _RU_EXTRA_ABBREVIATIONS))
            PREPOSITIVE_ABBREVIATIONS = list(Russian.Abbreviation.PREPOSITIVE_ABBREVIATIONS)
            NUMBER_ABBREVIATIONS = list(Russian.Abbreviation.NUMBER_ABBREVIATIONS)

    class _UkrainianRules(Russian):
        iso_code = "briefing-uk"

        class Abbreviation(Russian.Abbreviation):
            ABBREVIATIONS = sorted(set(_UK_ABBREVIATIONS + _CYRILLIC_LETTERS))
            PREPOSITIVE_ABBREVIATIONS: list[str] = []
            NUMBER_ABBREVIATIONS: list[str] = []

    class _SpanishRules(Spanish):
        iso_code = "briefing-es"

        class Abbreviation(Spanish.Abbreviation):
            ABBREVIATIONS = sorted(set(Spanish.Abbreviation.ABBREVIATIONS + _ES_TITLES + _ES_ABBREVIATIONS)
                                   - _ES_NOT_ABBREVIATIONS)
            PREPOSITIVE_ABBREVIATIONS = sorted(set(Spanish.Abbreviation.PREPOSITIVE_ABBREVIATIONS
                                                   + _ES_TITLES + ["cc"]) - _ES_NOT_ABBREVIATIONS)
            NUMBER_ABBREVIATIONS = list(Spanish.Abbreviation.NUMBER_ABBREVIATIONS)

    return {"ru": _RussianRules, "uk": _UkrainianRules, "es": _SpanishRules}


@lru_cache(maxsize=None)
def _language_segmenter(lang: str):
    """A pysbd segmenter for ``lang`` (ISO 639-1), built once; ValueError for a language with no rules."""
    import pysbd
    from pysbd.languages import LANGUAGE_CODES

    _speed_up_pysbd()
    own = _language_classes().get(lang)
    code = lang
    if own is not None:
        code = own.iso_code
        LANGUAGE_CODES.setdefault(code, own)
    elif lang not in LANGUAGE_CODES:
        raise ValueError(f"No sentence rules for language {lang!r}.")
    return pysbd.Segmenter(language=code, clean=False)


def split_sentences(text: str, lang: str) -> list[str]:
    """Return the sentences of one paragraph ``text`` in language ``lang`` (ISO 639-1).

    Whitespace inside the paragraph is collapsed first (pysbd takes every
    newline for a sentence end). Sentences come back stripped, in order.
    Raises ValueError for a language pysbd has no rules for.
    """
    paragraph = " ".join(text.split())
    if not paragraph:
        return []
    pieces = [s.strip() for s in _language_segmenter(lang).segment(paragraph) if s.strip()]
    return repair_sentences(paragraph, pieces, lang)

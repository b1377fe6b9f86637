"""Initials an acronym may spell besides every capitalised word's: a name whose last part, after "and", came later
("CDC" for "Centers for Disease Control and Prevention"), or a name ending in a listed country or place that the
acronym leaves out ("СВР" for "Служба внешней разведки России", "BCE" for "Banco Central Europeo" aside; "NBS" for
"National Bureau of Statistics of China").

:func:`.aliases._merge_initials` (English) and :func:`.ranking._acronyms_joined` (other languages) read these;
both join an acronym only to the one name of the text that spells it, so two bodies sharing initials stay apart.
"""

from __future__ import annotations


def before_trailing_and(words: list[str]) -> str | None:
    """Return the initials of the capitalised words before the last "and" of a name whose part after it is one or
    two capitalised words, when they are three letters or more: "CDC" of "Centers for Disease Control and
    Prevention". None for a name with no such tail."""
    if len(words) < 4 or "and" not in words:
        return None
    k = len(words) - 1 - words[::-1].index("and")
    tail = words[k + 1:]
    if not 1 <= len(tail) <= 2 or not all(w[:1].isupper() for w in tail):
        return None
    letters = "".join(w[0] for w in words[:k] if w[:1].isupper())
    return letters if len(letters) >= 3 else None


def before_trailing_country(words: list[str], country) -> str | None:
    """Return the initials of the capitalised words before a trailing "of <country>" ("of the United Kingdom"),
    when they are two letters or more: "NBS" of "National Bureau of Statistics of China", "FCA" of "Financial
    Conduct Authority of the United Kingdom". ``country(text)`` says whether a text names a country. None for a
    name with no such tail."""
    if len(words) < 4 or "of" not in words[2:]:
        return None
    k = len(words) - 1 - words[::-1].index("of")
    tail = words[k + 1:]
    if tail[:1] == ["the"]:
        tail = tail[1:]
    if not tail or len(tail) > 3 or not country(" ".join(tail)):
        return None
    letters = "".join(w[0] for w in words[:k] if w[:1].isupper())
    return letters if len(letters) >= 2 else None


def place_forms(lang: str, places: list[str]) -> frozenset[str]:
    """Return lower-case stems of the places a name may end in: the countries of ``lang`` and English (pycountry),
    and ``places``, the place names of the text itself (as written and in their base form). A stem is a one-word
    name, and it without its last letter when four letters or more stay ("росси" of "Россия")."""
    from .lexicon_multilingual import country_names

    out: set[str] = set()
    for name in [*country_names(lang), *(p.lower() for p in places)]:
        if " " not in name:
            out.add(name)
            if len(name) >= 5:
                out.add(name[:-1])
    return frozenset(out)


def without_trailing_place(words: list[str], stems: frozenset[str]) -> list[str] | None:
    """Return a name's words without the last one when it is a place of ``stems`` (:func:`place_forms`) in any
    case form (its base form, or it with one or two letters of ending more) and two words or more stay:
    "Служба внешней разведки России" -> "Служба внешней разведки"; else None."""
    if len(words) < 3 or not words[-1][:1].isupper():
        return None
    w = words[-1].lower()
    if w in stems or (len(w) >= 5 and w[:-1] in stems) or (len(w) >= 6 and w[:-2] in stems):
        return words[:-1]
    return None


def person_initials(forms: dict[str, int]) -> str:
    """The initials of a person's fullest name (``forms``: its written forms and counts) when that is two or three
    capitalised words of letters, as a pen name or a famous name is shortened ("MR" for "Mama Robotnik", "JFK");
    "" for any other name."""
    form = max(forms, key=lambda f: (len(f.split()), forms[f]))
    ws = form.split()
    if not 2 <= len(ws) <= 3 or not all(w.isalpha() and w[0].isupper() and not w.isupper() for w in ws):
        return ""
    return "".join(w[0] for w in ws)

"""An organisation named in its own language and in English in one text ("the Instituto Cumbres" ... "the Cumbres
Institute"), merged by the resolver (:func:`.resolve._resolve`): the same content words once the organisation word
is set aside, and organisation words that translate each other. "Instituto Cumbres" and "the Cumbres Foundation"
stay two bodies; so do two English names ("Cumbres Institute", "Institute of Cumbres" are left to other rules).
"""

from __future__ import annotations

from collections import defaultdict

from .lexicon import _norm

#: Organisation words of Spanish, Portuguese, Italian, French and German, by their English word.
_ORG_WORDS = {
    "institute": ("instituto", "institut", "istituto"),
    "foundation": ("fundacion", "fundación", "fundação", "fundacao", "fondation", "fondazione", "stiftung"),
    "university": ("universidad", "universidade", "université", "universite", "università", "universita",
                   "universität", "universitat"),
    "museum": ("museo", "musée", "musee", "museu"),
    "association": ("asociacion", "asociación", "associação", "associacao", "associazione", "verband"),
    "federation": ("federacion", "federación", "fédération", "federation", "federazione", "federação"),
    "party": ("partido", "parti", "partito", "partei"),
    "school": ("escuela", "école", "ecole", "scuola", "escola", "schule"),
    "college": ("colegio", "collège", "college", "collegio"),
    "hospital": ("hôpital", "hopital", "ospedale", "krankenhaus"),
    "bank": ("banco", "banque", "banca"),
    "theatre": ("teatro", "théâtre", "theatre", "theater"),
    "council": ("consejo", "conseil", "consiglio", "conselho"),
    "ministry": ("ministerio", "ministère", "ministere", "ministero", "ministerium"),
}
_CONCEPT = {w: en for en, words in _ORG_WORDS.items() for w in words}
#: The organisation words of the other languages only: a name holds one before it can be the foreign side of a pair.
_FOREIGN = frozenset(w for w in _CONCEPT if w not in _ORG_WORDS)
#: Function words inside names in these languages and English.
_GLUE = frozenset(["de", "del", "la", "el", "los", "las", "do", "da", "dos", "das", "di", "della", "du", "des", "le",
                   "les", "der", "die", "für", "fur", "of", "the", "for", "and", "y", "e", "et", "und"])


def _reading(form: str, lex) -> tuple[str, bool, frozenset[str]] | None:
    """(English organisation word, written in another language?, content words) of a name holding exactly one
    organisation word; a listed place at the end is left out of the content ("Cumbres Institute Mexico")."""
    words = [w for w in form.split() if w.lower() not in _GLUE]
    concepts = [(i, w) for i, w in enumerate(words) if w.lower() in _CONCEPT or w.lower() in _ORG_WORDS]
    if len(concepts) != 1 or len(words) < 2:
        return None
    i, w = concepts[0]
    low = w.lower()
    foreign = low not in _ORG_WORDS
    rest = words[:i] + words[i + 1:]
    if len(rest) > 1 and lex.gazetteer.get(_norm(rest[-1]), ("",))[0] == "LOC":
        rest = rest[:-1]
    if not rest or not all(r[:1].isupper() for r in rest):
        return None
    return (_CONCEPT.get(low, low), foreign, frozenset(_norm(r) for r in rest))


def merge_translated_names(clusters: list, lex) -> None:
    """Join an organisation's English name and its name in another language (see the module's docstring), when
    each has exactly one partner."""
    from .aliases import join_clusters

    if not _foreign_named(clusters):
        return  # (most English texts: no form is read)
    sides: dict[tuple[str, frozenset[str]], dict[bool, set[int]]] = defaultdict(lambda: {True: set(), False: set()})
    for i, c in enumerate(clusters):
        if c.type not in ("ORG", "LOC") or not c.mentions:
            continue
        for form in c.forms:
            r = _reading(form, lex)
            if r:
                sides[(r[0], r[2])][r[1]].add(i)
    for found in sides.values():
        native, english = found[True], found[False]
        if len(native) == 1 and len(english) == 1 and native != english:
            a, b = next(iter(native)), next(iter(english))
            if clusters[a].mentions and clusters[b].mentions and (clusters[a].type == "ORG" or clusters[b].type == "ORG"):
                host, other = (a, b) if clusters[a].type == "ORG" else (b, a)
                if len(clusters[other].mentions) > len(clusters[host].mentions) and clusters[other].type == "ORG":
                    host, other = other, host
                join_clusters(clusters, host, other)


def _foreign_named(clusters: list) -> bool:
    """True when a form of an organisation or a place holds an organisation word of another language.

    Every pair :func:`merge_translated_names` joins has such a form on its foreign side (:func:`_reading` reads
    a name as foreign only by one), so without one nothing is joined and the readings can be skipped: a
    set test of each form's words in C instead of a reading (about 10M instructions on 100k words). Lower-casing
    the whole form gives each word's own lower case, as :func:`_reading` makes it: only a final sigma depends on
    the letters around it, and no foreign word holds one.
    """
    foreign = _FOREIGN
    for c in clusters:
        if c.mentions and (c.type == "ORG" or c.type == "LOC"):
            for form in c.forms:
                if not foreign.isdisjoint(form.lower().split()):
                    return True
    return False

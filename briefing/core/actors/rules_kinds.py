"""What the multilingual rules (:mod:`.rules_multilingual`) read from the whole document and from a word's form.

* **Sentence-first words.** A capitalised word opening a sentence is a name only when something says so: the
  word lists know it, or the document writes it capitalised inside a sentence too. A word the document also
  writes in lower case, in any case form ("Частину" with "частина", "Llevamos" with "llevar"; the language's
  Snowball stemmer, sumy's for Ukrainian, compares them), is not a name; nor is a lone sentence-first word the
  document never capitalises elsewhere.
* **Role nouns by their form**: German compounds end in a role ("Geschäftsführer", "Oberbürgermeister",
  "Energieberater"); see :func:`german_role`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache


@lru_cache(maxsize=8)
def _stem(lang: str):
    from ..language.resources import stem_word

    return stem_word(lang)


def stem(word: str, lang: str) -> str:
    """Return the stem of ``word`` (lower-cased) in ``lang``."""
    return _stem(lang)(word.lower())


@dataclass
class DocumentWords:
    """The stems of the words a document writes in lower case and of those it capitalises inside a sentence."""

    lang: str
    lower: set[str] = field(default_factory=set)
    inner_caps: set[str] = field(default_factory=set)

    def add(self, words) -> None:
        """Add ``(text, sentence-first)`` pairs of one text."""
        for text, first in words:
            if not text[:1].isalpha():
                continue
            if text[:1].islower():
                self.lower.add(stem(text, self.lang))
            elif not first:
                self.inner_caps.add(stem(text, self.lang))

    def written_lower(self, word: str) -> bool:
        """True when the document writes ``word`` in lower case, in any form."""
        return stem(word, self.lang) in self.lower

    def capitalised_inside(self, word: str) -> bool:
        """True when the document capitalises ``word`` (in any form) where no sentence starts."""
        return stem(word, self.lang) in self.inner_caps


#: Endings of German compound role nouns ("Geschäftsführer", "Oberbürgermeisterin", "Energieberater").
_GERMAN_ROLE_ENDINGS = ("führer", "führerin", "meister", "meisterin", "berater", "beraterin", "leiter", "leiterin",
                        "sprecher", "sprecherin", "direktor", "direktorin", "vorsitzende", "vorsitzender",
                        "minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin", "chef",
                        "chefin", "experte", "expertin", "vorstand", "beauftragte", "beauftragter", "manager",
                        "managerin", "forscher", "forscherin", "referent", "referentin")


def german_role(low: str) -> bool:
    """True for a German role noun by its ending (a compound of a role: "geschäftsführer")."""
    return low.endswith(_GERMAN_ROLE_ENDINGS) and low not in ("bürgermeisteramt",)


#: Lower-case nouns of a place kind: the name after one is a place ("на вулиці Пасічній", "calle Mayor").
#: Ukrainian ones are stems, matched with any case ending ("вулиці", "проспекту"); abbreviations end in ".".
_PLACE_NOUNS = {
    "uk": ("вулиц", "вул.", "проспект", "просп.", "провулок", "провулк", "пров.", "бульвар", "бульв.", "площ",
           "пл.", "набережн", "шосе", "селищ", "смт", "с.", "м.", "міст", "сел", "район", "област", "обл."),
    "es": ("calle", "c.", "avenida", "avda.", "av.", "paseo", "plaza", "pza.", "barrio", "río", "provincia",
           "localidad", "municipio"),
    "fr": ("rue", "avenue", "av.", "boulevard", "bd.", "place", "quai", "quartier", "commune", "ville", "département"),
    "de": ("straße", "str.", "platz", "stadtteil", "gemeinde", "landkreis", "kreis"),
}


def place_noun(word: str, lang: str, abbreviation: bool = False) -> bool:
    """True for a lower-case place noun of ``lang`` ("вулиці", "вул.", "calle", "rue"); Ukrainian in any case.
    ``abbreviation``: ``word`` ends in "." and must be a listed abbreviation ("вул.", not "областях.")."""
    if not word[:1].islower():
        return False
    nouns = _PLACE_NOUNS.get(lang, ())
    if abbreviation:
        return word in nouns
    if lang == "uk":
        return any(word.startswith(n) if not n.endswith(".") else word == n for n in nouns) and len(word) <= 12
    return word in nouns

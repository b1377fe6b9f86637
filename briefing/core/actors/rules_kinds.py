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
    #: German: words written after an article or a determiner somewhere ("die Löhne", "am Ende"): common nouns.
    after_article: set[str] = field(default_factory=set)
    #: German: the surnames of the document's full names ("Klaus Müller"): alone, they are that person.
    surnames: set[str] = field(default_factory=set)
    #: The one-word names the document writes after a firm's noun ("la empresa Inditex"): alone, they are that body.
    bodies: set[str] = field(default_factory=set)

    def add(self, words) -> None:
        """Add ``(text, sentence-first)`` pairs of one text."""
        for text, first in words:
            if not text[:1].isalpha():
                continue
            if text[:1].islower():
                self.lower.add(stem(text, self.lang))
            elif not first:
                self.inner_caps.add(stem(text, self.lang))

    def add_articles(self, words, determiners: frozenset[str]) -> None:
        """Add the capitalised words of one text's words (strings, in order) that follow a determiner."""
        prev = ""
        for word in words:
            if prev in determiners and word[:1].isupper() and not word.isupper():
                self.after_article.add(word)  # as written: "des Ravensburger Gemeinderates" is no "Ravensburg"
            prev = word.lower()

    def has_article(self, word: str) -> bool:
        """True when the document writes ``word`` (the same form) after a determiner (German)."""
        return word in self.after_article

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
                        "managerin", "forscher", "forscherin", "referent", "referentin",
                        # people by their trade or deed ("CSU-Politiker Straubinger", "Olympiasieger Casartelli")
                        "politiker", "politikerin", "aktivist", "aktivistin", "sieger", "siegerin", "spieler",
                        "spielerin", "keeper", "stürmer", "stürmerin", "journalist", "journalistin", "autor",
                        "autorin", "sänger", "sängerin", "schriftsteller", "schriftstellerin", "kandidat",
                        "kandidatin", "regisseur", "regisseurin")


def german_role(low: str) -> bool:
    """True for a German role noun by its ending (a compound of a role: "geschäftsführer")."""
    return low.endswith(_GERMAN_ROLE_ENDINGS) and low not in ("bürgermeisteramt",)


#: Lower-case nouns of a place kind: the name after one is a place ("на вулиці Пасічній", "calle Mayor").
#: Ukrainian ones are stems, matched with any case ending ("вулиці", "проспекту"); abbreviations end in ".".
_PLACE_NOUNS = {
    "uk": ("вулиц", "вул.", "проспект", "просп.", "провулок", "провулк", "пров.", "бульвар", "бульв.", "площ",
           "пл.", "набережн", "шосе", "селищ", "смт", "с.", "м.", "міст", "сел", "район", "област", "обл.",
           "мікрорайон", "річк", "річц", "озер", "острів", "острова", "острові", "урочищ", "заток", "затоц"),
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


@lru_cache(maxsize=8)
def _unit_words(lang: str) -> frozenset[str]:
    from ...paths import resource

    langs = {lang, "ru"} if lang == "uk" else {lang}  # Ukrainian texts quote Russian units ("МВт")
    rows = resource("wordlists", "unit-abbreviations.tsv").read_text(encoding="utf-8").splitlines()
    return frozenset(row.split("\t")[1] for row in rows if row and not row.startswith("#") and row.split("\t")[0] in langs)


def unit_word(word: str, lang: str) -> bool:
    """True for a short capitalised unit symbol or number word of ``lang`` ("GW", "ГВт", "Mio", "Mrd"): no name.
    The list is CLDR's (``resources/wordlists/unit-abbreviations.tsv``); words of five letters or fewer only."""
    return len(word) <= 5 and word in _unit_words(lang)


@lru_cache(maxsize=8)
def _term_words(lang: str) -> frozenset[str]:
    from ...paths import resource

    langs = {lang, "ru"} if lang == "uk" else {lang}  # Ukrainian texts quote Russian terms ("ВВП", "НДС")
    rows = resource("wordlists", "term-abbreviations.tsv").read_text(encoding="utf-8").splitlines()
    return frozenset(row.split("\t")[1] for row in rows if row and not row.startswith("#") and row.split("\t")[0] in langs)


def term_abbreviation(word: str, lang: str) -> bool:
    """True for the abbreviation of an economic or everyday term of ``lang`` ("PIB", "ВВП", "MwSt", "АЗС"): no
    actor, though written in capitals as an organisation's initials are (``resources/wordlists/term-abbreviations.tsv``,
    a short list written for briefing)."""
    return word in _term_words(lang)


def paired_abbreviation(words: list[str]) -> int:
    """Return how many of ``words`` (tokens from a capitalised one on) make one Spanish abbreviation of paired
    letters, a plural written with each initial doubled and a dot after each pair ("EE. UU.", "CC. OO.", "FF. AA."):
    4 (two pairs and their dots), or 0."""
    if len(words) < 3 or words[1] != "." or not _pair(words[0]) or not _pair(words[2]):
        return 0
    return 4 if len(words) > 3 and words[3] == "." else 3


def _pair(word: str) -> bool:
    return len(word) == 2 and word[0] == word[1] and word.isupper()

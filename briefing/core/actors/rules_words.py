"""The words the uk/de/fr/es rules read (:mod:`.rules_multilingual`, :mod:`.rules_de`, :mod:`.french`): a text's
words with offsets, the listed first names and places, stop words, role nouns, and the cue words and endings
that make a name an organisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon_multilingual import UK_FIRST_NAMES, LanguageRules, country_names, region_names
from .rules_kinds import german_role
from .rules_uk import uk_place

# A word (letters, inner hyphens and apostrophes), a number, or one other character. Linear: no nested repeats
# can overlap (each alternative starts with a different class, and the inner group needs a separator first).
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+|\S")
ELISIONS = ("l'", "d'", "l’", "d’", "qu'", "qu’", "n'", "s'", "j'", "m'", "c'", "n’", "s’", "j’", "m’", "c’")
_SENTENCE_END = frozenset(".!?:;\"«»“”„()[]—–-")
#: Marks that open a sentence or a clause: the next word is its first ("¿Qué...", "¡Recortar...", "‚Wir...").
_OPENERS = frozenset("¿¡‘‚‹›")


@dataclass
class WordTok:
    text: str
    start: int
    end: int
    first: bool  # first word of a sentence (or after a colon, bracket or quote)

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def acronym(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)


def word_tokens(text: str) -> list[WordTok]:
    """Return the words of ``text`` with offsets; elided articles are cut off the word."""
    out: list[WordTok] = []
    first = True
    for m in _TOKEN.finditer(text):
        word, start = m.group(), m.start()
        if not word[0].isalpha():
            out.append(WordTok(word, start, start + len(word), False))
            first = word in _SENTENCE_END or word in _OPENERS or (first and word in ",")
            continue
        lowered = word.lower()
        for elision in ELISIONS:
            if lowered.startswith(elision) and len(word) > len(elision):
                out.append(WordTok(word[:len(elision)], start, start + len(elision), first))
                word, start, first = word[len(elision):], start + len(elision), False
                break
        out.append(WordTok(word, start, start + len(word), first))
        first = False
    return out


@lru_cache(maxsize=1)
def latin_names() -> tuple[frozenset[str], frozenset[str]]:
    """Return (first names, GeoNames places) from ``resources/wordlists``."""
    from ...paths import resource

    def lines(name):
        path = resource("wordlists", name)
        return [ln.split("\t")[0] for ln in path.read_text(encoding="utf-8").splitlines()
                if ln.strip() and not ln.startswith("#")]

    first = frozenset(lines("first-names.tsv") + lines("first-names-extra.tsv") + lines("first-names-intl.tsv"))
    places = frozenset(lines("places.tsv"))
    return first, places


@lru_cache(maxsize=8)
def stop_words_of(lang: str) -> frozenset[str]:
    from ..language.resources import stop_words_for

    return stop_words_for(lang)


def is_first_name(word: str) -> bool:
    """True for a listed first name, also written with accents ("Gérald", "José")."""
    import unicodedata

    first_names = latin_names()[0]
    if word in first_names:
        return True
    plain = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    return plain in first_names or any(part in first_names for part in plain.split("-") if len(part) > 2)


def known_name_part(word: str, lang: str) -> bool:
    """True for a word the lists know as a name part (first name, place, country, a state: "Niedersachsen")."""
    first_names, places = latin_names()
    return word in first_names or word in places or word.lower() in country_names(lang) or word in region_names(lang) or (
        lang == "uk" and (uk_place(word) or word in UK_FIRST_NAMES))


def is_role_noun(low: str, rules: LanguageRules) -> bool:
    if rules.code == "uk":
        return any(low.startswith(r) or r.endswith("ь") and low.startswith(r[:-1]) for r in rules.role_nouns)
    if rules.code == "de":
        return low in rules.role_nouns or german_role(low)
    return low in rules.role_nouns


#: Word endings that make an organisation (German compounds, Ukrainian bodies).
ORG_ENDINGS = {
    "de": ("ministerium", "partei", "polizei", "gericht", "bank", "verband", "agentur", "behörde", "regierung",
           "kommission", "gesellschaft", "institut", "universität", "stiftung", "amt", "werke", "betriebe", "kasse",
           "klinikum", "verwaltung"),
    "uk": ("держадміністрації", "держадміністрація", "міськради", "міськрада", "інспекції", "інспекція"),
}


#: Nouns that make the name right after them an organisation ("l'entreprise Enedis", "das Unternehmen Enedis").
ORG_CUES = {
    "fr": frozenset("""entreprise société groupe firme opérateur constructeur compagnie enseigne filiale
        start-up fabricant transporteur assureur laboratoire distributeur énergéticien parti mouvement""".split()),
    "es": frozenset("""empresa compañía firma grupo operadora constructora aseguradora filial fabricante
        distribuidora aerolínea eléctrica energética""".split()),
    "de": frozenset("unternehmen konzern firma hersteller betreiber anbieter versicherer energieversorger".split()),
    "uk": frozenset("""компанія компанії компанію компанією підприємство підприємства підприємством фірма фірми
        фірму оператор оператора перевізник перевізника концерн концерну компания компании компанию компанией
        фирма фирмы концерна""".split()),
}


#: Common nouns that open a hyphenated organisation's name ("Météo-France", "Radio-Canada", "Air-Inter").
_HYPHEN_ORG_FIRST = frozenset("""météo meteo radio télé tele air gaz électricité aéroports aeroports voies ports eaux
    info presse radiotelevisión televisión""".split())


def hyphenated_organisation(word: str, rules: LanguageRules) -> bool:
    """True for one hyphenated word whose first part is a common noun of an organisation's name ("Météo-France",
    "Radio-Canada") or an organisation word ("Banque-..."): the place after it does not make it a place."""
    head, dash, rest = word.partition("-")
    return bool(dash and rest) and (head.lower() in _HYPHEN_ORG_FIRST or head.lower() in rules.org_words)


#: Words of the English lists that are common nouns in German (capitalised there) or name no firm after a name:
#: left out of :func:`firm_head` ("an der Front", "die Post", "das Jüdische Museum").
_NOT_FIRM_HEADS = frozenset("""Post Front Force Forces Union Capital Media Service Office Forum Press News Times Daily
    Museum Theater Theatre Center Centre Journal Command Guard Reserve Division Executive Exchange Research Fund
    Network Cabinet Congress Conference Senate Court Courts Army Navy Police Church School College University
    Parliament Government Ministry Party Movement Front Assembly Council Committee Department Office""".split())

#: Legal forms that end a firm's name in any Latin-script language ("Kestrel Motors GmbH", "Valmont SARL").
_LEGAL_FORMS = frozenset("""GmbH AG SE KG KGaA OHG UG Ltd Ltd. Inc Inc. LLC Corp Corp. Plc PLC plc SA S.A. SAS SARL
    SpA S.p.A. SL S.L. NV N.V. BV B.V. AB ASA Oy Oyj""".split())


@lru_cache(maxsize=1)
def _firm_heads() -> frozenset[str]:
    """Trade nouns of English firm names (org-words.txt and trade-words.txt: "Motors", "Systems", "Energy",
    "Group", "Holding", "Logistics"), the legal forms, and the German trade nouns "Werke", "Logistik", "Chemie"."""
    from ...paths import resource

    words = set()
    for name in ("org-words.txt", "trade-words.txt"):
        text = resource("wordlists", name).read_text(encoding="utf-8")
        words.update(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    words -= _NOT_FIRM_HEADS
    words |= _LEGAL_FORMS | {"Werke"}
    return frozenset(words)


def firm_head(word: str) -> bool:
    """True for a word that ends a firm's name after another name word ("Kestrel *Motors*", "Nordlicht *Energy*",
    "Brenner *Logistik*", "Valmont *SARL*")."""
    return word in _firm_heads()


def firm_name(words: list[str]) -> bool:
    """True for a capitalised run that is a firm's name in any Latin-script language: two words or more ending
    in a trade noun or a legal form, not a first name and a surname ("Kestrel Motors", "Kestrel Motors GmbH")."""
    return len(words) >= 2 and firm_head(words[-1]) and not (len(words) == 2 and is_first_name(words[0]))


def is_org_word(low: str, rules: LanguageRules) -> bool:
    """True for an organisation word; Ukrainian words in any case ("Служби" for "служба")."""
    if low in rules.org_words:
        return True
    if rules.code == "uk" and len(low) > 4:
        return any(low.startswith(w[:-1]) and len(low) - len(w) <= 2 for w in rules.org_words if len(w) > 4) \
            or low[:-2] in rules.org_words and low[-2:] in _UK_SHORT_CASES or low[:-1] in rules.org_words \
            and low[-1] in "уаі"
    if rules.code == "uk" and len(low) > 3:
        return low[:-1] in rules.org_words and low[-1] in "уаі"  # "союзу", "суду", "банку" (not "суддя")
    return False


#: Case endings of a short Ukrainian or Russian organisation word of four letters or fewer ("Союзом", "банком").
_UK_SHORT_CASES = frozenset("ом ові ам ах ів".split())

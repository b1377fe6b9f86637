"""German names by rules: German capitalises every noun, so a capitalised word counts as a name part only when
something says so (:func:`german_name_word`), and a listed first name or town may be a common noun here ("am
Kai", "die Löhne"). Called by :mod:`.rules_multilingual`.
"""

from __future__ import annotations

from .lexicon_multilingual import RULES, LanguageRules, country_names
from .rules_kinds import DocumentWords, term_abbreviation
from .rules_words import (
    ORG_ENDINGS,
    ORG_CUES,
    is_first_name,
    is_role_noun,
    known_name_part,
    latin_names,
    stop_words_of,
    WordTok,
)


def german_common_noun(word: str, rules: LanguageRules, document: DocumentWords) -> bool:
    """True for a lone German word that is a common noun: a bare organisation head noun ("Behörde", "Bank",
    "Regierung"; not one of a kind: "Bundestag") or a listed town the document writes after an article ("die
    Löhne", "am Ende"; countries take articles: "die Schweiz")."""
    low = word.lower()
    if (low in rules.org_words or low in ORG_ENDINGS["de"]) and not low.startswith(_ONE_OF_A_KIND):
        return True
    return word in latin_names()[1] and low not in country_names("de") and document.has_article(word)


#: German prepositions of place and time (with their article forms): a lone first name after one is a noun ("am Kai").
_DE_PLACE_PREPOSITIONS = frozenset("""an am ans auf aufs im in ins zum zur vom beim über überm unter unterm vor vorm hinter
    neben zwischen entlang gegenüber durch seit""".split())


def german_first_name_as_noun(tokens: list[WordTok], k: int, j: int, document: DocumentWords) -> bool:
    """True when the lone German word ``tokens[k]`` (``j == k + 1``), a listed first name, is a common noun here:
    "Kai" (quay), "Mal", "Art", "Roman" are nouns too. A first name alone is a noun after an article or a place
    preposition ("am Kai", "der Roman"), after an inflected adjective or a number ("zum ersten Mal", "acht Tage"),
    when a stop word ("Sie"), or opening a sentence that the document writes after an article elsewhere ("Kai 4
    wird gesperrt ... am Kai") or that a number follows ("Kai 4")."""
    t = tokens[k]
    word, low = t.text, t.text.lower()
    if not is_first_name(word) or known_name_part(word, "de") and word in latin_names()[1] or low in country_names("de"):
        return False  # a place ("Jena") is left to the place rules
    if low in stop_words_of("de"):
        return True
    prev = tokens[k - 1] if k > 0 else None
    after = tokens[j] if j < len(tokens) else None
    if prev is not None and not t.first:
        p = prev.text.lower()
        if p in RULES["de"].determiners or p in _DE_PLACE_PREPOSITIONS or prev.text.isdigit():
            return True
        if prev.text.islower() and len(p) > 3 and p.endswith(("en", "er", "es", "em")):
            return True  # "zum ersten Mal", "am grünlichen Rand" (an inflected adjective or a number word)
    if t.first:
        return document.has_article(word) or (after is not None and after.text.isdigit())
    return False


#: German organisation words that name one body ("Bundestag", "Landtag", "Bundeswehr").
_ONE_OF_A_KIND = ("bundes", "landes", "landtag", "stadtwerke")


def german_surname(t: WordTok, rules: LanguageRules) -> bool:
    """True for a capitalised word that may follow a name word ("Annalena *Baerbock*"): no common-noun ending."""
    low = t.text.lower()
    return not t.first and low not in stop_words_of("de") and not low.endswith(rules.noun_suffixes[:8])


def german_name_word(tokens: list[WordTok], k: int, rules: LanguageRules, lowered: set[str]) -> bool:
    """True when the capitalised German word ``tokens[k]`` may be part of a name.

    German capitalises every noun, and no noun list ships offline, so only
    what is known counts: an acronym, a listed place, country or first name,
    an organisation word, an adjective of a name ("Europäische Union"), or the
    word right after a first name or title ("Nancy Faeser", "Herr Siemoniak").
    """
    t = tokens[k]
    word, low = t.text, t.text.lower()
    prev = tokens[k - 1] if k > 0 else None
    if word.endswith("er") and k + 1 < len(tokens) and known_name_part(word[:-2], "de") and (
            tokens[k + 1].text.lower() in rules.org_words or tokens[k + 1].text.lower().endswith(ORG_ENDINGS["de"])):
        return True  # a place's adjective before a name: "Leipziger Verkehrsbetriebe", "Berliner Zeitung"
    if prev is not None and prev.text.lower() in rules.determiners and low not in country_names("de") and not t.acronym \
            and not low.endswith(("ische", "ischen", "äische", "äischen")):
        # "dem Sommer" is no name, "der Bundespolizei" is; a bare head noun after an article is a common noun ("die
        # Armee", "das Institut") unless a name goes on after it ("die Stadtwerke Leipzig") or it is one of a kind
        org = low in rules.org_words or low.endswith(ORG_ENDINGS["de"])
        return org and (low.startswith(("bundes", "landes", "landtag", "stadtwerke")) or low not in rules.org_words
                        or k + 1 < len(tokens) and tokens[k + 1].cap)
    if term_abbreviation(word, "de"):
        return False  # "BIP", "MwSt": a term, not an organisation's initials
    if t.acronym or known_name_part(word, "de") or low in rules.org_words or low.endswith(ORG_ENDINGS["de"]):
        return True
    if low in stop_words_of("de") or low in rules.noise or is_role_noun(low, rules):
        return False
    if low.endswith(("ische", "ischen", "ischer", "äische", "äischen")) and k + 1 < len(tokens) and tokens[k + 1].cap:
        return True
    if prev is None or t.first:
        return False
    if prev.text.lower() in ORG_CUES["de"] and not low.endswith(rules.noun_suffixes[:8]):
        return True  # "das Unternehmen Enedis", "der Konzern Solvara"
    prev_low = prev.text.lower().rstrip(".")
    if prev.text in latin_names()[0] or prev_low in rules.titles or is_role_noun(prev_low, rules):
        return not low.endswith(rules.noun_suffixes[:8])
    return False

"""German names by rules: German capitalises every noun, so a capitalised word counts as a name part only when
something says so (:func:`german_name_word`), and a listed first name or town may be a common noun here ("am
Kai", "die Löhne"). Called by :mod:`.rules_multilingual`.
"""

from __future__ import annotations

from .lexicon_multilingual import RULES, LanguageRules, country_names, region_names
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
    return (word in latin_names()[1] or word in region_names("de")) and low not in country_names("de") \
        and document.has_article(word)


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
    if _spa_town(tokens, k) or k > 0 and _spa_town(tokens, k - 1):
        return True  # "Bad Lauterbach", "Bad Hersfeld": a spa town's name
    if term_abbreviation(word, "de"):
        return False  # "BIP", "MwSt": a term, not an organisation's initials
    if low in ORG_CUES["de"] and k + 1 < len(tokens) and tokens[k + 1].cap:
        return False  # "die beauftragte Firma Hochtief": the cue noun is no part of the firm's name
    if low in _TRADE_NOUNS and prev is not None and german_firm_name(tokens, k - 1, rules):
        return True
    if german_firm_name(tokens, k, rules):
        return True  # "Kessler Chemie": a name before a trade noun
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


def _spa_town(tokens: list[WordTok], k: int) -> bool:
    """True when ``tokens[k]`` is the "Bad" of a spa town's name ("Bad Lauterbach", "Bad Sooden"): "Bad" not after
    an article ("das Bad" is a bath) and a capitalised word after it with no common-noun ending."""
    if tokens[k].text != "Bad" or k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    if k > 0 and tokens[k - 1].text.lower() in RULES["de"].determiners:
        return False
    low = after.text.lower()
    return after.cap and after.text.isalpha() and not after.acronym and low not in stop_words_of("de") \
        and not low.endswith(RULES["de"].noun_suffixes[:8])


def spa_town(words: list[str]) -> bool:
    """True for a German town name of "Bad" and one more word ("Bad Lauterbach")."""
    return len(words) == 2 and words[0] == "Bad"


#: Trade nouns written as a firm's second word after a family or brand name ("Kessler Chemie", "Brenner Logistik").
_TRADE_NOUNS = frozenset("""chemie logistik bau technik elektro energie immobilien pharma maschinenbau stahl metall
    textil transport transporte spedition software systeme solar medien verlag druck recycling holding automotive
    möbel elektronik kunststoffe kunststoff anlagenbau haustechnik gebäudetechnik umwelttechnik""".split())


def german_firm_name(tokens: list[WordTok], k: int, rules: LanguageRules) -> bool:
    """True when ``tokens[k]`` is a name word right before a trade noun ("*Kessler* Chemie", "*Brenner* Logistik"):
    capitalised, no first name, no stop word, no common-noun ending, not after an article ("die Sparte Chemie")
    and no cue noun ("Bereich Logistik", "Firma Kessler" start the firm name after them)."""
    if k + 1 >= len(tokens) or tokens[k + 1].text.lower() not in _TRADE_NOUNS or tokens[k + 1].first:
        return False
    t = tokens[k]
    low = t.text.lower()
    if not t.cap or not t.text.isalpha() or t.acronym or is_first_name(t.text) or low in stop_words_of("de") \
            or low in rules.org_words or low in ORG_CUES["de"] or is_role_noun(low, rules) \
            or low.endswith(rules.noun_suffixes[:8]) or low.endswith(ORG_ENDINGS["de"]) or low in _TRADE_NOUNS:
        return False
    prev = tokens[k - 1].text.lower() if k > 0 else ""
    return prev not in rules.determiners and prev not in _DE_PLACE_PREPOSITIONS and prev not in ("für", "und")


def german_firm(words: list[str]) -> bool:
    """True for a German firm's name of a name and a trade noun ("Kessler Chemie")."""
    return len(words) >= 2 and words[-1].lower() in _TRADE_NOUNS

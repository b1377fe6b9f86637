"""German names by rules: German capitalises every noun, so a capitalised word counts as a name part only when
something says so (:func:`german_name_word`), and a listed first name or town may be a common noun here ("am
Kai", "die Löhne"). Called by :mod:`.rules_multilingual`.
"""

from __future__ import annotations

from functools import lru_cache

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
    firm_head,
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

#: Endings of an inflected German adjective ("einzelnen", "unrühmlicher"): a lower-case word so may qualify a noun.
_INFLECTED_ENDINGS = ("e", "en", "er", "es", "em")


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


def german_surname_after(tokens: list[WordTok], m: int, rules: LanguageRules, document: DocumentWords) -> bool:
    """True when ``tokens[m]`` may go on the name before it as a surname (:func:`german_surname`). After a place
    that is no first name it may not without other evidence (the document's surnames): German capitalises its
    nouns, so "in Wolfsburg *Stellen*", "in Italien *Erfolg*" are a place and a noun."""
    if not german_surname(tokens[m], rules):
        return False
    prev = tokens[m - 1].text
    return not _known_place(prev) or is_first_name(prev) or tokens[m].text in document.surnames


def german_name_word(tokens: list[WordTok], k: int, rules: LanguageRules, lowered: set[str],
                     document: DocumentWords | None = None) -> bool:
    """True when the capitalised German word ``tokens[k]`` may be part of a name.

    German capitalises every noun, and no noun list ships offline, so only
    what is known counts: an acronym, a listed place, country or first name,
    an organisation word, an adjective of a name ("Europäische Union"), or the
    word right after a first name or title ("Nancy Faeser", "Herr Siemoniak").
    """
    t = tokens[k]
    word, low = t.text, t.text.lower()
    prev = tokens[k - 1] if k > 0 else None
    if german_party([word]) or document is not None and word in document.surnames and not t.first \
            and not (prev is not None and prev.text.lower() in rules.determiners):
        return True  # "die Grünen"; "sagte Müller" after "Klaus Müller"
    if german_firm_run(tokens, k, rules):
        return True  # "Kestrel Motors", "die Kestrel Motors GmbH": a name before a firm's trade noun or legal form
    if word.endswith("er") and k + 1 < len(tokens) and known_name_part(word[:-2], "de") and (
            tokens[k + 1].text.lower() in rules.org_words or tokens[k + 1].text.lower().endswith(ORG_ENDINGS["de"])):
        return True  # a place's adjective before a name: "Leipziger Verkehrsbetriebe", "Berliner Zeitung"
    if prev is not None and prev.text.lower() in rules.determiners and low not in country_names("de") and not t.acronym \
            and not german_proper_adjective(word):
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
    if t.acronym or known_name_part(word, "de") or low in rules.org_words or low.endswith(ORG_ENDINGS["de"]) \
            or german_place_form(word):
        return True
    if low in stop_words_of("de") or low in rules.noise or is_role_noun(low, rules):
        return False
    if german_proper_adjective(word) and k + 1 < len(tokens) and tokens[k + 1].cap \
            and (not t.first or low.endswith(("ische", "ischen", "ischer"))):
        return True
    if german_genitive_name(tokens, k, rules):
        return True  # "von Hitlers Vizekanzler": a name in the genitive before its noun
    if german_speaker(tokens, k, k + 1) and not low.endswith(rules.noun_suffixes[:8]) and not german_function_word(low):
        return True  # ", sagte Pfister .", "Prizak meinte": a bare word that speaks (a noun would take an article)
    if prev is None or t.first:
        return False
    if german_firm_cue(prev.text.lower()) and not low.endswith(rules.noun_suffixes[:8]):
        return True  # "das Unternehmen Enedis", "der Konzern Solvara"
    prev_low = prev.text.lower().rstrip(".")
    if prev.text in latin_names()[0] or prev_low in rules.titles or is_role_noun(prev_low, rules):
        return not low.endswith(rules.noun_suffixes[:8])
    return False


def _firm_word(t: WordTok, rules: LanguageRules) -> bool:
    """True for a capitalised word that may name a firm before its trade noun: no stop or function word, no
    common-noun ending, no cue or role noun ("Firma", "Chef")."""
    low = t.text.lower()
    return t.cap and t.text[0].isalpha() and low not in stop_words_of("de") and not german_function_word(low) \
        and not low.endswith(rules.noun_suffixes[:8]) and low not in ORG_CUES["de"] and not is_role_noun(low, rules) \
        and not _body_head(t.text)


#: English nouns that end a body's name and are no German words ("Danish Refugee *Council*", "Jet Propulsion
#: *Laboratory*", "Stoke *City*", "Royal Air *Force*"): German text quotes English names whole.
ENGLISH_BODY_HEADS = frozenset("""Council Committee Laboratory Times University Institute Agency Society Association
    League City Force Command Department Ministry Parliament Party Review Journal Daily Tribune Herald""".split())


def _body_head(word: str) -> bool:
    return firm_head(word) or word in ENGLISH_BODY_HEADS


def german_firm_run(tokens: list[WordTok], k: int, rules: LanguageRules) -> bool:
    """True when ``tokens[k]`` belongs to a firm's name that ends in an English trade noun or a legal form within
    three words ("*Kestrel* Motors", "Kestrel *Motors* GmbH", "Nordlicht Solar *Systems*"): German has no noun
    "Motors", so the words before it are a name."""
    t = tokens[k]
    if _body_head(t.text) and not t.first and k > 0 and _firm_word(tokens[k - 1], rules):
        return True
    if not _firm_word(t, rules):
        return False
    for e in range(k + 1, min(k + 4, len(tokens))):
        if tokens[e].first:
            return False
        if _body_head(tokens[e].text):
            return True
        if not _firm_word(tokens[e], rules):
            return False
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


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """German function words (resources/wordlists/de-function-words.txt, from spaCy's German stop words, MIT)."""
    from ...paths import resource

    text = resource("wordlists", "de-function-words.txt").read_text(encoding="utf-8")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def german_function_word(word: str) -> bool:
    """True for a German adverb, conjunction, preposition or other closed-class word ("Dabei", "Davon", "Auch"):
    opening a sentence it is no name, even where a gazetteer lists a town of that name."""
    return word.lower() in _function_words()


#: Time nouns that open a date ("Ende März", "Anfang 2024", "Mitte des Jahres", "Mitte und Ende Mai").
_TIME_NOUNS = frozenset({"Anfang", "Ende", "Mitte", "Beginn"})
#: Words after a time noun that make it a date: the article of a period, or a word of one ("Ende des Monats").
_DATE_NEXT = frozenset("""des der dieses diesen jenes nächsten kommenden vergangenen letzten""".split())


def german_time_noun(tokens: list[WordTok], k: int, rules: LanguageRules) -> bool:
    """True when ``tokens[k]`` is a time noun opening a date ("Ende März", "Anfang 2024", "Mitte des Jahres",
    "Mitte und Ende Mai"): no name, though "Ende" is a town on the lists and "Mitte" a Berlin district."""
    if tokens[k].text not in _TIME_NOUNS or k + 1 >= len(tokens):
        return False
    after = tokens[k + 1].text
    if after.lower() in rules.noise or after.isdigit() or after in _DATE_NEXT:
        return True
    return after in ("und", "bis", "oder") and k + 2 < len(tokens) and tokens[k + 2].text in _TIME_NOUNS


def _known_place(word: str) -> bool:
    return word.lower() in country_names("de") or word in region_names("de") or word in latin_names()[1]


def german_genitive_place(word: str) -> bool:
    """True when ``word`` is a listed place with the genitive "-s" ("Dänemarks", "Leipzigs", "Irans"): a country or
    state of any length, another place of five letters or more ("Basis", "Lions" are no "Basi", "Lion")."""
    if not word.endswith("s") or word.endswith("ss") or len(word) < 5 or is_first_name(word[:-1]) or is_first_name(word):
        return False
    base = word[:-1]
    return base.lower() in country_names("de") or base in region_names("de") or len(base) >= 5 and base in latin_names()[1]


#: Points of the compass that open a compound with a place ("Ostdeutschland", "Süditalien", "Westeuropa").
_COMPASS = ("Nordost", "Nordwest", "Südost", "Südwest", "Nord", "Süd", "Ost", "West", "Mittel", "Zentral")


def german_place_form(word: str) -> bool:
    """True when ``word`` is a listed place in its genitive ("Dänemarks", "Leipzigs", "Europas") or a point of the
    compass joined to one ("Ostdeutschland", "Süditalien", "Westeuropa"), and no first name."""
    if len(word) < 5 or not word[:1].isupper() or not word[1:].islower() or is_first_name(word):
        return False
    if german_genitive_place(word):
        return True
    for head in _COMPASS:
        rest = word[len(head):]
        if word.startswith(head) and len(rest) >= 4 and _known_place(rest[:1].upper() + rest[1:]):
            return True
    return False


def _org_head(t: WordTok, rules: LanguageRules) -> bool:
    low = t.text.lower()
    return low in rules.org_words or low.endswith(ORG_ENDINGS["de"])


def german_places_in_org(tokens: list[WordTok], k: int, j: int, rules: LanguageRules) -> list[int]:
    """Return the indexes of the places named inside the organisation ``tokens[k:j]`` as the place it is of: after
    "von" or in the genitive right after an organisation noun ("Landesregierung von *Niedersachsen*", "der
    Landesregierung *Niedersachsens*"). A place in apposition is part of the name only ("Landgericht Kassel",
    "Stadtwerke München")."""
    out = []
    for m in range(k + 1, j):
        word = tokens[m].text
        if tokens[m - 1].text == "von" and m - 1 > k and _org_head(tokens[m - 2], rules) and _known_place(word):
            out.append(m)
        elif word.endswith("s") and len(word) > 4 and _org_head(tokens[m - 1], rules) and _known_place(word[:-1]):
            out.append(m)
    return out


def german_place_base(word: str) -> str:
    """Return a German place's name without its genitive "-s" ("Niedersachsens" -> "Niedersachsen")."""
    if word.endswith("s") and not _known_place(word) and _known_place(word[:-1]):
        return word[:-1]
    return word


#: German parties named by an adjective written as a noun ("die Grünen", "die Linke", "die Grüne Jugend").
_DE_PARTIES = frozenset({"Grünen", "Grüne", "Linke", "Linken"})


def german_party(words: list[str]) -> bool:
    """True for a German party named by an adjective ("Grünen", "Linke", "Grüne Jugend")."""
    return bool(words) and words[0] in _DE_PARTIES and (len(words) == 1 or words[1] in ("Jugend", "Partei"))


#: Endings of German compounds that name a firm's trade ("Farbenhersteller", "Chemiekonzern", "Autobauer"): the name
#: after one is the firm's ("der Farbenhersteller *Rheinfarben*").
_FIRM_CUE_ENDINGS = ("hersteller", "konzern", "autobauer", "versorger", "unternehmen", "händler", "anbieter",
                     "betreiber", "produzent", "zulieferer", "dienstleister", "riese", "gruppe", "firma", "spezialist",
                     "start-up", "startup", "discounter", "versicherer", "sender", "verlag", "reederei", "brauerei")


def german_firm_cue(low: str) -> bool:
    """True for a lower-cased German noun after which a name is a firm's ("konzern", "chemiekonzern")."""
    return low in ORG_CUES["de"] or low.endswith(_FIRM_CUE_ENDINGS)


def german_surnames(words: list[str]) -> set[str]:
    """Return the surnames of a German text's full names: the capitalised word after a listed first name ("Klaus
    *Müller*"), so that the surname alone later is the person ("kündigte Müller an")."""
    determiners = RULES["de"].determiners
    return {b for n, (a, b) in enumerate(zip(words, words[1:])) if is_first_name(a) and b[:1].isupper() and b.isalpha()
            and not b.isupper() and b.lower() not in stop_words_of("de")
            and not b.lower().endswith(RULES["de"].noun_suffixes[:8])
            and not german_function_word(a) and not _known_place(b)  # "In Burgsteinfurt", "In Südossetien"
            and not (n > 0 and words[n - 1].lower() in determiners)}  # "eine Art Triebtäter", "dem Mercedes Sprinter"


def german_lone_noun(tokens: list[WordTok], k: int, rules: LanguageRules, document: DocumentWords) -> bool:
    """True when the lone capitalised word ``tokens[k]`` is a common noun: :func:`german_common_noun`, or a listed town
    after an article and inflected adjectives ("die dramatische *Lage*", "der neuen *Ahlen*": the article goes with a
    noun; "die Stadt Lage" keeps the town). A party ("die Grünen") is a name."""
    word = tokens[k].text
    if german_party([word]) or word in document.surnames:
        return False
    if german_common_noun(word, rules, document):
        return True
    if word not in latin_names()[1] or word.lower() in country_names("de"):
        return False
    m = k - 1
    while m >= 0 and tokens[m].text.islower() and tokens[m].text.endswith(_INFLECTED_ENDINGS) \
            and tokens[m].text not in rules.determiners and tokens[m].text not in _DE_PLACE_PREPOSITIONS:
        m -= 1
    return m < k - 1 and m >= 0 and tokens[m].text.lower() in rules.determiners


#: German verbs of saying in the third person singular (present and past): the bare word right after one, or opening
#: the sentence right before one, is a speaker ("sagte Pfister", "Prizak meinte"); a noun would take an article
#: ("sagte der Minister") and a plural a plural verb ("Experten sagten").
_SPEECH_VERBS = frozenset("""sagte sagt meinte meint erklärte erklärt betonte betont kritisierte kritisiert warnte
    warnt fügte ergänzte ergänzt schrieb schreibt berichtete berichtet antwortete antwortet""".split())


#: What ends a quotation before its verb of saying ("... " , sagte Pfister", "..., betonte Thierse").
_QUOTE_ENDS = frozenset({",", '"', "“", "”", "«", "»", "'", ":"})


def german_speaker(tokens: list[WordTok], k: int, j: int) -> bool:
    """True when the bare capitalised run ``tokens[k:j]`` of one word stands right after a verb of saying that follows
    a quotation or a comma (", sagte *Pfister* .": an object would need no comma, "Der WWF fordert Konsequenzen") or
    opens its sentence right before one ("*Prizak* meinte"): a person who speaks."""
    if j - k != 1:
        return False
    if k > 1 and not tokens[k].first and tokens[k - 1].text in _SPEECH_VERBS and tokens[k - 2].text in _QUOTE_ENDS:
        return True
    return tokens[k].first and j < len(tokens) and tokens[j].text in _SPEECH_VERBS


#: Prepositions a genitive name may follow ("von Hitlers Vizekanzler", "über Zabels Entscheidung").
_GENITIVE_PREPOSITIONS = _DE_PLACE_PREPOSITIONS | frozenset("""von mit für nach seit gegen ohne trotz wegen bei aus
    laut dank statt""".split())


def german_genitive_shape(word: str, rules: LanguageRules) -> bool:
    """True for a capitalised word that may be a name in the Saxon genitive ("Hitlers", "Rooneys", "Zabels"): an
    "-s" after a letter that common nouns do not end on before it ("-ss", "-es", "-us", "-is", "-os"), no
    common-noun ending, no first name ("Andreas"), no stop or function word."""
    low = word.lower()
    return len(word) >= 5 and word[:1].isupper() and word[1:].isalpha() and word[1:].islower() \
        and low.endswith("s") and not low.endswith(("ss", "es", "us", "is", "os", "ings")) \
        and not low.endswith(rules.noun_suffixes[:8]) and not is_first_name(word) and not is_first_name(word[:-1]) \
        and low not in stop_words_of("de") and not german_function_word(low)


def german_genitive_name(tokens: list[WordTok], k: int, rules: LanguageRules) -> bool:
    """True when ``tokens[k]`` is a name in the Saxon genitive before the noun it qualifies ("von *Hitlers*
    Vizekanzler", "über *Zabels* Entscheidung", "*Rooneys* erstes Tor"): German puts no common noun in the genitive
    before another without an article, so the word is a name. Not within two words of an article or after an
    inflected adjective ("des einzelnen Spielers Halbzug", "des Ersten Weltkriegs": nouns), nor after a first name
    (the surname of a full name)."""
    t = tokens[k]
    if t.first or k == 0 or k + 1 >= len(tokens) or not german_genitive_shape(t.text, rules):
        return False
    prev = tokens[k - 1].text
    p = prev.lower()
    if p in rules.determiners or k > 1 and tokens[k - 2].text.lower() in rules.determiners or is_first_name(prev):
        return False
    if prev.islower() and p not in _GENITIVE_PREPOSITIONS and len(p) > 3 and p.endswith(_INFLECTED_ENDINGS):
        return False
    nxt = tokens[k + 1]
    if nxt.text.islower() and nxt.text.endswith(_INFLECTED_ENDINGS) and k + 2 < len(tokens):
        nxt = tokens[k + 2]  # "Moggis unrühmlicher Ägide"
    return nxt.cap and nxt.text[:1].isalpha() and not nxt.acronym and nxt.text.lower() not in stop_words_of("de") \
        and not nxt.first and not _body_head(nxt.text)  # "von Siemens Energy": a firm's name goes on


#: The forms of "deutsch", capitalised only in a name ("Deutsche Bahn", "der Deutschen Vermögensberatung").
_DEUTSCH = frozenset({"deutsche", "deutschen", "deutscher", "deutsches"})


def german_proper_adjective(word: str) -> bool:
    """True for an adjective German capitalises only as the first word of a name: one in "-isch" ("Britische
    Botschaft", "Europäische Union") or a form of "deutsch" ("Deutsche Bahn")."""
    low = word.lower()
    return word[:1].isupper() and (low.endswith(("ische", "ischen", "ischer", "isches")) or low in _DEUTSCH)

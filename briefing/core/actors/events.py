"""Events, awards, illnesses and products named as such: names that are not actors (issue 17, fourth round).

Helpers of :func:`.works.drop_works`: an award's name ("the Soul Train Awards"), an eponymous illness standing
alone among words of illness ("victims of Alzheimer's"), a place before "champion" (the championship held
there), a brand's plural (its products: "Saabs"), the long form an acronym in brackets spells.
"""

from __future__ import annotations

from .lexicon import _Lexicon, _norm
from .tokens import EntityMention

#: Award words: the name before them ("the Soul Train Awards", "a Pulitzer Prize") is the award's, not an actor's.
_AWARD_WORDS = frozenset(["Awards", "Award", "Prize", "Prizes"])
#: Last words of an illness's name ("Motor Neurone Disease", "Down Syndrome").
_ILLNESS_LAST = frozenset(["Disease", "Syndrome", "Disorder"])
#: Words of illness in a sentence that make a bare possessive name an illness: "victims of Alzheimer's,
#: Parkinson's and Motor Neurone disease", "illnesses like Parkinson's".
_ILLNESS_WORDS = frozenset(["disease", "diseases", "illness", "illnesses", "condition", "conditions", "disorder",
                            "disorders", "syndrome", "sufferers", "dementia", "cure", "treatment", "treatments"])


#: Words of storms before a name: "Hurricane Ivan", "Typhoon Haiyan", "Tropical Storm Alberto" (a storm, not a person).
_STORMS = frozenset(["Hurricane", "Typhoon", "Cyclone", "Tropical Storm", "Superstorm", "Winter Storm"])
#: Words of weather that make "Storm" before a name the name of a storm ("Storm Darragh brought gusts of 90mph", as
#: the Met Office and Met Éireann name them); without them "Storm" may be a first name ("Storm Reid").
_WEATHER_WORDS = frozenset(["wind", "winds", "gust", "gusts", "gale", "gales", "rain", "rainfall", "flood", "floods",
                            "flooding", "forecaster", "forecasters", "forecast", "weather", "mph", "km/h", "snow",
                            "landfall", "warning", "warnings"])
#: The sentences last asked about and their answer (one tuple: read atomically), as :data:`_LAST_ILLNESS`.
_LAST_WEATHER: tuple[list[str] | None, bool] = (None, False)


#: Prefixes of ships' names: "HMS Lancaster", "USS Gerald R. Ford", "MV Dali" (a vessel, not an actor).
_SHIP_PREFIXES = frozenset(["HMS", "USS", "HMAS", "HMCS", "HMNZS", "RFA", "RMS", "MV", "USNS", "FV", "RV"])
#: The first words a storm's name can have (:func:`storm_name`): the words of ``_STORMS`` up to any of their
#: spaces ("Tropical", "Tropical Storm") and "Storm". A name or a word before it not opening with one of these
#: (or a ship's prefix, ``CRAFT_HEADS``) and no ", " or ", the " before it is no craft or storm: the cheap first
#: test of :func:`craft_or_storm` for :func:`.works.drop_works`.
STORM_HEADS = frozenset([s[:i] for s in _STORMS for i in range(1, len(s) + 1) if i == len(s) or s[i] == " "] + ["Storm"])
CRAFT_HEADS = STORM_HEADS | _SHIP_PREFIXES
#: Nouns of vessels that a name in apposition after them names: "a fishing boat, the Girl Rachel," (the nouns
#: right before a name are :data:`.works.KIND_BEFORE`'s).
VESSEL_NOUNS = frozenset(["ship", "vessel", "tanker", "freighter", "trawler", "liner", "yacht", "ferry", "warship",
                          "frigate", "submarine", "schooner", "boat", "destroyer", "lifeboat", "icebreaker", "barge",
                          "catamaran", "steamer", "dinghy", "cruiser", "carrier"])


def craft_or_storm(m: EntityMention, text: str, before: str, sentences: list[str]) -> bool:
    """True for the name of a vessel or a storm, which is no actor: a ship's prefix ("HMS Lancaster"), a word of
    storms before it, also where the finder left that word out of the name at a sentence's start ("Hurricane
    Delia flooded ..." gives "Delia"), or an apposition after a vessel's noun ("a fishing boat, the Girl Rachel,")."""
    tokens = m.tokens
    if len(tokens) > 1 and (tokens[0] in _SHIP_PREFIXES or storm_name(tokens, sentences)):
        return True
    if before[:1].isupper() and storm_name((before, *tokens), sentences):
        return True
    head = text[max(0, m.start - 40):m.start]
    if head.endswith("the "):
        head = head[:-4]
    return head.endswith(", ") and head[:-2].rpartition(" ")[2].lower() in VESSEL_NOUNS


def storm_name(tokens: tuple[str, ...] | list[str], sentences: list[str]) -> bool:
    """True for a storm's name: a word of storms before it ("Hurricane Ivan"), or "Storm" and a name in a text
    with words of weather ("Storm Darragh" beside "gusts of up to 90mph"; the finder trims "Storm" off a longer run)."""
    global _LAST_WEATHER
    if " ".join(tokens[:-1]) in _STORMS:
        return True
    if tokens[0] != "Storm":
        return False
    last, answer = _LAST_WEATHER
    if last is not sentences:
        answer = any(not _WEATHER_WORDS.isdisjoint(w.strip(".,;:'\"()") for w in s.lower().split()) for s in sentences)
        _LAST_WEATHER = (sentences, answer)
    return answer


def _bare_illness(text: str, m: EntityMention) -> bool:
    """True for a possessive name standing alone for an illness among words of illness: "victims of Alzheimer's,
    Parkinson's and Motor Neurone disease" (the possessive owns no noun; a shop's "Sainsbury's" is no illness)."""
    rest = text[m.end:m.end + 7]
    if not rest.startswith(("'s", "’s")) or not (len(rest) == 2 or rest[2] in ",.;)" or rest[2:].startswith((" and", " or"))):
        return False
    return illness_sentence(text)


#: The last sentence asked about and its answer (one tuple: read atomically): a sentence's possessives are
#: asked about one after another, and reading the whole sentence again for each was quadratic on long lines.
_LAST_ILLNESS: tuple[str, bool] = ("", False)


def illness_sentence(text: str) -> bool:
    """True for a sentence with a word of illness (:data:`_ILLNESS_WORDS`): "victims of Alzheimer's ..."."""
    global _LAST_ILLNESS
    last, answer = _LAST_ILLNESS
    if last is not text:
        answer = False
        for w in text.lower().split():  # a loop, not a generator per sentence
            if w.strip(".,;:'\"()") in _ILLNESS_WORDS:
                answer = True
                break
        _LAST_ILLNESS = (text, answer)
    return answer


def _champion_of(text: str, m: EntityMention, lex: _Lexicon) -> bool:
    """True for a name right before "champion(s)" that is a place: the championship held there ("Wimbledon
    champion Maria Sharapova"), not the place; "Premiership champions Chelsea" is dropped by its shape."""
    return text.startswith((" champion ", " champions ", " champion,"), m.end) \
        and lex.gazetteer.get(m.norm, ("", ""))[0] == "LOC" and m.type == "LOC" and not text.startswith("the ", m.start - 4)


def _plural_products(orgs: set[str], plurals: list[EntityMention], lex: _Lexicon) -> set[str]:
    """Norms of one-word names that are the plural of a one-word organisation the text names: "building Saabs,
    Opels and Cadillacs" beside "Saab" (the cars, not the maker); never a listed name, first name or surname
    ("Williams" beside "William"). ``orgs``: the words of the one-word names typed an organisation or not typed;
    ``plurals``: the one-word names in "s" (both gathered in :func:`.works.drop_works`' walk over the mentions)."""
    return {m.norm for m in plurals if (w := m.tokens[0])[:-1] in orgs and m.norm not in lex.gazetteer
            and w not in lex.surnames and w[:-1] not in lex.first_names}


def _long_form(text: str, m: EntityMention) -> int:
    """The start of the words an acronym in brackets spells, right before it ("Really Simple Syndication (RSS)"),
    or -1: one word per letter, each starting with its letter."""
    acro = m.tokens[0]
    if not acro.isupper() or not 2 <= len(acro) <= 6:
        return -1
    words = text[max(0, m.start - 2 - 16 * len(acro)):m.start - 2].split(" ")[-len(acro):]
    if len(words) != len(acro):
        return -1
    for w, c in zip(words, acro):  # a loop, not a generator per acronym
        if w[:1].upper() != c:
            return -1
    return m.start - 2 - len(" ".join(words))


def _award_heads(text: str) -> set[str]:
    """Norms of the capitalised words before an award word ("this year's Soul Train Awards" -> "soul train"):
    the award's name, so "his Soul Train nominations" names no actor either."""
    out, words = set(), text.split(" ")
    for i, w in enumerate(words):
        if i and w.rstrip(".,;:'’)") in _AWARD_WORDS:
            j = i
            while j > 0 and i - j < 3 and words[j - 1][:1].isupper() and words[j - 1].isalpha():
                j -= 1
            j += words[j] == "The"  # "The Soul Train Awards ceremony" opening a sentence
            if j < i:
                out.add(_norm(" ".join(words[j:i])))
    return out

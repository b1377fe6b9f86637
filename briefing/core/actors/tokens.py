"""Tokens and mentions: the actor finder's word lists, its tokenizer's names (from :mod:`.tokenizer`) and EntityMention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import _norm
from .tokenizer import _Tok, _cap_starts, _tokenize  # noqa: F401  (imported from here by the finder's modules)

# --------------------------------------------------------------------------
# Tokens
# --------------------------------------------------------------------------

_QUOTES = set("\"'“”‘’«»")
_OPENERS = set("\"'“‘«([{-–—:")
#: Web addresses' endings: a word ending so ends a run of capitals (``spans``), and they are dropped from an
#: organisation's name ("Snopes.com" is "Snopes": ``aliases``, ``extract``).
DOMAIN_ENDS = (".com", ".net", ".org", ".co.uk", ".io")
#: Particles inside a person's name beyond the Romance and German ones: "Rhun ap Iorwerth", "Faisal ibn Saud".
_WELSH_ARABIC_DUTCH = ("ap", "ab", "ibn", "bint", "ter", "zu", "vom", "dal", "das")
_CONNECTORS = {"of", "for", "in", "de", "des", "del", "della", "dello", "degli", "dei", "delle", "dos", "der", "den", "van", "von", "da", "di", "du", "la", "le", "bin", "al", "el", "y", "&", *_WELSH_ARABIC_DUTCH}
_NAME_PARTICLES = {"de", "des", "del", "della", "dello", "degli", "dei", "delle", "dos", "der", "den", "van", "von", "da", "di", "du", "la", "le", "bin", "al", "el", "y",
                   *_WELSH_ARABIC_DUTCH}
_EDGE_WORDS = frozenset("""the a an this that these those his her its their our my your and or but if when while as at by
for from in into on of to with after before since until during under over between about against than then so yet not no
all both each every some any many most more such also however meanwhile although though because it i he she we
they you there here what who yesterday today tomorrow tonight now according""".split())
_CREDIT = re.compile(r"(?i)\b(?:photo(?:graph)?s?|pictures?|images?|illustration|credit|courtesy|source)\s*(?::|by\b|©)|©")

#: The characters besides ASCII letters that ``(?i)`` matches to an ASCII letter ("İ", "ı" to "i", "ſ" to "s"; the
#: Kelvin sign "K" to "k", a letter of no credit word): ``tests/core/actors/test_first_pass_shared_facts.py``.
_FOLDED_TO_ASCII = "\u0130\u0131\u017f"


def _credit_start(text: str) -> int | None:
    """Return where a photo credit starts in a sentence ("Photo: Sergei Ivanov / AFP", "© Reuters"), else None.

    An ASCII sentence without any of the credit words (photo, picture, image, illustration, credit, courtesy,
    source) holds none ("©" is not ASCII), nor one without a colon or "by" after the word ("sources said", "credit
    card"): most sentences are answered without the regex, and most (86% in 100k words of news) by the colon and
    "by" alone, two searches of the text (read first) where the words take seven.

    So is a sentence with other characters ("’", "“", "é": 5% of news sentences, whose regex took half of this
    function's instructions on 100k words), unless it holds "©" or one of :data:`_FOLDED_TO_ASCII`: the regex's
    ``(?i)`` matches an ASCII letter only to itself in either case and to those three, and ``lower`` keeps every
    ASCII letter.
    """
    if text.isascii() or not ("©" in text or "\u0130" in text or "\u0131" in text or "\u017f" in text):
        low = text.lower()
        if not (":" in text or "by" in low) or not ("photo" in low or "picture" in low or "image" in low
                                                     or "illustration" in low or "credit" in low
                                                     or "courtesy" in low or "source" in low):
            return None
    m = _CREDIT.search(text)
    return m.start() if m else None
#: Words that are never a name on their own but start real ones ("First Union", "South Africa").
_LONE_NOISE = {"First", "Second", "Third", "Fourth", "Final", "North", "South", "East", "West", "Northern", "Southern",
               "Eastern", "Western", "Central", "Upper", "Lower", "Greater", "New", "Old", "Great", "Royal", "National"}
_NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"}
CORE_TITLES = {"President", "Minister", "Secretary", "Chancellor", "Chairman", "Governor", "Ambassador",
                "Commissioner", "Premier", "Spokesman", "Director", "Mayor", "Senator", "Leader"}
_ACRONYM_NOUNS = {"RBI", "ERA", "NA", "PCT", "GB", "CAPS", "NYMEX", "FOB", "CIF", "EPS", "P/E", "YTD", "HR", "AB", "IP",
                  "SUV", "CEO", "CFO", "COO", "GDP", "GNP", "TV", "PC", "PCs", "DVD", "DVDs", "CD", "CDs", "VCR", "ISBN",
                  "MP", "MPs", "MEP", "MEPs", "DJ", "DJs", "VHS", "PVR", "PVRs", "AGM", "IPO", "DNA", "HIV", "AIDS", "Aids", "NGO", "NGOs", "PDF", "HQ",
                  "VAT", "ID", "IT", "PR", "AM", "PM", "FM", "GMT", "OK", "UFO", "URL", "USB", "SMS", "MRI", "CCTV",
                  "VIP", "A&E", "QC", "OBE", "MBE", "CBE", "BA", "MA", "PhD", "AGM", "RPI", "CPI", "LCD", "GPS", "ATM", "PIN"}
_AGENT_VERBS = {"has", "had", "is", "was", "will", "would", "could", "should", "can", "may", "might", "must",
                "said", "says", "wants", "wanted", "agreed", "announced", "denied", "insisted", "plans", "hopes"}
#: Prepositions after which a lone unknown word is read as a place, in any of its uses (not "from", "to").
_PLACE_PREPS = frozenset(["in", "near", "outside", "inside", "across", "around", "throughout"])
_LOCATIVE = {"in", "at", "near", "from", "to", "into", "outside", "inside", "across", "around", "throughout", "via", "towards", "toward"}


def _locative_at(toks: list, i: int) -> bool:
    """True when the word before token ``i`` is a place preposition ("in", "at", "to"...), unless it is the
    "to" of "according to": the source of a statement, a person or a body as often as a place."""
    if i <= 0 or toks[i - 1].text.lower() not in _LOCATIVE:
        return False
    return not (i > 1 and toks[i - 1].text.lower() == "to" and toks[i - 2].text.lower() == "according")


_SAY_VERBS = {"said", "says", "told", "added", "asked", "wrote", "explained", "insisted", "argued", "warned", "claimed", "admitted", "believes", "thinks", "felt", "stated"}
ROLE_MODIFIERS = {"former", "deputy", "acting", "foreign", "prime", "vice", "senior", "top", "assistant", "associate",
                  "managing", "executive", "interim", "outgoing", "incoming", "new", "then", "chief", "general",
                  "defence", "defense", "finance", "interior", "opposition", "party", "state", "co", "joint", "lead",
                  "veteran", "longtime", "long-time", "fellow", "current", "ex", "embattled", "shadow"}


_CONTRACTION_ENDS = {"ve", "re", "ll", "d", "m", "t"}


def _contraction(lower: str) -> bool:
    """True for "we've", "they're", "don't", "it'll" (lowercase, straight apostrophe); not "o'neill"."""
    base, sep, end = lower.partition("'")
    return bool(sep) and end in _CONTRACTION_ENDS and bool(base)


def _contracted(word: str) -> bool:
    """:func:`_contraction` of a word as written (any case, either apostrophe); the apostrophe looked for first."""
    return ("'" in word or "’" in word) and _contraction(word.lower().replace("’", "'"))



#: Last words of company names; a country code before them is not part of the name.
_COMPANY_ENDS = {"Corporation", "Corp", "Inc", "Ltd", "Plc", "PLC", "plc", "Group", "Holdings", "LLC", "AG", "SA"}

#: Words after a place that make it a sports side ("England coach", "France squad") and before it ("against").
_SIDE_NOUNS = {"coach", "captain", "skipper", "squad", "team", "side", "centre", "striker", "midfielder", "defender",
               "goalkeeper", "winger", "fly-half", "scrum-half", "flanker", "prop", "hooker", "full-back", "manager",
               "boss", "line-up", "lineup", "xv", "xi", "international", "forward", "fans", "supporters", "batsman",
               "bowler", "wicketkeeper", "players", "player", "selectors",
               # plurals of the nouns above ("the Wales forwards", "Great Britain squads"; not "teams", "sides",
               # "backs", "props": verbs too, "France teams up with"), and a rugby side's forwards ("the France pack")
               "squads", "captains", "strikers", "midfielders", "defenders", "goalkeepers", "wingers", "forwards",
               "batsmen", "bowlers", "pack"}
_SIDE_VERBS = {"against", "face", "faces", "facing", "faced", "beat", "beats", "beating", "v", "vs", "versus", "play",
               "playing"}

#: Conjunctions and adverbs that start a clause: capitalised inside a run they glue two names together.
_CLAUSE_WORDS = {"while", "when", "whereas", "although", "though", "because", "after", "before", "since", "until",
                 "unless", "if", "as", "but", "then", "meanwhile", "however", "yesterday", "today", "where", "who"}

#: Relatives named after a possessive ("Smith's daughter Anne").
_KIN_NOUNS = {"daughter", "son", "wife", "husband", "mother", "father", "brother", "sister", "widow", "widower",
              "niece", "nephew", "granddaughter", "grandson", "grandmother", "grandfather", "cousin", "aunt", "uncle",
              "partner", "fiancee", "fiancée", "fiance", "girlfriend", "boyfriend", "stepson", "stepdaughter", "child",
              "children", "sons", "daughters", "parents"}

_ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XL", "XLI", "XLII", "L"}

#: Names that take a number: "Radio 4", "Channel 4", "Formula 1".
_NUMBERED_NAMES = {"Radio", "Channel", "Formula"}
#: Roads named by a number of up to three figures: "U.S. Highway 36", "Interstate 225", "Route 66".
_ROADS = frozenset(["Highway", "Interstate", "Route"])

#: Military ranks as abbreviated before a name ("Maj. Gen. Allen Reed"): titles, kept whole in the role.
_RANKS = {"Maj", "Brig", "Adm", "Cmdr", "Cpl", "Pvt", "Lt", "Col", "Gen", "Capt", "Sgt"}

#: Titles that form a name with "of" and a place ("Duke of Kent").
_PEERAGES = {"Duke", "Duchess", "Earl", "Countess", "Prince", "Princess", "Marquess", "Viscount"}

#: Longest capitalised run analysed as a name (longer ones are lists or junk; see :meth:`_Finder.find`).
_MAX_RUN = 16


def _numbered_part(t: "_Tok", prev: "_Tok") -> bool:
    """True when the number ``t`` is part of the name before it: "Radio 4", "Formula 1", "U.S. Highway 36"."""
    return (len(t.text) <= 2 and prev.text in _NUMBERED_NAMES) or (
        len(t.text) <= 3 and t.text.isdigit() and prev.text in _ROADS)


#: Words after a number that count something, so the number is no channel's: "News 24 hours a day".
_COUNTED = frozenset(["hours", "hour", "days", "times", "minutes", "seconds", "years", "people", "stories",
                      "items", "channels", "pages", "per", "%", "-", "–", "/"])


def _channel_number(toks: list["_Tok"], i: int, j: int) -> bool:
    """True when the number ``toks[j]`` (one or two digits) ends a news channel's name inside the run from ``i``:
    "BBC News 24", "Sky News 24" ("News" after a word of the name), not a count ("Fox News 24 hours a day")."""
    return j - i >= 2 and toks[j - 1].text == "News" and toks[j - 2].is_cap and len(toks[j].text.rstrip(".")) <= 2 \
        and toks[j].text.rstrip(".").isdigit() and (j + 1 == len(toks) or toks[j + 1].text not in _COUNTED)


def whole_word_ends(text: str, word: str):
    """Yield the end of each occurrence of ``word`` in ``text`` that stands as a whole word (no letter or digit
    right before or after it), left to right; the search goes on after each occurrence, whole or not."""
    p = text.find(word)
    while p >= 0:
        e = p + len(word)
        if (p == 0 or not text[p - 1].isalnum()) and (e == len(text) or not text[e].isalnum()):
            yield e
        p = text.find(word, e)


#: Heads that end the name of a public body or trade body named after two fields ("Securities and Exchange
#: Commission", "Fisheries and Oceans Department"): a plural before "and" opens such a name.
_BODY_HEADS = frozenset(["Commission", "Council", "Department", "Administration", "Agency", "Authority", "Board",
                         "Committee", "Ministry", "Office", "Institute", "Bureau", "Tribunal", "Association",
                         "Federation", "Service", "Directorate"])


def plural_field(word: str, head: str) -> bool:
    """True when ``word`` (alone before "and") is a plural field of the body that ``head`` ends.

    "Securities and Exchange Commission" is one name; "Daily and Sunday Telegraph" (two papers) is not.
    """
    return head in _BODY_HEADS and len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


# --------------------------------------------------------------------------
# Mentions
# --------------------------------------------------------------------------


class _computed_once:
    """A value computed from the instance at first use and stored in its ``__dict__`` (read from there after).

    ``functools.cached_property`` without its lock: in Python 3.11 the lock made each first read cost about
    1 µs, and the resolver reads ``norm`` of every mention (7,700 in 100k words). Used for pure functions
    of the mention only, so two threads computing one value at once get the same value.
    """

    def __init__(self, func) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        # Stored by ``setattr``, not through ``instance.__dict__``: asking for ``__dict__`` turns the object's
        # inline attribute values into a dict of its own, and every later attribute read of that mention is then
        # slower (a scan of five attributes over 8,000 mentions: 47 ms by ``__dict__``, 29 ms by ``setattr``).
        value = self.func(instance)
        setattr(instance, self.name, value)
        return value


@dataclass
class EntityMention:
    """One name found in the text.

    ``sentence`` is the body sentence index (``-1`` for the title); ``start``
    and ``end`` are character offsets in that sentence. ``type`` is ``PER``,
    ``ORG`` or ``LOC`` once resolved. ``kind`` is ``"name"`` for a proper name
    and ``"demonym"`` for a nationality adjective standing for a state (these
    count for the state's salience but are not names in the NER sense).
    ``actor`` is the index of the actor it was merged into.
    """

    sentence: int
    start: int
    end: int
    text: str
    type: str | None = None
    kind: str = "name"
    key: str | None = None
    role: str = ""
    honorific: str = ""
    locative: bool = False
    quoted: bool = False
    initial: bool = False
    unsure: bool = False
    paren: bool = False
    agent: bool = False
    in_quote: bool = False
    guessed: bool = False
    team_cue: bool = False
    side_cue: bool = False
    #: A plural verb right after it, not as the last of a list: "Duran Duran are", "Spain are second", "England,
    #: who have lost" (a group: a band, a side), set by :func:`.sentence.sport_cues`.
    plural_verb: bool = False
    #: A side's cue a country gets in a sports report: "Spain's 2-0 defeat", "defeat by Holland", "take on Ireland".
    plays: bool = False
    #: a place that plays in a sports story ("England coach ...", "against Scotland")
    national_side: bool = False
    #: before its country in brackets: 1 with no score after it ("Sidot ( France ) 6-0 6-3"), an individual
    #: entrant; -1 with a team's score after it ("Alba ( Germany ) 75"); see :func:`.sentence._entrant`
    entrant: int = 0
    #: a side by the words around it in a sports report: 2 for "homered for X", "lead over X", "title rivals X",
    #: "joined Milan from X"; 1 for a result verb after it ("X won"); see :func:`.sentence._side_context`
    side_ctx: int = 0
    #: marked a team by the sports pass (a town that plays): keeps ORG even where the same word is a place
    team: bool = False
    weak: bool = False
    #: before a short bracket that no plain score follows ("Saqlain Mushtaq ( Pakistan )", not "Alba ( Germany ) 75")
    before_paren: bool = False
    #: after "in", "near", "outside"...: a stricter place cue than ``locative`` (no "from", "to")
    place_cue: bool = False
    #: named a place by grammar: "the province of Zhejiang", "Sharqiyah province", "the Milan stock market"
    place_noun: bool = False
    #: a listed club that is also a listed city ("Leeds", "Milan"): the town outside a sports report
    club_town: bool = False
    #: a dateline's place ("NICE , France 1996-08-30") in a text about sport, where the town's name may be its team
    #: elsewhere: it does not type the name's other uses (cleared in other texts by the document pass)
    dateline: bool = False
    #: followed by an age in commas: "Duran, 45, said" (a person)
    aged: bool = False
    #: read as a person by the words around it: a relative's noun before it ("his wife Naina"), a cricket
    #: dismissal ("c Vaas b Chandana") or bowling figures ("Vaas 7-0-29-0"); like ``aged``, for every use
    person_cue: bool = False
    #: a title that is also a surname, alone ("King said"): a person only as the surname of one named in full
    title_word: bool = False
    #: followed by "'s": "in Jordan's film" owns something, it is no place the text is in
    possessive: bool = False
    #: the shape rules' type and reason ("PER/weak") and the statistical tagger's type ("" for no name),
    #: set only for runs that no list or title explains
    shape_type: str = ""
    #: followed by a possessive and a relative ("Smith's daughter"): not the relative named next
    kin: bool = False
    #: a name whose every use qualifies a work ("the new Harry Potter film"): a mention, no actor (:mod:`.work_attributes`)
    work_attr: bool = False
    #: a descriptor noun of an organisation right before or after it: "team Deportivo Coruna", "Le Matin newspaper";
    #: 2 for a spokesperson after a lone word ("a Jive spokeswoman"), a cue a person's surname takes too
    org_cue: int = 0
    #: a medium's or a listed company's cue around it (see :func:`.media.market_cue`): 2 strong, 1 weak
    market_cue: int = 0
    #: an acronym of a common phrase or an exam ("orgasmic meditation (OM)", "SAT scores"): no name anywhere
    common_acronym: bool = False
    #: "X League" used as a competition: 2 by the noun after it ("final"), 1 by "in the", "won the"
    competition: int = 0
    _model_type: str | None = None
    #: (sentence words, start, end) for asking the tagger later, only if the type is still needed
    model_src: tuple | None = None
    actor: int = -1
    tokens: tuple[str, ...] = field(default_factory=tuple)

    @property
    def model_type(self) -> str | None:
        """The statistical tagger's type for this run ("" for no name; None when never asked)."""
        if self._model_type is None and self.model_src is not None:
            from .tagger import run_type

            self._model_type = run_type(*self.model_src)
        return self._model_type

    @model_type.setter
    def model_type(self, value: str | None) -> None:
        self._model_type = value

    @_computed_once
    def name_type(self) -> str:
        """The tagger's best type for this run read as a name (never "O"; "" when it cannot be asked)."""
        if self.model_src is None:
            return ""
        from .tagger import name_type

        return name_type(*self.model_src)

    @_computed_once
    def norm(self) -> str:
        """The lookup key of ``text`` (computed once: the resolver asks for it many times)."""
        return _norm(self.text)


_new = object.__new__
_MENTION_FIELDS = frozenset(EntityMention.__dataclass_fields__)

#: The attributes most mentions of a long text get, most common first (counted on 100k words of news; all of
#: ``new_mention``'s, ``norm``, and the flags the passes set on many): :func:`_share_attribute_names` lists them
#: first among the class's shared attribute names.
_COMMON_ATTRIBUTES = ("sentence", "start", "end", "text", "type", "kind", "key", "tokens", "norm", "national_side",
                      "actor", "weak", "shape_type", "plays", "agent", "plural_verb", "unsure", "initial", "side_ctx",
                      "role", "model_src", "locative", "possessive", "team", "honorific", "_model_type", "place_cue",
                      "in_quote", "guessed", "org_cue")


def _share_attribute_names() -> None:
    """Set :data:`_COMMON_ATTRIBUTES` once on a throwaway mention, before any other is made.

    CPython (3.11) keeps an object's attributes as inline values indexed by names its class shares, at most 30
    of them, taken in the order the first objects set them; an object given an attribute outside them gets a
    dict of its own, and each later attribute read of it is slower. Without this the first text read fixed the
    30 names: on a 100k-word text every mention ended with a dict ("norm", "actor", "national_side" were left
    out), and the passes after the first read the mentions' attributes 60 times over. Only speed depends on it.
    """
    m = _new(EntityMention)
    for name in _COMMON_ATTRIBUTES:
        setattr(m, name, None)


_share_attribute_names()


def new_mention(sentence: int, start: int, end: int, text: str, type: str | None, kind: str, key: str | None,
                tokens: tuple[str, ...], **kw) -> EntityMention:
    """Return ``EntityMention(sentence, start, end, text, type=type, kind=kind, key=key, tokens=tokens, **kw)``.

    Made without the dataclass's ``__init__``: the fields not given are read from the class's defaults (all
    immutable: str, bool, int, None) until set, so they compare, print and pickle as the same object made by
    ``__init__`` (``tests/core/actors/test_tokens.py``). The finder makes one per mention (7,700 in 100k words)
    and ``__init__``'s fifty assignments took about half of the time of making one.
    """
    m = _new(EntityMention)
    m.sentence = sentence  # one field a statement: no tuple packed and unpacked
    m.start = start
    m.end = end
    m.text = text
    m.type = type
    m.kind = kind
    m.key = key
    m.tokens = tokens
    if kw:
        if not _MENTION_FIELDS.issuperset(kw):
            raise TypeError(f"EntityMention has no field {min(kw.keys() - _MENTION_FIELDS)!r}")
        for name, value in kw.items():
            setattr(m, name, value)
    return m

"""Capitalised words and names that are no actor at all (issue 17, fifty-fourth round: the genre probe's junk).

Read once over the document's mentions (:func:`drop_junk`, called from :mod:`.document`), by plain look-ups at
the characters and words round each name, no regular expression:

* a month after a word of time ("From May, services will ...", "until June 2025"), not "Since May took office";
* a currency's country prefix glued to its sign ("NZ$50 million", "C$20 million");
* a prefixed adjective opening a sentence or a heading, unknown to the word lists but built of a prefix and a
  dictionary adjective ("Macroeconomic factors have ...", "Geopolitical risks ...");
* a count before a listed place word, which counts the noun after it ("18 Pacific nations");
* a catalogue designation ("LHS 1140 b", a star's catalogue letters, its number and a planet's letter);
* the name of a law or treaty by its last word ("the Rio Grande Compact", "the General Data Protection
  Regulation"), a named fire in a text about fire ("the Sunshine Canyon Fire"), an award given "for best ..."
  ("the Golden Lion for best film"), a title in quotation marks that opens with "The" ('"The Quiet Harbour"'),
  a numbered project or a named field, pipeline or wind farm ("the Ocean Wind 1 project", "the Kapaz field"):
  every use of such a name goes, unless a word list knows it as an actor.
"""

from __future__ import annotations

from .lexicon import _Lexicon
from .media import MONTHS
from .tokens import EntityMention
from .works import word_before


#: The months of :data:`.media.MONTHS` written with a capital and no more: "May", not "MAY" or "may". The same
#: words as ``word.istitle() and word.lower() in MONTHS``: the only character outside ASCII that lowercases into
#: ASCII is the Kelvin sign (to "k", in no month), so such a word is ASCII and its capitalised month.
_MONTH_NAMES = frozenset(m.capitalize() for m in MONTHS)


def _month(word: str) -> bool:
    """True for a month's name written with a capital and no more ("May", not "MAY"): :data:`.media.MONTHS`."""
    return word in _MONTH_NAMES


#: Words of time before a month: "From May,", "since March", "until June 2025", "in early April".
_TIME_BEFORE = frozenset(["from", "since", "until", "till", "through", "by", "in", "during", "before", "after",
                          "early", "late", "mid", "last", "next", "this", "of", "between", "and", "to", "or"])
#: Words after a month that keep it a date: "from May to July", "May and June".
_DATE_AFTER = frozenset(["to", "until", "through", "and", "or", "onwards", "onward"])

#: Prefixes of compound adjectives: "Macroeconomic", "Geopolitical", "Socioeconomic", "Multinational".
_PREFIXES = ("macro", "micro", "geo", "socio", "bio", "eco", "anti", "multi", "inter", "trans", "post", "pre",
             "non", "semi", "super", "ultra", "hyper", "counter", "pseudo", "neo", "cyber", "tele", "intra",
             "extra", "sub", "over", "under", "mega", "infra", "agro", "petro", "techno", "pan")
#: Endings of English adjectives: the rest after the prefix must be a dictionary word with one of them.
_ADJECTIVE_ENDS = ("ic", "ical", "al", "ous", "ive", "ary", "ful", "less", "able", "ible", "ant", "ent")

#: Last words of the name of a law, a treaty or a rule (the words of event-words.txt, "Act", "Treaty", "Accord",
#: "Agreement", are read elsewhere): "the Rio Grande Compact", "the General Data Protection Regulation".
_INSTRUMENTS = frozenset(["Compact", "Regulation", "Regulations", "Directive", "Pact", "Amendment", "Ordinance",
                          "Statute", "Protocol"])
#: Last words of a named fire: "the Sunshine Canyon Fire", "the Marshall Fire".
_FIRE_LAST = frozenset(["Fire", "Wildfire", "Bushfire", "Blaze"])
#: Words of fire in a text that make a name ending in ``_FIRE_LAST`` a fire ("Chicago Fire", a club, stays).
_FIRE_WORDS = frozenset(["burned", "burning", "burnt", "acres", "hectares", "firefighters", "firefighter",
                         "evacuated", "evacuation", "evacuations", "blaze", "wildfire", "wildfires", "flames",
                         "containment", "smoke", "bushfire", "bushfires"])
#: Nouns of a facility after a name: "the Kapaz field", "the Nord Stream pipeline".
_FACILITY_AFTER = frozenset(["field", "oilfield", "gasfield", "pipeline", "pipelines"])
#: Two words of a facility after a name: "the Hornsea wind farm", "the Kapaz oil field".
_FACILITY_AFTER2 = frozenset(["wind farm", "wind farms", "solar farm", "solar farms", "oil field", "gas field",
                              "wind project", "wind projects", "solar project", "solar projects"])
_PROJECT = frozenset(["project", "projects"])
_CLOSE_QUOTES = ("\"", "”", "’", "'")
#: Words before a quoted name that make it a nickname: "known as 'The Hunter'", "dubbed themselves 'The Musketeers'".
_NICKNAME_BEFORE = frozenset(["as", "dubbed", "called", "named", "nicknamed", "themselves", "himself", "herself",
                              "itself", "christened", "styled"])
_OPEN_QUOTE = frozenset("\"“‘'")


#: The marks :func:`_words_after` strips off a word.
_WORD_MARKS = ".,;:'\"”’()"
#: The first letters of the words :func:`_named_thing` reads after a name (``_FACILITY_AFTER``, the first words of
#: ``_FACILITY_AFTER2``); a number is read too.
_FACILITY_FIRST = frozenset(w[0] for w in _FACILITY_AFTER | _FACILITY_AFTER2)
_DIGIT_FIRST: frozenset[str] = frozenset()
#: The first two characters of a word after a name that :func:`_named_thing` may read when it opens with a letter:
#: " for best", a noun of ``_FACILITY_AFTER`` or a first word of ``_FACILITY_AFTER2``. Marks are stripped only off
#: a word's ends, so a word that opens with a letter and equals one of them after the strip starts with its two
#: letters (all are three letters or more); a word that opens with a mark or a number is let through apart.
_THING_HEADS = frozenset(["fo"] + [w[:2] for w in _FACILITY_AFTER] + [w.split()[0][:2] for w in _FACILITY_AFTER2])
_THING_FIRSTS = frozenset(h[0] for h in _THING_HEADS)
#: The letter before the space ahead of a name that :func:`_quoted_title` reads: "The " or "A " (its first test).
_E_OR_A = frozenset("eA")


def _may_open(c: str, firsts: frozenset[str]) -> bool:
    """The cheap first test before :func:`_words_after`: ``c``, the character after the name's space, can open a
    first word (marks stripped) that starts with one of ``firsts`` or a digit. A mark may hide the word's first
    letter, so it passes; a space or another letter cannot open such a word."""
    return c in firsts or c.isdigit() or (c != "" and c in _WORD_MARKS)


def _words_after(text: str, end: int, n: int) -> list[str]:
    """Up to ``n`` words after ``end`` (split at spaces, marks stripped), or [] when no space follows."""
    if text[end:end + 1] != " ":
        return []
    return [w.strip(_WORD_MARKS) for w in text[end + 1:end + 80].split(" ", n)[:n]]


def _month_date(text: str, m: EntityMention) -> bool:
    """True for a month after a word of time, with a mark, a number, a word of dates or nothing after it."""
    if len(m.tokens) != 1 or not _month(m.tokens[0]) or word_before(text, m.start).lower() not in _TIME_BEFORE:
        return False
    rest = text[m.end:m.end + 12]
    if rest == "" or rest[0] in ",.;:)":
        return True
    after = _words_after(text, m.end, 1)
    return bool(after) and (after[0][:1].isdigit() or after[0] in _DATE_AFTER)


def _prefixed_adjective(text: str, m: EntityMention, lex: _Lexicon) -> bool:
    """True for a prefixed adjective ("Macroeconomic") opening a sentence before a lowercase word."""
    if len(m.tokens) != 1 or text[:m.start].strip(" \"“‘'(") != "":
        return False
    w = m.tokens[0]
    low = w.lower()
    if not w[1:].islower() or not low.endswith(_ADJECTIVE_ENDS) or w in lex.first_names or w in lex.surnames \
            or m.norm in lex.gazetteer or not text[m.end + 1:m.end + 2].islower():
        return False
    for p in _PREFIXES:
        if low.startswith(p) and len(low) - len(p) >= 5:
            rest = low[len(p):].lstrip("-")
            if rest in lex.common_words and rest.endswith(_ADJECTIVE_ENDS):
                return True
    return False


def _counted_place_word(text: str, m: EntityMention, lex: _Lexicon) -> bool:
    """True for "18 Pacific" before a lowercase plural: the number counts the noun ("18 Pacific nations"), the
    listed place word describes it."""
    if len(m.tokens) != 2 or not m.tokens[0].isdigit():
        return False
    word = m.tokens[1]
    if word not in lex.demonyms and lex.gazetteer.get(word.lower(), ("",))[0] != "LOC":
        return False
    after = _words_after(text, m.end, 1)
    return bool(after) and after[0].islower() and after[0].endswith("s")


def _designation(text: str, m: EntityMention) -> bool:
    """True for catalogue letters, a number and a planet's letter: "LHS 1140 b", "GJ 1214 b"."""
    if len(m.tokens) != 1 or not m.tokens[0].isupper() or not _may_open(text[m.end + 1:m.end + 2], _DIGIT_FIRST):
        return False
    after = _words_after(text, m.end, 2)
    return len(after) == 2 and after[0].isdigit() and len(after[1]) == 1 and after[1] in "bcdefgh"


def _quoted_title(text: str, m: EntityMention) -> bool:
    """True for a name in quotation marks that opens with "The" or "A" inside them: '"The Quiet Harbour",'."""
    k = m.start - 4 if text.startswith("The ", m.start - 4) else m.start - 2 if text.startswith("A ", m.start - 2) \
        else -1
    if k < 1 or text[k - 1] not in _OPEN_QUOTE:
        return False
    if word_before(text, k - 1).lower() in _NICKNAME_BEFORE:
        return False  # "she came to be known as 'The Hunter'": a nickname, the name of an actor
    rest = text[m.end:m.end + 3]
    if rest.startswith(("'s", "’s")):
        return False  # '"The IAAF's timing ...': a quotation opening with a name
    return rest.startswith(_CLOSE_QUOTES) or (rest[:1] in ",." and rest[1:].startswith(_CLOSE_QUOTES))


def _closes(text: str, noun: str, start: int, lex: _Lexicon) -> bool:
    """True when ``noun``, found in ``text`` from ``start``, closes its phrase: a mark, the end or a stop word
    after it ("the Kapaz field, which"; not "the Bangladesh Army field post offices", "a 101 project kit")."""
    k = text.find(noun, start)
    if k < 0:
        return False
    k += len(noun)
    if k >= len(text) or text[k] in ",.;:)":
        return True
    if text[k] != " ":
        return False
    nxt = text[k + 1:k + 30].split(" ", 1)[0].strip(",.;:")
    return nxt.lower() == nxt and nxt in lex.stop_words


def _named_thing(text: str, m: EntityMention, fire_text: bool, lex: _Lexicon) -> bool:
    """True for a law's, a fire's, an award's, a project's or a facility's name (see the module's text)."""
    last = m.tokens[-1]
    if len(m.tokens) > 1 and (last in _INSTRUMENTS or (fire_text and last in _FIRE_LAST)):
        return True
    rest = text[m.end:m.end + 12]
    if rest.startswith((" for best ", " for Best ", "-winning ")) and text.startswith("the ", m.start - 4):
        return True  # "the Golden Lion for best film" ("an Oscar for best actor" counts the statuette)
    if not _may_open(text[m.end + 1:m.end + 2], _FACILITY_FIRST):
        return False  # most names: no word after them can open one of the phrases below
    after = _words_after(text, m.end, 2)  # two words tell most names; eight only after a number (below)
    if not after:
        return False
    if after[0] in _FACILITY_AFTER:
        return _closes(text, after[0], m.end, lex)
    if " ".join(after[:2]) in _FACILITY_AFTER2:
        return _closes(text, after[1], m.end, lex)
    if after[0].isdigit():  # "the Ocean Wind 1 project", "the Ocean Wind 1 and Ocean Wind 2 projects"
        after = _words_after(text, m.end, 8)
        # the first word after the number that is no number, capitalised word or "and"
        noun = next((w for w in after[1:] if not (w.isdigit() or w[:1].isupper() or w == "and")), "")
        return noun in _PROJECT and _closes(text, " " + noun, m.end, lex)
    return False


def _fire_text(sentences: list[str]) -> bool:
    return any(not _FIRE_WORDS.isdisjoint(w.strip(".,;:'\"()") for w in s.lower().split()) for s in sentences)


def drop_junk(mentions: list[EntityMention], sentences: list[str], title: str, lex: _Lexicon) -> list[EntityMention]:
    """Return ``mentions`` without the junk of the module's text: the mention itself for a month, a currency's
    prefix, a prefixed adjective, a counted place word and a designation; every use of a named thing's name."""
    drop: set[int] = set()
    things: set[str] = set()
    fire: bool | None = None
    gazetteer = lex.gazetteer
    for m in mentions:
        if m.kind != "name" or not m.tokens:
            continue
        start, end, tokens = m.start, m.end, m.tokens  # read once, not in each test below
        text = sentences[m.sentence] if m.sentence >= 0 else title
        first, last = tokens[0], tokens[-1]
        # The characters after the name, "" past the end (``text[end:end + 1]``, ``text[end + 1:end + 2]``, read
        # by index: a slice costs about twice as much, and this runs for every name).
        n = len(text)
        after = text[end] if end < n else ""
        c = text[end + 1] if end + 1 < n else ""  # the first character of the word after the name's space
        # ``opens``: a number or a mark may open that word (``_may_open`` with no letter), the first test of
        # :func:`_designation` and one of :func:`_named_thing`'s.
        opens = c.isdigit() or (c != "" and c in _WORD_MARKS)
        if (first in _MONTH_NAMES and _month_date(text, m)) or (after == "$" and first.isupper()) \
                or (start < 3 and len(tokens) == 1 and _prefixed_adjective(text, m, lex)) \
                or (first.isdigit() and _counted_place_word(text, m, lex)) \
                or (opens and first.isupper() and len(tokens) == 1 and _designation(text, m)):
            drop.add(id(m))
            continue
        if m.norm in gazetteer:
            continue
        if last in _FIRE_LAST and fire is None:
            fire = _fire_text(sentences)
        # The first tests of the two calls written out: :func:`_named_thing` reads a last word of a law or a fire,
        # " for best" or "-winning", or a word after the space that opens with a number, a mark or the first two
        # letters of one of its nouns (:data:`_THING_HEADS`); :func:`_quoted_title` "The " or "A " before the name.
        if (((len(tokens) > 1 and (last in _INSTRUMENTS or last in _FIRE_LAST)) or opens or after == "-"
             or (c in _THING_FIRSTS and text[end + 1:end + 3] in _THING_HEADS)) and _named_thing(text, m, bool(fire), lex)) \
                or (start >= 2 and text[start - 1] == " " and text[start - 2] in _E_OR_A and _quoted_title(text, m)):
            things.add(m.norm)
    if not drop and not things:
        return mentions
    if not things:  # the same list, without a look-up key read for each mention
        return [m for m in mentions if id(m) not in drop]
    return [m for m in mentions if id(m) not in drop and m.norm not in things]

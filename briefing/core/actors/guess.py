"""Typing the names no list, merge or longer name explains: a lone capitalised word, or a run of capitalised
common words (read by :func:`.resolve._resolve` once every merge has been tried)."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from operator import attrgetter

from .descriptors import _ORG_NOUNS
from .lexicon import _Lexicon, _lexicon
from .nonnames import compound_plural, plural_noun
from .tokens import EntityMention

#: Endings of plural nouns of agents and kinds ("Organisers", "Automakers", "Organisations", "Results").
_PLURAL_NOUN_ENDS = ("ers", "ors", "ists", "ants", "ents", "ives", "ees", "ults", "ions")

#: Relative pronouns after a name (and an optional comma) that say it is one thing: "Acme Glass Works, which".
_RELATIVES = frozenset(["which", "who", "whose"])


def named_run(m: EntityMention, text: str) -> bool:
    """True when the sentence ``text`` treats the capitalised run of ``m`` (two words or more, inside the sentence)
    as one name, though its words are common ones ("Sea Glass Vacations", "Focus Features"): "the" or a
    descriptor noun of an organisation right before it ("the studio Focus Features", "company Shepherds Purse
    Cheeses"), a relative pronoun right after it ("Sea Glass Vacations, which acts", "the Scissor Sisters
    whose"), or an owner's "'s". A title of a work ("scored hits including Girls Girls Girls") has none.
    """
    if m.possessive:
        return True
    before = text[max(0, m.start - 30):m.start].split()
    if before and (before[-1] in ("the", "The") or before[-1] in _ORG_NOUNS):
        return True
    after = text[m.end:m.end + 8].lstrip(" ,").split(" ", 1)[0]
    return after in _RELATIVES and not _opens_sentence(text, m.start)


def _opens_sentence(text: str, start: int) -> bool:
    """True when only capitalised words (or none) come before ``start`` in the sentence ``text``: a run there is read
    like a headline ("Sales Growth Slows, which analysts expected, hit ..."), and a relative pronoun after it does
    not make its common words one name."""
    return not any(w[:1].islower() for w in text[max(0, start - 200):start].split())  # (a bounded look back)


_start = attrgetter("start")

#: What joins two items of a list: "Paramount, Universal and Warner Brothers", "by Pact and the UK Film Council".
_LIST_JOINS = frozenset([",", "and", ", and", "or", "and the", ", and the", ", the"])


def listed_with_orgs(m: EntityMention, same_sentence: list[EntityMention] | None, text: str) -> bool:
    """True when the lone word ``m`` (inside its sentence ``text``) is an item of a list whose item next to it is an
    organisation's name: "Paramount, Universal and Warner Brothers said", "commissioned by Pact and the UK Film
    Council" (a writer lists things of one kind). ``same_sentence``: the sentence's mentions in text order."""
    return listed_with(m, same_sentence, text, "ORG")


def listed_with(m: EntityMention, same_sentence: list[EntityMention] | None, text: str, kind: str) -> bool:
    """True when the lone word ``m`` is an item of a list whose item next to it is a name of type ``kind`` (see
    :func:`listed_with_orgs`; "LOC": "coastal areas of Pembrokeshire and Devon", a county named like a person)."""
    if not same_sentence or len(same_sentence) < 2 or text.startswith(" of ", m.end):
        return False  # (before "of" it opens a longer name cut short: "the Duchy of Lancaster and Duchy of Cornwall")
    i = bisect_left(same_sentence, m.start, key=_start)  # (by halves: a one-sentence text may hold 10,000 names)
    if i == len(same_sentence) or same_sentence[i] is not m:
        return False
    for j in (i - 1, i + 1):
        if not 0 <= j < len(same_sentence):
            continue
        x = same_sentence[j]
        gap = text[x.end:m.start] if j < i else text[m.end:x.start]
        if x.kind == "name" and x.type == kind and " ".join(gap.replace(",", " , ").split()) \
                .replace(" ,", ",") in _LIST_JOINS:
            return True
    return False


def county_listed(uses: list[EntityMention], by_sentence: dict[int, list[EntityMention]], texts: list[str],
                  title: str = "") -> bool:
    """True when a lone word left out of the places as a first name ("Devon", "Kent") is listed beside a place in
    one of its uses ("Pembrokeshire and Devon", also in the headline ``title``, sentence -1: "Storms batter
    Cornwall and Devon") and never an owner ("Mendoza's agent"). ``uses`` are the untyped uses: a title or a role
    types a use a person before, and the caller leaves out a word with an age."""
    if any(x.possessive for x in uses):
        return False
    return any((0 <= x.sentence < len(texts) or x.sentence == -1 and title)
               and listed_with(x, by_sentence.get(x.sentence), texts[x.sentence] if x.sentence >= 0 else title, "LOC")
               for x in uses)


def capital_surnames(names: list[EntityMention]) -> None:
    """A lone word in capitals that is the surname of a person the text names in full is that person, not an
    acronym: "OKAFOR:" opening a transcript's line beside "Ada Okafor" (typed a person before the merge)."""
    last = {m.tokens[-1] for m in names if m.type == "PER" and len(m.tokens) > 1}
    if not last:
        return
    for m in names:
        if len(m.tokens) == 1 and not m.key and (w := m.tokens[0]).isupper() and w.capitalize() in last:
            m.type = "PER"


def kind_named_after(m: EntityMention, text: str, lex: _Lexicon) -> bool:
    """True when "the", the lone word ``m`` and one or two lower-case words end on a descriptor noun of an
    organisation: "the Latitude youth volunteering group", "the Kestrel bus company" (the noun phrase names its
    kind; a noun right after the name is read by :func:`.descriptors.org_cue`)."""
    if not text[max(0, m.start - 4):m.start] in ("the ", "The "):
        return False
    words = text[m.end:m.end + 50].split(None, 3)[:3]
    for k, w in enumerate(words):
        w = w.rstrip(",.;:")
        if k and w in _ORG_NOUNS:
            return True
        if not w.islower() or w in lex.stop_words or w in _ORG_NOUNS:
            return False
    return False


#: A verb that agrees with one subject only: a word opening the sentence before it is no plural noun.
_SINGULAR_VERBS = frozenset(["is", "was", "has", "says", "does", "isn't", "wasn't", "hasn't", "doesn't"])


#: Words after a sentence's first word that show it is no verb's subject: a list, a phrase, a noun's complement.
_NO_VERB = frozenset(["and", "or", "of", "in", "for", "on", "at", "to", "from", "with", "by", "as", "nor", "but"])


def _one_thing(m: EntityMention, texts: list[str], by_sentence=None) -> bool:
    """True when grammar takes the word up as one thing: a verb that agrees with one subject follows it
    ("Orvantis is closing two plants", "Orvantis says"), or "it"/"its" refers back to it before any other
    capitalised word ("Orvantis said its sales fell"; not "it", often a dummy: "Organisers said it was a success"); a
    plural noun opening the sentence takes "are", "their". Or, the word the subject of a verb ("Orvantis will close
    two plants"), the next sentence takes it up as a firm: "The company said ...", "Its shares fell"; unless the
    word is a plural common noun ("Cybercriminals"), or an organisation is named before it (``by_sentence``: each
    sentence's mentions), which "the firm" may refer back to."""
    if not 0 <= m.sentence < len(texts):
        return False
    words = texts[m.sentence][m.end:m.end + 90].split()[:12]
    if words and words[0].replace("’", "'") in _SINGULAR_VERBS:
        return True
    if words and words[0].isalpha() and words[0].islower() and words[0] not in _NO_VERB and m.sentence + 1 < len(texts) \
            and not (m.tokens and plural_noun(m.tokens[0], _lexicon())):
        nxt = texts[m.sentence + 1][:40].split(None, 2)
        if (nxt[:1] == ["Its"] or (len(nxt) >= 2 and nxt[0] == "The" and nxt[1].rstrip(",.") in _ORG_NOUNS)) \
                and not _firm_named_before(m, by_sentence):
            return True  # "Dravantis will close two plants. The company said": no plural noun, no firm before
    for w in words:
        w = w.strip(".,;:!?\"'()“”‘’")
        if w == "its":
            return True
        if w[:1].isupper() or w in ("they", "their", "them"):
            return False
    return False


def _one_thing_anywhere(m: EntityMention, texts: list[str], uses, by_sentence=None) -> bool:
    """True when grammar takes the word up as one thing (:func:`_one_thing`) in any of its uses (``uses``: its
    other untyped uses, as the resolver grouped them; ``by_sentence``: each sentence's mentions, for the
    organisations named before a use)."""
    return any(_one_thing(x, texts, by_sentence) for x in (m, *(x for x in uses if x is not m)))


#: How many sentences back "The company" may refer to a firm named before (a window: the look-back stays linear).
_FIRM_WINDOW = 12


def _firm_named_before(m: EntityMention, by_sentence) -> bool:
    """True when a name typed an organisation comes before ``m`` in its sentence or the few before it (at most 64
    names a sentence are looked at)."""
    if not by_sentence:
        return False
    for s in range(max(0, m.sentence - _FIRM_WINDOW), m.sentence + 1):
        for x in by_sentence.get(s, ())[:64]:  # (a 1 MB line of names: a bounded look, real sentences name fewer)
            if x.type == "ORG" and x.kind == "name" and (x.sentence, x.start) < (m.sentence, m.start):
                return True
    return False


def _guess_single(m: EntityMention, lex: _Lexicon, capitalised: Counter, texts: list[str],
                  by_sentence: dict[int, list[EntityMention]] | None = None, uses=()) -> str | None:
    """Type a lone capitalised word that no list or longer name explains.

    ``capitalised`` counts each word's capitalised uses inside sentences: a
    common word capitalised there twice or more is a name ("Surrey", "Dole"),
    and so is a run of them that the sentence treats as one name
    (:func:`named_run`; ``texts``: the body sentences), and a word capitalised
    inside a sentence as an item of a list beside an organisation
    (:func:`listed_with_orgs`; ``by_sentence``: each sentence's mentions in text order). A word read as a plural
    noun opening a sentence stays a name when grammar takes it up as one thing in one of its ``uses``
    (:func:`_one_thing_anywhere`: "Orvantis says").
    """
    w = m.tokens[0] if m.tokens else m.text
    if m.quoted:
        return None
    run = len(m.tokens) > 1 and not m.initial and 0 <= m.sentence < len(texts) and named_run(m, texts[m.sentence])
    if (w.lower() in lex.common_words or w.lower() in lex.stop_words) and capitalised[m.norm] < 2 and not run:
        if (m.initial or w not in lex.surnames) and not (
                by_sentence is not None and 0 <= m.sentence < len(texts)
                and w.lower() not in lex.stop_words
                and (listed_with_orgs(m, by_sentence.get(m.sentence), texts[m.sentence])
                     or kind_named_after(m, texts[m.sentence], lex))):
            return None
    wl = w.lower()
    if not run and wl.endswith("s") and wl in lex.common_words and (wl[:-1] in lex.common_words or wl[:-2] in lex.common_words
                                                         or (wl.endswith("ies") and wl[:-3] + "y" in lex.common_words)):
        return None  # a plural common noun used as a heading: "Refugees", "Automakers", "Tries"
    if m.initial and capitalised[m.norm] < 1 and wl.endswith(_PLURAL_NOUN_ENDS) and w not in lex.surnames \
            and not m.before_paren and m.model_type == "" and not _one_thing_anywhere(m, texts, uses, by_sentence):
        return None  # a plural noun opening a sentence, never capitalised inside one, no name to the tagger: "Organisers"
    if m.initial and capitalised[m.norm] < 1 and m.model_type != "ORG" and w not in lex.surnames \
            and compound_plural(w, lex) and not _one_thing_anywhere(m, texts, uses, by_sentence):
        return None  # a compound plural noun opening a sentence, never capitalised inside one: "Cybercriminals"
    last = m.tokens[-1].lower() if len(m.tokens) > 1 else ""
    if last.endswith("s") and last in lex.common_words and last[:-1] in lex.common_words \
            and m.tokens[-1] not in lex.surnames:
        return "ORG"  # words ending in a plural common noun name a group: "Beach Boys", "Arctic Monkeys"
    if w in lex.first_names or w in lex.surnames:
        return "PER"
    text = texts[m.sentence] if 0 <= m.sentence < len(texts) else ""
    if text and m.locative and _staff_at(m, text):
        return "ORG"  # "Analysts at Hollings said": the people's employer, not a place
    if m.model_type == "LOC":
        return "LOC"  # the statistical tagger's evidence (context, affixes) before the default
    if m.locative:
        return "LOC"
    if text and m.model_type != "ORG" and not m.possessive and _place_after_the(m, text):
        return "LOC"  # "in the Pyrenees", "across the Dolomites": a range, a sea, a region
    if m.model_type == "PER" and len(m.tokens) == 1 and any(x.model_type == "PER" and _he_or_she(x, texts) for x in (m, *uses)):
        return "PER"  # "Marquinhos scored twice before he went off": the tagger's person, taken up by "he"
    return "ORG"


#: Prepositions of place that take "the" and a lone name of a range, a sea or a region: "in the Pyrenees".
_THE_PLACE_PREPS = frozenset(["in", "across", "over", "through", "into", "beneath", "under", "along", "throughout",
                              "crossing", "crossed", "cross", "beyond", "below"])

#: Plural nouns of people who work somewhere, before "at" and their employer: "analysts at Hollings".
_STAFF = frozenset(["analysts", "analyst", "economists", "economist", "researchers", "researcher", "strategists",
                    "strategist", "scientists", "scientist", "engineers", "engineer", "executives", "bankers",
                    "traders", "workers", "employees", "staff", "lawyers", "officials", "managers", "consultants"])


_HE_SHE = frozenset(["he", "she", "his", "her", "him", "himself", "herself"])


def _he_or_she(m: EntityMention, texts: list[str]) -> bool:
    """True when "he", "she", "his" or "her" follows ``m`` in its sentence before any other capitalised word
    (within twelve words): "Marquinhos scored twice before he was replaced"."""
    if not 0 <= m.sentence < len(texts):
        return False
    for w in texts[m.sentence][m.end:m.end + 90].split()[:12]:
        w = w.strip(".,;:!?\"'()“”‘’")
        if w in _HE_SHE:
            return True
        if w[:1].isupper() or w in ("they", "their", "them", "it", "its"):
            return False
    return False


def _place_after_the(m: EntityMention, text: str) -> bool:
    """True when a lone word follows "the" and a preposition of place or crossing, and no noun follows it: "in the
    Pyrenees", "across the Dolomites" (not "in the Tarvel report": the name is the report's owner)."""
    before = text[max(0, m.start - 20):m.start].split()[-2:]
    if len(before) != 2 or before[1] != "the" or before[0].lower() not in _THE_PLACE_PREPS:
        return False
    nxt = text[m.end:m.end + 20].split()[:1]
    return not nxt or not nxt[0].isalpha() or not nxt[0].islower() or nxt[0] in ("and", "or", "on", "in", "to", "for",
                                                                                 "with", "at", "by", "from")


def _staff_at(m: EntityMention, text: str) -> bool:
    """True when "at" follows a noun of people who work there: "analysts at Hollings", "an economist at Brell"."""
    before = text[max(0, m.start - 30):m.start].split()[-2:]
    return len(before) == 2 and before[1] == "at" and before[0].lower() in _STAFF



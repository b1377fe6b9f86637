"""Roles from the text attached to a name: the descriptor before it ("SVR chief") or an apposition after it."""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter

from ..language.dates import month_words
from .clause_roles import (any_role_word, clause_after_head, name_words, participle_role, role_word as _role_word,
                           verb_clause)
from .employer_roles import employer_role, role_headed
from .glued_titles import ACRONYM_TITLES
from .lexicon import _Lexicon, _norm
from .role_phrases import SPECIAL_ROLE_PREV, one_of_plural, special_pre_role, special_role_ok
from .sentence import _TITLE_QUALIFIERS
from .tokens import (
    _AGENT_VERBS,
    _RANKS,
    ROLE_MODIFIERS,
    _SAY_VERBS,
    _Tok,
)


#: English month names and their short forms: a number after one is a date, never part of a role.
_MONTH_WORDS = month_words("en")


def pre_role(lex: _Lexicon, toks: list[_Tok], a: int, text: str) -> str:
    """Return the descriptor just before a name: "SVR chief", "Belarus KGB chief", "Tory leader"."""
    k = a - 1
    if k == 2 and toks[2].text == "," and toks[0].text == "The" and toks[1].text in lex.role_nouns \
            and toks[3].text.split("-")[0].rstrip(".") not in lex.titles:
        return text[toks[0].start:toks[1].end]  # a sentence opening on the role and its name: "The priest, Fidelis Mukonori,"
    if k < 0 or toks[k].kind not in ("word", "num") or toks[k].text not in lex.role_nouns:
        return special_pre_role(toks, a, text) if k > 0 and toks[k].text in SPECIAL_ROLE_PREV else ""
    start = k
    k -= 1
    while k >= 0 and a - k <= 6:
        t = toks[k]
        if t.kind in ("word", "acr") and (t.is_cap or t.text in lex.role_nouns or t.text.lower() in ROLE_MODIFIERS):
            if t.is_cap and t.text.lower() in lex.stop_words and t.text.lower() not in ROLE_MODIFIERS \
                    and not (k > 0 and toks[k - 1].kind == "word" and toks[k - 1].text.islower()):
                # "But Labour leader": a sentence's first word; "Former Tory leader", "New Zealand actor" and,
                # after a lower-case word, "by All England Club chairman" keep theirs
                break
            if t.is_cap and (t.text.lower() in _SENTENCE_ADVERBS or t.text in _WEEKDAYS):
                break  # "Yesterday Kenton FM presenter", "On Monday Kenton FM presenter": a time, not the role's
            start = k
            k -= 1
            continue
        if t.kind == "word" and start == k + 1 and k > 0 and toks[k - 1].kind == "num" and len(t.text) <= 2 \
                and t.text.islower() and toks[k - 1].end == t.start:
            start = k - 1  # "European 100m champion": a number glued to its unit, then the role's own words
            k -= 2
            continue
        if t.kind == "word" and t.text.islower() and t.text not in lex.stop_words \
                and (toks[k + 1].text in lex.role_nouns or t.text.endswith(_ADJECTIVE_ENDS)
                     or t.text in _COUNT_MODIFIERS or t.text.endswith("-time")) \
                and (not t.text.endswith(("ed", "ing")) or t.text in _ROLE_PARTICIPLES) \
                and t.text not in _AGENT_VERBS and t.text not in _SAY_VERBS \
                or (start == k + 1 and k + 2 < a and toks[k + 1].text.islower() and toks[k + 2].text in lex.role_nouns
                    and t.kind == "word" and t.text.islower() and t.text in lex.common_words and t.text not in lex.stop_words
                    and not t.text.endswith(("s", "ed", "ing")) and t.text not in _AGENT_VERBS):
            # a compound role: "documentary maker", "outreach coordinator", with its adjectives ("shadow
            # international development secretary") or a noun of its own ("wind farm developer"); never a verb
            start = k
            k -= 1
            continue
        if t.kind == "word" and t.text.islower() and start == k + 1 and _field_plural(toks[k + 1].text) \
                and t.text not in lex.stop_words and not t.text.endswith(("ed", "ing")) \
                and t.text not in _AGENT_VERBS and t.text not in _SAY_VERBS:
            start = k  # a field of two nouns: "labour affairs correspondent", "human rights lawyer"
            k -= 1
            continue
        if t.kind == "num" and k > 0 and toks[k - 1].is_cap and toks[k - 1].end < t.start and t.text[-1].isalnum() \
                and toks[k - 1].text.rstrip(".").lower() not in _MONTH_WORDS:
            # a number in a body's name: "Ex-No 10 media chief", "Channel 4 controller"; never a date ("Jan 14,
            # finance minister", "May 3 finance minister") nor a number closing a clause ("In 2014, finance minister")
            start = k
            k -= 1
            continue
        if t.text == ")" and start == k + 1 and k >= 3 and toks[k - 1].is_upper and toks[k - 2].text == "(" \
                and toks[k - 3].is_cap:
            # "Hong Kong Rugby Football Union (HKRFU) chairman": the body's short name stands for it
            return f"{toks[k - 1].text} {text[toks[start].start:toks[a - 1].end]}"
        if t.text == "and" and start == k + 1 and k > 0 and a - k < 6 and _duo(lex, toks, k):
            start = k - 1  # a show or firm named after two people: "Richard and Judy executive producer"
            k -= 2
            continue
        if t.kind == "word" and t.text.rsplit("-", 1)[-1] in _PLACE_MODIFIER_TAILS and "-" in t.text:
            start = k  # "Pakistan-based developer", "London-born engineer"
            k -= 1
            continue
        if t.kind == "word" and t.text[:3].lower() == "ex-" and t.text[3:4].isupper():
            start = k  # "ex-Home Secretary": the whole former title
            k -= 1
            continue
        if t.text in ("of", "for") and start == k + 1 and toks[k + 1].is_cap and k > 0 and a - k < 6 \
                and toks[k - 1].kind == "word" and toks[k - 1].is_cap and toks[k - 1].text.lower() not in lex.stop_words:
            start = k - 1  # an organisation's whole name: "Association of Chief Police Officers president"
            k -= 2
            continue
        break
    if start > 0 and toks[start - 1].kind == "num" and toks[start - 1].end == toks[start].start:
        start -= 1  # "4km champion", "100m runner": a number glued to its unit belongs to the role
    return text[toks[start].start:toks[a - 1].end]

def _field_plural(w: str) -> bool:
    """True for a lower-case plural noun naming a field inside a role ("affairs", "rights", "relations")."""
    return w.islower() and len(w) > 4 and w.endswith("s") and not w.endswith(("ss", "ous", "us", "is"))


def _duo(lex: _Lexicon, toks: list[_Tok], k: int) -> bool:
    """True when ``toks[k]``, an "and", joins two single first names into one name ("Richard and Judy",
    "Morgan and Dale"): not a list of people ("Mr Blair and Tory leader Michael Howard", "Tony Blair and ..."),
    where a name's other word stands before the "and"."""
    x, y = toks[k - 1], toks[k + 1]
    return x.kind == "word" and y.kind == "word" and x.text in lex.first_names and y.text in lex.first_names \
        and (k < 2 or not toks[k - 2].is_cap) and (k + 2 >= len(toks) or not toks[k + 2].is_cap)


#: Participles that are part of a role's name before its noun, not a verb: "chief operating officer".
_ROLE_PARTICIPLES = frozenset(["operating", "presiding", "governing", "ruling", "reigning", "consulting",
                               "commanding", "sitting", "serving", "supervising", "visiting", "sporting",
                               "defending"])

#: Counts before a title a person won: "former double world champion", "three-time Olympic champion".
_COUNT_MODIFIERS = frozenset(["double", "triple", "quadruple", "multiple"])

#: Second parts of a hyphenated modifier of a role: "Pakistan-based developer", "Dublin-born chemist".
_PLACE_MODIFIER_TAILS = frozenset(["based", "born", "bred", "raised"])

#: Endings of adjectives inside a role ("international development secretary", "economic adviser").
_ADJECTIVE_ENDS = ("al", "ic", "ary", "ive", "ian", "ous")

#: First words of a clause or a prepositional phrase after a name's comma: no apposition
#: ("Jonny Wilkinson, according to his Newcastle boss Rob Andrew", "Del Bosque, while the likes of ...").
_CLAUSE_OPENERS = frozenset(["according", "while", "whilst", "after", "before", "as", "when", "where", "although",
                             "though", "because", "since", "if", "unless", "including", "like", "with", "without",
                             "despite", "until", "whereas"])


def appositive(lex: _Lexicon, toks: list[_Tok], b: int, text: str) -> str:
    """Return a short appositive after a name: "Cory Doctorow, outreach coordinator for EFF, said".

    A noun phrase only, headed by a role noun before any preposition ("a spokesman for X", "CNN's
    correspondent", "the group's founder"): no clause ("who ...", "acting on behalf of ...", "according to
    ..."), and none that ends in a role and a person's name ("his Newcastle boss Rob Andrew": the role is that
    person's). An age or a degree between commas is skipped ("Ann Lee, 45, a teacher,", "Ed Hale, Ph.D., a
    professor at"), and a speech verb ends the phrase ("Al Rhiel, its minister for economic affairs added.").
    """
    b = _skip_age_or_degree(toks, b)
    if b >= len(toks) or toks[b].text != ",":
        return ""
    end = b + 1
    clause = part = 0  # where a relative clause or a participle on the role noun opens
    while end < len(toks) and toks[end].text not in (",", ".", ";", "(", ")") and end - b <= 10:
        if end > b + 2 and not part:
            kind = clause_after_head(lex, toks, b, end)
            if kind == "relative":
                clause = end
                break
            part = end if kind else 0
        end += 1
    if part and not clause and (end >= len(toks) or toks[end].text not in (",", ".") or end - b > 10):
        clause = end = part  # "a guru living in Britain who ...": too long whole, the participle goes
    if end >= len(toks) or end == b + 1 or (toks[end].text not in (",", ".") and not clause) or end - b > 10:
        return ""
    words = [t.text for t in toks[b + 1:end]]
    first = words[0].lower()
    if first in ("who", "which", "that", "whose", "said", "says", "and", "but", "he", "she", "it") \
            or first in _CLAUSE_OPENERS or (first.endswith("ing") and first not in lex.role_nouns):
        return ""  # a clause, or a participle opening one ("acting on behalf of the Education Secretary")
    if first.endswith("ed") and first not in lex.role_nouns and (end >= len(toks) or toks[end].text == "."):
        return ""  # the sentence's verb after a name between commas: "Qatar's emir, Tamim, named a new prime minister."
    post = participle_role(lex, words)  # "appointed finance director in May": the participle's object
    if post is not None:
        return text[toks[b + 1 + post[0]].start:toks[b + post[1]].end] if post[1] else ""
    if verb_clause(lex, words):
        return ""  # "Tamim bin Hamad, met the king of Jordan, ...": a verb and its object
    # (Loops, no generators: they made ``toks`` a cell at every call.)
    for cut in range(b + 2, end):
        if toks[cut].text in _SAY_VERBS or toks[cut].text in _AGENT_VERBS:
            end, words = cut, words[:cut - b - 1]
            break
    for j in range(b + 1, end - 1):
        if toks[j].text in lex.role_nouns and toks[j + 1].is_cap and not toks[j + 1].is_upper \
                and name_words(toks[j + 1:end]):
            return ""  # "the likes of goalkeeper David de Gea": the role of the name after it
    head = len(words)
    for k in range(1, len(words)):
        if words[k] in _PHRASE_BREAKS:
            head = k
            break
    if not role_headed(lex, words, head):  # "co-founder of Blinkx", "a pollster at Surveyline" (employer_roles)
        return ""  # no role noun heads it: "a friend of the minister", "a town in Kent"
    return text[toks[b + 1].start:toks[end - 1].end]


#: Words that end a role's head noun phrase: its complement or a clause follows ("spokesman for X").
_PHRASE_BREAKS = frozenset(["of", "for", "at", "in", "on", "with", "to", "from", "who", "which", "that", "whose"])

#: Academic degrees and honours written after a name, without their periods: no role ("Ph.D.", "MD", "OBE").
_DEGREES = frozenset(["PhD", "DPhil", "MD", "MBA", "MSc", "BSc", "MA", "BA", "DDS", "RN", "Jr", "Sr", "Esq",
                      "OBE", "MBE", "CBE", "KBE", "DBE", "FRS"])

#: Determiners and possessive pronouns that open a role's noun phrase before a name ("the charity's director, X").
_DETERMINERS = frozenset(["the", "a", "an", "its", "his", "her", "their", "our", "my", "your"])


def _skip_age_or_degree(toks: list[_Tok], b: int) -> int:
    """Return the comma after an age or a degree set off by commas after a name ("Ann Lee, 45, ..." /
    "Ed Hale, Ph.D., ..."), else ``b``."""
    if b >= len(toks) or toks[b].text != ",":
        return b
    j = b + 1
    while j < len(toks) and j - b <= 5 and toks[j].text != ",":
        j += 1
    if j >= len(toks) or j == b + 1 or toks[j].text != ",":
        return b
    inner = toks[b + 1:j]
    if len(inner) == 1 and inner[0].kind == "num" and inner[0].text.isdigit() and len(inner[0].text) <= 3:
        return j
    if "".join(t.text for t in inner if t.text != ".") in _DEGREES:
        return j
    return b


def pre_appositive(lex: _Lexicon, toks: list[_Tok], a: int, b: int, text: str) -> str:
    """Return a role set before a name by a comma, the name closed by a comma or the sentence's end:
    "The charity's director, Barbara Stocking, said" -> "The charity's director"; "a spokesman, Chris Hale,".

    The phrase ends in a lower-case role noun right before the comma and opens on a determiner, a possessive
    or the sentence's start; between them only possessives, capitalised words and lower-case modifiers
    (no verb: "He called the director, Ann Lee," keeps "the director", "He said director, Ann Lee," gives none).
    """
    k = a - 2
    if k < 0 or toks[a - 1].text != "," or toks[k].kind != "word" or not toks[k].text.islower():
        return ""
    if toks[k].text not in lex.role_nouns:
        j = one_of_plural(lex, toks, k)  # "said one of their lawyers, Ivo Marr."
        return text[toks[j].start:toks[k].end] if j >= 0 and (b >= len(toks) or toks[b].text in (",", ".")) else ""
    if not (b >= len(toks) or toks[b].text in (",", ".", ";") or toks[b].text in _SAY_VERBS):
        return ""  # "the coach, Ann Lee and ...": a list, not an apposition
    start = k
    k -= 1
    owner = False  # a possessive in the phrase: "Marsh's", "New York's" stand for its determiner
    while k >= 0 and start - k <= 6:
        t = toks[k]
        low = t.text.lower()
        if low in _DETERMINERS:
            return text[t.start:toks[a - 2].end]
        if t.text in ("’s", "'s") or t.text.endswith(("'s", "’s")) or (t.kind in ("word", "acr") and t.is_cap):
            owner = owner or (t.text.endswith(("'s", "’s")) and (t.is_cap or k > 0 and toks[k - 1].is_cap))
            start = k
            k -= 1
            continue
        if t.kind == "word" and t.text.islower() and (low not in lex.stop_words or low in ROLE_MODIFIERS) \
                and not low.endswith("ed") and low not in _AGENT_VERBS and low not in _SAY_VERBS:
            start = k  # "new chief executive", "top law officer": a role modifier may be a stop word
            k -= 1
            continue
        break
    if (k < 0 or (owner and toks[k].text.islower() and toks[k].text in lex.stop_words)) \
            and (toks[start].is_cap or toks[start].text.endswith(("'s", "’s"))):
        # "Oxfam's director, Barbara Stocking,": the sentence opens on it; "the inquiry by New York's top law
        # officer, Eliot Spitzer,": the owner's possessive opens the phrase after a preposition
        return text[toks[start].start:toks[a - 2].end]
    return ""


_START = attrgetter("start")
_END = attrgetter("end")


def attach_appositions(lex: _Lexicon, toks: list[_Tok], text: str, mentions: list) -> None:
    """Give each person of one sentence that has no role yet the role its apposition attaches to it (:func:`appositive`
    after the name, :func:`pre_appositive` before it); never a neighbour's: the phrase must touch the name's own commas.
    The name's tokens are found by bisection (the tokens' starts and ends both rise): no map of the sentence's tokens
    is built. The three phrases' first tests are made before any call (of 2,100 calls on 100k words, 11 gave a role):
    a comma after the name, or (for a name without a role) one before it or a role word after it."""
    n = len(toks)
    for m in mentions:
        if m.kind != "name" or m.type != "PER" or (m.role and m.role.rstrip(".") not in _TRAILING_ADDRESS):
            continue
        a = bisect_left(toks, m.start, key=_START)
        b = bisect_left(toks, m.end, key=_END)
        if a < n and b < n and toks[a].start == m.start and toks[b].end == m.end:
            if (after := toks[b + 1].text if b + 1 < n else "") != "," and (m.role or (
                    (a < 2 or toks[a - 1].text != ",") and after not in lex.role_nouns and after not in ROLE_MODIFIERS)):
                continue  # (each of the three would give "": a role, if any, stays)
            if m.role:  # a bare academic title gives way to the post the text gives: "Professor Ann Lee, head of X,"
                m.role = appositive(lex, toks, b + 1, text) or m.role
            else:
                m.role = appositive(lex, toks, b + 1, text) or pre_appositive(lex, toks, a, b + 1, text) \
                    or spoken_appositive(lex, toks, a, b + 1, text)


def spoken_appositive(lex: _Lexicon, toks: list[_Tok], a: int, b: int, text: str) -> str:
    """Return a role written between a name and the speech verb that ends its sentence, with no commas:
    '"It is strong," Dr Ann Lee head of exploration said.' -> "head of exploration".

    The phrase opens on a lower-case role noun or modifier and has a role noun before any preposition; a
    capitalised word only after a preposition ("head of drilling at Cairn"), so "Ann Lee adviser Bo Dunn said"
    gives none. The name has two words or more and no determiner before it ("a Blair spokesman said": the
    name is the spokesman's employer).
    """
    if b >= len(toks) or toks[b].kind != "word" or not toks[b].text.islower() \
            or (toks[b].text not in lex.role_nouns and toks[b].text not in ROLE_MODIFIERS) \
            or b - a < 2 or (a > 0 and toks[a - 1].text.lower() in _DETERMINERS):
        return ""
    head = after = False  # a role noun seen before any preposition; a preposition seen
    for j in range(b, min(b + 8, len(toks) - 1)):
        t = toks[j]
        if t.text in _SAY_VERBS:
            nxt = toks[j + 1].text
            if j > b and head and nxt in (".", ",", "”", '"', ";"):
                return text[toks[b].start:toks[j - 1].end]
            return ""
        if t.kind not in ("word", "acr") or (t.is_cap and not after):
            return ""
        after = after or t.text in _PHRASE_BREAKS
        head = head or (not after and t.text in lex.role_nouns)
    return ""


def run_role(toks: list[_Tok], a: int, p: int, text: str) -> str:
    """Return the role words ``toks[a:p]`` of a capitalised run with a lower-case word of time before them:
    "former Tory Treasurer", "acting County Prosecutor" (the run itself starts at the capital)."""
    if a > 1 and toks[a - 1].text in ("'s", "’s") and toks[a - 2].is_cap and toks[a - 2].end == toks[a - 1].start:
        a -= 2  # "Cook County State's Attorney": the owner's capitalised words are the title's, not "Attorney" alone
        while a > 0 and toks[a - 1].kind == "word" and toks[a - 1].is_cap and toks[a - 1].text not in ("The", "A"):
            a -= 1
    if a > 0 and toks[a - 1].text in _TIME_MODIFIERS:
        a -= 1
    if p - 1 > a and toks[p - 1].text in ("Sir", "Dame"):
        p -= 1  # "Tory Treasurer Sir Ivo Marr": the knight's title is the name's
    return text[toks[a].start:toks[p - 1].end]


#: Lower-case words before a capitalised role that say when the person held it.
_TIME_MODIFIERS = frozenset(["former", "then", "outgoing", "incoming", "acting", "interim", "retiring", "late"])


def _is_title(lex: _Lexicon, w: str) -> bool:
    """True for a title: "President", "Dr.", and abbreviated ranks ("Maj.", "Brig."); rstrip only for a final period."""
    return w in lex.titles or (w in _RANKS if w[-1:] != "." else (s := w.rstrip(".")) in lex.titles or s in _RANKS)


#: Titles of address at the end of a role belong to the name, not the role: "author Professor" -> "author".
_TRAILING_ADDRESS = frozenset(["Professor", "Prof", "Dr", "Mr", "Mrs", "Ms", "Miss", "Sir", "Dame", "Reverend", "Rev"])

#: Noble titles: alone before a name they are part of how the person is named ("Prince Charles", "Lady Thatcher"),
#: not a role; in a longer role they stay ("Crown Prince", "Lord Chancellor"). A ruler's title ("King Abdullah",
#: "Sultan Haitham", "Emperor Naruhito") is the office the person holds, so it is the role, as "President" is.
_NAME_TITLES = frozenset(["Prince", "Princess", "Duke", "Duchess", "Earl", "Countess", "Count", "Baron", "Baroness",
                          "Lord", "Lady", "Marquess", "Viscount", "Viscountess", "Sir", "Dame"])

#: Peers' titles: a peer is named by title and name ("former Tory Treasurer Lord Ashcroft"), so after a role the
#: title is the name's, not the role's.
_PEER_TITLES = frozenset(["Lord", "Lady", "Baroness", "Baron"])

#: Kin nouns that are also religious titles: a role only where the text speaks of a church.
_KIN_TITLES = frozenset(["father", "mother", "brother", "sister"])

#: Words that show a religious setting, where "Father" is a priest's title.
_CLERGY_WORDS = ("church", "priest", "parish", "catholic", "diocese", "bishop", "monk", "nun", "convent", "abbey",
                 "chaplain", "clergy", "cathedral", "congregation", "vatican", "pope", "religious", "monastery")


#: Words that open a noun phrase and are no part of the role shown in the actor table: "The Scottish Green
#: Party's health spokeswoman" is shown "Scottish Green Party's health spokeswoman".
_LEADING_DETERMINERS = frozenset(["the", "a", "an", "its", "his", "her", "their"])


def tidy_role(lex: _Lexicon, role: str, texts: list[str]) -> str:
    """Return ``role`` cleaned, or "" when it is none.

    A speech verb ends it ("its minister for economic affairs added"); a title of address at its end is the
    name's ("author Professor"); a determiner at its start goes ("The party's leader"); a role needs a role noun or title ("Galactic Federation" is none), and a list
    of capitalised titles joined by "and" is works, not a role ("Star Wars and The Good"); a kin noun that is
    also a religious title ("Father") is a role only in a text about a church. A relative, a ranking or one of
    several (:func:`.role_phrases.special_role_ok`: "his mother", "world number two") keep their words.
    """
    words = role.split()
    for i, w in enumerate(words):
        if i > 0 and w in _SAY_VERBS:
            words = words[:i]
            break
    if special_role_ok(words):
        return " ".join([words[0].lower()] + words[1:]) if words[0] in ("His", "Her", "Their", "One") else " ".join(words)
    if len(words) > 1 and words[-1].rstrip(".") in _TRAILING_ADDRESS:
        words = words[:-1]
    if len(words) > 1 and words[0].lower() in _LEADING_DETERMINERS:
        words = words[1:]  # "The Scottish Conservative Party leader", "its minister for economic affairs"
    if not words or (len(words) == 1 and words[0] in _NAME_TITLES):
        return ""  # "Prince Charles", "King Edward III": the title is how the person is named, not a role

    def core(w: str) -> str:
        return w.strip(",.;:()").replace("’s", "").replace("'s", "")

    def role_word(w: str) -> bool:
        return w.lower() in lex.role_nouns or w in lex.role_nouns or _is_title(lex, w) or w in ACRONYM_TITLES  # "DJ", "CEO"

    if not any(role_word(core(w)) or any(map(role_word, core(w).split("-"))) for w in words) and not employer_role(words):
        return ""  # no role noun, nor an agent noun with its employer ("pollster at Surveyline": employer_roles)
    if "and" in words and all(w[:1].isupper() or w == "and" for w in words) \
            and not any(core(w) in lex.titles for w in words):
        return ""  # "Star Wars and The Good": titles of works
    if len(words) == 1 and words[0].lower() in _KIN_TITLES \
            and not any(c in t.lower() for t in texts for c in _CLERGY_WORDS):
        return ""  # "Father Arron Cutugno said", a parent in a caption
    return role if words == role.split() else " ".join(words)


#: Titles of address: no role on their own.
_HONORIFICS = frozenset(["Mr", "Mrs", "Ms", "Miss", "Mx"])

#: Adverbs that open a sentence, capitalised there: no part of the role after them ("Yesterday Chairman Ron Lee").
_SENTENCE_ADVERBS = frozenset(["yesterday", "today", "tomorrow", "tonight", "later", "earlier", "meanwhile", "now",
                               "then", "also", "still", "instead", "recently", "previously", "finally", "afterwards"])

#: Days of the week: a time before a role, never part of it ("On Monday Kenton FM presenter Ada Welk").
_WEEKDAYS = frozenset(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])

#: Titles written clipped ("Sen.", "Gov."): without the period, at the end of a run, they are a name's part.
_CLIPPED = frozenset(["Sen", "Gov", "Rep", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "Cmdr", "Adm", "Supt", "Insp", "Det"])


class _RoleRules:
    """Title phrases before a name that are the person's role, not names: a mixin of :class:`.finder._Finder`
    (needs ``self.lex``, ``self._org_like`` and ``self._loc_like``)."""

    lex: _Lexicon

    def _title_word(self, w: str) -> bool:
        """True for a title before a name (:func:`_is_title`)."""
        return _is_title(self.lex, w)

    def _clipped_last(self, toks: list[_Tok], i: int, b: int) -> bool:
        """True when ``toks[i]``, the last word of the run, is a clipped title written without its period and
        with no name after it: "Hun Sen agreed" names a person; "Sen. Dole", "the state's Gov." keep the title."""
        w = toks[i].text
        return i == b - 1 and i > 0 and toks[i].kind == "word" and w in _CLIPPED and toks[i - 1].is_cap \
            and (b >= len(toks) or toks[b].text != ".")

    def _common_phrase(self, w: str) -> bool:
        """True for a common word after a title that makes a phrase, not a titled person ("General Election")."""
        lex = self.lex
        return w.lower() in lex.common_words and w not in lex.surnames and w not in lex.first_names \
            and not self._org_like([w])

    def _role_before_person(self, toks: list[_Tok], a: int, b: int) -> tuple[int, int] | None:
        """Return (start of the role words, start of the person) for a run that ends in a capitalised role and a
        name: "Franklin County Prosecutor Ron O'Brien", "Acme Corp Chairman Ann Lee"; None otherwise.

        The role words are titles or role nouns (with title qualifiers: "District Attorney"), and the name after them is one to three plain
        capitalised words with no title, organisation or place word, not a listed name.
        """
        if b - a < 2:
            return None  # a role and a name take two words at least
        lex = self.lex
        for p in range(max(a + 1, b - 3), b):
            if not _role_word(lex, toks[p - 1]) or _role_word(lex, toks[p]):
                continue
            rest = toks[p:b]
            words = [t.text for t in rest]
            if not all(t.is_cap and t.kind in ("word", "init") and not t.is_upper for t in rest) \
                    or any_role_word(lex, rest[:-1]) or self._org_like(words) or self._loc_like(words) \
                    or words[0].lower() in lex.common_words and words[0] not in lex.first_names \
                    or _norm(" ".join(words)) in lex.gazetteer or words[0] in lex.demonyms:
                return None
            r0 = p - 1
            while r0 > a and (_role_word(lex, toks[r0 - 1]) or toks[r0 - 1].text in _TITLE_QUALIFIERS):
                r0 -= 1
            if all(t.text.rstrip(".") in _HONORIFICS for t in toks[r0:p]):
                return None  # "Yesterday Mr Hussen": "Mr" is no role, and what opens the sentence is none either
            if r0 > a and self._common(toks[r0 - 1]) and (r0 - 1 == a or not self._common(toks[r0 - 2])) \
                    and toks[r0 - 1].text.lower() not in _SENTENCE_ADVERBS:
                r0 -= 1  # "Hong Kong Financial Secretary": one common word of the role's own, not a name's
            if p - 1 > a and toks[p - 1].text in _PEER_TITLES:
                p -= 1  # "Tory Treasurer Lord Ashcroft": the peer's title is how he is named, not part of the role
            return r0, p
        return None

    def _common(self, t: _Tok) -> bool:
        """True for a capitalised common word that is no organisation or place word ("Financial", "Democratic")."""
        lex = self.lex
        return t.text.lower() in lex.common_words and t.text not in lex.loc_last and t.text not in lex.org_words

    def _portfolio_person(self, text: str, toks: list[_Tok], a: int, t0: int, t1: int, b: int, mk) -> list:
        """A title, "of"/"for" and a portfolio with no first name after it: "Minister of Defence Zubrov" gives
        Zubrov with the role "Minister of Defence"; "the Minister for Sport" gives no person.

        The portfolio's words are common words, listed places, title qualifiers and "of", "for", "and",
        "the"; a listed surname ending the run is the person ("Secretary of State Brown").
        """
        lex = self.lex
        q = t1 + 1
        while q < b and (toks[q].text in ("of", "for", "and", "the") or toks[q].text in _TITLE_QUALIFIERS
                         or toks[q].text.lower() in lex.common_words or _norm(toks[q].text) in lex.gazetteer) \
                and not (q == b - 1 and toks[q].text in lex.surnames):
            q += 1
        head: list = [(a, t0)] if t0 > a else []
        if q >= b:
            return head  # the title alone
        return head + [mk(q, b, "PER", role=text[toks[t0].start:toks[q - 1].end])]

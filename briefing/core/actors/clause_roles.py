"""Clauses between a name's commas that are no apposition, or hold the role only as their object.

* "Ann Lee, appointed finance director in May, said": a participle of a verb that gives a post (appoint, name,
  elect...) opens the clause; the role is its object, "finance director", not the whole clause.
* "Tamim bin Hamad, met the king of Jordan, Abdullah Saleh": a verb and its object after the name's comma
  (a past tense that is no "-ed" word, then "the"): no role of the name.

Read by :func:`.roles.appositive` on the words between the commas, with :func:`clause_after_head` (a relative
clause or a participle after the role noun) and :func:`name_words` (a name after a role ends the phrase).
"""

from __future__ import annotations

from .lexicon import _Lexicon
from .tokens import _NAME_PARTICLES, ROLE_MODIFIERS, _Tok

#: Role nouns that are given names too when capitalised ("Emir Vukic", "Sheikha Al Thani"): a role only in lower
#: case ("Qatar's emir, Tamim"); the capitalised rulers' titles (Sultan, King, Sheikh...) are in titles.txt.
GIVEN_NAME_ROLES = frozenset(["Emir", "Sheikha"])
#: Participles of verbs whose object is a post: "appointed finance director", "named chief executive".
_POST_VERBS = frozenset(["appointed", "reappointed", "re-appointed", "named", "renamed", "elected", "re-elected",
                         "reelected", "made", "chosen", "promoted", "hired", "nominated", "installed", "sworn",
                         "confirmed", "picked", "tapped", "recruited", "crowned", "designated", "selected"])
#: Words between the participle and its object: "named as", "promoted to", "sworn in as".
_BEFORE_OBJECT = frozenset(["as", "to", "in", "the", "a", "an", "its", "his", "her", "their", "new"])
#: Words that start a noun phrase's determiner: a verb right before one opens a clause ("met the king").
_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that"])
#: Words that may open an apposition before a determiner ("also the founder", "now a lawyer").
_APPOSITION_ADVERBS = frozenset(["also", "now", "then", "currently", "himself", "herself", "still", "once",
                                 "formerly", "previously", "later", "already", "both", "not", "probably"])
#: Words that end a role's object: a complement or a time follows ("director in May", "chief last year").
_OBJECT_ENDS = frozenset(["in", "on", "at", "last", "this", "next", "earlier", "after", "before", "by", "when",
                          "since", "until", "and", "or", "but", "following", "with", "from", "to"])


def participle_role(lex: _Lexicon, words: list[str]) -> tuple[int, int] | None:
    """Return where the role lies in ``words`` (the words between the commas after a name) when a participle of
    a post-giving verb opens them: ``(i, j)`` for ``words[i:j]``, ``(0, 0)`` for none ("appointed in May");
    None when no such participle opens the words. The object is a run of role modifiers and lower-case words
    ending in a role noun, with its "of"/"for" complement ("finance director of Arbor Networks"); what follows
    (a time, a place) is left out."""
    if not words or words[0].lower() not in _POST_VERBS:
        return None
    i = 1
    while i < len(words) and words[i].lower() in _BEFORE_OBJECT:
        i += 1
    j, head = i, 0
    while j < len(words) and words[j].lower() not in _OBJECT_ENDS and words[j] not in ("of", "for"):
        w = words[j]
        if w in lex.role_nouns or w.lower() in lex.role_nouns:
            head = j + 1
        elif not (w.islower() or w.lower() in ROLE_MODIFIERS or w[:1].isupper()):
            break
        j += 1
    if not head:
        return (0, 0)
    end = head
    if end + 1 < len(words) and words[end] in ("of", "for", "at") and words[end + 1][:1].isupper():
        end += 1
        while end < len(words) and (words[end][:1].isupper() or words[end] in ("of", "and", "&")):
            end += 1
        while words[end - 1] in ("of", "and", "&"):
            end -= 1
    return (i, end)


def verb_clause(lex: _Lexicon, words: list[str]) -> bool:
    """True when the words between the commas after a name open on a lower-case word that is no role, modifier or
    adverb, followed by a determiner: a verb and its object ("met the king of Jordan"), not an apposition
    ("a spokesman for", "the group's founder", "also the founder")."""
    if len(words) < 3 or words[1].lower() not in _DETERMINERS:
        return False
    first = words[0]
    return first.isalpha() and first.islower() and first not in _DETERMINERS and first not in lex.role_nouns \
        and first not in ROLE_MODIFIERS and first not in _APPOSITION_ADVERBS and first not in lex.stop_words


def role_word(lex: _Lexicon, t) -> bool:
    """True for a title or a capitalised role noun, not one that is a given name too ("Emir"): the role words
    :meth:`.roles._RoleRules._role_before_person` reads (a function of this module, not a closure made at each
    of its calls)."""
    return t.kind in ("word", "abbr") and (t.text in lex.titles or t.text.rstrip(".") in lex.titles
                                           or (t.is_cap and (t.text if t.is_upper else t.text.lower()) in lex.role_nouns
                                               and t.text not in GIVEN_NAME_ROLES))


def any_role_word(lex: _Lexicon, toks) -> bool:
    """True when a token of ``toks`` is a :func:`role_word`."""
    return any(role_word(lex, t) for t in toks)


def clause_after_head(lex: _Lexicon, toks: list[_Tok], b: int, j: int) -> str:
    """Return "relative" when ``toks[j]`` is a relative pronoun after the apposition's role noun ("sales
    director for Arbor Networks which is behind ..."), "participle" for a participle right after the role noun
    ("a text message guru living in Britain"), else ""."""
    w = toks[j].text
    if w in ("which", "who", "whose", "that"):
        roles = lex.role_nouns  # (a loop, no generator: ``lex`` is no cell at each call)
        for t in toks[b + 1:j]:
            if t.text in roles:
                return "relative"
        return ""
    return "participle" if w.endswith("ing") and w.islower() and w not in lex.role_nouns \
        and w not in ROLE_MODIFIERS and toks[j - 1].text in lex.role_nouns else ""


def name_words(toks: list[_Tok]) -> bool:
    """True when every token is capitalised or a name's particle ("David de Gea")."""
    for t in toks:
        if not t.is_cap and t.text.lower() not in _NAME_PARTICLES:
            return False
    return True

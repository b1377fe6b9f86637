"""A capitalised sentence-first common word before a lower-case noun of people is that noun's modifier, no name:
"Charity boss Ann Lee said", "Defence lawyers argued", "Union leaders voted", "Health officials said".

English puts a noun used as an adjective right before its head noun. At a sentence start the modifier is
capitalised only because it opens the sentence; when it is a dictionary word and the next word is a lower-case
noun naming people (a role noun such as "boss", "lawyer", "chief", its plural, or a plural of people such as
"officials", "workers", "staff"), the two make one noun phrase and the first word names no actor. A word the
lists know as a name (a first name, a listed body or place) is left to the other rules; a verb after the word
("Charity said", "Defence won") is no noun of people, so a real one-word name keeps its mention.
"""

from __future__ import annotations

from .lexicon import _Lexicon, _norm
from .tokens import _Tok

#: Plural nouns of people and groups that the role-noun list (singular titles of one person) does not give.
_PEOPLE_PLURALS = frozenset("""officials workers staff officers inspectors campaigners members supporters fans
residents sources chiefs bosses figures groups volunteers employees protesters demonstrators voters users
customers passengers patients parents pupils students investors shareholders lawmakers legislators councillors
mps insiders observers critics experts researchers scientists teams crews firefighters paramedics troops soldiers
police detectives investigators medics bankers farmers traders drivers pilots unions""".split())


def people_noun(word: str, lex: _Lexicon) -> bool:
    """True for a lower-case noun naming a person or people: a role noun, its plural, or a plural of people."""
    if word in _PEOPLE_PLURALS or word in lex.role_nouns:
        return True
    if word.endswith("es") and word[:-2] in lex.role_nouns:
        return True  # "bosses", "coaches"
    return word.endswith("s") and word[:-1] in lex.role_nouns  # "lawyers", "leaders", "chiefs"


#: British endings and the American ones the dictionary list spells them with: "Defence" / "defense".
_BRITISH_ENDS = (("ence", "ense"), ("our", "or"), ("ise", "ize"), ("isation", "ization"), ("tre", "ter"),
                 ("ogue", "og"))


def dictionary_word(word: str, lex: _Lexicon) -> bool:
    """True when ``word`` (lower-cased) is in the dictionary list, in its British spelling too ("defence")."""
    if word in lex.common_words:
        return True
    return any(word.endswith(gb) and word[:-len(gb)] + us in lex.common_words for gb, us in _BRITISH_ENDS)


def modifier_opener(lex: _Lexicon, toks: list[_Tok], a: int) -> bool:
    """True when ``toks[a]``, a lone sentence-first dictionary word (a first name too: "Charity"), qualifies the
    lower-case noun of people after it ("Charity boss", "Defence lawyers"). The caller has checked it is
    sentence-first. A listed name ("Apple", "Jordan") is left to the lists."""
    if a + 1 >= len(toks):
        return False
    nxt = toks[a + 1]
    if nxt.kind != "word" or not nxt.text.islower() or not people_noun(nxt.text, lex):
        return False
    w = toks[a].text
    return w[:1].isupper() and not toks[a].is_upper and dictionary_word(w.lower(), lex) and _norm(w) not in lex.gazetteer

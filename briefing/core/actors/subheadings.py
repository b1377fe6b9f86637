"""A subheading in an article's body, written in Title Case like a headline: "The Star Wars Special Editions
Caused Controversy", "Ministers Face Fines Over Delays", "Customers Pay More For Less".

A body line with no closing mark, four capitalised words or more and no lower-case word but stop words is a
subheading when a capitalised word after the first is a past tense ("Caused": a verb ends a name), or when most of
its capitalised content words are plain dictionary words the lists know as no name part (no first name, surname,
organisation or place word, nationality or listed name): verbs and common nouns ("Face", "Fines", "Delays")
capitalised only by the headline style. A name of words ("National Farmers Union") has its organisation word
and stays a name. The finder then reads the line as a headline (:func:`.sentence._sentence_mode`).
"""

from __future__ import annotations

from .lexicon import _Lexicon, _norm
from .tokens import _Tok

#: Words ending in "-ed" that name bodies, not a verb: "Manchester United", "Associated Press".
_NAMING_ED = frozenset(["United", "Limited", "Associated", "Allied", "Federated", "Incorporated", "Consolidated",
                        "Reformed", "Red", "Advanced", "Applied", "Armed", "Combined", "Registered", "Chartered"])


def _plain_word(w: str, lex: _Lexicon) -> bool:
    """True for a capitalised word the lists know only as a lower-case dictionary word."""
    return w.lower() in lex.common_words and w not in lex.first_names and w not in lex.surnames \
        and w not in lex.org_words and w not in lex.loc_last and w not in lex.loc_first and w not in lex.demonyms \
        and w not in lex.titles and _norm(w) not in lex.gazetteer


def headline_in_body(toks: list[_Tok], lex: _Lexicon) -> bool:
    """True for a body line written as a Title Case headline (see the module's docstring)."""
    caps, plain, content, verb = 0, 0, 0, False
    for k, t in enumerate(toks):
        if t.kind != "word":
            continue
        if not t.is_cap:
            if t.text not in lex.stop_words:
                return False  # a lower-case content word: a sentence (the common case, found early)
            continue
        caps += 1
        w = t.text
        if w.lower() in lex.stop_words:
            continue
        content += 1
        if not _plain_word(w, lex):
            continue
        plain += 1
        if k and len(w) > 4 and w.endswith("ed") and w not in _NAMING_ED:
            verb = True
    return caps >= 4 and (verb or (plain >= 4 and plain * 4 >= content * 3))

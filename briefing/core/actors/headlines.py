"""A headline's common noun before a name: "Chipmaker Veltrix to cut 1,200 jobs" names Veltrix, which the body calls
"Veltrix"; the capital of "Chipmaker" is the headline's, no part of the name (read by :func:`.resolve._resolve`)."""

from __future__ import annotations

from .lexicon import _Lexicon, _norm
from .tokens import EntityMention


def _written_lower(word: str, texts: list[str]) -> bool:
    """True when the body writes ``word`` in lower case as a word of its own ("the chipmaker said")."""
    low = word.lower()
    for t in texts:
        i = t.find(low)
        while i >= 0:
            j = i + len(low)
            if (i == 0 or not t[i - 1].isalpha()) and (j == len(t) or not t[j].isalpha()):
                return True
            i = t.find(low, j)
    return False


def _common_noun(word: str, lex: _Lexicon, texts: list[str]) -> bool:
    """True for a capitalised dictionary word (the lexicon's lower-case words, two of them written as one, or a word
    written lower in the body) that is no first name, title, organisation word, nationality or listed name."""
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return False
    if word in lex.first_names or word in lex.titles or word in lex.org_words or word in lex.demonyms \
            or word in lex.loc_first or _norm(word) in lex.gazetteer:
        return False
    low = word.lower()
    if low in lex.common_words or _written_lower(word, texts):
        return True
    # a compound of two dictionary words the word list lacks: "Chipmaker", "Carmaker", "Drugmaker"
    return any(low[:i] in lex.common_words and low[i:] in lex.common_words for i in range(3, len(low) - 2))


def trim_headline_nouns(mentions: list[EntityMention], texts: list[str], lex: _Lexicon) -> None:
    """Cut a headline's first word off a name it opens when the word is a common noun and the body uses the rest
    alone but never the whole: "Chipmaker Veltrix to cut 1,200 jobs" beside "Veltrix makes memory chips" names
    Veltrix. The trimmed mention is typed again by the resolver (its shape had read a first name and a surname)."""
    heads = [m for m in mentions if m.sentence < 0 and m.kind == "name" and m.start == 0 and len(m.tokens) >= 2
             and not m.key]
    if not heads or not texts:
        return
    heads = [m for m in heads if _common_noun(m.tokens[0], lex, texts)]
    if not heads:
        return
    body = {m.norm for m in mentions if m.sentence >= 0 and m.kind == "name"}
    for m in heads:
        if _norm(" ".join(m.tokens[1:])) not in body or m.norm in body:
            continue
        cut = m.text.find(m.tokens[1], len(m.tokens[0]))
        if cut < 0:
            continue
        m.start += cut
        m.text = m.text[cut:]
        m.tokens = m.tokens[1:]
        m.__dict__.pop("norm", None)  # computed once from the old text
        m.__dict__.pop("name_type", None)
        if m.model_src is not None:
            words, a, b = m.model_src
            m.model_src = (words, a + 1, b)
            m.model_type = None
        if m.type == "PER" and (m.weak or m.shape_type.startswith("PER")):
            m.type, m.weak = None, False
        m.initial = False

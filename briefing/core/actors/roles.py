"""Roles from the text attached to a name: the descriptor before it ("SVR chief") or an apposition after it."""

from __future__ import annotations

from .lexicon import _Lexicon
from .tokens import _ROLE_MODIFIERS, _Tok


def pre_role(lex: _Lexicon, toks: list[_Tok], a: int, text: str) -> str:
    """Return the descriptor just before a name: "SVR chief", "Belarus KGB chief", "Tory leader"."""
    k = a - 1
    if k < 0 or toks[k].kind != "word" or toks[k].text not in lex.role_nouns:
        return ""
    start = k
    k -= 1
    while k >= 0 and a - k <= 6:
        t = toks[k]
        if t.kind in ("word", "acr") and (t.is_cap or t.text in lex.role_nouns or t.text.lower() in _ROLE_MODIFIERS):
            if t.is_cap and t.text.lower() in lex.stop_words:
                break
            start = k
            k -= 1
            continue
        if t.kind == "word" and t.text.islower() and t.text not in lex.stop_words and toks[k + 1].text in lex.role_nouns:
            start = k  # a compound role: "documentary maker", "outreach coordinator"
            k -= 1
            continue
        break
    return text[toks[start].start:toks[a - 1].end]

def appositive(lex: _Lexicon, toks: list[_Tok], b: int, text: str) -> str:
    """Return a short appositive after a name: "Cory Doctorow, outreach coordinator for EFF, said"."""
    if b >= len(toks) or toks[b].text != ",":
        return ""
    end = b + 1
    while end < len(toks) and toks[end].text not in (",", ".", ";", "(", ")") and end - b <= 10:
        end += 1
    if end >= len(toks) or end == b + 1 or toks[end].text not in (",", ".") or end - b > 10:
        return ""
    words = [t.text for t in toks[b + 1:end]]
    if words[0].lower() in ("who", "which", "that", "whose", "said", "says", "and", "but", "he", "she", "it"):
        return ""
    if not any(w in lex.role_nouns or w.lower() in lex.role_nouns for w in words):
        return ""
    return text[toks[b + 1].start:toks[end - 1].end]

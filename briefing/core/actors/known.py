"""Names matched from lists and the document's memory in lines whose capitals carry no signal (ALL CAPS, Title
Case headlines), and the places of a wire dateline. A mixin of :class:`.finder._Finder`.
"""

from __future__ import annotations

from .lexicon import _Lexicon, _norm
from .sentence import _dateline, _dateline_mentions, _team_cue
from .tokens import _QUOTES, EntityMention, _locative_at, _Tok


#: The lexicon last asked and the set of its actors' shown names (``group_names``' values), made once per lexicon.
_SHOWN: tuple = (None, frozenset())


def _shown_names(lex: _Lexicon) -> frozenset[str]:
    """Return the shown names of the lexicon's groups as a set: asking ``in lex.group_names.values()`` scanned
    the whole dict for every Title Case common word that is a listed place (1 MB of "Bank of ": about 20 s)."""
    global _SHOWN
    if _SHOWN[0] is not lex:
        _SHOWN = (lex, frozenset(lex.group_names.values()))
    return _SHOWN[1]


class _KnownNames:
    """Known-name matching; needs ``self.lex``."""

    lex: _Lexicon

    @staticmethod
    def _quoted(toks: list[_Tok], a: int, b: int) -> bool:
        """True when ``toks[a:b]`` fills a quotation (a quote mark right before and right after it)."""
        return a > 0 and b < len(toks) and toks[a - 1].text in _QUOTES and toks[b].text in _QUOTES

    def _find_known(self, si: int, text: str, toks: list[_Tok], known: dict, mode: str) -> list[EntityMention]:
        """In ALL-CAPS or Title Case lines capitals carry no signal: match known names only."""
        lex = self.lex
        out: list[EntityMention] = []
        i, n = 0, len(toks)
        if si >= 0:
            out, i = _dateline_mentions(si, text, toks, lex)
        while i < n:
            t = toks[i]
            if not (t.is_cap or t.is_upper) or t.kind not in ("word", "acr", "abbr") or t.text.lower() == "the":
                i += 1
                continue
            hit = None
            for size in range(min(lex.max_len, 6, n - i), 0, -1):
                seg = toks[i:i + size]
                if not all(s.kind in ("word", "acr", "abbr", "init") for s in seg):
                    continue
                surface = text[seg[0].start:seg[-1].end]
                k = _norm(surface)
                if k in known:
                    hit = (size, known[k][0], known[k][1])
                    break
                if k in lex.gazetteer and (size > 1 or k not in lex.stop_words):
                    typ, key = lex.gazetteer[k]
                    if size == 1 and mode == "title" and k in lex.common_words and typ == "LOC" \
                            and key.split(":", 1)[1] not in _shown_names(lex):
                        continue
                    hit = (size, typ, key)
                    break
                if size == 1 and surface in lex.demonyms:
                    if lex.demonyms[surface]:  # a nationality of a listed country: its place
                        out.append(EntityMention(si, seg[0].start, seg[0].end, surface, "LOC", "demonym",
                                                 lex.demonyms[surface], tokens=(surface,)))
                        hit = (1, None, "skip")
                    break
            if hit is None:
                i += 1
                continue
            size, typ, key = hit
            if key != "skip":  # ``seg``, ``surface`` and ``k`` are the hit's, from the loop above
                if typ != "LOC" and _dateline(toks, i, i + size):
                    # "NEW YORK 1996-08-30": where the story was filed, though the town's team plays in it.
                    place = lex.gazetteer.get(k, ("", ""))
                    typ, key = ("LOC", place[1]) if place[0] == "LOC" else \
                        ("LOC", lex.club_towns[k]) if k in lex.club_towns else (typ, key)
                m = EntityMention(si, seg[0].start, seg[-1].end, surface, typ, "name", key,
                                  tokens=tuple(s.text for s in seg))
                m.quoted = self._quoted(toks, i, i + size)
                m.club_town = typ == "ORG" and k in lex.club_towns
                m.team_cue = _team_cue(toks, i, i + size)
                m.locative = _locative_at(toks, i) or _dateline(toks, i, i + size)
                out.append(m)
            i += size
        return out

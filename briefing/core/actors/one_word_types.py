"""The shape's type of a one-word run (:meth:`.shapes._ShapeRules._type_of` for one word), its word's tests read once.

Of :meth:`._type_of`'s rules, those that can fire for one word test the word alone, but for five that read its
context: an award's noun after it, a token of numbers, a state's code after a town and a comma, a listed region
after it, capitals or an acronym's token. :meth:`_OneWordTypes._type_of_one` asks those five each time, in their
place, and reads the answers of the word's own tests from :meth:`_OneWordTypes._one_word_shape`, once per distinct
word of the document (1,676 one-word runs reach the shape in 100k words of news, 579 distinct words).
"""

from __future__ import annotations

from .lexicon import _Lexicon, _norm
from .shape_words import _AWARD_NOUNS
from .shapes import letters_type
from .tokens import _LONE_NOISE, _Tok

_MISC = (None, "misc")
_ORG = ("ORG", "name")
_LOC = ("LOC", "name")


class _OneWordTypes:
    """:meth:`._type_of` for one word; a mixin of :class:`.finder._Finder` (with :class:`.shapes._ShapeRules`)."""

    lex: _Lexicon
    _one_shapes: dict[str, tuple]

    def _one_word_shape(self, w: str) -> tuple:
        """The answers of :meth:`._type_of`'s tests of the one word ``w`` alone, in four groups split by the tests that
        read the context: (an event's or a noise word: "misc"; a lone noise, organisation or place word: "misc"; a
        type from a team's, organisation's or place's shape, or None; the type from the word's letters)."""
        lex = self.lex
        words = [w]
        first = w in lex.event_words or w == "Operation" or ("-" in w and w.rsplit("-", 1)[1] in lex.event_words) \
            or w in lex.noise
        lone = w in _LONE_NOISE or w in lex.org_words or w in lex.loc_last or self._org_plural(w)
        shape = _ORG if self._place_and_plural(words) or self._org_like(words) else _LOC if self._loc_like(words) else None
        return first, lone, shape, letters_type(w, lex)

    def _type_of_one(self, w: str, toks: list[_Tok], a: int) -> tuple[str | None, str]:
        """:meth:`._type_of` of the one-word run ``toks[a]`` (text ``w``): its context's tests asked in their place,
        its word's answers read once per distinct word (:meth:`_one_word_shape`)."""
        parts = self._one_shapes.get(w)
        if parts is None:
            parts = self._one_shapes[w] = self._one_word_shape(w)
        first, lone, shape, letters = parts
        b = a + 1
        if first:
            return _MISC
        if b < len(toks) and toks[b].text in _AWARD_NOUNS and self._award_name(toks, a, b):
            return _MISC
        if lone:
            return _MISC  # "South", "Office", "Stadium", "Organisations" alone are not names
        if "&" in w or toks[a].kind == "num":
            return _ORG  # "P&O", "4"
        if shape is not None:
            return shape
        code = w.replace(".", "")
        if len(code) == 2 and code.isupper() and code.isalpha() and a >= 2 and toks[a - 1].text == "," \
                and self.lex.gazetteer.get(_norm(toks[a - 2].text), ("",))[0] == "LOC":
            return _LOC  # "Washington, DC", "Portland, OR": a state's postal code
        if self._before_region(toks, a, b):
            return _LOC  # "of Barnston, Wirral": a town, then the listed region it lies in
        if toks[a].is_upper or toks[a].kind == "acr":
            return _ORG
        return letters


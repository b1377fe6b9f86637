"""The runs the finder reads in a sentence: its capitalised runs (:meth:`.spans._SpanRules.spans`) with a title's
portfolio or a body's remit written as a list joined into one run and reporters' credits left out. A mixin of
:class:`.finder._Finder` (needs ``self.lex`` and ``spans``).
"""

from __future__ import annotations

from .lexicon import _Lexicon
from .nonnames import joined_after, left_out
from .sentence import _credit_spans, inner_link
from .tokens import _Tok


def _join_runs(spans: list[tuple[int, int]], last_run) -> list[tuple[int, int]]:
    """Return ``spans`` with each run ``k`` for which ``last_run(k)`` gives a later run joined up to that run."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(spans):
        end = last_run(k)
        if end is None:
            out.append(spans[k])
            k += 1
        else:
            out.append((spans[k][0], spans[end][1]))
            k = end + 1
    return out


class _ListedRuns:
    """The runs to read of a sentence (:meth:`_spans_to_read`): a mixin of :class:`.finder._Finder`."""

    lex: _Lexicon
    went_through: bool

    def _spans_to_read(self, toks: list[_Tok], text: str) -> list[tuple[int, int]]:
        """The sentence's capitalised runs (``spans``) with portfolio lists joined and reporters' credits left out
        (``text``: the sentence, for :func:`.sentence._credit_spans`'s cheap first test; the lists only where a run
        went on past a token that is not capitalised: :attr:`.spans._SpanRules.went_through`)."""
        spans = self.spans(toks, text)
        n = len(toks)
        # Both join a run holding "for" or "of" to the runs after it, only through a "," or "and" right after it.
        if len(spans) > 1 and self.went_through and inner_link(toks, spans) and joined_after(toks, spans, n):
            spans = self._remit_lists(toks, self._portfolio_lists(toks, spans))
        credited = _credit_spans(toks, spans, text)
        return left_out(spans, credited) if credited else spans

    def _portfolio_lists(self, toks: list[_Tok], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Join a title's portfolio written as a list to the name after it, as one run:
        "Minister for Children, Young People and Families Margaret Hodge" (the first-name cut then splits it).

        Only after a title followed by "for" or "of", through runs joined by "," or "and", up to the first run
        whose words after the first are a listed first name and a name.
        """
        lex = self.lex

        def last_run(k: int) -> int | None:
            a, b = spans[k]
            portfolio = k + 1 < len(spans) and b < len(toks) and toks[b].text in (",", "and") and any(
                toks[i].text in ("for", "of") and toks[i - 1].text in lex.titles for i in range(a + 1, b - 1))
            if not portfolio:
                return None
            j = k
            while j + 1 < len(spans) and j - k < 4:
                gap = toks[spans[j][1]:spans[j + 1][0]]
                if len(gap) != 1 or gap[0].text not in (",", "and"):
                    return None
                j += 1
                c, d = spans[j]
                if d - c > 5:
                    return None
                if any(toks[i].text in lex.first_names for i in range(c + 1, d - 1)):
                    return j
            return None

        return _join_runs(spans, last_run)

    def _remit_lists(self, toks: list[_Tok], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Join a body's remit written as a list to its name, as one run: "Department for Culture, Media and
        Sport", "Department for Environment, Food and Rural Affairs".

        Only after an organisation word followed by "for" or "of" and one dictionary word; then one or two
        runs after "," and a last one after "and", each of one to three dictionary words ("Department for
        Education, Ofsted and Park View" stays a list: "Ofsted" is no dictionary word).
        """
        lex = self.lex

        def last_run(k: int) -> int | None:
            a, b = spans[k]
            if not (b - a >= 3 and toks[b - 2].text in ("for", "of") and toks[b - 3].text in lex.org_words
                    and b < len(toks) and toks[b].text == "," and toks[b - 1].text.lower() in lex.common_words):
                return None
            j = k
            while j + 1 < len(spans) and j - k < 3:
                gap = toks[spans[j][1]:spans[j + 1][0]]
                c, d = spans[j + 1]
                if len(gap) != 1 or gap[0].text not in (",", "and") or d - c > 3 \
                        or not all(t.text.lower() in lex.common_words and t.text not in lex.first_names
                                   for t in toks[c:d]):
                    return None
                j += 1
                if gap[0].text == "and":
                    return j
            return None

        return _join_runs(spans, last_run)

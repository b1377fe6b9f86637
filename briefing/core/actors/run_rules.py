"""The finder's rules for a run that no list names whole, and the word facts that let a one-word run skip them.

:meth:`_RunRules._rules` is the middle of :meth:`.finder._Finder._analyse_step`'s cascade: it runs after the
listed names and the datelines, and before the run's shape types it (:meth:`.shapes._ShapeRules._type_of`).
Most runs are one word (6,200 of 9,000 in 100k words of news), and for one word most of these rules test only
the word's own text. :meth:`_RunRules._word_facts` reads those tests once per distinct word of the document
(bits of :data:`ONE_WORD_RULES` and the edge trims'), so that a one-word run none of whose bits is set asks
only the rules that read its context (:meth:`_RunRules._one_word_rules`), in the same order.
"""

from __future__ import annotations

from functools import partial

from .clause_roles import GIVEN_NAME_ROLES
from .cues import ROAD_ENDS, titled_road
from .descriptors import _OPENER_NOUNS, common_side, descriptor_opener, listed_org_before_name, trailing_noun
from .glued_titles import glued_title, may_glue
from .lexicon import _Lexicon, _norm
from .newsroom import HONORIFIC_PAIR_FIRST, drop_honorifics, honorific_end, honorific_pair
from .nonnames import party_after
from .place_possessives import possessive_place
from .roles import _is_title, pre_role, run_role
from .sentence import _TITLE_QUALIFIERS, country, _dateline, demonym_lead
from .sentence_modifiers import modifier_opener
from .shape_words import _COMPASS_ALL, _LEGAL_ENDS
from .shapes import _owns_a_record, cause_name
from .tokenizer import _Tok
from .tokens import (_ACRONYM_NOUNS, _COMPANY_ENDS, _CONNECTORS, CORE_TITLES, _EDGE_WORDS, _NAME_PARTICLES,
                     _PEERAGES, EntityMention, _contraction, _contracted)

#: Endings of English adjectives made from other words ("careful", "famous", "helpless", "likeable", "furious").
_ADJECTIVE_ENDS = ("ful", "ous", "less", "able", "ible", "ive", "ish")


def _adjective_form(word: str, lex: _Lexicon) -> bool:
    """True for a dictionary word shaped like an adjective: an adjective ending, or "un" before a dictionary word
    ("unpopular", "unhappy")."""
    return word.endswith(_ADJECTIVE_ENDS) or (word.startswith("un") and word[2:] in lex.common_words)


# Word facts: one bit for each test of a word's own text that a rule asks first. A bit set means "the rule may
# fire for this word"; a bit unset, that its test of the word is False, so the rule cannot fire.
#: :meth:`.finder._Finder._analyse_step`'s left trim: a contraction, a stop word, a noise word, "May", one letter.
LEFT_TRIM = 1
#: Its right trim: an edge word, a contraction, a connector, a noise word, one letter, a trailing noun ("CEO").
RIGHT_TRIM = 2
#: One-word rules of :meth:`_RunRules._rules` that read the word alone, each the rule's whole test of the word:
#: peoples ("Serbs", "Guinean", "Pro-Moscow"), table furniture ("Chg", "M1", "Under-21"; a word in capitals is
#: never skipped), "Frenchman", a common noun in capitals ("SUV"), a road's last word (titled_road), a title
#: word (the title run), a core title (a title without a name).
ONE_PEOPLES, ONE_TABLE, ONE_DEMONYM_NOUN, ONE_ACRONYM_NOUN, ONE_ROAD, ONE_TITLE, ONE_CORE = (1 << i for i in range(2, 9))
#: At the sentence's start: a dictionary or stop word, no first name nor listed name (an unsure word).
ONE_INITIAL_COMMON = 1 << 9
#: Inside a sentence: a plural common noun ("Cubs": a team in a sports report).
ONE_PLURAL = 1 << 10
#: Table furniture for a word in capitals ("EPS", "ORDERS": the part of the test that reads capitals too).
ONE_TABLE_UPPER = 1 << 12
#: The bits of the rules that :meth:`_RunRules._one_word_rules` leaves out (the table's bit: by the word's capitals).
ONE_WORD_RULES = ONE_PEOPLES | ONE_DEMONYM_NOUN | ONE_ACRONYM_NOUN | ONE_ROAD | ONE_TITLE | ONE_CORE
#: Set once the one-word bits are read (:meth:`_RunRules._one_word_facts`: only for a word that makes a run alone).
ONE_KNOWN = 1 << 11
#: Set once the two-word bits are read (:meth:`_RunRules._pair_facts`: only for a word of a two-word run).
PAIR_KNOWN = 1 << 13
#: As a two-word run's first word: a rule of :meth:`_RunRules._rules` testing the first word may fire (a people's
#: word, a title or what may lead one, a listed word or demonym, a noise word, a core title).
PAIR_FIRST = 1 << 14
#: As a two-word run's last word: a title ("the World Bank President"), a road's end, a core title.
PAIR_LAST = 1 << 15
#: As a two-word run's first word at the sentence's start: a descriptor noun ("Charity") or an unsure common word.
PAIR_INITIAL = 1 << 16
#: As a two-word run's first word: a title or a role noun (:meth:`.roles._RoleRules._role_before_person` may fire).
PAIR_ROLE = 1 << 18
#: Set once :data:`PAIR_LAST` is read (:meth:`_RunRules._pair_last`: only for the last word of a two-word run).
PAIR_LAST_KNOWN = 1 << 17
#: Every bit: the facts of a word read as "any rule may fire" (the full cascade; for tests).
ALL_FACTS = (1 << 19) - 1


def _text_tok(w: str, is_upper: bool = False) -> _Tok:
    """A token of text ``w`` alone, for the rules' helpers that read a token's text (and capitals)."""
    t = _Tok()
    t.text, t.start, t.end, t.kind, t.is_cap, t.is_upper = w, 0, len(w), "word", True, is_upper
    return t


def _acronym_noun(w: str) -> bool:
    """True for a common noun written in capitals: "SUV", "SUVs", "CEO" (no actor alone)."""
    return w in _ACRONYM_NOUNS or (w[-1:] == "s" and w[:-1].isupper() and len(w) > 2)


def _peoples_first(w: str, lex: _Lexicon) -> bool:
    """The cheap first test of :meth:`.shapes._ShapeRules._peoples` on a run's first word: a people's word ends in
    "s", "e" or "n" ("Serbs", "Surinamese", "Guinean") unless listed, or is a compass word or hyphenated."""
    return w[-1:] in ("s", "e", "n") or w in lex.demonyms or w in _COMPASS_ALL or "-" in w


class _RunRules:
    """The rules between the listed names and the shape of a run; a mixin of :class:`.finder._Finder`."""

    lex: _Lexicon

    _scratch: tuple[_Tok, _Tok]

    def _scratch_tok(self, w: str, upper: int = 0) -> _Tok:
        """A token of text ``w`` alone (in capitals for ``upper``) for the tests of a word's facts that read a token:
        one of the finder's two, its text set anew (the tests keep no token), not a token made for each word."""
        t = self._scratch[upper]
        t.text, t.end = w, len(w)
        return t

    def _word_facts(self, w: str) -> int:
        """Return the trim facts of the word ``w`` (:data:`LEFT_TRIM`, :data:`RIGHT_TRIM`): made once per distinct
        word of the document by the very tests the trims ask of the word (a trim keeps its own tests: a bit only
        says it may cut the word)."""
        lex = self.lex
        wl = w.lower()
        wq = wl.replace("’", "'") if "’" in wl else wl  # the left trim's form of the word
        f = 0
        if ("'" in wq and _contraction(wq)) or wq in lex.stop_words or w in lex.noise or w == "May" or len(w) == 1:
            f |= LEFT_TRIM
        if wl in _EDGE_WORDS or (("'" in w or "’" in w) and _contracted(w)) or w in _CONNECTORS or w in lex.noise \
                or len(w) == 1 or trailing_noun(self._scratch_tok(w)):
            f |= RIGHT_TRIM
        return f

    def _one_word_facts(self, w: str) -> int:
        """Return the one-word facts of ``w`` (the ``ONE_`` bits, :data:`ONE_KNOWN` among them), each by the very
        test the rule asks of the word; read once per distinct word that reaches :meth:`_rules` alone."""
        lex = self.lex
        wl = w.lower()
        f = ONE_KNOWN
        if _peoples_first(w, lex) and self._peoples([w]):
            f |= ONE_PEOPLES
        if self._table_noise([w], [self._scratch_tok(w)]):  # its part without capitals (a word in capitals is not skipped)
            f |= ONE_TABLE
        if self._table_noise([w], [self._scratch_tok(w, 1)]):
            f |= ONE_TABLE_UPPER
        if self._demonym_noun(w):
            f |= ONE_DEMONYM_NOUN
        if _acronym_noun(w):
            f |= ONE_ACRONYM_NOUN
        if w in ROAD_ENDS:
            f |= ONE_ROAD
        if _is_title(lex, w) or ("-" in w and self._hyphen_title(w)) or w in HONORIFIC_PAIR_FIRST:
            f |= ONE_TITLE
        if w in CORE_TITLES:
            f |= ONE_CORE
        if (wl in lex.common_words or wl in lex.stop_words) and w not in lex.first_names and _norm(w) not in lex.gazetteer:
            f |= ONE_INITIAL_COMMON
        if self._plural_phrase([w]):
            f |= ONE_PLURAL
        return f

    def _pair_facts(self, w: str) -> int:
        """Return the two-word facts of ``w`` as a run's first word (:data:`PAIR_KNOWN`, :data:`PAIR_FIRST`,
        :data:`PAIR_INITIAL`), each by the very first test the rules of :meth:`_rules` ask of the first word of a
        two-word run; read once per distinct word that opens a two-word run.

        :data:`PAIR_FIRST` stands for: the peoples rule (its gate :func:`_peoples_first`, then :meth:`._peoples` of two
        words is True only when the first is a compass word or :meth:`._people_adjective`), the title run's loop (it
        stops at once, with no title, at a first word that is no title, hyphenated title, honorific pair's first word,
        title qualifier, given name's role, demonym, listed word nor noise word), :func:`.sentence.demonym_lead` (a
        listed demonym, for two words), :meth:`._place_before_person` and "Belarus KGB" (a listed place first), and
        :data:`.tokens.CORE_TITLES`. A word with that bit takes the full cascade, so its other bits are not read.
        :data:`PAIR_INITIAL`: :func:`.descriptors.descriptor_opener` and the unsure common word (as
        :data:`ONE_INITIAL_COMMON`; the word is no listed name here). :data:`PAIR_ROLE`: what
        :func:`.clause_roles.role_word` asks of a word's text (a title, a role noun in capitals or not), without which
        :meth:`._role_before_person` of two words is None."""
        lex = self.lex
        if w in lex.demonyms or w in lex.noise or w in CORE_TITLES or w in HONORIFIC_PAIR_FIRST or w in GIVEN_NAME_ROLES \
                or w in _COMPASS_ALL or _is_title(lex, w) or self._title_qualifier(w) or _norm(w) in lex.gazetteer \
                or ("-" in w and self._hyphen_title(w)) or (_peoples_first(w, lex) and self._people_adjective(w)):
            return PAIR_KNOWN | PAIR_FIRST
        f = PAIR_KNOWN
        wl = w.lower()
        if wl in _OPENER_NOUNS or ((wl in lex.common_words or wl in lex.stop_words) and w not in lex.first_names):
            f |= PAIR_INITIAL
        if w in lex.role_nouns or wl in lex.role_nouns or w.rstrip(".") in lex.titles:
            f |= PAIR_ROLE
        return f

    def _pair_last(self, w: str) -> int:
        """Return the two-word facts of ``w`` as a run's last word (:data:`PAIR_LAST_KNOWN`, :data:`PAIR_LAST`: the
        rules of :meth:`_rules` that test the last word of two first, "the World Bank President", a road's last word,
        a core title)."""
        if _is_title(self.lex, w) or w in ROAD_ENDS or w in CORE_TITLES:
            return PAIR_LAST_KNOWN | PAIR_LAST
        return PAIR_LAST_KNOWN

    def _two_word_rules(self, run: tuple, seg: list[_Tok]) -> list | None:
        """:meth:`_rules` for a two-word run: when its first word's facts have no :data:`PAIR_FIRST` (nor
        :data:`PAIR_INITIAL` at the sentence's start) and its last word's no :data:`PAIR_LAST` (most "First Last"
        names), only the rules of :meth:`_rules` that can fire for it, in the same order; else :meth:`_rules`.

        Why the others cannot fire: they need one word or three and more (``b - a == 1``, ``b - a >= 3``, a word
        between the first and the last), or test the first or last word with the result its unset bit records (see
        :meth:`_pair_facts`, :meth:`_pair_last`; the longest listed prefix of a two-word run, ``gaz_prefix``, is 0, so
        :func:`.descriptors.listed_org_before_name` needs a listed first word: "Labour Brown's"). The rules kept read
        the context or the whole run: a listed demonym of two words, table furniture (a word in capitals), a role
        before a name (only after a role word: :data:`PAIR_ROLE`), a dateline, a plural noun or a team's two words
        (a glued title, :func:`.glued_titles.glued_title`, needs three words at least: a title and a name of two)."""
        words = run[6]
        facts = self._word_bits  # (the trims have read both words, unless a flight's number was cut)
        w0, w1 = words
        f = facts.get(w1)
        if f is None or not f & PAIR_LAST_KNOWN:
            f = facts[w1] = (self._word_facts(w1) if f is None else f) | self._pair_last(w1)
        if f & PAIR_LAST:
            return self._rules(run, seg)
        f = facts.get(w0)
        if f is None or not f & PAIR_KNOWN:
            f = facts[w0] = (self._word_facts(w0) if f is None else f) | self._pair_facts(w0)
        if f & (PAIR_FIRST | PAIR_INITIAL if run[7] else PAIR_FIRST):
            return self._rules(run, seg)
        si, text, toks, a, b, surface, words, initial, quotes = run
        lex = self.lex
        if surface in lex.demonyms:
            return self._demonym_run(run)
        if seg[0].is_upper and self._table_noise(words, seg) and not _owns_a_record(toks, b, lex.role_nouns):
            return []  # (its test of two words is False unless the first is in capitals)
        if f & PAIR_ROLE and (cut := self._role_before_person(toks, a, b)):  # (``f``: the first word's facts)
            return ([(a, cut[0])] if cut[0] > a else []) + [self._mk(run, cut[1], b, "PER", role=run_role(toks, a, cut[1], text))]
        if (not a or toks[a - 1].text == ",") and _dateline(toks, a, b):  # (its first test: at 0, or after a comma)
            return [self._mk(run, a, b, "LOC")]
        if (not initial and self._plural_phrase(words) and not (b < len(toks) and toks[b].text == ":")) \
                or (common_side(lex, toks, a, b) and not (words[0] in lex.first_names and self._model_type(toks, a, b) == "PER")):
            return [self._mk(run, a, b, None, kind="plural")]
        return None

    def _demonym_run(self, run: tuple) -> list:
        """The mentions of a run that is a listed demonym ("the Nazi party", "German")."""
        si, text, toks, a, b, surface, words, initial, quotes = run
        key = self.lex.demonyms[surface]
        if not key and party_after(toks, a, b):
            return [self._mk(run, a, b + 1, "ORG")]  # "the Nazi party": a movement's adjective names its party
        return [self._mk(run, a, b, "LOC", "demonym", key)] if key else []

    def _glued_run(self, run: tuple, g: tuple) -> list:
        """The parts and the titled person of a run with a glued title (:func:`.glued_titles.glued_title`'s ``g``)."""
        si, text, toks, a, b, surface, words, initial, quotes = run
        return ([(a, g[0])] if g[0] > a else []) + [self._mk(run, g[1], b, "PER", role=text[toks[g[2]].start:toks[g[3] - 1].end])]

    def _one_word_rules(self, run: tuple, facts: int) -> list | None:
        """:meth:`_rules` for a one-word run whose word's ``facts`` have none of :data:`ONE_WORD_RULES` nor the
        table's bit (:data:`ONE_TABLE`, or :data:`ONE_TABLE_UPPER` for a word in capitals), and is no listed
        demonym: the rules of :meth:`_rules` that can fire for it, in the same order.

        Why the others cannot fire: they need two words or more (``b - a > 1``, a title's complement, a first
        name after the run's first word), or test the word's text first, with the result that its unset bit
        records; a glued title (:func:`.glued_titles.glued_title`) needs a title and a name of two words, three words
        at least. The rules kept read the context (the sentence's start, a dateline, a colon after the run) or have
        their bit tested here (an unsure common word at the sentence's start, :data:`ONE_INITIAL_COMMON`; a plural
        noun inside it, :data:`ONE_PLURAL`)."""
        si, text, toks, a, b, surface, words, initial, quotes = run
        if initial:
            if modifier_opener(self.lex, toks, a):
                return []  # "Charity boss Ann Lee", "Defence lawyers argued": a modifier of a noun of people
            if facts & ONE_INITIAL_COMMON:
                return [self._mk(run, a, b, None, unsure=True)]  # "Yesterday": a common word opening the sentence
        if (not a or toks[a - 1].text == ",") and _dateline(toks, a, b):  # (its first test: at 0, or after a comma)
            return [self._mk(run, a, b, "LOC")]  # a wire dateline: "MINSK (Reuters)"
        if not initial and facts & ONE_PLURAL and not (b < len(toks) and toks[b].text == ":"):
            return [self._mk(run, a, b, None, kind="plural")]  # "the Cubs": a team only in a sports report
        return None

    def _rules(self, run: tuple, seg: list[_Tok]) -> list | None:
        """Return the mentions and parts of the run when one of these rules types or splits it, else None (its shape
        types it then)."""
        si, text, toks, a, b, surface, words, initial, quotes = run
        lex = self.lex
        # The longest listed name at the run's start, read once for the rules below (:meth:`_gaz_prefix`): the whole
        # run is no listed name (the caller has looked it up), so its longest is the longest of the run less its last.
        gaz_prefix = self._gaz_prefix(text, toks, a, b - 1) if b - a > 2 else 0
        # (A listed body and a name take two words at least: no call for one.)
        cut = b - a > 1 and listed_org_before_name(lex, text, toks, a, b, gaz_prefix)
        if cut:
            # "House of Representatives Wahono": a listed body, then the name of one of its people.
            return [(a, cut), self._mk(run, cut, b, "PER", shape_type="PER/after-org")]
        if surface in lex.demonyms:
            key = lex.demonyms[surface]
            if not key and party_after(toks, a, b):
                return [self._mk(run, a, b + 1, "ORG")]  # "the Nazi party": a movement's adjective names its party
            return [self._mk(run, a, b, "LOC", "demonym", key)] if key else []
        if _peoples_first(words[0], lex) and self._peoples(words):
            return []  # "Indonesians", "Irish Americans", "Guinean", "US-German", "Pro-Moscow": peoples, not actors
        if self._table_noise(words, seg) and not _owns_a_record(toks, b, lex.role_nouns):
            return []  # "PCT GB", "Chg", "M1", "PAYING AGENT": table and report furniture
        if b - a == 1 and self._demonym_noun(words[0]):
            return []  # "Frenchman", "Scotsmen": a person described by nationality, not a name
        if b - a == 1 and _acronym_noun(words[0]):
            return []  # common nouns written in capitals: "SUV", "SUVs", "CEO"
        if b - a >= 2 and _is_title(lex, words[-1]) and toks[b - 1].kind in ("word", "abbr") and not self._clipped_last(toks, b - 1, b):
            p = a  # (loops, not generators, in this method: a generator made ``toks`` a cell at each call)
            while p < b and toks[p].text in _TITLE_QUALIFIERS:
                p += 1
            if p < b - 1 and _norm(text[toks[p].start:toks[b - 2].end]) in lex.gazetteer:
                return [(p, b - 1)]  # "Former South Carolina Gov .", "the World Bank President said": no name follows
        if words[-1] in ROAD_ENDS and titled_road(toks, a, b, lex):
            return [self._mk(run, a, b, "LOC")]  # "Prince of Wales Rd", "King Edward Avenue": a street named after a person
        if b - a == 3 and toks[a].text in lex.titles and possessive_place(lex, toks, a, a + 1) == b:
            return [self._mk(run, a, b, "LOC")]  # "King's Cross", "Bishop's Wood": a title owning a noun of the land, no person
        if toks[a].text in _PEERAGES and a + 2 < b and toks[a + 1].text == "of" and toks[a].text not in lex.noise:
            return [self._mk(run, a, b, "PER")]  # "Earl of Wessex", "Duchess of Cambridge": a peer named by title and place
        if may_glue(toks, a, surface, words) and (g := glued_title(lex, toks, a, b)):
            return self._glued_run(run, g)  # "Lindmark CEO Rajiv Menon", "Leader of the Opposition Keir Starmer"
        # Title run: "Russian President Vladimir Putin", "Prime Minister Tony Blair", "Mr Howard".
        t0 = q0 = None
        for i in range(a, b):
            w = toks[i].text  # _title_word, and _hyphen_title only for a hyphen (cheap tests first)
            if ((_is_title(lex, w) or ("-" in w and self._hyphen_title(w))) and not self._clipped_last(toks, i, b)) \
                    or (w in HONORIFIC_PAIR_FIRST and honorific_pair(toks, i, b)):  # "Tan Sri": "Tan" opens it
                t0 = i
                break
            if self._title_qualifier(w) or (w in GIVEN_NAME_ROLES and i + 1 < b and _is_title(lex, toks[i + 1].text)):
                q0 = i if q0 is None else q0  # "Defence Minister", "Co-Premiers Prince", "Emir Sheikh Tamim": lead a title
                continue
            if w in lex.demonyms or _norm(w) in lex.gazetteer or w in lex.noise:
                q0 = None  # a noise word leads a title too: "the Sunday Times Mr Campbell"
                continue
            break
        if t0 is not None:
            lead = t0 if q0 is None else q0  # what leads the title: "Defence" in "Defence Minister"
            t1 = t0
            while t1 < b and (_is_title(lex, toks[t1].text) or self._hyphen_title(toks[t1].text)
                              or toks[t1].text in _TITLE_QUALIFIERS):
                t1 += 1
            t1 = honorific_end(toks, t1, b)  # "Datuk Seri Ahmad Fauzi": a two-word honorific
            if t1 == t0 + 1 and toks[t0].text in _PEERAGES and t1 + 1 < b and toks[t1].text == "of" \
                    and toks[t0].text not in lex.noise:
                # "Duke of Kent", "Prince of Wales": the title is the name; "of Kent" alone is a fragment.
                return ([(a, t0)] if t0 > a else []) + [self._mk(run, t0, b, "PER")]
            if t1 == t0 + 1 and t1 + 1 == b and toks[t0].text in ("Lord", "Lady", "Baroness", "Baron") \
                    and toks[t1].kind == "word":
                # "Lord Woolf": a peer known by one name is called by title and name together.
                return ([(a, t0)] if t0 > a else []) + [self._mk(run, t0, b, "PER", honorific=toks[t0].text)]
            if t1 < b and toks[t1].text in _CONNECTORS:
                # "Secretary of State Madeleine Albright": a complement runs to a first name (else roles.py).
                first = None
                for i in range(t1 + 1, b):
                    if toks[i].text in lex.first_names and b - i <= 3 and toks[i - 1].is_cap and all(t.is_cap for t in toks[i:b]):
                        first = i
                        break
                if first is None and toks[t1].text in ("of", "for"):
                    return self._portfolio_person(text, toks, a, t0, t1, b, partial(self._mk, run))
                t1 = b if first is None else first
            elif t1 == b - 1 and self._common_phrase(words[-1]):
                return [(a, t0)] if t0 > a else []  # "General Election", "Major Incident": a phrase, not a titled person
            if b - t1 >= 3 and t1 == t0 + 1 and toks[t0].text.rstrip(".") in ("Mr", "Mrs", "Ms", "Miss", "Dr") \
                    and toks[t1].text.lower() in lex.common_words and toks[t1].text not in lex.first_names \
                    and _adjective_form(toks[t1].text.lower(), lex):
                t1 += 1  # "Mr Unpopular Bubba Watson": a headline's adjective between the honorific and the name
            if t1 < b and not self._org_like(words[t1 - a:]):
                out: list[EntityMention | tuple[int, int]] = []
                if lead > a:
                    # The prefix holds no title (the loop above stops at the first), so this goes one level deep.
                    out.extend(self._analyse_span(si, text, toks, a, lead))
                role = text[toks[a if lead > a and self._prefix_is_role(toks[a:lead]) else lead].start:toks[t1 - 1].end]
                honor = toks[t0].text.rstrip(".")
                honor = honor if honor in ("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lady", "Lord", "Sheikh") else ""
                pre = pre_role(self.lex, toks, a if not out else t0, text)
                if honor and honor not in ("Sir", "Dame", "Lord", "Lady"):
                    role = pre
                elif honor and role.split()[-1].rstrip(".") == honor:
                    # An honorific is never a role nor part of one: "British ambassador Sir John Holmes".
                    role = role[:len(role) - len(role.split()[-1])].rstrip()
                    role = pre if pre and not role.startswith(pre) else role
                elif pre and not role.startswith(pre):
                    role = f"{pre} {role}" if pre.split()[-1] != role.split()[0] else pre
                if role and not pre and a > 0 and toks[a - 1].text[:3].lower() == "ex-" and toks[a - 1].text[3:4].isupper():
                    role = f"{toks[a - 1].text} {role}"  # "ex-Home Secretary": the whole former title
                out.append(self._mk(run, t1, b, "PER", role=drop_honorifics(role), honorific=honor))
                return out
            if t1 >= b:
                if b - a == 1 and words[0] in lex.surnames and not (a > 0 and toks[a - 1].text.lower() in _EDGE_WORDS):
                    # "King said": a title that is also a surname is the person only when the text
                    # names someone with it ("Billie Jean King"); the resolver drops it otherwise.
                    return [self._mk(run, a, b, None, title_word=True)]
                return [(a, lead)] if lead > a else []  # a lone title is no name, what leads it is: "the Ohio Governor said"
        if b - a >= 2 and (d := demonym_lead(lex, words)) and not self._org_like(words) and not self._loc_like(words) \
                and not self._first_name_before_name(toks, a, b) and not (b - a - d >= 2 and self._plural_phrase(words[d:])):
            # "Australian Tom Moody": a nationality, then the name ("New Yorker Ann Lee": the demonym is no actor);
            # not before common words ending in a plural noun, the name goes on: "Baltic Link Lines", a firm.
            return [(a, a + 1), (a + 1, b)] if d == 1 else [(a + d, b)]
        if b - a >= 3 and words[-1] in _COMPANY_ENDS and toks[a].is_upper \
                and country(lex, words[0]):
            return [(a, a + 1), (a + 1, b)]  # "US Carnival Corporation": the country, then the company
        cut = b - a > 1 and self._place_before_person(text, toks, a, b, gaz_prefix)  # (its first test: two words at least)
        if cut:
            return [(a, cut), (cut, b)]  # "New York Zara Phillips", "Iraq Al-Hashimi": a place, then a person
        if b - a > 1 and (cut := self._role_before_person(toks, a, b)):  # "Franklin County Prosecutor Ron O'Brien": role, head apart
            return ([(a, cut[0])] if cut[0] > a else []) + [self._mk(run, cut[1], b, "PER", role=run_role(toks, a, cut[1], text))]
        for i in range(a + 1, b - 1):
            # "Director of Public Prosecutions Alison Saunders": a first name starts the person.
            # A listed one-word body before a first name is the person's party, even when also a first name: "Tory Ann Lee".
            if toks[i].text in lex.first_names and toks[i - 1].is_cap and (toks[i - 1].text not in lex.first_names or (
                    i - 1 == a and b - i == 2 and lex.gazetteer.get(_norm(toks[a].text), ("",))[0] == "ORG")) \
                    and toks[i].text.lower() not in _NAME_PARTICLES \
                    and b - i <= 3 and all(t.is_cap for t in toks[i:b]) and not self._org_like(words[i - a:]) \
                    and (words[-1] not in lex.loc_last or (i == a + 1 and words[0].lower() in lex.role_nouns)) and gaz_prefix <= i - a \
                    and not self._place_word_after_place(toks, i):  # not inside a listed name: "San Diego Padres"; "Striker Leon Abbey": a role
                pre = text[toks[a].start:toks[i - 1].end]
                role = pre if not (CORE_TITLES.isdisjoint(words[:i - a]) and lex.titles.isdisjoint(words[:i - a])) or self._org_like(words[:i - a]) or (i == a + 1 and words[0].lower() in lex.role_nouns) else ""
                before: list = [] if any(w in CORE_TITLES for w in words[:i - a]) else [(a, i)]
                return before + [self._mk(run, i, b, "PER", role=role)]
        if not CORE_TITLES.isdisjoint(words):
            return []  # a title without a name: "State Minister for National Development Planning"
        # A leading country or nationality before an acronym: "Belarus KGB".
        if b - a == 2 and (words[0] in lex.demonyms or lex.gazetteer.get(_norm(words[0]), ("", ""))[0] == "LOC"):
            if toks[a + 1].is_upper and toks[a + 1].text not in lex.org_words and toks[a + 1].text not in _LEGAL_ENDS:
                return [(a, a + 1), (a + 1, b)]  # not "Aberdeen FC", "Leeds PLC": a club's or firm's ending
        # Sentence-initial common word glued to a name: "Yesterday Tony Blair", "Related article".
        if b - a > 1 and initial and descriptor_opener(lex, toks, a):
            return [(a + 1, b)]  # "Charity Bite-Back, which campaigns": the noun says what the name is
        if b - a == 1 and initial and modifier_opener(lex, toks, a):
            return []  # "Charity boss Ann Lee", "Defence lawyers argued": a modifier of a noun of people
        if initial and (words[0].lower() in lex.common_words or words[0].lower() in lex.stop_words) \
                and words[0] not in lex.first_names and _norm(words[0]) not in lex.gazetteer:
            if b - a == 1:
                m = self._mk(run, a, b, None, unsure=True)
                return [m]
            if not self._org_like(words) and not self._loc_like(words) and not gaz_prefix \
                    and self._glued_initial(toks, a, b):
                return [(a + 1, b)]
        if (not a or toks[a - 1].text == ",") and _dateline(toks, a, b):  # (its first test: at 0, or after a comma)
            return [self._mk(run, a, b, "LOC")]  # a wire dateline: "AL-AIN , United Arab Emirates", "MINSK (Reuters)"
        if b - a >= 3 and cause_name(words):
            return [self._mk(run, a, b, "ORG")]  # "Reporters Without Borders": a body named for its cause
        if (not initial and self._plural_phrase(words) and not (b < len(toks) and toks[b].text == ":")) \
                or (2 <= b - a <= 3 and common_side(lex, toks, a, b)  # unless a first name the tagger reads as a player ("Mark Roe 72")
                    and not (words[0] in lex.first_names and self._model_type(toks, a, b) == "PER")):
            return [self._mk(run, a, b, None, kind="plural")]  # "the Cubs", "Blue Jays", "Red Star 3": a team only in a sports report
        if b - a == 3 and possessive_place(lex, toks, a, a + 1) == b:
            return [self._mk(run, a, b, "LOC")]  # "Land's End", "Devil's Dyke": a place named with a possessive
        return None

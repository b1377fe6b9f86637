"""The rule-based mention finder: capitalised spans typed by the lexicon and by context (titles, verbs, places).

Where the spans start and end is :mod:`.spans`; this module types them and keeps the document's memory.
"""

from __future__ import annotations

from .cues import capital_post, label_colon, quote_state, set_cues, speaker_label, speaker_title, will_name
from .descriptors import flight_cut, group_possessive, org_cue, sport_body, told_the, trailing_noun
from .dropped_runs import CANDIDATE, kept_run
from .family_names import family_name_run, keeps_last_given
from .known import _KnownNames
from .lexicon import _Lexicon, _norm
from .newsroom import label_runs
from .nonnames import (_FOLLOWER_ENDS, anonymous_label, follower_adjective, left_out, let_runs, lettered_title,
                       pronoun_title)
from .one_word_types import _OneWordTypes
from .persons import _PersonRules
from .people_plurals import people_run
from .run_rules import (LEFT_TRIM, ONE_KNOWN, ONE_TABLE, ONE_TABLE_UPPER, ONE_WORD_RULES, RIGHT_TRIM, _adjective_form,
                        _RunRules, _text_tok)
from .listed_runs import _ListedRuns
from .roles import _RoleRules, appositive, attach_appositions, pre_appositive, pre_role
from .sentence import country, _dateline, _dateline_start, _sentence_mode, _single_letter, demonym_lead, venue_cue
from .shapes import _ShapeRules
from .spans import _linked_end, _SpanRules
from .title_appositions import capital_title_before
from .tagger import fill_context, get_tagger, name_type, run_type
from .tokens import (_CLAUSE_WORDS, _CONNECTORS, _EDGE_WORDS, _MAX_RUN, _NUMBER_WORDS, _OPENERS, _QUOTES,
                     EntityMention, _contraction, _contracted, _credit_start, _new, _Tok, _tokenize, new_mention)


#: Role nouns that an organisation may hold too: "Its owner, Kestrel Maritime, said", "the broadcaster, ITV,".
_FIRM_ROLE_NOUNS = frozenset(["owner", "developer", "broadcaster", "maker", "dealer", "trader", "agent", "star",
                              "champion", "rebel", "head", "official", "producer", "leader", "founder", "player"])
_ARABIC_ARTICLES = ("Al-", "al-", "El-", "el-")  # "Al-Hashimi": an Arabic article opens a person's name
#: Tokens after which a sentence starts again: quotes, a bracket, a colon, a lost sentence break ("? How much").
_STARTERS = frozenset(["“", "‘", '"', "(", ":", "?", "!", "."])


class _Finder(_RunRules, _SpanRules, _OneWordTypes, _ShapeRules, _PersonRules, _RoleRules, _ListedRuns, _KnownNames):
    """Rule-based mention finder over one article (keeps document-level memory)."""

    def __init__(self, lex: _Lexicon) -> None:
        self.lex = lex
        self._quote_toks: list[_Tok] | None = None
        self._ctx_toks: list[_Tok] | None = None
        self._ctx: list = []
        self._ctx_words: list[str] = []
        self._quote_state: list[bool] = []
        self._run_types: dict[tuple[int, int], str] = {}  # the tagger's answers for the sentence's runs (_model_type)
        # Two tokens (their text set for each word, one in capitals) for the word tests that read a token
        # (_word_facts, _one_word_facts): none made for each word.
        self._scratch = (_text_tok(""), _text_tok("", True))
        # One string per distinct word for the sentence words that mentions keep (``model_src``) until
        # the resolver asks the tagger: a long report's words repeat (300k words: about 8 MB less).
        self._same: dict[str, str] = {}
        self._word_bits: dict[str, int] = {}  # the document's words' facts (see _analyse_step)
        self._cue_words: dict[str, int] = {}  # the document's words' flags beside a name (see cues.set_cues)
        self._one_shapes: dict[str, tuple] = {}  # the shape's answers for the document's one-word runs' words
        self._lone_stops = frozenset(w for w in _EDGE_WORDS if w in lex.stop_words and w not in _NUMBER_WORDS)  # see find

    # -- one sentence ------------------------------------------------------

    def find(self, sent_index: int, text: str, known: dict[str, tuple[str | None, str | None]],
             toks: list[_Tok] | None = None, mode: str | None = None) -> list[EntityMention]:
        """Return the mentions of one sentence (``known`` holds names already seen in the document)."""
        if toks is None:
            toks = _tokenize(text)
        if not toks:
            return []
        if mode is None:
            mode = _sentence_mode(toks, self.lex, headline=sent_index < 0)
        if mode != "normal":
            return self._find_known(sent_index, text, toks, known, mode)
        out: list[EntityMention] = []
        credit = _credit_start(text)
        runs = self._spans_to_read(toks, text)  # without reporters' credits, portfolio lists joined
        # Runs that name no actor, found in this one walk of the runs (not one walk for each kind): a title with a
        # pronoun ("Promise Me You Will Shoot Yourself", in the loop); "Let's Move" (only in a sentence holding
        # "Let"); "(NASDAQ: CRVN)", "(D-Minn.)" (only with a bracket or a hyphen: :func:`.newsroom.label_runs`).
        # Each of the two sets is made from all the runs, as :func:`.nonnames.slogan_runs` and label_runs make them.
        works = label_runs(toks, runs, text) if "-" in text or "(" in text else None
        if "Let" in text:
            works = let_runs(toks, runs) | works if works else let_runs(toks, runs)
        if works:
            runs = left_out(runs, works)
        n, lone_stops = len(toks), self._lone_stops
        slash = "/" in text  # (a token "/" is a piece of the text: none beside any run without one)
        for a, b in runs:
            first = toks[a]
            if (b - a == 1 and not first.is_upper and first.text.lower() in lone_stops) \
                    or (b - a > 2 and pronoun_title(toks, a, b)) \
                    or (credit is not None and first.start >= credit) \
                    or (slash and ((a and toks[a - 1].text == "/") or (b < n and toks[b].text == "/"))):  # "AFP/Getty Images", "Reuters/Pool": a credit line
                continue  # a lone stop word ("The", "But": _analyse_step trims it away), a photo credit ("Photo: X / AFP")
            if b - a > _MAX_RUN:
                # No name is this long: a run of capitals in a list or junk. Match listed names only,
                # which keeps the work linear in the run's length.
                found = self._find_known(sent_index, text, toks[a:b], {}, "title")
            else:
                found = self._analyse_step(sent_index, text, toks, a, b)
                if found and (len(found) > 1 or type(found[0]) is tuple):
                    found = self._analyse_span(sent_index, text, toks, a, b, found)  # parts left to analyse
            if a and b < n and toks[a - 1].text in _QUOTES and toks[b].text in _QUOTES:  # _quoted
                for m in found:
                    m.quoted = True  # the run fills a quotation: a word or a title of a work in quotes
            out.extend(found)
        if out:  # (most sentences without a name: no call)
            attach_appositions(self.lex, toks, text, out)  # "Officer Ann Lee, spokesman for X,": the role beside the name
        return out

    def _initial(self, toks: list[_Tok], a: int) -> bool:
        """True when token ``a`` starts the sentence (after any opening quotes or brackets)."""
        k = a - 1
        if k < 0:
            return True
        t = toks[k]
        if t.text in _STARTERS:
            return True  # quoted speech, brackets and a lost sentence break ("? How much") start sentences
        while t.kind == "punct" and t.text in _OPENERS:
            if t.text in ":“‘\"":
                return True  # "said: 'Without any warning": a quotation opens after the colon
            k -= 1
            if k < 0:
                return True
            t = toks[k]
        return False

    def _analyse_span(self, si: int, text: str, toks: list[_Tok], a: int, b: int, first: list | None = None) -> list[EntityMention]:
        """Turn one capitalised run ``toks[a:b]`` into zero or more typed mentions (``first``: its
        :meth:`_analyse_step` when the caller has it already).

        Runs are split into parts with an explicit work stack, not by recursion:
        ``"Russian " * 1000`` before a name must not exhaust Python's stack (issue 18).
        """
        if first is None:
            first = self._analyse_step(si, text, toks, a, b)
        if not first or (len(first) == 1 and type(first[0]) is not tuple):
            return first  # most runs: one name or none, already the answer
        out: list[EntityMention] = []
        stack: list[EntityMention | tuple[int, int]] = list(reversed(first))
        while stack:
            item = stack.pop()
            if isinstance(item, EntityMention):
                out.append(item)
            else:
                stack.extend(reversed(self._analyse_step(si, text, toks, *item)))
        return out

    def _analyse_step(self, si: int, text: str, toks: list[_Tok], a: int, b: int) -> list[EntityMention | tuple[int, int]]:
        """Analyse ``toks[a:b]`` one step: mentions, and ``(start, end)`` parts still to analyse, in text order.

        Trims edge words, then tries in order: a listed name, a nationality,
        a title before a person, a nationality or country prefix, a person
        inside a longer run, a sentence-initial common word, a dateline, and
        finally the shape of the name itself (:meth:`_type_of`).
        """
        lex = self.lex
        last = toks[b - 1].text  # (cheap first tests: "ite" in the word before endswith, a final "s" for people_run)
        if (b - a == 2 and len(last) == 1 and anonymous_label(toks, a, b, lex)) or ("ite" in last and last.endswith(_FOLLOWER_ENDS) and follower_adjective(last, lex)):
            return []  # "Nurse A" (a label for an unnamed person), "Brownite" (a faction's adjective)
        if last[-1:] == "s" and people_run(lex, toks, a, b):
            return []  # "Regime Germans", "Loyal Regime Syrians": a group of people, no actor
        # Trim stop words, noise words and sentence-initial common words from the edges. A word whose facts
        # (:meth:`_word_facts`, once per distinct word) have no trim bit stops a loop at once: its tests are False.
        facts = self._word_bits
        while a < b:
            t = toks[a]
            w = t.text
            fa = facts.get(w)
            if fa is None:
                fa = facts[w] = self._word_facts(w)
            if not fa & LEFT_TRIM:
                break
            wl = w.lower()
            if "’" in wl:
                wl = wl.replace("’", "'")
            if "'" in wl and _contraction(wl):
                a += 1  # "We've", "They’re", "Don't": a contraction, never part of a name
                continue
            if wl in lex.stop_words and not toks[a].is_upper and not (w == "All" and b - a > 1 and not self._initial(toks, a)) \
                    and (wl in _EDGE_WORDS or "'" in wl or "’" in wl or self._initial(toks, a)) \
                    and (wl == "the" or not (self._gaz_prefix(text, toks, a, b) or (b - a > 2 and toks[a + 1].text.endswith("er") and demonym_lead(lex, [x.text for x in toks[a:a + 3]])))) \
                    and not (wl in _NUMBER_WORDS and a > 0 and toks[a - 1].is_cap) and not (w == "Will" and will_name(toks, a, b, lex)):
                a += 1
                continue
            if (w in lex.noise and not self._title_before_name(toks, a, b) and not self._named_with(toks, a, b)
                    and not self._first_name_before_name(toks, a, b) and not group_possessive(toks, a, b)
                    and not sport_body(lex, toks, a, b) and not (b - a == 1 and told_the(toks, a))) \
                    or (w == "May" and self._month_may(toks, a)) \
                    or (len(w) == 1 and t.kind == "word" and not lettered_title(toks, a, b, lex)):  # _single_letter
                a += 1
                continue
            break
        while b > a:
            # The cheap tests first: an apostrophe before _contracted, a capital or a final "s" before trailing_noun.
            t = toks[b - 1]
            w = t.text
            f = facts.get(w)
            if f is None:
                f = facts[w] = self._word_facts(w)
            if not f & RIGHT_TRIM:
                break
            wl = w.lower()
            if (wl in _EDGE_WORDS or ("'" in w or "’" in w) and _contracted(w) and not t.is_upper and wl not in _NUMBER_WORDS
                    or w in _CONNECTORS or (w in lex.noise and not org_cue(lex, toks, b - 1, b) and not sport_body(lex, toks, a, b))
                    or (len(w) == 1 and t.kind == "word") or (b - a > 1 and (t.is_upper or w[-1:] == "s") and trailing_noun(t))) \
                    and not self._regnal(toks, a, b) and not self._letter_name(toks, a, b) \
                    and not keeps_last_given(toks, a, b, lex):  # "Nguyen Van An", "Mr An"
                b -= 1
                continue
            break
        if b - a > 1 and "Flight" in (toks[b - 1].text, toks[b - 2].text) and (c := flight_cut(toks, a, b)):
            b = c  # "Germanwings Flight 9525": the carrier, not its flight
        if a >= b:
            return []
        if b - a > 2:
            for i in range(a + 1, b - 1):
                if toks[i].text.lower() in _CLAUSE_WORDS and toks[i].kind == "word" and not toks[i].is_upper:
                    # "Corfu While Ann Jones": a clause word never sits inside a name; split the run there.
                    return [(a, i), (i, b)]
        # (_initial's cheap first test in place: a run after a word or a number, most runs, starts no sentence.)
        initial = not a or ((toks[a - 1].kind == "punct" or toks[a - 1].text in _STARTERS) and self._initial(toks, a))
        seg = toks[a:b]
        first, last_tok = seg[0], seg[-1]
        # (Most runs are one or two words: their list made directly, not by a comprehension's function and frame.)
        words = [first.text] if b - a == 1 else [first.text, last_tok.text] if b - a == 2 else [t.text for t in seg]
        surface = text[first.start:last_tok.end]
        k = _norm(surface)
        quotes = self._quote_state if self._quote_toks is toks else self._quotes(toks, text)

        run = (si, text, toks, a, b, surface, words, initial, quotes)  # what _mk reads of this run

        if b - a == 1 and ((not a and speaker_title(toks, a, b, lex))  # (the first tests of both)
                           or (b + 1 < len(toks) and toks[b].text == "of" and capital_post(toks, a, b, lex))):
            return []  # "DR." opening "DR. OKAFOR:" (the label's title); "the Head of BBC Sport" (a post, no person)
        if toks[a].is_upper and label_colon(toks, b) and (sp := speaker_label(toks, a, b, lex))[0] >= 0:
            return [self._mk(run, sp[0], b, "PER", role=sp[1], honorific=sp[2])]  # "CHAIRMAN ROBERTS:" opening a transcript's line
        if b - a >= 3 and self.linked and k not in lex.gazetteer and _linked_end(toks, a + 1, self.linked):
            return [self._mk(run, a, b, "ORG")]  # "War on Want", "Friends of the Earth": a name written with its link word
        # Whole span known?
        if k in lex.gazetteer:
            typ, key = lex.gazetteer[k]
            m = self._mk(run, a, b, typ, key=key)
            if k in lex.club_towns:
                # "Leeds", "Milan": the club in a sports report (see teams._club_towns), but the town
                # in a dateline and after a place noun ("the Milan stock market").
                m.club_town = True
                if m.place_noun or _dateline(toks, a, b):
                    m.type, m.key = "LOC", lex.club_towns[k]
            return [m]
        if b - a == 2 and _single_letter(toks[a]) and lettered_title(toks, a, b, lex):
            return [self._mk(run, a, b, None, "misc")]  # "The X Factor": a show's title, no actor
        if b - a == 2 and sport_body(lex, toks, a, b):
            return [self._mk(run, a, b, "ORG")]  # "UK Athletics", "Tennis Australia": a sport's national body
        if (a == 0 and toks[0].is_upper and _dateline_start(toks) == b) or (a > 1 and toks[a - 1].text == "," and _dateline(toks, a, b)):
            # "NICE , France 1996-08-30", "ROCHESTER , N.H. 1996-08-30": a dateline's town and region.
            return [self._mk(run, a, b, "LOC")]
        # A one-word run whose word's facts say that no rule of _rules testing the word alone can fire asks only
        # the rules that read its context (``fa``: the facts of toks[a], from the left trim).
        if b - a == 1 and not fa & ONE_KNOWN:
            fa = facts[toks[a].text] = fa | self._one_word_facts(toks[a].text)
        if b - a == 1 and not fa & (ONE_WORD_RULES | (ONE_TABLE_UPPER if toks[a].is_upper else ONE_TABLE)) \
                and surface not in lex.demonyms:
            found = self._one_word_rules(run, fa)
        elif b - a == 2:
            found = self._two_word_rules(run, seg)  # most "First Last" names: only the rules their words' facts allow
        else:
            found = self._rules(run, seg)
        if found is not None:
            return found
        typ, kind = self._type_of_one(words[0], toks, a) if b - a == 1 else self._type_of(words, toks, a, b)
        if kind == "misc" and (words[-1] in lex.event_words or not org_cue(lex, toks, a, b)):  # "club Standard Liege"
            # Dictionary words ("Think Secret"): a candidate the document may show to be an actor (dropped_runs).
            return [self._mk(run, a, b, None, CANDIDATE)] if kept_run(words, toks, a, b, lex) else []
        m = self._mk(run, a, b, typ)
        if kind == "common" and pre_role(self.lex, toks, a, text):
            typ, kind = "PER", "weak"  # "Halden Kickers defender Emir Vukic": a role noun before it makes a person
            m.type = typ
        m.shape_type = f"{typ}/{kind}"
        # The tagger is asked only where its answer is used: now for a shape-only person, later
        # (and only if no merge settles it) for a lone untyped word; see EntityMention.model_type.
        if kind == "weak":
            m.model_type = self._model_type(toks, a, b)
        elif typ is None:
            m.model_src = (self._words(toks), a, b)
        if (m.aged or m.person_cue or (kind == "common" and m.entrant == 1)) and kind in ("name", "common") \
                and (m.type == "ORG" or (m.type == "LOC" and b - a >= 2 and (m.aged or m.person_cue))) and b - a <= 3 \
                and not self._org_like(words) and not toks[a].is_upper and not any(t.kind == "num" for t in seg):
            m.type, kind = "PER", "weak"  # an age, a relative's noun, an entrant: "Severine Potty , 19 --", "Guy Forget ( France )"
        if kind == "weak" and (m.model_type == "ORG" or (a > 0 and toks[a - 1].text.lower() == "the")) \
                and not (m.aged or m.person_cue):
            # Two or three capitalised words typed a person only by their shape ("Royal Caribbean",
            # "Ask Jeeves"): the tagger's context and affix evidence decides (measured: tune and testa).
            m.type, m.weak, kind = "ORG", False, "name"
        m.weak = kind == "weak" and seg[0].kind != "init"  # typed a person by default, not by a first name or an initial
        if (typ is None or m.weak) and b + 1 < len(toks) and toks[b].text in lex.role_nouns and toks[b + 1].is_cap:
            # "Bayer Leverkusen defender Emir Spahic": the run names the person's organisation.
            m.type, m.weak = "ORG", False
        if (m.place_noun or (m.weak and venue_cue(m, toks, a))) and m.type is not None and (m.weak or kind == "common" or m.type == "ORG") \
                and not self._org_like(words) and not toks[a].is_upper:
            m.type, m.weak = "LOC", False  # "the coastal town of Bou Haroun": grammar names a place
        if m.type == "PER":
            m.role = pre_role(self.lex, toks, a, text) or appositive(self.lex, toks, b, text) \
                or capital_title_before(self.lex, toks, a, b, text)  # "The Taoiseach, Micheal Martin,"
        elif m.type is None and a > 0 and toks[a - 1].text in self.lex.role_nouns:
            m.role = pre_role(self.lex, toks, a, text)  # "Kenton manager Darrel": a lone word typed later
        elif m.type is None and b - a <= 3 and a > 1 and toks[a - 1].text == "," \
                and toks[a - 2].text in self.lex.role_nouns and toks[a - 2].text not in _FIRM_ROLE_NOUNS \
                and not self._org_like(words) and (role := pre_appositive(self.lex, toks, a, b, text)):
            m.type, m.role = "PER", role  # "The emir, Tamim, said": a name set between commas after a title names a person
        return [m]

    def _mk(self, run: tuple, i0: int, i1: int, typ: str | None, kind: str = "name", key: str | None = None,
            **kw) -> EntityMention:
        """Return the mention of ``toks[i0:i1]`` with its cues, for the run :meth:`_analyse_step` reads (``run``: its
        sentence index, text, tokens, bounds, surface, words, whether it starts the sentence, the quote state).

        A method given the run's facts in one tuple, not a closure over them: a closure made every local it reads
        a cell, and making the cells and the function cost a quarter of a microsecond on each of 9,000 runs."""
        si, text, toks, a, b, surface, words, initial, quotes = run
        s0, s1 = toks[i0], toks[i1 - 1]
        if i0 == a and i1 == b:
            span, parts = surface, tuple(words)
        else:
            span, parts = text[s0.start:s1.end], tuple([t.text for t in toks[i0:i1]])
        if kw:
            m = new_mention(si, s0.start, s1.end, span, typ, kind, key, parts, **kw)
        else:
            # :func:`.tokens.new_mention`'s body without the call (most mentions have no other field): the same
            # fields set in the same order, so the mention is the same object (``test_finder_mk_speedA7.py``).
            m = _new(EntityMention)
            m.sentence = si
            m.start = s0.start
            m.end = s1.end
            m.text = span
            m.type = typ
            m.kind = kind
            m.key = key
            m.tokens = parts
        set_cues(m, toks, i0, i1, self.lex, initial if i0 == a else self._initial(toks, i0), quotes, self._cue_words)
        return m

    def _place_before_person(self, text: str, toks: list[_Tok], a: int, b: int, size: int) -> int:
        """Return where a person starts after a listed place glued to it ("In Iraq Al-Hashimi..."), else 0.

        The place is the longest listed place of two words or more at the start
        of the run, or a country that is not a first name ("Jordan Henderson"); the rest, one to three words with no
        organisation or place word, starts with a first name or an Arabic
        article ("Al-"), or ends with a known surname. ``size``: :meth:`_gaz_prefix` of the run (its caller has it).
        """
        lex = self.lex
        if b - a < 2 or not (_may_start_person(toks[a + 1:b], lex.first_names) or toks[b - 1].text in lex.surnames):
            return 0  # cheap test first: nothing in the run can start or end a person
        if not size:
            # One word: only a country ("Iraq"); a town's name is often a first name too ("Hernando").
            size = 1 if toks[a].text not in lex.first_names and country(lex, toks[a].text) else 0
        if not size or lex.gazetteer.get(_norm(text[toks[a].start:toks[a + size - 1].end]), ("",))[0] != "LOC":
            return 0
        cut = a + size
        rest = [t.text for t in toks[cut:b]]
        if not 1 <= len(rest) <= 3 or not all(t.is_cap and t.kind == "word" for t in toks[cut:b]):
            return 0
        if self._org_like(rest) or rest[-1] in lex.loc_last or self._place_word_after_place(toks, cut) \
                or _norm(" ".join(rest)) in lex.gazetteer:
            return 0
        first = rest[0]
        if first in lex.first_names or first.startswith(_ARABIC_ARTICLES) \
                or (len(rest) > 1 and rest[-1] in lex.surnames):
            return cut
        return 0

    def _glued_initial(self, toks: list[_Tok], a: int, b: int) -> bool:
        """True when the sentence's first word (a common word) is not part of the name after it.

        "Yesterday Tony Blair", "Smiling Kate Hudson": a stop word, or a first
        name, title or listed name right after, or the tagger reading the first
        word as no name. "Acme Robotics" stays whole.
        """
        lex = self.lex
        w0, w1 = toks[a].text, toks[a + 1].text
        if b - a == 3 and family_name_run([t.text for t in toks[a:b]], lex):
            return False  # "Tan Boon Heng, 54, was charged": a family name before two given names
        if toks[a + 1].kind == "num" or (b - a == 2 and (self._group_after(toks, a, b) or self._speaking_pair(toks, a, b))):
            return False  # "Channel 4 declined"; "Snow Patrol are", "Motley Crue guitarist Mick Mars": a group; "Age Concern says"
        if w0.lower() in lex.stop_words or w1 in lex.first_names or w1 in lex.titles or toks[a + 1].kind == "init":
            return True
        if _norm(w1) in lex.gazetteer or w0.endswith(("ly", "ing", "ed")):
            return True
        ctx = self._context(toks, a, b)
        return get_tagger().tag(self._ctx_words, a, a + 1, ctx=ctx)[0] == "O"

    def _place_word_after_place(self, toks: list[_Tok], i: int) -> bool:
        """True when token ``i`` is a place word ("Park") right after a listed place: "Queens Park Rangers"."""
        return i > 0 and toks[i].text in self.lex.loc_last \
            and self.lex.gazetteer.get(_norm(toks[i - 1].text), ("",))[0] == "LOC"

    def _named_with(self, toks: list[_Tok], a: int, b: int) -> bool:
        """True when a noise word opens an organisation's name of three words or more ("Rugby Football Union"),
        or of two after "the" ("the Sunday Telegraph", "the Sunday Times Mr Campbell": up to a title), or is one told something ("told the Sun")."""
        # (For a longer run only a title third can end it two words in: no generator seeking the first title.)
        if a > 0 and toks[a - 1].text.lower() == "the" and (e := b if b - a <= 2 else a + 2 if toks[a + 2].text in self.lex.titles else b) - a <= 2:
            return toks[e - 1].text in self.lex.org_words or (e - a == 1 and org_cue(self.lex, toks, a, e))  # not "on Monday Congress"
        return b - a >= 3 and toks[b - 1].text in self.lex.org_words and all(t.is_cap for t in toks[a:b])

    def _title_before_name(self, toks: list[_Tok], a: int, b: int) -> bool:
        """True for "Mr Bush", "Mrs Howard": a title that is also a noise word, then a name-like word.

        A common word after it ("No More Mr Nasty") is a phrase, not a person.
        """
        lex = self.lex
        if a + 1 >= b or toks[a].text not in lex.titles:
            return False
        nxt = toks[a + 1].text
        return nxt.lower() not in lex.common_words or nxt in lex.surnames or nxt in lex.first_names \
            or (b - a >= 4 and _adjective_form(nxt.lower(), lex))  # "Mr Unpopular Bubba Watson"

    def _words(self, toks: list[_Tok]) -> list[str]:
        """Return the sentence's token texts (made once per sentence, shared with the tagger's context)."""
        if self._ctx_toks is not toks:
            texts = [t.text for t in toks]  # (``map``, no comprehension reading ``setdefault``: no cell at each call)
            self._ctx_toks, self._ctx_words = toks, list(map(self._same.setdefault, texts, texts))
            self._ctx = [None] * len(toks)
            self._run_types = {}
        return self._ctx_words

    def _context(self, toks: list[_Tok], a: int, b: int) -> list:
        """Return the tagger's token facts for this sentence, filled around ``toks[a:b]``."""
        words = self._words(toks)  # first: it resets the context for a new sentence
        fill_context(self._ctx, words, self.lex, a, b)
        return self._ctx

    def _model_type(self, toks: list[_Tok], a: int, b: int) -> str:
        """Return the statistical tagger's type for ``toks[a:b]`` ("PER", "ORG", "LOC"; "" when it sees no name).

        Asked once per run of a sentence (the shape's rules and the finder may both ask): the answer reads the context
        of the tokens ``a - 2`` to ``b + 1``, which the first ask filled and nothing overwrites (:func:`.fill_context`
        fills only empty places) until the sentence's context is made anew, when the answers are forgotten too."""
        ctx = self._context(toks, a, b)  # (first: it resets the context and the answers for a new sentence)
        key = (a, b)
        typ = self._run_types.get(key)
        if typ is None:
            typ = self._run_types[key] = run_type(self._ctx_words, a, b, ctx)
        return typ

    def _name_type(self, toks: list[_Tok], a: int, b: int) -> str:
        """Return the tagger's best type for ``toks[a:b]`` read as a name (never "")."""
        ctx = self._context(toks, a, b)
        return name_type(self._ctx_words, a, b, ctx)

    def _quotes(self, toks: list[_Tok], text: str) -> list[bool]:
        """Return :func:`.cues.quote_state` of the sentence (made once per sentence)."""
        if self._quote_toks is not toks:
            self._quote_toks, self._quote_state = toks, quote_state(toks, text)
        return self._quote_state

    def _gaz_prefix(self, text: str, toks: list[_Tok], a: int, b: int) -> int:
        """Return the length of the longest gazetteer name starting at token ``a`` (0 for none)."""
        gaz = self.lex.gazetteer
        for size in range(min(b - a, self.lex.max_len), 1, -1):
            if _norm(text[toks[a].start:toks[a + size - 1].end]) in gaz:
                return size
        return 0

    def _month_may(self, toks: list[_Tok], a: int) -> bool:
        prev = toks[a - 1].text.lower() if a > 0 else ""
        return prev in ("in", "on", "since", "until", "by", "last", "next", "early", "late", "mid", "of") or (a + 1 < len(toks) and toks[a + 1].kind == "num") or (prev.isdigit() and len(prev) <= 2)

    def _prefix_is_role(self, prefix: list[_Tok]) -> bool:
        return all(t.text in self.lex.demonyms or _norm(t.text) in self.lex.gazetteer for t in prefix)


def _may_start_person(toks: list[_Tok], first_names: dict[str, str]) -> bool:
    """True when a token is a first name or opens with an Arabic article ("Al-"): it may start a person's name (a
    loop of its own: a generator made ``lex`` a cell at every call of :meth:`_Finder._place_before_person`)."""
    for t in toks:
        if t.text in first_names or t.text.startswith(_ARABIC_ARTICLES):
            return True
    return False

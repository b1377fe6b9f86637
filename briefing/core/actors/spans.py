"""Candidate spans: the maximal runs of capitalised tokens the finder analyses, joined by connectors ("of",
"and", "&", "van der") where they fit. A mixin of :class:`.finder._Finder` (it needs ``lex`` and
:meth:`.persons._PersonRules._given_name_part`).
"""

from __future__ import annotations

from .descriptors import field_pair, listed_and, noun_of_noun, possessive_joint, the_noun_of, two_names
from .lexicon import _norm, town_or_state
from .media import DAYS, MONTHS
from .nonnames import caption_break, caption_label, numbered_start
from .persons import epithet_end, person_after_amp
from .shape_words import _LEGAL_ENDS, PURPOSE_VERBS
from .tokens import (DOMAIN_ENDS, _CONNECTORS, _NAME_PARTICLES, _PEERAGES, _Tok, _cap_starts, _channel_number,
                     _numbered_part, plural_field)


#: Connectors whose join reads the run before them (:meth:`_SpanRules._joins`); a name particle alone ("bin", "van")
#: joins without it, so a long run of particles is read in linear time (no copy of the run at each one).
_JOINS_BY_RUN = frozenset(["in", "of", "for"])
#: The texts of the tokens that are not capitalised and may still carry a run on (:meth:`_SpanRules.spans`: a
#: connector, "to", "the", "&", "and", a possessive), besides numbers, words with a capital and a linked name's
#: link word; any other such token ends the run, as none of the tests after it would hold.
_GOES_ON = frozenset(_CONNECTORS | {"to", "the", "&", "and", "'s", "’s", "'", "’"})


def _linked_end(toks: list[_Tok], j: int, linked) -> int:
    """The end of a linked name whose link word is ``toks[j]`` ("on" in "War on Want"), else 0."""
    link, k = toks[j].text, j + 1
    if link == "of" and toks[k].text == "the" and k + 1 < len(toks):
        link, k = "of the", k + 1
    return k + 1 if (toks[j - 1].text, link, toks[k].text) in linked else 0


_NO_CAPS = (None, None)


class _SpanRules:
    """Where the capitalised runs of a sentence start and end (before any is typed)."""

    #: The document's names with a link word inside (:func:`.linked_names.linked_names`).
    linked: frozenset = frozenset()
    #: (``linked``, :data:`_GOES_ON` and the first link words of ``linked``), made when ``linked`` changes.
    _goes_on: tuple = (frozenset(), _GOES_ON)

    #: A sentence's fresh tokens and the indices of their capitalised ones as the tokenizer listed them
    #: (:func:`.tokenizer.tokenize_caps`), handed by the first pass for the next call of :meth:`spans` on those
    #: tokens: the same list as ``_cap_starts(toks)`` (no token's ``is_cap`` changes before that call), read once
    #: (``spans`` itself makes a hyphenated given name ``is_cap``, so a later call walks the tokens again).
    given_caps: tuple = (None, None)

    #: False when the last call of :meth:`spans` made each run of capitalised tokens only (and a number before one):
    #: no run then holds "of" or "for" (``is_cap`` is False for both), so
    #: :meth:`.listed_runs._ListedRuns._spans_to_read` skips :func:`.sentence.inner_link` there.
    went_through: bool = True

    def spans(self, toks: list[_Tok], text: str | None = None) -> list[tuple[int, int]]:
        """Return maximal runs of capitalised tokens, joined by connectors where they fit (``text``: the sentence the
        tokens are pieces of, when the caller has it, for a cheap first test of :func:`.nonnames.caption_label`).

        A capitalised token inside a run asks :func:`.nonnames.caption_break` and :func:`.nonnames.caption_label`
        only when they may hold (about 5,800 tokens in 100k words, most a word after a word: "White House"):
        ``caption_break`` holds only for "The" after a word or after a token that is no word (an initial, a
        number), and ``caption_label`` only with a colon among the tokens, which a sentence without ":" has not
        (``tests/core/actors/test_span_fast_paths.py``).
        """
        given, caps = self.given_caps
        if given is toks:
            self.given_caps = _NO_CAPS
        else:
            caps = _cap_starts(toks)
        spans: list[tuple[int, int]] = []
        n = len(toks)
        seen = None  # what the run read so far holds (:func:`_run_words`), kept while it grows
        linked = self.linked  # (:mod:`.linked_names`, set for the document)
        if self._goes_on[0] is not linked:
            self._goes_on = (linked, _GOES_ON | {link.partition(" ")[0] for _, link, _ in linked})
        goes_on = self._goes_on[1]
        end = 0  # where the run before ends
        colon = text is None or ":" in text  # (a token's text is a piece of the sentence's)
        through = False  # a run went on past a token that is not capitalised (see ``went_through``)
        for i in caps:  # the runs start at capitals only
            if i < end:
                continue  # inside the run before
            j = i + 1
            while j < n:
                t = toks[j]
                if t.is_cap:
                    prev = toks[j - 1]
                    if ((prev.kind != "word" or t.text == "The") and caption_break(toks, j)) \
                            or (colon and caption_label(toks, j, self.lex)):
                        break  # "the White House The White House Kitchen Garden": a caption run into the text
                    if prev.text.endswith(DOMAIN_ENDS) and t.text.rstrip(".") not in _LEGAL_ENDS:
                        break  # "Whatsonstage.com Theatregoers' Choice": a web address is a whole name ("Amazon.com Inc" aside)
                    j += 1
                    continue
                if t.text not in goes_on and t.kind != "num" and not (t.kind == "word" and t.text[:1].isupper()):
                    break  # most runs end here ("said", ","): none of the tests below holds for such a token
                through = True  # (every run that goes on below goes through ``t``)
                if t.kind == "word" and t.text[:1].isupper() and self._given_name_part(t, toks[j - 1]):
                    t.is_cap = True  # "Kim Dae-jung", "Chen Shui-bian": a hyphenated given name after the surname
                    j += 1
                    continue
                if linked and t.kind == "word" and j + 1 < n and (k := _linked_end(toks, j, linked)):
                    j = k  # "War on Want", "Friends of the Earth": a name the text writes with its link word
                    continue
                if t.kind == "word" and t.text in _CONNECTORS and j + 1 < n:
                    k = j + 1
                    while k + 1 < n and (toks[k].text == "the" or (toks[k].text in _NAME_PARTICLES and t.text in _NAME_PARTICLES)):
                        k += 1  # "of the", "van der"
                    if toks[k].is_cap and ((t.text not in _JOINS_BY_RUN and t.text in _NAME_PARTICLES) or (
                            t.text in _JOINS_BY_RUN and self._joins(toks, i, j, t.text, toks[k], i > 0 and toks[i - 1].text == "the",
                                                                    seen := _run_words(self.lex, toks, i, j, seen))) or (
                            t.text == "of" and noun_of_noun(self.lex, [x.text for x in toks[i:j]], toks[k].text,
                                                            k + 1 == n or not toks[k + 1].is_cap))):
                        j = k + 1
                        continue
                if t.text == "to" and j + 1 < n and ((toks[j + 1].text in PURPOSE_VERBS and toks[j - 1].text in self.lex.org_words)
                                                     or (toks[j - 1].text == "Right" and j - i >= 2 and toks[j + 1].is_cap
                                                         and toks[j + 1].text.lower() in self.lex.common_words)):
                    j += 2  # "Committee to Protect Journalists", "National Right to Life": a body named for its aim
                    continue
                if t.text == "the" and (k := epithet_end(toks, j)) and toks[j - 1].text[:1].isupper():
                    j = k  # "William Pitt the Younger": an epithet ends the name
                    continue
                if t.text == "&" and j + 1 < n and toks[j + 1].is_cap and not person_after_amp(self.lex, toks, j):
                    j += 2  # "Marks & Spencer"; not "Mary Lake & Tom Ross", two people
                    continue
                if t.kind == "num" and (_numbered_part(t, toks[j - 1]) or _channel_number(toks, i, j)):
                    j += 1  # "Radio 4", "Formula 1", "Highway 36": the number is part of the name
                    continue
                if t.kind == "punct" and t.text in ("'s", "’s", "'", "’") and (k := possessive_joint(self.lex, toks, i, j)):
                    j = k  # "Boatmen's Bancshares Inc.", "Lay Volunteers' International Organisation"
                    continue
                if t.text in ("'", "’") and toks[j - 1].text.endswith("s") and t.start == toks[j - 1].end \
                        and j + 1 < n and (toks[j + 1].text in self.lex.org_words or toks[j + 1].text in self.lex.loc_last):
                    j += 2  # "Leeds Magistrates' Court", "Workers' Party": a plural possessive inside a name
                    continue
                if t.text == "and" and j + 2 < n and toks[j + 1].text == "the" and toks[j + 2].is_cap \
                        and (e := listed_and(self.lex, toks, i, j, min(n, j + 4))) and toks[e - 1].is_cap:
                    j = e  # "Yorkshire and the Humber": a listed name holds "and the"
                    continue
                if t.text == "and" and j + 1 < n and toks[j + 1].text in ("Co", "Co."):
                    j += 2  # "Marlow and Co.": the partners' company, as "Marks & Co."
                    continue
                if t.text == "and" and j + 1 < n and toks[j + 1].is_cap:
                    # "Scottish Exhibition and Conference Centre": one name when it ends like an organisation.
                    k = j + 1
                    while k < n and toks[k].is_cap:
                        k += 1
                    long_name = any(x.text in ("of", "for") for x in toks[i:j]) and _has_org_word(self.lex, toks[i:j])
                    pair = toks[k - 1].text not in self.lex.org_words and field_pair(self.lex, toks, i, j, k)
                    if (e := listed_and(self.lex, toks, i, j, k)) or (toks[k - 1].text in self.lex.org_words or long_name
                                                                      or pair) and k - j <= 4 \
                            and not (toks[j - 1].text in self.lex.org_words and (j - i == 1 or toks[i].text == "The")
                                     and not plural_field(toks[j - 1].text, toks[k - 1].text)
                                     and not (long_name and pair)) \
                            and toks[j - 1].text.rstrip(".") not in _LEGAL_ENDS and not two_names(self.lex, toks, i, j, k) \
                            and not (j - i == 1 and toks[i].is_upper) \
                            and _norm(toks[j - 1].text) not in self.lex.gazetteer \
                            and (j - i == 1 or _norm(" ".join(x.text for x in toks[i:j])) not in self.lex.gazetteer):
                        # A listed name just before "and" is a list ("Britain and Northern Ireland Office" aside);
                        # a place opening a long name is not ("Guangdong Post and Telecommunications Administration").
                        j = e or k  # or a listed name holds the "and": "Trinidad and Tobago"
                        if pair and not e:
                            break  # "BBC Research and Development for BBC Broadcast": the pair ends the name
                        continue
                break
            spans.append((i - 1 if i and toks[i - 1].kind == "num" and numbered_start(toks, i, self.lex) else i, j))
            end = j
        self.went_through = through
        return spans

    def _joins(self, toks: list[_Tok], i: int, j: int, conn: str, right: _Tok, after_the: bool,
               seen: tuple[int, int, bool, bool]) -> bool:
        """True when ``conn`` ("in", "of", "for") joins the run ``toks[i:j]`` to the capitalised ``right``; ``seen``
        (:func:`_run_words`) says whether the run holds an organisation word and an "of", "for" or "and"."""
        lex = self.lex
        head = toks[j - 1].text
        _, _, has_org, has_joint = seen
        if conn == "in":
            # "Organisation for Security and Cooperation in Europe", "Human Rights in China"
            # but not "Baltic Shipping Group in Gdansk", a venue's town ("Conference Centre in Glasgow"), a date ("in May").
            if right.text.lower() in MONTHS or right.text.lower() in DAYS or town_or_state(lex, right.text):
                return False  # (a town or a state is where the body sits: "Chopin Academy of Music in Warsaw")
            return head == "Rights" or (has_org and head not in ("Centre", "Center") and has_joint)
        if j - i >= 2 and head.rstrip(".") in _LEGAL_ENDS:
            return False  # "Kia Motor Corp of South Korea": a company's legal form ends its name
        return (head in lex.org_words or _plural_org_word(lex, head) or head in lex.loc_first or head in lex.loc_last
                or has_org or head in _PEERAGES or head in ("House", "Bank", "City", "Isle", "Glens", "Republic", "Kingdom", "Province", "State", "Secretary", "Minister", "Ministry")
                or (conn == "of" and j - i <= 2 and the_noun_of(lex, [x.text for x in toks[i:j]], after_the)))  # "the Duchy of Lancaster"


def _run_words(lex, toks: list[_Tok], i: int, j: int, seen: tuple[int, int, bool, bool] | None) -> tuple[int, int, bool, bool]:
    """Return (i, j, whether ``toks[i:j]`` holds an organisation word, whether it holds "of", "for" or "and"),
    reading on from ``seen`` when it is the same run read up to an earlier end: a run joined at each of many
    connectors ("Bank of Bank of ...") is read once, not once per connector."""
    if seen is None or seen[0] != i or seen[1] > j:
        seen = (i, i, False, False)
    _, k, has_org, has_joint = seen
    for t in toks[k:j]:
        has_org = has_org or t.text in lex.org_words
        has_joint = has_joint or t.text in ("of", "for", "and")
    return i, j, has_org, has_joint


def _has_org_word(lex, toks) -> bool:
    """True when a token of ``toks`` is an organisation's word, or its plural (a function of its own: a generator
    reading ``self`` in :meth:`_SpanRules.spans` made ``self`` a cell at each of its calls)."""
    return any(x.text in lex.org_words or _plural_org_word(lex, x.text) for x in toks)


def _plural_org_word(lex, word: str) -> bool:
    """True for the plural of an organisation word heading a body's name: "Centers" ("Centers for Disease Control"),
    "Institutes" ("National Institutes of Health")."""
    return len(word) > 4 and word.endswith("s") and not word.endswith("ss") and word[:-1] in lex.org_words

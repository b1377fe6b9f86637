"""The document pass of the rule-based finder: every sentence and the title, with document memory,
then sports teams and national sides marked.
"""

from __future__ import annotations

from ..model import Article
from .committees import lowercase_committees
from .credits import drop_credits
from .descriptors import cued_places, spread_org_cues
from .dropped_runs import promote_runs, split_candidates
from .finder import _Finder, _sentence_mode
from .firm_pairs import join_firm_pairs
from .junk import drop_junk
from .lexicon import _Lexicon, _lexicon, _norm
from .linked_names import linked_names
from .media import drop_table_labels, press_heads, spread_market_cues
from .performers import award_shows, fronted_bands, groups
from .possessives import possessive_firms
from .products import maker_editions
from .spellings import nicknamed_persons
from .teams import (
    SentenceNames,
    _club_towns,
    _cued_sides,
    _lists,
    _mark_teams,
    _national_sides,
    _read_plurals,
    _result_pairs,
    _team_words,
    _venue_lines,
)
from .tokenizer import token_forms, tokenize_caps
from .tokens import EntityMention, _Tok, _tokenize
from .titles import _CUE_WORDS, CUE_FORMS
from .work_attributes import mark_work_attributes
from .work_spans import joined
from .works import drop_works, party_descriptions

_SPORTS_WORDS = frozenset(["innings", "wicket", "wickets", "goal", "goals", "scored", "beat", "match", "matches", "league", "standings", "inning", "runs", "homer", "homers", "pitcher", "halftime", "half-time", "rebounds", "touchdown", "striker", "midfielder", "defender", "tournament", "seeded", "round", "championship", "lap", "batting", "bowling", "bowled", "club", "season", "drew", "penalty", "soccer", "football", "cricket", "baseball", "basketball", "tennis", "golf", "rugby", "hockey", "game", "games", "win", "wins", "won", "lost", "draw", "points", "scorers", "scorer", "fixtures", "results",
                          "semifinal", "semi-final", "quarter-final", "quarterfinal", "qualifier", "cup", "v", "homered",
                          "tries", "unbeaten", "relegation", "one-day", "playoff", "playoffs", "overtime"])
#: The chunks the tokenizer looks up for a sports word (:func:`.tokenizer.token_forms`).
_SPORTS_FORMS = token_forms(_SPORTS_WORDS)


def _sports_words(toks: list[_Tok], hits: set[str]) -> None:
    """Add the sports words ("innings", "beat", "league"...) of one sentence to ``hits``, up to four;
    a short result line ("Wigan 42 Bradford Bulls 36") counts as one more.

    A report with at least four different ones is a sports report; past four the answer cannot
    change, so a long document is not read to its end. The first pass asks only for a sentence whose
    tokens may hold a sports word (:func:`.tokenizer.tokenize_caps`' fourth value) or of twelve tokens or
    fewer (a result line): no other adds anything, and a report outside sport, which never gets to four,
    was read token by token to its end (100k words: 137M instructions).
    """
    scores = 0
    for i, t in enumerate(toks):
        if t.kind == "word" and t.text.lower() in _SPORTS_WORDS:
            hits.add(t.text.lower())
            if len(hits) >= 4:
                return
        elif t.kind == "num" and i and toks[i - 1].is_cap and t.text.isdigit() and len(t.text) <= 3 \
                and (i + 1 == len(toks) or toks[i + 1].kind != "punct"):
            scores += 1
            if scores == 2 and len(toks) <= 12:
                hits.add(" score")  # a result line: "Wigan 42 Bradford Bulls 36"


def _may_hold_sports(text: str) -> bool:
    """True when a token of kind "word" of ``text`` may be a sports word once in lower case (a superset of that
    test, read off the text's chunks without making its tokens: a sentence without a name is tokenized only then,
    for :func:`_sports_words`).

    A plain word's chunk is such a word when it is one of :data:`_SPORTS_FORMS` in lower case, capitalised or in
    capitals, or, in mixed case, when it is one in lower case; any other chunk is asked of
    :func:`.tokenizer.tokenize_caps`' fourth value read on that chunk alone: its tokens there are those it makes in
    the text but for an initial before a capital ("V." in "V. Smith"), a word and a full stop when the chunk stands
    alone: a word more, never one less (a Kelvin sign, which lowers to "k", is read by both ways). (A result line
    needs a number after a capitalised token, which a sentence without a name has not: its one capitalised token is
    its first word, and a word follows that, see :func:`_nameless`; so only its sports words count.)
    """
    chunks = text.split()
    if not _SPORTS_FORMS.isdisjoint(chunks):
        return True
    for chunk in chunks:
        if chunk.isalpha():
            if not chunk.islower() and chunk.lower() in _SPORTS_WORDS:
                return True  # "wON"
        elif tokenize_caps(chunk, token_words=_SPORTS_WORDS, token_sets=_SPORTS_FORMS)[3]:
            return True
    return False


# --------------------------------------------------------------------------
# The document pass: mentions, then merging into actors
# --------------------------------------------------------------------------


#: Sentences per chunk when the first pass is shared with a child process (:func:`read_chunks_from_back`).
CHUNK_SENTENCES = 100


#: Marks the tokenizer splits off the front of a word as a token of their own (a subset of ``tokens._BEFORE_WORD``).
_OPENING_MARKS = frozenset('"“‘(')


def _nameless(text: str, lone_stops: frozenset[str]) -> bool:
    """True for a sentence in which the finder can find no mention, read from its text without tokens.

    No capital after its first word ("He said that it rained.", "the man left"), that word a lowercase word or a
    lone stop word the finder skips ("The", "He": see ``_Finder.find``), and a word right after it. Such a
    sentence has no capitalised token but its first word (acronyms, abbreviations and initials need capitals;
    a lowercase word is ``is_cap`` only with a capital after its hyphen or apostrophe), so its one run is that
    word alone, or none; and no word in capitals, so its mode is "normal". An opening quotation mark or bracket
    glued to the first word is a token of its own and changes none of this ("“We will go," he said."), nor does a
    comma after it ("However, prices rose.").

    The first word is read before the rest (its tests look at a few characters; most sentences with a name fail
    there: "Police said", "Mr Smith"), and an ASCII rest is tested with ``rest.lower() == rest``, not
    ``rest.islower()``: the same answer, as the rest starts with a letter (``rest[:1].isalpha()``) and the only
    cased ASCII characters are A-Z and a-z, with one table per character where ``islower`` looks up three (on
    the sentences that pass the first word's tests, which it reads to their end). 100k words: 34.8M instructions
    for this function before, 32.6M after (most of its cost is its bytecodes, one call per sentence).
    ``tests/core/actors/test_nameless_fast_path.py`` compares it with the plain test.
    """
    first, sep, rest = text.partition(" ")
    if first[:1] in _OPENING_MARKS:
        first = first[1:]
    if first[-1:] == ",":
        first = first[:-1]  # "However, the firm said": the comma is a token of its own, after the one-word run
    if not (sep and first.isalpha() and rest[:1].isalpha() and (
            first.islower() or ((len(first) == 1 or first[1:].islower()) and first.lower() in lone_stops))):
        return False
    return rest.lower() == rest if rest.isascii() else rest.islower()


def _any_upper(toks: list[_Tok], caps: list[int]) -> bool:
    """True when a token of ``toks`` is in capitals (``is_upper``), read among the capitalised ones ``caps``."""
    for i in caps:
        if toks[i].is_upper:
            return True
    return False


def _read_sentences(finder: _Finder, lex: _Lexicon, sentences: list[str], lo: int, hi: int):
    """The first pass over ``sentences[lo:hi]``: their mentions, the sentences left for the second pass
    (with their tokens), the sports words seen (up to four) and the sentences that hold no word of
    ``titles._CUE_WORDS`` (read off their chunks as they are tokenized: :func:`.works.drop_works` skips its own
    test there)."""
    mentions: list[EntityMention] = []
    # The tokens of a sentence are dropped once it is read (those of a long report took 100 MB), except
    # for the few sentences read again with the document's names (headlines in capitals).
    deferred: list[tuple[int, list[_Tok]]] = []
    sports: set[str] = set()
    lone_stops = finder._lone_stops  # the one-word runs the finder skips
    no_cues: list[int] = []
    for i in range(lo, hi):
        text = sentences[i]
        if _nameless(text, lone_stops):  # no mention to find: tokens only while the sports words are counted
            if len(sports) < 4 and _may_hold_sports(text):
                _sports_words(_tokenize(text), sports)
            continue
        if len(sports) < 4:  # (the sports words asked only while they may still change the answer)
            toks, caps, cued, sporty = tokenize_caps(text, _CUE_WORDS, CUE_FORMS, _SPORTS_WORDS, _SPORTS_FORMS)
            if sporty or len(toks) <= 12:  # (no other sentence adds a sports word)
                _sports_words(toks, sports)
        else:
            toks, caps, cued, _ = tokenize_caps(text, _CUE_WORDS, CUE_FORMS)
        if not cued:
            no_cues.append(i)
        # A sentence ending in no word and without a word in capitals is "normal" (_sentence_mode's first tests),
        # and a token in capitals is a capitalised one (``is_upper`` implies ``is_cap``): only ``caps`` is read.
        if (toks[-1].kind == "word" or _any_upper(toks, caps)) and _sentence_mode(toks, lex) != "normal":
            deferred.append((i, toks))
            continue
        finder.given_caps = (toks, caps)  # the runs start there (:meth:`.spans._SpanRules.spans`)
        mentions.extend(finder.find(i, text, {}, toks, "normal"))
    return mentions, deferred, sports, no_cues


def read_chunks_from_back(article: Article, claims) -> dict[int, tuple]:
    """The first pass over the chunks of :data:`CHUNK_SENTENCES` sentences that ``claims`` gives from the back.

    For a child process that helps :func:`_rule_mentions` (``claims``: a
    :class:`~briefing.core.parallel.Claims` of ``chunk_count(article)``);
    returns each chunk's part, which the parent passes back through ``fetch``.
    """
    lex, finder, sentences = _first_pass_setup(article)
    parts = {}
    while (c := claims.take_back()) is not None:
        parts[c] = _read_chunk(finder, lex, sentences, c)
    return parts


def _first_pass_setup(article: Article) -> tuple[_Lexicon, _Finder, list[str]]:
    """The lexicon, a finder that knows the document's linked names and the texts of ``article``'s sentences: what
    the first pass reads with, in this process (:func:`_rule_mentions`) or a helper (:func:`read_chunks_from_back`)."""
    lex = _lexicon()
    finder = _Finder(lex)
    sentences = [s for para in article.paragraphs for s in para]  # the texts of ``article.sentences``
    finder.linked = linked_names(sentences)  # "War on Want" written twice: one name
    return lex, finder, sentences


def _read_chunk(finder: _Finder, lex: _Lexicon, sentences: list[str], c: int):
    """:func:`_read_sentences` over chunk ``c``: the sentences ``c * CHUNK_SENTENCES`` to the next chunk's first."""
    return _read_sentences(finder, lex, sentences, c * CHUNK_SENTENCES, min(len(sentences), (c + 1) * CHUNK_SENTENCES))


def chunk_count(article: Article) -> int:
    """The number of chunks of :data:`CHUNK_SENTENCES` sentences of ``article`` (for a shared first pass)."""
    return -(-article.sentence_count // CHUNK_SENTENCES)


def _rule_mentions(article: Article, claims=None, fetch=None) -> list[EntityMention]:
    """Find mentions in body sentences and the title, with two passes for document memory.

    With ``claims`` (see :func:`read_chunks_from_back`), the first pass reads the
    chunks taken from the front here and gets the others' parts from ``fetch()``
    (a dict by chunk; a chunk missing from it is read here; not called when
    every chunk was taken here): the same mentions in the same order as in one
    process.
    """
    lex, finder, sentences = _first_pass_setup(article)
    if claims is None:
        mentions, deferred, sports, no_cues = _read_sentences(finder, lex, sentences, 0, len(sentences))
    else:
        parts = {}
        while (c := claims.take_front()) is not None:
            parts[c] = _read_chunk(finder, lex, sentences, c)
        # Only wait for the helper when it took chunks: when this process took them all, the rest of
        # the work (resolving the mentions) goes on while the helper still finishes its own.
        others = fetch() if len(parts) < claims.n else {}
        mentions, deferred, sports, no_cues = [], [], set(), []
        for c in range(claims.n):
            part = parts.get(c) or others.get(c) or _read_chunk(finder, lex, sentences, c)
            mentions.extend(part[0])
            deferred.extend(part[1])
            sports |= part[2]
            no_cues.extend(part[3])
    # The lookup keys of every mention set with the plurals' walk: no mention's text has changed since a key of
    # it was read (the first pass's one change of a text, in headlines, drops the key it had), so each key set here
    # is the one its first read would compute.
    _read_plurals(mentions, len(sports) >= 4, keys=True)
    spread_org_cues(mentions, lex)
    known = _known_names(mentions, len(sports) >= 4, lex)
    for i, toks in deferred:
        mentions.extend(finder.find(i, sentences[i], known, toks))
    if article.title:
        # Only the title can add unsettled plural runs here: a deferred sentence is read in its "caps" mode
        # (``_find_known``), which makes no "plural" mention, so a text without a title needs no second pass.
        mentions.extend(finder.find(-1, article.title, known))
        _read_plurals(mentions, len(sports) >= 4)
    mentions, candidates = split_candidates(mentions)
    doc = joined(sentences)  # one text for the passes that search every sentence for a few words
    mentions = lowercase_committees(mentions, sentences, lex, doc)
    _glued_names(mentions, sentences)
    mentions = nicknamed_persons(mentions, sentences, lex, doc)
    mentions = possessive_firms(mentions, sentences, article.title or "", lex)
    mentions = join_firm_pairs(mentions, sentences, lex)
    _result_pairs(mentions, sentences)
    _list_heads(mentions, sentences, lex)
    text_of = lambda i: sentences[i] if i >= 0 else article.title  # noqa: E731  (a mention's text; sentence -1 is the title)
    cued_places(mentions, text_of, lex)
    spread_org_cues(mentions, lex)
    spread_market_cues(mentions, lex)
    mentions = press_heads(drop_table_labels(mentions, sentences, lex, doc), sentences, lex)
    mentions = party_descriptions(drop_works(drop_credits(mentions, sentences), sentences, article.title, lex, set(no_cues), doc), lex)
    mentions = maker_editions(mentions, sentences, lex)
    mark_work_attributes(mentions, sentences, article.title or "")
    mentions = drop_junk(mentions, sentences, article.title or "", lex)
    # The names by sentence, for the passes that read lists and lines (made at first use, once for them all:
    # none of them drops a mention or changes its kind; a new one after a pass that drops mentions).
    names = SentenceNames(mentions)
    if len(sports) >= 4:  # a sports report
        _mark_teams(mentions, lex, text_of, names)
        _venue_lines(names, sentences)
        kept = _bracket_letters(mentions, sentences)
        if kept is not mentions:
            mentions, names = kept, SentenceNames(kept)
    elif len(sports) >= 2:
        _cued_sides(mentions, lex)
    _club_towns(mentions, lex, len(sports) >= 2)
    if len(sports) < 2:
        for m in mentions:
            m.dateline = False  # outside sport a dateline's town is the town the text names elsewhere
    _national_sides(mentions, len(sports) >= 4, text_of, names)
    later: tuple[list[EntityMention], list[EntityMention]] = ([], [])  # gathered by the firms' walk for the next two
    _firm_lists(mentions, text_of, names, later)
    _club_lists(mentions, text_of, lex, names, later[0])
    _plural_groups(mentions, later[1])
    award_shows(mentions, sentences, lex)
    fronted_bands(mentions, sentences)
    return promote_runs(mentions, candidates, text_of, lex)


def _known_names(mentions: list[EntityMention], sports: bool, lex: _Lexicon) -> dict[str, tuple[str | None, str | None]]:
    """The names the second pass knows (for headlines in capitals), by lookup key: the type and key of each
    settled use of a name; in a sports report (``sports``) the words of a team's name (:func:`.teams._team_words`);
    the surnames of people named in full (``("PER", None)``).

    One walk over the mentions where three ran one after another: each kind of entry is gathered in its own dict
    and added after the ones before (``setdefault``, in the order they were met), so the same key gets the same
    value, and the dict the same order, as with the three walks.

    The first test of each entry is the one that reads no flag the mention may lack (such a flag is read from the
    class, the slow path of an attribute read): a key already known takes no later use's value (``setdefault``),
    so its uses after the first settled one are not tested; :func:`.teams._team_words` adds nothing for a name of
    one word, so the length comes before the team's flags.
    """
    known: dict[str, tuple[str | None, str | None]] = {}
    teams: dict[str, tuple[str | None, str | None]] = {}
    surnames: dict[str, tuple[str | None, str | None]] = {}
    for m in mentions:
        norm = m.norm
        if norm not in known and m.kind == "name" and not m.unsure and not m.quoted and not m.dateline:
            known[norm] = (m.type, m.key)
        if sports and len(m.tokens) >= 2 and (m.team or m.team_cue):
            _team_words(m, lex, teams)
        if m.type == "PER" and len(m.tokens) > 1:
            surnames.setdefault(_norm(m.tokens[-1]), ("PER", None))
    for extra in (teams, surnames):
        for k, v in extra.items():
            known.setdefault(k, v)
    return known


def _firm_lists(mentions: list[EntityMention], text_of, names: SentenceNames | None = None,
                later: tuple[list[EntityMention], list[EntityMention]] | None = None) -> None:
    """In a list of four names or more joined by commas ("include MCI, BT, Deutsche Telekom, Energis, NTT, Bell
    Canada and many others"), three or more of them organisations and more organisations than persons, a name
    typed a person (no title, role or cue of a person) is an organisation too: a writer lists things of one kind.
    In a list of three, two of them organisations, only a lone word typed a person or not yet typed follows ("Standard & Poor's,
    Moody's and Fitch"): a person's name in full would not be one word. ``names``: a :class:`.teams.SentenceNames`
    of ``mentions`` (made by :func:`.teams._lists` when not given).

    ``later``: two lists to which its walk adds, in the list's order, the names :func:`_club_lists` and
    :func:`_plural_groups` read (the names ending in a club's ending, the names with a plural verb after them):
    those two passes then walk only them, not every mention again. They are gathered by what neither this pass nor
    :func:`_club_lists` changes (the kind, the words, the plural verb; the types they change are tested there).
    """
    orgs: dict[int, int] = {}
    lasts: list[str] = []  # the last words of people named in full, as written (keyed at the first list that needs them)
    clubs, plural = later if later is not None else (None, None)
    for m in mentions:
        type_ = m.type
        if type_ == "ORG":
            if m.kind == "name" and not m.unsure:
                orgs[m.sentence] = orgs.get(m.sentence, 0) + 1
        elif type_ == "PER":
            if len(m.tokens) > 1:
                lasts.append(m.tokens[-1])
            # (a person with a plural verb: no pass before :func:`_plural_groups` makes a mention a person)
            if plural is not None and m.plural_verb and m.kind == "name":
                plural.append(m)
        if clubs is not None:
            tokens = m.tokens
            if tokens and tokens[-1] in _CLUB_ENDS and m.kind == "name":  # (a name made without words has none)
                clubs.append(m)
    cued = {si for si, k in orgs.items() if k >= 2}
    if not cued:
        return
    # The last words of people named in full: "Labour, the Tories and Kennedy" keeps Charles Kennedy a person
    # (keyed at the first list that needs them: most texts have none; gathered in the walk above, as no type
    # changes before that list's).
    surnames = None
    for chain in _lists(names or mentions, cued, text_of, commas=True):
        k = per = 0  # the organisations and persons of the chain, counted in one loop (no generator per chain)
        for m in chain:
            if m.type == "ORG":
                k += 1
            elif m.type == "PER":
                per += 1
        three = len(chain) == 3 and k == 2
        if not three and (len(chain) < 4 or k < 3 or k <= per):
            continue
        if surnames is None:
            surnames = {_norm(w) for w in lasts}
        for m in chain:
            if (m.type == "PER" or (three and m.type is None)) and not (m.role or m.honorific or m.person_cue or m.paren or m.aged) \
                    and (not three or (len(m.tokens) == 1 and m.norm not in surnames)):
                m.type, m.weak, m.unsure = "ORG", False, False


#: A football or rugby club's ending in capitals: "Aberdeen FC", "Bath RFC".
_CLUB_ENDS = frozenset(["FC", "AFC", "RFC", "CF"])


def _club_lists(mentions: list[EntityMention], text_of, lex: _Lexicon, names: SentenceNames | None = None,
                clubs: list[EntityMention] | None = None) -> None:
    """In a list joined by "and" or commas with a club named by its ending ("Dunmore FC and Hearts", "Bath RFC,
    Leicester and Saracens"), the other one-word names are clubs too: a writer lists things of one kind. A country
    (a national side, see teams), a person with a title, role or age and a name of two words or more keep their type.
    ``names``: as for :func:`_firm_lists`; ``clubs``: the names of ``mentions`` ending in a club's ending, in
    their order (gathered by :func:`_firm_lists`), read instead of every mention."""
    cued = {m.sentence for m in (mentions if clubs is None else clubs)
            if m.kind == "name" and m.type == "ORG" and m.tokens[-1] in _CLUB_ENDS}
    if not cued:
        return
    for chain in _lists(names or mentions, cued, text_of):
        if not any(m.tokens[-1] in _CLUB_ENDS for m in chain):
            continue
        for m in chain:
            if len(m.tokens) == 1 and m.type != "ORG" and m.key not in lex.countries \
                    and not (m.role or m.honorific or m.person_cue or m.aged):
                m.type, m.key, m.weak, m.unsure, m.team = "ORG", None, False, False, True


def _plural_groups(mentions: list[EntityMention], plural: list[EntityMention] | None = None) -> None:
    """A name typed a person by its shape alone with a plural verb after it is a group: "Duran Duran are" (a
    band), not one person; each use of the name alike, unless the text calls it a person outright (a title,
    role, age or relative). Initials in brackets ("Hewlett Packard (HP)") and "Mr" + its last word ("Abase
    Hussen" beside "Mr Hussen") are read by the resolver (:mod:`.aliases`). ``plural``: the names of ``mentions``
    with a plural verb after them, in their order (gathered by :func:`_firm_lists`), read instead of every mention.
    """
    group = {m.norm for m in (mentions if plural is None else plural)
             if m.kind == "name" and m.type == "PER" and m.plural_verb}
    if group:
        groups(mentions, group)


def _list_heads(mentions: list[EntityMention], sentences: list[str], lex: _Lexicon) -> None:
    """An untyped listed surname (a dictionary word too) opening a line of people ("Green , Jerry Kelly , Tim
    Simpson , Olin Browne", a list of players carried on from the line before) is a person, not a common word."""
    firsts: dict[int, EntityMention] = {}
    people: dict[int, int] = {}
    for m in mentions:
        if m.sentence < 0 or m.kind != "name":
            continue
        if m.start == 0 and m.type is None and len(m.tokens) == 1 and m.tokens[0] in lex.surnames:
            firsts[m.sentence] = m
        elif m.type == "PER" and len(m.tokens) > 1:
            people[m.sentence] = people.get(m.sentence, 0) + 1
    for si, m in firsts.items():
        text = sentences[si]
        if people.get(si, 0) >= 2 and text.startswith(" , ", m.end) and text.count(",") >= 3:
            m.type, m.unsure, m.weak = "PER", False, True


def _glued_names(mentions: list[EntityMention], sentences: list[str]) -> None:
    """A sentence's first word, dropped as a common word glued to the name after it, is part of that name when
    the document names the two words together elsewhere ("Red" in "Red Star 4 4 0 0 9 3 12", where "Star" is a
    first name, beside "Buducnost 1 Red Star 3"): the mention takes the word and the full name's type. Before a
    lone place, a word the document uses as a name inside a sentence makes a club or a firm of that place
    ("Rotor Volgograd must play ..." beside "ended Rotor 's spell")."""
    # One walk: the glued names, the typed names of two words or more (keyed below, only when a name is glued)
    # and the texts of the names of one word used in a sentence (a second walk over every name gathered them).
    glued = []  # mentions right after a sentence's first word, that word not part of them
    longer: list[EntityMention] = []
    alone: set[str] = set()
    for m in mentions:
        if m.kind != "name":
            continue
        if 1 < m.start <= 20 and m.sentence >= 0:  # the start first: most names stand further on
            text = sentences[m.sentence]
            word = text[:m.start].strip()
            if word.isalpha() and word[:1].isupper() and text[m.start - 1] == " ":
                glued.append((m, text, word))
        if m.type and len(m.tokens) >= 2:
            longer.append(m)
        elif len(m.tokens) == 1 and m.text not in alone and m.sentence >= 0 and not m.initial:
            alone.add(m.text)  # (a text already in the set is not tested again: ``initial`` is a slow read)
    if not glued:
        return
    full: dict[str, EntityMention] = {}
    for m in longer:
        full.setdefault(m.norm, m)
    pairs: dict[tuple[str, str], int] = {}
    for m, text, word in glued:
        pairs[word, m.text] = pairs.get((word, m.text), 0) + 1
    lex = None
    for m, text, word in glued:
        same = full.get(_norm(f"{word} {m.text}"))
        if same is not None and same.tokens[0] != word:
            same = None  # "The": the lookup key drops it
        if same is None and not (word in alone and m.type == "LOC" and len(m.tokens) == 1) \
                and not (pairs[word, m.text] >= 2 and _repeated_glue(m, word, lex := lex or _lexicon())):
            continue
        m.start, m.text, m.tokens = text.index(word), f"{text[text.index(word):m.start]}{m.text}", (word, *m.tokens)
        if same is not None:
            m.type, m.key, m.team, m.weak, m.unsure = same.type, same.key, same.team, same.weak, False
        else:
            m.type, m.key, m.unsure = "ORG", None, False
        m.__dict__.pop("norm", None)  # the cached lookup key of the old text


def _repeated_glue(m: EntityMention, word: str, lex: _Lexicon) -> bool:
    """True when ``word``, glued at the start of two sentences or more to the same one-word name ``m`` ("Copper
    Kettle said ... Copper Kettle confirmed"), is the first word of that name: a common word dropped by chance
    would not open two sentences before the same name. Not a person's name ("Yesterday Tony Blair"), a listed
    name ("Meanwhile Google"), a stop word or an adverb's or a participle's ending ("Later", "Smiling")."""
    return len(m.tokens) == 1 and m.type in ("ORG", "LOC", None) and m.norm not in lex.gazetteer \
        and m.text not in lex.first_names and word.lower() not in lex.stop_words and word not in lex.noise \
        and not word.endswith(("ly", "ing", "ed")) and word not in lex.first_names


def _bracket_letters(mentions: list[EntityMention], sentences: list[str]) -> list[EntityMention]:
    """In a sports report, a team's name takes the letters in brackets that tell two clubs of one name apart
    in a results line or a table ("Mladost ( L ) 2", "Mladost ( BJ ) 4 0 1 3", "Radnicki ( N ) - Spartak");
    returns the mentions without those inside the brackets."""
    inside: set[tuple[int, int]] = set()
    for m in mentions:
        if m.kind != "name" or m.type not in ("ORG", None) or m.sentence < 0:
            continue
        text = sentences[m.sentence]
        if not text.startswith(" ( ", m.end):
            continue
        close = text.find(" )", m.end + 3, m.end + 8)
        letters = text[m.end + 3:close]
        tail = text[close + 2:close + 4]
        if close < 0 or not letters.isalpha() or not letters.isupper() or tail[:1] not in ("", " ") \
                or not (tail[1:] == "" or tail[1:].isdigit() or tail[1:] == "-"):
            continue
        inside.add((m.sentence, m.end + 3))
        m.end = close + 2
        m.text, m.tokens = text[m.start:m.end], (*m.tokens, "(", letters, ")")
        m.__dict__.pop("norm", None)  # the cached lookup key of the old text
    if not inside:
        return mentions
    return [m for m in mentions if (m.sentence, m.start) not in inside]

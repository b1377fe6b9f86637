"""Key actors: the people, organisations and places that drive a story.

:func:`extract_actors` finds named mentions in an article, merges the names
that refer to one actor (surname and full name, an acronym and its expansion,
"the EU" and "European Union", "Russian" and "Moscow" standing for Russia),
types each actor (``PER``, ``ORG``, ``LOC``), takes a role from the text
("SVR chief", "President") and ranks the actors by salience.

The default backend ("rules") is the project's own rule-based extractor. It
needs nothing downloaded: place names come from pycountry and from word lists
shipped under ``resources/wordlists/`` (see the README there for their
provenance), stop words from sumy. An optional spaCy backend ("spacy") is used
only when spaCy and an English model are importable; it replaces the mention
finder and keeps the same merging, roles and ranking.

Two steps, both usable on their own:

* :func:`extract_mentions` returns every typed name mention with its sentence
  and character span (the benchmark maps these back to CoNLL tokens);
* :func:`extract_actors` groups the mentions into ranked :class:`Actor` objects.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

from .errors import BriefingError
from .model import Actor, Article, Summary

BACKENDS = ("rules", "spacy", "auto")

# --------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------


def _read_lines(name: str) -> list[str]:
    from ..paths import resource

    text = resource("wordlists", name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _norm(text: str) -> str:
    """Return a lookup key: lowercase, no periods, straight quotes, no leading 'the'."""
    t = text.replace("’", "'").replace("‘", "'").replace(".", "").lower().strip()
    if t.startswith("the "):
        t = t[4:]
    return " ".join(t.split())


@dataclass
class _Lexicon:
    """Every word list the extractor uses, loaded once."""

    stop_words: frozenset[str]
    common_words: frozenset[str]
    first_names: dict[str, str]
    surnames: frozenset[str]
    titles: frozenset[str]
    role_nouns: frozenset[str]
    org_words: frozenset[str]
    loc_last: frozenset[str]
    loc_first: frozenset[str]
    event_words: frozenset[str]
    noise: frozenset[str]
    demonyms: dict[str, str]
    #: normalised surface -> (type, group key); group key names the actor
    gazetteer: dict[str, tuple[str, str]]
    #: group key -> preferred display name
    group_names: dict[str, str]
    #: normalised capital -> group key of its state
    capitals: dict[str, str]
    #: longest gazetteer entry, in words
    max_len: int
    #: group keys of countries (and other states)
    countries: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """Load the word lists (about 0.2 s, once per process)."""
    import pycountry
    from sumy.utils import get_stop_words

    stop = frozenset(w.lower() for w in get_stop_words("english"))
    common = frozenset(_read_lines("common-words.txt"))
    first: dict[str, str] = {}
    for name in ("first-names.tsv", "first-names-extra.tsv"):
        for line in _read_lines(name):
            n, _, g = line.partition("\t")
            first[n] = g or "u"
    gaz: dict[str, tuple[str, str]] = {}
    names: dict[str, str] = {}

    def put(surface: str, typ: str, key: str, override: bool = False) -> None:
        k = _norm(surface)
        if k and (override or k not in gaz):
            gaz[k] = (typ, key)

    # Places: countries first so that a country wins over a town of the same name.
    iso_key: dict[str, str] = {}
    alias_groups: list[tuple[str, list[str]]] = []
    for line in _read_lines("place-aliases.tsv"):
        canon, _, rest = line.partition("\t")
        alias_groups.append((canon, [a for a in rest.split(",") if a]))
    canon_of: dict[str, str] = {}
    for canon, aliases in alias_groups:
        for a in [canon, *aliases]:
            canon_of[_norm(a)] = canon
    for c in pycountry.countries:
        forms = [c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)]
        forms = [f for f in forms if f and "," not in f and "(" not in f]
        if not forms:
            continue
        canon = next((canon_of[_norm(f)] for f in forms if _norm(f) in canon_of), forms[-1] if getattr(c, "common_name", None) else forms[0])
        if getattr(c, "common_name", None):
            canon = canon_of.get(_norm(c.common_name), c.common_name)
        key = "LOC:" + canon
        iso_key[c.alpha_2] = key
        names.setdefault(key, canon)
        for f in forms:
            put(f, "LOC", key, override=True)
        put(canon, "LOC", key, override=True)
    for canon, aliases in alias_groups:
        key = gaz.get(_norm(canon), ("LOC", "LOC:" + canon))[1]
        names[key] = canon
        for a in [canon, *aliases]:
            put(a, "LOC", key, override=True)
    for line in _read_lines("organisations.tsv"):
        canon, _, rest = line.partition("\t")
        key = "ORG:" + canon
        names[key] = canon
        for a in [canon, *[x for x in rest.split(",") if x]]:
            put(a, "ORG", key, override=True)
    capitals: dict[str, str] = {}
    for line in _read_lines("places.tsv"):
        name, kind, cc, _pop = line.split("\t")
        put(name, "LOC", "LOC:" + name)
        if kind == "capital" and cc in iso_key:
            capitals[_norm(name)] = iso_key[cc]
    for line in _read_lines("capitals-extra.tsv"):
        place, _, state = line.partition("\t")
        if _norm(state) in gaz:
            capitals[_norm(place)] = gaz[_norm(state)][1]
    # First-level subdivisions (states, provinces, regions) that are not common words.
    keep_types = {"State", "Province", "Region", "Oblast", "Land", "Autonomous community", "Governorate",
                  "Prefecture", "Autonomous republic", "Country", "Republic", "Emirate", "Federal district",
                  "Autonomous region", "Territory", "Union territory", "Department", "County", "Canton"}
    for s in pycountry.subdivisions:
        if s.type in keep_types and s.parent_code is None:
            nm = s.name
            if re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*", nm) and nm.lower() not in common and nm not in first:
                put(nm, "LOC", "LOC:" + nm)
    demonyms: dict[str, str] = {}
    for line in _read_lines("demonyms.tsv"):
        adj, _, state = line.partition("\t")
        demonyms[adj] = "" if state == "-" else gaz.get(_norm(state), ("LOC", "LOC:" + state))[1]
    loc_last, loc_first = set(), set()
    for line in _read_lines("loc-words.txt"):
        where, _, word = line.partition("\t")
        (loc_last if where == "last" else loc_first).add(word)
    for key in list(gaz.values()):
        names.setdefault(key[1], key[1].split(":", 1)[1])
    return _Lexicon(
        stop_words=stop,
        common_words=common,
        first_names=first,
        surnames=frozenset(_read_lines("surnames.txt")),
        titles=frozenset(_read_lines("titles.txt")),
        role_nouns=frozenset(_read_lines("role-nouns.txt")),
        org_words=frozenset(_read_lines("org-words.txt")),
        loc_last=frozenset(loc_last),
        loc_first=frozenset(loc_first),
        event_words=frozenset(_read_lines("event-words.txt")),
        noise=frozenset(_read_lines("noise-words.txt")),
        demonyms=demonyms,
        gazetteer=gaz,
        group_names=names,
        capitals=capitals,
        max_len=max(len(k.split()) for k in gaz),
        countries=frozenset(iso_key.values()) | frozenset(gaz[_norm(c)][1] for c, _ in alias_groups if _norm(c) in gaz),
    )


# --------------------------------------------------------------------------
# Tokens
# --------------------------------------------------------------------------

_ABBREVIATIONS = "Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Capt|Sen|Rep|Gov|Jr|Sr|Prof|Rev|Mt|Ft|Inc|Corp|Ltd|Co|Bros|Messrs"
_TOKEN_RE = re.compile(
    r"(?P<acr>(?:[A-Z]\.){2,})"
    rf"|(?P<abbr>(?:{_ABBREVIATIONS})\.)"
    r"|(?P<init>[A-Z]\.)(?=\s+[A-Z])"
    r"|(?P<word>[^\W\d_][^\W_]*(?:[-'’&][^\W_]+)*(?:\.(?:com|net|org|co\.uk))?)"
    r"|(?P<num>\d[\d.,:/]*)"
    r"|(?P<punct>\S)"
)
_POSSESSIVE = re.compile(r"^(.+?)(['’]s)$")
_QUOTES = set("\"'“”‘’«»")
_OPENERS = set("\"'“‘«([{-–—:")
_CONNECTORS = {"of", "for", "in", "de", "del", "della", "der", "den", "van", "von", "da", "di", "du", "la", "le", "bin", "al", "el", "y", "&"}
_NAME_PARTICLES = {"de", "del", "della", "der", "den", "van", "von", "da", "di", "du", "la", "le", "bin", "al", "el", "y"}
_EDGE_WORDS = frozenset("""the a an this that these those his her its their our my your and or but if when while as at by
for from in into on of to with after before since until during under over between about against than then so yet not no
all both each every some any many most more such also however meanwhile although though because it i he she we
they you there here what who""".split())
_CREDIT = re.compile(r"(?i)\b(?:photo(?:graph)?s?|pictures?|images?|illustration|credit|courtesy|source)\s*(?::|by\b|©)|©")
#: Words that are never a name on their own but start real ones ("First Union", "South Africa").
_LONE_NOISE = {"First", "Second", "Third", "Fourth", "Final", "North", "South", "East", "West", "Northern", "Southern",
               "Eastern", "Western", "Central", "Upper", "Lower", "Greater", "New", "Old", "Great", "Royal", "National"}
_NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"}
_CORE_TITLES = {"President", "Minister", "Secretary", "Chancellor", "Chairman", "Governor", "Ambassador",
                "Commissioner", "Premier", "Spokesman", "Director", "Mayor", "Senator", "Leader"}
_ACRONYM_NOUNS = {"RBI", "ERA", "NA", "PCT", "GB", "CAPS", "NYMEX", "FOB", "CIF", "EPS", "P/E", "YTD", "HR", "AB", "IP",
                  "SUV", "CEO", "CFO", "COO", "GDP", "GNP", "TV", "PC", "PCs", "DVD", "DVDs", "CD", "CDs", "VCR", "ISBN",
                  "MP", "MPs", "MEP", "MEPs", "AGM", "IPO", "DNA", "HIV", "AIDS", "Aids", "NGO", "NGOs", "PDF", "HQ",
                  "VAT", "ID", "IT", "PR", "AM", "PM", "FM", "GMT", "OK", "UFO", "URL", "USB", "SMS", "MRI", "CCTV",
                  "VIP", "QC", "OBE", "MBE", "CBE", "BA", "MA", "PhD", "AGM", "RPI", "CPI", "LCD", "GPS", "ATM", "PIN"}
_AGENT_VERBS = {"has", "had", "is", "was", "will", "would", "could", "should", "can", "may", "might", "must",
                "said", "says", "wants", "wanted", "agreed", "announced", "denied", "insisted", "plans", "hopes"}
_LOCATIVE = {"in", "at", "near", "from", "to", "into", "outside", "inside", "across", "around", "throughout", "via", "towards", "toward"}
_PLACE_CUES = {"city", "town", "village", "capital", "province", "region", "port", "district", "state", "island", "county", "suburb", "area"}
_SAY_VERBS = {"said", "says", "told", "added", "asked", "wrote", "explained", "insisted", "argued", "warned", "claimed", "admitted", "believes", "thinks", "felt", "stated"}
_ROLE_MODIFIERS = {"former", "deputy", "acting", "foreign", "prime", "vice", "senior", "top", "assistant", "associate",
                   "managing", "executive", "interim", "outgoing", "incoming", "new", "then", "chief", "general",
                   "defence", "defense", "finance", "interior", "opposition", "party", "state", "co", "joint", "lead",
                   "veteran", "longtime", "long-time", "fellow", "current", "ex", "embattled", "shadow"}


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int
    kind: str  # acr, abbr, init, word, num, punct
    is_cap: bool = False  # capitalised like a name part
    is_upper: bool = False  # ALL CAPS, two letters or more

    def __post_init__(self) -> None:
        text, kind = self.text, self.kind
        if kind in ("acr", "abbr", "init"):
            self.is_cap = True
        elif kind == "word" and text[0].isupper():
            # "Ballymena-born", "Oscar-nominated" are adjectives, not names.
            self.is_cap = "-" not in text or not text.rsplit("-", 1)[1][:1].islower()
        self.is_upper = text.isupper() and sum(c.isalpha() for c in text) >= 2


def _tokenize(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup or "punct"
        s, e = m.span()
        word = m.group()
        if kind == "word":
            pm = _POSSESSIVE.match(word)
            if pm and pm.group(1)[0].isupper():
                cut = s + len(pm.group(1))
                out.append(_Tok(pm.group(1), s, cut, "word"))
                out.append(_Tok(pm.group(2), cut, e, "punct"))
                continue
        out.append(_Tok(word, s, e, kind))
    return out


# --------------------------------------------------------------------------
# Mentions
# --------------------------------------------------------------------------


@dataclass
class EntityMention:
    """One name found in the text.

    ``sentence`` is the body sentence index (``-1`` for the title); ``start``
    and ``end`` are character offsets in that sentence. ``type`` is ``PER``,
    ``ORG`` or ``LOC`` once resolved. ``kind`` is ``"name"`` for a proper name
    and ``"demonym"`` for a nationality adjective standing for a state (these
    count for the state's salience but are not names in the NER sense).
    ``actor`` is the index of the actor it was merged into.
    """

    sentence: int
    start: int
    end: int
    text: str
    type: str | None = None
    kind: str = "name"
    key: str | None = None
    role: str = ""
    honorific: str = ""
    locative: bool = False
    quoted: bool = False
    initial: bool = False
    unsure: bool = False
    paren: bool = False
    agent: bool = False
    in_quote: bool = False
    guessed: bool = False
    team_cue: bool = False
    weak: bool = False
    before_paren: bool = False
    actor: int = -1
    tokens: tuple[str, ...] = field(default_factory=tuple)

    @property
    def norm(self) -> str:
        return _norm(self.text)


def _sentence_mode(toks: list[_Tok], lex: _Lexicon, headline: bool = False) -> str:
    """Return "caps" for ALL-CAPS lines, "title" for a Title Case headline, else "normal".

    Only a headline can be "title": a body sentence listing names ("Among the
    accused were Altria Group, RJ Reynolds Tobacco...") looks the same.
    """
    words = [t for t in toks if t.kind in ("word", "acr", "abbr")]
    if len(words) < 3:
        if words and all(t.is_upper for t in words) and len(words) >= 2:
            return "caps"
        return "normal"
    upper = sum(1 for t in words if t.is_upper)
    if upper / len(words) >= 0.7:
        return "caps"
    content = [t for t in words if t.text.lower() not in lex.stop_words]
    if headline and len(content) >= 3 and sum(1 for t in content if t.is_cap) / len(content) >= 0.85:
        return "title"
    return "normal"


_SPORTS_WORDS = frozenset("""innings wicket wickets goal goals scored beat match matches league standings inning runs
homer homers pitcher halftime half-time rebounds touchdown striker midfielder defender tournament seeded round
championship lap batting bowling bowled club season drew penalty soccer football cricket baseball basketball tennis
golf rugby hockey game games win wins won lost draw points scorers scorer fixtures results""".split())
_TEAM_VERBS = {"beat", "beats", "drew", "lost", "v", "vs", "vs.", "versus", "against", "defeated", "edged", "routed",
               "thrashed", "hammered", "host", "hosts", "hosted", "visit", "visits", "trailed", "led", "leads"}


def _single_letter(t: _Tok) -> bool:
    """A lone capital letter without a period ("W D L" table headers, "Plan B") is not a name part."""
    return t.kind == "word" and len(t.text) == 1


def _team_cue(toks: list[_Tok], a: int, b: int) -> bool:
    """True when a name stands like a team: next to a score ("Leeds 2") or a result verb ("beat Somerset")."""
    if b < len(toks) and toks[b].kind == "num" and len(toks[b].text) <= 3 and (b + 1 >= len(toks) or toks[b + 1].text != "-"):
        return True  # a score or a table row ("Leeds 2", "CHICAGO 74 62"), not a dateline year
    if b < len(toks) and toks[b].text.lower() in _TEAM_VERBS:
        return True
    return a > 0 and toks[a - 1].text.lower() in _TEAM_VERBS


def _is_sports(sentences: list[list[_Tok]]) -> bool:
    """True for a sports report: at least four different sports words ("innings", "beat", "league"...)."""
    hits = set()
    for toks in sentences:
        for t in toks:
            if t.kind == "word" and t.text.lower() in _SPORTS_WORDS:
                hits.add(t.text.lower())
    return len(hits) >= 4


class _Finder:
    """Rule-based mention finder over one article (keeps document-level memory)."""

    def __init__(self, lex: _Lexicon) -> None:
        self.lex = lex
        self._quote_toks: list[_Tok] | None = None
        self._quote_state: list[bool] = []

    # -- candidate spans ---------------------------------------------------

    def spans(self, toks: list[_Tok]) -> list[tuple[int, int]]:
        """Return maximal runs of capitalised tokens, joined by connectors where they fit."""
        spans: list[tuple[int, int]] = []
        i, n = 0, len(toks)
        while i < n:
            if not toks[i].is_cap:
                i += 1
                continue
            j = i + 1
            while j < n:
                t = toks[j]
                if t.is_cap:
                    j += 1
                    continue
                if t.kind == "word" and t.text in _CONNECTORS and j + 1 < n:
                    k = j + 1
                    while k + 1 < n and (toks[k].text == "the" or (toks[k].text in _NAME_PARTICLES and t.text in _NAME_PARTICLES)):
                        k += 1  # "of the", "van der"
                    if toks[k].is_cap and self._joins(toks[i:j], t.text, toks[k]):
                        j = k + 1
                        continue
                if t.text == "&" and j + 1 < n and toks[j + 1].is_cap:
                    j += 2
                    continue
                if t.text == "and" and j + 1 < n and toks[j + 1].is_cap:
                    # "Scottish Exhibition and Conference Centre": one name when it ends like an organisation.
                    k = j + 1
                    while k < n and toks[k].is_cap:
                        k += 1
                    long_name = any(x.text in ("of", "for") for x in toks[i:j]) and any(x.text in self.lex.org_words for x in toks[i:j])
                    if (toks[k - 1].text in self.lex.org_words or long_name) and k - j <= 4 \
                            and not any(_norm(x.text) in self.lex.gazetteer for x in toks[i:j]):
                        j = k
                        continue
                break
            spans.append((i, j))
            i = j
        return spans

    def _joins(self, left: list[_Tok], conn: str, right: _Tok) -> bool:
        lex = self.lex
        words = [t.text for t in left]
        if conn == "in":
            # "Organisation for Security and Cooperation in Europe", "Human Rights in China"
            # but not "Baltic Shipping Group in Gdansk": only inside a long formal name.
            return words[-1] == "Rights" or (any(w in lex.org_words for w in words)
                                             and any(w in ("of", "for", "and") for w in words))
        if conn in ("of", "for"):
            head = words[-1]
            return (head in lex.org_words or head in lex.loc_first or head in lex.loc_last
                    or any(w in lex.org_words for w in words) or head in ("House", "Duke", "Prince", "Princess", "Bank", "City", "Isle", "Glens", "Republic", "Kingdom", "Province", "State", "Secretary", "Minister", "Ministry"))
        # "Charles de Gaulle", "Ludwig van Beethoven": a particle between name parts.
        return conn in _NAME_PARTICLES

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
        credit = _CREDIT.search(text)
        for a, b in self.spans(toks):
            if credit and toks[a].start >= credit.start():
                continue  # a photo credit: "Photo: Sergei Ivanov / AFP"
            if (a > 0 and toks[a - 1].text == "/") or (b < len(toks) and toks[b].text == "/"):
                continue  # "AFP/Getty Images", "Reuters/Pool": agencies in a credit line
            found = self._analyse_span(sent_index, text, toks, a, b)
            if self._quoted(toks, a, b):
                for m in found:
                    m.quoted = True  # the run fills a quotation: a word or a title of a work in quotes
            out.extend(found)
        return out

    def _find_known(self, si, text, toks, known, mode) -> list[EntityMention]:
        """In ALL-CAPS or Title Case lines capitals carry no signal: match known names only."""
        lex = self.lex
        out: list[EntityMention] = []
        i, n = 0, len(toks)
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
                    if size == 1 and mode == "title" and k in lex.common_words and typ == "LOC" and key.split(":", 1)[1] not in lex.group_names.values():
                        continue
                    hit = (size, typ, key)
                    break
                if size == 1 and surface in lex.demonyms:
                    hit = (1, "LOC", lex.demonyms[surface] or None)
                    if not lex.demonyms[surface]:
                        hit = None
                    else:
                        m = EntityMention(si, seg[0].start, seg[0].end, surface, "LOC", "demonym", hit[2], tokens=(surface,))
                        out.append(m)
                        hit = (1, None, "skip")
                    break
            if hit is None:
                i += 1
                continue
            size, typ, key = hit
            if key != "skip":
                seg = toks[i:i + size]
                surface = text[seg[0].start:seg[-1].end]
                m = EntityMention(si, seg[0].start, seg[-1].end, surface, typ, "name", key,
                                  tokens=tuple(s.text for s in seg))
                m.quoted = self._quoted(toks, i, i + size)
                m.team_cue = _team_cue(toks, i, i + size)
                m.locative = i > 0 and toks[i - 1].text.lower() in _LOCATIVE
                out.append(m)
            i += size
        return out

    @staticmethod
    def _quoted(toks: list[_Tok], a: int, b: int) -> bool:
        return a > 0 and b < len(toks) and toks[a - 1].text in _QUOTES and toks[b].text in _QUOTES

    def _initial(self, toks: list[_Tok], a: int) -> bool:
        """True when token ``a`` starts the sentence (after any opening quotes or brackets)."""
        k = a - 1
        if k >= 0 and toks[k].text in ("“", "‘", '"', "(", ":"):
            return True  # quoted speech and brackets start sentences of their own
        while k >= 0 and toks[k].kind == "punct" and toks[k].text in _OPENERS:
            k -= 1
        return k < 0

    def _analyse_span(self, si: int, text: str, toks: list[_Tok], a: int, b: int) -> list[EntityMention]:
        """Turn one capitalised run ``toks[a:b]`` into zero or more typed mentions.

        Trims edge words, then tries in order: a listed name, a nationality,
        a title before a person, a nationality or country prefix, a person
        inside a longer run, a sentence-initial common word, a dateline, and
        finally the shape of the name itself (:meth:`_type_of`).
        """
        lex = self.lex
        # Trim stop words, noise words and sentence-initial common words from the edges.
        while a < b:
            w = toks[a].text
            wl = w.lower()
            if wl in lex.stop_words and not toks[a].is_upper \
                    and (wl in _EDGE_WORDS or "'" in wl or "’" in wl or self._initial(toks, a)) \
                    and (wl == "the" or not self._gaz_prefix(text, toks, a, b)) \
                    and not (wl in _NUMBER_WORDS and a > 0 and toks[a - 1].is_cap):
                a += 1
                continue
            if w in lex.noise or (w == "May" and self._month_may(toks, a)) \
                    or _single_letter(toks[a]):
                a += 1
                continue
            break
        while b > a and ((toks[b - 1].text.lower() in _EDGE_WORDS and not toks[b - 1].is_upper
                          and toks[b - 1].text.lower() not in _NUMBER_WORDS)
                         or toks[b - 1].text in _CONNECTORS or toks[b - 1].text in lex.noise
                         or _single_letter(toks[b - 1])):
            b -= 1
        if a >= b:
            return []
        initial = self._initial(toks, a)
        seg = toks[a:b]
        words = [t.text for t in seg]
        surface = text[seg[0].start:seg[-1].end]
        k = _norm(surface)
        base = dict(sentence=si, quoted=self._quoted(toks, a, b), initial=initial)

        def mk(i0: int, i1: int, typ: str | None, kind: str = "name", key: str | None = None, **kw) -> EntityMention:
            s0, s1 = toks[i0], toks[i1 - 1]
            m = EntityMention(start=s0.start, end=s1.end, text=text[s0.start:s1.end], type=typ, kind=kind, key=key,
                              tokens=tuple(t.text for t in toks[i0:i1]), **{**base, **kw})
            m.initial = self._initial(toks, i0)
            m.quoted = self._quoted(toks, i0, i1)
            m.locative = i0 > 0 and toks[i0 - 1].text.lower() in _LOCATIVE
            m.agent = self._agentive(toks, i0, i1)
            m.in_quote = self._in_quote(toks, i0)
            m.paren = i0 > 0 and i1 < len(toks) and toks[i0 - 1].text == "(" and toks[i1].text == ")"
            m.team_cue = _team_cue(toks, i0, i1)
            m.before_paren = i1 < len(toks) and toks[i1].text == "("
            return m

        # Whole span known?
        if k in lex.gazetteer:
            typ, key = lex.gazetteer[k]
            return [mk(a, b, typ, key=key)]
        if surface in lex.demonyms:
            key = lex.demonyms[surface]
            return [mk(a, b, "LOC", "demonym", key)] if key else []
        if all(w in lex.demonyms or (w.endswith("s") and w[:-1] in lex.demonyms) for w in words):
            return []  # "Indonesians", "Irish Americans": peoples, not actors
        if b - a == 1 and (words[0] in _ACRONYM_NOUNS or (words[0].endswith("s") and words[0][:-1].isupper()
                                                          and len(words[0]) > 2)):
            return []  # common nouns written in capitals: "SUV", "SUVs", "CEO"
        # Title run: "Russian President Vladimir Putin", "Prime Minister Tony Blair", "Mr Howard".
        t0 = None
        for i in range(a, b):
            if toks[i].text in lex.titles or toks[i].text.rstrip(".") in lex.titles:
                t0 = i
                break
            if toks[i].text in lex.demonyms or _norm(toks[i].text) in lex.gazetteer:
                continue
            break
        if t0 is not None:
            t1 = t0
            while t1 < b and (toks[t1].text in lex.titles or toks[t1].text.rstrip(".") in lex.titles
                              or toks[t1].text in _TITLE_QUALIFIERS):
                t1 += 1
            if t1 < b and not self._org_like(words[t1 - a:]):
                out: list[EntityMention] = []
                if t0 > a:
                    out.extend(self._analyse_span(si, text, toks, a, t0))
                role = text[toks[a if t0 > a and self._prefix_is_role(toks[a:t0]) else t0].start:toks[t1 - 1].end]
                honor = toks[t0].text.rstrip(".") if toks[t0].text.rstrip(".") in ("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Lady", "Lord") else ""
                pre = self._pre_role(toks, a if not out else t0, text)
                if honor and honor not in ("Sir", "Lord", "Lady"):
                    role = pre
                elif pre and not role.startswith(pre):
                    role = f"{pre} {role}" if pre.split()[-1] != role.split()[0] else pre
                out.append(mk(t1, b, "PER", role=role, honorific=honor))
                return out
            if t1 >= b:
                return []  # a title alone ("the President") is not a name
        if b - a >= 2 and words[0] in lex.demonyms and not self._org_like(words) and not self._loc_like(words):
            # "Australian Tom Moody": a nationality, then the name.
            return self._analyse_span(si, text, toks, a, a + 1) + self._analyse_span(si, text, toks, a + 1, b)
        for i in range(a + 1, b - 1):
            # "Director of Public Prosecutions Alison Saunders": a first name starts the person.
            if toks[i].text in lex.first_names and toks[i - 1].text not in lex.first_names and toks[i - 1].is_cap \
                    and b - i <= 3 and all(t.is_cap for t in toks[i:b]) and not self._org_like(words[i - a:]):
                pre = text[toks[a].start:toks[i - 1].end]
                role = pre if any(w in _CORE_TITLES or w in lex.titles for w in words[:i - a]) or self._org_like(words[:i - a]) else ""
                before = [] if any(w in _CORE_TITLES for w in words[:i - a]) else self._analyse_span(si, text, toks, a, i)
                return before + [mk(i, b, "PER", role=role)]
        if any(w in _CORE_TITLES for w in words):
            return []  # a title without a name: "State Minister for National Development Planning"
        # A leading country or nationality before an acronym: "Belarus KGB".
        if b - a == 2 and (words[0] in lex.demonyms or lex.gazetteer.get(_norm(words[0]), ("", ""))[0] == "LOC"):
            if toks[a + 1].is_upper:
                return self._analyse_span(si, text, toks, a, a + 1) + self._analyse_span(si, text, toks, a + 1, b)
        # Sentence-initial common word glued to a name: "Yesterday Tony Blair", "Related article".
        if initial and (words[0].lower() in lex.common_words or words[0].lower() in lex.stop_words) \
                and words[0] not in lex.first_names and _norm(words[0]) not in lex.gazetteer:
            if b - a == 1:
                m = mk(a, b, None, unsure=True)
                return [m]
            if not self._org_like(words) and not self._loc_like(words):
                return self._analyse_span(si, text, toks, a + 1, b)
        if a == 0 and all(t.is_upper for t in seg) and b < len(toks) and (
                toks[b].text in (",", "(") or (toks[b].kind == "num" and len(toks[b].text) >= 4)):
            return [mk(a, b, "LOC")]  # a wire dateline: "AL-AIN , United Arab Emirates", "MINSK (Reuters)"
        typ, kind = self._type_of(words, toks, a, b)
        if kind == "misc":
            return []
        m = mk(a, b, typ)
        if kind == "weak" and seg[0].kind != "init":
            m.weak = True  # typed a person by default, not by a first name or an initial
        if (typ is None or m.weak) and b + 1 < len(toks) and toks[b].text in lex.role_nouns and toks[b + 1].is_cap:
            # "Bayer Leverkusen defender Emir Spahic": the run names the person's organisation.
            m.type, m.weak = "ORG", False
        if m.type == "PER":
            m.role = self._pre_role(toks, a, text) or self._appositive(toks, b, text)
        return [m]

    @staticmethod
    def _agentive(toks: list[_Tok], a: int, b: int) -> bool:
        """True when a name acts or owns: "Moscow has pushed", "Minsk's diversion", "as Minsk prepares"."""
        if a > 0 and toks[a - 1].text.lower() in _LOCATIVE:
            return False
        if b >= len(toks):
            return False
        nxt = toks[b].text
        if nxt in ("’s", "'s", "’", "'"):
            return True
        if toks[b].kind == "word" and nxt.islower():
            return nxt in _AGENT_VERBS or (len(nxt) > 3 and (nxt.endswith("ed") or nxt.endswith("s"))
                                           and not nxt.endswith("ss") and not nxt.endswith("us"))
        return False

    def _in_quote(self, toks: list[_Tok], a: int) -> bool:
        """True when token ``a`` sits inside quoted speech (after an opening double quote not yet closed)."""
        if self._quote_toks is not toks:
            # One pass per sentence: a very long "sentence" must not cost its length squared.
            state, opened = [], False
            for t in toks:
                state.append(opened)
                if t.text == "“":
                    opened = True
                elif t.text == "”":
                    opened = False
                elif t.text == '"':
                    opened = not opened
            self._quote_toks, self._quote_state = toks, state
        return self._quote_state[a]

    def _gaz_prefix(self, text: str, toks: list[_Tok], a: int, b: int) -> int:
        """Return the length of the longest gazetteer name starting at token ``a`` (0 for none)."""
        gaz = self.lex.gazetteer
        for size in range(min(b - a, self.lex.max_len), 1, -1):
            if _norm(text[toks[a].start:toks[a + size - 1].end]) in gaz:
                return size
        return 0

    def _month_may(self, toks: list[_Tok], a: int) -> bool:
        prev = toks[a - 1].text.lower() if a > 0 else ""
        nxt = toks[a + 1] if a + 1 < len(toks) else None
        return prev in ("in", "on", "since", "until", "by", "last", "next", "early", "late", "mid", "of") or (nxt is not None and nxt.kind == "num")

    def _prefix_is_role(self, prefix: list[_Tok]) -> bool:
        return all(t.text in self.lex.demonyms or _norm(t.text) in self.lex.gazetteer for t in prefix)

    def _org_like(self, words: Sequence[str]) -> bool:
        lex = self.lex
        return any(w in lex.org_words for w in words) or "&" in words

    def _loc_like(self, words: Sequence[str]) -> bool:
        lex = self.lex
        return (len(words) > 1 and (words[-1] in lex.loc_last or words[0] in lex.loc_first))

    def _type_of(self, words: list[str], toks: list[_Tok], a: int, b: int) -> tuple[str | None, str]:
        lex = self.lex
        n = len(words)
        if words[-1] in lex.event_words or (n > 1 and " ".join(words[-2:]) in lex.event_words) or words[0] == "Operation":
            return None, "misc"
        if all(w in lex.noise for w in words):
            return None, "misc"
        if n == 1 and (words[0] in _LONE_NOISE or words[0] in lex.org_words or words[0] in lex.loc_last):
            return None, "misc"  # "South", "Office", "Stadium" alone are not names
        if n > 1 and words[-1].lower() in _NUMBER_WORDS:
            return "ORG", "name"  # a named group: "Guildford Four", "Birmingham Six"
        if n > 1 and lex.gazetteer.get(_norm(words[0]), ("", ""))[0] == "ORG":
            return "ORG", "name"  # "BBC Northern Ireland", "Google News"
        if "&" in words:
            return "ORG", "name"
        if n > 1 and words[0] in lex.first_names and words[-1] not in lex.org_words and "of" not in words and words[-1] not in lex.loc_last:
            return "PER", "name"
        if self._org_like(words):
            return "ORG", "name"
        if self._loc_like(words):
            return "LOC", "name"
        if n == 1:
            w = words[0]
            if toks[a].is_upper or toks[a].kind == "acr":
                return "ORG", "name"
            if any(c.isdigit() for c in w):
                return "ORG", "name"
            return None, "name"
        if all(t.is_upper for t in toks[a:b]):
            return "ORG", "name"
        if n <= 3 and "of" not in words and "for" not in words:
            if all(w.lower() in lex.common_words for w in words):
                return None, "misc"  # titles of works and products: "Desperate Housewives", "Smart Tags"
            return "PER", "weak"
        return "ORG", "name"

    def _pre_role(self, toks: list[_Tok], a: int, text: str) -> str:
        """Return the descriptor just before a name: "SVR chief", "Belarus KGB chief", "Tory leader"."""
        lex = self.lex
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

    def _appositive(self, toks: list[_Tok], b: int, text: str) -> str:
        """Return a short appositive after a name: "Cory Doctorow, outreach coordinator for EFF, said"."""
        lex = self.lex
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


_TITLE_QUALIFIERS = {"Prime", "Foreign", "Defence", "Defense", "Finance", "Interior", "Home", "Deputy", "Vice",
                     "Acting", "Former", "First", "Chief", "Executive", "Grand", "Supreme", "Crown", "Opposition",
                     "Trade", "Justice", "Health", "Education", "Energy", "Agriculture", "Transport", "Culture",
                     "Economy", "Economics", "Environment", "Attorney", "State", "Secretary", "General", "Minister",
                     "Labour", "Labor", "Industry", "Information", "Development", "Planning", "National", "Affairs"}


# --------------------------------------------------------------------------
# The document pass: mentions, then merging into actors
# --------------------------------------------------------------------------


def _rule_mentions(article: Article) -> list[EntityMention]:
    """Find mentions in body sentences and the title, with two passes for document memory."""
    lex = _lexicon()
    finder = _Finder(lex)
    sentences = [s.text for s in article.sentences]
    known: dict[str, tuple[str | None, str | None]] = {}
    mentions: list[EntityMention] = []
    deferred: list[int] = []
    all_toks = [_tokenize(text) for text in sentences]
    for i, text in enumerate(sentences):
        toks = all_toks[i]
        if _sentence_mode(toks, lex) != "normal":
            deferred.append(i)
            continue
        for m in finder.find(i, text, {}, toks, "normal"):
            mentions.append(m)
    for m in mentions:
        if m.kind == "name" and not m.unsure and not m.quoted:
            known.setdefault(m.norm, (m.type, m.key))
    # Surnames and first words of multi-word names, for headlines in capitals.
    for m in list(mentions):
        if m.type == "PER" and len(m.tokens) > 1:
            known.setdefault(_norm(m.tokens[-1]), ("PER", None))
    for i in deferred:
        mentions.extend(finder.find(i, sentences[i], known, all_toks[i]))
    if article.title:
        mentions.extend(finder.find(-1, article.title, known))
    if _is_sports(all_toks):
        _mark_teams(mentions, lex)
    return mentions


def _mark_teams(mentions: list[EntityMention], lex: _Lexicon) -> None:
    """In a sports report, a town or region that plays ("Leeds 2", "beat Somerset") is a team (ORG).

    Countries stay places (national sides are named by their country), and so
    does a town used as a venue ("at Leeds").
    """
    teams = set()
    people = {_norm(m.tokens[-1]) for m in mentions if m.type == "PER" and len(m.tokens) > 1 and not m.weak}
    people |= {m.norm for m in mentions if m.before_paren}
    for m in mentions:
        if m.kind != "name" or not m.team_cue or m.paren or m.norm in people:
            continue
        if m.type == "LOC" and m.key not in lex.countries or m.type is None or (m.type == "PER" and m.weak):
            teams.add(m.norm)
    for m in mentions:
        if m.kind == "name" and m.norm in teams and not m.locative and not m.paren \
                and (m.type != "LOC" or m.key not in lex.countries):
            m.type, m.key, m.unsure = "ORG", None, False


def _spacy_mentions(article: Article) -> list[EntityMention]:
    """Find mentions with spaCy's statistical NER (only when spaCy and a model are installed)."""
    nlp = _spacy_model()
    label_map = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "DEMONYM"}
    lex = _lexicon()
    out: list[EntityMention] = []
    texts = [(-1, article.title)] if article.title else []
    texts += [(s.index, s.text) for s in article.sentences]
    for (si, text), doc in zip(texts, nlp.pipe(t for _, t in texts)):
        for ent in doc.ents:
            typ = label_map.get(ent.label_)
            if typ is None:
                continue
            surface = ent.text
            if surface.lower().startswith("the "):
                surface = surface[4:]
            start = ent.end_char - len(surface)
            if typ == "DEMONYM":
                key = lex.demonyms.get(surface)
                if key:
                    out.append(EntityMention(si, start, ent.end_char, surface, "LOC", "demonym", key, tokens=(surface,)))
                continue
            gaz = lex.gazetteer.get(_norm(surface))
            out.append(EntityMention(si, start, ent.end_char, surface, typ, "name", gaz[1] if gaz else None,
                                     tokens=tuple(surface.split())))
    return out


@lru_cache(maxsize=1)
def _spacy_model():
    try:
        import spacy
    except ImportError as exc:
        raise BriefingError("The spaCy backend needs spaCy and an English model; use the rules backend.") from exc
    for name in ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf"):
        try:
            nlp = spacy.load(name)
        except (OSError, ImportError, ValueError):
            continue
        # Only the entity recogniser is needed; the parser and lemmatizer cost most of the time.
        for pipe in ("parser", "lemmatizer"):
            if pipe in nlp.pipe_names:
                nlp.disable_pipe(pipe)
        return nlp
    raise BriefingError("spaCy is installed but no English model is; use the rules backend.")


def spacy_available() -> bool:
    """Return True when the optional spaCy backend can run (spaCy and an English model import)."""
    try:
        _spacy_model()
    except BriefingError:
        return False
    return True


@dataclass
class _Cluster:
    type: str | None
    forms: Counter = field(default_factory=Counter)
    mentions: list[EntityMention] = field(default_factory=list)
    key: str | None = None

    def add(self, m: EntityMention) -> None:
        self.mentions.append(m)
        self.forms[m.text] += 1


def _resolve(mentions: list[EntityMention]) -> list[_Cluster]:
    """Merge mentions into actors and settle the type of every mention."""
    lex = _lexicon()
    clusters: list[_Cluster] = []
    by_key: dict[str, int] = {}

    def cluster_for(key: str, typ: str | None) -> int:
        if key not in by_key:
            by_key[key] = len(clusters)
            clusters.append(_Cluster(typ, key=key))
        return by_key[key]

    names = [m for m in mentions if m.kind == "name"]
    capitalised = Counter(m.norm for m in names if not m.initial and m.sentence >= 0)
    # Acronyms explained in the text: "Russian Foreign Intelligence Service (SVR)".
    acronym_of: dict[str, str] = {}
    by_sentence: dict[int, list[EntityMention]] = defaultdict(list)
    for m in names:
        by_sentence[m.sentence].append(m)
    for ms in by_sentence.values():
        ms.sort(key=lambda x: x.start)
        for x, y in zip(ms, ms[1:]):
            if y.paren and len(y.tokens) == 1 and y.tokens[0].isupper() and len(x.tokens) > 1 and y.start - x.end == 2 \
                    and x.type != "PER":
                acronym_of[y.norm] = x.norm
    # Multi-word names define the people and organisations; gazetteer names their groups.
    surnames: set[str] = set()
    for m in names:
        if m.type == "PER" and len(m.tokens) > 1 and not m.key:
            m.actor = cluster_for("PER:" + m.norm, "PER")
            surnames.add(_norm(m.tokens[-1]))
    for m in names:
        if m.actor >= 0:
            continue
        if m.key and not (len(m.tokens) == 1 and m.norm in surnames and m.type == "LOC" and not m.locative):
            # A listed name, unless it is the surname of a person in this text ("Washington").
            m.actor = cluster_for(m.key, m.type)
        elif m.key:
            m.key, m.type = None, "PER"
        elif m.type in ("ORG", "LOC") and len(m.tokens) > 1:
            m.actor = cluster_for(f"{m.type}:" + m.norm, m.type)
    for m in names:
        if m.actor >= 0:
            clusters[m.actor].add(m)
    # Parts of known names: "Naryshkin" -> "Sergei Naryshkin", "Altria" -> "Altria Group".
    part_index: dict[str, set[int]] = defaultdict(set)
    last_index: dict[str, set[int]] = defaultdict(set)
    for i, c in enumerate(clusters):
        for form in c.forms:
            toks = form.split()
            if len(toks) < 2:
                continue
            if c.type == "PER":
                last_index[_norm(toks[-1])].add(i)
                for k in range(1, len(toks) - 1):
                    last_index[_norm(" ".join(toks[k:]))].add(i)  # "Van Gaal" -> "Louis van Gaal"
                part_index[_norm(toks[0])].add(i)
                for part in toks[-1].split("-"):
                    last_index[_norm(part)].add(i)
            elif c.type == "ORG":
                for t in toks:
                    if t not in lex.org_words and t.lower() not in lex.stop_words and t not in lex.demonyms \
                            and t not in _CONNECTORS and lex.gazetteer.get(_norm(t), ("", ""))[0] != "LOC":
                        part_index[_norm(t)].add(i)
                for n in (2, 3):
                    for s in range(len(toks) - n + 1):
                        part_index[_norm(" ".join(toks[s:s + n]))].add(i)
    norm_to_cluster: dict[str, int] = {}
    for i, c in enumerate(clusters):
        for form in c.forms:
            norm_to_cluster.setdefault(_norm(form), i)

    def pick(cands: set[int], m: EntityMention) -> int | None:
        if not cands:
            return None
        if len(cands) == 1:
            return next(iter(cands))
        if m.honorific in ("Mrs", "Ms", "Miss", "Mr"):
            want = "m" if m.honorific == "Mr" else "f"
            fits = [i for i in cands if any(lex.first_names.get(f.split()[0]) in (want, "u") for f in clusters[i].forms)]
            if len(fits) == 1:
                return fits[0]
        return max(cands, key=lambda i: len(clusters[i].mentions))

    pending = [m for m in names if m.actor < 0]
    for m in pending:
        k = m.norm
        target = norm_to_cluster.get(k)
        if target is None and k in acronym_of:
            target = norm_to_cluster.get(acronym_of[k])
        if target is None and len(m.tokens) == 1 and "-" in m.text and not m.key:
            # "Naryshkin-Tertel talks": two known people, not an organisation.
            parts = m.text.split("-")
            hits = [pick(last_index.get(_norm(p), set()), m) for p in parts]
            if all(h is not None for h in hits):
                pos = m.start
                for p, h in zip(parts, hits):
                    sub = EntityMention(m.sentence, pos, pos + len(p), p, "PER", tokens=(p,), actor=h)
                    clusters[h].add(sub)
                    mentions.append(sub)
                    pos += len(p) + 1
                m.kind = "split"
                continue
        if target is None and (m.type in ("PER", None) or m.honorific or (m.weak and len(m.tokens) <= 3)):
            target = pick(last_index.get(k, set()), m)
            if target is None and m.type is None and not m.honorific:
                target = pick(part_index.get(k, set()) & {i for i, c in enumerate(clusters) if c.type == "PER"}, m) if len(m.tokens) == 1 and m.tokens[0] in lex.first_names else None
        if target is None and m.type in ("ORG", None) and not m.honorific:
            cands = {i for i in part_index.get(k, set()) if clusters[i].type == "ORG"}
            target = pick(cands, m) if len(cands) == 1 else None
        if target is not None:
            m.actor = target
            m.type = clusters[target].type
            clusters[target].add(m)
            continue
        if m.type is None:
            m.type = _guess_single(m, lex, capitalised)
            m.guessed = True
            if m.type is None:
                m.kind = "dropped"
                continue
        if m.unsure and m.initial and capitalised[k] < 1:
            m.kind = "dropped"
            continue
        key = f"{m.type}:{k}"
        m.actor = cluster_for(key, m.type)
        clusters[m.actor].add(m)
        norm_to_cluster.setdefault(k, m.actor)
    # A shorter organisation name inside exactly one longer one: "Media Council" -> "Ugandan Media Council".
    orgs = [i for i, c in enumerate(clusters) if c.type == "ORG" and c.mentions and not c.key]
    for i in orgs:
        short = max(clusters[i].forms, key=len).split()
        if len(short) < 2:
            continue
        hosts = []
        for j in orgs:
            if j == i or not clusters[j].mentions:
                continue
            longer = max(clusters[j].forms, key=len).split()
            if len(longer) > len(short) and any(longer[s:s + len(short)] == short for s in range(len(longer) - len(short) + 1)):
                hosts.append(j)
        if len(hosts) == 1:
            for m in clusters[i].mentions:
                m.actor = hosts[0]
                clusters[hosts[0]].add(m)
            clusters[i].mentions = []
            clusters[i].forms.clear()
    # An acronym explained in the text joins its expansion, even when both are listed.
    for acr, full in acronym_of.items():
        ia, ib = norm_to_cluster.get(acr), norm_to_cluster.get(full)
        if ia is not None and ib is not None and ia != ib and clusters[ib].type == "ORG":
            for m in clusters[ia].mentions:
                m.actor = ib
                clusters[ib].add(m)
            clusters[ia].mentions = []
            clusters[ia].forms.clear()
            if clusters[ia].key:
                clusters[ib].key = clusters[ib].key or clusters[ia].key
    # Names only ever seen in quotes ("Destructive", 'No More Mr Nasty') are words or titles of works.
    for c in clusters:
        if c.mentions and not c.key and all(m.quoted for m in c.mentions):
            for m in c.mentions:
                m.kind = "dropped"
            c.mentions = []
    # Capitals standing for their state ("Moscow has pushed") and nationality adjectives.
    key_to_cluster = {c.key: i for i, c in enumerate(clusters) if c.key and c.mentions}
    for i, c in enumerate(clusters):
        if c.type != "LOC" or not c.mentions:
            continue
        cap_state = lex.capitals.get(_norm(c.mentions[0].text))
        if cap_state and cap_state in key_to_cluster and key_to_cluster[cap_state] != i:
            body = [m for m in c.mentions if m.sentence >= 0]
            if any(m.agent for m in body):
                target = clusters[key_to_cluster[cap_state]]
                for m in c.mentions:
                    m.actor = key_to_cluster[cap_state]
                    target.add(m)
                c.mentions = []
    for m in mentions:
        if m.kind == "demonym" and m.key in key_to_cluster:
            m.actor = key_to_cluster[m.key]
            clusters[m.actor].add(m)
    return clusters


def _guess_single(m: EntityMention, lex: _Lexicon, capitalised: Counter) -> str | None:
    """Type a lone capitalised word that no list or longer name explains.

    ``capitalised`` counts each word's capitalised uses inside sentences: a
    common word capitalised there twice or more is a name ("Surrey", "Dole").
    """
    w = m.tokens[0] if m.tokens else m.text
    if m.quoted:
        return None
    if (w.lower() in lex.common_words or w.lower() in lex.stop_words) and capitalised[m.norm] < 2:
        if m.initial or w not in lex.surnames:
            return None
    wl = w.lower()
    if wl.endswith("s") and wl in lex.common_words and (wl[:-1] in lex.common_words or wl[:-2] in lex.common_words):
        return None  # a plural common noun used as a heading: "Refugees", "Automakers"
    if w in lex.first_names or w in lex.surnames:
        return "PER"
    if m.locative:
        return "LOC"
    return "ORG"


def extract_mentions(article: Article, backend: str = "rules") -> list[EntityMention]:
    """Return every typed name mention of ``article`` (title and body), merged into actors.

    Each mention's ``actor`` indexes the clusters built internally; mentions
    that were dropped as noise are left out. ``backend`` is as for
    :func:`extract_actors`. Raises :class:`BriefingError` for an unknown or
    unavailable backend.
    """
    mentions, _clusters = _analyse(article, backend)
    return [m for m in mentions if m.kind in ("name", "demonym") and m.type in ("PER", "ORG", "LOC")]


def _analyse(article: Article, backend: str) -> tuple[list[EntityMention], list[_Cluster]]:
    if backend not in BACKENDS:
        raise BriefingError(f"Unknown actor backend '{backend}'; choose one of {', '.join(BACKENDS)}.")
    if backend == "spacy" or (backend == "auto" and spacy_available()):
        mentions = _spacy_mentions(article)
    else:
        mentions = _rule_mentions(article)
    clusters = _resolve(mentions)
    return mentions, clusters


def extract_actors(article: Article, summary: Summary | None = None, backend: str = "rules") -> list[Actor]:
    """Return the article's key actors, most salient first.

    Each :class:`Actor` has a canonical name (the fullest form the text uses),
    a type (``PER``, ``ORG``, ``LOC``), the other names the text uses for it,
    a role taken from the text when one is found, its mention count, the
    indices of the body sentences that mention it and a salience score built
    from the mentions (earlier ones weigh more), presence in the title and in
    ``summary`` (when given). Names seen only in the title are not actors.

    ``backend`` is ``"rules"`` (default, offline, no model), ``"spacy"`` (needs
    spaCy and an English model; raises :class:`BriefingError` without them) or
    ``"auto"`` (spaCy when available, else rules). An article without text
    gives an empty list.
    """
    mentions, clusters = _analyse(article, backend)
    lex = _lexicon()
    n_sent = max(article.sentence_count, 1)
    summary_idx = {s.index for s in summary.sentences} if summary else set()
    actors: list[Actor] = []
    for c in clusters:
        body = [m for m in c.mentions if m.sentence >= 0 and m.kind in ("name", "demonym")]
        names_only = [m for m in body if m.kind == "name"]
        if not names_only:
            continue
        title_hit = any(m.sentence < 0 for m in c.mentions)
        name = _canonical(c, lex)
        aliases = sorted({m.text for m in body if m.text != name}, key=lambda s: (-len(s), s))
        sentences = sorted({m.sentence for m in body})
        score = 0.0
        for m in body:
            # A place named as a setting ("in Glasgow") or an adjective weighs less than an actor.
            w = 0.5 if m.kind == "demonym" or m.locative else 1.0
            if m.in_quote:
                w *= 0.6
            score += w * (1.0 + (1.0 - m.sentence / n_sent))
            if m.agent and m.kind == "name" and not m.in_quote:
                score += 0.75  # the subject of a verb acts in the story
        first = min(m.sentence for m in names_only)
        score += 1.5 * (1.0 - first / n_sent)
        if title_hit:
            score += 3.0
        score += 1.0 * min(3, len(summary_idx.intersection(sentences)))
        role = next((m.role for m in sorted(names_only, key=lambda x: (x.sentence, x.start)) if m.role), "")
        if role:
            score += 1.0
        score *= _TYPE_WEIGHT.get(c.type or "ORG", 1.0)
        if any(m.guessed for m in names_only) and len(names_only) == 1:
            score *= 0.6  # a lone word typed by default is the weakest evidence
        actors.append(Actor(name=name, type=c.type or "ORG", aliases=aliases, role=role,
                            mentions=len(body), sentences=sentences, salience=round(score, 3)))
    actors.sort(key=lambda a: (-a.salience, a.sentences[0] if a.sentences else 0, a.name))
    return actors


#: Stories are about people and organisations more than about places.
_TYPE_WEIGHT = {"PER": 1.4, "ORG": 1.0, "LOC": 0.85}


def _canonical(c: _Cluster, lex: _Lexicon) -> str:
    """Return the fullest name the text uses for a cluster (the gazetteer's name when the text uses it)."""
    forms = [m.text for m in c.mentions if m.kind == "name"]
    if c.key and c.key in lex.group_names:
        preferred = lex.group_names[c.key]
        if any(_norm(f) == _norm(preferred) for f in forms):
            return next(f for f in forms if _norm(f) == _norm(preferred))
    counts = Counter(forms)
    return max(counts, key=lambda f: (len(f.split()) if not f.isupper() else 0.5, len(f), counts[f]))

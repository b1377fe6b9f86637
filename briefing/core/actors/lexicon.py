"""The actors' word lists: first names, surnames, places (pycountry and resources/wordlists), organisations, titles.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path

# --------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------
from ..language.english_words import english_words
from ..language.resources import stop_words


def read_lines(name: str, sections: bool = False) -> list[str]:
    """Return a word list's lines without blank ones; comments too only with ``sections`` (section heads)."""
    from ...paths import resource

    text = resource("wordlists", name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and (sections or not line.startswith("#"))]


@lru_cache(maxsize=1 << 16)
def _norm(text: str) -> str:
    """Return a lookup key: lowercase, no periods, straight quotes, no leading 'the'.

    Cached: the finder and the resolver ask for the same few thousand names and
    words hundreds of thousands of times in a long document.
    """
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
    #: normalised name of a listed football club that is also a listed city -> the city's group key ("leeds")
    club_towns: dict[str, str] = field(default_factory=dict)
    #: one-word subdivisions left out of the gazetteer as first names, surnames or dictionary words ("Devon", "Kent",
    #: "Mayo"; four letters or more): a place
    #: only when the text lists them beside a place (:func:`.guess.listed_with`)
    name_places: frozenset[str] = frozenset()
    #: trade and shop nouns that end a business's name ("Harbour Bakery", "Riverside Garage"): trade-words.txt
    trade_words: frozenset[str] = frozenset()
    #: organisation words and titles the tagger's features leave out (late-words.txt: added after its training)
    late_words: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """Return the word lists: from the user cache when it is current, else built (and cached).

    Building takes about 0.2 s; loading the cached copy (a ``marshal`` file:
    plain strings, dicts, frozensets and tuples, no code) about a fifth of
    that. The cache is keyed by everything the lists are built from (see
    :func:`_cache_key`), so a new version, edited word lists or a new
    pycountry rebuild it. Without a writable cache folder the lists are built
    every time.
    """
    cached = _load_cached()
    if cached is not None:
        return cached
    lexicon = _build_lexicon()
    _store_cached(lexicon)
    return lexicon


_CACHE_FORMAT = 2


def _cache_key() -> str:
    """Return a digest of what the word lists are built from: this module, the word-list files, the versions."""
    import hashlib
    import importlib.util

    from ... import __version__
    from ...paths import resource

    digest = hashlib.sha256()
    digest.update(f"{_CACHE_FORMAT}\0{__version__}\0".encode())
    digest.update(Path(__file__).read_bytes())
    folder = resource("wordlists")
    for path in sorted(folder.iterdir()):
        stat = path.stat()
        digest.update(f"{path.name}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    for package in ("pycountry", "sumy"):  # their installed files: a reinstall or upgrade changes them
        spec = importlib.util.find_spec(package)
        origin = Path(spec.origin) if spec is not None and spec.origin else None
        if origin is not None and origin.exists():
            stat = origin.stat()
            digest.update(f"{origin}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    return digest.hexdigest()[:32]


def _cache_path() -> Path | None:
    from ...paths import user_cache_dir

    folder = user_cache_dir()
    return folder / f"actor-wordlists-{_cache_key()}.marshal" if folder is not None else None


_FIELD_TYPES = {f.name: f.type for f in fields(_Lexicon)}


def _load_cached() -> _Lexicon | None:
    """Return the cached word lists, or ``None`` when there is no current, well-formed cache file."""
    import marshal

    try:
        path = _cache_path()
        if path is None:
            return None
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(data, dict) or set(data) != set(_FIELD_TYPES):
        return None
    expected = {"frozenset": frozenset, "dict": dict, "int": int}
    for name, value in data.items():
        kind = expected.get(str(_FIELD_TYPES[name]).split("[")[0])
        if kind is None or not isinstance(value, kind):
            return None
    return _Lexicon(**data)


def _store_cached(lexicon: _Lexicon) -> None:
    """Write the word lists to the user cache (atomically; old cache files removed; failures ignored)."""
    import marshal

    from ..atomic import write_atomically

    try:
        path = _cache_path()
        if path is None:
            return
        write_atomically(path, marshal.dumps({f.name: getattr(lexicon, f.name) for f in fields(lexicon)}))
        for old in path.parent.glob("actor-wordlists-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)
    except (OSError, ValueError):
        pass


#: Designators that pycountry writes around a subdivision's name ("Guangdong Sheng", "Dagestan, Respublika",
#: "Volgogradskaya oblast'"); news writes the name alone.
_DESIGNATORS = frozenset(["sheng", "shi", "zizhiqu", "huizu", "zhuangzu", "uygur", "sar", "respublika", "oblast'", "oblast",
                          "kray", "okrug", "avtonomnyy", "avtonomnaya", "novads", "län", "kraj", "županija", "oblysy",
                          "apskritis", "miestas", "voblasć", "province", "region", "governorate", "prefecture",
                          "municipality", "district", "county", "city", "state"])
#: Lowercase words inside a place's name ("Zamboanga del Sur", "Møre og Romsdal").
_PLACE_PARTICLES = frozenset(["de", "del", "della", "di", "da", "do", "dos", "du", "des", "la", "le", "los", "las",
                              "el", "al", "og", "y", "i", "e", "upon", "on", "sur", "an", "am", "im", "ob", "na", "nad"])


def _subdivision_names(pycountry, common: frozenset[str], first: dict[str, str], surnames: frozenset[str],
                       named: set[str] | None = None) -> list[str]:
    """Return pycountry's subdivision names as news writes them, with an ASCII form beside an accented one.

    Bracketed notes and designators are dropped ("Guangdong Sheng" -> "Guangdong",
    "Ilocos (Region I)" -> "Ilocos"); "Newfoundland and Labrador" gives both parts.
    Kept only when every word is capitalised (or a particle) and a one-word name
    is no dictionary word, first name or common surname; a longer one is not all
    dictionary words ("Free State"). The one-word names of four letters or more left
    out ("Devon", "Kent", "Mayo") go into ``named`` when given.
    """
    import unicodedata

    out: list[str] = []
    for s in pycountry.subdivisions:
        name = s.name
        for open_, close in (("(", ")"), ("[", "]")):
            while open_ in name and close in name[name.index(open_):]:
                i = name.index(open_)
                name = name[:i] + name[name.index(close, i) + 1:]
        if "," in name:
            head, _, tail = name.partition(",")
            if tail.strip().lower() not in _DESIGNATORS:
                continue  # "London, City of"
            name = head
        words = name.replace("’", "'").split()
        while words and words[-1].lower() in _DESIGNATORS:
            words.pop()
        while words and words[0].lower() in _DESIGNATORS:
            words.pop(0)
        parts = " ".join(words).split(" and ") if len(words) > 2 else [" ".join(words)]
        for part in parts:
            ws = part.split()
            if not ws or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()
                                 or w in _PLACE_PARTICLES for w in ws) or not ws[0][:1].isupper():
                continue
            if len(ws) == 1:
                w = ws[0]
                if len(w) < 4 or w.lower() in common or w in first or w in surnames:
                    if named is not None and len(w) >= 4:
                        named.add(w)
                    continue
            elif all(w.lower() in common for w in ws):
                continue
            out.append(part)
            plain = unicodedata.normalize("NFKD", part).encode("ascii", "ignore").decode()
            if plain != part and len(plain) == len(unicodedata.normalize("NFC", part)) and plain.lower() not in common:
                out.append(plain)
    return out


def _build_lexicon() -> _Lexicon:
    """Build the word lists from resources/wordlists, pycountry and sumy's stop words (about 0.2 s)."""
    import pycountry

    stop = stop_words("english")
    common = english_words()
    first: dict[str, str] = {}
    for name in ("first-names.tsv", "first-names-extra.tsv", "first-names-intl.tsv"):
        for line in read_lines(name):
            n, _, g = line.partition("\t")
            first[n] = g or "u"
    surnames = frozenset(read_lines("surnames.txt"))
    gaz: dict[str, tuple[str, str]] = {}
    names: dict[str, str] = {}

    def put(surface: str, typ: str, key: str, override: bool = False) -> None:
        k = _norm(surface)
        if k and (override or k not in gaz):
            gaz[k] = (typ, key)

    # Places: countries first so that a country wins over a town of the same name.
    iso_key: dict[str, str] = {}
    alias_groups: list[tuple[str, list[str]]] = []
    for line in read_lines("place-aliases.tsv"):
        canon, _, rest = line.partition("\t")
        alias_groups.append((canon, [a for a in rest.split(",") if a]))
    canon_of: dict[str, str] = {}
    for canon, aliases in alias_groups:
        for a in [canon, *aliases]:
            canon_of[_norm(a)] = canon
    parts: list[tuple[list[str], str]] = []
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
        if " and " in c.name:
            parts.append((c.name.split(" and "), key))
    peoples = {line.partition("\t")[0] for line in read_lines("demonyms.tsv")}
    for halves, key in parts:
        # "Trinidad", "Tobago", "Antigua": a part of a two-part country's name stands for it, unless it is a
        # dictionary word or may be a people ("Turks": no plural).
        for h in halves:
            if " " not in h and h.lower() not in common and h not in peoples and not h.endswith("s"):
                put(h, "LOC", key)
    for canon, aliases in alias_groups:
        key = gaz.get(_norm(canon), ("LOC", "LOC:" + canon))[1]
        names[key] = canon
        for a in [canon, *aliases]:
            put(a, "LOC", key, override=True)
    clubs: set[str] = set()
    in_clubs = False
    for line in read_lines("organisations.tsv", sections=True):
        if line.startswith("#"):
            in_clubs = line.startswith("# Football clubs")
            continue
        canon, _, rest = line.partition("\t")
        key = "ORG:" + canon
        names[key] = canon
        for a in [canon, *[x for x in rest.split(",") if x]]:
            put(a, "ORG", key, override=True)
            if in_clubs:
                clubs.add(_norm(a))
    for name in read_lines("celestial-bodies.txt"):
        put(name, "LOC", "LOC:" + name, override=True)
    capitals: dict[str, str] = {}
    club_towns: dict[str, str] = {}
    for line in read_lines("places.tsv"):
        name, kind, cc, pop = line.split("\t")
        put(name, "LOC", "LOC:" + name)
        if _norm(name) in clubs and int(pop) >= 200_000:  # a big town the club is named after, not "Ajax"
            club_towns[_norm(name)] = "LOC:" + name
        if kind == "capital" and cc in iso_key:
            capitals[_norm(name)] = iso_key[cc]
    for line in read_lines("state-abbreviations.tsv"):
        state, _, short = line.partition("\t")
        if _norm(state) in gaz:
            put(short, "LOC", gaz[_norm(state)][1])  # "Calif", "N.H.": a state, not a country (no national side)
    for line in read_lines("capitals-extra.tsv"):
        place, _, state = line.partition("\t")
        if _norm(state) in gaz:
            capitals[_norm(place)] = gaz[_norm(state)][1]
    # Subdivisions (states, provinces, regions, counties, departments) in news form: "Zhejiang", "Dordogne".
    name_places: set[str] = set()
    for nm in _subdivision_names(pycountry, common, first, surnames, name_places):
        put(nm, "LOC", "LOC:" + nm)
    demonyms: dict[str, str] = {}
    for line in read_lines("demonyms.tsv"):
        adj, _, state = line.partition("\t")
        demonyms[adj] = "" if state == "-" else gaz.get(_norm(state), ("LOC", "LOC:" + state))[1]
    loc_last, loc_first = set(), set()
    for line in read_lines("loc-words.txt"):
        where, _, word = line.partition("\t")
        (loc_last if where == "last" else loc_first).add(word)
    for key in list(gaz.values()):
        names.setdefault(key[1], key[1].split(":", 1)[1])
    late: dict[str, frozenset[str]] = {"org": frozenset(), "title": frozenset()}
    for line in read_lines("late-words.txt"):
        kind, word = line.split(None, 1)
        late[kind] = late[kind] | {word.strip()}
    return _Lexicon(
        stop_words=stop,
        common_words=common,
        first_names=first,
        surnames=surnames,
        titles=frozenset(read_lines("titles.txt")) | late["title"],
        role_nouns=frozenset(read_lines("role-nouns.txt")),
        org_words=frozenset(read_lines("org-words.txt")) | late["org"],
        late_words=late["org"] | late["title"],
        loc_last=frozenset(loc_last),
        loc_first=frozenset(loc_first),
        event_words=frozenset(read_lines("event-words.txt")),
        noise=frozenset(read_lines("noise-words.txt")),
        trade_words=frozenset(read_lines("trade-words.txt")),
        demonyms=demonyms,
        gazetteer=gaz,
        group_names=names,
        capitals=capitals,
        max_len=max(len(k.split()) for k in gaz),
        club_towns=club_towns,
        name_places=frozenset(name_places),
        countries=frozenset(iso_key.values()) | frozenset(gaz[_norm(c)][1] for c, _ in alias_groups if _norm(c) in gaz),
    )


def town_or_state(lex: _Lexicon, word: str) -> bool:
    """True for a listed place that is no country or continent ("Warsaw", "Heidelberg", "Texas"; not "Europe")."""
    place = lex.gazetteer.get(_norm(word))
    return place is not None and place[0] == "LOC" and place[1] not in lex.countries

"""The first pass's fast paths (speedF) give what the general tests give: each fast path is compared with the
general one on made-up tricky texts and the seed articles."""

from __future__ import annotations

from pathlib import Path

from briefing.core.actors.cues import EDGE_FREE_SETS
from briefing.core.actors.finder import _Finder
from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.linked_names import linked_names
from briefing.core.actors.tokens import _tokenize

SEEDS = Path(__file__).resolve().parents[3] / "seeds"

TRICKY = [
    "Friends of the Earth and War on Want met Friends of the Earth and War on Want in Bosnia and Herzegovina .",
    "Kim Dae-jung met Chen Shui-bian , Marks & Spencer and Marlow and Co. at the Committee to Protect Journalists .",
    "William Pitt the Younger of the Bank of England spoke at Leeds Magistrates' Court and the Workers' Party .",
    "Radio 4 , Formula 1 and U.S. Highway 36 Numerous crashes ; Boatmen's Bancshares Inc. and Yorkshire and the Humber .",
    "Scottish Exhibition and Conference Centre , Organisation for Security and Cooperation in Europe said .",
    "Valery Giscard d'Estaing , Tariq al-Hashimi , Deir ez-Zor , Ludwig van Beethoven and Oscar-nominated Ann Lee .",
    "Путин встретил Зеленского в Киеве , Angela Merkel und François Hollande à Paris — 北京 Xi Jinping .",
    "\x00\x01 ÿ Ñandú Café \u200b Zoë O'Brien , \ufeff MARKS AND SPENCER PLC said .",
    " ".join(["Bank of"] * 300) + " England",
    " ".join(["Ann", "and", "Bo", "of", "the", "Cy", "&", "Di", "'s", "Eve", "to", "Fay"] * 200),
]


def _texts() -> list[str]:
    texts = list(TRICKY)
    for path in sorted(SEEDS.glob("*.txt")):
        texts.extend(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return texts


class _Everything:
    """A set that holds every word: with it as its word set, ``spans`` takes no fast exit (the general tests)."""

    def __contains__(self, word: str) -> bool:
        return True


def test_set_cues_word_sets_never_hold_the_sentence_edge():
    """set_cues reads "" beside a name at the sentence's edges and tests no edge when it looks the word up."""
    for words in EDGE_FREE_SETS:
        assert "" not in words


def test_spans_fast_run_end_matches_the_general_tests():
    """A run ended by the fast test (a token no rule carries a run over) ends where the general tests end it."""
    lex = _lexicon()
    texts = _texts()
    for linked in (frozenset(), linked_names(texts)):
        fast, general = _Finder(lex), _Finder(lex)
        fast.linked = general.linked = linked
        fast.spans(_tokenize("A B"))  # sets fast._goes_on for ``linked``
        general._goes_on = (linked, _Everything())
        checked = 0
        for text in texts:
            assert fast.spans(_tokenize(text)) == general.spans(_tokenize(text)), text
            checked += 1
        assert checked > 20


def _people_adjective_before(finder: _Finder, w: str) -> bool:
    """``_ShapeRules._people_adjective`` as written before its slices (the reference for its fast form)."""
    from briefing.core.actors.lexicon import _norm

    lex = finder.lex
    if w in lex.demonyms or (w.endswith("s") and w[:-1] in lex.demonyms):
        return True
    base = w[:-1] if w.endswith("ns") else w
    ese = base.endswith("ese")
    if not ese and not base.endswith("an"):
        return False
    if len(base) < 5 or base in lex.first_names or base in lex.surnames or w in lex.surnames \
            or base.lower() in lex.common_words or _norm(base) in lex.gazetteer:
        return False
    if ese:
        stems = (base[:-3], base[:-3] + "e", base[:-3] + "a")
    else:
        stems = (base[:-1], base[:-2], base[:-1] + "s", base[:-3] if base.endswith("ian") else base[:-2] + "o")
    return any(len(s) >= 5 and lex.gazetteer.get(_norm(s), ("",))[0] == "LOC" for s in stems)


def _demonym_noun_before(finder: _Finder, w: str) -> bool:
    """``_ShapeRules._demonym_noun`` without its first test on the last two letters."""
    from briefing.core.actors.lexicon import _norm

    lex = finder.lex
    for suffix in ("woman", "women", "man", "men"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            stem = w[: -len(suffix)]
            return stem in lex.demonyms or stem.rstrip("s") in lex.demonyms or stem + "ish" in lex.demonyms \
                or lex.gazetteer.get(_norm(stem), ("",))[0] == "LOC" or stem in ("Scots", "Dutch", "French")
    return False


def test_word_shape_fast_tests_match_the_general_ones():
    """The people's adjective and the demonym noun give the same answers with their cheap first tests."""
    lex = _lexicon()
    finder = _Finder(lex)
    words = {t.text for text in _texts() for t in _tokenize(text)}
    words |= set(list(lex.demonyms)[:3000]) | {w + s for w in list(lex.demonyms)[:500] for s in ("s", "ns", "man", "men")}
    words |= {"", "a", "an", "s", "ns", "ans", "ese", "eses", "Ian", "Texans", "Surinamese", "Guinean", "Irani",
              "Frenchman", "Englishwomen", "Scotsmen", "Yorkshireman", "Ñandúan", "Москван", "man", "en", "an\u0301"}
    for w in words:
        if w:
            assert finder._people_adjective(w) == _people_adjective_before(finder, w), w
        assert finder._demonym_noun(w) == _demonym_noun_before(finder, w), w


def test_lists_are_joined_only_after_a_run_holding_for_or_of():
    """Where no run holds "for" or "of" inside, joining portfolio and remit lists changes no run (the finder's
    first test, :func:`.sentence.inner_link`)."""
    from briefing.core.actors.sentence import inner_link

    finder = _Finder(_lexicon())
    texts = _texts() + ["Minister for Children, Young People and Families Margaret Hodge said .",
                        "the Department for Culture, Media and Sport and the Department of Health , Food and Rural Affairs ."]
    joined = 0
    for text in texts:
        toks = _tokenize(text)
        spans = finder.spans(toks)
        lists = finder._remit_lists(toks, finder._portfolio_lists(toks, spans))
        if not inner_link(toks, spans):
            assert lists == spans, text
        joined += lists != spans
    assert joined >= 2


#: The cues :func:`.sentence.sport_cues` sets.
_SPORT_CUES = ("side_ctx", "side_cue", "locative", "plural_verb", "plays", "entrant", "before_paren")


def test_set_cues_first_tests_lose_no_cue():
    """set_cues asks _place_noun_cue and sport_cues only after cheap first tests; on every run of up to three
    words of the texts, the cues it sets are what the functions give when asked without those tests."""
    from briefing.core.actors.cues import quote_state, set_cues
    from briefing.core.actors.descriptors import org_cue
    from briefing.core.actors.media import market_cue
    from briefing.core.actors.sentence import _place_noun_cue, sport_cues
    from briefing.core.actors.tokens import new_mention

    lex = _lexicon()
    texts = _texts()[:-2] + ["Officials in the port of the Piraeus , the towns of Barentsburg , Pyramiden and Oban .",
                             "the moon Europa , the dwarf planet Ceres and ( Jupiter 's moon ) Ganymede", ", Oban , the",
                             "England , who have lost , and Spain , who were beaten , and Duran Duran are .",
                             "He told the Hong Kong Standard , as published by Prensa Latina and quoted by the Granma .",
                             "the Acme stock closed , by Acme , told the Acme 's shares , the daily Granma",
                             "He told the Sun and told The Times ; the firm Multico , the Interfax news agency said ."]
    places = played = markets = orgs = 0
    words: dict[str, int] = {}  # set_cues's memory of the words' flags, kept over all the texts
    for text in texts:
        toks = _tokenize(text)
        quotes = quote_state(toks, text)
        for a in range(len(toks)):
            for b in range(a + 1, min(a + 4, len(toks)) + 1):
                m = new_mention(0, toks[a].start, toks[b - 1].end, text[toks[a].start:toks[b - 1].end], None, "name",
                                None, tuple(t.text for t in toks[a:b]))
                set_cues(m, toks, a, b, lex, False, quotes, words)
                assert m.place_noun == (_place_noun_cue(toks, a, b, lex) or False), (text, a, b)
                places += bool(m.place_noun)
                assert m.market_cue == market_cue(toks, a, b, lex.stop_words), (text, a, b)
                markets += bool(m.market_cue)
                assert m.org_cue == org_cue(lex, toks, a, b), (text, a, b)
                orgs += bool(m.org_cue)
                sides = {name: getattr(m, name) for name in _SPORT_CUES}
                sport_cues(m, toks, a, b, lex)  # asked again without the first test: the same cues
                assert {name: getattr(m, name) for name in _SPORT_CUES} == sides, (text, a, b)
                played += bool(m.plural_verb or m.plays)
    assert places > 10 and played > 3 and markets > 3 and orgs > 3


def test_is_title_with_rstrip_only_for_a_final_period():
    """roles._is_title strips periods only from a word that ends in one: the answers of stripping always."""
    from briefing.core.actors.roles import _RANKS, _is_title

    lex = _lexicon()
    words = set(lex.titles) | set(_RANKS) | {w + "." for w in list(lex.titles) + list(_RANKS)} | {w + ".." for w in _RANKS}
    words |= {t.text for text in _texts()[:-2] for t in _tokenize(text)} | {"", ".", "..", "Dr", "Dr.", "Maj.", "Mr.."}
    for w in words:
        assert _is_title(lex, w) == (w in lex.titles or w.rstrip(".") in lex.titles or w.rstrip(".") in _RANKS), w


def test_word_ending_slices_match_endswith():
    """The word tests written with slices instead of endswith (cheaper) answer as endswith did."""
    from briefing.core.actors.cues import agentive
    from briefing.core.actors.tokens import _AGENT_VERBS

    lex = _lexicon()
    finder = _Finder(lex)
    words = {t.text for text in _texts()[:-2] for t in _tokenize(text)}
    words |= {"us", "sus", "census", "bonus", "status", "uses", "bus", "buses", "ssss", "used", "ed", "bed", "beds", "Universities", "Associations",
              "Banks", "Presidents", "Co-Presidents", "Corp.", ".", "s", "ss", "-based", "Ontario-based", "ies", "Ñus"}
    words |= {w + "s" for w in list(lex.titles)[:300]} | {w + "s" for w in list(lex.org_words)[:300]}
    for w in words:
        before = w in ("’s", "'s", "’", "'") or w in _AGENT_VERBS or (len(w) > 3 and w.endswith(("ed", "s")) and not w.endswith(("ss", "us")))
        if w.islower():
            assert agentive("", w, "word") == before, w
        assert finder._org_plural(w) == (len(w) > 4 and w.endswith("s") and w not in lex.surnames
                                         and w not in lex.first_names and (w[:-1] in lex.org_words or (
                                             w.endswith("ies") and w[:-3] + "y" in lex.org_words))), w
        if w:
            assert finder._title_qualifier(w) == _title_qualifier_before(lex, w), w
        assert finder._org_like([w]) == _org_like_before(finder, [w]), w


def _title_qualifier_before(lex, w: str) -> bool:
    from briefing.core.actors.sentence import _TITLE_QUALIFIERS

    if w in _TITLE_QUALIFIERS:
        return True
    if w[:3] in ("Co-", "Ex-"):
        w = w[3:]
    return w in lex.titles or (w.endswith("s") and w[:-1] in lex.titles)


def _org_like_before(finder: _Finder, words: list[str]) -> bool:
    lex = finder.lex
    if words and words[-1].endswith(".") and words[-1][:-1] in lex.org_words:
        return True
    return not lex.org_words.isdisjoint(words) or "&" in "".join(words) or (len(words) > 1 and (
        finder._org_plural(words[-1]) or words[-2] + words[-1].lower() in lex.org_words or finder._trade_name(words)))


def test_peoples_first_test_loses_no_people():
    """The finder asks _peoples only when the run's first word may open a people's name (see _analyse_step)."""
    from briefing.core.actors.shape_words import _COMPASS_ALL

    lex = _lexicon()
    finder = _Finder(lex)
    runs = [[t.text for t in _tokenize(text)[a:a + size]] for text in _texts()[:-2] for a in range(40) for size in (1, 2, 3)]
    runs += [[w] for w in list(lex.demonyms)[:2000]] + [["Irish", "Americans"], ["Southeast", "Asian"], ["US-German"],
                                                         ["Pro-Moscow"], ["Guinean"], ["Texans"], ["Surinamese"]]
    found = 0
    for words in runs:
        if not words:
            continue
        w0 = words[0]
        if not (w0[-1:] in ("s", "e", "n") or w0 in lex.demonyms or w0 in _COMPASS_ALL or "-" in w0):
            assert not finder._peoples(words), words
        found += finder._peoples(words)
    assert found > 100

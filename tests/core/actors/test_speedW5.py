"""The later passes' shared indexes of round 5 (speedW5) give what the walks they replace gave: each is compared
with the old walk on made-up tricky inputs (odd bytes, other scripts, a long line, sentences with no name)."""

from __future__ import annotations

from itertools import pairwise

from briefing.core.actors import teams
from briefing.core.actors import firm_pairs as FP
from briefing.core.actors import teams as T
from briefing.core.actors.teams import SentenceNames, _lines_where, _lists
from briefing.core.actors.tokens import new_mention

TEXTS = [
    "Essex , Derbyshire and Surrey beat Kent and Leeds , Yorkshire or Hull & Bath",
    "At Hove : Sussex 363 and 144 , Lancashire 218",
    "Москва , Київ and Ωμέγα \x00 Straße ﬁ or 𝐀𝐁",
    "Wigan 42 Bradford Bulls 36",
    "MCI, BT, Deutsche Telekom, Energis and many others",
    "A  ,\tand B ,  C",
    ", and , and " * 2000 + "X and Y",
]


def _mentions(texts: list[str]) -> list:
    """Every capitalised word (and every word of a long line) as a mention, kinds mixed, the title's too, in an
    order that is not the sentences' (sentence 2 before 1; the title, -1, in the middle)."""
    out = []
    for si in [0, 2, -1, 1, 3, 4, 5, 6]:
        text = texts[si] if si >= 0 else "Title of Essex and Kent"
        p = 0
        for k, word in enumerate(text.split(" ")):
            if word[:1].isupper() or word[:1].isalpha() and not word.isascii():
                kind = "demonym" if k % 7 == 3 else "name"
                out.append(new_mention(si, p, p + len(word), word, None, kind, None, (word,)))
            p += len(word) + 1
    # two mentions at one start (their order must be kept) and a sentence whose only mention is no name
    out.append(new_mention(0, 0, 5, "Essex", None, "name", None, ("Essex",)))
    out.append(new_mention(7, 0, 3, "Foo", None, "demonym", None, ("Foo",)))
    return out


def _old_lists(mentions, cued, text_of, commas=False):
    """:func:`teams._lists` as it was: a walk over every mention for the cued sentences' names."""
    by_sentence = {}
    if not cued:
        return []
    for m in mentions:
        if m.sentence in cued and m.kind == "name":
            by_sentence.setdefault(m.sentence, []).append(m)
    out = []
    for si, ms in by_sentence.items():
        if len(ms) < 2:
            continue
        text = text_of(si)
        ms.sort(key=teams._START)
        chain, joined = [ms[0]], False
        for prev, m in pairwise(ms):
            gap = " ".join(text[prev.end:m.start].split())
            if gap in teams._LIST_GAPS:
                chain.append(m)
                joined = joined or teams._LIST_GAPS[gap]
                continue
            if joined or commas:
                out.append(chain)
            chain, joined = [m], False
        if joined or commas:
            out.append(chain)
    return out


def _ids(chains):
    return [[id(m) for m in chain] for chain in chains]


def test_lists_read_from_the_index_match_the_walk():
    mentions = _mentions(TEXTS)
    text_of = lambda i: TEXTS[i] if 0 <= i < len(TEXTS) else "Title of Essex and Kent"  # noqa: E731
    names = SentenceNames(mentions)
    cueds = [set(), {0}, {1, 0}, {-1, 3, 2}, {7}, {99, 4, 5}, {6}, {-1, 0, 1, 2, 3, 4, 5, 6, 7, 99}]
    for cued in cueds:
        for commas in (False, True):
            old = _old_lists(mentions, cued, text_of, commas)
            assert _ids(_lists(names, cued, text_of, commas)) == _ids(old), (cued, commas)
            assert _ids(_lists(mentions, cued, text_of, commas)) == _ids(old), (cued, commas)
    _assert_in_list_order(names, mentions)


def _assert_in_list_order(names, mentions):
    """The index holds each sentence's names in the list's order, the sentences in the order a walk meets them."""
    assert list(names.by_sentence()) == list(dict.fromkeys(m.sentence for m in mentions if m.kind == "name"))
    for si, ms in names.by_sentence().items():
        assert [id(m) for m in ms] == [id(m) for m in mentions if m.sentence == si and m.kind == "name"]


def test_lines_read_from_the_index_match_the_walk():
    mentions = _mentions(TEXTS)
    names = SentenceNames(mentions)
    for keep in (lambda t: len(t) <= 80 and t[-1:].isdigit(), lambda t: 0 <= t.find(" : ", 0, 63), lambda t: True,
                 lambda t: False):
        old = _lines_where(mentions, TEXTS + ["Foo"], keep)
        new = _lines_where(names, TEXTS + ["Foo"], keep)
        assert list(old) == list(new)
        assert {si: [id(m) for m in ms] for si, ms in old.items()} == {si: [id(m) for m in ms] for si, ms in new.items()}
        for si, ms in new.items():
            ms.reverse()  # a reader may sort its lines: the index is not changed
    _assert_in_list_order(names, mentions)


def _old_known(mentions, sports, lex):
    """The names the second pass knows, as :func:`document._rule_mentions` gathered them: three walks."""
    from briefing.core.actors.lexicon import _norm

    known = {}
    for m in mentions:
        if m.kind == "name" and not m.unsure and not m.quoted and not m.dateline:
            known.setdefault(m.norm, (m.type, m.key))
    if sports:
        for m in mentions:
            teams._team_words(m, lex, known)
    for m in mentions:
        if m.type == "PER" and len(m.tokens) > 1:
            known.setdefault(_norm(m.tokens[-1]), ("PER", None))
    return known


def test_known_names_in_one_walk_match_the_three_walks():
    """The same keys with the same values in the same order, where the kinds of entry give one key different
    values ("Bulls" a team's word and a surname; "Smith" a name used alone and a surname)."""
    from briefing.core.actors import document
    from briefing.core.actors.lexicon import _lexicon

    lex = _lexicon()
    specs = [("Bradford Bulls", "ORG", True, False), ("Bulls", None, False, False), ("John Smith", "PER", False, False),
             ("Smith", "ORG", False, False), ("Tom Bulls", "PER", False, False), ("Florida Marlins", None, True, True),
             ("Marlins", "LOC", False, True), ("Ünïcödé Straße", "PER", False, False), ("Москва", "LOC", False, False),
             ("Anne Smith", "PER", True, False), ("Leeds Rhinos", "ORG", True, False), ("\x00 X", None, True, False)]
    for order in (specs, specs[::-1], specs[3:] + specs[:3]):
        mentions = []
        for k, (text, type_, team, unsure) in enumerate(order * 2):
            m = new_mention(k, 0, len(text), text, type_, "name" if k % 5 else "demonym", None, tuple(text.split()))
            m.team, m.unsure, m.team_cue = team, unsure, k % 3 == 0
            mentions.append(m)
        for sports in (False, True):
            old = _old_known(mentions, sports, lex)
            new = document._known_names(mentions, sports, lex)
            assert list(new.items()) == list(old.items()), sports


def test_plurals_walk_sets_the_keys_a_first_read_gives():
    from briefing.core.actors.lexicon import _norm

    texts = ["The Cubs", "the  Blue Jays", "St. Louis", "O’Neill", "‘Ωμέγα’", "\x00", "", "ＡＢ", "A" * 100_000]
    set_here = [new_mention(0, 0, len(t), t, None, "plural" if k % 2 else "name", None, (t,)) for k, t in enumerate(texts)]
    read_later = [new_mention(0, 0, len(t), t, None, "plural" if k % 2 else "name", None, (t,)) for k, t in enumerate(texts)]
    teams._read_plurals(set_here, True, keys=True)
    teams._read_plurals(read_later, True)
    for a, b in zip(set_here, read_later):
        assert (a.norm, a.kind, a.type, a.team) == (b.norm, b.kind, b.type, b.team) == (_norm(a.text), "name", a.type, a.team)


def _old_drop_table_labels(mentions, sentences, lex):
    """:func:`media.drop_table_labels` as it was: each sentence's cues read at its first name, a new list always."""
    from briefing.core.actors import media

    out = []
    cues = {}
    for m in mentions:
        if m.kind == "name" and m.sentence >= 0:
            text = sentences[m.sentence]
            if (c := cues.get(m.sentence)) is None:
                c = cues[m.sentence] = ("ymbol" in text or "ticker" in text, text.count(":") >= 2)
            if ("-" in m.text or c[0] or c[1]) and media._label(m, text, lex, *c):
                continue
        out.append(m)
    return out


def test_table_labels_read_by_cued_sentences_match_the_old_walk():
    from briefing.core.actors import media
    from briefing.core.actors.lexicon import _lexicon

    lex = _lexicon()
    sentences = ["ISSUER : Bay Co Building Authority ST : MI", "Nasdaq Stock symbol HMGT rose", "Sales January-June rose",
                 "told FEMAIL : nothing", "ENHANCEMENTS : None BANK QUAL : Y", "ticker ABC ; Symbol XYZ : Q : R",
                 "Москва : Київ : Ωμέγα-Straße", "October-to-December and Monday-to-Friday", "A" * 1000 + " : B : C",
                 "no colon here BBC", "\x00 : \x7f : NATO", "traded under ticker HMGT today"]
    mentions = []
    for si, text in enumerate(sentences):
        p = 0
        for k, word in enumerate(text.split(" ")):
            if word[:1].isupper() or word[:1].isalpha() and not word.isascii():
                kind = "demonym" if k % 5 == 4 else "name"
                mentions.append(new_mention(si if k % 7 != 6 else -1, p, p + len(word), word, None, kind, None, (word,)))
            p += len(word) + 1
    old = _old_drop_table_labels(mentions, sentences, lex)
    new = media.drop_table_labels(mentions, sentences, lex)
    assert [id(m) for m in new] == [id(m) for m in old]
    assert len(new) < len(mentions)  # labels went: the test reads both ways of the pass
    plain = [m for m in mentions if m.sentence == 9]
    assert [id(m) for m in media.drop_table_labels(plain, sentences, lex)] == [
        id(m) for m in _old_drop_table_labels(plain, sentences, lex)]


def _old_drop_junk(mentions, sentences, title, lex):
    """:func:`junk.drop_junk` as it was: :func:`junk._named_thing` asked after any word opening with a letter
    of its nouns ("said" for "solar"), :func:`junk._prefixed_adjective` and :func:`junk._designation` after their
    own first tests."""
    from briefing.core.actors import junk as j

    drop, things, fire = set(), set(), None
    for m in mentions:
        if m.kind != "name" or not m.tokens:
            continue
        start, end, tokens = m.start, m.end, m.tokens
        text = sentences[m.sentence] if m.sentence >= 0 else title
        first, last = tokens[0], tokens[-1]
        if (first in j._MONTH_NAMES and j._month_date(text, m)) or (text[end:end + 1] == "$" and first.isupper()) \
                or (start < 3 and j._prefixed_adjective(text, m, lex)) \
                or (first.isdigit() and j._counted_place_word(text, m, lex)) \
                or (first.isupper() and len(tokens) == 1 and j._designation(text, m)):
            drop.add(id(m))
            continue
        if m.norm in lex.gazetteer:
            continue
        if last in j._FIRE_LAST and fire is None:
            fire = j._fire_text(sentences)
        c = text[end + 1:end + 2]
        if (((len(tokens) > 1 and (last in j._INSTRUMENTS or last in j._FIRE_LAST)) or c == "f" or text[end:end + 1] == "-"
             or c in j._FACILITY_FIRST or c.isdigit() or (c != "" and c in j._WORD_MARKS)) and j._named_thing(text, m, bool(fire), lex)) \
                or (start >= 2 and text[start - 2:start] in ("e ", "A ") and j._quoted_title(text, m)):
            things.add(m.norm)
    return [m for m in mentions if id(m) not in drop and m.norm not in things]


JUNK_TEXTS = [
    "the Kapaz field, which the Nord Stream pipeline feeds; the Hornsea wind farm and the Kapaz oil field .",
    "the Ocean Wind 1 project and the Ocean Wind 1 and Ocean Wind 2 projects , the Golden Lion for best film",
    "the Palme d'Or-winning film ; an Oscar for Best actor ; Acme \"field\" , Acme 'pipeline' ; Acme ²2 project",
    "LHS 1140 b and GJ 1214 b ; NZ$50 million ; 18 Pacific nations ; From May, services ; until June 2025",
    "Macroeconomic factors rise ; Geopolitical risks ; the Sunshine Canyon Fire burned acres",
    "known as 'The Hunter' ; \"The Quiet Harbour\", he said ; Smith said ; Jones solar ; Brown sources",
    "Москва field ; Ωμέγα pipeline ; Straße fiela ; ÉDF oilfield, ; X \x00field ; Y fi ; Z f",
    "Acme " + "so " * 20000 + "field .",
    "prices in NZ$", "the Sunshine Canyon Fire-", "Kapaz f", "LHS 1",
    "\"A Quiet Place\", she said ; 'A Bigger Splash' ; \"The IAAF's timing ; (A Star. ; the Acme 'field, which ; the Kapaz (oilfield) . KOI (1140 b ; the Kapaz \"1 project\", the Ocean Wind ¹ project ,",
]


def _runs(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, words) of every run of one to four capitalised words or numbers of ``text``, each word without
    the marks round it; a mark or another word ends a run."""
    out, run, p = [], [], 0

    def emit(run):
        for a in range(len(run)):
            for b in range(a, min(len(run), a + 4)):
                out.append((run[a][0], run[b][0] + len(run[b][1]), tuple(w for _, w in run[a:b + 1])))

    for raw in text.split(" "):
        word = raw.strip(",.;:\"'“”‘’()$")
        cap = word[:1].isupper() or word[:1].isdigit() or (word[:1].isalpha() and not word.isascii())
        if cap:
            run.append((p + raw.find(word), word))
        if not cap or word != raw:
            emit(run)
            run = []
        p += len(raw) + 1
    emit(run)
    return out


def test_junk_read_with_the_tighter_first_tests_matches_the_old_pass():
    from briefing.core.actors import junk
    from briefing.core.actors.lexicon import _lexicon

    lex = _lexicon()
    mentions = []
    for si, text in enumerate(JUNK_TEXTS):
        for s, e, words in _runs(text):
            mentions.append(new_mention(si, s, e, text[s:e], None, "name", None, words))
    assert len(mentions) > 60
    old = _old_drop_junk(mentions, JUNK_TEXTS, "", lex)
    new = junk.drop_junk(mentions, JUNK_TEXTS, "", lex)
    assert [id(m) for m in new] == [id(m) for m in old]
    assert len(new) < len(mentions) - 20  # months, designations, things... went: the test reads the rules


def _old_spots(text):
    """:func:`possessives._spots` as it was: each word's start found letter by letter."""
    out = []
    for q in ("'s", "’s"):
        p = text.find(q)
        while p > 0:
            if p + 2 == len(text) or not text[p + 2].isalnum():
                s = p
                while s > 0 and text[s - 1].isalpha():
                    s -= 1
                if p - s > 1 and text[s].isupper() and not text[s:p].isupper() and (s == 0 or text[s - 1] in " \"'(“‘"):
                    out.append((s, p))
            p = text.find(q, p + 2)
    return out


def test_possessive_spots_match_the_letter_by_letter_walk():
    from briefing.core.actors import possessives

    texts = ["Moody's said Standard & Poor's has; Sainsbury’s shares", "McDonald's, (Moody's) “Fitch’s ‘Aldi's",
             "Ab's A's 's x's AB's Ωμέγας's Straße's Москва's Ünïcödé’s", "Jean-Paul's O'Neill's Smith2's e\u0301Smith's",
             "\x00Moody's \tMoody's\u00a0Moody's Moody's", "Moody's" + " Acme's" * 50000, "'s", "", "Ab's", " Ab's",
             "word" * 1000 + "'s Word" + "x" * 100000 + "'s"]
    for text in texts:
        assert possessives._spots(text) == _old_spots(text), text[:40]



def _old_mark_teams(mentions, lex, text_of, names=None) -> None:
    """:func:`teams._mark_teams` as it was (three walks over every mention after the first). In a sports report, a town or region that plays ("Leeds 2", "beat Somerset") is a team (ORG).

    Countries stay places (CoNLL's convention: national sides are named by
    their country), and so does a town used as a venue ("at Leeds");
    :func:`extract_actors` types the actor of a side as a team. A name listed with a team ("title rivals
    Essex , Derbyshire and Surrey") is one too (``text_of(sentence)`` gives the text between them; ``names``: a
    :class:`SentenceNames` of ``mentions``, made here when not given).
    """
    names = names or T.SentenceNames(mentions)
    teams = set()
    people = set()
    firsts = set()
    entrants = {1: set(), -1: set()}
    cued = set()
    acting = set()
    plural_teams = set()
    for m in mentions:  # one pass over a long report (its speed matters)
        if m.type == "PER" and len(m.tokens) > 1:
            if not m.weak:
                people.add(T._norm(m.tokens[-1]))
            elif len(m.tokens) == 2 and not m.team_cue and m.tokens[1] in lex.surnames \
                    and lex.gazetteer.get(T._norm(m.tokens[0]), ("",))[0] != "LOC":
                # The first word of a two-word name typed a person by its shape and ending in a listed surname,
                # used alone ("Jansher Khan" ... "Jansher"; not "Deportivo Coruna" ... "Deportivo").
                firsts.add(T._norm(m.tokens[0]))
        # A lone word before brackets is a person's ("Saqlain Mushtaq (Pakistan)"), not after "v" or "against"
        # ("v Derbyshire (three days)": a fixture); before a country in brackets with no score after it, it is
        # an individual entrant even after "beat" ("beat Anne-Gaelle Sidot ( France ) 6-0 6-3").
        if (m.before_paren and not m.side_cue) or m.aged or m.person_cue or m.entrant == 1:
            people.add(m.norm)
        if m.entrant:
            entrants[m.entrant].add(m.sentence)
        if m.locative:
            cued.add(m.sentence)  # a list that starts with a place: "in Halifax and Harrogate watched"
        elif m.agent or m.team_cue or m.side_ctx or m.side_cue:
            acting.add(m.sentence)
        if m.team:
            plural_teams.add(m.norm)
    people |= firsts
    # In a results line between individuals ("Lucy Tyler-Sharman ( Australia ) 3:35.087 beat Svetlana") the
    # other side is a person too.
    duels = entrants[1] - entrants[-1]
    if duels or firsts:
        for m in mentions:
            if m.sentence in duels and m.team_cue and len(m.tokens) <= 2 and (m.type is None or m.type == "PER"):
                people.add(m.norm)
            if m.type is None and m.kind == "name" and (m.entrant == 1 or (m.sentence in duels and m.team_cue)
                                                        or m.norm in firsts):
                m.type = "PER"  # left untyped, the resolver would read a lone unknown word as an organisation
    for chain in T._lists(names, cued & acting, text_of):
        if chain[0].locative:
            for m in chain[1:]:
                m.locative = True  # "in Halifax and Harrogate": the whole list is where it happened
    for m in mentions:
        if m.kind != "name" or m.paren or m.norm in people:
            continue
        if (m.team_cue or m.side_ctx == 2) and T._may_play(m, lex) or m.type == "LOC" and (T._plays(m) or m.side_ctx) and m.key not in lex.countries and not m.locative:
            teams.add(m.norm)
    cued = {m.sentence for m in mentions if m.norm in teams and not m.locative}
    for chain in T._lists(names, cued, text_of):
        # "title rivals Essex , Derbyshire and Surrey": names listed with a team are teams
        if any(m.norm in teams and not m.locative for m in chain):
            teams.update(m.norm for m in chain if m.norm not in people and not m.paren and not m.locative
                         and T._may_play(m, lex))
    plural_teams |= teams
    singulars = {t[:-1] for t in plural_teams if t.endswith("s")}  # a name in it + "s" is in plural_teams
    for m in mentions:
        # A team's name in the singular names one of its players' side: "All Blacks" ... "All Black hooker".
        if m.kind == "name" and (m.norm in teams or (len(m.tokens) > 1 and m.norm in singulars)) \
                and (not m.locative or m.side_ctx == 2) and not m.paren \
                and (m.type != "LOC" or m.key not in lex.countries):
            m.type, m.key, m.unsure, m.team = "ORG", None, False, True


SPORTS_WORDS = ["Leeds", "Essex", "Kent", "Derbyshire", "Surrey", "All Blacks", "All Black", "Bradford Bulls", "Bulls",
                "Spain", "France", "Jansher Khan", "Jansher", "Saqlain Mushtaq", "Halifax", "Harrogate", "Москва",
                "Ωμέγα", "Straße FC", "Wigan", "Sidot"]
SPORTS_LINES = ["Essex , Derbyshire and Surrey beat Kent", "in Halifax and Harrogate watched Leeds and Wigan",
                "All Blacks and All Black hooker", "Москва and Ωμέγα v Straße FC", "Jansher Khan beat Jansher",
                "Spain , France and Bradford Bulls", "Sidot ( France ) 6-0 beat Bulls"]
SPORTS_FIELDS = ["team_cue", "side_ctx", "locative", "agent", "side_cue", "before_paren", "aged", "person_cue", "entrant",
                 "team", "paren", "weak", "plural_verb", "plays"]


def _sports_mentions(seed: int) -> list:
    """Made-up mentions of :data:`SPORTS_LINES` with random types, kinds and sports flags (the same for one seed)."""
    import random

    rnd = random.Random(seed)
    out = []
    for si, text in enumerate(SPORTS_LINES):
        p = 0
        for _ in range(rnd.randint(1, 6)):
            w = rnd.choice(SPORTS_WORDS)
            m = new_mention(si, p, p + len(w), w, rnd.choice(["PER", "LOC", "ORG", None]),
                            rnd.choice(["name", "name", "name", "demonym"]), rnd.choice([None, "LOC:" + w]), tuple(w.split()))
            for f in SPORTS_FIELDS:
                if rnd.random() < 0.25:
                    setattr(m, f, rnd.choice([1, 2]) if f == "side_ctx" else rnd.choice([1, -1]) if f == "entrant" else True)
            out.append(m)
            p += len(w) + rnd.choice([1, 3, 5])
    return out


def test_mark_teams_reading_the_uses_of_names_matches_the_three_walks():
    """The teams' loop reads the names that may play, and the last step the uses of the teams' names, gathered in
    the first walk: the same changes as walking every mention, on made-up sports lines."""
    from briefing.core.actors.lexicon import _lexicon

    lex = _lexicon()
    text_of = lambda i: SPORTS_LINES[i]  # noqa: E731
    for seed in range(40):
        old_in, new_in = _sports_mentions(seed), _sports_mentions(seed)
        _old_mark_teams(old_in, lex, text_of)
        teams._mark_teams(new_in, lex, text_of)
        for a, b in zip(old_in, new_in):
            assert (a.type, a.key, a.unsure, a.team, a.locative) == (b.type, b.key, b.unsure, b.team, b.locative), seed


def _old_national_sides(mentions, sports, text_of):
    """:func:`teams._national_sides` as it was: the sides' step a walk over every mention."""
    votes, cued = {}, set()
    for m in mentions:
        m.national_side = m.side_cue and m.type == "LOC" and not m.locative
        if m.national_side:
            cued.add(m.sentence)
        if sports and m.type == "LOC" and m.kind == "name":
            v = votes.setdefault(m.norm, [0, 0])
            v[0] += bool(m.side_cue or m.team_cue or m.side_ctx or m.plural_verb or m.plays) and not m.locative
            v[1] += 1
    for chain in T._lists(mentions, cued, text_of) if cued else ():
        if (chain[0].national_side or chain[-1].national_side) and all(c.type == "LOC" for c in chain):
            for c in chain:
                c.national_side = not c.locative
    sides = {k for k, (p, t) in votes.items() if (p >= 2 and 3 * p >= t) or (p and p == t)}
    for m in mentions:
        if m.norm in sides and m.type == "LOC" and not m.locative:
            m.national_side = True
    if cued:
        T._qualifiers_follow(mentions)


def test_national_sides_read_by_the_places_uses_match_the_walk():
    text_of = lambda i: SPORTS_LINES[i]  # noqa: E731
    marked = 0
    for seed in range(40):
        for sports in (False, True):
            old_in, new_in = _sports_mentions(seed), _sports_mentions(seed)
            _old_national_sides(old_in, sports, text_of)
            teams._national_sides(new_in, sports, text_of)
            assert [m.national_side for m in new_in] == [m.national_side for m in old_in], (seed, sports)
            marked += sum(bool(m.national_side) for m in new_in)
    assert marked > 50


def _old_groups(mentions, names):
    """:func:`performers.groups` as it was: two walks over every mention."""
    names = names - {m.norm for m in mentions if m.kind == "name" and m.norm in names
                     and (m.honorific or m.role or m.aged or m.person_cue)}
    for m in mentions:
        if m.kind == "name" and m.norm in names and m.type == "PER":
            m.type, m.key, m.weak, m.unsure = "ORG", None, False, False


def test_groups_read_from_the_names_uses_match_the_two_walks():
    from briefing.core.actors import performers

    changed = 0
    for seed in range(40):
        for names in ({"spain", "leeds", "bulls"}, {"москва", "all blacks", "jansher khan", "nothing"}, set()):
            old_in, new_in = _sports_mentions(seed), _sports_mentions(seed)
            for ms in (old_in, new_in):
                for k, m in enumerate(ms):
                    m.role, m.honorific = ("captain" if k % 7 == 1 else ""), ("Mr" if k % 11 == 2 else "")
            _old_groups(old_in, names)
            performers.groups(new_in, names)
            assert [(m.type, m.key, m.weak, m.unsure) for m in new_in] == [(m.type, m.key, m.weak, m.unsure) for m in old_in]
            changed += sum(a.type != b.type for a, b in zip(new_in, _sports_mentions(seed)))
    assert changed > 10



def _old_glued_names(mentions, sentences):
    """:func:`document._glued_names` as it was: a second walk over every name for the names in full and alone."""
    from briefing.core.actors import document as D

    glued = []
    for m in mentions:
        if 1 < m.start <= 20 and m.sentence >= 0 and m.kind == "name":
            text = sentences[m.sentence]
            word = text[:m.start].strip()
            if word.isalpha() and word[:1].isupper() and text[m.start - 1] == " ":
                glued.append((m, text, word))
    if not glued:
        return
    full, alone = {}, set()
    for m in mentions:
        if m.kind == "name" and m.type and len(m.tokens) >= 2:
            full.setdefault(m.norm, m)
        elif m.kind == "name" and len(m.tokens) == 1 and not m.initial and m.sentence >= 0:
            alone.add(m.text)
    pairs = {}
    for m, text, word in glued:
        pairs[word, m.text] = pairs.get((word, m.text), 0) + 1
    lex = None
    for m, text, word in glued:
        same = full.get(D._norm(f"{word} {m.text}"))
        if same is not None and same.tokens[0] != word:
            same = None
        if same is None and not (word in alone and m.type == "LOC" and len(m.tokens) == 1) \
                and not (pairs[word, m.text] >= 2 and D._repeated_glue(m, word, lex := lex or D._lexicon())):
            continue
        m.start, m.text, m.tokens = text.index(word), f"{text[text.index(word):m.start]}{m.text}", (word, *m.tokens)
        if same is not None:
            m.type, m.key, m.team, m.weak, m.unsure = same.type, same.key, same.team, same.weak, False
        else:
            m.type, m.key, m.unsure = "ORG", None, False
        m.__dict__.pop("norm", None)


def test_glued_names_in_one_walk_match_the_two_walks():
    from briefing.core.actors import document

    sentences = ["Red Star 4 4 0 0 9 3 12", "Buducnost 1 Red Star 3", "Rotor Volgograd must play", "ended Rotor 's spell",
                 "Copper Kettle said", "Copper Kettle confirmed", "Yesterday Tony Blair left", "Москва Київ and Ωμέγα",
                 "\x00 Straße Ünïcödé", "Meanwhile Google rose", "Later Smiling Jack"]
    def build():
        out = []
        for si, text in enumerate(sentences):
            p = 0
            words = text.split(" ")
            initial = current[0]
            for k, w in enumerate(words):
                if k and (w[:1].isupper() or (w[:1].isalpha() and not w.isascii())):
                    two = k + 1 < len(words) and words[k + 1][:1].isupper()
                    toks = (w, words[k + 1]) if two and si % 2 == 0 else (w,)
                    t = " ".join(toks)
                    type_ = "LOC" if w == "Volgograd" else ["LOC", "ORG", "PER", None][(si + k) % 4]
                    out.append(new_mention(si, p, p + len(t), t, type_, "name", None, toks, initial=w == initial))
                p += len(w) + 1
        out.append(new_mention(-1, 0, 7, "Red Star", "ORG", "name", None, ("Red", "Star")))
        out.append(new_mention(1, 12, 20, "Red Star", "ORG", "name", None, ("Red", "Star")))
        return out
    key = lambda m: (m.sentence, m.start, m.end, m.text, m.tokens, m.type, m.key, m.unsure, m.norm)  # noqa: E731
    current = [""]
    for initial in ("", "Rotor"):  # "Rotor" used alone, or only as an initial's text
        current[0] = initial
        old_in, new_in = build(), build()
        _old_glued_names(old_in, sentences)
        document._glued_names(new_in, sentences)
        assert [key(m) for m in new_in] == [key(m) for m in old_in]
        assert sum(a.text != b.text for a, b in zip(new_in, build())) >= 2  # names took their first word


def _old_join_firm_pairs(mentions, sentences, lex):
    """:func:`firm_pairs.join_firm_pairs` as it was (two walks). Return ``mentions`` with each "X and Y" the document marks as one firm's name (see the module's text) made
    one organisation's mention."""
    amp = set()
    alone = {}
    surnames = set()
    for m in mentions:
        if m.kind != "name":
            continue
        if len(m.tokens) == 3 and m.tokens[1] == "&":
            amp.add((m.tokens[0], m.tokens[2]))
        elif len(m.tokens) == 1:
            alone[m.text] = alone.get(m.text, 0) + 1
        elif m.type == "PER":
            surnames.add(m.tokens[-1])
    pairs = {}
    last = None
    for k, m in enumerate(mentions):
        if last is not None and m.sentence == last.sentence >= 0 and len(m.tokens) == 1 and len(last.tokens) == 1 \
                and m.start == last.end + 5 and sentences[m.sentence][last.end:m.start] == " and ":
            pairs.setdefault((last.text, m.text), []).append((k - 1, k))
        last = m
    if not pairs:
        return mentions
    joined = {}
    gone = set()
    for (x, y), spots in pairs.items():
        n = len(spots)
        if (alone.get(x, 0), alone.get(y, 0)) != ((2 * n, 2 * n) if x == y else (n, n)):
            continue  # a word of the pair stands alone elsewhere: "Spencer said" names a person
        if x in surnames or y in surnames:
            continue
        if any(FP._blocked(mentions[i], lex) or FP._blocked(mentions[j], lex) for i, j in spots):
            continue
        if (x, y) not in amp and not (len(spots) >= 2 and any(
                FP._cued(sentences[mentions[i].sentence], mentions[i].start, mentions[j].end) for i, j in spots)):
            continue
        for i, j in spots:
            a, b = mentions[i], mentions[j]
            joined[i] = new_mention(a.sentence, a.start, b.end, sentences[a.sentence][a.start:b.end], "ORG", "name",
                                    None, (a.tokens[0], "and", b.tokens[0]), quoted=a.quoted, in_quote=a.in_quote,
                                    org_cue=max(a.org_cue, b.org_cue), market_cue=max(a.market_cue, b.market_cue),
                                    possessive=b.possessive)
            gone.add(j)
    if not joined:
        return mentions
    owners = {(m.sentence, m.tokens[2]): m.tokens[0] for m in joined.values()}
    for m in mentions:  # "Procter and Gamble's chief executive, Alan Hartley": the role names the whole firm
        if m.role and (x := owners.get((m.sentence, m.role.partition("'s ")[0]))) and "'s " in m.role:
            m.role = f"{x} and {m.role}"
    return [joined.get(k, m) for k, m in enumerate(mentions) if k not in gone]


def test_firm_pairs_in_one_walk_match_the_old_pass():
    """join_firm_pairs gathers the names' forms and the pairs joined by "and" in one walk: the same joins as the two
    walks, on made-up lines (its rules are tested in test_orgs*); here the walk's edges: kinds mixed, the title."""
    from briefing.core.actors.firm_pairs import join_firm_pairs
    from briefing.core.actors.lexicon import _lexicon

    lex = _lexicon()
    sentences = ["Procter and Gamble's chief", "Procter and Gamble is to sell", "Johnson & Johnson said",
                 "Johnson and Johnson rose", "Marks and Spencer, the retailer", "Marks and Spencer said",
                 "Britain and France", "Smith and Jones said", "Москва and Київ", "Simon and Schuster is to publish"]
    def build():
        out = []
        for si, text in enumerate(sentences):
            p = 0
            words = text.split(" ")
            for k, w in enumerate(words):
                w = w.rstrip(",'s") if w.endswith("'s") else w.rstrip(",")
                if w[:1].isupper() or (w[:1].isalpha() and not w.isascii()):
                    if k + 2 < len(words) and words[k + 1] == "&":
                        t = f"{w} & {words[k + 2]}"
                        out.append(new_mention(si, p, p + len(t), t, "ORG", "name", None, (w, "&", words[k + 2])))
                    else:
                        out.append(new_mention(si, p, p + len(w), w, None, "name" if si != 6 else "demonym", None, (w,)))
                p += len(words[k]) + 1
        return out
    key = lambda m: (m.sentence, m.start, m.end, m.text, m.type, m.tokens, m.role)  # noqa: E731
    old = _old_join_firm_pairs(build(), sentences, lex)
    new = join_firm_pairs(build(), sentences, lex)
    assert [key(m) for m in new] == [key(m) for m in old]
    assert any(" and " in m.text for m in new)  # a pair was joined: the test reads the pass's rules


def _old_firm_lists(mentions, text_of):
    """:func:`document._firm_lists` as it was: the surnames gathered by a second walk at the first list."""
    from briefing.core.actors.lexicon import _norm

    orgs = {}
    for m in mentions:
        if m.type == "ORG" and m.kind == "name" and not m.unsure:
            orgs[m.sentence] = orgs.get(m.sentence, 0) + 1
    cued = {si for si, k in orgs.items() if k >= 2}
    if not cued:
        return
    surnames = None
    for chain in T._lists(mentions, cued, text_of, commas=True):
        k = sum(m.type == "ORG" for m in chain)
        per = sum(m.type == "PER" for m in chain)
        three = len(chain) == 3 and k == 2
        if not three and (len(chain) < 4 or k < 3 or k <= per):
            continue
        if surnames is None:
            surnames = {_norm(m.tokens[-1]) for m in mentions if m.type == "PER" and len(m.tokens) > 1}
        for m in chain:
            if (m.type == "PER" or (three and m.type is None)) and not (m.role or m.honorific or m.person_cue or m.paren or m.aged) \
                    and (not three or (len(m.tokens) == 1 and m.norm not in surnames)):
                m.type, m.weak, m.unsure = "ORG", False, False


def test_firm_lists_with_the_surnames_of_the_first_walk_match_the_old_pass():
    import random

    from briefing.core.actors import document

    lines = ["Labour, the Tories and Kennedy", "MCI, BT, Energis, Bell Canada and others", "S&P, Moody's and Fitch",
             "Charles Kennedy, Fitch, Ωμέγα, Москва", "Fitch and Kennedy , Moody's"]
    words = ["Labour", "Tories", "Kennedy", "Charles Kennedy", "MCI", "BT", "Energis", "Bell Canada", "S&P", "Moody's",
             "Fitch", "Ωμέγα", "Москва", "Ann Fitch"]
    changed = 0
    for seed in range(60):
        rnd = random.Random(seed)
        state = rnd.getstate()
        def build():
            rnd.setstate(state)
            out = []
            for si, text in enumerate(lines):
                p = 0
                for piece in text.split(", "):
                    w = rnd.choice(words) if rnd.random() < 0.3 else piece.split(" and ")[0]
                    out.append(new_mention(si, p, p + len(w), w, rnd.choice(["ORG", "ORG", "PER", None]),
                                           "name" if rnd.random() < 0.9 else "demonym", None, tuple(w.split()),
                                           unsure=rnd.random() < 0.1))
                    p += len(w) + 2
            return out
        text_of = lambda i: ", ".join(w for w in lines[i].split(", "))  # noqa: E731
        old_in, new_in = build(), build()
        _old_firm_lists(old_in, text_of)
        document._firm_lists(new_in, text_of)
        assert [m.type for m in new_in] == [m.type for m in old_in], seed
        changed += sum(a.type != b.type for a, b in zip(new_in, build()))
    assert changed > 5


def test_firm_lists_keep_a_listed_surname_of_a_person_named_in_full():
    """The surnames read in the first walk, of every kind of mention, keyed like a mention's text."""
    from briefing.core.actors import document

    text = "Labour, Tories and O'Neill"
    for kind in ("name", "demonym"):
        full = new_mention(0, 0, 9, "Ann O’Neill", "PER", kind, None, ("Ann", "O’Neill"))
        listed = [new_mention(1, text.find(w), text.find(w) + len(w), w, t, "name", None, (w,))
                  for w, t in (("Labour", "ORG"), ("Tories", "ORG"), ("O'Neill", None))]
        document._firm_lists([full, *listed], lambda i: text)
        assert listed[2].type is None, kind  # "O'Neill" beside "Ann O’Neill" stays a person's surname
        alone = [new_mention(1, text.find(w), text.find(w) + len(w), w, t, "name", None, (w,))
                 for w, t in (("Labour", "ORG"), ("Tories", "ORG"), ("O'Neill", None))]
        document._firm_lists(alone, lambda i: text)
        assert alone[2].type == "ORG"

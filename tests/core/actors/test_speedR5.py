"""Fast paths of the speedR5 round give what the code they replace gave (made-up inputs)."""

from __future__ import annotations

import random
from collections import defaultdict

from briefing.core.actors.said_aliases import _alias_pairs
from briefing.core.actors.tokens import EntityMention

#: The words between two names: the cues the pairs need, a list's joints, and some that come near a cue.
_GAPS = [", ", " and ", ", also known as ", " (known as ", ", née ", " nee ", " born ", " or ", ", the ", " real name ",
         " (real name ", ", whose real name is ", " aka ", " a.k.a. ", " – or ", " ,", "", " the ", " of the ",
         " formerly known as ", " with twenty four chars ", " known ", " Or ", " NÉE ", " é ", "\ud800 or "]
_NAMES = ["Ana", "Bo Li", "CENTR", "Council of European National Registries", "Jay-Z", "Shawn Carter", "Aotearoa",
          "New Zealand", "Gille", "Ellen Gille", "X", "ÉTÉ Corp"]
_TAILS = ["", " as it is called", " as it's known", " said", ", as they are known"]


def _random_sentences(rng: random.Random):
    texts, names = [], []
    for s in range(rng.randrange(1, 6)):
        text = ""
        for _ in range(rng.randrange(0, 6)):
            text += rng.choice(_GAPS) if text else rng.choice(["", "In ", "Then "])
            name = rng.choice(_NAMES)
            m = EntityMention(s, len(text), len(text) + len(name), name, rng.choice(["PER", "ORG", "LOC", None]),
                              tokens=tuple(name.split()))
            names.append(m)
            text += name + rng.choice(_TAILS)
        texts.append(text + ".")
    if rng.random() < 0.2:  # a title name, and one past the texts: no pair for either
        names.append(EntityMention(-1, 0, 3, "Ana", "PER", tokens=("Ana",)))
        names.append(EntityMention(len(texts), 0, 3, "Ana", "PER", tokens=("Ana",)))
    rng.shuffle(names)
    return texts, names


def test_alias_pairs_read_in_place_equal_the_pairs_of_the_sorted_lists():
    """The resolver's grouped names, read in place (no list per sentence), give the pairs, in the order, of the
    general path that groups and sorts the names itself; names dropped after grouping take no part."""
    rng = random.Random(5)
    found = 0
    for _ in range(600):
        texts, names = _random_sentences(rng)
        grouped = defaultdict(list)
        for m in names:
            grouped[m.sentence].append(m)
        for ms in grouped.values():
            ms.sort(key=lambda m: m.start)
        for m in names:
            if rng.random() < 0.15:
                m.kind = "dropped"
        fast = _alias_pairs(names, texts, grouped)
        assert fast == _alias_pairs(names, texts), texts
        found += len(fast)
    assert found > 100  # the inputs do make pairs


def test_alias_pairs_on_a_long_line_of_names():
    """A 1 MB sentence of names joined by commas: no pair, in bounded time, either way."""
    text = ", ".join(["Ana"] * 200_000)
    names = [EntityMention(0, 5 * k, 5 * k + 3, "Ana", "PER", tokens=("Ana",)) for k in range(200_000)]
    grouped = {0: list(names)}
    assert _alias_pairs(names, [text], grouped) == _alias_pairs(names, [text]) == []


def _every_window(words, lex):
    """The phrase flags by looking up every window that opens on a capital (the definition)."""
    from briefing.core.actors.lexicon import _norm

    out, i = [""] * len(words), 0
    while i < len(words):
        sizes = range(min(lex.max_len, 5, len(words) - i), 1, -1) if words[i][:1].isupper() else ()
        for size in sizes:
            g = lex.gazetteer.get(_norm(" ".join(words[i:i + size])))
            if g:
                out[i:i + size] = ["B" + g[0]] + ["I" + g[0]] * (size - 1)
                i += size
                break
        else:
            i += 1
    return out


def test_phrase_flags_testing_words_as_runs_reach_them_equal_every_window():
    """Each word's gazetteer-word test made only when a run reads it: the flags of looking up every window, on random
    windows of listed names' words in both cases, with lowercase words, other scripts and odd characters between."""
    from briefing.core.actors.lexicon import _lexicon
    from briefing.core.actors.tagger import _phrase_flags

    lex = _lexicon()
    rng = random.Random(11)
    keys = sorted(k for k in lex.gazetteer if " " in k)[:4000]
    pool = sorted({w for k in rng.sample(keys, 300) for w in k.split()})
    odd = ["said", "on", "of", "the", "The", "U.S.", "’s", "St.", "Київ", "\ud800", "", "-", "A.B", "‘Quote"]
    flagged = 0
    for _ in range(1500):
        words = []
        for _ in range(rng.randrange(0, 12)):
            w = rng.choice(pool) if rng.random() < 0.7 else rng.choice(odd)
            words.append(w.title() if rng.random() < 0.6 else w.upper() if rng.random() < 0.1 else w)
        got = _phrase_flags(words, lex)
        assert got == _every_window(words, lex), words
        flagged += any(got)
    assert flagged > 40  # the windows do hold listed names
    long_line = ["New", "York"] * 250_000  # a 1 MB window
    assert _phrase_flags(long_line, lex) == _every_window(long_line, lex)


def _old_merge_one_letter_surnames(clusters, lex):
    """merge_one_letter_surnames before speedR5: every person named in full asks ``fits``."""
    from briefing.core.actors.aliases import join_clusters
    from briefing.core.actors.lexicon import _norm
    from briefing.core.actors.misspellings import MIN_LETTERS, _deletions, _full_names, _listed, one_letter_apart

    full = _full_names(clusters)
    if not full:
        return
    by_deletion = defaultdict(set)
    for i, (_f, s) in full.items():
        if len(s) >= MIN_LETTERS:
            for d in _deletions(s) | {s}:
                by_deletion[d].add(i)
    if not by_deletion:
        return
    surname_of = {s for _f, s in full.values()}

    def fits(word, skip):
        k = _norm(word)
        if len(k) < MIN_LETTERS:
            return set()
        cands = set()
        for d in _deletions(k) | {k}:
            cands |= by_deletion.get(d, set())
        cands.discard(skip)
        return {h for h in cands if one_letter_apart(k, full[h][1])}

    for i, (first, s) in list(full.items()):
        if not clusters[i].mentions or len(s) < MIN_LETTERS:
            continue
        written = clusters[i].longest.split()[-1]
        hosts = {h for h in fits(written, i) if full[h][0] == first and clusters[h].mentions}
        if len(hosts) != 1:
            continue
        h = next(iter(hosts))
        if _listed(written, lex) and _listed(clusters[h].longest.split()[-1], lex):
            continue
        big, small = sorted((i, h), key=lambda j: (-len(clusters[j].mentions), j))
        join_clusters(clusters, big, small)
    for i, c in enumerate(clusters):
        if not c.mentions or len(c.forms) != 1 or c.listed or i in full:
            continue
        word = next(iter(c.forms))
        if " " in word or not word.isalpha() or _listed(word, lex) or _norm(word) in surname_of:
            continue
        if c.type != "PER" and not all(m.guessed for m in c.mentions):
            continue
        hosts = {h for h in fits(word, i) if clusters[h].mentions}
        if len(hosts) == 1:
            join_clusters(clusters, next(iter(hosts)), i)


def _clusters_of(rng: random.Random):
    from briefing.core.actors.resolve import _Cluster

    stems = ["Vandenberg", "Vanenberg", "Vandenburg", "Vandenbergs", "Davenport", "Daveport", "Davenpart", "Anderson",
             "Andersen", "Andersson", "Hendersen", "Henderson", "Hendersonn", "Li"]
    firsts = ["Jamie", "Tom", "Mary", "Lindsay"]
    clusters = []
    for _ in range(rng.randrange(1, 14)):
        typ = rng.choice(["PER", "PER", "PER", "ORG", "LOC"])
        c = _Cluster(typ, listed=rng.random() < 0.05)
        for _ in range(rng.randrange(0, 4)):
            text = rng.choice(stems) if rng.random() < 0.4 else f"{rng.choice(firsts)} {rng.choice(stems)}"
            if rng.random() < 0.2 and " " in text:  # a longer form later: the longest may change
                text = text.replace(" ", " J. ")
            m = EntityMention(0, 0, len(text), text, typ, tokens=tuple(text.split()))
            m.guessed = rng.random() < 0.5
            m.actor = len(clusters)
            c.add(m)
        clusters.append(c)
    return clusters


def test_one_letter_surnames_asking_only_persons_with_mates_equals_asking_all():
    """The first loop skips a person whose surname shares no deletion with another's, unless a join grew it: the
    clusters left are those of asking every person (random clusters of near spellings, joins that grow hosts)."""
    import copy

    from briefing.core.actors.lexicon import _lexicon
    from briefing.core.actors.misspellings import merge_one_letter_surnames

    lex = _lexicon()
    rng = random.Random(3)
    joined = 0
    for _ in range(1500):
        clusters = _clusters_of(rng)
        old = copy.deepcopy(clusters)
        merge_one_letter_surnames(clusters, lex)
        _old_merge_one_letter_surnames(old, lex)
        got = [(c.type, [(m.text, m.type, m.actor) for m in c.mentions], dict(c.forms), c.longest) for c in clusters]
        assert got == [(c.type, [(m.text, m.type, m.actor) for m in c.mentions], dict(c.forms), c.longest) for c in old]
        joined += sum(not c.mentions for c in clusters)
    assert joined > 500  # the inputs do join


def _old_canonical(c, lex):
    """extract._canonical before speedR5 (no fast path for one form written several times)."""
    from collections import Counter

    from briefing.core.actors.lexicon import _norm
    from briefing.core.actors.tokens import DOMAIN_ENDS

    if c.honorific_name:
        return c.honorific_name
    if len(c.mentions) == 1 and c.mentions[0].kind == "name":
        return c.mentions[0].text
    forms = [m.text for m in c.mentions if m.kind == "name"]
    if len(forms) == 1:
        return forms[0]
    if c.shown and c.shown in forms:
        return c.shown
    if c.key and c.key in lex.group_names:
        preferred = lex.group_names[c.key]
        if any(_norm(f) == _norm(preferred) for f in forms):
            return next(f for f in forms if _norm(f) == _norm(preferred))
    counts = Counter(forms)
    names = [f for f in counts if not f.lower().endswith(DOMAIN_ENDS)] or list(counts)
    names = [f for f in names if not (f.endswith("s") and " " not in f and f[:-1] in counts)] or names
    return max(names, key=lambda f: (len(f.split()) if not f.isupper() else 0.5, len(f), counts[f]))


def test_canonical_name_of_one_form_written_several_times_is_the_general_rules_answer():
    """The fast path for a cluster whose names are one form repeated gives what the general rules give, shown names,
    listed groups, web addresses, plurals and demonyms mixed in (random clusters)."""
    from briefing.core.actors.extract import _canonical
    from briefing.core.actors.lexicon import _lexicon
    from briefing.core.actors.resolve import _Cluster

    lex = _lexicon()
    group_key = next(iter(lex.group_names))
    forms = ["Saab", "Saabs", "SAAB", "Acme.com", "acme.co.uk", "Bo Li", "EU", "European Union", "Zorb", "Ана",
             lex.group_names[group_key], "\ud800x"]
    rng = random.Random(8)
    fast = 0
    for _ in range(3000):
        c = _Cluster(rng.choice(["PER", "ORG", "LOC"]), key=rng.choice([None, group_key, "ORG:x"]))
        pool = rng.sample(forms, rng.randrange(1, 4))
        for _ in range(rng.randrange(1, 6)):
            m = EntityMention(0, 0, 1, rng.choice(pool), c.type, kind=rng.choice(["name", "name", "demonym"]))
            c.add(m)
        if rng.random() < 0.3:
            c.shown = rng.choice(forms)
        names = [m.text for m in c.mentions if m.kind == "name"]
        if not names:
            continue
        fast += len(names) > 1 and len(set(names)) == 1
        assert _canonical(c, lex) == _old_canonical(c, lex), (names, c.shown, c.key)
    assert fast > 300

"""A long surname misspelt by one letter in the source ("Jamie Vandenberg" ... "Mr Vanenberg", "Lindsay
Davenport" ... "Daveport, who is 28"), merged by the resolver (:func:`.resolve._resolve`) after the doubled-letter
and moved-letter spellings of :mod:`.spellings`.

The two spellings are one letter apart (one letter left out, added or changed), both seven letters or more; the
misspelt one is on no word list (a listed first name or surname is a name of its own: "Andersen" and "Anderson" are
two families), they do not differ by a final "s" (a plural, a firm: "Robinsons"), and nothing else tells the two
apart: a lone word joins the one person named in full whose surname it misspells, unless it is itself someone's
surname; two people named in full join only with the same first name ("Tom Hendersen" and "Mary Henderson" stay
two). A lone word typed an organisation or a place only by a guess may join too (the tagger had no surname to
read it by); a listed one never.
"""

from __future__ import annotations

from collections import defaultdict

from .lexicon import _norm

#: Shortest spelling (letters) of either surname.
MIN_LETTERS = 7
#: No person: one empty set shared and never changed (none made per missing key).
_NO_HOSTS = frozenset()


def _deletions(word: str) -> set[str]:
    return {word[:k] + word[k + 1:] for k in range(len(word))}


def one_letter_apart(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one letter left out, added or changed (not by a final "s")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) != len(b):
        short, long_ = sorted((a, b), key=len)
        return short in _deletions(long_) and not (long_ == short + "s")
    return sum(x != y for x, y in zip(a, b)) == 1


def _listed(word: str, lex) -> bool:
    return word in lex.first_names or word in lex.surnames or word.lower() in lex.common_words


def _full_names(clusters: list) -> dict[int, tuple[str, str]]:
    """{cluster: (normalised first name, normalised surname)} for the unlisted persons named in full."""
    out = {}
    for i, c in enumerate(clusters):
        if c.type != "PER" or not c.mentions or c.listed:
            continue
        words = c.longest.split()
        if len(words) >= 2 and words[-1].isalpha() and words[0][:1].isupper():
            out[i] = (_norm(words[0]), _norm(words[-1]))
    return out


def merge_one_letter_surnames(clusters: list, lex) -> None:
    """Merge the spellings of one long surname one letter apart (see the module's docstring)."""
    from .aliases import join_clusters

    full = _full_names(clusters)
    if not full:
        return
    by_deletion: dict[str, set[int]] = defaultdict(set)  # a surname and its one-letter deletions -> persons
    for i, (_f, s) in full.items():
        if len(s) >= MIN_LETTERS:
            for d in _deletions(s):  # (the surname itself added after: no set made to join one string)
                by_deletion[d].add(i)
            by_deletion[s].add(i)
    if not by_deletion:
        return
    surname_of = {s for _f, s in full.values()}

    def fits(word: str, skip: int) -> set[int]:
        k = _norm(word)
        if len(k) < MIN_LETTERS:
            return set()
        cands: set[int] = set()
        for d in _deletions(k):  # (only the count of hosts is read: the order the sets join in is free)
            cands |= by_deletion.get(d, _NO_HOSTS)
        cands |= by_deletion.get(k, _NO_HOSTS)
        cands.discard(skip)
        return {h for h in cands if one_letter_apart(k, full[h][1])}

    # A person whose surname and its deletions index no one else has no candidate while its longest name is the one
    # ``full`` read (``fits`` gives nothing): only those and the persons a join grew are asked.
    mates = {i for group in by_deletion.values() if len(group) > 1 for i in group}
    grown: set[int] = set()
    # Two people named in full with one first name and surnames one letter apart: one of them misspelt.
    for i, (first, s) in list(full.items()):
        if not clusters[i].mentions or len(s) < MIN_LETTERS or (i not in mates and i not in grown):
            continue
        written = clusters[i].longest.split()[-1]
        hosts = {h for h in fits(written, i) if full[h][0] == first and clusters[h].mentions}
        if len(hosts) != 1:
            continue
        h = next(iter(hosts))
        host_word = clusters[h].longest.split()[-1]
        if _listed(written, lex) and _listed(host_word, lex):
            continue  # two listed surnames: two families
        # the spelling used more often (the earlier on a tie) is the name; the other joins it
        big, small = sorted((i, h), key=lambda j: (-len(clusters[j].mentions), j))
        join_clusters(clusters, big, small)
        grown.add(big)
    # A surname used alone, misspelt.
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

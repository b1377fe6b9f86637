"""Actors across sources: one actor per person, organisation or place, whichever article names it.

Each article's actors come from :func:`~briefing.core.actors.extract.extract_actors`;
two actors of the same type are the same when a name or alias of one equals a
name or alias of the other (case and punctuation aside), or when one's name
is the other's surname ("Harris" and "Kamala Harris"), titles and roles before a
person's name set aside ("Bundeskanzler Scholz" and "Olaf Scholz"), or when the names, one in Latin and
one in Cyrillic letters, have the same skeleton ("Olaf Scholz" and "Олаф Шольц", "John Smith" and "Джон Смит"; see
:func:`~.similarity.name_skeleton`). Two people with one surname and other given names ("John Smith" and
"Sarah Smith") are never one, though an article calls either "Smith". One name typed two ways by two sources
("Valmora" a place and an organisation, "Heliant Shipping" an organisation and a person) is one actor too (when no
actor of the same type matches), of the type most sources give, a person's role or first name and an
organisation's word ("Shipping") adding to their source's vote; an organisation named with a descriptor before
it ("Autohersteller Kestrel Motors") is the one without. A name one source's finder missed is looked for in that
source's text (the name, or a case form: "Northlines", "Каспии"; a person only by a full name), and its sentences
and mentions count. Merged actors add up
their mentions and salience (an actor every source names outranks one named
once), take the fullest name, keep every other name as an alias and record,
per source letter, the sentences that mention them.
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Actor
from .actor_spelling import spelled_hits, spelled_index
from .spelling import has_cyrillic
from .frames import role_word
from .sources import Source


def name_key(name: str) -> str:
    """Return ``name`` as compared across sources: lower case, letters, digits and single spaces only."""
    return " ".join("".join(ch for ch in name.lower() if ch.isalnum() or ch.isspace()).split())


def actor_names(actor: Actor) -> set[str]:
    """Return the keys (:func:`name_key`) of an actor's name and aliases."""
    return {k for k in (name_key(n) for n in [actor.name, *actor.aliases]) if k}


@lru_cache(maxsize=4096)  # asked for every pair of people across sources
def _untitled(key: str) -> str:
    """Return a person's name key without the titles and roles written before it ("bundeskanzler scholz" -> "scholz")."""
    parts = key.split()
    while len(parts) > 1 and role_word(parts[0]):
        parts.pop(0)
    return " ".join(parts)


def _skeleton(name: str) -> str:
    """Return a name as compared across scripts (:func:`~.similarity.name_skeleton` of each word)."""
    from .similarity import name_skeleton

    return " ".join(name_skeleton(w) for w in name_key(name).split())


#: Types one name may be given in two sources: a city or country is a place in one report and an organisation in
#: another ("Valmora said" read as the city's government; "the Sorvik plant" as a company).
_PLACE_OR_BODY = frozenset({"LOC", "ORG"})


def _same_name_other_type(a: Actor, b: Actor) -> bool:
    """Return True for a place in one source and an organisation of the very same name in another (in one script,
    or in Latin and Cyrillic letters with one skeleton: "Vostok" and "Восток")."""
    if {a.type, b.type} != _PLACE_OR_BODY:
        return False
    return name_key(a.name) == name_key(b.name) != "" or _same_in_two_scripts(a, b)


def _same_in_two_scripts(a: Actor, b: Actor) -> bool:
    """Return True for "Olaf Scholz" and "Олаф Шольц": one name in Latin and in Cyrillic letters, one skeleton."""
    if has_cyrillic(a.name) == has_cyrillic(b.name):
        return False
    ka, kb = _skeleton(a.name), _skeleton(b.name)
    return ka == kb and len(ka.replace(" ", "")) >= 4


def _given_names_differ(a: Actor, b: Actor) -> bool:
    """Return True for two people with one surname and other given names ("John Smith", "Sarah Smith"): a bare
    "Smith" each article names them by (an alias of both) does not make them one. An initial agrees with a name
    ("J. Smith", "John Smith")."""
    ka, kb = _untitled(name_key(a.name)).split(), _untitled(name_key(b.name)).split()
    if len(ka) < 2 or len(kb) < 2 or ka[-1] != kb[-1]:
        return False
    return _givens_differ({ka[0]}, {kb[0]})


def _same(a: Actor, b: Actor) -> bool:
    """Return True when two actors of different articles stand for the same one."""
    if a.type != b.type:
        return False
    if a.type == "PER" and _given_names_differ(a, b):
        return False
    na, nb = actor_names(a), actor_names(b)
    if na & nb:
        return True
    if _same_in_two_scripts(a, b):
        return True
    if a.type == "ORG":  # "Autohersteller Kestrel Motors" (a German finder keeps the descriptor) and "Kestrel Motors"
        return _descriptor_before(a, b) or _descriptor_before(b, a)
    if a.type == "PER":  # "Harris" in one article, "Kamala Harris" in another; "Bundeskanzler Scholz" too
        ka, kb = _untitled(name_key(a.name)), _untitled(name_key(b.name))
        if ka == kb:
            return True
        short, full = sorted((ka, kb), key=len)
        return " " not in short and len(short) > 2 and full.endswith(" " + short)
    return False


def _descriptor_before(a: Actor, b: Actor) -> bool:
    """Return True when organisation ``a``'s name is ``b``'s of two words or more with a word before it
    ("Autohersteller Kestrel Motors" and "Kestrel Motors")."""
    ka, kb = name_key(a.name), name_key(b.name)
    return a.type == b.type == "ORG" and " " in kb and ka.endswith(" " + kb)


def _same_name_any_type(a: Actor, b: Actor) -> bool:
    """Return True for one name typed two ways by two sources' finders ("Heliant Shipping" a person in one, an
    organisation in two others): the very same name, or one name in two scripts."""
    if a.type == b.type:
        return False
    return name_key(a.name) == name_key(b.name) != "" or _same_in_two_scripts(a, b)


def _strength(a: Actor, b: Actor) -> int | None:
    """Return how surely two actors of different sources are one (0 surest), or None when they are not."""
    if _same(a, b):
        return 0 if name_key(a.name) == name_key(b.name) else 1
    if _same_name_other_type(a, b):
        return 2
    if _same_name_any_type(a, b):
        return 3
    return None


#: Weight of a sign of a type in one source's actor against that source's vote (1): a person's role or a listed
#: first name opening a name of two words or more; an organisation's word ending it ("Shipping", "Bank").
EVIDENCE_VOTE = 1.0


def _type_votes(actor: Actor) -> dict[str, float]:
    """Return one source's vote on a merged actor's type: its own type, and the evidence its name and role give."""
    from ..actors.lexicon import _lexicon

    votes = {actor.type: 1.0}
    words = actor.name.split()
    lex = _lexicon()
    if actor.type == "PER" and (actor.role or (len(words) >= 2 and words[0] in lex.first_names)):
        votes["PER"] += EVIDENCE_VOTE
    if actor.type == "ORG" and len(words) >= 2 and words[-1].lower() in lex.org_words:
        votes["ORG"] += EVIDENCE_VOTE
    return votes


def _merged_type(actors: list[Actor]) -> str:
    """Return the type of actors of several sources merged into one: the type most sources give, each source's vote
    strengthened by its evidence (:func:`_type_votes`); on a tie, a place before an organisation before a person."""
    votes: dict[str, float] = {}
    for actor in actors:
        for kind, weight in _type_votes(actor).items():
            votes[kind] = votes.get(kind, 0.0) + weight
    best = max(votes.values())
    return next(kind for kind in (*_TIE_ORDER, *votes) if votes.get(kind) == best)


#: Types in the order a tie of votes is settled by, so that the type does not depend on the sources' order: a name
#: given as a place and an organisation by one source each is mostly a city or country ("Sorvik", "Caspia").
_TIE_ORDER = ("LOC", "ORG", "PER")


def _conflict(a: Actor, b: Actor) -> bool:
    """Return True when two actors can never be one: two people with one surname and other given names."""
    return a.type == "PER" == b.type and _given_names_differ(a, b)


def _index_keys(actor: Actor) -> set[str]:
    """Return the words by which an actor may meet another: each name's last word, untitled, and its skeleton."""
    keys = set()
    for key in actor_names(actor):
        last = _untitled(key).split()[-1:]
        keys.update(last)
        keys.add("#" + _skeleton(key).split(" ")[-1])
    return keys


def _person_sig(actor: Actor) -> tuple[str, str] | None:
    """Return a person's (given name, surname) keys as :func:`_given_names_differ` reads them, None for a one-word
    name or another type."""
    words = _untitled(name_key(actor.name)).split() if actor.type == "PER" else []
    return (words[0], words[-1]) if len(words) >= 2 else None


def _all_pairs(members: list[int], pairs: set[tuple[int, int]]) -> None:
    """Add every two of ``members`` to ``pairs`` (smaller first)."""
    for i, x in enumerate(members):
        for y in members[i + 1:]:
            pairs.add((x, y) if x < y else (y, x))


def _cross_pairs(first: list[int], second: list[int], pairs: set[tuple[int, int]]) -> None:
    """Add every pair of one of ``first`` and one of ``second`` to ``pairs`` (smaller first; none with itself)."""
    for x in first:
        for y in second:
            if x != y:
                pairs.add((x, y) if x < y else (y, x))


def _people_pairs(members: list[int], sigs: list, pairs: set[tuple[int, int]]) -> None:
    """Add the pairs of people sharing a name key that :func:`_given_names_differ` does not keep apart: a one-word
    name with any, people of other surnames, and of one surname those whose given names agree ("John", "J.")."""
    loose = [m for m in members if sigs[m] is None]
    by_surname: dict[str, dict[str, list[int]]] = {}
    for m in members:
        if sigs[m] is not None:
            given, surname = sigs[m]
            by_surname.setdefault(surname, {}).setdefault(given, []).append(m)
    _all_pairs(loose, pairs)
    _cross_pairs(loose, [m for m in members if sigs[m] is not None], pairs)
    groups = [[m for ms in given.values() for m in ms] for given in by_surname.values()]
    for i, group in enumerate(groups):
        for other in groups[i + 1:]:
            _cross_pairs(group, other, pairs)
    for given in by_surname.values():
        for name, ms in given.items():
            _all_pairs(ms, pairs)
            if len(name) > 1 and name[0] in given:  # "J. Smith" and "John Smith"
                _cross_pairs(ms, given[name[0]], pairs)


def _candidate_pairs(items: list[tuple[int, Source, Actor]]) -> set[tuple[int, int]]:
    """Return pairs of positions in ``items`` that may be one actor (:func:`_strength`): every pair that is, and
    few that are not (each is checked after). Actors are looked up by name key, untitled name, surname, skeleton and
    an organisation's name's ending, so that a "Smith" 2,000 people of other given names share pairs nobody."""
    actors = [actor for _pos, _source, actor in items]
    sigs = [_person_sig(a) for a in actors]
    names: dict[tuple[str, str], list[int]] = {}
    full: dict[str, list[int]] = {}
    untitled: dict[str, list[int]] = {}
    surnames: dict[str, list[int]] = {}
    skeletons: dict[str, tuple[list[int], list[int]]] = {}
    orgs: list[int] = []
    for k, actor in enumerate(actors):
        for key in actor_names(actor):
            names.setdefault((actor.type, key), []).append(k)
        key = name_key(actor.name)
        if key:
            full.setdefault(key, []).append(k)
        skeleton = _skeleton(actor.name)
        if len(skeleton.replace(" ", "")) >= 4:
            skeletons.setdefault(skeleton, ([], []))[has_cyrillic(actor.name)].append(k)
        if actor.type == "PER":
            bare = _untitled(key)
            untitled.setdefault(bare, []).append(k)
            if " " in bare:
                surnames.setdefault(bare.rpartition(" ")[2], []).append(k)
        elif actor.type == "ORG":
            orgs.append(k)
    pairs: set[tuple[int, int]] = set()
    for (kind, _key), members in names.items():
        if kind == "PER":
            _people_pairs(members, sigs, pairs)
        else:
            _all_pairs(members, pairs)
    for members in full.values():  # one name of two types
        for i, x in enumerate(members):
            for y in members[i + 1:]:
                if actors[x].type != actors[y].type:
                    pairs.add((x, y))
    for latin, cyrillic in skeletons.values():
        _cross_pairs(latin, cyrillic, pairs)
    for members in untitled.values():
        _all_pairs(members, pairs)
    for bare, members in untitled.items():  # "Harris" and "Kamala Harris"
        if " " not in bare and len(bare) > 2:
            _cross_pairs(members, surnames.get(bare, []), pairs)
    _descriptor_pairs(actors, orgs, pairs)
    return pairs


def _descriptor_pairs(actors: list[Actor], orgs: list[int], pairs: set[tuple[int, int]]) -> None:
    """Add the pairs of organisations one named with a descriptor before the other's name of two words or more
    (:func:`_descriptor_before`)."""
    by_key: dict[str, list[int]] = {}
    for k in orgs:
        key = name_key(actors[k].name)
        if " " in key:
            by_key.setdefault(key, []).append(k)
    longest = max((key.count(" ") + 1 for key in by_key), default=0)
    for k in orgs:
        words = name_key(actors[k].name).split()
        for n in range(2, min(longest, len(words) - 1) + 1):
            _cross_pairs([k], by_key.get(" ".join(words[-n:]), []), pairs)


def _ranked_pairs(items: list[tuple[int, Source, Actor]]) -> list[tuple[int, int]]:
    """Return the pairs of actors of two sources that stand for one and share a word of :func:`_index_keys`,
    surest first (:func:`_strength`), the more salient first among equals, then by names and letters."""
    keys = [_index_keys(actor) for _pos, _source, actor in items]
    ranked = []
    for x, y in _candidate_pairs(items):
        if items[x][1].letter == items[y][1].letter or keys[x].isdisjoint(keys[y]):
            continue
        strength = _strength(items[x][2], items[y][2])
        if strength is not None:
            names = sorted([name_key(items[x][2].name), name_key(items[y][2].name)])
            weight = -round(items[x][2].salience + items[y][2].salience, 6)
            ranked.append((strength, weight, names, sorted([items[x][1].letter, items[y][1].letter]), x, y))
    from .actor_spelling import spelling_pairs  # one name in two spellings, sources in two languages: weakest

    for x, y in spelling_pairs(items, {(x, y) for *_rank, x, y in ranked}):
        names = sorted([name_key(items[x][2].name), name_key(items[y][2].name)])
        weight = -round(items[x][2].salience + items[y][2].salience, 6)
        ranked.append((4, weight, names, sorted([items[x][1].letter, items[y][1].letter]), x, y))
    ranked.sort()
    return [(x, y) for *_rank, x, y in ranked]


def _join(items: list[tuple[int, Source, Actor]], ranked: list[tuple[int, int]]) -> list[list[int]]:
    """Return the groups of positions that ``ranked`` pairs join, in turn, unless the two groups share a source or
    hold two people :func:`_conflict` keeps apart. Each group keeps its letters and, per surname, its people's given
    names (at most a name and its initial: a group holds no two people in conflict), so that a join is checked in
    time of the smaller group, and the smaller group moves into the larger."""
    group = list(range(len(items)))
    members = [[k] for k in range(len(items))]
    letters = [{source.letter} for _pos, source, _actor in items]
    people: list[dict[str, set[str]]] = []
    for _pos, _source, actor in items:
        sig = _person_sig(actor)
        people.append({sig[1]: {sig[0]}} if sig else {})
    for x, y in ranked:
        gx, gy = group[x], group[y]
        if gx == gy:
            continue
        if len(members[gx]) < len(members[gy]):
            gx, gy = gy, gx
        if not letters[gx].isdisjoint(letters[gy]):
            continue
        if any(_givens_differ(given, people[gx][surname])
               for surname, given in people[gy].items() if surname in people[gx]):
            continue
        for k in members[gy]:
            group[k] = gx
        members[gx].extend(members[gy])
        letters[gx] |= letters[gy]
        for surname, given in people[gy].items():
            people[gx].setdefault(surname, set()).update(given)
        members[gy], letters[gy], people[gy] = [], set(), {}
    return [m for m in members if m]


def _givens_differ(first: set[str], second: set[str]) -> bool:
    """Return True when a given name of ``first`` and one of ``second`` (of one surname) differ as in
    :func:`_given_names_differ` (an initial agrees with a name of that letter; one name in two spellings,
    "Andriy" and "Andrij", agrees: :func:`~.spelling.close_words`)."""
    from .spelling import close_words

    for a in first:
        for b in second:
            if (a[0] != b[0]) if (len(a) == 1 or len(b) == 1) else (a != b and not close_words(a, b)):
                return True
    return False


def merge_across(per_source: list[tuple[Source, list[Actor]]]) -> list[Actor]:
    """Return one list of actors for several sources, most salient first.

    ``per_source`` pairs each source with its own actors (with ``paragraph``
    set). Each merged actor's ``sources`` maps letters to sentence indices;
    its ``sentences`` and ``paragraph`` are those of the first source naming it.

    Which actors are merged does not depend on the order of the sources: every pair of actors of two sources that
    stand for one is taken surest first (the same name, then an alias or a surname, then a place and a body of
    one name), the more salient pair first among equals (a bare "Smith" joins the Smith the sources name most),
    then by name, and joins their groups unless the groups share a source
    or hold two people the module docstring keeps apart. The order only decides the display name and type (the
    first source's, or a fuller name in its script).

    The pairs are found by an index (:func:`_candidate_pairs`) and each join is checked against the groups' letters
    and surnames (:func:`_join`), so that 20 sources of 400 people sharing four surnames take seconds, not minutes.
    """
    items = [(pos, source, actor) for pos, (source, actors) in enumerate(per_source) for actor in actors]
    members_of = _join(items, _ranked_pairs(items))
    merged: list[Actor] = []
    for members in sorted(members_of, key=min):
        members.sort()  # source order, then each source's own order
        first = items[members[0]][2]
        target = Actor(name=first.name, type=first.type, aliases=list(first.aliases), role=first.role,
                       mentions=first.mentions, sentences=list(first.sentences), salience=first.salience,
                       paragraph=first.paragraph, sources={items[members[0]][1].letter: list(first.sentences)})
        for k in members[1:]:
            source, actor = items[k][1], items[k][2]
            fuller = (len(_untitled(name_key(actor.name))) > len(_untitled(name_key(target.name)))  # a title is no name
                      and has_cyrillic(actor.name) == has_cyrillic(target.name))  # in another script: the first source's
            if _descriptor_before(actor, target) or _descriptor_before(target, actor):
                fuller = _descriptor_before(target, actor)  # "Kestrel Motors", not "Autohersteller Kestrel Motors"
            full, other = (actor.name, target.name) if fuller else (target.name, actor.name)
            names = [n for n in [other, *target.aliases, actor.name, *actor.aliases] if n and n != full]
            target.name = full
            target.aliases = list(dict.fromkeys(names))
            target.role = target.role or actor.role
            target.mentions += actor.mentions
            target.salience = round(target.salience + actor.salience, 3)
            target.sources[source.letter] = list(actor.sentences)
        target.type = _merged_type([items[k][2] for k in members])
        merged.append(target)
    _found_in_others(merged, per_source)
    merged.sort(key=lambda a: (-a.salience, a.name))
    return merged


#: Endings a name may take in another source's text (case forms: "Northlines", "Northline's", "Каспии", "Смита").
_NAME_ENDINGS = frozenset(["s", "'s", "’s", "es", "а", "я", "у", "ю", "е", "и", "ы", "ом", "ем", "ой", "ей", "ым",
                           "им", "ого", "ому"])
#: Shortest name (letters) looked for in another source's text.
MIN_SOUGHT = 4


def _matches_word(token: str, word: str) -> bool:
    """Return True when ``token`` (as written) is ``word`` (a name's word, as written) or a case form of it."""
    if token == word:
        return True
    return token.startswith(word) and token[len(word):].lower() in _NAME_ENDINGS


def _sought_forms(actor: Actor) -> list[list[str]]:
    """Return the names an actor is looked for by in other sources' text: each name and alias as written,
    capitalised; for a person only full names (a bare surname may be another person of that name)."""
    out = []
    for name in dict.fromkeys([actor.name, *actor.aliases]):
        words = [w.strip(_STRIP) for w in name.split()]
        words = [w for w in words if w]
        if not words or not all(w[:1].isupper() for w in words) or len("".join(words)) < MIN_SOUGHT:
            continue
        if actor.type == "PER" and len(words) < 2:
            continue
        out.append(words)
    return out


_STRIP = "\"'“”‘’«»()[]{}.,;:!?—–…*"


def _found_in_others(merged: list[Actor], per_source: list[tuple[Source, list[Actor]]]) -> None:
    """Add to each merged actor the sources whose finder missed it but whose text names it (a name, or a case
    form of it: :data:`_NAME_ENDINGS`): their letters, sentences and mentions, and salience for each mention at
    the actor's own rate. A source whose own actors already hold the name (kept apart) is not searched for it.
    Linear in the sources' words: each source's words are indexed once."""
    sought = [(actor, _sought_forms(actor)) for actor in merged]
    sought = [(actor, forms, [name_key(" ".join(words)) for words in forms]) for actor, forms in sought if forms]
    languages = {source.letter: (source.article.language or "").lower() for source, _actors in per_source}
    for source, actors in per_source:
        held = set()  # every run of words of a name the source's own actors hold
        for key in (key for a in actors for key in actor_names(a)):
            parts = key.split()[:12]
            held.update(" ".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1))
        index: dict[str, list[tuple[int, int]]] = {}  # a capitalised word, and it without a case ending -> places
        sentences = []
        for i, sentence in enumerate(source.article.sentences):
            tokens = [w for w in (raw.strip(_STRIP) for raw in sentence.text.split()) if w]
            sentences.append(tokens)
            for k, tok in enumerate(tokens):
                if tok[:1].isupper():
                    for n in range(4):  # every ending is at most three letters
                        if n == 0 or tok[-n:].lower() in _NAME_ENDINGS:
                            index.setdefault(tok[:len(tok) - n], []).append((i, k))
        spelled = None  # the source's capitalised words by spelling keys, made when first needed
        for actor, forms, keys in sought:
            if source.letter in actor.sources:
                continue
            if any(key in held for key in keys):
                continue  # the source's finder gave the name to an actor of its own
            found: dict[int, int] = {}  # sentence -> mentions (the most any one form has there)
            for words in forms:
                hits: dict[int, int] = {}
                for i, k in index.get(words[0], ()):
                    tokens = sentences[i]
                    if k + len(words) <= len(tokens) and all(_matches_word(tokens[k + n], w)
                                                             for n, w in enumerate(words)):
                        hits[i] = hits.get(i, 0) + 1
                for i, n in hits.items():
                    found[i] = max(found.get(i, 0), n)
            own = {languages[letter] for letter in actor.sources}
            if not found and languages[source.letter] not in own:  # "Kiew" (de) for "Київ" (uk)
                if spelled is None:
                    spelled = spelled_index(sentences, languages[source.letter])
                found = spelled_hits(forms, sentences, spelled, languages[source.letter],
                                     languages[next(iter(actor.sources))])
            if not found:
                continue
            count = sum(found.values())
            rate = actor.salience / max(actor.mentions, 1)
            actor.sources[source.letter] = sorted(found)
            actor.sources = {s.letter: actor.sources[s.letter] for s, _a in per_source if s.letter in actor.sources}
            actor.mentions += count
            actor.salience = round(actor.salience + rate * count, 3)


def without_source(actors: list[Actor], letter: str) -> list[Actor]:
    """Return the actors with source ``letter`` taken out; an actor only that source named goes.

    Mentions are not recounted (the per-source counts are not kept); the
    sentences and first paragraph move to the next source naming the actor
    (its paragraph is unknown then, ``None``).
    """
    out = []
    for actor in actors:
        if not actor.sources:
            out.append(actor)
            continue
        if letter not in actor.sources:
            out.append(actor)
            continue
        rest = {k: v for k, v in actor.sources.items() if k != letter}
        if not rest:
            continue
        first = next(iter(rest))
        moved = first != next(iter(actor.sources))
        out.append(Actor(name=actor.name, type=actor.type, aliases=list(actor.aliases), role=actor.role,
                         mentions=actor.mentions, sentences=list(rest[first]) if moved else list(actor.sentences),
                         salience=actor.salience, paragraph=None if moved else actor.paragraph, sources=rest))
    return out

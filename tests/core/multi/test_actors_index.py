"""The indexed merge of actors across sources gives exactly what the pairwise merge it replaced gave."""

import random

from briefing.core.model import Actor, Article
from briefing.core.multi import actors as mod
from briefing.core.multi.actors import merge_across
from briefing.core.multi.sources import Source, letter_for
from briefing.core.multi.spelling import has_cyrillic


def _pairwise_merge(per_source, ties_by_position=False):
    """merge_across as it was before the index (multi62, 191a476): every two actors sharing an index key paired,
    every two members of two groups checked for a conflict. Kept verbatim as the reference, but for
    ``ties_by_position``: pairs of equal rank (one source holding two actors of one name key) then go in the order of
    their positions, as the indexed merge takes them, not in the order a set of pairs happened to hold them."""
    items = [(pos, source, actor) for pos, (source, actors) in enumerate(per_source) for actor in actors]
    by_key = {}
    for k, (_pos, _source, actor) in enumerate(items):
        for key in mod._index_keys(actor):
            by_key.setdefault(key, []).append(k)
    pairs = set()
    for members in by_key.values():
        for x in members:
            for y in members:
                if x < y and items[x][1].letter != items[y][1].letter:
                    pairs.add((x, y))
    ranked = []
    for x, y in pairs:
        strength = mod._strength(items[x][2], items[y][2])
        if strength is not None:
            names = sorted([mod.name_key(items[x][2].name), mod.name_key(items[y][2].name)])
            weight = -round(items[x][2].salience + items[y][2].salience, 6)
            ranked.append((strength, weight, names, sorted([items[x][1].letter, items[y][1].letter]), x, y))
    # multi64: one name in two spellings of two languages or scripts (actor_spelling), every pair checked
    from briefing.core.multi.actor_spelling import _language, close_actors

    known = {(x, y) for *_rank, x, y in ranked}
    for x in range(len(items)):
        for y in range(x + 1, len(items)):
            sx, sy, ax, ay = items[x][1], items[y][1], items[x][2], items[y][2]
            if (x, y) in known or sx.letter == sy.letter:
                continue
            if _language(sx) == _language(sy) and has_cyrillic(ax.name) == has_cyrillic(ay.name):
                continue
            if close_actors(ax, ay, _language(sx), _language(sy)):
                names = sorted([mod.name_key(ax.name), mod.name_key(ay.name)])
                ranked.append((4, -round(ax.salience + ay.salience, 6), names, sorted([sx.letter, sy.letter]), x, y))
    ranked.sort(key=(lambda r: r) if ties_by_position else (lambda r: r[:4]))
    group = list(range(len(items)))
    members_of = {k: [k] for k in range(len(items))}
    for *_rank, x, y in ranked:
        gx, gy = group[x], group[y]
        if gx == gy:
            continue
        mx, my = members_of[gx], members_of[gy]
        if {items[k][1].letter for k in mx} & {items[k][1].letter for k in my}:
            continue
        if any(mod._conflict(items[a][2], items[b][2]) for a in mx for b in my):
            continue
        for k in my:
            group[k] = gx
        mx.extend(my)
        del members_of[gy]
    merged = []
    for members in sorted(members_of.values(), key=lambda m: min(m)):
        members.sort()
        first = items[members[0]][2]
        target = Actor(name=first.name, type=first.type, aliases=list(first.aliases), role=first.role,
                       mentions=first.mentions, sentences=list(first.sentences), salience=first.salience,
                       paragraph=first.paragraph, sources={items[members[0]][1].letter: list(first.sentences)})
        for k in members[1:]:
            source, actor = items[k][1], items[k][2]
            fuller = (len(mod._untitled(mod.name_key(actor.name))) > len(mod._untitled(mod.name_key(target.name)))
                      and has_cyrillic(actor.name) == has_cyrillic(target.name))
            if mod._descriptor_before(actor, target) or mod._descriptor_before(target, actor):
                fuller = mod._descriptor_before(target, actor)
            full, other = (actor.name, target.name) if fuller else (target.name, actor.name)
            names = [n for n in [other, *target.aliases, actor.name, *actor.aliases] if n and n != full]
            target.name = full
            target.aliases = list(dict.fromkeys(names))
            target.role = target.role or actor.role
            target.mentions += actor.mentions
            target.salience = round(target.salience + actor.salience, 3)
            target.sources[source.letter] = list(actor.sentences)
        target.type = mod._merged_type([items[k][2] for k in members])
        merged.append(target)
    mod._found_in_others(merged, per_source)
    merged.sort(key=lambda a: (-a.salience, a.name))
    return merged


#: Names that clash: people sharing surnames and initials, titles, Latin and Cyrillic twins, one name as a place,
#: an organisation and a person, an organisation with a descriptor before it.
_PEOPLE = ["John Smith", "J. Smith", "Jane Smith", "Sarah Smith", "S. Smith", "Smith", "Dr Smith", "Mr John Smith",
           "Джон Смит", "Смит", "Olaf Scholz", "Bundeskanzler Scholz", "Scholz", "Олаф Шольц", "Kamala Harris",
           "Harris", "K. Harris", "Ivan Petrov", "Иван Петров", "Petrov", "Anna Petrov", "Heliant Shipping", "Valmora"]
_BODIES = ["Valmora", "Валмора", "Vostok", "Восток", "Kestrel Motors", "Autohersteller Kestrel Motors", "Kestrel",
           "Heliant Shipping", "Harris County", "Smith Bank", "Petrov Group", "Sorvik"]
_PLACES = ["Valmora", "Vostok", "Восток", "Sorvik", "Harris County", "Caspia", "Каспия", "Smith"]
_ALIASES = ["Smith", "Scholz", "Harris", "Petrov", "Kestrel", "Vostok", "J. Smith", "Смит", "Valmora"]


def _random_sources(rng, twice=False):
    """Two to six sources of up to ten clashing actors each, salience from a few values (ties happen); unless
    ``twice``, no source names two actors alike (as a source's finder gives them)."""
    per = []
    for s in range(rng.randint(2, 6)):
        actors = []
        for _ in range(rng.randint(0, 10)):
            kind = rng.choice(["PER", "PER", "ORG", "LOC"])
            name = rng.choice({"PER": _PEOPLE, "ORG": _BODIES, "LOC": _PLACES}[kind])
            aliases = rng.sample(_ALIASES, rng.choice([0, 0, 1, 2]))
            role = rng.choice(["", "", "chancellor", "chief executive"])
            sentences = sorted(rng.sample(range(6), rng.randint(1, 3)))
            if not twice and any(mod.name_key(name) == mod.name_key(a.name) for a in actors):
                continue
            actors.append(Actor(name, kind, aliases, role, rng.randint(1, 4), sentences,
                                rng.choice([0.5, 1.0, 1.5, 2.0, 3.25]), rng.choice([0, 1, None])))
        text = rng.choice(["John Smith met Olaf Scholz in Valmora.", "Kestrel Motors and Vostok said so.",
                           "Джон Смит прибыл в Каспию.", ""])
        per.append((Source(letter_for(s), Article(title=str(s), paragraphs=[[text]] if text else [])), actors))
    return per


def _as_rows(actors):
    return [(a.name, a.type, a.aliases, a.role, a.mentions, a.sentences, a.salience, a.paragraph, a.sources)
            for a in actors]


def test_indexed_merge_equals_the_pairwise_merge_on_random_clashing_names():
    """On 400 random inputs of clashing names the indexed merge gives the pairwise merge's actors, field by field."""
    rng = random.Random(63)
    merged_any = 0
    for _ in range(400):
        per = _random_sources(rng)
        new, old = merge_across(per), _pairwise_merge(per)
        assert _as_rows(new) == _as_rows(old)
        merged_any += any(len(a.sources) > 1 for a in new)
    assert merged_any > 300  # the inputs do merge


def test_indexed_merge_breaks_ties_of_one_source_naming_two_actors_alike_by_position():
    """With a source naming two actors alike (pairs of equal rank), the indexed merge equals the pairwise merge
    taking such pairs in the order of their positions, on 300 random inputs."""
    rng = random.Random(630)
    for _ in range(300):
        per = _random_sources(rng, twice=True)
        assert _as_rows(merge_across(per)) == _as_rows(_pairwise_merge(per, ties_by_position=True))


def test_indexed_merge_keeps_people_of_one_surname_apart_across_many_sources():
    """"J. Smith" joins John Smith (seen first, most salient), not Jane; a bare "Smith" joins one of them."""
    def src(i):
        return Source(letter_for(i), Article(title=str(i)))
    per = [(src(0), [Actor("John Smith", "PER", ["Smith"], "", 3, [0], 3.0, 0),
                     Actor("Jane Smith", "PER", ["Smith"], "", 1, [1], 1.0, 0)]),
           (src(1), [Actor("J. Smith", "PER", [], "", 1, [0], 1.0, 0)]),
           (src(2), [Actor("Smith", "PER", [], "", 1, [0], 1.0, 0), Actor("Jane Smith", "PER", [], "", 1, [2], 1.0, 0)])]
    merged = merge_across(per)
    assert _as_rows(merged) == _as_rows(_pairwise_merge(per))
    john = next(a for a in merged if a.name == "John Smith")
    jane = next(a for a in merged if a.name == "Jane Smith")
    assert set(john.sources) == {"A", "B", "C"} and set(jane.sources) == {"A", "C"}

"""The ranking's one-mention fast path gives what the general walk gave (issue 17, speedK7).

:func:`extract._actors_with` reads an actor of one mention (half the actors of a long text) without the general
walk's sets, sorts and filter. Compared here with the general per-actor code it replaced (kept below, word for
word), on made-up clusters of one mention and more: title and demonym mentions, a work's attribute, roles,
honorific names, guessed and national-side uses, legal forms, odd bytes and other scripts.
"""

from __future__ import annotations

import random

from briefing.core.actors import extract as X
from briefing.core.actors.employer_roles import agent_role_only
from briefing.core.actors.legal_names import plain_name_alias
from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.resolve import _Cluster
from briefing.core.actors.role_phrases import kin_role
from briefing.core.actors.roles import tidy_role
from briefing.core.actors.salience import features
from briefing.core.actors.tokens import new_mention
from briefing.core.model import Actor
from tests.core.builders import make_article


def _reference(article, clusters, summary=None):
    """``extract.actor_features`` before the fast path: one walk for every actor."""
    lex = _lexicon()
    n_sent = max(article.sentence_count, 1)
    summary_idx = {s.index for s in summary.sentences} if summary else set()
    texts = X._body_texts(article)
    out = []
    names: dict[int, str] = {}
    joined = X._one_actor_per_name(clusters, lex, names)
    in_roles = X._named_in_roles(joined, lex)
    for c in joined:
        body, names_only, title_hit = [], [], False
        for m in c.mentions:
            if m.sentence < 0:
                title_hit = True
            elif m.kind == "name":
                body.append(m)
                names_only.append(m)
            elif m.kind == "demonym":
                body.append(m)
        if not names_only or not any(not m.work_attr for m in names_only):
            continue
        name = names.get(id(c))
        if name is None:
            name = X._canonical(c, lex)
        forms = {m.text for m in body}
        forms.discard(name)
        aliases = sorted(forms, key=X._longest_first)
        sentences = sorted({m.sentence for m in body})
        with_role = sorted([m for m in names_only if m.role], key=lambda m: (m.sentence, m.start))
        role = ""
        for m in with_role:
            tidied = tidy_role(lex, m.role, texts)
            if tidied:
                role = tidied
                break
        lone_guess = len(names_only) == 1 and names_only[0].guessed
        typ = c.type or "ORG"
        feats = features(body, n_sent, typ, title_hit,
                         "" if not role or kin_role(role) or agent_role_only(lex, role) else role, summary_idx,
                         named_in_roles=id(c) in in_roles, lone_guess=lone_guess, texts=texts)
        if typ == "LOC" and 2 * sum(m.national_side for m in names_only) >= len(names_only):
            typ = "ORG"
        if typ == "ORG":
            aliases = plain_name_alias(name, aliases)
        out.append((Actor(name=name, type=typ, aliases=aliases, role=role,
                          mentions=len(body), sentences=sentences), feats))
    return out


_NAMES = ["Berg", "Kestrel Foods", "Harlow Retail Plc", "Ünal Öz", "X", "Дума", "Marlow and Co", "Mrs Howard",
          "Wimbledon", "Wimbledon", "\udcff", "Tom Hale", "PayPal.com", "Saabs", "李"]
_ROLES = ["", "", "", "chief economist", "Wimbledon spokesman", "his mother", "Father", "campaigner for the UN",
          "The party's leader", "author Professor", "\x00", "глава СВР"]
_TEXTS = ["Berg said Kestrel Foods' lorry hit Harlow Retail Plc, Wimbledon and Tom Hale.",
          "According to Ünal Öz, the Дума met. Father Berg prayed at the church.",
          "Wimbledon spokesman Tom Hale told X that Mrs Howard and Marlow and Co were fined.",
          "x" * 200, "\ud800 said Berg", ""]


def _made_up_clusters(rng: random.Random, n_texts: int) -> list[_Cluster]:
    clusters = []
    for _ in range(rng.randint(0, 9)):
        typ = rng.choice(["PER", "ORG", "LOC", None])
        c = _Cluster(typ, key=rng.choice([None, "wimbledon", "berg"]))
        for _ in range(rng.choice([0, 1, 1, 1, 2, 3])):
            sentence = rng.choice([-1, 0, 1, 2, n_texts - 1, n_texts + 2])
            text = rng.choice(_NAMES)
            start = rng.randint(0, 60)
            m = new_mention(sentence, start, start + len(text), text, typ or "ORG",
                            rng.choice(["name", "name", "name", "demonym", "dropped"]), None, tuple(text.split()))
            m.role = rng.choice(_ROLES)
            m.work_attr = rng.random() < 0.15
            m.guessed = rng.random() < 0.3
            m.national_side = rng.random() < 0.4
            m.in_quote = rng.random() < 0.2
            m.agent = rng.random() < 0.4
            c.add(m)
        if c.mentions and all(m.kind != "name" for m in c.mentions):
            c.mentions[0].kind = "name"  # (the resolver makes no group without a name: none has a canonical name)
        if rng.random() < 0.1:
            c.honorific_name = "Mrs Howard"
        if rng.random() < 0.1:
            c.shown = rng.choice(_NAMES)
        clusters.append(c)
    return clusters


def _rows(pairs):
    return [(a.name, a.type, a.aliases, a.role, a.mentions, a.sentences, a.salience, f) for a, f in pairs]


def test_one_mention_actors_read_as_the_general_walk_reads_them():
    rng = random.Random(77)
    seen_one = 0
    for _ in range(2500):
        texts = [rng.choice(_TEXTS) for _ in range(rng.randint(1, 5))]
        article = make_article([" ".join(texts)]) if rng.random() < 0.2 else make_article(texts)
        clusters = _made_up_clusters(rng, article.sentence_count)
        seen_one += sum(len(c.mentions) == 1 for c in clusters)
        assert _rows(X.actor_features(article, clusters)) == _rows(_reference(article, clusters))
    assert seen_one > 5000


def test_rank_actors_of_real_texts_match_the_general_walk():
    from briefing.core.actors.salience import salience

    texts = ["Kestrel Foods chief executive Dana Berg said the firm would cut 300 jobs in Harlow.",
             "Berg told the BBC that Harlow Retail Plc had also been hit. Analyst Lena Hartwig said Berg was right.",
             "England coach Tom Hale, 45, said England would beat Scotland. Hale's side won.",
             "Москва said nothing. The Harry Potter film opened in Paris, according to Le Monde."]
    article = make_article(texts)
    clusters = X.group_mentions(article)
    want = []
    for actor, feats in _reference(article, clusters):
        actor.salience = salience(feats)
        want.append(actor)
    want.sort(key=lambda a: (-a.salience, a.sentences[0] if a.sentences else 0, a.name))
    assert X.rank_actors(article, clusters) == want
    assert sum(len(c.mentions) == 1 for c in clusters) >= 3


def _reference_one_actor_per_name(clusters, lex, names):
    """``extract._one_actor_per_name`` before speedK7: ``_canonical`` of every group, a list for every key."""
    keys, by_name = {}, {}
    for c in clusters:
        if c.mentions:
            name = names[id(c)] = X._canonical(c, lex)
            key = keys[id(c)] = X._norm(name).lower()
            if c.type in ("PER", "ORG", "LOC") and "name" in [m.kind for m in c.mentions]:
                by_name.setdefault(key, []).append(c)
    mixed = {k for k, group in by_name.items() if len(group) > 1 and len({g.type for g in group}) > 1}
    if not mixed:
        return list(clusters)
    out = []
    for c in clusters:
        group = by_name[keys[id(c)]] if c.mentions and keys[id(c)] in mixed else None
        if group is None:
            out.append(c)
            continue
        if c is not group[0]:
            continue
        typ = max(group, key=lambda g: sum(m.sentence >= 0 and m.kind == "name" for m in g.mentions)).type
        merged = _Cluster(typ, key=next((g.key for g in group if g.type == typ), None))
        for g in group:
            for m in g.mentions:
                merged.add(m)
        merged.listed = any(g.listed for g in group if g.type == typ)
        out.append(merged)
    return out


def test_one_actor_per_name_names_and_joins_as_before():
    rng = random.Random(78)
    lex = _lexicon()
    joined_some = 0
    for _ in range(4000):
        clusters = _made_up_clusters(rng, 4)
        for c in clusters:
            c.listed = rng.random() < 0.3
        got_names, want_names = {}, {}
        got = X._one_actor_per_name(clusters, lex, got_names)
        want = _reference_one_actor_per_name(clusters, lex, want_names)
        assert got_names == want_names
        assert [(c.type, c.key, c.listed, c.mentions) for c in got] == [(c.type, c.key, c.listed, c.mentions) for c in want]
        assert [c in clusters for c in got] == [c in clusters for c in want]
        joined_some += len(got) < len(clusters)
    assert joined_some > 50

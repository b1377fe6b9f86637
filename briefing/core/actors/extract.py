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

from collections import Counter
from itertools import chain
from operator import attrgetter

from ..errors import BriefingError
from ..gcpause import gc_paused as _gc_paused
from ..model import Actor, Article, Summary
from .document import _rule_mentions
from .legal_names import plain_name_alias
from .lexicon import _Lexicon, _lexicon, _norm
from .resolve import _Cluster, _resolve
from .employer_roles import agent_role_only
from .role_phrases import kin_role
from .roles import tidy_role
from .salience import features, score
from .spacy_backend import _spacy_mentions, spacy_available
from .tokens import DOMAIN_ENDS, EntityMention

BACKENDS = ("rules", "spacy", "auto")

_text, _sentence, _role, _kind = attrgetter("text"), attrgetter("sentence"), attrgetter("role"), attrgetter("kind")
_spot = attrgetter("sentence", "start")


def _not_work_attr(m: EntityMention) -> bool:
    return not m.work_attr


def _longest_first(form: str) -> tuple[int, str]:
    return -len(form), form


def extract_mentions(article: Article, backend: str = "rules") -> list[EntityMention]:
    """Return every typed name mention of ``article`` (title and body), merged into actors.

    Each mention's ``actor`` indexes the clusters built internally; mentions
    that were dropped as noise are left out. ``backend`` is as for
    :func:`extract_actors`. Raises :class:`BriefingError` for an unknown or
    unavailable backend.
    """
    mentions, _clusters = _analyse(article, backend)
    return [m for m in mentions if m.kind in ("name", "demonym") and m.type in ("PER", "ORG", "LOC")]


def _analyse(article: Article, backend: str, claims=None, fetch=None) -> tuple[list[EntityMention], list[_Cluster]]:
    with _gc_paused():
        return _analyse_unpaused(article, backend, claims, fetch)


def _analyse_unpaused(article: Article, backend: str, claims=None, fetch=None) -> tuple[list[EntityMention], list[_Cluster]]:
    if backend not in BACKENDS:
        raise BriefingError(f"Unknown actor backend '{backend}'; choose one of {', '.join(BACKENDS)}.")
    if backend == "spacy" or (backend == "auto" and spacy_available()):
        mentions = _spacy_mentions(article)
    else:
        mentions = _rule_mentions(article, claims, fetch)
    clusters = _resolve(mentions, _body_texts(article), article.title or "")
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

    An article in Russian, Ukrainian, German, French or Spanish goes to its
    language's finder instead (:mod:`.languages`: natasha for Russian, rules
    for the others), whatever ``backend`` says; ranking is the same.
    """
    from .languages import actors_in_language, has_own_finder

    with _gc_paused():
        if has_own_finder(article.language):
            return actors_in_language(article, summary)
        return rank_actors(article, group_mentions(article, backend), summary)


def group_mentions(article: Article, backend: str = "rules", claims=None, fetch=None) -> list[_Cluster]:
    """Return the article's name mentions merged into actor groups: the costly part of :func:`extract_actors`.

    It does not need the summary, so a caller may run it while the summary is
    made and finish with :func:`rank_actors`. Only for the English finders:
    an article whose language has its own finder (``languages.has_own_finder``)
    goes to :func:`extract_actors` whole. Raises :class:`BriefingError` as
    :func:`extract_actors` does.

    ``claims`` and ``fetch``: the rules' first pass shared with another process
    (see :func:`.document._rule_mentions`); the same groups.
    """
    return _analyse(article, backend, claims, fetch)[1]


def _body_texts(article: Article) -> list[str]:
    """The body's sentences in order: ``[s for para in article.paragraphs for s in para]``, flattened in C."""
    return list(chain.from_iterable(article.paragraphs))


def rank_actors(article: Article, clusters: list[_Cluster], summary: Summary | None = None) -> list[Actor]:
    """Return the key actors of ``clusters`` (from :func:`group_mentions`), most salient first; see :func:`extract_actors`."""
    actors = []
    for actor, score_ in _actors_with(score, article, clusters, summary):  # (score: salience(features(...)))
        actor.salience = score_
        actors.append(actor)
    actors.sort(key=lambda a: (-a.salience, a.sentences[0] if a.sentences else 0, a.name))
    return actors


def actor_features(article: Article, clusters: list[_Cluster],
                   summary: Summary | None = None) -> list[tuple[Actor, dict[str, float]]]:
    """Return each actor of ``clusters`` (salience not set) with its salience features (:func:`.salience.features`)."""
    return _actors_with(features, article, clusters, summary)


def _actors_with(measure, article: Article, clusters: list[_Cluster], summary: Summary | None) -> list[tuple[Actor, object]]:
    """Return each actor of ``clusters`` (salience not set) with ``measure`` of it: :func:`.salience.features` (the
    features by name) or :func:`.salience.score` (their weighted sum, the salience, made without the dict)."""
    lex = _lexicon()
    n_sent = max(article.sentence_count, 1)
    summary_idx = {s.index for s in summary.sentences} if summary else set()
    texts = _body_texts(article)
    out = []
    names: dict[int, str] = {}  # the canonical names _one_actor_per_name made, by id of the (live) cluster
    joined = _one_actor_per_name(clusters, lex, names)
    in_roles = _named_in_roles(joined, lex)  # on the joined actors: a joined group is a new cluster object
    for c in joined:
        mentions = c.mentions
        if len(mentions) == 1:
            # One mention (half the actors of a long text): what the general walk below gives, without its sets,
            # sorts and filter. A title or demonym mention leaves no name, and a work's attribute is skipped, as
            # there; otherwise the body and the names are the one mention, the sentences its one, the aliases its
            # text unless that is the name, the role its own tidied.
            m = mentions[0]
            if m.sentence < 0 or m.kind != "name" or m.work_attr:
                continue
            body = names_only = mentions  # (read, never changed)
            title_hit = False
            name = names.get(id(c))
            if name is None:
                name = _canonical(c, lex)
            aliases = [] if m.text == name else [m.text]
            sentences = [m.sentence]
            role = (tidy_role(lex, m.role, texts) or "") if m.role else ""
            lone_guess = m.guessed
        else:
            body, names_only, title_hit = [], [], False  # one pass over the cluster's mentions gathers all three
            for m in c.mentions:
                if m.sentence < 0:
                    title_hit = True
                elif m.kind == "name":
                    body.append(m)
                    names_only.append(m)
                elif m.kind == "demonym":
                    body.append(m)
            # (Per actor, no comprehension, generator or lambda is made: in Python 3.11 each is a function object,
            # and a generator left early is closed by raising in it; map, filter and loops give the same values.)
            if not names_only or not any(map(_not_work_attr, names_only)):
                continue  # no name, or one that only qualifies a work ("the new Harry Potter film")
            name = names.get(id(c))
            if name is None:
                name = _canonical(c, lex)
            forms = set(map(_text, body))
            forms.discard(name)
            aliases = sorted(forms, key=_longest_first)
            sentences = sorted(set(map(_sentence, body)))
            # The earliest mention's role (the first of equals in list order, as a stable sort would give).
            with_role = list(filter(_role, names_only))
            if len(with_role) > 1:
                with_role.sort(key=_spot)
            role = ""
            for m in with_role:
                tidied = tidy_role(lex, m.role, texts)
                if tidied:
                    role = tidied
                    break
            # A lone word typed by default is the weakest evidence.
            lone_guess = len(names_only) == 1 and names_only[0].guessed
        # "William Hill spokesman Rupert Adams": the people who speak for an organisation lend it salience.
        typ = c.type or "ORG"
        # (no role: "" either way, neither test asked)
        measured = measure(body, n_sent, typ, title_hit,
                           "" if not role or kin_role(role) or agent_role_only(lex, role) else role, summary_idx,
                           named_in_roles=id(c) in in_roles, lone_guess=lone_guess, texts=texts)
        if typ == "LOC" and 2 * sum(m.national_side for m in names_only) >= len(names_only):
            typ = "ORG"  # a country or town that plays ("England coach", "against Scotland") is its team
        if typ == "ORG":
            aliases = plain_name_alias(name, aliases)  # "Harlow Retail Plc": also "Harlow Retail"
        out.append((Actor(name=name, type=typ, aliases=aliases, role=role,
                          mentions=len(body), sentences=sentences), measured))
    return out


def _one_actor_per_name(clusters: list[_Cluster], lex: _Lexicon, names: dict[int, str] | None = None) -> list[_Cluster]:
    """Return ``clusters`` with the groups of one name typed two ways joined into one actor.

    The resolver types each use of a name by its own context ("criticised Wimbledon", the organisation; "at
    Wimbledon", the place; "the Athens action" read as a side in a sports report), so one name can make two
    groups. A reader sees one actor: the groups that share their canonical name join, typed as the group with
    the most body uses (the first named on a tie). Only actors are joined: each mention keeps its own type,
    which is what :func:`extract_mentions` reports.

    ``names``, when given, gets the canonical name of each cluster of ``clusters`` with mentions, by ``id``
    (each is worked out once).
    """
    names = {} if names is None else names
    keys: dict[int, str] = {}
    first: dict[str, _Cluster] = {}  # the first named group of each key
    by_name: dict[str, list[_Cluster]] = {}  # the keys of two named groups or more: all of them, in order
    for c in clusters:  # (one pass: a cluster without mentions has no name and joins no group)
        mentions = c.mentions
        if not mentions:
            continue
        m = mentions[0]
        if len(mentions) == 1 and m.kind == "name" and not c.honorific_name:
            name = m.text  # (what _canonical gives a group named once, without its call: half the groups)
            named = True
        else:
            name = _canonical(c, lex)
            named = "name" in map(_kind, mentions)
        names[id(c)] = name
        key = keys[id(c)] = _norm(name).lower()
        if named and c.type in ("PER", "ORG", "LOC"):
            other = first.setdefault(key, c)
            if other is not c:  # (no list is made for a key of one group: most keys)
                group = by_name.get(key)
                if group is None:
                    by_name[key] = [other, c]
                else:
                    group.append(c)
    # The names of two types or more: every other cluster stays as it is.
    mixed = {k for k, group in by_name.items() if len({g.type for g in group}) > 1}
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
        body = lambda g: sum(m.sentence >= 0 and m.kind == "name" for m in g.mentions)  # noqa: E731
        typ = max(group, key=body).type
        merged = _Cluster(typ, key=next((g.key for g in group if g.type == typ), None))
        for g in group:
            for m in g.mentions:
                merged.add(m)
        merged.listed = any(g.listed for g in group if g.type == typ)
        out.append(merged)
    return out


def _named_in_roles(clusters: list[_Cluster], lex: _Lexicon) -> set[int]:
    """Return the organisations' clusters (by ``id``) that some person's role names ("William Hill spokesman",
    "director of research at YouGov"); word sequences of up to four words. A role only by an agent noun and its
    employer ("campaigner for the UN") lends no salience (:func:`.employer_roles.agent_role_only`)."""
    grams: set[str] = set()
    for c in clusters:
        if c.type != "PER":
            continue
        for role in {m.role for m in c.mentions if m.role and m.kind == "name" and not agent_role_only(lex, m.role)}:
            words = role.replace("’s", "").replace("'s", "").split()
            for n in range(1, 5):
                for i in range(len(words) - n + 1):
                    grams.add(" ".join(words[i:i + n]))
    return set() if not grams else {id(c) for c in clusters if c.type == "ORG" and c.mentions and not grams.isdisjoint(c.forms)}


def _canonical(c: _Cluster, lex: _Lexicon) -> str:
    """Return the fullest name the text uses for a cluster (the gazetteer's name when the text uses it)."""
    if c.honorific_name:
        return c.honorific_name  # "Mrs Howard", told apart from Michael Howard only by "Mrs"
    if len(c.mentions) == 1 and c.mentions[0].kind == "name":
        return c.mentions[0].text  # most actors: named once; what the rules below give too
    forms = [m.text for m in c.mentions if m.kind == "name"]
    if len(forms) == 1 or (forms and forms.count(forms[0]) == len(forms)):
        # One form written each time (most actors named twice or more): each rule below picks one of the forms
        # (the shown name and the listed one only when among them), so that one.
        return forms[0]
    if c.shown and c.shown in forms:
        return c.shown  # the name the text says it goes by ("Jay-Z, real name Shawn Carter")
    if c.key and c.key in lex.group_names:
        preferred = lex.group_names[c.key]
        if any(_norm(f) == _norm(preferred) for f in forms):
            return next(f for f in forms if _norm(f) == _norm(preferred))
    counts = Counter(forms)
    # An organisation is named, not addressed: "PayPal" over "Paypal.com" when the text uses both.
    names = [f for f in counts if not f.lower().endswith(DOMAIN_ENDS)] or list(counts)
    names = [f for f in names if not (f.endswith("s") and " " not in f and f[:-1] in counts)] or names  # "Saab", not "Saabs"
    return max(names, key=lambda f: (len(f.split()) if not f.isupper() else 0.5, len(f), counts[f]))

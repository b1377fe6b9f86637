"""The actor typer: a learned PER / ORG / LOC decision per actor, over the features of its mentions.

The finder's rules find the names and give each a type from word lists,
titles and context; where they guess (a name no list explains, a run typed
by its shape), the guess often fits the articles they were tuned on better
than unseen ones. This step re-decides each actor's type with a linear model
(an averaged perceptron) that reads, for each of its mentions, the rules'
own type and reason as features next to the name's words, head and suffixes,
the words around it, word-list hits and document facts (how often the actor
is named, whether a full personal name defines it). The scores of an actor's
mentions are added up, so one name keeps one type in a document.

The weights ship in ``resources/models/actor-typer.json.gz`` and are rebuilt,
byte for byte, by ``tools/train_actor_typer.py`` from GUM-Wikinews only (the
tagger's training data; CC BY; see ``resources/models/README.md``). Pure
Python, no download; loading costs a few milliseconds, once.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .lexicon import _Lexicon, _lexicon
from .tagger import _word_facts, word_shape
from .tokens import EntityMention

#: The classes, in the order the weight vectors use.
TYPES = ("PER", "ORG", "LOC")
MODEL_NAME = "actor-typer.json.gz"
#: At most this many mentions of one actor are read (the first ones): a long document stays linear and cheap.
MAX_MENTIONS = 8


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3-5" if n < 6 else "6+"


def cluster_facts(mentions: Sequence[EntityMention], rule_type: str | None, listed: bool) -> list[str]:
    """Return the document-level features shared by an actor's mentions."""
    names = [m for m in mentions if m.kind == "name"]
    f = ["c=" + str(rule_type), "cn=" + _bucket(len(names))]
    if listed:
        f.append("c_listed")
    if any(m.type == "PER" and len(m.tokens) > 1 and not m.weak for m in names):
        f.append("c_fullper")
    if any(len(m.tokens) == 1 for m in names) and any(len(m.tokens) > 1 for m in names):
        f.append("c_short+long")
    if any(m.role for m in names):
        f.append("c_role")
    if any(m.honorific for m in names):
        f.append("c_hon")
    if any(m.locative for m in names):
        f.append("c_locative")
    if any(m.agent for m in names):
        f.append("c_agent")
    return f


def mention_features(m: EntityMention, lex: _Lexicon | None = None) -> list[str]:
    """Return the feature names of one mention (its own words, the words around it, the rules' reading)."""
    toks = m.tokens or tuple(m.text.split())
    if not toks:
        return ["b"]
    head, first = toks[-1], toks[0]
    hf, ff = _word_facts(head), _word_facts(first)
    hl = hf[1]
    p2, p1, n1, n2 = (w.lower() for w in m.context)
    f = [
        "b",
        "r=" + str(m.type),
        "rs=" + (m.shape_type or "-"),
        "n=" + _bucket(len(toks)),
        "h=" + hl,
        "f=" + ff[1],
        "hx3=" + hl[-3:],
        "hx4=" + hl[-4:],
        "hs=" + hf[2],
        "shape=" + "_".join(word_shape(t) for t in toks[:4]),
        "p=" + p1,
        "pp=" + p2 + "_" + p1,
        "nx=" + n1,
        "nn=" + n1 + "_" + n2,
        "p/r=" + p1 + "/" + str(m.type),
    ]
    if len(toks) > 1:
        f.append("w2=" + toks[-2].lower() + "_" + hl)
        f.extend("w=" + t.lower() for t in toks[1:-1])
    f.extend("hl=" + x for x in hf[3])
    f.extend("fl=" + x for x in ff[3])
    if m.key:
        f.append("key=" + m.key.split(":", 1)[0])
    for flag in ("weak", "guessed", "locative", "agent", "team_cue", "national_side", "paren", "before_paren",
                 "initial", "in_quote", "quoted"):
        if getattr(m, flag):
            f.append(flag)
    if m.honorific:
        f.append("hon")
    if m.role:
        f.append("role")
    if m.sentence < 0:
        f.append("title")
    mt = m._model_type
    if mt is not None:
        f.append("mt=" + (mt or "O"))
    if m.text.isupper():
        f.append("allcaps")
    return f


class TypeModel:
    """A linear PER/ORG/LOC scorer: per feature, one weight per type."""

    def __init__(self, weights: dict[str, tuple[float, float, float]], margin: float = 0.0) -> None:
        self.weights = weights
        self.margin = margin

    def scores(self, feats: Iterable[str], out: list[float] | None = None) -> list[float]:
        s = out if out is not None else [0.0, 0.0, 0.0]
        get = self.weights.get
        for f in feats:
            row = get(f)
            if row:
                s[0] += row[0]
                s[1] += row[1]
                s[2] += row[2]
        return s

    def actor_type(self, mentions: Sequence[EntityMention], rule_type: str | None, listed: bool) -> str | None:
        """Return the type the model gives an actor, or ``rule_type`` when it is not sure enough."""
        names = [m for m in mentions if m.kind == "name"][:MAX_MENTIONS]
        if not names:
            return rule_type
        shared = cluster_facts(mentions, rule_type, listed)
        s = self.scores(shared)
        s = [v * len(names) for v in s]
        for m in names:
            self.scores(mention_features(m), s)
        best = max(range(3), key=s.__getitem__)
        if rule_type in TYPES and TYPES[best] != rule_type:
            if (s[best] - s[TYPES.index(rule_type)]) / len(names) < self.margin:
                return rule_type
        return TYPES[best]


def load_model(data: dict) -> TypeModel:
    """Build a :class:`TypeModel` from the model file's JSON (``{"types": [...], "weights": {feat: [w, w, w]}}``)."""
    if tuple(data["types"]) != TYPES:
        raise ValueError("actor typer model has other types than this code expects")
    weights = {f: (float(r[0]), float(r[1]), float(r[2])) for f, r in data["weights"].items()}
    return TypeModel(weights, float(data.get("margin", 0.0)))


@lru_cache(maxsize=1)
def get_type_model() -> TypeModel | None:
    """Return the bundled typer (loaded once), or None when the model file is absent (the rules' types stay)."""
    from ...paths import resource

    try:
        with gzip.open(resource("models", MODEL_NAME), "rt", encoding="utf-8") as fh:
            return load_model(json.load(fh))
    except FileNotFoundError:
        return None


_FIRM_SHAPES = frozenset(["PER/name", "ORG/name", "LOC/name", "PER/weak-init"])


def _firm(m: EntityMention) -> bool:
    """True when the rules typed a mention on firm evidence: a listed name, a known first name, an
    organisation or place word, a title or a role; such actors keep the rules' type."""
    if m.kind != "name":
        return False
    if m.key or m.honorific or m.role:
        return True
    if m.shape_type:
        return m.shape_type in _FIRM_SHAPES or (m.shape_type == "PER/weak" and not m.weak)
    return len(m.tokens) > 1 and not m.guessed


def open_to_model(c) -> bool:
    """True for an actor whose type the rules only guessed (no mention of it is typed on firm evidence)."""
    return bool(c.mentions) and c.type in TYPES and not c.listed and not any(_firm(m) for m in c.mentions)


def retype(clusters: list, model: TypeModel | None = None) -> None:
    """Give each actor (cluster) the type the model reads from its mentions, and its name mentions that type."""
    model = model or get_type_model()
    if model is None:
        return
    _lexicon()
    for c in clusters:
        if not open_to_model(c):
            continue
        typ = model.actor_type(c.mentions, c.type, c.listed)
        if typ != c.type:
            c.type = typ
            for m in c.mentions:
                if m.kind == "name":
                    m.type = typ

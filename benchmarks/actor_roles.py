"""Roles of key actors against the gold ``role`` field (issue 17: roles from the text attached to a name).

    python benchmarks/actor_roles.py [--list wrong,extra,missing,contained,exact]

Reads the ORIGINAL 15 (``../shared/eval/actors-gold.jsonl``) and the TUNE part
(``benchmarks/data/actors-dev.jsonl``) only; never the held-out parts. Skips with a message when
``../shared/eval`` is absent.

For each gold actor matched by an extracted actor (any rank; the name or an alias, compared as
``actors_quality.py`` does; the best-ranked match counts), the predicted role is classed against the
gold role, both lower-cased with articles ("the", "a", "an") and curly quotes removed:

* ``exact``: equal;
* ``contained``: one is inside the other (whole words);
* ``wrong``: both given, no containment;
* ``missing``: the gold has a role, none predicted;
* ``extra``: a role predicted, the gold role is empty;
* ``both empty``: neither gives one.

Gold roles are often long descriptions, so it also counts ``head match``: among the predicted roles
with a gold role, those whose head noun (the last word before the first "of"/"for"/"at"/... or, with
none, the last word; a possessive's "'s" dropped) occurs as a word in the gold role.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from actors_quality import EVAL, PARTS as _ALL_PARTS  # noqa: E402  (one place for the gold files)

#: The original and tune parts only: reading the held-out parts' roles is tuning on them.
PARTS = tuple((part, path) for part, path in _ALL_PARTS if part in ("original", "tune"))
CLASSES = ("exact", "contained", "wrong", "missing", "extra", "both empty")
_ARTICLES = frozenset(["the", "a", "an"])
_PREPOSITIONS = frozenset(["of", "for", "at", "in", "on", "with", "to", "from", "and", ",", "who", "whose"])


def _words(role: str) -> list[str]:
    """Lower-case words of a role, punctuation split off, articles dropped."""
    t = role.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').lower()
    for p in ",;:()\"":
        t = t.replace(p, f" {p} ")
    return [w for w in t.split() if w not in _ARTICLES]


def _inside(small: list[str], big: list[str]) -> bool:
    n = len(small)
    return n > 0 and any(big[i:i + n] == small for i in range(len(big) - n + 1))


def head_noun(role: str) -> str:
    """The head of a role phrase: "spokesman for EFF" -> "spokesman", "CNN's correspondent" -> "correspondent"."""
    words = _words(role)
    for i, w in enumerate(words):
        if w in _PREPOSITIONS and i > 0:
            words = words[:i]
            break
    w = words[-1] if words else ""
    return w[:-2] if w.endswith("'s") else w


def classify(pred: str, gold: str) -> str:
    p, g = _words(pred), _words(gold)
    if not p and not g:
        return "both empty"
    if not p:
        return "missing"
    if not g:
        return "extra"
    if p == g:
        return "exact"
    if _inside(p, g) or _inside(g, p):
        return "contained"
    return "wrong"


def head_match(pred: str, gold: str) -> bool:
    h = head_noun(pred)
    g = [w[:-2] if w.endswith("'s") else w for w in _words(gold)]
    return bool(h) and (h in g or h.rstrip("s") in g or h + "s" in g)


def score(path: Path, listing: set[str]) -> tuple[Counter, int, int]:
    """Return (class counts, head matches, predicted roles with a gold role) for one gold file."""
    from actors_quality import _key, gold_articles
    from briefing.core.actors import extract_actors

    counts: Counter = Counter()
    heads = with_both = 0
    for gold, article in gold_articles(path):
        preds = extract_actors(article)
        by_key: dict[str, object] = {}
        for p in preds:
            by_key.setdefault(_key(p.name), p)
        for g in gold["actors"]:
            p = next((by_key[k] for k in map(_key, [g["name"], *g.get("aliases", [])]) if k in by_key), None)
            if p is None:
                continue
            pred_role, gold_role = p.role or "", g.get("role", "") or ""
            c = classify(pred_role, gold_role)
            counts[c] += 1
            if pred_role and gold_role:
                with_both += 1
                heads += head_match(pred_role, gold_role)
            if c in listing:
                print(f"  {c:9s} {gold['id']:28s} {g['name']!r}: pred {pred_role!r} | gold {gold_role!r}")
    return counts, heads, with_both


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", default="", help="comma list of classes whose cases to print (original + tune only)")
    args = ap.parse_args(argv)
    if not EVAL.exists():
        print(f"actor_roles: {EVAL} not found; skipping.")
        return 0
    listing = {c.strip() for c in args.list.split(",") if c.strip()}
    total: Counter = Counter()
    total_heads = total_both = 0
    for part, path in PARTS:
        if not path.exists():
            print(f"{part:8s} {path.name}: not found; skipping.")
            continue
        counts, heads, both = score(path, listing)
        total.update(counts)
        total_heads += heads
        total_both += both
        print(f"{part:8s} " + "  ".join(f"{c} {counts[c]}" for c in CLASSES) + f"  head match {heads}/{both}")
    print("all      " + "  ".join(f"{c} {total[c]}" for c in CLASSES) + f"  head match {total_heads}/{total_both}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

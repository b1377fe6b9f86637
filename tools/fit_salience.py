"""Fit the salience weights of briefing.core.actors.salience on the annotated gold articles.

    python tools/fit_salience.py [--parts original,tune] [--features mass,first,...] [--l2 0.01]

Reads the original and tune gold parts (``../shared/eval/actors-gold.jsonl`` and
``benchmarks/data/actors-dev.jsonl``; never a held-out part) through
``benchmarks/actors_quality.py``, runs the English extractor's grouping on each
article and labels every actor it finds: 2 for a key gold actor, 1 for a gold
actor that is not key, 0 for a name the gold does not list (matched by name or
alias as the benchmark does). It then fits non-negative weights for
:data:`FEATURES` with a pairwise logistic loss inside each article (a higher
label should score higher; each article weighs the same) and prints:

* key-recall@8 and precision@8 of the current :data:`WEIGHTS` and of the
  former hand-set formula, on each part;
* the same figures under leave-one-article-out cross-validation (fit on the
  other articles, rank the one left out) and for weights fitted on all of them;
* the weights fitted on all articles (what ``salience.WEIGHTS`` ships, rounded).

Every figure is printed for each part, for each source (:func:`source`: BBC 2005, CNN/DailyMail, web pages and
the seed) and for all articles: a weight set that helps one source and hurts another is not general.

The ``summary`` feature is left out of the fit (the benchmark runs without a
summary; the app gives one), so its weight stays as set in the code;
``--summary`` makes each article's default summary, as the app does, and
prints the figures for a few summary weights instead.
``--grid quotes,not_list`` instead chooses the weights of the named features
(the others as shipped) from a grid of 0 to 2 by leave-one-article-out
cross-validation on the top-8 figures themselves (how "quotes" and "not_list"
were chosen), and prints the cross-validated figures and the folds' choices.
``--grid-values 0,0.5,...`` sets that grid; ``--ascent FEATURE,...`` sets the named weights by coordinate ascent
on the top-8 figures (from the shipped weights, over the grid), cross-validated. ``--folds 10`` runs k-fold
cross-validation by article instead of leave-one-out; ``--cache FILE`` keeps the extracted rows in a pickle
(delete it after changing the extractor).
Skips with a message when ``../shared/eval`` is absent.
"""

from __future__ import annotations

import argparse
import importlib.util
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.core.actors.extract import actor_features, group_mentions
from briefing.core.actors.salience import FEATURES, WEIGHTS

EVAL = ROOT.parent / "shared" / "eval"
FIT = tuple(f for f in FEATURES if f != "summary")
#: Source groups of the gold articles, by the ``dataset`` field of a gold line (see :func:`source`).
SOURCES = ("bbc", "cnndm", "web")


def source(gold: dict) -> str:
    """The source group of a gold line: "bbc" (the BBC 2005 news-summaries texts, also the original part's lines
    without a dataset whose id starts with "bbc-"), "cnndm" (CNN/DailyMail) or "web" (the html-dev pages, the seed
    and anything else)."""
    ds = gold.get("dataset")
    if ds == "cnndm-dev":
        return "cnndm"
    if ds == "news-summaries" or (ds is None and str(gold.get("id", "")).startswith("bbc-")):
        return "bbc"
    return "web"


def _bench():
    spec = importlib.util.spec_from_file_location("actors_quality", ROOT / "benchmarks" / "actors_quality.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load(parts: list[str], with_summary: bool = False) -> list[dict]:
    """Return one record per article: part, feature rows, labels, gold indices, tie keys and the key count.

    ``with_summary``: make each article's default summary (as the app does) so the ``summary`` feature is set.
    """
    bench = _bench()
    paths = dict(bench.PARTS)
    for part in parts:  # refused before any part is read
        if part in bench.HELD_OUT:
            raise SystemExit(f"fit_salience: the {part} part is for reporting only")
    out = []
    for part in parts:
        for gold, article in bench.gold_articles(paths[part]):
            index = {}
            for i, g in enumerate(gold["actors"]):
                for n in [g["name"], *g.get("aliases", [])]:
                    index.setdefault(bench._key(n), i)
            keys = {i for i, g in enumerate(gold["actors"]) if g.get("key")}
            summary = None
            if with_summary:
                from briefing.core.brief.pipeline import resummarize

                summary = resummarize(article)
            rows = actor_features(article, group_mentions(article), summary)
            gis = [index.get(bench._key(a.name)) for a, _ in rows]
            out.append({
                "part": part, "src": source(gold), "id": gold["id"], "n_keys": len(keys),
                "x": [[f[k] for k in FEATURES] for _, f in rows],
                "gi": gis, "key": [gi in keys for gi in gis],
                "label": [2 if gi in keys else (1 if gi is not None else 0) for gi in gis],
                "tie": [(a.sentences[0] if a.sentences else 0, a.name) for a, _ in rows],
            })
    return out


def score_rows(x: list[list[float]], w: list[float]) -> list[float]:
    return [sum(a * b for a, b in zip(row, w)) for row in x]


def old_formula(x: list[list[float]]) -> list[float]:
    """The hand-set formula shipped before the fit (people x1.4, places x0.85, a lone guess x0.6)."""
    i = {k: n for n, k in enumerate(FEATURES)}
    out = []
    for r in x:
        s = (r[i["mass"]] + 0.75 * math.expm1(r[i["agent"]]) + 1.5 * r[i["first"]] + 3.0 * r[i["title"]]
             + r[i["role"]] + 0.75 * r[i["in_roles"]] * r[i["org"]])
        s *= 1.4 if r[i["per"]] else (1.0 if r[i["org"]] else 0.85)
        out.append(s * (1.0 if r[i["sure"]] else 0.6))
    return out


def evaluate(art: dict, scores: list[float]) -> tuple[float, float]:
    """key-recall@8 and precision@8 of one article ranked by ``scores`` (ties as rank_actors breaks them)."""
    order = sorted(range(len(scores)), key=lambda j: (-round(scores[j], 3), art["tie"][j]))[:8]
    hits = {art["gi"][j] for j in order if art["key"][j]}
    good = sum(art["gi"][j] is not None for j in order)
    r = len(hits) / art["n_keys"] if art["n_keys"] else 1.0
    return r, (good / len(order) if order else 0.0)


def fit(arts: list[dict], cols: list[int], l2: float, binary: bool = False) -> list[float]:
    """Non-negative weights for the columns ``cols`` by a pairwise logistic loss, each article weighing the same."""
    import numpy as np
    from scipy.optimize import minimize

    diffs, wts = [], []
    for art in arts:
        x = np.asarray(art["x"], dtype=float)[:, cols] if art["x"] else np.zeros((0, len(cols)))
        lab = [int(k) for k in art["key"]] if binary else art["label"]
        pairs = [(a, b) for a in range(len(lab)) for b in range(len(lab)) if lab[a] > lab[b]]
        if not pairs:
            continue
        for a, b in pairs:
            diffs.append(x[a] - x[b])
            wts.append(1.0 / len(pairs))
    d = np.asarray(diffs)
    sw = np.asarray(wts) / len(arts)

    def loss(w):
        z = d @ w
        lz = np.logaddexp(0.0, -z)
        g = -(sw * (1.0 - 1.0 / (1.0 + np.exp(-z))))[:, None] * d
        return float(sw @ lz + l2 * w @ w), g.sum(axis=0) + 2 * l2 * w

    res = minimize(loss, np.full(len(cols), 0.5), jac=True, method="L-BFGS-B", bounds=[(0.0, None)] * len(cols))
    return list(res.x)


GRID = (0.0, 0.25, 0.5, 1.0, 1.5, 2.0)


def grid_cv(arts: list[dict], names: list[str], k: int = 0, grid: tuple[float, ...] = GRID) -> None:
    """Choose the weights of ``names`` from ``grid`` (the others as shipped) for each article (or fold) left out,
    by the mean key-recall@8 then precision@8 of the other articles (the smaller weights on ties); print the
    figures. Each candidate ranks every article once; a fold's figures are the totals minus the fold's own."""
    import itertools
    from collections import Counter

    cands = [dict(WEIGHTS, **dict(zip(names, vs))) for vs in itertools.product(grid, repeat=len(names))]
    per = [[evaluate(a, score_rows(a["x"], [w[f] for f in FEATURES])) for a in arts] for w in cands]
    tot = [(sum(r for r, _ in p), sum(q for _, q in p)) for p in per]
    cv, chosen = [None] * len(arts), Counter()
    for held in folds(len(arts), k):
        n = len(arts) - len(held)

        def key(c: int, held=held, n=n) -> tuple:
            r = tot[c][0] - sum(per[c][j][0] for j in held)
            p = tot[c][1] - sum(per[c][j][1] for j in held)
            return round(r / n, 9), round(p / n, 9), -sum(cands[c][f] for f in names)

        best = max(range(len(cands)), key=key)
        chosen[tuple(cands[best][f] for f in names)] += 1
        for j in held:
            cv[j] = per[best][j]
    zero = dict(WEIGHTS, **{f: 0.0 for f in names})
    report(f"without {','.join(names)}", arts, [evaluate(a, score_rows(a["x"], [zero[f] for f in FEATURES]))
                                                 for a in arts])
    report(f"grid, {k}-fold CV" if k else "grid, leave-one-out CV", arts, cv)
    print("  choices (" + ",".join(names) + "): " + ", ".join(f"{c} x{n}" for c, n in chosen.most_common(5)))


def ascent_cv(arts: list[dict], names: list[str], k: int, grid: tuple[float, ...], passes: int = 3) -> None:
    """Coordinate ascent on the top-8 figures, cross-validated: for each fold, start from the shipped weights and
    set each weight of ``names`` in turn to the ``grid`` value (or its current value) with the best mean
    key-recall@8 then precision@8 of the training articles (the current value kept on ties), up to ``passes``
    rounds; rank the fold's articles with the result. Then the same on all articles (the weights printed)."""
    from collections import Counter

    def mean(w: dict, sub: list[dict]) -> tuple[float, float]:
        per = [evaluate(a, score_rows(a["x"], [w[f] for f in FEATURES])) for a in sub]
        return round(sum(r for r, _ in per) / len(per), 9), round(sum(p for _, p in per) / len(per), 9)

    def climb(sub: list[dict]) -> dict:
        w = dict(WEIGHTS)
        best = mean(w, sub)
        for _ in range(passes):
            moved = False
            for f in names:
                for v in grid:
                    if v == w[f]:
                        continue
                    got = mean(dict(w, **{f: v}), sub)
                    if got > best:
                        best, w, moved = got, dict(w, **{f: v}), True
            if not moved:
                break
        return w

    cv, moves = [None] * len(arts), Counter()
    for held in folds(len(arts), k):
        out = set(held)
        w = climb([a for j, a in enumerate(arts) if j not in out])
        moves.update(f"{f}={w[f]}" for f in names if w[f] != WEIGHTS[f])
        for j in held:
            cv[j] = evaluate(arts[j], score_rows(arts[j]["x"], [w[f] for f in FEATURES]))
    report(f"ascent, {k}-fold CV" if k else "ascent, leave-one-out CV", arts, cv)
    print("  weights moved in the folds: " + ", ".join(f"{m} x{n}" for m, n in moves.most_common(12)))
    w = climb(arts)
    report("ascent on all", arts, [evaluate(a, score_rows(a["x"], [w[f] for f in FEATURES])) for a in arts])
    print("  " + ", ".join(f'"{f}": {w[f]}' for f in FEATURES))


def report(name: str, arts: list[dict], per_art: list[tuple[float, float]]) -> None:
    """Print the mean key-recall@8 and precision@8 of ``per_art`` for each part, each source group and all."""
    groups = [("part", part) for part in sorted({a["part"] for a in arts}, key=["original", "tune"].index)]
    groups += [("src", src) for src in SOURCES if any(a.get("src") == src for a in arts)]
    for field, value in groups:
        rs = [p for a, p in zip(arts, per_art) if a.get(field) == value]
        print(f"  {name:28s} {value:8s} ({len(rs)}): key-recall@8 {sum(r for r, _ in rs) / len(rs):.4f}  "
              f"precision@8 {sum(p for _, p in rs) / len(rs):.4f}")
    print(f"  {name:28s} {'all':8s} ({len(arts)}): key-recall@8 {sum(r for r, _ in per_art) / len(arts):.4f}  "
          f"precision@8 {sum(p for _, p in per_art) / len(arts):.4f}")


def _load_cached(args) -> list[dict]:
    """:func:`load`, through the ``--cache`` pickle when given (delete it after a change to the extractor)."""
    import pickle

    if args.cache and Path(args.cache).exists():
        with open(args.cache, "rb") as fh:
            return pickle.load(fh)
    arts = load(args.parts.split(","), args.summary)
    if args.cache:
        with open(args.cache, "wb") as fh:
            pickle.dump(arts, fh)
    return arts


def folds(n: int, k: int) -> list[list[int]]:
    """Held-out article indices of each fold: leave-one-out when ``k`` is 0, else every k-th article in a fold."""
    if not k or k >= n:
        return [[i] for i in range(n)]
    return [list(range(f, n, k)) for f in range(k)]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parts", default="original,tune")
    ap.add_argument("--features", default=",".join(FIT), help="comma list of features to fit (others weigh 0)")
    ap.add_argument("--l2", type=float, default=0.001, help="L2 penalty on the weights")
    ap.add_argument("--scale", type=float, default=0.0,
                    help="scale the fitted weights so 'mass' weighs this much (0: so the title weighs as now)")
    ap.add_argument("--binary", action="store_true", help="pairs of key vs any other actor only")
    ap.add_argument("--summary", action="store_true",
                    help="give each article its default summary and print the figures for a few summary weights")
    ap.add_argument("--grid", default="", help="comma list of features whose weights to choose from a grid by CV")
    ap.add_argument("--ascent", default="",
                    help="comma list of features whose weights to set by cross-validated coordinate ascent")
    ap.add_argument("--grid-values", default="", help="comma list of weights for --grid (default 0 to 2)")
    ap.add_argument("--folds", type=int, default=0,
                    help="k-fold cross-validation by article (every k-th article in a fold) instead of leave-one-out")
    ap.add_argument("--cache", default="", help="pickle file: load the labelled feature rows from it if present, "
                    "else write them there (re-extracting 321 articles takes a while)")
    args = ap.parse_args(argv)
    if not EVAL.is_dir():
        print(f"fit_salience: {EVAL} not found; skipping.")
        return 0
    try:
        import numpy  # noqa: F401
        import scipy  # noqa: F401
    except ImportError:
        print("fit_salience: numpy and scipy are needed; skipping.")
        return 0
    arts = _load_cached(args)
    if args.summary:
        for sw in (0.0, 0.5, WEIGHTS["summary"], 2 * WEIGHTS["summary"], 4 * WEIGHTS["summary"]):
            w = dict(WEIGHTS, summary=sw)
            report(f"shipped, summary weight {sw:.2f}", arts,
                   [evaluate(a, score_rows(a["x"], [w[k] for k in FEATURES])) for a in arts])
        return 0
    if args.ascent:
        grid = tuple(float(v) for v in args.grid_values.split(",")) if args.grid_values else GRID
        ascent_cv(arts, [f for f in args.ascent.split(",") if f], args.folds, grid)
        return 0
    if args.grid:
        grid = tuple(float(v) for v in args.grid_values.split(",")) if args.grid_values else GRID
        grid_cv(arts, [f for f in args.grid.split(",") if f], args.folds, grid)
        return 0
    names = [f for f in args.features.split(",") if f]
    cols = [FEATURES.index(f) for f in names]
    shipped = [WEIGHTS[k] for k in FEATURES]
    print(f"{len(arts)} articles, {sum(len(a['x']) for a in arts)} actors found")
    report("former hand-set formula", arts, [evaluate(a, old_formula(a["x"])) for a in arts])
    report("shipped WEIGHTS", arts, [evaluate(a, score_rows(a["x"], shipped)) for a in arts])
    cv = [None] * len(arts)
    for held in folds(len(arts), args.folds):
        out = set(held)
        w = fit([a for j, a in enumerate(arts) if j not in out], cols, args.l2, args.binary)
        full = [0.0] * len(FEATURES)
        for c, v in zip(cols, w):
            full[c] = v
        for j in held:
            cv[j] = evaluate(arts[j], score_rows(arts[j]["x"], full))
    report(f"{args.folds}-fold CV" if args.folds else "leave-one-article-out CV", arts, cv)
    w = fit(arts, cols, args.l2, args.binary)
    full = [0.0] * len(FEATURES)
    for c, v in zip(cols, w):
        full[c] = v
    report("fitted on all", arts, [evaluate(a, score_rows(a["x"], full)) for a in arts])
    ref = FEATURES.index("mass")
    scale = (args.scale / full[ref]) if args.scale and full[ref] else (1.0 / full[ref] if full[ref] else 1.0)
    print("weights fitted on all (scaled so 'mass' weighs 1):")
    print("  " + ", ".join(f'"{k}": {v * scale:.2f}' for k, v in zip(FEATURES, full) if k in names))
    return 0


if __name__ == "__main__":
    sys.exit(main())

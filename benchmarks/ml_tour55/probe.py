"""tour55 multilingual probe: 25 made-up articles (ru, uk, de, fr, es; five each: politics, business, courts, local,
sport or a second of those) with the 8 key actors written down before any run (expected.txt). Prints each article's
top 12 and the expected actors missing from the top 8 or mistyped; the fifth article of each language is set aside
(never tuned on) and totalled apart.
Usage: python benchmarks/ml_tour55/probe.py ROOT [-q] [names...]"""
import sys
from pathlib import Path

sys.path.insert(0, sys.argv[1])
import argparse

from briefing.cli import _options
from briefing.core.brief.pipeline import analyse_file

D = Path(__file__).resolve().parent
exp = {}
for line in Path(D, "expected.txt").read_text(encoding="utf-8").splitlines():
    k, v = line.split(":", 1)
    exp[k] = [tuple(x.strip().rsplit(" ", 1)) for x in v.split("|")]
only = sys.argv[2:]
verbose = "-q" not in only
only = [o for o in only if o != "-q"]
totals = {}  # (lang, "dev"|"aside") -> [overlap, type-correct, articles]
rows = []
for name, wanted in exp.items():
    if only and name not in only:
        continue
    lang = name[:2]
    ns = argparse.Namespace(algorithm=None, sentences=None, percent=None, words=None, language=lang,
                            implementation="auto")
    an = analyse_file(str(D / "art" / (name + ".txt")), _options(ns), language=lang)
    acts = an.actors
    top = acts[:8]
    allnames = {}
    for a in acts:
        for n in [a.name] + list(a.aliases):
            allnames.setdefault(n.lower(), a)
    hit = typ = 0
    miss = []
    for n, t in wanted:
        a = next((x for x in top if n.lower() in [y.lower() for y in [x.name] + list(x.aliases)]), None)
        if a is not None:
            hit += 1
            typ += a.type == t
            if a.type != t:
                miss.append(f"TYPE {n} {a.type}!={t}")
        else:
            b = allnames.get(n.lower())
            miss.append(f"MISS {n}" + (f" (rank {acts.index(b)+1} {b.type} as {b.name!r})" if b else " (absent)"))
    part = "aside" if name.endswith("5") else "dev"
    t = totals.setdefault((lang, part), [0, 0, 0])
    t[0] += hit; t[1] += typ; t[2] += 1
    rows.append((name, hit))
    if verbose:
        print(f"== {name}: {hit}/8 in top8, type ok {typ}")
        for i, a in enumerate(acts[:12]):
            print(f"   {i+1:2} {a.name} [{a.type}] {('role=' + a.role) if a.role else ''} m={a.mentions} al={a.aliases}")
        for m in miss:
            print("   ", m)
for part in ("dev", "aside"):
    print(part + ": " + "  ".join(f"{lang} {v[0]}/{8 * v[2]} (type ok {v[1]})"
                                  for (lang, p), v in totals.items() if p == part))
print(" ".join(f"{n}:{h}" for n, h in rows))

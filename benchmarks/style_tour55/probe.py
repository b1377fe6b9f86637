"""tour55 newsroom-style probe: 30 made-up English articles in the house styles of other newsrooms (US local, Indian
English, Nigerian/Kenyan, Australian, Irish/Scottish/Northern Irish, Gulf/Asian wire copy, sports desks, business
wires with tickers, transcripts) with the 8 key actors written down before any run (expected.txt).
Every third article of expected.txt (the 3rd, 6th, ...) is SET ASIDE: never tune on it; run it with --aside.
Prints each article's top 12 and the expected actors missing from the top 8 or mistyped.
Usage: python benchmarks/style_tour55/probe.py ROOT [-q] [--aside|--all] [names...]"""
import sys
from pathlib import Path

sys.path.insert(0, sys.argv[1])
import argparse

from briefing.cli import _options
from briefing.core.brief.pipeline import analyse_file

D = str(__import__("pathlib").Path(__file__).resolve().parent) + "/"
exp = {}
for line in Path(D, "expected.txt").read_text().splitlines():
    k, v = line.split(":", 1)
    exp[k] = [tuple(x.strip().rsplit(" ", 1)) for x in v.split("|")]
only = sys.argv[2:]
part = "aside" if "--aside" in only else ("all" if "--all" in only else "dev")
only = [o for o in only if o not in ("--aside", "--all")]
for i, k in enumerate(list(exp)):
    if part != "all" and ((i % 3 == 2) != (part == "aside")):
        del exp[k]
tot_n = tot_t = 0
rows = []
verbose = "-q" not in only
only = [o for o in only if o != "-q"]
for name, wanted in exp.items():
    if only and name not in only:
        continue
    ns = argparse.Namespace(algorithm=None, sentences=None, percent=None, words=None, language="en", implementation="auto")
    opts = _options(ns)
    an = analyse_file(D + "art/" + name + ".txt", opts, language="en")
    acts = an.actors
    top = acts[:8]
    names = {a.name: a for a in top}
    allnames = {}
    for a in acts:
        allnames[a.name] = a
        for al in a.aliases:
            allnames.setdefault(al, a)
    hit = typ = 0
    miss = []
    for n, t in wanted:
        a = names.get(n)
        if a is None:
            a2 = next((x for x in top if n in [x.name] + list(x.aliases)), None)
            a = a2
        if a is not None:
            hit += 1
            typ += (a.type == t or t == "MISC")
            if not (a.type == t or t == "MISC"):
                miss.append(f"TYPE {n} {a.type}!={t}")
        else:
            b = allnames.get(n)
            miss.append(f"MISS {n}" + (f" (rank {acts.index(b)+1} {b.type} as {b.name!r})" if b else " (absent)"))
    tot_n += hit; tot_t += typ
    rows.append((name, hit, typ))
    if verbose:
        print(f"== {name}: {hit}/8 in top8, type ok {typ}")
        for i, a in enumerate(acts[:12]):
            print(f"   {i+1:2} {a.name} [{a.type}] {('role=' + a.role) if a.role else ''} m={a.mentions} al={a.aliases}")
        for m in miss:
            print("   ", m)
print(part, "TOTAL overlap", tot_n, "/", 8 * len(rows), " type-correct", tot_t)
print(" ".join(f"{n}:{h}" for n, h, t in rows))

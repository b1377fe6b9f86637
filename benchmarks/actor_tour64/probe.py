"""tour64 kinds probe: 30 made-up short English news texts (courts, business, sport administration, diplomacy,
science, local news) written for the English key-actor kinds of issue 17: an apposition after a ruler's or
official's title noun ("The emir, Tamim, said"), a ruler's title before a name as its role ("King Abdullah",
"Sultan ...", "Pope ...", "Crown Prince ..."), two people sharing a surname ("Park", "Smith"), vessels and named
storms (not actors), and alias merging (surname, acronym, "Mr X", possessive, title + surname). The expected actors
were written down before any run in ``expected.txt``: one line per text, ``name: Actor TYPE [~role] | ...``; an
actor's name may list spellings with "/"; ``~role``: a word the actor's role must contain (case ignored);
``!Name``: a name that must not be in the top 8 at all (a ship, a storm).

Every third text (t03, t06, ..., t30) is the set-aside part: its output was not looked at while the rules were
written; the totals are printed for the development part and the set-aside part separately.

Usage: python benchmarks/actor_tour64/probe.py ROOT [-q] [names...]
"""
import argparse
import sys
from pathlib import Path

D = Path(__file__).resolve().parent


def read_expected():
    out = {}
    for line in (D / "expected.txt").read_text(encoding="utf-8").splitlines():
        name, wanted = line.split(":", 1)
        rows = []
        for item in wanted.split("|"):
            item = item.strip()
            if item.startswith("!"):
                rows.append(([item[1:].strip()], None, None))
                continue
            role = None
            if "~" in item:
                item, role = (x.strip() for x in item.split("~", 1))
            names, kind = item.rsplit(" ", 1)
            rows.append(([n.strip() for n in names.split("/")], kind, role))
        out[name] = rows
    return out


def fold(name):
    name = name.lower().strip()
    return name[4:] if name.startswith("the ") else name


def score(name, rows, verbose):
    from briefing.cli import _options
    from briefing.core.brief.pipeline import analyse_file

    ns = argparse.Namespace(algorithm=None, sentences=None, percent=None, words=None, language="en",
                            implementation="auto")
    actors = analyse_file(str(D / "art" / f"{name}.txt"), _options(ns), language="en").actors
    top = actors[:8]
    c = dict(hit=0, want=0, typ=0, role=0, roles=0, bad=0, bads=0)
    misses = []
    for names, kind, role in rows:
        found = next((a for a in top if {fold(n) for n in names} & {fold(y) for y in [a.name, *a.aliases]}), None)
        if kind is None:
            c["bads"] += 1
            if found is not None:
                c["bad"] += 1
                misses.append(f"NOT-AN-ACTOR {names[0]} listed as {found.name!r} [{found.type}]")
            continue
        c["want"] += 1
        c["roles"] += role is not None
        if found is None:
            misses.append(f"MISS {names[0]}")
            continue
        c["hit"] += 1
        c["typ"] += found.type == kind
        if found.type != kind:
            misses.append(f"TYPE {names[0]} {found.type}!={kind}")
        if role is not None:
            ok = role.lower() in (found.role or "").lower()
            c["role"] += ok
            if not ok:
                misses.append(f"ROLE {names[0]} {found.role!r} lacks {role!r}")
    if verbose:
        print(f"== {name}: {c['hit']}/{c['want']} in top8")
        for i, a in enumerate(actors[:10]):
            print(f"   {i + 1:2} {a.name} [{a.type}] {('role=' + a.role) if a.role else ''} al={a.aliases}")
        for m in misses:
            print("   ", m)
    return c


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", help="the repository root (the folder holding briefing/)")
    parser.add_argument("-q", action="store_true", help="print the totals only")
    parser.add_argument("--all", action="store_true", help="also print the set-aside texts' actors")
    parser.add_argument("names", nargs="*", help="only these texts (default: all)")
    options = parser.parse_args()
    sys.path.insert(0, options.root)
    verbose = not options.q
    only = options.names
    parts = {"development": {}, "set-aside": {}}
    for i, (name, rows) in enumerate(read_expected().items()):
        if only and name not in only:
            continue
        part = "set-aside" if i % 3 == 2 else "development"
        if part == "set-aside" and not only and not options.all and verbose:
            verbose_here = False
        else:
            verbose_here = verbose
        c = score(name, rows, verbose_here)
        for k, v in c.items():
            parts[part][k] = parts[part].get(k, 0) + v
    for part, c in parts.items():
        if c:
            print(f"{part}: in top8 {c['hit']}/{c['want']}  type-correct {c['typ']}  roles {c['role']}/{c['roles']}"
                  f"  non-actors listed {c['bad']}/{c['bads']}")


if __name__ == "__main__":
    main()

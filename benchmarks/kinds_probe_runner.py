"""The runner the kinds probes share (``benchmarks/kinds2_probe`` ... ``kinds5_probe``): each probe holds its
cases and calls :func:`run_probe`.

A case is ``(title, paragraphs, checks)``; a check is ``(name, type, role)``: type None means the name must be no
actor (no actor is named so, nor has it as an alias); role None means any role; type ``"=X"`` means the name must
be a name or alias of the same actor as X. Every third case (index 2, 5, 8, ...) is set aside: scored only with
``--all``.
"""

from __future__ import annotations

import argparse


def check(case, verbose: bool) -> tuple[int, int]:
    """Return (checks passed, checks) for one case; with ``verbose``, print its failures and its first actors."""
    from briefing.core.actors import extract_actors
    from tests.core.builders import make_article

    title, paras, checks = case
    actors = extract_actors(make_article(paras, title=title))
    rows = {}
    for a in actors:
        for n in [a.name, *a.aliases]:
            rows.setdefault(n, a)
    ok = 0
    for name, typ, role in checks:
        a = rows.get(name)
        if typ is not None and typ.startswith("="):
            good = a is not None and a is rows.get(typ[1:])
        else:
            good = a is None if typ is None else (a is not None and a.type == typ and (role is None or a.role == role))
        ok += good
        if verbose and not good:
            print(f"   FAIL {name!r} want {typ} {role!r} got {(a.name, a.type, a.role) if a else None}")
    if verbose:
        print("   ", [(a.name, a.type, a.role) for a in actors[:10]])
    return ok, len(checks)


def run_probe(cases: list, doc: str) -> None:
    """Parse ``--all`` and ``-v``, score ``cases`` and print the development (and set-aside) totals."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--all", action="store_true", help="also score the set-aside cases")
    parser.add_argument("-v", action="store_true", help="print every case and its failed checks")
    options = parser.parse_args()
    tot = {"dev": [0, 0], "aside": [0, 0]}
    for i, case in enumerate(cases):
        part = "aside" if i % 3 == 2 else "dev"
        if part == "aside" and not options.all:
            continue
        if options.v:
            print(f"== {i} {part}: {case[0]}")
        ok, n = check(case, options.v and (part == "dev" or options.all))
        tot[part][0] += ok
        tot[part][1] += n
    for part, (ok, n) in tot.items():
        if n:
            print(f"{part}: {ok}/{n} checks pass")

"""The shared part of the probe sets of made-up articles (``genre_tour53``, ``style_tour55``, ``ml_tour55``).

Each set's folder holds ``art/<name>.txt`` and ``expected.txt``: one line per article, ``name: Actor TYPE | Actor
TYPE | ...``, the 8 key actors written down before any run. An expected actor counts when it is in the top 8, by name
or alias (``fold_case``: case ignored, as the other languages' probe does); its type counts when it matches (MISC: any type). Each set's ``probe.py`` chooses the
articles (its set-aside part) and the language, and prints its totals.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def probe_options(doc: str, parts: bool = False) -> argparse.Namespace:
    """Parse a probe's command line (``ROOT [-q] [names...]``, with ``--aside``/``--all`` when ``parts``) and put
    ``ROOT`` first on ``sys.path``, so that the tree the probe scores is the one named."""
    parser = argparse.ArgumentParser(description=doc.split("\nUsage:")[0])
    parser.add_argument("root", help="the repository root (the folder holding briefing/)")
    parser.add_argument("-q", action="store_true", help="print the totals only")
    if parts:
        parser.add_argument("--aside", action="store_true", help="score the set-aside articles (every third)")
        parser.add_argument("--all", action="store_true", help="score every article")
    parser.add_argument("names", nargs="*", help="only these articles (default: all of the part)")
    options = parser.parse_args()
    sys.path.insert(0, options.root)
    return options


def read_expected(folder: Path) -> dict[str, list[tuple[str, str]]]:
    """The expected key actors of each article of ``folder``, in ``expected.txt`` order."""
    expected = {}
    for line in (folder / "expected.txt").read_text(encoding="utf-8").splitlines():
        name, wanted = line.split(":", 1)
        expected[name] = [tuple(x.strip().rsplit(" ", 1)) for x in wanted.split("|")]
    return expected


def score(path: Path, wanted: list[tuple[str, str]], language: str, verbose: bool,
          fold_case: bool = False) -> tuple[int, int]:
    """Analyse the article at ``path``; return (expected actors in the top 8, of those with the right type), and
    print its top 12 and its misses when ``verbose``."""
    from briefing.cli import _options
    from briefing.core.brief.pipeline import analyse_file

    ns = argparse.Namespace(algorithm=None, sentences=None, percent=None, words=None, language=language,
                            implementation="auto")
    actors = analyse_file(str(path), _options(ns), language=language).actors
    top = actors[:8]
    fold = str.lower if fold_case else str
    by_name = {}
    for a in actors:
        for n in [a.name, *a.aliases]:
            by_name.setdefault(fold(n), a)
    hit = typ = 0
    misses = []
    for name, kind in wanted:
        a = next((x for x in top if fold(name) in [fold(y) for y in [x.name, *x.aliases]]), None)
        if a is not None:
            hit += 1
            typ += a.type == kind or kind == "MISC"
            if not (a.type == kind or kind == "MISC"):
                misses.append(f"TYPE {name} {a.type}!={kind}")
        else:
            b = by_name.get(fold(name))
            misses.append(f"MISS {name}" + (f" (rank {actors.index(b) + 1} {b.type} as {b.name!r})" if b else " (absent)"))
    if verbose:
        print(f"== {path.stem}: {hit}/8 in top8, type ok {typ}")
        for i, a in enumerate(actors[:12]):
            print(f"   {i + 1:2} {a.name} [{a.type}] {('role=' + a.role) if a.role else ''} m={a.mentions} al={a.aliases}")
        for m in misses:
            print("   ", m)
    return hit, typ

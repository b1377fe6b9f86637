"""Throw hostile files at the core for as long as asked and count what happens (issue 18).

    python benchmarks/fuzz.py [--seconds 60] [--kinds load,document,render] [--seed N] [--timeout 30]
                              [--memory-mb 2048] [--save-failures DIR]
    python benchmarks/fuzz.py --known [--timeout 30]

Each case is one of
* ``load``: random and mutated bytes as a .txt, .md, .html, .pdf or .docx article (``load_article``),
* ``document``: a mutated briefing file, loaded, rendered, re-summarized and saved,
* ``render``: a briefing whose every field is hostile text, exported as a PDF,
made by the generators in ``tests/core/hostile.py`` and run in a child process with
:func:`briefing.core.isolate.run_isolated` (so a hang is stopped and counted). It prints, per
kind, how many cases gave

* ``ok``, ``documented`` (a BriefingError with one line: the wanted outcome for bad input),
* ``undocumented`` (any other exception: a bug), ``hang`` (over ``--timeout`` seconds),
  ``memory`` (over ``--memory-mb``), ``crash`` (the child died),

then the first few failures with the seed that reproduces them
(``--seed N --kinds KIND`` replays the same sequence). ``--known`` instead runs each hostile input
named in issues 12 and 18 once and prints its outcome and time. Exit status 1 when any case failed.
"""

from __future__ import annotations

import argparse
import atexit
import os
import random
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from briefing.core.errors import BriefingError  # noqa: E402
from briefing.core.isolate import IsolatedFailure, run_isolated  # noqa: E402
from tests.core.hostile import known_cases, make_case  # noqa: E402

KINDS = ("load", "document", "render")
FAILURES = ("undocumented", "hang", "memory", "crash")


class Budget(BriefingError):
    """The case ran out of time or memory, or its process died (raised by run_isolated)."""


def classify(check, args, timeout: float, memory_mb: int) -> tuple[str, str]:
    """Run one case in a child process; return (outcome kind, detail)."""
    try:
        outcome = run_isolated(check, *args, timeout=timeout, memory_mb=memory_mb, label="case", error_type=Budget)
    except Budget as exc:
        message = str(exc)
        if "took longer" in message:
            return "hang", message
        if "memory" in message:
            return "memory", message
        return "crash", message
    except IsolatedFailure as exc:
        lines = exc.__traceback_text__.strip().splitlines()
        where = next((ln.strip() for ln in reversed(lines) if ln.strip().startswith("File ")), "")
        return "undocumented", f"{exc} at {where}"
    except BriefingError as exc:  # a documented error escaped the check itself
        return "documented", str(exc)
    if outcome.startswith("documented"):
        return "documented", outcome
    return "ok", outcome


def run_known(timeout: float, memory_mb: int) -> int:
    """Run each known hostile input once; print outcome and seconds; return 1 when any failed."""
    failed = 0
    for name, (check, args) in known_cases().items():
        start = time.monotonic()
        outcome, detail = classify(check, args, timeout, memory_mb)
        failed += outcome in FAILURES
        print(f"{outcome:12s} {time.monotonic() - start:6.1f} s  {name}: {detail[:200]}", flush=True)
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    """Run the fuzzer; print the counts; return 1 when any case failed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to run (default 60)")
    parser.add_argument("--kinds", default=",".join(KINDS), help="comma-separated kinds (default all)")
    parser.add_argument("--seed", type=int, default=None, help="first case's seed (default: from the clock)")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds before a case counts as a hang")
    parser.add_argument("--memory-mb", type=int, default=2048, help="memory a case may add (MB)")
    parser.add_argument("--save-failures", type=Path, default=None, help="folder to write failing inputs to")
    parser.add_argument("--known", action="store_true", help="run the hostile inputs named in the issues instead")
    args = parser.parse_args(argv)
    # The cases save and export files: keep their entries out of the user's record of written files.
    os.environ["BRIEFING_DATA_DIR"] = data_dir = tempfile.mkdtemp(prefix="briefing-fuzz-")
    atexit.register(shutil.rmtree, data_dir, ignore_errors=True)
    if args.known:
        return run_known(args.timeout, args.memory_mb)
    kinds = [k for k in args.kinds.split(",") if k]
    unknown = set(kinds) - set(KINDS)
    if unknown:
        parser.error(f"unknown kinds: {', '.join(sorted(unknown))}")
    seed = args.seed if args.seed is not None else int(time.time())
    counts: dict[str, Counter] = defaultdict(Counter)
    failures: list[tuple[str, int, str, str]] = []
    end = time.monotonic() + args.seconds
    n = 0
    while time.monotonic() < end:
        kind = kinds[n % len(kinds)]
        case_seed = seed + n
        check, case_args = make_case(kind, random.Random(case_seed))
        outcome, detail = classify(check, case_args, args.timeout, args.memory_mb)
        counts[kind][outcome] += 1
        if outcome in FAILURES:
            failures.append((kind, case_seed, outcome, detail))
            if args.save_failures is not None:
                args.save_failures.mkdir(parents=True, exist_ok=True)
                (args.save_failures / f"{kind}-{case_seed}-{outcome}.repr").write_text(repr(case_args)[:5_000_000])
        n += 1
    print(f"fuzz: {n} cases in {args.seconds:g} s (seeds {seed}..{seed + n - 1}; timeout {args.timeout:g} s)")
    columns = ("ok", "documented", *FAILURES)
    print(f"{'kind':10s}" + "".join(f"{c:>14s}" for c in columns))
    for kind in kinds:
        print(f"{kind:10s}" + "".join(f"{counts[kind][c]:14d}" for c in columns))
    for kind, case_seed, outcome, detail in failures[:20]:
        print(f"  {outcome}: {kind} seed {case_seed}: {detail[:300]}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

"""Start-up time and memory of the desktop app.

Runs ``python -m briefing SEED`` (offscreen) several times. The app prints the
time from process start to the window shown, and to the seed analysed and
shown (summary and actors on screen), then quits. Prints the medians and the
peak resident memory of the app process.

    python benchmarks/startup.py [--runs 5] [--file ARTICLE]

Goals (2-core machine): window under 0.6 s, seed analysed and shown under
1.5 s, peak memory under 250 MB.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_once(article: str, data_dir: str) -> dict[str, float]:
    """Start the app once; return its timestamps and peak memory (MB)."""
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"), BRIEFING_STARTUP_TRACE="1",
               BRIEFING_QUIT_AFTER_LOAD="1", BRIEFING_DATA_DIR=data_dir, BRIEFING_T0=repr(time.time()))
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run([sys.executable, "-m", "briefing", article], env=env, capture_output=True, text=True,
                          timeout=120)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    out: dict[str, float] = {"cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)}
    for line in proc.stdout.splitlines():
        key, _, value = line.partition(" ")
        if key == "failed":
            raise SystemExit(f"the app could not open {article}: {value}")
        try:
            out[key] = float(value)
        except ValueError:
            pass
    if proc.returncode != 0 or "analysed_and_shown" not in out:
        raise SystemExit(f"the app failed (status {proc.returncode}):\n{proc.stderr[-2000:]}")
    return out


def main() -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--file", default=str(ROOT / "seeds" / "moscow-times-2021-06-03-russia-belarus-spy-agencies.txt"))
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as data_dir:
        run_once(args.file, data_dir)  # warm the file cache; not counted
        for _ in range(args.runs):
            rows.append(run_once(args.file, data_dir))
    shown = statistics.median(r["window_shown"] for r in rows)
    analysed = statistics.median(r["analysed_and_shown"] for r in rows)
    peak = max(r.get("peak_rss_mb", 0.0) for r in rows)
    cpu = statistics.median(r["cpu"] for r in rows)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"article: {Path(args.file).name}; {args.runs} runs, {os.cpu_count()} CPUs, load average {load:.1f}")
    print(f"window shown:            {shown:.2f} s (median; goal < 0.6 s)")
    print(f"seed analysed and shown: {analysed:.2f} s (median; goal < 1.5 s)")
    print(f"peak memory:             {peak:.0f} MB (max RSS; goal < 250 MB)")
    print(f"CPU time of a start:     {cpu:.2f} s (median, user + system, start to quit; load-independent)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Start-up time and memory of the desktop app.

Runs ``python -m briefing SEED`` (offscreen) several times. The app prints the
time from process start to the window shown, and to the seed analysed and
shown (summary and actors on screen), then quits. Prints the medians, the
peak resident memory of the app process and, since the window opens files in
worker processes, the peak of the app and its workers together (sampled).

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
    proc = _run_sampled([sys.executable, "-m", "briefing", article], env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    out: dict[str, float] = {"cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
                             "tree_peak_mb": proc.tree_peak_mb, "worker_cpu": proc.worker_cpu}
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


def _descendants(pid: int) -> list[int]:
    """Return the pids of every process below ``pid`` (Linux ``/proc``; empty elsewhere)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{p}/task")
        except OSError:
            continue
        for tid in tasks:
            try:
                with open(f"/proc/{p}/task/{tid}/children") as fh:
                    kids = [int(x) for x in fh.read().split()]
            except OSError:
                continue
            out.extend(kids)
            todo.extend(kids)
    return out


def _rss_and_cpu(pid: int) -> tuple[float, float]:
    """Return (resident MB, user + system CPU seconds) of one process, or (0, 0) once it is gone."""
    try:
        with open(f"/proc/{pid}/statm") as fh:
            rss = int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0, 0.0
    return rss, cpu


class _Sampled:
    """The app's exit status and output, and what sampling its process tree every 10 ms saw."""

    def __init__(self, returncode: int, stdout: str, stderr: str, tree_peak_mb: float, worker_cpu: float) -> None:
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr
        self.tree_peak_mb, self.worker_cpu = tree_peak_mb, worker_cpu


def _run_sampled(cmd: list[str], env: dict) -> _Sampled:
    """Run the app; every 10 ms add up the resident memory of it and its worker processes.

    The window opens files in worker processes (``briefing.core.isolate``), whose
    memory and CPU its own ``ru_maxrss`` and this process's ``RUSAGE_CHILDREN``
    do not count. The sum of the tree's RSS counts pages the processes share
    (copy-on-write, libraries) once per process, so it is an upper bound.
    ``worker_cpu``: the last CPU time seen of each process below the app.
    """
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=err, text=True)
        peak, worker_cpu = 0.0, {}
        deadline = time.monotonic() + 120
        while proc.poll() is None:
            if time.monotonic() > deadline:
                proc.kill()
                raise SystemExit("the app did not quit within 120 s")
            total, _ = _rss_and_cpu(proc.pid)
            for pid in _descendants(proc.pid):
                rss, cpu = _rss_and_cpu(pid)
                total += rss
                worker_cpu[pid] = max(cpu, worker_cpu.get(pid, 0.0))
            peak = max(peak, total)
            time.sleep(0.01)
        out.seek(0)
        err.seek(0)
        return _Sampled(proc.returncode, out.read(), err.read(), peak, sum(worker_cpu.values()))


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
    tree_peak = max(r["tree_peak_mb"] for r in rows)
    worker_cpu = statistics.median(r["worker_cpu"] for r in rows)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"article: {Path(args.file).name}; {args.runs} runs, {os.cpu_count()} CPUs, load average {load:.1f}")
    print(f"window shown:            {shown:.2f} s (median; goal < 0.6 s)")
    print(f"seed analysed and shown: {analysed:.2f} s (median; goal < 1.5 s)")
    print(f"peak memory:             {peak:.0f} MB (max RSS; goal < 250 MB)")
    print(f"  with worker processes: {tree_peak:.0f} MB (max over runs of the summed RSS of the app and the "
          f"processes below it, sampled every 10 ms; shared pages counted in each)")
    print(f"CPU time of a start:     {cpu:.2f} s (median, user + system, start to quit; load-independent)")
    print(f"  of worker processes:   {worker_cpu:.2f} s (median; last sample of each, so a lower bound)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

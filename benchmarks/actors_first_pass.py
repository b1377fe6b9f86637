"""The actor finder's first pass (``document._read_sentences``: tokens, runs, typed mentions) over the 100k-word
document of issue 17, timed two ways.

    python benchmarks/actors_first_pass.py              # best CPU time of 9 runs, garbage collection paused
    python benchmarks/actors_first_pass.py --callgrind  # instructions of one run under valgrind (about a minute)

The shared host's speed varies by up to 2x, so compare CPU times only run next to run; the instruction count is
the same from run to run with a fixed hash seed (set here): two trees compare to 0.01% (1,947,994,524 for the
first pass on the tree of 2 Dec 2026). Needs the eval data (``../shared/eval``) and, for ``--callgrind``, valgrind.
"""

from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys
import time

import actors_quality as aq  # puts the repository root on sys.path

from briefing.core.actors.document import _read_sentences
from briefing.core.actors.finder import _Finder
from briefing.core.actors.lexicon import _lexicon


def _sentences() -> list[str]:
    """The sentences of the 100k document of issue 17."""
    records = aq.records_of_100k()
    tok = aq.get_tokenizer()
    return [s for r in records for p in r["text"].split("\n\n") if p.strip() for s in tok.to_sentences(p)]


def _first_pass(lex, sentences: list[str]) -> None:
    _read_sentences(_Finder(lex), lex, sentences, 0, len(sentences))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__.split("\n\n")[2])
    parser.add_argument("--callgrind", action="store_true",
                        help="count the instructions of one run under valgrind (about a minute) instead of timing")
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)  # the run under valgrind
    options = parser.parse_args()
    if not (aq.EVAL / "news-summaries.jsonl").is_file():
        print(f"actors_first_pass: skipped: {aq.EVAL / 'news-summaries.jsonl'} not found (the eval data)")
        return
    if options.callgrind and not options.inside:
        out = f"/tmp/actors_first_pass.{os.getpid()}.callgrind"
        env = dict(os.environ, PYTHONHASHSEED="0")
        run = subprocess.run(["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
                              sys.executable, __file__, "--callgrind", "--inside"],
                             env=env, capture_output=True, text=True)
        line = next((x for x in run.stderr.splitlines() if "Collected :" in x), run.stderr[-500:])
        print("first pass instructions:", line.split("Collected :")[-1].strip())
        print("callgrind output:", out)
        return
    sentences = _sentences()
    lex = _lexicon()
    _first_pass(lex, sentences[:50])  # warm the lazy tables
    gc.disable()  # as extract_actors runs it
    if options.inside:
        pid = str(os.getpid())
        subprocess.run(["callgrind_control", "-i", "on", pid], capture_output=True)
        _first_pass(lex, sentences)
        subprocess.run(["callgrind_control", "-i", "off", pid], capture_output=True)
        return
    times = []
    for _ in range(9):
        t0 = time.process_time()
        _first_pass(lex, sentences)
        times.append(time.process_time() - t0)
    print(f"first pass over {len(sentences)} sentences: best CPU {min(times):.3f} s of 9 runs")


if __name__ == "__main__":
    main()

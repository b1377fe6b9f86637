"""Open + summarize time and peak memory on long documents, fast vs sumy's implementation.

    python benchmarks/speed.py [--sizes 1k,20k,100k,300k] [--algorithms a,b,...]
                               [--source seed|bbc] [--sumy-all] [--quick] [--cutoff 120]
    python benchmarks/speed.py --agreement [--limit-bbc 300]

Speed: for each size a long plain-text document is written to a temporary
file and every algorithm runs in its own subprocess: ``load_article`` (cleaning,
sentence splitting) then ``summarize`` (3 sentences), timed separately; peak
memory is the subprocess's ``ru_maxrss`` (Python and its libraries included).
Imports are warmed up first on a tiny text (about 1.5 s once per session).
"fast CPU" is the CPU time of open + summarize: on a machine shared with
other work, wall times grow but CPU time hardly does.
The fast implementation is the default one (``implementation="auto"``);
sumy's own code runs with ``implementation="sumy"``, killed after ``--cutoff``
seconds of summarizing ("> 120 s"). sumy runs only up to 20k words unless
``--sumy-all`` (at 100k it takes minutes per algorithm). ``--quick``: 1k and
20k words only.

Documents (``--source``):

* ``seed`` (default, always available): the sentences of the seed article in
  ``seeds/`` and their clauses (news-like sentence lengths, about 20 words), repeated in random order with about half of their content words
  replaced by words drawn from a Zipf-distributed synthetic vocabulary (fixed
  random seed), so the text has a growing vocabulary and no repeated
  sentences, like a real long report; paragraphs of 2-6 sentences.
* ``bbc``: BBC News Summary articles (title and body) concatenated in file
  order; needs ``../shared/eval`` (skips cleanly without it).

Agreement (``--agreement``): on every article of ``cnndm-dev.jsonl`` and the
first 300 of ``news-summaries.jsonl`` (built as in
``benchmarks/summary_quality.py``), for every sumy algorithm, counts the
articles where the fast implementation chooses exactly sumy's sentences at 3
and at 5 sentences (both from its full ratings and as ``summarize`` asks for
them, told the length), and where their full ratings are bit-identical. Skips
cleanly when ``../shared/eval`` is absent.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval"

SUMY_ALGORITHMS = ("lexrank", "textrank", "lsa", "luhn", "edmundson", "kl", "sumbasic", "reduction")
ALL_ALGORITHMS = (*SUMY_ALGORITHMS, "briefrank")
SIZES = {"1k": 1_000, "20k": 20_000, "100k": 100_000, "300k": 300_000}
SUMY_DEFAULT_MAX = 20_000


def parse_size(text: str) -> int:
    """Return a word count from "300k", "1.5k" or "2000"."""
    text = text.strip().lower()
    return int(float(text[:-1]) * 1000) if text.endswith("k") else int(text)


# ------------------------------------------------------------------ documents


def _pseudo_words(count: int, rng: random.Random) -> list[str]:
    """Return ``count`` distinct pronounceable made-up words."""
    onsets = ["b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "br", "st", "tr", "pl", "gr"]
    vowels = ["a", "e", "i", "o", "u", "ai", "ea", "ou"]
    codas = ["", "n", "r", "s", "l", "nt", "rd", "st"]
    words: set[str] = set()
    out: list[str] = []
    while len(out) < count:
        w = "".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(rng.randint(1, 3))) + rng.choice(codas)
        if len(w) >= 4 and w not in words:
            words.add(w)
            out.append(w)
    return out


def seed_text(words: int, seed: int = 0) -> str:
    """Return a long synthetic document of about ``words`` words built from the seed article."""
    from briefing.core.ingest import load_article
    from sumy.utils import get_stop_words

    article = load_article(next(iter(sorted((ROOT / "seeds").glob("*.txt")))))
    templates = [s.text for s in article.sentences]
    # News sentences average about 20 words, the seed's about 30: clauses of
    # the seed's sentences serve as shorter sentences too.
    for sentence in list(templates):
        for clause in re.split(r",\s+|;\s+|\s+and\s+|\s+while\s+", sentence.rstrip(".")):
            clause = re.sub("[“”\"]", "", clause).strip()  # no unbalanced quotes
            if 5 <= len(clause.split()) <= 14:
                templates.append(clause[0].upper() + clause[1:] + ".")
    rng = random.Random(seed)
    vocab = _pseudo_words(40_000, rng)
    cumulative = []
    acc = 0.0
    for rank in range(len(vocab)):
        acc += 1.0 / (rank + 3) ** 1.05
        cumulative.append(acc)
    stops = get_stop_words("english")
    token = re.compile(r"^([^\w]*)([A-Za-z][A-Za-z'-]*[A-Za-z])([^\w]*)$")

    def mutate(sentence: str) -> str:
        out = []
        for piece in sentence.split(" "):
            m = token.match(piece)
            if m and len(m.group(2)) > 3 and m.group(2).lower() not in stops and rng.random() < 0.5:
                w = rng.choices(vocab, cum_weights=cumulative)[0]
                if m.group(2)[0].isupper():
                    w = w.capitalize()
                piece = m.group(1) + w + m.group(3)
            out.append(piece)
        return " ".join(out)

    paragraphs = []
    total = 0
    while total < words:
        para = [mutate(rng.choice(templates)) for _ in range(rng.randint(2, 6))]
        total += sum(len(s.split()) for s in para)
        paragraphs.append(" ".join(para))
    return "A long report\n\n" + "\n\n".join(paragraphs) + "\n"


def bbc_text(words: int) -> str | None:
    """Return BBC articles concatenated up to about ``words`` words (None without ../shared/eval)."""
    path = EVAL / "news-summaries.jsonl"
    if not path.exists():
        return None
    parts, total = [], 0
    with path.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            parts.append(row["title"] + "\n\n" + row["text"])
            total += len(row["text"].split())
            if total >= words:
                break
    return "A long report\n\n" + "\n\n".join(parts) + "\n"


# ---------------------------------------------------------------------- speed


def worker(path: str, algorithm: str, implementation: str) -> None:
    """Open and summarize one file; print timings and peak memory as JSON (runs in a subprocess)."""
    import resource

    from briefing.core.ingest import load_article
    from briefing.core.model import SummaryOptions
    from briefing.core.summarize import summarize

    # Warm up imports (sumy, NLTK, SciPy, pysbd: about 1.5 s, paid once per
    # app session) on a tiny text, so the figures are the document's own cost.
    from briefing.core.ingest import article_from_text

    tiny = article_from_text("Council plan\n\nThe council met on Monday. It approved the plan for new trams. "
                             "Buses will run more often from March.")
    summarize(tiny, SummaryOptions(algorithm=algorithm, sentences=1), implementation=implementation)
    c0 = time.process_time()
    t0 = time.perf_counter()
    article = load_article(path)
    t1 = time.perf_counter()
    print(json.dumps({"open": t1 - t0, "sentences": article.sentence_count, "words": article.word_count}), flush=True)
    summarize(article, SummaryOptions(algorithm=algorithm, sentences=3), implementation=implementation)
    t2 = time.perf_counter()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    cpu = time.process_time() - c0
    print(json.dumps({"open": t1 - t0, "summarize": t2 - t1, "cpu": cpu, "peak_mb": rss}), flush=True)


def _peak_mb(pid: int) -> float | None:
    """Return a running process's peak resident memory in MB (Linux /proc), or None."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return None


def run_one(path: Path, algorithm: str, implementation: str, cutoff: float) -> dict:
    """Run :func:`worker` in a subprocess; kill it ``cutoff`` s after opening finished."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", str(path), algorithm, implementation]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, cwd=str(ROOT))
    first = json.loads(proc.stdout.readline() or "{}")
    started = time.perf_counter()
    try:
        out, _ = proc.communicate(timeout=cutoff)
    except subprocess.TimeoutExpired:
        peak = _peak_mb(proc.pid)
        proc.kill()
        proc.communicate()
        return {**first, "summarize": None, "elapsed": time.perf_counter() - started, "peak_mb": peak}
    if proc.returncode != 0 or not out.strip():
        raise RuntimeError(f"{algorithm}/{implementation} failed on {path}")
    return {**first, **json.loads(out.strip().splitlines()[-1])}


def speed(args) -> int:
    """Print the speed table for the requested sizes and algorithms."""
    sizes = [parse_size(s) for s in args.sizes.split(",")]
    algorithms = args.algorithms.split(",") if args.algorithms else list(ALL_ALGORITHMS)
    print(f"# Open + summarize (3 sentences), source: {args.source}; wall seconds on this machine; "
          f"sumy killed after {args.cutoff:g} s of summarizing\n")
    print("| words | sentences | algorithm | open | fast summarize | fast total | fast CPU | fast peak MB "
          "| sumy summarize | sumy total | sumy peak MB |")
    print("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for words in sizes:
            text = seed_text(words) if args.source == "seed" else bbc_text(words)
            if text is None:
                print("speed: skipped: ../shared/eval is absent, no BBC text; use --source seed.")
                return 0
            path = Path(tmp) / f"long-{words}.txt"
            path.write_text(text, encoding="utf-8")
            for algorithm in algorithms:
                fast = run_one(path, algorithm, "auto", cutoff=3600)
                cells = [f"{words:,}", f"{fast['sentences']:,}", algorithm, f"{fast['open']:.2f}",
                         f"{fast['summarize']:.2f}", f"{fast['open'] + fast['summarize']:.2f}", f"{fast['cpu']:.2f}",
                         f"{fast['peak_mb']:.0f}"]
                if algorithm in SUMY_ALGORITHMS and (words <= SUMY_DEFAULT_MAX or args.sumy_all):
                    slow = run_one(path, algorithm, "sumy", cutoff=args.cutoff)
                    if slow["summarize"] is None:
                        peak = slow.get("peak_mb")
                        cells += [f"> {args.cutoff:g}", "-", f"≥ {peak:.0f}" if peak else "-"]
                    else:
                        cells += [f"{slow['summarize']:.2f}", f"{slow['open'] + slow['summarize']:.2f}",
                                  f"{slow['peak_mb']:.0f}"]
                else:
                    cells += ["not run", "", ""]
                print("| " + " | ".join(cells) + " |", flush=True)
    return 0


# ------------------------------------------------------------------ agreement


def agreement(args) -> int:
    """Print, per algorithm, on how many eval articles fast and sumy choose the same sentences."""
    if not (EVAL / "cnndm-dev.jsonl").exists() or not (EVAL / "news-summaries.jsonl").exists():
        print("speed: skipped: ../shared/eval is absent, agreement not measured.")
        return 0
    import numpy as np

    from briefing.core.summarize import rank_order, rate_sentences
    from briefing.core.summarize.sumy_backend import rate_with_sumy

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from summary_quality import article_from_row

    articles = []
    for name, limit in (("cnndm-dev.jsonl", None), ("news-summaries.jsonl", args.limit_bbc)):
        with (EVAL / name).open(encoding="utf-8") as f:
            for i, line in enumerate(f):
                if limit is not None and i >= limit:
                    break
                article = article_from_row(json.loads(line))
                if article.sentence_count:
                    articles.append(article)
    algorithms = args.algorithms.split(",") if args.algorithms else list(SUMY_ALGORITHMS)
    print(f"# Fast vs sumy on {len(articles)} articles (100 CNN/DailyMail + first {args.limit_bbc} BBC)\n")
    print("| algorithm | same 3 sentences | same 5 sentences | identical ratings | sumy s | fast s |")
    print("|---|---:|---:|---:|---:|---:|")
    for algorithm in algorithms:
        same = {3: 0, 5: 0}
        identical = 0
        t_sumy = t_fast = 0.0
        differences = []
        for article in articles:
            t = time.perf_counter()
            slow = rate_with_sumy(article, algorithm)
            t_sumy += time.perf_counter() - t
            t = time.perf_counter()
            fast = rate_sentences(article, algorithm, implementation="fast")
            t_fast += time.perf_counter() - t
            identical += bool(np.array_equal(np.array(slow), np.array(fast)))
            for k in (3, 5):
                # The choice as summarize() makes it: told the length (KL-Sum stops its greedy pass then).
                chosen = rate_sentences(article, algorithm, implementation="fast", count=k, settle=k)
                if sorted(rank_order(slow)[:k]) == sorted(rank_order(fast)[:k]) == sorted(rank_order(chosen)[:k]):
                    same[k] += 1
                else:
                    differences.append((article.title[:40], k))
        n = len(articles)
        print(f"| {algorithm} | {same[3]}/{n} | {same[5]}/{n} | {identical}/{n} | {t_sumy:.1f} | {t_fast:.1f} |",
              flush=True)
        for title, k in differences[:5]:
            print(f"  differs at {k}: {title!r}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments and run the speed table or the agreement count."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--worker"]:
        worker(*argv[1:4])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1k,20k,100k,300k", help="comma-separated word counts (1k, 20k, ...)")
    parser.add_argument("--algorithms", default=None, help="comma-separated algorithm names (default: all)")
    parser.add_argument("--source", choices=("seed", "bbc"), default="seed")
    parser.add_argument("--sumy-all", action="store_true", help="run sumy's implementation above 20k words too")
    parser.add_argument("--quick", action="store_true", help="1k and 20k words only")
    parser.add_argument("--cutoff", type=float, default=120.0, help="seconds of summarizing before sumy is killed")
    parser.add_argument("--agreement", action="store_true", help="count same choices fast vs sumy on the eval sets")
    parser.add_argument("--limit-bbc", type=int, default=300, help="BBC articles in the agreement count")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes = "1k,20k"
    return agreement(args) if args.agreement else speed(args)


if __name__ == "__main__":
    sys.exit(main())

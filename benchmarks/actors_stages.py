"""Where the English actor extractor spends its time: each stage of one ``extract_actors`` on the 100k-word
document of issue 17 (the one ``actors_quality.py`` times), best of 5 warm runs.

    python benchmarks/actors_stages.py           # the four stages
    python benchmarks/actors_stages.py --detail  # and every pass of the document and resolver modules

The stages: the first pass (``document._read_sentences``: tokens, runs, typed mentions), the later passes of
``document._rule_mentions`` (works, junk, teams...), the resolver (``resolve._resolve``: mentions merged into
actors) and the ranking (``extract._actors_with``: the actors and their salience, and the sort). Each stage is timed by wrapping its function
in this process only (a wrapper costs about a microsecond a call, so ``--detail`` adds a little to the total);
a function called inside another is counted in both. Needs the eval data (``../shared/eval``).
"""

from __future__ import annotations

import argparse
import functools
import time
import types

import actors_quality as aq  # puts the repository root on sys.path

from briefing.core.actors import document, extract, resolve
from briefing.core.actors.extract import extract_actors


def _timed(acc: dict[str, float], module, name: str, label: str) -> None:
    """Replace ``module.name`` by a wrapper that adds each call's wall time to ``acc[label]``."""
    fn = getattr(module, name)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            acc[label] = acc.get(label, 0.0) + time.perf_counter() - t0

    setattr(module, name, wrapper)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__.split("\n\n")[2])
    parser.add_argument("--detail", action="store_true", help="also time every pass of the document and resolver modules")
    options = parser.parse_args()
    if not (aq.EVAL / "news-summaries.jsonl").is_file():
        print(f"actors_stages: skipped: {aq.EVAL / 'news-summaries.jsonl'} not found (the eval data)")
        return
    records = aq.records_of_100k()
    article = aq.article_of_100k(records)
    extract_actors(aq.record_article(records[0]))  # warm: word lists and the tagger's model load once
    acc: dict[str, float] = {}
    stages = {"first pass": (document, "_read_sentences"), "first pass + later passes": (extract, "_rule_mentions"),
              "resolve": (extract, "_resolve"), "ranking features": (extract, "_actors_with")}
    for label, (module, name) in stages.items():
        _timed(acc, module, name, label)
    if options.detail:
        for module in (document, resolve):
            short = module.__name__.rpartition(".")[2]
            for name, value in list(vars(module).items()):
                if isinstance(value, types.FunctionType) and (module, name) not in stages.values():
                    _timed(acc, module, name, f"  {short}.{name}")
    best = None
    for _ in range(5):
        acc.clear()
        t0 = time.perf_counter()
        extract_actors(article)
        total = time.perf_counter() - t0
        if best is None or total < best[0]:
            best = (total, dict(acc))
    total, parts = best
    print(f"extract_actors, {article.word_count} words: {total:.3f} s (best of 5, warm; shared 2-core host)")
    later = parts["first pass + later passes"] - parts["first pass"]
    rows = [("first pass", parts["first pass"]), ("later passes", later), ("resolve", parts["resolve"]),
            ("ranking features", parts["ranking features"])]
    rows.append(("rest (sort, glue)", total - sum(v for _, v in rows)))
    for label, secs in rows:
        print(f"  {label:20s} {secs:6.3f} s  {100 * secs / total:4.0f}%")
    if options.detail:
        print("passes of 2 ms or more (nested calls counted in their callers too):")
        for label, secs in sorted(parts.items(), key=lambda kv: -kv[1]):
            if label.startswith("  ") and secs >= 0.002:
                print(f"  {label.strip():40s} {secs:6.3f} s")


if __name__ == "__main__":
    main()

"""Candidate order and tune/held-out split for the actor development gold (issue 17).

    python benchmarks/data/select_actors_dev.py candidates   # the order in which articles were read
    python benchmarks/data/select_actors_dev.py split        # tune / held-out split of the annotated ids
    python benchmarks/data/select_actors_dev.py split --write  # (once) staging file -> actors-dev / actors-heldout

Reads ``../shared/eval`` (evaluation-only texts, never copied here). The keep/skip
decisions are human judgements, recorded in ``README.md`` next to this file.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT.parent / "shared" / "eval"
HERE = Path(__file__).resolve().parent
SEED = 17  # issue 17
TOPICS = ("politics", "business", "tech", "entertainment", "sport")


def candidates() -> None:
    """Print, per source, all article ids in a seeded random order (the reading order)."""
    gold = {json.loads(line)["id"] for line in (EVAL / "actors-gold.jsonl").open(encoding="utf-8")}
    bbc: dict[str, list[str]] = {t: [] for t in TOPICS}
    seen_text: dict[str, str] = {}
    dup_of: dict[str, str] = {}
    with (EVAL / "news-summaries.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["text"] in seen_text:
                dup_of[rec["id"]] = seen_text[rec["text"]]
            else:
                seen_text[rec["text"]] = rec["id"]
            bbc[rec["id"].split("-")[1]].append(rec["id"])
    for topic in TOPICS:
        ids = sorted(i for i in bbc[topic] if i not in gold and i not in dup_of)
        random.Random(f"{SEED}-{topic}").shuffle(ids)
        print(topic, " ".join(ids[:15]))
    cnn = [json.loads(line)["id"] for line in (EVAL / "cnndm-dev.jsonl").open(encoding="utf-8")]
    order = list(range(len(cnn)))
    random.Random(f"{SEED}-cnndm").shuffle(order)
    print("cnndm", " ".join(f"{i + 1}:{cnn[i]}" for i in order[:35]))


def split(write: bool = False) -> None:
    """Per source, shuffle the sorted annotated ids with the seed; the first half (rounded down) is held out.

    With ``write``, move the records of ``actors-new.jsonl`` (the staging file used while
    annotating) into ``actors-dev.jsonl`` and ``actors-heldout.jsonl``, in annotation order.
    """
    records = []
    for name in ("actors-new.jsonl", "actors-dev.jsonl", "actors-heldout.jsonl"):
        path = HERE / name
        if path.exists():
            records += [json.loads(line) for line in path.open(encoding="utf-8")]
    heldout = set()
    for source in ("bbc", "cnndm"):
        part = sorted(r["id"] for r in records if r["id"].startswith("bbc-") == (source == "bbc"))
        random.Random(f"{SEED}-split-{source}").shuffle(part)
        half = len(part) // 2
        heldout.update(part[:half])
        print(source, "heldout", " ".join(sorted(part[:half])))
        print(source, "tune   ", " ".join(sorted(part[half:])))
    if write:
        for name, keep in (("actors-dev.jsonl", False), ("actors-heldout.jsonl", True)):
            with (HERE / name).open("w", encoding="utf-8") as fh:
                for r in records:
                    if (r["id"] in heldout) == keep:
                        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        (HERE / "actors-new.jsonl").unlink(missing_ok=True)


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "candidates"
    if cmd == "candidates":
        candidates()
    else:
        split(write="--write" in sys.argv)

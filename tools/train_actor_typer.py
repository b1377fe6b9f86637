"""Train the actor typer (an averaged perceptron over PER/ORG/LOC) and write resources/models/actor-typer.json.gz.

    python tools/train_actor_typer.py [--data DIR] [--sets gum|gum+wikigold] [--epochs 10] [--margin 0]
                                      [--out PATH]

Each training document (``../shared/data/ner-train``: GUM-Wikinews train + dev,
Wikinews text CC BY 2.5, GUM annotations CC BY 4.0) is rebuilt as text (one
sentence per CoNLL sentence, tokens joined by spaces), the rule finder and the
resolver run on it as they do at run time, and every name mention whose last
word lies in a gold PER/ORG/LOC span is one example, labelled with that span's
type. The features are :func:`briefing.core.actors.typer.mention_features`
and :func:`~briefing.core.actors.typer.cluster_facts`, so training and run
time share one definition. ``--sets gum+wikigold`` adds WikiGold (Wikipedia
text, CC BY-SA: for measuring only; the shipped model does not use it).
CoNLL-2003 is never read here.

Deterministic: a fixed shuffle seed, sorted JSON keys, weights rounded to 3
decimals, a gzip header without a time stamp.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.core.actors.document import _rule_mentions  # noqa: E402
from briefing.core.actors.resolve import _resolve  # noqa: E402
from briefing.core.actors.typer import TYPES, cluster_facts, mention_features, open_to_model  # noqa: E402
from briefing.core.model import Article  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "ner-train"


def read_docs(path: Path) -> list[list[list[tuple[str, str]]]]:
    """Return documents as lists of sentences of (token, IOB tag); MISC is O."""
    docs, doc, sent = [], [], []
    for line in [*path.read_text(encoding="utf-8").splitlines(), "-DOCSTART- O"]:
        parts = line.split()
        if not parts or parts[0] == "-DOCSTART-":
            if sent:
                doc.append(sent)
                sent = []
            if parts and doc:
                docs.append(doc)
                doc = []
            continue
        tag = parts[-1]
        sent.append((parts[0], "O" if tag.endswith("MISC") else tag))
    return docs


def gold_types(sent: list[tuple[str, str]]) -> list[str]:
    """Return per token the type of the gold span it lies in ("" outside; IOB1 and IOB2 both read)."""
    return [t[2:] if t != "O" else "" for _, t in sent]


def examples(docs, all_actors: bool = False) -> list[tuple[list[str], int]]:
    """Run the rules on each document and return (features, gold type index) per aligned name mention."""
    out = []
    for doc in docs:
        texts, offsets = [], []
        for sent in doc:
            pos, offs = 0, []
            for tok, _ in sent:
                offs.append((pos, pos + len(tok)))
                pos += len(tok) + 1
            texts.append(" ".join(t for t, _ in sent))
            offsets.append(offs)
        mentions = _rule_mentions(Article(title="", paragraphs=[[t] for t in texts]))
        clusters = _resolve(mentions)
        for c in clusters:
            names = [m for m in c.mentions if m.kind == "name"]
            if not names or not (open_to_model(c) or all_actors):
                continue
            shared = cluster_facts(c.mentions, c.type, c.listed)
            for m in names[:8]:
                if m.sentence < 0:
                    continue
                ends = [i for i, (s, e) in enumerate(offsets[m.sentence]) if e == m.end]
                if not ends:
                    continue
                gold = gold_types(doc[m.sentence])[ends[0]]
                if gold in TYPES:
                    out.append((shared + mention_features(m), TYPES.index(gold)))
    return out


def train(data: list[tuple[list[str], int]], epochs: int, seed: int = 17) -> dict[str, list[float]]:
    w: dict[str, list[float]] = {}
    tot: dict[str, list[float]] = {}
    ts: dict[str, list[int]] = {}
    step = 0
    rng = random.Random(seed)
    order = list(range(len(data)))
    for epoch in range(epochs):
        rng.shuffle(order)
        errors = 0
        for i in order:
            feats, gold = data[i]
            step += 1
            s = [0.0, 0.0, 0.0]
            for f in feats:
                row = w.get(f)
                if row:
                    for k in range(3):
                        s[k] += row[k]
            guess = max(range(3), key=s.__getitem__)
            if guess == gold:
                continue
            errors += 1
            for f in feats:
                row = w.setdefault(f, [0.0, 0.0, 0.0])
                t = tot.setdefault(f, [0.0, 0.0, 0.0])
                st = ts.setdefault(f, [0, 0, 0])
                for k, v in ((gold, 1.0), (guess, -1.0)):
                    t[k] += (step - st[k]) * row[k]
                    st[k] = step
                    row[k] += v
        print(f"epoch {epoch + 1}: errors {errors}/{len(data)}", file=sys.stderr)
    out = {}
    for f, row in w.items():
        t, st = tot[f], ts[f]
        avg = [round((t[k] + (step - st[k]) * row[k]) / step, 3) for k in range(3)]
        if any(abs(v) >= 0.0005 for v in avg):
            out[f] = avg
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--sets", default="gum", choices=("gum", "gum+wikigold"))
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--margin", type=float, default=0.0)
    ap.add_argument("--all-actors", action="store_true", help="learn from every actor, not only those the rules guess")
    ap.add_argument("--out", type=Path, default=ROOT / "resources" / "models" / "actor-typer.json.gz")
    args = ap.parse_args(argv)
    docs = read_docs(args.data / "gum_wikinews.train.conll") + read_docs(args.data / "gum_wikinews.dev.conll")
    if args.sets == "gum+wikigold":
        docs += read_docs(args.data / "wikigold.conll")
    data = examples(docs, args.all_actors)
    print(f"{len(docs)} documents, {len(data)} examples {Counter(TYPES[g] for _, g in data)}", file=sys.stderr)
    weights = train(data, args.epochs)
    model = {"types": list(TYPES), "trained_on": args.sets, "epochs": args.epochs, "margin": args.margin,
             "weights": weights}
    raw = json.dumps(model, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0, filename="") as gz:
        gz.write(raw)
    print(f"wrote {args.out} ({len(weights)} features, {args.out.stat().st_size // 1024} KiB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

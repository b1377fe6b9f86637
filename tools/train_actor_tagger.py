"""Train the actor tagger (greedy averaged perceptron) and write resources/models/actor-tagger.json.gz.

    python tools/train_actor_tagger.py [--data DIR] [--sets gum|gum+wikigold] [--epochs 8] [--out PATH]
                                       [--eval-conll eng.testa]

Training data (``../shared/data/ner-train``, see its README): GUM-Wikinews
train + dev (Wikinews CC BY 2.5, GUM annotations CC BY 4.0). With
``--sets gum+wikigold`` WikiGold is added (MISC mapped to O; its text is
Wikipedia's, CC BY-SA: the shipped model does not use it). CoNLL-2003 is never
read for training; ``--eval-conll`` only scores the tagger alone on it.

The result is deterministic: a fixed shuffle seed, sorted JSON keys, weights
rounded to 3 decimals, a gzip header without a time stamp. Features are
:func:`briefing.core.actors.tagger.features`, so training and run time share
one definition.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.tagger import (
    LABELS,
    Tagger,
    features,
    spans_of,
    token_context,
)

DATA = ROOT.parent / "shared" / "data" / "ner-train"
EVAL = ROOT.parent / "shared" / "eval"


def read_conll(path: Path, iob1: bool = False) -> list[tuple[list[str], list[str]]]:
    """Return sentences as (words, IOB2 tags) over PER/ORG/LOC (MISC -> O)."""
    out, words, tags = [], [], []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split()
        if not parts or parts[0] == "-DOCSTART-":
            if words:
                out.append((words, _to_iob2(tags) if iob1 else tags))
            words, tags = [], []
            continue
        tag = parts[-1]
        if tag.endswith("MISC"):
            tag = "O"
        words.append(parts[0])
        tags.append(tag)
    return out


def _to_iob2(tags: list[str]) -> list[str]:
    out, prev = [], "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


class _Trainer:
    """Averaged perceptron with lazy averaging (weights, totals, time stamps per feature and label)."""

    def __init__(self) -> None:
        self.w: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(LABELS))
        self.tot: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(LABELS))
        self.ts: dict[str, list[int]] = defaultdict(lambda: [0] * len(LABELS))
        self.i = 0

    def predict(self, feats: list[str]) -> int:
        s = [0.0] * len(LABELS)
        for f in feats:
            row = self.w.get(f)
            if row:
                for k in range(len(LABELS)):
                    s[k] += row[k]
        return max(range(len(LABELS)), key=s.__getitem__)

    def update(self, truth: int, guess: int, feats: list[str]) -> None:
        self.i += 1
        if truth == guess:
            return
        for f in feats:
            for k, v in ((truth, 1.0), (guess, -1.0)):
                w, tot, ts = self.w[f], self.tot[f], self.ts[f]
                tot[k] += (self.i - ts[k]) * w[k]
                ts[k] = self.i
                w[k] += v

    def averaged(self) -> dict[str, dict[str, float]]:
        out = {}
        for f, w in self.w.items():
            tot, ts = self.tot[f], self.ts[f]
            row = {}
            for k in range(len(LABELS)):
                avg = (tot[k] + (self.i - ts[k]) * w[k]) / self.i
                if abs(avg) >= 0.0005:
                    row[str(k)] = round(avg, 3)
            if row:
                out[f] = row
        return out


def train(sentences, epochs: int, seed: int = 13) -> dict[str, dict[str, float]]:
    lex = _lexicon()
    index = {t: i for i, t in enumerate(LABELS)}
    prepared = [(token_context(words, lex), [index[t] for t in tags]) for words, tags in sentences]
    trainer = _Trainer()
    rng = random.Random(seed)
    order = list(range(len(prepared)))
    for epoch in range(epochs):
        rng.shuffle(order)
        errors = total = 0
        for si in order:
            ctx, gold = prepared[si]
            prev, prev2 = "O", "O"
            for i in range(len(ctx)):
                feats = features(ctx, i, prev, prev2)
                guess = trainer.predict(feats)
                trainer.update(gold[i], guess, feats)
                errors += guess != gold[i]
                total += 1
                prev2, prev = prev, LABELS[guess]
        print(f"epoch {epoch + 1}: token error {errors / total:.4f}", file=sys.stderr)
    return trainer.averaged()


def evaluate(tagger: Tagger, sentences) -> tuple[float, float, float]:
    lex = _lexicon()
    tp = fp = fn = 0
    for words, tags in sentences:
        pred = set(spans_of(tagger.tag(words, ctx=token_context(words, lex))))
        gold = set(spans_of(tags))
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--sets", default="gum", choices=("gum", "gum+wikigold"))
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--out", type=Path, default=ROOT / "resources" / "models" / "actor-tagger.json.gz")
    ap.add_argument("--eval-conll", default="", help="also score the tagger alone on a CoNLL-2003 file (eng.testa)")
    args = ap.parse_args(argv)
    if not (args.data / "gum_wikinews.train.conll").is_file():
        print(f"train_actor_tagger: {args.data} has no gum_wikinews.train.conll (the training data, see "
              "resources/models/README.md); skipping, the shipped model is unchanged.")
        return 0
    sentences = read_conll(args.data / "gum_wikinews.train.conll") + read_conll(args.data / "gum_wikinews.dev.conll")
    if args.sets == "gum+wikigold":
        sentences += read_conll(args.data / "wikigold.conll", iob1=True)
    weights = train(sentences, args.epochs)
    data = {"labels": list(LABELS), "trained_on": args.sets, "epochs": args.epochs, "weights": weights}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    with args.out.open("wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0, filename="") as gz:
        gz.write(raw)
    print(f"wrote {args.out} ({len(weights)} features, {args.out.stat().st_size // 1024} KiB)", file=sys.stderr)
    from briefing.core.actors.tagger import load_weights

    tagger = load_weights(json.loads(raw))
    p, r, f = evaluate(tagger, read_conll(args.data / "gum_wikinews.test.conll"))
    print(f"GUM-Wikinews test (tagger alone): P {100 * p:.1f} R {100 * r:.1f} F1 {100 * f:.1f}")
    if args.eval_conll:
        p, r, f = evaluate(tagger, read_conll(EVAL / "conll2003" / args.eval_conll, iob1=True))
        print(f"CoNLL-2003 {args.eval_conll} (tagger alone): P {100 * p:.1f} R {100 * r:.1f} F1 {100 * f:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

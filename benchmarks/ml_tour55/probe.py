"""tour55 multilingual probe: 25 made-up articles (ru, uk, de, fr, es; five each: politics, business, courts, local,
sport or a second of those) with the 8 key actors written down before any run (expected.txt). Prints each article's
top 12 and the expected actors missing from the top 8 or mistyped; the fifth article of each language is set aside
(never tuned on) and totalled apart.
Usage: python benchmarks/ml_tour55/probe.py ROOT [-q] [names...]"""
import sys
from pathlib import Path

D = Path(__file__).resolve().parent


def main():
    sys.path.insert(0, str(D.parent))
    from actor_probe import probe_options, read_expected, score

    options = probe_options(__doc__)

    verbose = not options.q
    only = options.names
    totals = {}  # (lang, "dev"|"aside") -> [overlap, type-correct, articles]
    rows = []
    for name, wanted in read_expected(D).items():
        if only and name not in only:
            continue
        lang = name[:2]
        hit, typ = score(D / "art" / f"{name}.txt", wanted, lang, verbose, fold_case=True)
        t = totals.setdefault((lang, "aside" if name.endswith("5") else "dev"), [0, 0, 0])
        t[0] += hit; t[1] += typ; t[2] += 1
        rows.append((name, hit))
    for part in ("dev", "aside"):
        print(part + ": " + "  ".join(f"{lang} {v[0]}/{8 * v[2]} (type ok {v[1]})"
                                      for (lang, p), v in totals.items() if p == part))
    print(" ".join(f"{n}:{h}" for n, h in rows))


if __name__ == "__main__":
    main()

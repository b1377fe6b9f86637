"""tour53 genre probe: 32 made-up English articles (obituaries, science, culture, courts, disasters, transport, tech,
diplomacy, sport, wire copy, a live blog, an interview) with the 8 key actors written down before any run
(expected.txt). Prints each article's top 12 and the expected actors missing from the top 8 or mistyped.
Usage: python benchmarks/genre_tour53/probe.py ROOT [-q] [names...]"""
import sys
from pathlib import Path

D = Path(__file__).resolve().parent


def main():
    sys.path.insert(0, str(D.parent))
    from actor_probe import probe_options, read_expected, score

    options = probe_options(__doc__)

    verbose = not options.q
    only = options.names
    rows = [(name, *score(D / "art" / f"{name}.txt", wanted, "en", verbose))
            for name, wanted in read_expected(D).items() if not only or name in only]
    print("TOTAL overlap", sum(r[1] for r in rows), "/", 8 * len(rows), " type-correct", sum(r[2] for r in rows))
    print(" ".join(f"{n}:{h}" for n, h, t in rows))


if __name__ == "__main__":
    main()

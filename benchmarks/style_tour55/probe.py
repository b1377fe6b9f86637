"""tour55 newsroom-style probe: 30 made-up English articles in the house styles of other newsrooms (US local, Indian
English, Nigerian/Kenyan, Australian, Irish/Scottish/Northern Irish, Gulf/Asian wire copy, sports desks, business
wires with tickers, transcripts) with the 8 key actors written down before any run (expected.txt).
Every third article of expected.txt (the 3rd, 6th, ...) is SET ASIDE: never tune on it; run it with --aside.
Prints each article's top 12 and the expected actors missing from the top 8 or mistyped.
Usage: python benchmarks/style_tour55/probe.py ROOT [-q] [--aside|--all] [names...]"""
import sys
from pathlib import Path

D = Path(__file__).resolve().parent


def main():
    sys.path.insert(0, str(D.parent))
    from actor_probe import probe_options, read_expected, score

    options = probe_options(__doc__, parts=True)

    part = "aside" if options.aside else ("all" if options.all else "dev")
    verbose = not options.q
    only = options.names
    expected = read_expected(D)
    chosen = [name for i, name in enumerate(expected) if part == "all" or (i % 3 == 2) == (part == "aside")]
    rows = [(name, *score(D / "art" / f"{name}.txt", expected[name], "en", verbose))
            for name in chosen if not only or name in only]
    print(part, "TOTAL overlap", sum(r[1] for r in rows), "/", 8 * len(rows), " type-correct", sum(r[2] for r in rows))
    print(" ".join(f"{n}:{h}" for n, h, t in rows))


if __name__ == "__main__":
    main()

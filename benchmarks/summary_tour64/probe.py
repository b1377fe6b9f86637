"""sum64 summary tour in other languages: 25 made-up news articles, five each in Russian, Ukrainian, German,
French and Spanish, as users bring them (plain text, Markdown, a saved web page) with page furniture mixed in:
related-link labels and their link titles ("Читайте також:", "Lesen Sie auch:", "À lire aussi", "Te puede
interesar"), photo credits ("Фото: ...", "Foto: dpa", "Photo : AFP"), advert labels, subscribe and newsletter
prompts, cookie notices, share buttons and editor notes; and abbreviations that must not end a sentence
("т. е.", "z. B.", "Dr.", "S. 5", "M. Dupont", "Sr.", "EE. UU.", "p. ej."). What must not appear and which phrases
must stay in one sentence was written before any run (expected.txt); every third article is set aside.

Every algorithm runs through the command line (summary_tour60's runner, in this process) at 3 sentences, 30 % and
60 words. Counted: junk points (a point holding a furniture line of expected.txt, opening like furniture
(:data:`FURNITURE`) or failing summary_tour60's generic rules), bad splits (a phrase of expected.txt's ``whole:``
not inside one sentence of the cleaned article) and length faults (the count or budget asked, not met without a
reason said).

    python benchmarks/summary_tour64/probe.py [-q] [--part dev|aside|all] [names...]
"""
from __future__ import annotations

import importlib.util
import argparse
import sys
from pathlib import Path

D = Path(__file__).resolve().parent
sys.path.insert(0, str(D.parent.parent))

_spec = importlib.util.spec_from_file_location("summary_tour60_probe", D.parent / "summary_tour60" / "probe.py")
tour60 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tour60)

ALGORITHMS = tour60.ALGORITHMS
LENGTHS = (("-n", "3"), ("-p", "30"), ("-w", "60"))
#: Openings of points that are page furniture in the five languages, lower-cased.
FURNITURE = ("читайте", "подписывайтесь", "підписуйтесь", "реклама", "поделиться", "поділитися", "примечание редакции",
             "примітка редакції", "lesen sie auch", "mehr zum thema", "anzeige", "werbung", "teilen", "newsletter",
             "folgen sie uns", "anmerkung der redaktion", "wir verwenden cookies", "à lire aussi", "lire aussi",
             "publicité", "partager", "inscrivez-vous", "abonnez-vous", "suivez-nous", "note de la rédaction",
             "ce site utilise des cookies", "lee también", "te puede interesar", "publicidad", "compartir",
             "suscríbete", "síguenos", "nota del editor", "utilizamos cookies", "мы используем", "ми використовуємо",
             "photo :", "foto:", "фото:")


def read_expected() -> dict[str, dict[str, list[str]]]:
    """Return ``{article: {"not": [...], "whole": [...]}}`` from expected.txt."""
    out: dict[str, dict[str, list[str]]] = {}
    current = None
    for line in (D / "expected.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("["):
            current = out.setdefault(line.strip("[] "), {"not": [], "whole": []})
            continue
        key, _, rest = line.partition(":")
        current[key.strip()].extend(alt.strip() for alt in rest.split(" | ") if alt.strip())
    return out


def junk_reasons(text: str, banned: list[str]) -> list[str]:
    """What makes ``text`` a junk point: a banned furniture string, a furniture opening or a tour60 generic fault."""
    low = text.strip().lower()
    reasons = [f"holds {b!r}" for b in banned if b.lower() in low]
    if low.startswith(FURNITURE):
        reasons.append("furniture opening")
    reasons += tour60.generic_faults(text)
    return reasons


def length_fault(length: tuple[str, str], data: dict, line: str) -> str | None:
    points = data["summary"]["sentences"]
    total = data["summary"]["total_sentences"]
    if "asked" in line:
        return None  # the CLI says why the summary is shorter
    mode, value = length[0], int(length[1])
    if mode == "-n" and len(points) != min(value, total):
        return f"{len(points)} points, {value} asked"
    if mode == "-p":
        low, high = int(total * value / 100), -(-total * value // 100)
        if not max(1, low) <= len(points) <= max(1, high):
            return f"{len(points)} points for {value} % of {total}"
    if mode == "-w":
        words = sum(len(p["text"].split()) for p in points)
        if (words > value and len(points) > 1) or not points:
            return f"{words} words for {value}"
    return None


def article_path(name: str) -> Path:
    return next(p for p in sorted((D / "art").iterdir()) if p.stem == name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-q", action="store_true", help="print the faults and totals only")
    parser.add_argument("--part", choices=("all", "dev", "aside"), default="all",
                        help="the development or set-aside articles (default: all)")
    parser.add_argument("names", nargs="*", help="only these articles (default: all of the part)")
    options = parser.parse_args()
    verbose = not options.q
    part = options.part
    only = options.names
    totals = {side: {"articles": 0, "points": 0, "junk": 0, "splits": 0, "phrases": 0, "length": 0}
              for side in ("dev", "aside")}
    for number, (name, wanted) in enumerate(read_expected().items(), 1):
        side = "aside" if number % 3 == 0 else "dev"
        if (only and name not in only) or part not in ("all", side):
            continue
        t = totals[side]
        t["articles"] += 1
        path = article_path(name)
        sentences: list[str] | None = None
        for algorithm in ALGORITHMS:
            for length in LENGTHS:
                data, line = tour60.run_cli(path, algorithm, length)
                tag = f"{algorithm} {' '.join(length)}"
                if data is None:
                    print(f"  FAULT {name}: {tag}: CRASH {line}")
                    t["junk"] += 1
                    continue
                if sentences is None:
                    sentences = [s for para in data["article"]["paragraphs"] for s in para]
                fault = length_fault(length, data, line)
                if fault:
                    t["length"] += 1
                    print(f"  FAULT {name}: {tag}: length: {fault}")
                for p in data["summary"]["sentences"]:
                    t["points"] += 1
                    reasons = junk_reasons(p["text"], wanted["not"])
                    if reasons:
                        t["junk"] += 1
                        if verbose:
                            print(f"  JUNK {name}: {tag}: {', '.join(reasons)}: {p['text'][:80]}")
        for phrase in wanted["whole"]:
            t["phrases"] += 1
            if sentences is not None and not any(phrase in s for s in sentences):
                t["splits"] += 1
                cut = [s for s in sentences if any(w in s for w in phrase.split()[:2])][:2]
                print(f"  SPLIT {name}: {phrase!r} not in one sentence: {' || '.join(c[-60:] for c in cut)}")
    for side in ("dev", "aside"):
        t = totals[side]
        if t["articles"]:
            print(f"{side}: {t['articles']} articles; junk points {t['junk']} of {t['points']}; bad splits "
                  f"{t['splits']} of {t['phrases']} phrases; length faults {t['length']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

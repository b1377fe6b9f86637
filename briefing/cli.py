"""briefing-cli: the headless command line (no Qt is imported here).

    briefing-cli summarize FILE [--algorithm NAME] [--sentences N | --percent P | --words W] [--json]
                           [--implementation auto|fast|sumy]

Errors print one line on standard error and exit with status 1 (2 for usage).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Sequence

from . import __version__
from .core.errors import BriefingError

EXIT_ERROR = 1


def _add_summary_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="article file: .txt, .md, .html, .pdf or .docx")
    parser.add_argument("-a", "--algorithm", default=None,
                        help="summary algorithm (default: the best on news; see `briefing-cli algorithms`)")
    length = parser.add_mutually_exclusive_group()
    length.add_argument("-n", "--sentences", type=int, default=None, help="summary length in sentences (default 3)")
    length.add_argument("-p", "--percent", type=float, default=None, help="summary length as a percentage of the article's sentences")
    length.add_argument("-w", "--words", type=int, default=None, help="summary length as a word budget")


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of ``briefing-cli``."""
    parser = argparse.ArgumentParser(prog="briefing-cli", description="Turn a news article into a briefing, headless.")
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("summarize", help="print the article's metadata and summary")
    _add_summary_options(p)
    p.add_argument("--json", action="store_true", help="print the whole article and summary as JSON")
    p.add_argument("--implementation", choices=("auto", "fast", "sumy"), default="auto",
                   help="fast: the project's fast implementation of a sumy algorithm (same choices); "
                        "sumy: sumy's own code, for comparison (slow on long documents); auto: fast")

    sub.add_parser("algorithms", help="list the summary algorithms")
    return parser


def _options(args):
    from .core.model import SummaryOptions

    return SummaryOptions(algorithm=args.algorithm, sentences=args.sentences, percent=args.percent, words=args.words)


def cmd_summarize(args) -> int:
    """Print title, date, source, URL, the summary and the key actors (or everything as JSON)."""
    from .core.actors import extract_actors
    from .core.loaders import load_article
    from .core.summarize import ALGORITHMS, summarize

    article = load_article(args.file)
    summary = summarize(article, _options(args), implementation=args.implementation)
    actors = extract_actors(article, summary)
    if args.json:
        out = {"article": article.to_dict(), "summary": summary.to_dict(), "actors": [a.to_dict() for a in actors]}
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    lines = [
        f"Title:   {article.title or '(untitled)'}",
        f"Date:    {article.date or '(unknown)'}",
        f"Source:  {article.source or '(unknown)'}",
        f"URL:     {article.url or '(none)'}",
    ]
    if article.authors:
        lines.append(f"Authors: {', '.join(article.authors)}")
    lines.append("")
    lines.append(f"Summary ({ALGORITHMS[summary.algorithm].label}, {len(summary.sentences)} of {summary.total_sentences} sentences):")
    for s in summary.sentences:
        lines.append(f"  - {s.text} [¶{s.paragraph + 1}]")
    lines.append("")
    lines.append(f"Actors ({len(actors)}):" if actors else "Actors: (none found)")
    for a in actors:
        role = f", {a.role}" if a.role else ""
        lines.append(f"  - {a.name} ({a.type_label}{role}): {a.mentions} mention{'s' if a.mentions != 1 else ''}")
    print("\n".join(lines))
    return 0


def cmd_algorithms(args) -> int:
    """List the algorithm names, default first."""
    from .core.summarize import ALGORITHMS, DEFAULT_ALGORITHM, algorithm_names

    for name in algorithm_names():
        mark = " (default)" if name == DEFAULT_ALGORITHM else ""
        print(f"{name:10s} {ALGORITHMS[name].label}{mark}: {ALGORITHMS[name].description}")
    return 0


COMMANDS = {"summarize": cmd_summarize, "algorithms": cmd_algorithms}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except BriefingError as exc:
        print(f"briefing-cli: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("briefing-cli: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

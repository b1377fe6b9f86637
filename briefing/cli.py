"""briefing-cli: the headless command line (no Qt is imported here).

    briefing-cli summarize FILE [FILE ...] [--algorithm NAME] [--sentences N | --percent P | --words W] [--json]
                             [--implementation auto|fast|sumy] [--language auto|en|ru|uk|de|fr|es]
    briefing-cli export FILE [FILE ...] [-o OUT.pdf] [--format pdf|docx|html|md|txt] [--algorithm NAME]
                             [--sentences N | ...] [--banner TEXT] [--page a4|letter] [--actors N]
                             [--comment TEXT] [--bottom-line TEXT] [--language auto|en|ru|uk|de|fr|es]
                             [--brief-language article|en]
    briefing-cli batch FOLDER -o OUT_FOLDER [--jobs N] [--format json|pdf] [--algorithm NAME] [--sentences N | ...]
    briefing-cli languages

Several files make one brief of the same story from several sources (A, B, C… in
the order given; issue 16); one file gives the brief of that article as before.

FILE may be ``-``: the article is read from standard input (its format told from its content).

Errors print one line on standard error and exit with status 1 (2 for usage).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Sequence

from . import __version__
from .cli_stdout import StdoutError, drop_stdout, guarded_stdout
from .core.errors import BriefingError

EXIT_ERROR = 1


def _at_least(minimum: int):
    """An argparse type: an integer of at least ``minimum`` (a usage error, exit 2, otherwise)."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}, not {value}")
        return value
    parse.__name__ = "whole number"
    return parse


def _percent(text: str) -> float:
    """An argparse type: a percentage above 0 and at most 100."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 < value <= 100:  # also refuses nan
        raise argparse.ArgumentTypeError(f"must be above 0 and at most 100, not {text}")
    return value


def _add_summary_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help="article file(s): text or Markdown (.txt, .md, .rst, ...; text under any suffix), .html, .pdf, "
                             ".docx or .docm, e-mail (.eml), saved web page (.mht, .mhtml) "
                             "(the content decides: a PDF named .docx opens); - reads standard input; several files: one brief of the same story, "
                             "sources lettered A, B, C… in this order")
    parser.add_argument("-a", "--algorithm", default=None,
                        help="summary algorithm (default: the best on news; see `briefing-cli algorithms`)")
    length = parser.add_mutually_exclusive_group()
    length.add_argument("-n", "--sentences", type=_at_least(1), default=None, help="summary length in sentences (default 3)")
    length.add_argument("-p", "--percent", type=_percent, default=None, help="summary length as a percentage of the article's sentences")
    length.add_argument("-w", "--words", type=_at_least(1), default=None, help="summary length as a word budget")
    parser.add_argument("-l", "--language", default="auto",
                        help="the article's language: auto (detected; English when unsure) or a code "
                             "(en, ru, uk, de, fr, es) or name; see `briefing-cli languages`")


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of ``briefing-cli``."""
    parser = argparse.ArgumentParser(
        prog="briefing-cli", description="Turn a news article into a briefing, headless.",
        epilog="FILE - reads the article from standard input. Exit status: 0 done; 1 the input or output could not "
               "be used (one 'briefing-cli: error:' line on standard error); 2 a usage error (wrong option or "
               "value); 130 interrupted. Run 'briefing-cli COMMAND --help' for a command's options.")
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("summarize", help="print the article's metadata and summary")
    _add_summary_options(p)
    p.add_argument("--json", action="store_true", help="print the whole article and summary as JSON")
    p.add_argument("--implementation", choices=("auto", "fast", "sumy"), default="auto",
                   help="fast: the project's fast implementation of a sumy algorithm (same choices); "
                        "sumy: sumy's own code, for comparison (slow on long documents); auto: fast")

    p = sub.add_parser("export", help="write the brief: one-page PDF or DOCX, or HTML, Markdown, plain text")
    _add_summary_options(p)
    p.add_argument("-o", "--output", default=None,
                   help="file to write (default: the article's name with .brief and the format's suffix, in the "
                        "current folder); never the article itself, a link, a folder or a device; - writes the "
                        "brief to standard output (PDF by default; --format txt, md or html for text)")
    p.add_argument("-f", "--format", choices=("pdf", "docx", "html", "md", "txt"), default=None,
                   help="output format (default: from the -o suffix; pdf without one)")
    p.add_argument("--force", action="store_true",
                   help="replace an existing output file that is not exactly as briefing wrote it (edited since, "
                        "e.g. notes added, or not written by briefing); without it only an unchanged brief is "
                        "replaced")
    p.add_argument("--banner", default="",
                   help="handling banner at the top and bottom, e.g. UNCLASSIFIED, TLP:CLEAR, TLP:AMBER (default none)")
    p.add_argument("--page", choices=("a4", "letter"), default="a4", help="page size (default a4)")
    p.add_argument("--actors", type=_at_least(0), default=8, help="actors shown at most (default 8)")
    p.add_argument("--comment", default="", help="analyst comment (optional section)")
    p.add_argument("--bottom-line", default=None,
                   help="the bottom line (default: the highest-scoring summary sentence)")
    p.add_argument("--brief-language", choices=("article", "en"), default="article",
                   help="language of the brief's headings, dates, type tags and method line: the article's "
                        "(default; English for a language without a translation) or English")

    p = sub.add_parser("batch", help="brief every article in a folder (a pool of worker processes)")
    p.add_argument("folder", help="folder of article files (every suffix the app opens: .txt, .md, .rst, .html, .xhtml, .pdf, .docx, .docm, .eml, .mhtml, ...; not its subfolders, hidden files or text under other suffixes)")
    p.add_argument("-o", "--output", required=True, metavar="OUT_FOLDER",
                   help="folder for the outputs (made if missing): one <name>.json or <name>.pdf per article")
    p.add_argument("-j", "--jobs", type=_at_least(1), default=None, help="worker processes (default: the number of CPUs)")
    p.add_argument("--format", choices=("json", "pdf"), default="json",
                   help="json: article, summary and actors (as summarize --json); pdf: the one-page brief")
    p.add_argument("-a", "--algorithm", default=None, help="summary algorithm (default: the best on news)")
    length = p.add_mutually_exclusive_group()
    length.add_argument("-n", "--sentences", type=_at_least(1), default=None, help="summary length in sentences (default 3)")
    length.add_argument("-p", "--percent", type=_percent, default=None, help="summary length as a percentage")
    length.add_argument("-w", "--words", type=_at_least(1), default=None, help="summary length as a word budget")

    sub.add_parser("algorithms", help="list the summary algorithms")
    sub.add_parser("languages", help="list the supported languages and how well key actors are found in each")
    return parser


def _options(args):
    from .core.model import SummaryOptions

    return SummaryOptions(algorithm=args.algorithm, sentences=args.sentences, percent=args.percent, words=args.words)


def _print_load_warnings(article) -> None:
    """Print what loading had to change in the article (control characters removed) on stderr."""
    for warning in article.warnings:
        print(f"briefing-cli: warning: {warning}", file=sys.stderr)


def _summarize_several(args) -> int:
    """Print the sources, the joint points with their citations and the merged actors (or all as JSON)."""
    from .core.brief.pipeline import analyse_files
    from .core.export.content import variants_note
    from .core.model import citations_anchor
    from .core.summarize.algorithms import algorithm_label

    analysis = analyse_files(args.files, _options(args), implementation=args.implementation,
                             language=args.language)
    for source in analysis.sources:
        _print_load_warnings(source.article)
        _shown_path(source.article, args)
    for warning in analysis.warnings:
        print(f"briefing-cli: warning: {warning}", file=sys.stderr)
    summary = analysis.summary
    if args.json:
        out = {"sources": [s.to_dict() for s in analysis.sources], "summary": summary.to_dict(),
               "actors": [a.to_dict() for a in analysis.actors]}
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    lines = [f"Sources ({len(analysis.sources)}):"]
    for s in analysis.sources:
        a = s.article
        lines.append(f"  {s.letter}  {a.source or '(unknown publisher)'} · {a.date or '(no date)'} · "
                     f"{a.title or '(untitled)'}" + (f" · {a.url}" if a.url else "")
                     + (f" — {analysis.notes[s.letter]}" if s.letter in analysis.notes else ""))
    lines.append("")
    lines.append(f"Summary ({algorithm_label(summary.algorithm)}, {len(summary.points)} points from "
                 f"{summary.total_sentences} sentences of {summary.sources} sources, best first):")
    languages = {s.letter: s.article.language for s in analysis.sources}
    for p in summary.points:
        lines.append(f"  - {p.text} {citations_anchor(p.citations)}")
        if p.variants:
            lines.append(f"    {variants_note(p, language=languages.get(p.source, 'en'), languages=languages)}")
    lines.append("")
    actors = analysis.actors
    lines.append(f"Actors ({len(actors)}):" if actors else "Actors: (none found)")
    for a in actors:
        role = f", {a.role}" if a.role else ""
        lines.append(f"  - {a.name} ({a.type_label}{role}): {a.mentions} mention{'s' if a.mentions != 1 else ''} "
                     f"in {', '.join(a.sources)}")
    print("\n".join(lines))
    return 0


def cmd_summarize(args) -> int:
    """Print title, date, source, URL, the summary and the key actors (or everything as JSON)."""
    from .core.brief.pipeline import analyse_file
    from .core.summarize.algorithms import algorithm_label

    if len(args.files) > 1:
        return _summarize_several(args)
    # parallel: a long article's summary is made in a forked child while the actors are found (same result).
    analysis = analyse_file(args.files[0], _options(args), implementation=args.implementation,
                            language=args.language, parallel=True)
    article, summary, actors = analysis.article, analysis.summary, analysis.actors
    _print_load_warnings(article)
    _shown_path(article, args)
    if args.json:
        from .core.brief.batch import analysis_json

        json.dump(analysis_json(analysis), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    lines = [
        f"Title:   {article.title or '(untitled)'}",
        f"Date:    {article.date or '(unknown)'}",
        f"Source:  {article.source or '(unknown)'}",
        f"URL:     {article.url or '(none)'}",
        f"Language: {_language_line(article.language)}",
    ]
    if article.authors:
        lines.append(f"Authors: {', '.join(article.authors)}")
    lines.append("")
    lines.append(f"Summary ({algorithm_label(summary.algorithm)}, {len(summary.sentences)} of {summary.total_sentences} sentences"
                 f"{_short_reason(summary)}):")
    for s in summary.sentences:
        lines.append(f"  - {s.text} [¶{s.paragraph + 1}]")
    lines.append("")
    lines.append(f"Actors ({len(actors)}):" if actors else "Actors: (none found)")
    for a in actors:
        role = f", {a.role}" if a.role else ""
        lines.append(f"  - {a.name} ({a.type_label}{role}): {a.mentions} mention{'s' if a.mentions != 1 else ''}")
    print("\n".join(lines))
    return 0


def cmd_export(args) -> int:
    """Write the brief of an article in the format asked; print where, and the fitting steps taken."""
    from pathlib import Path

    from .core.atomic import UnsafeTarget
    from .core.brief.pipeline import (analyse_file, analyse_files, check_export_target, default_output_name,
                                      export_brief, make_briefing, make_multi_briefing)
    from .core.errors import ExportError
    from .core.export.files import check_target as check_output_folder
    from .core.export.formats import FORMATS, format_for_path
    from .core.safetext import clean_argument

    if args.output == "-":
        return _export_to_stdout(args)
    # The checks before the work, in the order a user fixes things: the input (missing file, unknown
    # language), then the output path (a device, a folder, the input itself), its format, its folder, and
    # last an existing file that needs --force.
    _check_inputs(args)
    sources = tuple(args.files)
    if args.output:
        check_export_target(args.output, sources, force=True)  # what no flag makes writable
    fmt = args.format
    if fmt is None and args.output:
        fmt = format_for_path(args.output)
        if fmt is None:
            raise ExportError(f"Cannot tell the format from {args.output!r}: give --format "
                              f"({'|'.join(FORMATS)}) or a suffix such as .pdf or .docx.")
    fmt = fmt or "pdf"
    output = Path(args.output) if args.output else default_output_name(args.files[0], FORMATS[fmt].suffix)
    check_output_folder(output, fmt.upper() if FORMATS[fmt].paged else FORMATS[fmt].label)  # as the writer says
    try:
        check_export_target(output, sources, args.force)
    except UnsafeTarget as exc:
        raise UnsafeTarget(f"{exc} Use --force to replace it." if exc.forceable else str(exc)) from None
    banner, comment = clean_argument(args.banner), clean_argument(args.comment)
    if len(args.files) > 1:
        several = analyse_files(args.files, _options(args), language=args.language)
        for source in several.sources:
            _print_load_warnings(source.article)
        for warning in several.warnings:
            print(f"briefing-cli: warning: {warning}", file=sys.stderr)
        briefing = make_multi_briefing(several, banner=banner, analyst_comment=comment)
    else:
        analysis = analyse_file(args.files[0], _options(args), language=args.language, parallel=True)
        _print_load_warnings(analysis.article)
        briefing = make_briefing(analysis.article, analysis.summary, analysis.actors, banner=banner,
                                 analyst_comment=comment)
    if args.bottom_line is not None:
        briefing.bottom_line = clean_argument(args.bottom_line)
        briefing.bottom_line_citations = []
    report = export_brief(briefing, output, fmt, page_size=args.page, max_actors=args.actors,
                          brief_language=args.brief_language, sources=sources, force=args.force)
    counts = (f"{report.points_shown} key point{'s' if report.points_shown != 1 else ''}, "
              f"{report.actors_shown} actor{'s' if report.actors_shown != 1 else ''}")
    if FORMATS[fmt].paged:
        kind = "" if fmt == "pdf" else "DOCX, "
        print(f"Wrote {output} ({kind}1 page, {args.page.upper() if args.page == 'a4' else 'Letter'}, "
              f"{counts}, {report.font_size:.1f} pt)")
        print("Fitting: " + ("; ".join(report.steps) if report.steps else "none needed"))
    else:
        print(f"Wrote {output} ({FORMATS[fmt].label}, {counts})")
    if briefing.sources:
        print(f"Sources: {len(briefing.sources)} ({', '.join(r.letter for r in briefing.sources)})")
    for warning in report.warnings:
        print(f"briefing-cli: warning: {warning}", file=sys.stderr)
    return 0


def _check_inputs(args) -> None:
    """Raise :class:`BriefingError` for an input that cannot be read (missing, a folder, empty) or a language
    that is not supported, before anything about the output is checked."""
    from .core.ingest.load import check_article_path
    from .core.language.languages import parse_language

    for name in args.files:
        check_article_path(name)
    parse_language(args.language)


def _export_to_stdout(args) -> int:
    """``export -o -``: write the brief to standard output (the report lines go to standard error)."""
    import contextlib
    import io
    import shutil
    import tempfile
    from pathlib import Path

    from .core.errors import ExportError
    from .core.export.formats import FORMATS
    from .core.written import forget

    fmt = args.format or "pdf"
    if sys.stdout.isatty() and fmt in ("pdf", "docx"):
        raise ExportError(f"-o -: not writing a {fmt.upper()} file to the terminal; redirect it "
                          f"(> brief.{fmt}) or give --format txt, md or html.")
    with tempfile.TemporaryDirectory(prefix="briefing-out-") as folder:
        args.output = str(Path(folder) / ("brief" + FORMATS[fmt].suffix))
        args.format = fmt
        report = io.StringIO()
        with contextlib.redirect_stdout(report):  # the "Wrote ..." lines go to stderr: stdout carries the brief
            status = cmd_export(args)
        sys.stderr.write(report.getvalue().replace(f"Wrote {args.output} ", "Wrote the brief to standard output "))
        forget(args.output)  # the temporary file goes: the record of written files keeps no entry for it
        try:
            sys.stdout.flush()
            with open(args.output, "rb") as brief:
                shutil.copyfileobj(brief, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:  # a full disk behind the redirection, a closed descriptor
            drop_stdout()
            raise ExportError(f"-o -: cannot write the brief to standard output ({exc.strerror or exc}).") from exc
    return status


def _short_reason(summary) -> str:
    """Return why a summary has fewer sentences than asked for ("" when it has them all): the others repeat
    chosen ones (text scraped twice). For a word budget: the words used, and why the budget is exceeded (the
    best sentence alone is longer: it is always kept)."""
    from .core.summarize.rating import target_count

    budget = summary.options.words
    if budget is not None:
        used = sum(len(s.text.split()) for s in summary.sentences)
        if used > budget:
            return f", {used} words; the best sentence alone is longer than the {budget}-word budget"
        return f", {used} of {budget} words"
    wanted = target_count(summary.options, summary.total_sentences) if summary.total_sentences else None
    if wanted is None or len(summary.sentences) >= wanted:
        return ""
    return f"; {wanted} asked, the others repeat chosen ones"


def _language_line(code: str) -> str:
    """Return "Russian (русский) [ru]; actors: natasha model, F1 86.8 on factRuEval dev" for the summary output."""
    from .core.actors.languages import actor_support
    from .core.language.languages import language_label

    support = actor_support(code)
    return f"{language_label(code)} [{code}]; actors: {support.summary}"


def cmd_languages(args) -> int:
    """List the supported languages, and how key actors are found in each (method and measured quality)."""
    from .core.actors.languages import actor_support
    from .core.language.languages import supported_languages

    for lang in supported_languages():
        print(f"{lang.code}  {lang.label:24s} actors: {actor_support(lang.code).summary}")
    return 0


def cmd_batch(args) -> int:
    """Brief every article of a folder into OUT_FOLDER; a progress bar on stderr, a summary line at the end.

    A file that cannot be briefed prints one error line and the run goes on;
    the exit status is 1 when any file failed.
    """
    import os
    import resource
    import time
    from pathlib import Path

    from .core.brief.batch import article_files, plan_outputs, run_batch
    from .core.errors import BriefingError

    jobs = args.jobs if args.jobs is not None else (os.cpu_count() or 1)  # --jobs is >= 1 (its argparse type)
    options = _options(args)
    from .core.summarize.rating import target_count

    target_count(options, 1)  # a bad length fails here, not once per file
    inputs = article_files(args.folder)
    out_dir = Path(args.output)
    if out_dir.exists() and not out_dir.is_dir():
        raise BriefingError(f"{out_dir}: exists and is not a folder.")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BriefingError(f"{out_dir}: cannot make the folder ({exc.strerror or exc}).") from exc
    outputs = plan_outputs(inputs, out_dir, args.format)
    bar = _ProgressBar(len(inputs))
    start = time.perf_counter()
    failed = 0
    for done, result in enumerate(run_batch(inputs, outputs, args.format, options, jobs), start=1):
        if not result.ok:
            failed += 1
            bar.clear()
            print(f"briefing-cli: error: {result.error}", file=sys.stderr)
        bar.show(done, failed, time.perf_counter() - start)
    bar.clear()
    elapsed = time.perf_counter() - start
    usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    cpu = sum(u.ru_utime + u.ru_stime for u in usage)
    rate = len(inputs) / elapsed if elapsed > 0 else 0.0
    print(f"Briefed {len(inputs) - failed:,} of {len(inputs):,} files into {out_dir} ({args.format}) "
          f"in {elapsed:.1f} s: {rate:.1f} files/s with {jobs} job{'s' if jobs != 1 else ''}, "
          f"{cpu:.1f} s CPU; {failed:,} failed.")
    return EXIT_ERROR if failed else 0


class _ProgressBar:
    """A one-line progress bar on standard error (redrawn in place on a terminal; a line per 10 % otherwise)."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.tty = sys.stderr.isatty()
        self.drawn = False
        self.next_line = 0.1

    def show(self, done: int, failed: int, seconds: float) -> None:
        fraction = done / self.total if self.total else 1.0
        rate = f"{done / seconds:.1f} files/s" if seconds > 0 else ""
        filled = int(fraction * 30)
        line = (f"[{'#' * filled}{'.' * (30 - filled)}] {done:,}/{self.total:,} {rate}"
                + (f", {failed:,} failed" if failed else ""))
        if self.tty:
            sys.stderr.write("\r" + line + "\x1b[K")
            sys.stderr.flush()
            self.drawn = True
        elif fraction >= self.next_line or done == self.total:
            print(line, file=sys.stderr, flush=True)
            while self.next_line <= fraction:
                self.next_line += 0.1

    def clear(self) -> None:
        if self.drawn:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
            self.drawn = False


def cmd_algorithms(args) -> int:
    """List the algorithm names, default first."""
    from .core.summarize.algorithms import ALGORITHMS, DEFAULT_ALGORITHM, algorithm_names

    for name in algorithm_names():
        mark = " (default)" if name == DEFAULT_ALGORITHM else ""
        print(f"{name:10s} {ALGORITHMS[name].label}{mark}: {ALGORITHMS[name].description}")
    return 0


COMMANDS = {"summarize": cmd_summarize, "export": cmd_export, "batch": cmd_batch, "algorithms": cmd_algorithms,
            "languages": cmd_languages}


def _stdin_to_file(args, folder: str) -> None:
    """Replace ``-`` among ``args.files`` by a file in ``folder`` holding standard input (named ``stdin``, no
    suffix: its content picks the reader). Raises :class:`BriefingError` for ``-`` given twice or too much input."""
    from pathlib import Path

    from .core.errors import LoadError
    from .core.ingest.load import MAX_DOCUMENT_BYTES as MAX_STDIN_BYTES  # the largest file the loader takes

    if args.files.count("-") > 1:
        raise LoadError("-: standard input can be read once; give - only once.")
    if sys.stdin is None or sys.stdin.closed:
        raise LoadError("-: there is no standard input to read.")
    if sys.stdin.isatty():
        print("briefing-cli: reading the article from standard input; end it with Ctrl-D.", file=sys.stderr)
    data = sys.stdin.buffer.read(MAX_STDIN_BYTES + 1)
    if len(data) > MAX_STDIN_BYTES:
        raise LoadError(f"stdin: more than {MAX_STDIN_BYTES // 2**20} MiB on standard input; not an article.")
    path = Path(folder) / "stdin"
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise LoadError(f"stdin: cannot keep standard input in a temporary file ({exc.strerror or exc}).") from exc
    args.files = [str(path) if f == "-" else f for f in args.files]
    args.stdin_path = str(path)


def _shown_path(article, args) -> None:
    """Show an article read from standard input as ``-``, not as the temporary file that held it."""
    if article.path is not None and article.path == getattr(args, "stdin_path", None):
        article.path = "-"


def _run(args) -> int:
    """Run the command ``args`` names, with ``-`` among its files read from standard input; flush stdout."""
    import tempfile

    if "-" in getattr(args, "files", ()):
        with tempfile.TemporaryDirectory(prefix="briefing-stdin-") as folder:
            _stdin_to_file(args, folder)
            status = COMMANDS[args.command](args)
    else:
        status = COMMANDS[args.command](args)
    if sys.stdout is not None:  # None when started with standard output closed: print() writes nothing
        sys.stdout.flush()
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = build_parser().parse_args(argv)
    stdout = sys.stdout
    sys.stdout = guarded_stdout(stdout)
    try:
        return _run(args)
    except StdoutError as exc:
        drop_stdout()
        print(f"briefing-cli: error: cannot write to standard output ({exc.strerror or exc}).", file=sys.stderr)
        return EXIT_ERROR
    except BriefingError as exc:
        from .core.safetext import clean_argument

        # A file name given with bytes invalid in the locale comes back in the message as surrogates.
        print(f"briefing-cli: error: {clean_argument(str(exc))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("briefing-cli: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `briefing-cli ... | head`: the reader had enough
        drop_stdout()
        return 0
    finally:
        sys.stdout = stdout


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

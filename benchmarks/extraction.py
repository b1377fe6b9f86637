"""Article-body extraction from saved web pages: token F1 of each configuration.

    python benchmarks/extraction.py [--half even|odd|all] [--configs a,b,...] [--kinds news,...]
                                    [--dump DIR] [--worst N]

Reads ``../shared/eval/html-dev/`` (123 saved pages with the expected article
text, see its README) and prints, for every configuration, one Markdown table
with a row per page ``kind`` (news, other, synthetic) and one for all pages:

* **P / R / F1**: bag-of-words token precision, recall and F1, averaged over
  the pages (macro mean). Tokens are the lowercase word tokens of the text:
  runs of Unicode word characters (``\\w+``), except that each Chinese,
  Japanese or Korean character is a token of its own. Each side is a
  multiset (a Counter); the overlap is the size of their intersection;
  precision = overlap / extracted tokens, recall = overlap / expected tokens,
  F1 = their harmonic mean (0 when either is 0). An empty extraction scores 0.
* **<0.5**: number of pages whose F1 is under 0.5.
* **ms/page**: mean wall time per page of that configuration (a combination
  counts the time of every extractor it ran).

Held-out split: pages sorted by ``id``; the even positions (0, 2, 4, ...) are
the tuning half, the odd positions the held-out half. Settings are chosen on
``--half even``; ``--half odd`` reports the held-out figures.

Configurations (``--configs``; default: all):

* ``loader``: the project's :func:`briefing.core.ingest.html.article_from_html`
  (extraction plus the project's cleaning, which moves photo captions out of
  the body), scored on ``Article.text``.
* ``traf-default``: ``trafilatura.extract`` with its defaults (comments and
  tables kept, readability/jusText fallbacks inside trafilatura on).
* ``traf-nocomments``: ``include_comments=False``.
* ``traf-precision``: ``include_comments=False, favor_precision=True``.
* ``traf-recall``: ``include_comments=False, favor_recall=True``.
* ``traf-fast``: ``include_comments=False, fast=True`` (no internal fallbacks).
* ``traf-loader-raw``: the loader's trafilatura options (no comments, no
  tables, favor_precision) without the project's cleaning.
* ``readability``: readability-lxml (PyPI ``readability-lxml``), its summary
  turned into text block by block.
* ``traf-readability``: trafilatura's own fork of readability
  (``trafilatura.readability_lxml``), the same way.
* ``justext``: jusText with trafilatura's merged stop list of all languages.
* ``html2txt``: all visible text of the page (trafilatura.html2txt): the
  upper bound of recall, the floor of precision.
* combinations, built from the outputs above (no extra parsing):
  ``nocomments+readability-short``: trafilatura without comments, but the
  readability text when trafilatura's has fewer than half its words;
  ``readability+nocomments-short``: the reverse; ``chosen``: what
  :func:`briefing.core.ingest.html.extract_html` returns (the loader's body
  extraction without cleaning).

Candidates that are not installed (readability-lxml is not a project
dependency) are skipped with a note. Skips cleanly (prints a line, exits 0)
when the data set is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATA = ROOT.parent / "shared" / "eval" / "html-dev"
KINDS = ("news", "other", "synthetic")

_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")

# Block elements for turning an HTML fragment into text: the same list the
# data set's README used to build the expected text.
_BLOCKS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div", "tr", "ul", "ol", "dl", "dt",
    "dd", "table", "thead", "tbody", "tfoot", "caption", "section", "article", "aside", "header", "footer",
    "nav", "main", "figure", "figcaption", "address", "details", "summary", "hr", "form", "fieldset", "body",
}
_SKIP = {"script", "style", "noscript", "template"}


def tokens(text: str) -> Counter:
    """Return the bag of lowercase word tokens of ``text`` (each CJK character is one token)."""
    out: Counter = Counter()
    for word in _WORD.findall(text.lower()):
        if _CJK.search(word):
            # Split a mixed run: CJK characters one by one, other runs whole.
            buf = ""
            for ch in word:
                if _CJK.match(ch):
                    if buf:
                        out[buf] += 1
                        buf = ""
                    out[ch] += 1
                else:
                    buf += ch
            if buf:
                out[buf] += 1
        else:
            out[word] += 1
    return out


def prf(extracted: str, expected: Counter) -> tuple[float, float, float]:
    """Return token precision, recall and F1 of ``extracted`` against the expected bag."""
    got = tokens(extracted or "")
    n_got, n_exp = sum(got.values()), sum(expected.values())
    if not n_got or not n_exp:
        return 0.0, 0.0, 0.0
    overlap = sum((got & expected).values())
    p, r = overlap / n_got, overlap / n_exp
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def fragment_text(element) -> str:
    """Return the text of an lxml element: one block a paragraph, blank lines between."""
    blocks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = " ".join(" ".join(current).split())
        if text:
            blocks.append(text)
        current.clear()

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.rsplit("}", 1)[-1].lower()
        if tag in _SKIP or not tag:
            if el.tail:
                current.append(el.tail)
            return
        block = tag in _BLOCKS
        if block:
            flush()
        if tag == "br":
            current.append(" ")
        if el.text:
            current.append(el.text)
        for child in el:
            walk(child)
        if block:
            flush()
        if el.tail:
            current.append(el.tail)

    walk(element)
    flush()
    return "\n\n".join(blocks)


def _html_text(html: str) -> str:
    import lxml.html

    if not html:
        return ""
    return fragment_text(lxml.html.fromstring(html))


# ---------------------------------------------------------------- extractors
def _loader(html: str) -> str:
    from briefing.core.errors import LoadError
    from briefing.core.ingest.html import article_from_html

    try:
        return article_from_html(html, "page.html").text
    except LoadError:
        return ""


def _trafilatura(**options) -> Callable[[str], str]:
    def run(html: str) -> str:
        import trafilatura

        return trafilatura.extract(html, **options) or ""

    return run


def _readability(html: str) -> str:
    from readability import Document

    try:
        return _html_text(Document(html).summary(html_partial=True))
    except Exception:  # readability raises on pages it cannot score
        return ""


def _traf_readability(html: str) -> str:
    from trafilatura.readability_lxml import Document
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return ""
    try:
        return _html_text(Document(tree, min_text_length=25).summary())
    except Exception:
        return ""


def _justext(html: str) -> str:
    import justext
    from justext.utils import get_stoplists

    stop = frozenset().union(*(justext.get_stoplist(lang) for lang in get_stoplists()))
    try:
        paragraphs = justext.justext(html.encode("utf-8"), stop)
    except Exception:
        return ""
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def _html2txt(html: str) -> str:
    import trafilatura

    return trafilatura.html2txt(html) or ""


def _chosen(html: str) -> str:
    from briefing.core.ingest.html import extract_html

    try:
        return extract_html(html).text
    except Exception:
        return ""


BASE: dict[str, Callable[[str], str]] = {
    "loader": _loader,
    "traf-default": _trafilatura(),
    "traf-nocomments": _trafilatura(include_comments=False),
    "traf-precision": _trafilatura(include_comments=False, favor_precision=True),
    "traf-recall": _trafilatura(include_comments=False, favor_recall=True),
    "traf-fast": _trafilatura(include_comments=False, fast=True),
    "traf-loader-raw": _trafilatura(include_comments=False, include_tables=False, favor_precision=True),
    "readability": _readability,
    "traf-readability": _traf_readability,
    "justext": _justext,
    "html2txt": _html2txt,
    "chosen": _chosen,
}


def _words(text: str) -> int:
    return sum(tokens(text).values())


def _short_fallback(primary: str, fallback: str, ratio: float = 0.5):
    def combine(out: dict[str, tuple[str, float]]) -> tuple[str, float]:
        text, t = out[primary]
        alt, t2 = out[fallback]
        if _words(text) < ratio * _words(alt):
            return alt, t + t2
        return text, t + t2

    return combine, (primary, fallback)


COMBOS = {
    "nocomments+readability-short": _short_fallback("traf-nocomments", "readability"),
    "readability+nocomments-short": _short_fallback("readability", "traf-nocomments"),
}


def load_pages() -> list[dict]:
    """Return the data set's rows sorted by id, with ``html`` read in and ``half`` set."""
    rows = [json.loads(line) for line in (DATA / "ground-truth.jsonl").read_text(encoding="utf-8").splitlines() if line]
    rows.sort(key=lambda r: r["id"])
    for i, row in enumerate(rows):
        row["half"] = "even" if i % 2 == 0 else "odd"
        row["html"] = (DATA / row["file"]).read_text(encoding="utf-8")
    return rows


def _available(name: str) -> bool:
    if name == "readability":
        try:
            import readability  # noqa: F401
        except ImportError:
            return False
    return True


def run(pages: list[dict], configs: list[str], dump: Path | None) -> dict[str, list[tuple[dict, float, float, float, float]]]:
    """Return, per configuration, (page, P, R, F1, seconds) for every page."""
    needed: list[str] = []
    for c in configs:
        for part in (COMBOS[c][1] if c in COMBOS else (c,)):
            if part not in needed:
                needed.append(part)
    results: dict[str, list] = {c: [] for c in configs}
    for page in pages:
        expected = tokens(page["body"])
        out: dict[str, tuple[str, float]] = {}
        for name in needed:
            start = time.perf_counter()
            text = BASE[name](page["html"])
            out[name] = (text, time.perf_counter() - start)
        for c in configs:
            text, seconds = COMBOS[c][0](out) if c in COMBOS else out[c]
            p, r, f = prf(text, expected)
            results[c].append((page, p, r, f, seconds))
            if dump:
                (dump / c).mkdir(parents=True, exist_ok=True)
                (dump / c / f"{page['id']}.txt").write_text(text, encoding="utf-8")
    return results


def table(name: str, rows: list[tuple[dict, float, float, float, float]]) -> str:
    """Return one configuration's Markdown table, by kind and overall."""
    lines = [f"### {name}", "", "| pages | n | P | R | F1 | <0.5 | ms/page |", "|---|---|---|---|---|---|---|"]
    groups = [(k, [r for r in rows if r[0]["kind"] == k]) for k in KINDS] + [("all", rows)]
    for label, group in groups:
        if not group:
            continue
        mean = lambda i: statistics.fmean(r[i] for r in group)  # noqa: E731
        under = sum(1 for r in group if r[3] < 0.5)
        lines.append(f"| {label} | {len(group)} | {mean(1):.3f} | {mean(2):.3f} | {mean(3):.3f} | {under} | {1000 * mean(4):.0f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("even", "odd", "all"), default="all")
    parser.add_argument("--configs", default=",".join(list(BASE) + list(COMBOS)))
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--dump", type=Path, help="write every extracted text to DIR/<config>/<id>.txt")
    parser.add_argument("--worst", type=int, default=0, help="list the N lowest-F1 pages of each configuration")
    args = parser.parse_args(argv)
    if not (DATA / "ground-truth.jsonl").is_file():
        print(f"skipped: {DATA} not found")
        return 0
    configs = [c.strip() for c in args.configs.split(",") if c.strip()]
    unknown = [c for c in configs if c not in BASE and c not in COMBOS]
    if unknown:
        parser.error(f"unknown configuration(s): {', '.join(unknown)}")
    missing = sorted({p for c in configs for p in (COMBOS[c][1] if c in COMBOS else (c,)) if not _available(p)})
    if missing:
        print(f"note: not installed, skipped: {', '.join(missing)} (and combinations using it)")
        configs = [c for c in configs if not set(COMBOS[c][1] if c in COMBOS else (c,)) & set(missing)]
    kinds = set(args.kinds.split(","))
    pages = [p for p in load_pages() if p["kind"] in kinds and args.half in ("all", p["half"])]
    print(f"{len(pages)} pages ({args.half} half), token F1 as defined in benchmarks/extraction.py\n")
    results = run(pages, configs, args.dump)
    for c in configs:
        print(table(c, results[c]))
        if args.worst:
            worst = sorted(results[c], key=lambda r: r[3])[: args.worst]
            print("\nworst: " + ", ".join(f"{r[0]['id']} ({r[0]['kind']}) {r[3]:.2f} P{r[1]:.2f} R{r[2]:.2f}" for r in worst))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

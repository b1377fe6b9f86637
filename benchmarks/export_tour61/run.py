"""Export the 16 probe briefs in 5 formats through the core API and check them. Usage: run.py OUTDIR [numbers]"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from probe import ASIDE, build  # noqa: E402

from briefing.core.brief.pipeline import export_brief  # noqa: E402
from briefing.core.export.content import brief_content  # noqa: E402


def flat(s: str) -> str:
    return " ".join(s.split())


def sh(*cmd) -> str:
    return subprocess.run(cmd, capture_output=True, text=True).stdout


def main() -> None:
    _ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    _ap.add_argument("out", type=Path, help="folder for the briefs, their PDF text and PNG pages, and results.json")
    _ap.add_argument("numbers", type=int, nargs="*", help="only these probes (1-16)")
    _args = _ap.parse_args()
    _missing = [tool for tool in ("pdfinfo", "pdffonts", "pdftotext", "pdftoppm") if shutil.which(tool) is None]
    if _missing:
        print(f"export_tour61: skipped: {', '.join(_missing)} not found; install poppler-utils "
              "(apt-get install poppler-utils), which checks the PDFs.")
        sys.exit(0)
    out = _args.out
    out.mkdir(parents=True, exist_ok=True)
    only = set(_args.numbers)
    results = {}
    for n, (b, exp) in build().items():
        if only and n not in only:
            continue
        bl = exp.get("brief_language", "article")
        r = {"aside": n in ASIDE, "problems": []}
        for fmt in ("pdf", "docx", "html", "md", "txt"):
            p = out / f"b{n:02d}.{fmt}"
            try:
                rep = export_brief(b, p, fmt, brief_language=bl)
            except Exception as exc:  # report, go on
                r["problems"].append(f"{fmt}: {type(exc).__name__}: {exc}")
                continue
            if fmt == "pdf":
                r["steps"], r["warnings"] = rep.steps, rep.warnings
                r["shown"] = (rep.points_shown, len(b.key_points), rep.actors_shown, len(b.actors))
                pages = sh("pdfinfo", str(p))
                r["pages"] = next((l.split()[-1] for l in pages.splitlines() if l.startswith("Pages")), "?")
                fonts = sh("pdffonts", str(p)).splitlines()[2:]
                r["fonts"] = [" ".join(f.split()[:1] + f.split()[-5:-3]) for f in fonts]
                text = sh("pdftotext", "-layout", str(p), "-")
                raw = sh("pdftotext", str(p), "-")
                (out / f"b{n:02d}.pdf.txt").write_text(raw)
                subprocess.run(["pdftoppm", "-r", "60", "-png", str(p), str(out / f"b{n:02d}")])
                c = brief_content(b, points=rep.kept_points, brief_language=bl)
                ft = flat(raw)
                missing = [pv.text[:40] for pv in c.points if flat(pv.text) not in ft]
                if missing:
                    r["problems"].append(f"pdf: points not verbatim: {missing}")
                if rep.points_shown < len(b.key_points) and c.points_note and flat(c.points_note) not in ft:
                    r["problems"].append(f"pdf: note {c.points_note!r} missing")
                if exp.get("date") and exp["date"] not in ft:
                    r["problems"].append(f"pdf: date {exp['date']!r} missing")
                if r["pages"] != "1":
                    r["problems"].append(f"pdf pages {r['pages']}")
            else:
                data = p.read_bytes()
                if fmt in ("html", "md", "txt"):
                    t = data.decode()
                    ft = flat(t.replace("\\", "")) if fmt == "md" else flat(t)
                    c = brief_content(b, brief_language=bl)
                    missing = [pv.text[:40] for pv in c.points if flat(pv.text) not in ft and fmt != "html"]
                    if missing:
                        r["problems"].append(f"{fmt}: points missing {missing}")
                    if exp.get("date") and exp["date"] not in ft:
                        r["problems"].append(f"{fmt}: date missing")
                    if exp.get("differ") and exp["differ"] not in ft:
                        r["problems"].append(f"{fmt}: differ note missing")
                    if fmt == "md" and "<script>" in t:
                        r["problems"].append("md: raw <script>")
                    if fmt == "html" and "<script>" in t.lower():
                        r["problems"].append("html: raw <script>")
                    if fmt == "txt" and exp.get("url_full_in_txt") and exp["url_full_in_txt"] not in t:
                        r["problems"].append("txt: full URL missing")
        results[n] = r
        print(n, "ASIDE" if n in ASIDE else "dev", json.dumps(r, ensure_ascii=False))
    (out / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()

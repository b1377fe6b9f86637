"""web_tour: load each page that gen.py / gen2.py wrote with ``load_article`` and print what it read otherwise than
expected (title, date, source, URL, authors, language, missing paragraphs, furniture left in the body, extra text).

Reads the pages of ``$PAGES`` (default ``/tmp/web_tour/pages``; ``/tmp/web_tour/pages2`` for gen2.py's): make them
first with gen.py. Run with the repository root on PYTHONPATH. See README.md beside this file.
"""
import argparse, json, os, sys, pathlib, re


def norm(s): return " ".join(s.split())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__.split("\n\n")[1])
    parser.add_argument("only", nargs="*", help="only the pages whose file name holds one of these")
    only = parser.parse_args().only
    from briefing.core.ingest.load import load_article
    from briefing.core.errors import LoadError
    d = pathlib.Path(os.environ.get("PAGES", "/tmp/web_tour/pages"))
    if not (d / "expected.json").is_file():
        sys.exit(f"web_tour: {d} holds no pages; make them first: python benchmarks/web_tour/gen.py (see README.md)")
    exp = json.loads((d / "expected.json").read_text())
    bad = 0
    for name, e in sorted(exp.items()):
        if only and not any(o in name for o in only): continue
        probs = []
        try:
            a = load_article(d / name)
        except LoadError as x:
            print(f"{name}: LOADERROR {x}"); bad += 1; continue
        if a.title != e["title"]: probs.append(f"title={a.title!r}")
        if (a.date or "")[:10] != e["date"]: probs.append(f"date={a.date!r}")
        if a.source != e["source"]: probs.append(f"source={a.source!r}")
        if a.url != e["url"]: probs.append(f"url={a.url!r}")
        if a.authors != e["authors"]: probs.append(f"authors={a.authors!r}")
        if a.language != e["language"]: probs.append(f"lang={a.language!r}")
        body = norm(a.text)
        miss = [p[:50] for p in e["paras"] if norm(p) not in body]
        if miss: probs.append(f"missing={miss}")
        furn = [f[:40] for f in e["furniture"] if f and f in body]
        if furn: probs.append(f"furniture={furn}")
        extra = body
        for p in e["paras"]: extra = extra.replace(norm(p), "")
        extra = norm(extra)
        if extra: probs.append(f"extra={extra[:300]!r}")
        print(f"{name}: {'OK' if not probs else ''}" + ("\n   " + "\n   ".join(probs) if probs else ""))
        bad += bool(probs)
    print("bad", bad)


if __name__ == "__main__":
    main()

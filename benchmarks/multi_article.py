"""One brief from several articles (issue 16): duplicate points, unsupported citations, coverage, time.

    python benchmarks/multi_article.py [--clusters N] [--points N] [--algorithms a,b,...] [--no-time]

Clusters of related articles are built from the BBC News Summary set
(``../shared/eval/news-summaries.jsonl``): every article's body becomes a
TF-IDF vector (the project's own, :func:`briefing.core.multi.similarity.sentence_vectors`
on whole bodies); two articles are related at a cosine of at least
``RELATED`` (0.4, which pairs stories such as "Court rejects $280bn tobacco
case" and "Tobacco giants hail court ruling"); a cluster is a seed article and its
related articles (at most ``MAX_CLUSTER``), taken greedily so that no article
is in two clusters. Exact duplicate bodies (133 pairs in the set) are kept:
they are the hardest case for merging. ``--distinct`` leaves them out (one
copy of each body), for clusters of different articles on one story only.

For each cluster the brief (bottom line and key points, ``--points`` points,
default 5) is made by :func:`~briefing.core.brief.pipeline.analyse_sources`
and scored:

* **near-duplicate points**: pairs of points (bottom line included) whose
  cosine similarity on the cluster's own TF-IDF is at least
  :data:`~briefing.core.multi.similarity.NEAR_DUPLICATE`, and, as an
  independent check that does not reuse the definition, pairs whose word sets
  overlap by a Jaccard index of 0.7 or more. Target 0.
* **unsupported citations**: citations whose sentence is neither the point's
  text nor a near-duplicate of it (same cosine, or Jaccard 0.5). Target 0.
* **sources cited**: share of the cluster's sources cited (or given as a
  variant) at least once.
* **merged points**: points citing two or more sources; **disputed**: points
  with variants (different figures).
* **copies noted** (against the exact duplicate bodies in the clusters) and
  **unrelated noted** (target 0: the clusters are related); then each of the
  first 20 clusters gets the seed article of the cluster 30 further on, which
  should be noted as unrelated.

Time (unless ``--no-time``): 20 articles of about 1,000 words each (BBC
business articles concatenated in file order, title and body, written as
text files) are loaded and briefed by ``analyse_files`` after one warm-up run
on three other files (imports, stemmer and stop words loaded): the wall time
of the second run, target under 2 s, and its CPU time.

Skips cleanly when ``../shared/eval`` is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval"

RELATED = 0.4
MAX_CLUSTER = 6
JACCARD_DUPLICATE = 0.7
JACCARD_SUPPORT = 0.5


def load_rows() -> list[dict]:
    """Return the BBC articles (id, title, text)."""
    with open(EVAL / "news-summaries.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def build_clusters(rows: list[dict], limit: int) -> list[list[int]]:
    """Return clusters of related articles (indices into ``rows``), largest similarity first."""
    import numpy as np

    from briefing.core.multi.similarity import sentence_vectors

    x = sentence_vectors([r["text"] for r in rows], "english")
    sim = (x @ x.T).toarray()
    np.fill_diagonal(sim, 0.0)
    taken = np.zeros(len(rows), dtype=bool)
    clusters = []
    for seed in np.argsort(-sim.max(axis=1), kind="stable"):
        if taken[seed]:
            continue
        related = [int(j) for j in np.argsort(-sim[seed], kind="stable")
                   if sim[seed, j] >= RELATED and not taken[j]][: MAX_CLUSTER - 1]
        if not related:
            continue
        members = [int(seed), *related]
        taken[members] = True
        clusters.append(members)
        if len(clusters) >= limit:
            break
    return clusters


def article_of(row: dict):
    """Return a BBC row as a cleaned Article (as the app reads a pasted text)."""
    from briefing.core.ingest.text import article_from_text

    article = article_from_text(row["title"] + "\n\n" + row["text"], row["id"])
    article.source = row["id"]
    return article


def _jaccard(a: str, b: str) -> float:
    from briefing.core.multi.figures import words

    wa, wb = set(words(a)), set(words(b))
    return len(wa & wb) / max(len(wa | wb), 1)


def score_cluster(sources, summary) -> dict:
    """Return the cluster's counts (see the module docstring)."""
    from briefing.core.multi.similarity import NEAR_DUPLICATE, sentence_vectors
    from briefing.core.multi.sources import join

    joined = join(sources)
    texts = [s.text for s in joined.article.sentences]
    points = summary.points
    by_letter = {s.letter: k for k, s in enumerate(sources)}
    # Each point is a joined sentence (its wording's source and index): the same vectors the selection used.
    rows = [joined.starts[by_letter[p.source]] + p.source_index for p in points]
    x = sentence_vectors(texts, joined.article.language)
    sim = (x[rows] @ x.T).toarray()
    dup_cos = dup_jac = 0
    for i in range(len(points)):
        for j in range(i):
            dup_cos += sim[i, rows[j]] >= NEAR_DUPLICATE
            dup_jac += _jaccard(points[i].text, points[j].text) >= JACCARD_DUPLICATE
    unsupported = citations = 0
    cited = set()
    for i, p in enumerate(points):
        for c in p.citations:
            citations += 1
            cited.add(c.source)
            start = joined.starts[by_letter[c.source]]
            g = start + c.index
            text = sources[by_letter[c.source]].article.sentences[c.index].text
            ok = text == p.text or sim[i, g] >= NEAR_DUPLICATE or _jaccard(text, p.text) >= JACCARD_SUPPORT
            unsupported += not ok
        cited |= {v.source for v in p.variants}
    return {"points": len(points), "dup_cos": int(dup_cos), "dup_jaccard": int(dup_jac), "citations": citations,
            "unsupported": unsupported, "cited_share": len(cited) / len(sources),
            "merged": sum(len({c.source for c in p.citations}) >= 2 for p in points),
            "disputed": sum(bool(p.variants) for p in points)}


def run_quality(rows, clusters, algorithms, n_points) -> None:
    from briefing.core.brief.pipeline import analyse_sources
    from briefing.core.model import SummaryOptions
    from briefing.core.multi.sources import lettered

    sizes = [len(c) for c in clusters]
    print(f"{len(clusters)} clusters of {min(sizes)}-{max(sizes)} articles (mean {sum(sizes) / len(sizes):.1f}), "
          f"{n_points} key points + bottom line each")
    print(f"{'algorithm':10s} {'dup cos':>8s} {'dup jac':>8s} {'unsupp.':>8s} {'citations':>9s} {'cited':>7s} "
          f"{'merged':>7s} {'disputed':>8s} {'s/cluster':>9s}")
    for name in algorithms:
        total = {"dup_cos": 0, "dup_jaccard": 0, "unsupported": 0, "citations": 0, "merged": 0, "disputed": 0}
        share = 0.0
        copies = exact = unrelated = n_sources = 0
        t0 = time.perf_counter()
        for members in clusters:
            sources = lettered([article_of(rows[i]) for i in members])
            analysis = analyse_sources(sources, SummaryOptions(algorithm=name, sentences=n_points))
            s = score_cluster(sources, analysis.summary)
            for k in total:
                total[k] += s[k]
            share += s["cited_share"]
            bodies = [rows[i]["text"] for i in members]
            exact += sum(b in bodies[:k] for k, b in enumerate(bodies))
            copies += sum(n.startswith("repeats") for n in analysis.notes.values())
            unrelated += sum(not n.startswith("repeats") for n in analysis.notes.values())
            n_sources += len(members)
        dt = (time.perf_counter() - t0) / len(clusters)
        print(f"{name:10s} {total['dup_cos']:8d} {total['dup_jaccard']:8d} {total['unsupported']:8d} "
              f"{total['citations']:9d} {100 * share / len(clusters):6.1f}% {total['merged']:7d} "
              f"{total['disputed']:8d} {dt:9.2f}")
        # An article of another cluster added to a cluster should be called unrelated (the first 20 clusters,
        # each given the seed of the cluster 30 further on).
        caught = tried = 0
        for k, members in enumerate(clusters[:20]):
            stranger = clusters[(k + 30) % len(clusters)][0]
            sources = lettered([article_of(rows[i]) for i in [*members, stranger]])
            analysis = analyse_sources(sources, SummaryOptions(algorithm=name, sentences=n_points))
            tried += 1
            caught += sources[-1].letter in analysis.notes and not analysis.notes[sources[-1].letter].startswith(
                "repeats")
        print(f"{'':10s} copies noted {copies} (exact duplicate bodies {exact}); unrelated noted {unrelated} of "
              f"{n_sources} related sources (target 0); a stranger added to a cluster noted {caught} of {tried}")


def long_articles(rows, n: int = 20, words: int = 1000) -> list[str]:
    """Return ``n`` texts of about ``words`` words: business articles concatenated in file order."""
    business = [r for r in rows if r["id"].startswith("bbc-business")]
    texts, current, count = [], [], 0
    for r in business:
        current.append(r["title"] + "\n\n" + r["text"] if not current else r["text"])
        count += len(r["text"].split())
        if count >= words:
            texts.append("\n\n".join(current))
            current, count = [], 0
            if len(texts) == n:
                break
    return texts


def run_time(rows) -> None:
    import resource

    from briefing.core.brief.pipeline import analyse_files

    texts = long_articles(rows)
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for k, text in enumerate(texts):
            p = Path(folder) / f"article{k:02d}.txt"
            p.write_text(text, encoding="utf-8")
            paths.append(p)
        warm = []
        for k, r in enumerate(rows[-3:]):
            p = Path(folder) / f"warm{k}.txt"
            p.write_text(r["title"] + "\n\n" + r["text"], encoding="utf-8")
            warm.append(p)
        t0 = time.perf_counter()
        analyse_files(warm)
        warmup = time.perf_counter() - t0
        words = sum(len(t.split()) for t in texts)
        cpu0 = resource.getrusage(resource.RUSAGE_SELF)
        t0 = time.perf_counter()
        analysis = analyse_files(paths)
        wall = time.perf_counter() - t0
        cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    print(f"time: {len(texts)} articles, {words:,} words ({words // len(texts):,} per article), "
          f"{analysis.summary.total_sentences:,} sentences: {wall:.2f} s wall, {cpu:.2f} s CPU "
          f"(warm-up on 3 articles {warmup:.2f} s); {len(analysis.summary.points)} points, "
          f"{len({c.source for p in analysis.summary.points for c in p.citations})} sources cited; "
          f"target < 2 s: {'met' if wall < 2 else 'NOT met'}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clusters", type=int, default=60)
    parser.add_argument("--points", type=int, default=5)
    parser.add_argument("--algorithms", default="briefrank")
    parser.add_argument("--no-time", action="store_true")
    parser.add_argument("--distinct", action="store_true",
                        help="leave exact duplicate bodies out (clusters of different articles on one story only)")
    args = parser.parse_args(argv)
    if not EVAL.is_dir():
        print(f"multi_article: {EVAL} is absent; skipping.")
        return 0
    from briefing.core.summarize.algorithms import algorithm_names

    rows = load_rows()
    if args.distinct:
        seen: set[str] = set()
        rows = [r for r in rows if not (r["text"] in seen or seen.add(r["text"]))]
    names = algorithm_names() if args.algorithms == "all" else args.algorithms.split(",")
    clusters = build_clusters(rows, args.clusters)
    run_quality(rows, clusters, names, args.points)
    if not args.no_time:
        run_time(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The actor development gold in benchmarks/data: annotations only, in the actors-gold.md format."""

import importlib.util
import json
from pathlib import Path

import pytest

from tests.conftest import ROOT, SHARED_EVAL

DATA = ROOT / "benchmarks" / "data"
FILES = ("actors-dev.jsonl", "actors-heldout.jsonl", "actors-heldout2.jsonl", "actors-heldout3.jsonl")
#: Minimum number of lines per file (the second held-out part has 15 pages from other newsrooms; the third
#: the kept XL-Sum English articles and BBC News Summary articles).
MIN_LINES = {"actors-dev.jsonl": 20, "actors-heldout.jsonl": 20, "actors-heldout2.jsonl": 15,
             "actors-heldout3.jsonl": 10}
DATASETS = {"news-summaries": "news-summaries.jsonl", "cnndm-dev": "cnndm-dev.jsonl",
            "html-dev": "html-dev/ground-truth.jsonl", "xlsum-en": "multilingual/xlsum-en.jsonl"}
#: The datasets each file may draw on (the third held-out part: XL-Sum English and BBC News Summary only).
FILE_DATASETS = {"actors-heldout3.jsonl": {"xlsum-en", "news-summaries"}}
#: Names built from forms the text uses (as Sandra Howard in actors-gold.md), not verbatim.
BUILT_NAMES = {"Heidi Cruz", "Office for National Statistics", "Claire Creag", "John Robertson",
               "Gareth Thomas", "Elvis Presley", "Zinedine Zidane", "Gethin Jenkins"}


def records(name: str) -> list[dict]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@pytest.mark.parametrize("name", FILES)
def test_gold_lines_hold_annotations_only_in_the_documented_format(name):
    lines = records(name)
    assert len(lines) >= MIN_LINES[name]
    for rec in lines:
        assert set(rec) == {"id", "dataset", "actors"}, rec["id"]  # never the article text
        assert rec["dataset"] in FILE_DATASETS.get(name, DATASETS)
        prefix = {"xlsum-en": "xlsum-en-", "news-summaries": "bbc-"}.get(rec["dataset"])
        assert prefix is None or rec["id"].startswith(prefix), rec["id"]
        flags = [a["key"] for a in rec["actors"]]
        assert flags == sorted(flags, reverse=True), f"{rec['id']}: key actors must come first"
        assert 2 <= sum(flags) <= 8, rec["id"]
        seen = set()
        for a in rec["actors"]:
            assert set(a) == {"name", "type", "aliases", "role", "key"}, (rec["id"], a)
            assert a["type"] in ("PER", "ORG", "LOC"), (rec["id"], a)
            for form in (a["name"], *a["aliases"]):
                assert form.lower() not in seen, f"{rec['id']}: {form!r} names two actors"
                seen.add(form.lower())


def test_tune_and_heldout_parts_do_not_overlap_each_other_or_the_original_gold():
    seen: set[str] = set()
    for name in FILES:
        ids = [r["id"] for r in records(name)]
        assert len(ids) == len(set(ids)), f"{name}: an id appears twice"
        assert not seen & set(ids), f"{name}: ids already in another file: {sorted(seen & set(ids))}"
        seen |= set(ids)
    original = SHARED_EVAL / "actors-gold.jsonl"
    if original.exists():
        assert not seen & {json.loads(line)["id"] for line in original.open(encoding="utf-8")}


@pytest.mark.parametrize("name", ("actors-heldout2.jsonl", "actors-dev.jsonl"))
def test_web_pages_are_only_english_news_pages_of_html_dev(name):
    lines = records(name)
    if name == "actors-heldout2.jsonl":
        assert {r["dataset"] for r in lines} == {"html-dev"}
    else:  # the tune part's fifth round: html-dev pages, kept out of the tune/held-out shuffle
        web = [r for r in lines if r["dataset"] == "html-dev"]
        assert web, "the tune part holds html-dev pages (fifth round)"
        lines = web
        spec = importlib.util.spec_from_file_location("select_actors_dev", DATA / "select_actors_dev.py")
        select = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(select)
        assert {r["id"] for r in web} <= select.ADDED_TO_TUNE
    truth = SHARED_EVAL / "html-dev" / "ground-truth.jsonl"
    if truth.exists():
        pages = {p["id"]: p for p in map(json.loads, truth.open(encoding="utf-8"))}
        for rec in lines:
            page = pages[rec["id"]]
            assert page["kind"] == "news", rec["id"]
            assert page["lang"] is None or page["lang"].startswith("en"), rec["id"]


@pytest.mark.skipif(not SHARED_EVAL.is_dir(), reason="shared/eval (evaluation texts) not present")
def test_every_name_and_alias_occurs_in_its_article():
    texts: dict[str, str] = {}
    for dataset in DATASETS.values():
        with (SHARED_EVAL / dataset).open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                body = rec["body"] if "body" in rec else rec["text"]
                texts[rec["id"]] = (rec.get("title") or "") + "\n" + body
    for name in FILES:
        for rec in records(name):
            text = texts[rec["id"]]
            for a in rec["actors"]:
                for form in (a["name"], *a["aliases"]):
                    if form not in BUILT_NAMES:
                        assert form in text, f"{rec['id']}: {form!r} not in the text"


def _module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_third_held_out_part_is_scored_by_actors_quality_but_never_printed_per_article():
    bench = _module(ROOT / "benchmarks" / "actors_quality.py", "actors_quality")
    assert dict(bench.PARTS)["held-out-3"] == DATA / "actors-heldout3.jsonl"
    assert "held-out-3" in bench.HELD_OUT
    assert bench.DATASETS["xlsum-en"] == DATASETS["xlsum-en"]


def test_the_third_held_out_part_is_never_a_tune_candidate_and_never_fitted_on():
    select = _module(DATA / "select_actors_dev.py", "select_actors_dev")
    ids = {r["id"] for r in records("actors-heldout3.jsonl")}
    assert select.held_out_3() == ids
    assert not ids & select.ADDED_TO_TUNE
    fit = _module(ROOT / "tools" / "fit_salience.py", "fit_salience")
    with pytest.raises(SystemExit, match="held-out-3"):
        fit.load(["held-out-3"])


@pytest.mark.skipif(not (SHARED_EVAL / "multilingual" / "xlsum-en.jsonl").exists(),
                    reason="shared/eval/multilingual (XL-Sum texts) not present")
def test_the_third_held_out_part_loads_with_its_texts_joined_by_id():
    """Every line resolves to its text (title first); the extractor is not run on this part here."""
    bench = _module(ROOT / "benchmarks" / "actors_quality.py", "actors_quality")
    loaded = bench.gold_articles(DATA / "actors-heldout3.jsonl")
    assert [g["id"] for g, _ in loaded] == [r["id"] for r in records("actors-heldout3.jsonl")]
    xlsum = {r["id"]: r for r in map(json.loads, (SHARED_EVAL / DATASETS["xlsum-en"]).open(encoding="utf-8"))}
    for gold, article in loaded:
        assert article.source == "BBC"
        assert article.paragraphs and all(article.paragraphs)
        if gold["dataset"] == "xlsum-en":
            assert article.title == xlsum[gold["id"]]["title"]

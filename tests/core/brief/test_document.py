"""Briefing documents: save/load round trip, bad files, edit operations, merging actors."""

from __future__ import annotations

import json
import os

import pytest

from briefing.core.brief.document import (FORMAT_VERSION, BriefingDocument, apply_summary, is_briefing_file,
                                    load_document, machine_points, merge_actors, new_document, point_for_sentence,
                                    point_from_sentence, point_position, save_document, set_point_text)
from briefing.core.errors import ExportError, LoadError
from briefing.core.model import Actor, Summary, SummaryOptions, SummarySentence

from tests.core.builders import ARTICLE_PARAGRAPHS, make_article


def _doc() -> BriefingDocument:
    article = make_article(ARTICLE_PARAGRAPHS, title="Council approves transport plan")
    summary = Summary("lexrank", [SummarySentence(0, 0, article.paragraphs[0][0], 0.9),
                                  SummarySentence(2, 1, article.paragraphs[1][0], 0.5)],
                      total_sentences=article.sentence_count, scores=[0.9, 0.1, 0.5, 0.2, 0.3, 0.1],
                      options=SummaryOptions(sentences=2))
    actors = [Actor("Jane Smith", "PER", ["Smith"], "Mayor", 1, [2], 3.0), Actor("Council", "ORG", [], "", 2, [0, 4], 2.0)]
    return new_document(article, summary, actors)


def test_new_document_is_the_machine_briefing():
    """A new document's bottom line is the best sentence; the points are the rest of the summary and the next-best
    sentence (4, score 0.3) in its place; each actor knows the paragraph of its first mention."""
    doc = _doc()
    assert [p.source_index for p in doc.briefing.key_points] == [2, 4]
    assert doc.briefing.bottom_line == doc.article.paragraphs[0][0]
    assert doc.briefing.bottom_line not in [p.text for p in doc.briefing.key_points]
    assert [a.paragraph for a in doc.briefing.actors] == [1, 0]
    assert doc.briefing.title == "Council approves transport plan"


def test_save_and_load_round_trip(tmp_path):
    """A saved document reopens equal, edits and all."""
    doc = _doc()
    set_point_text(doc.briefing.key_points[0], "A shorter point.", doc.article)
    doc.briefing.banner = "TLP:AMBER"
    doc.briefing.actors.pop(1)
    path = tmp_path / "x.briefing"
    save_document(doc, path)
    again = load_document(path)
    assert again.to_dict() == doc.to_dict()
    assert again.briefing.key_points[0].edited
    assert is_briefing_file(path)
    assert not [p for p in tmp_path.iterdir() if p.name != "x.briefing"]  # no temporary file left


def test_save_to_unwritable_place_raises_export_error(tmp_path):
    """Saving into a missing folder raises ExportError and leaves nothing behind."""
    with pytest.raises(ExportError, match="cannot save"):
        save_document(_doc(), tmp_path / "missing" / "x.briefing")


def test_failed_save_keeps_the_old_file(tmp_path, monkeypatch):
    """When the final rename fails (disk full), the existing file is untouched and no temporary file is left."""
    path = tmp_path / "x.briefing"
    save_document(_doc(), path)
    before = path.read_bytes()

    def disk_full(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(ExportError, match="cannot save the briefing there .No space left on device"):
        save_document(_doc(), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["x.briefing"]


@pytest.mark.parametrize("content, message", [
    (b"not json at all", "not valid JSON"),
    (b'{"hello": 1}', "is not a briefing file"),
    (b"[1, 2]", "is not a briefing file"),
    (json.dumps({"format": "briefing-document", "version": FORMAT_VERSION + 1}).encode(), "newer version"),
    (json.dumps({"format": "briefing-document", "version": "x"}).encode(), "no valid format version"),
    (json.dumps({"format": "briefing-document", "version": 1}).encode(), "damaged"),
    (b"\xff\xfe\x00garbage", "not valid JSON"),
])
def test_bad_briefing_files_raise_load_error(tmp_path, content, message):
    """Bad JSON, other JSON, a newer version or missing parts give a one-line LoadError."""
    path = tmp_path / "bad.briefing"
    path.write_bytes(content)
    with pytest.raises(LoadError, match=message):
        load_document(path)


def test_missing_briefing_file_raises_load_error(tmp_path):
    """A missing file is a LoadError, not an OSError."""
    with pytest.raises(LoadError, match="no such file"):
        load_document(tmp_path / "nope.briefing")


def test_points_from_sentences_go_in_article_order():
    """A sentence added from the source goes before the first later source sentence."""
    doc = _doc()
    points = doc.briefing.key_points  # sentences 2 and 4
    assert point_position(points, 1) == 0
    assert point_position(points, 3) == 1
    assert point_position(points, 5) == 2
    points.insert(1, point_from_sentence(doc.article, 3))
    assert point_for_sentence(points, 3) == 1
    assert point_for_sentence(points, 1) is None


def test_point_edited_only_when_text_differs():
    """Editing a point marks it edited; typing the source text back clears the mark."""
    doc = _doc()
    point = doc.briefing.key_points[0]
    set_point_text(point, "Changed.", doc.article)
    assert point.edited
    set_point_text(point, doc.article.sentences[point.source_index].text, doc.article)
    assert not point.edited


def test_merge_actors_unions_names_mentions_and_sentences():
    """Merging keeps the first name and type, adds the second's names as aliases, sums mentions."""
    a = Actor("Jane Smith", "PER", ["Smith"], "", 2, [1, 3], 3.0)
    b = Actor("Mayor Smith", "PER", ["Smith", "the mayor"], "Mayor", 1, [3, 5], 4.0)
    m = merge_actors(a, b)
    assert (m.name, m.type, m.role, m.mentions) == ("Jane Smith", "PER", "Mayor", 3)
    assert m.aliases == ["Smith", "Mayor Smith", "the mayor"]
    assert m.sentences == [1, 3, 5]
    assert m.salience == 4.0


def test_apply_summary_replaces_points_and_keeps_user_fields():
    """A new summary replaces the points; an edited bottom line and the actors stay."""
    doc = _doc()
    doc.briefing.bottom_line = "My own bottom line."
    doc.briefing.actors.pop()
    new = Summary("luhn", [SummarySentence(4, 2, doc.article.paragraphs[2][0], 0.7)], doc.article.sentence_count)
    apply_summary(doc, new, SummaryOptions(algorithm="luhn", sentences=1))
    assert [p.source_index for p in doc.briefing.key_points] == [4]
    assert doc.briefing.bottom_line == "My own bottom line."
    assert len(doc.briefing.actors) == 1
    assert doc.options.algorithm == "luhn"
    assert [p.source_index for p in machine_points(doc)] == [4]


def test_apply_summary_keeps_edited_written_and_pinned_points():
    """A new summary replaces only machine points: edited, written and pinned points stay, counted by kind."""
    from briefing.core.model import KeyPoint

    doc = _doc()  # points from sentences 2 and 4 (sentence 0 is the bottom line)
    set_point_text(doc.briefing.key_points[0], "Council backs the plan.", doc.article)
    pinned = point_from_sentence(doc.article, 3)
    pinned.pinned = True
    doc.briefing.key_points.insert(1, KeyPoint(text="My own point.", edited=True))
    doc.briefing.key_points.append(pinned)
    new = Summary("luhn", [SummarySentence(3, 1, doc.article.sentences[3].text, 0.7),
                           SummarySentence(4, 2, doc.article.sentences[4].text, 0.6)], doc.article.sentence_count)
    kept = apply_summary(doc, new, SummaryOptions(algorithm="luhn", sentences=2))
    points = doc.briefing.key_points
    assert [(p.source_index, p.text) for p in points] == [
        (2, "Council backs the plan."), (None, "My own point."), (3, doc.article.sentences[3].text),
        (4, doc.article.sentences[4].text)]
    assert doc.briefing.bottom_line == doc.article.sentences[3].text  # the new best; kept above as a pinned point
    assert points[2].pinned  # the analyst's copy of sentence 3, not the machine's
    assert (kept.edited, kept.added, kept.pinned, kept.total) == (1, 1, 1, 3)


def _longer(doc, n: int = 3) -> Summary:
    """Return a summary of ``n`` sentences of ``doc``'s article with other sentences than its first summary."""
    chosen = [0, 2, 4, 1][:n]
    return Summary("textrank", [SummarySentence(i, doc.article.sentences[i].paragraph, doc.article.sentences[i].text,
                                                1.0 - i / 10) for i in sorted(chosen)],
                   total_sentences=doc.article.sentence_count, scores=[0.9, 0.4, 0.5, 0.2, 0.3, 0.1],
                   options=SummaryOptions(sentences=n))


def test_a_deleted_point_stays_out_of_a_new_summary_until_restored():
    """A point the analyst deleted is remembered; a new summary (other algorithm, length) leaves it out and says
    how many it left out; restoring brings it back in article order and forgets the removal."""
    from briefing.core.brief.document import remove_point, restore_removed

    doc = _doc()
    assert [p.source_index for p in doc.briefing.key_points] == [2, 4]
    remove_point(doc, 1)
    assert [(r.source, r.index) for r in doc.briefing.removed] == [(None, 4)]
    assert doc.briefing.removed[0].text == doc.article.sentences[4].text
    kept = apply_summary(doc, _longer(doc, 4), SummaryOptions(algorithm="textrank", sentences=4))
    # 0 is the bottom line (3, the next best, takes its place); 4 was removed
    assert [p.source_index for p in doc.briefing.key_points] == [1, 2, 3]
    assert kept.withheld == 1 and kept.total == 0
    assert restore_removed(doc) == 1
    assert [p.source_index for p in doc.briefing.key_points] == [1, 2, 3, 4]
    assert doc.briefing.removed == []
    kept = apply_summary(doc, _longer(doc, 4), SummaryOptions(algorithm="textrank", sentences=4))
    assert kept.withheld == 0 and [p.source_index for p in doc.briefing.key_points] == [1, 2, 3, 4]


def test_a_removed_sentence_survives_save_and_load_and_adding_it_forgets_the_removal(tmp_path):
    """The removals are saved in the file; an analyst who adds the sentence again gets it back for good."""
    from briefing.core.brief.document import forget_removal, remove_point

    doc = _doc()
    remove_point(doc, 1)
    save_document(doc, tmp_path / "r.briefing")
    again = load_document(tmp_path / "r.briefing")
    assert [(r.source, r.index) for r in again.briefing.removed] == [(None, 4)]
    again.briefing.key_points.append(point_from_sentence(again.article, 4))
    forget_removal(again, 4)
    assert again.briefing.removed == []
    kept = apply_summary(again, _longer(again, 4), again.options)
    assert kept.withheld == 0 and 4 in [p.source_index for p in again.briefing.key_points]


def test_a_written_point_deleted_leaves_no_removal():
    """Deleting a point the analyst wrote records nothing (no article sentence to keep out)."""
    from briefing.core.brief.document import remove_point
    from briefing.core.model import KeyPoint

    doc = _doc()
    doc.briefing.key_points.append(KeyPoint(text="Mine.", edited=True))
    remove_point(doc, 2)
    assert doc.briefing.removed == []

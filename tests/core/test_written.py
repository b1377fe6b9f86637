"""The record of written files: an export or save replaces a file without asking only while it is exactly as
briefing wrote it (or opened it), in every format; an edited file, or one the record does not know, is forceable."""

from __future__ import annotations

import json

import pytest

from briefing.core import written
from briefing.core.atomic import UnsafeTarget
from briefing.core.brief.document import load_document, save_document
from briefing.core.brief.pipeline import export_brief

from tests.core.brief.test_document import _doc

FORMATS = ["pdf", "docx", "html", "md", "txt"]


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """The user's data folder (and so the record) in this test's folder."""
    folder = tmp_path / "data"
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(folder))
    return folder


def _refused(briefing, out, fmt) -> UnsafeTarget:
    before = out.read_bytes()
    with pytest.raises(UnsafeTarget) as info:
        export_brief(briefing, out, fmt)
    assert info.value.forceable
    assert out.read_bytes() == before  # untouched
    return info.value


def _append(path, text: bytes = b"\n\nMy notes: call the source back.\n") -> None:
    with open(path, "ab") as fh:
        fh.write(text)


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_unchanged_brief_is_replaced_and_an_edited_one_is_refused(data_dir, tmp_path, fmt):
    """Export, export again: replaced. Append notes: refused (forceable), the notes kept; force replaces it."""
    briefing = _doc().briefing
    out = tmp_path / f"notes.{fmt}"
    export_brief(briefing, out, fmt)
    export_brief(briefing, out, fmt)  # exactly as briefing wrote it: no question
    _append(out)
    edited = out.read_bytes()
    error = _refused(briefing, out, fmt)
    assert "has changed since briefing wrote it" in str(error) and out.read_bytes() == edited
    export_brief(briefing, out, fmt, force=True)
    assert out.read_bytes() != edited
    export_brief(briefing, out, fmt)  # briefing's own file again


def test_a_same_size_edit_is_refused_too(data_dir, tmp_path):
    """Changing one character (the size stays) is caught by the SHA-256, not just the size."""
    briefing = _doc().briefing
    out = tmp_path / "notes.md"
    export_brief(briefing, out, "md")
    data = bytearray(out.read_bytes())
    data[-2] = ord("X") if data[-2] != ord("X") else ord("Y")
    out.write_bytes(bytes(data))
    _refused(briefing, out, "md")


def test_a_missing_or_damaged_record_means_not_known(data_dir, tmp_path):
    """With the record deleted, truncated, not JSON, of another shape, or with a bad entry, an unchanged brief
    is refused (the user is asked); the next write starts a good record again."""
    briefing = _doc().briefing
    out = tmp_path / "brief.html"
    export_brief(briefing, out, "html")
    record = data_dir / written.REGISTRY_NAME
    good = record.read_bytes()
    entry_key = next(iter(json.loads(good)["files"]))
    damaged = [None, good[:len(good) // 2], b"\xff\xfe not json", b"[]",
               json.dumps({"format": "briefing-written-files", "version": 1, "files": []}).encode(),
               json.dumps({"format": "briefing-written-files", "version": 1,
                           "files": {entry_key: [1, "not a sha"]}}).encode(),
               json.dumps({"format": "briefing-written-files", "version": 99,
                           "files": json.loads(good)["files"]}).encode(),
               b" " * (written.MAX_REGISTRY_BYTES + 1)]
    for content in damaged:
        if content is None:
            record.unlink()
        else:
            record.write_bytes(content)
        error = _refused(briefing, out, "html")
        assert "briefing did not write it" in str(error)
        export_brief(briefing, out, "html", force=True)  # the user agreed
        export_brief(briefing, out, "html")  # and the record knows the file again
    assert not [p.name for p in data_dir.iterdir() if p.name.endswith(".tmp")]  # written atomically


def test_a_file_briefing_never_wrote_is_refused_even_with_the_creator_mark(data_dir, tmp_path):
    """The "briefing <version>" footer no longer makes a file replaceable: a copy from elsewhere is asked about."""
    briefing = _doc().briefing
    mine = tmp_path / "mine.md"
    export_brief(briefing, mine, "md")
    copy = tmp_path / "copy.md"
    copy.write_bytes(mine.read_bytes())
    assert b"briefing " in copy.read_bytes()
    _refused(briefing, copy, "md")


def test_a_docx_resaved_by_another_program_is_refused(data_dir, tmp_path):
    """A DOCX opened and saved again by python-docx (a stand-in for Word), even with no edit, is not replaced."""
    import docx

    briefing = _doc().briefing
    out = tmp_path / "brief.docx"
    export_brief(briefing, out, "docx")
    docx.Document(str(out)).save(str(out))
    _refused(briefing, out, "docx")
    document = docx.Document(str(out))
    document.add_paragraph("Analyst: confirm the figures with the ministry.")
    document.save(str(out))
    _refused(briefing, out, "docx")
    assert "confirm the figures" in "\n".join(p.text for p in docx.Document(str(out)).paragraphs)


def test_the_record_is_bounded_newest_kept(tmp_path, monkeypatch):
    """Past MAX_ENTRIES paths the oldest are forgotten (asked about again); the newest stay known."""
    monkeypatch.setattr(written, "MAX_ENTRIES", 3)
    record = tmp_path / "record.json"
    files = []
    for k in range(5):
        path = tmp_path / f"f{k}.txt"
        path.write_bytes(b"text %d" % k)
        assert written.remember(path, path.read_bytes(), registry=record)
        files.append(path)
    assert [written.is_unchanged(p, registry=record) for p in files] == [False, False, True, True, True]
    assert len(json.loads(record.read_text(encoding="utf-8"))["files"]) == 3
    written.remember(files[2], files[2].read_bytes(), registry=record)  # written again: newest now
    files[0].write_bytes(b"text 0")
    written.remember(files[0], b"text 0", registry=record)
    assert [written.is_unchanged(p, registry=record) for p in files] == [True, False, True, False, True]


def test_the_record_knows_a_file_by_any_name_of_its_folder(tmp_path):
    """A folder reached through a link is the same folder: the file is known under either name."""
    record = tmp_path / "record.json"
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "alias").symlink_to(real)
    (real / "b.txt").write_bytes(b"brief")
    written.remember(tmp_path / "alias" / "b.txt", b"brief", registry=record)
    assert written.is_unchanged(real / "b.txt", registry=record)
    assert not written.is_unchanged(real / "other.txt", registry=record)


def test_an_unwritable_record_is_not_an_error(tmp_path):
    """When the record cannot be written the export still succeeds; the file is then simply not known."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    assert written.remember(tmp_path / "a.txt", b"a", registry=blocker / "record.json") is False
    assert written.is_unchanged(tmp_path / "a.txt", registry=blocker / "record.json") is False


def test_a_hand_edited_briefing_file_is_not_saved_over(data_dir, tmp_path):
    """Save over a briefing file edited by hand since briefing saved it is refused (forceable); opening it
    records what was opened, so saving the opened document back needs no question."""
    doc = _doc()
    path = tmp_path / "a.briefing"
    save_document(doc, path)
    save_document(doc, path)  # as briefing saved it
    data = json.loads(path.read_text(encoding="utf-8"))
    data["briefing"]["title"] = "Title typed in a text editor"
    path.write_text(json.dumps(data), encoding="utf-8")
    edited = path.read_bytes()
    with pytest.raises(UnsafeTarget, match="has changed since briefing saved or opened it") as info:
        save_document(doc, path)
    assert info.value.forceable and path.read_bytes() == edited
    opened = load_document(path)
    assert opened.briefing.title == "Title typed in a text editor"
    save_document(opened, path)  # the opened file, unchanged since: saved without asking
    assert load_document(path).briefing.title == "Title typed in a text editor"


def test_a_briefing_file_that_fails_to_open_is_not_recorded(data_dir, tmp_path):
    """A hand-edited briefing file with a broken field is not opened, and so not made replaceable."""
    from briefing.core.errors import LoadError

    path = tmp_path / "b.briefing"
    save_document(_doc(), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["briefing"]["key_points"] = "oops"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(LoadError):
        load_document(path)
    with pytest.raises(UnsafeTarget):
        save_document(_doc(), path)

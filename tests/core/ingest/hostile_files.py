"""Builders for hostile DOCX and PDF files (issue 12): each mimics a file found by fuzzing."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from tests.core.builders import write_docx, write_pdf


def rewrite_docx(source: Path, target: Path, edit) -> Path:
    """Copy the DOCX ``source`` to ``target``, passing each member's bytes through ``edit(name, data)``."""
    out = io.BytesIO()
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, edit(info.filename, zin.read(info.filename)))
    target.write_bytes(out.getvalue())
    return target


def docx_bomb(tmp_path: Path, words: int = 946_000) -> Path:
    """A DOCX of about 40 KB whose document.xml inflates to 8.5 MB: one paragraph of ``words`` repeated words."""
    plain = write_docx(tmp_path / "plain.docx")
    body = ("<w:p><w:r><w:t>" + "analysts " * words + "</w:t></w:r></w:p>").encode()

    def edit(name: str, data: bytes) -> bytes:
        if name == "word/document.xml":
            start = data.index(b"<w:body>") + len(b"<w:body>")
            return data[:start] + body + data[start:]
        return data

    return rewrite_docx(plain, tmp_path / "bomb.docx", edit)


def docx_wrong_styles_type(tmp_path: Path) -> Path:
    """A DOCX whose [Content_Types].xml gives the styles part the generic type application/xml."""
    def edit(name: str, data: bytes) -> bytes:
        if name == "[Content_Types].xml":
            return data.replace(b"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
                                b"application/xml")
        return data

    return rewrite_docx(write_docx(tmp_path / "plain.docx"), tmp_path / "styles.docx", edit)


def docx_with_nul(tmp_path: Path) -> Path:
    """A DOCX whose document.xml holds a NUL character inside the text."""
    def edit(name: str, data: bytes) -> bytes:
        if name == "word/document.xml":
            return data.replace(b"approved", b"appr\x00oved", 1)
        return data

    return rewrite_docx(write_docx(tmp_path / "plain.docx"), tmp_path / "nul.docx", edit)


def pdf_with_surrogate_title(tmp_path: Path) -> Path:
    """A PDF whose /Title is UTF-16 holding a lone high surrogate (D800), written over a same-length title."""
    path = write_pdf(tmp_path / "plain.pdf", title="XXXXXXXX")
    data = path.read_bytes()
    assert data.count(b"(XXXXXXXX)") == 1
    target = tmp_path / "surrogate.pdf"
    target.write_bytes(data.replace(b"(XXXXXXXX)", b"<FEFFD800>"))
    return target

"""What a file is, from its first bytes (and, for a ZIP package, its member names), whatever its name says.

Analysts bring files with the wrong suffix (a PDF mailed as ``.docx``, a web
page saved as ``.txt``) and files the app does not read (an Outlook message,
an old ``.doc``, an OpenDocument text, an image). :func:`sniff_head` (then
:func:`sniff_zip` or :func:`sniff_ole2`) names the format from the content, so the right reader runs, or the one-line message
says what the file is and what to do with it. Only fixed byte signatures are
compared: no regex, nothing inflated.
"""

from __future__ import annotations

import io
import zipfile

#: How many leading bytes :func:`sniff_head` reads.
HEAD_BYTES = 1024
#: Suffixes of the Word documents briefing reads (a damaged ZIP so named goes to the DOCX reader, which names the damage).
DOCX_SUFFIXES = frozenset({".docx", ".docm"})

OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: The stream name an Office file encrypted with a password keeps its package in (a CFB directory entry, UTF-16).
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")

#: What to do with a picture.
_PICTURE = "open the article's text, or a PDF with a text layer"
#: Save-as advice for a document the app cannot read.
_SAVE_AS = "open it in its application and save it as PDF or DOCX (or copy the article's text into a .txt file)"
_UNPACK = "unpack it first and open the article inside"
_COPY_TEXT = "copy the article's text into a .txt file"

#: Signatures of formats that are never articles: (leading bytes, what the file is, what to do).
_BINARY_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image", _PICTURE),
    (b"\xff\xd8\xff", "a JPEG image", _PICTURE),
    (b"GIF87a", "a GIF image", _PICTURE),
    (b"GIF89a", "a GIF image", _PICTURE),
    (b"II*\x00", "a TIFF image (a scan?)", "run it through OCR and save it as PDF with a text layer"),
    (b"MM\x00*", "a TIFF image (a scan?)", "run it through OCR and save it as PDF with a text layer"),
    (b"{\\rtf", "an RTF document", _SAVE_AS),
    (b"\x1f\x8b", "a gzip-compressed file", _UNPACK),
    (b"\xfd7zXZ\x00", "an xz-compressed file", _UNPACK),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", _UNPACK),
    (b"Rar!\x1a\x07", "a RAR archive", _UNPACK),
)

#: ZIP-based formats told apart by their ``mimetype`` member (OpenDocument, EPUB).
_ZIP_MIMETYPES = {
    "application/vnd.oasis.opendocument.text": "an OpenDocument text (.odt)",
    "application/vnd.oasis.opendocument.spreadsheet": "an OpenDocument spreadsheet (.ods)",
    "application/vnd.oasis.opendocument.presentation": "an OpenDocument presentation (.odp)",
    "application/epub+zip": "an EPUB e-book",
}

#: Suffixes of formats the app does not read, for a file whose content names no format (a CSV is text, but a
#: table, not an article); a text file with any other suffix is read as text.
SUFFIX_HINTS = {
    ".msg": ("an Outlook message", "open it in Outlook and save the article as PDF, or copy its text into a .txt file"),
    ".doc": ("an old Word document (.doc)", "open it in Word or LibreOffice and save it as .docx or PDF"),
    ".rtf": ("an RTF document", _SAVE_AS),
    ".odt": ("an OpenDocument text (.odt)", _SAVE_AS),
    ".epub": ("an EPUB e-book", "copy the article's text into a .txt file, or print the chapter to PDF"),
    ".pages": ("a Pages document", _SAVE_AS),
    ".xls": ("a spreadsheet", _COPY_TEXT),
    ".xlsx": ("a spreadsheet", _COPY_TEXT),
    ".ods": ("a spreadsheet", _COPY_TEXT),
    ".csv": ("a table of values (CSV)", _COPY_TEXT),
    ".ppt": ("a presentation", _SAVE_AS),
    ".pptx": ("a presentation", _SAVE_AS),
    ".png": ("an image", _PICTURE),
    ".jpg": ("an image", _PICTURE),
    ".jpeg": ("an image", _PICTURE),
    ".zip": ("a ZIP archive", _UNPACK),
}


class Sniffed:
    """What the sniffing found: ``kind`` is ``"pdf"``, ``"docx"``, ``"zip"`` or ``"ole2"`` (told apart once the
    whole file is read) or ``"refused"``; for ``"refused"``, ``what`` and ``advice`` make the message."""

    __slots__ = ("kind", "what", "advice")

    def __init__(self, kind: str, what: str = "", advice: str = "") -> None:
        self.kind, self.what, self.advice = kind, what, advice

    def message(self, name: str) -> str:
        """The one-line refusal: "report.doc: is an old Word document (.doc), which briefing does not read; ..."."""
        return f"{name}: is {self.what}, which briefing does not read; {self.advice}."


def sniff_head(head: bytes) -> Sniffed | None:
    """Return the format the leading bytes prove (PDF, ZIP package, OLE2 file, image, archive), or None.

    A ZIP package comes back as kind ``"zip"``: :func:`sniff_zip` tells DOCX from the rest once the file is read.
    An OLE2 file (old Office, Outlook message, password-protected Office file) comes back as ``"ole2"``.
    """
    if head.startswith(b"%PDF"):
        return Sniffed("pdf")
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return Sniffed("zip")
    if head.startswith(OLE2_SIGNATURE):
        return Sniffed("ole2")
    for signature, what, advice in _BINARY_SIGNATURES:
        if head.startswith(signature):
            return Sniffed("refused", what, advice)
    if head.startswith(b"BZh") and head[3:4].isdigit() and head[4:10] == b"1AY&SY":  # not a text opening "BZh"
        return Sniffed("refused", "a bzip2-compressed file", _UNPACK)
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return Sniffed("refused", "a WebP image", _PICTURE)
    return None


#: Headers only a MIME message (a saved e-mail or web archive) opens with; a memo's "From:"/"Subject:" lines are
#: no sign of one.
_MIME_HEADERS = frozenset({"mime-version", "received", "return-path", "message-id", "delivered-to",
                           "dkim-signature", "snapshot-content-location", "x-mailer", "content-transfer-encoding"})
#: Bytes that are never in text: C0 controls other than tab, line feed, vertical tab, form feed, carriage return
#: and escape, and DEL.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27)) + b"\x7f"
#: Largest share of control bytes in a head read as text; the loader's text check (:mod:`.text`) uses the same.
MAX_CONTROL_SHARE = 0.01


def sniff_mime(head: bytes) -> bool:
    """True when ``head`` opens with an e-mail's or web archive's header block: every line up to the first blank
    one (or the end of the head) is a "Name: value" header or its continuation, and one of them is a header
    only MIME messages have (MIME-Version, Received, Message-ID, Snapshot-Content-Location, ...)."""
    lines = head.decode("latin-1").split("\n")
    if len(head) >= HEAD_BYTES:
        lines.pop()  # cut in the middle
    if lines and lines[0].startswith("From "):
        lines.pop(0)  # an mbox's separator line
    names: set[str] = set()
    for line in lines:
        line = line.rstrip("\r")
        if not line:
            break
        if line[0] in " \t":
            if not names:
                return False
            continue
        name, colon, _ = line.partition(":")
        if not colon or not name or any(not 33 <= ord(c) <= 126 for c in name):
            return False
        names.add(name.lower())
    return bool(names & _MIME_HEADERS)


def sniff_text(head: bytes) -> bool:
    """True when ``head`` looks like text in any common encoding (UTF-8, UTF-16, a single-byte code page): at
    most 1 % control bytes and no NUL, or UTF-16 (a byte-order mark, or every other byte NUL)."""
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in head:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        return len(head) >= 4 and ((odd > len(head) * 0.3 and even == 0) or (even > len(head) * 0.3 and odd == 0))
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls <= len(head) * MAX_CONTROL_SHARE


def sniff_suffix(suffix: str) -> Sniffed | None:
    """Return the refusal of a format the app does not read named by ``suffix`` (:data:`SUFFIX_HINTS`), or None."""
    if suffix not in SUFFIX_HINTS:
        return None
    what, advice = SUFFIX_HINTS[suffix]
    return Sniffed("refused", what, advice)


def sniff_ole2(data: bytes, suffix: str) -> Sniffed:
    """Name an OLE2 compound file: a password-protected Office document, an Outlook message or an old Office file."""
    # The directory entries sit in sectors anywhere in the file; a password-protected DOCX/XLSX is small
    # (its package encrypted inside), so the name is searched in the whole file (one bytes.find).
    if data.find(_ENCRYPTED_PACKAGE) >= 0:
        return Sniffed("refused", "an Office document protected with a password",
                       "open it, remove the password (or save an unprotected copy as .docx or PDF) and open that")
    if suffix in (".msg", ".doc", ".xls", ".ppt"):
        return sniff_suffix(suffix)
    return Sniffed("refused", "an old-format Office file (Word 97-2003 .doc, Outlook .msg or similar)",
                   "open it in its application and save it as .docx or PDF")


def sniff_zip(data: bytes, suffix: str = ".docx") -> Sniffed:
    """Name a ZIP package from its member names: a Word document (kind ``"docx"``), or a refused other format.

    Reads the central directory and at most the small ``mimetype`` member. A damaged ZIP named as a Word
    document (or with no suffix) is handed to the DOCX reader, whose check names the damage.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
            mimetype = ""
            if "mimetype" in names and package.getinfo("mimetype").file_size <= 200:
                mimetype = package.read("mimetype").decode("ascii", "replace").strip()
    except (zipfile.BadZipFile, ValueError, OSError, RuntimeError, NotImplementedError, EOFError):
        if suffix in DOCX_SUFFIXES or suffix == "":
            return Sniffed("docx")
        return Sniffed("refused", "a damaged ZIP archive", _UNPACK)
    if "word/document.xml" in names or ("[Content_Types].xml" in names
                                        and not any(n.startswith(("xl/", "ppt/")) for n in names)):
        return Sniffed("docx")
    if mimetype in _ZIP_MIMETYPES:
        what = _ZIP_MIMETYPES[mimetype]
        advice = SUFFIX_HINTS[".epub"][1] if "epub" in mimetype else _SAVE_AS
        if "spreadsheet" in mimetype:
            advice = SUFFIX_HINTS[".xlsx"][1]
        return Sniffed("refused", what, advice)
    if any(n.startswith("xl/") for n in names):
        return Sniffed("refused", "an Excel workbook", SUFFIX_HINTS[".xlsx"][1])
    if any(n.startswith("ppt/") for n in names):
        return Sniffed("refused", "a PowerPoint presentation", _SAVE_AS)
    return Sniffed("refused", "a ZIP archive", _UNPACK)

"""WordprocessingML for the input tour: DOCX files written part by part, as Word saves them.

python-docx makes the package (styles, content types); the main part is
replaced with XML written here, so a test can put in what python-docx has no
call for: tracked changes, comments, footnotes, text boxes, content controls,
fields, headers and footers, and relationships to outside targets.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def r(text: str, rpr: str = "") -> str:
    """A run of text (``rpr``: run properties XML such as ``<w:b/>``)."""
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def p(*content: str, style: str = "") -> str:
    """A paragraph of runs (or any inline XML); ``style`` a style id such as ``Title`` or ``Heading1``."""
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{''.join(c if c.startswith('<') else r(c) for c in content)}</w:p>"


def ins(text: str, n: int = 1) -> str:
    return f'<w:ins w:id="{n}" w:author="Ed" w:date="2025-01-01T00:00:00Z">{r(text)}</w:ins>'


def dele(text: str, n: int = 2) -> str:
    return (f'<w:del w:id="{n}" w:author="Ed" w:date="2025-01-01T00:00:00Z"><w:r><w:delText xml:space="preserve">'
            f'{escape(text)}</w:delText></w:r></w:del>')


def text_box(*paragraphs: str) -> str:
    """A floating text box anchored in a run, as Word 2010+ writes it (DrawingML choice and VML fallback)."""
    content = "".join(p(t) for t in paragraphs)
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" '
            'distL="114300" distR="114300" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" '
            'layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column">'
            '<wp:posOffset>3000000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph">'
            '<wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2000000" cy="1000000"/><wp:wrapSquare '
            'wrapText="bothSides"/><wp:docPr id="5" name="Text Box 5"/><a:graphic><a:graphicData '
            'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>'
            f'<w:txbxContent>{content}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData>'
            '</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="Text Box 5" '
            f'style="width:150pt;height:80pt"><v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox>'
            '</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def write_docx(path: Path, body: list[str], parts: dict[str, tuple[str, str, str]] | None = None,
               rels: list[str] | None = None, title: str | None = None, author: str | None = None,
               sect: str = "", extra_files: dict[str, str] | None = None) -> Path:
    """Write a DOCX whose body is ``body`` (paragraph or table XML) and return ``path``.

    ``parts`` maps a part name under ``word/`` to ``(relationship id, type suffix, xml)``: a header, footer,
    comments or footnotes part related from the main part. ``rels`` are more ``<Relationship>`` elements of
    the main part (external targets). ``sect`` goes inside the section properties (header references).
    ``extra_files`` are written into the package as they are (another part's relationships).
    """
    import docx

    d = docx.Document()
    if title is not None:
        d.core_properties.title = title
    if author is not None:
        d.core_properties.author = author
    buf = io.BytesIO()
    d.save(buf)
    parts = parts or {}
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>'
                f'{"".join(body)}<w:sectPr>{sect}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename).decode("utf-8") if item.filename.endswith((".xml", ".rels")) else None
            if item.filename == "word/document.xml":
                data = document
            elif item.filename == "[Content_Types].xml":
                kinds = {"header": "header+xml", "footer": "footer+xml", "comments": "comments+xml",
                         "footnotes": "footnotes+xml"}
                overrides = "".join(f'<Override PartName="/word/{name}" ContentType="{WML}{kinds[kind]}"/>'
                                    for name, (_, kind, _) in parts.items())
                data = data.replace("</Types>", overrides + "</Types>")
            elif item.filename == "word/_rels/document.xml.rels":
                more = "".join(f'<Relationship Id="{rid}" Type="{REL}{kind}" Target="{name}"/>'
                               for name, (rid, kind, _) in parts.items())
                data = data.replace("</Relationships>", more + "".join(rels or []) + "</Relationships>")
            dst.writestr(item, data if data is not None else src.read(item.filename))
        for name, (_, kind, xml) in parts.items():
            root = {"header": "w:hdr", "footer": "w:ftr", "comments": "w:comments", "footnotes": "w:footnotes"}[kind]
            dst.writestr(f"word/{name}", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                         f"<{root} {NS}>{xml}</{root}>")
        for name, data in (extra_files or {}).items():
            dst.writestr(name, data)
    path.write_bytes(out.getvalue())
    return path

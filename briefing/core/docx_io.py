"""python-docx, the only module that imports it: open a DOCX for reading, build one for writing.

The ingest side (:mod:`briefing.core.ingest.docx`) gets an opened document
from :func:`open_docx`; the export side (:mod:`briefing.core.export.docx`)
describes the brief to a :class:`DocxBuilder` in plain terms (paragraphs of
runs, links, a grid, shading, exact line spacing) and never touches the
library. python-docx is imported on first use.

python-docx has no call for an external hyperlink, paragraph shading or
borders, a document language, or "no table borders"; those are written as
WordprocessingML elements here (ECMA-376 part 1: ``w:hyperlink``, ``w:shd``,
``w:pBdr``, ``w:lang``, ``w:tblBorders``).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

#: Characters XML 1.0 cannot hold (lxml refuses them): C0 controls but tab and newline, lone surrogates, U+FFFE/F.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: Core properties (title, subject, ...) hold at most this many characters.
PROPERTY_LIMIT = 255


def xml_safe(text: str) -> str:
    """Return text without the characters an XML document cannot hold."""
    return _NOT_XML.sub("", text)


def _property(text: str) -> str:
    """Return text fit for a core property: XML-safe, at most 255 characters (cut with "…")."""
    text = " ".join(xml_safe(text).split())
    return text if len(text) <= PROPERTY_LIMIT else text[: PROPERTY_LIMIT - 1] + "…"


def read_errors() -> tuple[type[BaseException], ...]:
    """Return the exceptions python-docx raises for a file that is no readable DOCX package."""
    import zipfile

    from docx.opc.exceptions import PackageNotFoundError

    return (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError)


#: Main-part content types of the Word packages python-docx can read but ``docx.Document`` refuses by type:
#: a macro-enabled document (.docm) and the templates (.dotx, .dotm). Their text is read; macros never run.
_OTHER_WORD_MAIN_TYPES = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)


def open_docx(data: bytes) -> Any:
    """Return the python-docx ``Document`` of DOCX (or .docm, .dotx, .dotm) bytes.

    Raises what :func:`read_errors` names, or others. ``docx.Document`` refuses a
    macro-enabled document by its content type although the part is the same
    WordprocessingML; its three lines are repeated here with the other Word types
    mapped to python-docx's document part.
    """
    import docx  # noqa: F401  (registers python-docx's part classes)
    from docx.opc.part import PartFactory
    from docx.package import Package
    from docx.parts.document import DocumentPart

    for content_type in _OTHER_WORD_MAIN_TYPES:
        PartFactory.part_type_for.setdefault(content_type, DocumentPart)
    part = Package.open(io.BytesIO(data)).main_document_part
    if not isinstance(part, DocumentPart):
        raise ValueError(f"not a Word document: its main part is of type {part.content_type}")
    return part.document


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
#: Elements whose text Word's final view does not show in the paragraph: tracked deletions and the old place of
#: moved text, a text box's own paragraphs (a sidebar or pull quote floating beside the text, and its VML
#: copy in the fallback), a field's code (``INCLUDETEXT "..."``: its result is the text) and the properties.
_NOT_SHOWN = frozenset({_W + "del", _W + "moveFrom", _W + "txbxContent", _W + "instrText", _W + "delText",
                        _W + "pPr", _W + "rPr", _MC + "Fallback"})
_CHARACTERS = {_W + "tab": "\t", _W + "ptab": "\t", _W + "br": "\n", _W + "cr": "\n", _W + "noBreakHyphen": "-"}


def paragraph_text(paragraph: Any) -> str:
    """Return a python-docx paragraph's text as Word shows it with tracked changes accepted.

    ``Paragraph.text`` reads only the paragraph's own runs and links: text
    inserted with Track Changes on (``w:ins``, ``w:moveTo``), in an inline
    content control (``w:sdt``), a simple field's result (``w:fldSimple``) or a
    smart tag was left out. Here every ``w:t`` of the paragraph is read in
    order, except in what :data:`_NOT_SHOWN` names: deleted text stays out, as
    in Word's final view, and so do text boxes and field codes. One pass over
    the paragraph's elements (an explicit stack: no recursion on deep XML).
    """
    out: list[str] = []
    stack = [iter(paragraph._p)]
    while stack:
        element = next(stack[-1], None)
        if element is None:
            stack.pop()
            continue
        tag = element.tag
        if not isinstance(tag, str) or tag in _NOT_SHOWN:
            continue  # a comment or processing instruction, or text Word does not show here
        if tag == _W + "t":
            out.append(element.text or "")
        elif tag in _CHARACTERS:
            out.append(_CHARACTERS[tag])
        elif len(element):
            stack.append(iter(element))
    return "".join(out)


def body_items(document: Any) -> list[tuple[str, Any]]:
    """Return the body's paragraphs and tables in order, as ``("p", Paragraph)`` and ``("tbl", Table)``.

    ``Document.paragraphs`` gives only the body's own ``w:p``: a template's
    block content control (``w:sdt``, a cover page's title, a "body" field) or
    a custom XML block holds paragraphs that were left out. Those are read
    here in their place (one pass, an explicit stack).
    """
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    body = document.element.body
    out: list[tuple[str, Any]] = []
    stack = [iter(body)]
    while stack:
        element = next(stack[-1], None)
        if element is None:
            stack.pop()
            continue
        tag = element.tag
        if tag == _W + "p":
            out.append(("p", Paragraph(element, document._body)))
        elif tag == _W + "tbl":
            out.append(("tbl", Table(element, document._body)))
        elif tag in (_W + "sdt", _W + "sdtContent", _W + "customXml"):
            stack.append(iter(element))
    return out


def table_paragraphs(document: Any) -> list[Any]:
    """Return the paragraphs in the document's top-level table cells, row by row (a merged cell once).

    The cells are read from the XML, each ``w:tc`` once: python-docx's ``row.cells`` yields a cell once per
    grid column it spans (a ``w:gridSpan`` of 2,000,000,000 never ends) and finds a vertically merged cell
    by walking up the rows (3,000 merged rows took minutes). A merged cell's continuation holds none of its
    text (Word keeps it in the first cell), so it is skipped.
    """
    paragraphs = []
    for table in document.tables:
        paragraphs.extend(table_cell_paragraphs(table))
    return paragraphs


def table_cell_paragraphs(table: Any) -> list[Any]:
    """Return the paragraphs of one python-docx table's cells, row by row, each ``w:tc`` once (a vertically
    merged cell's continuation skipped): see :func:`table_paragraphs`."""
    from docx.table import _Cell

    return [para for tr in table._tbl.tr_lst for tc in tr.tc_lst if tc.vMerge != "continue"
            for para in _Cell(tc, table).paragraphs]


@dataclass
class Run:
    """A stretch of text with one look; ``href`` makes it a link; ``size`` in points (None: the paragraph's)."""

    text: str
    bold: bool = False
    italic: bool = False
    size: float | None = None
    color: str | None = None  # "#rrggbb"
    href: str | None = None


class DocxBuilder:
    """Builds a one-section DOCX document, top to bottom.

    Every paragraph gets explicit spacing (before, after, exact line height)
    so that the layout does not depend on the reader's default styles.
    """

    def __init__(self, page_w_pt: float, page_h_pt: float, margin_pt: float, font: str, size: float,
                 language: str = "en"):
        import docx
        from docx.shared import Pt

        self.doc = docx.Document()
        self._pt = Pt
        section = self.doc.sections[0]
        section.page_width, section.page_height = Pt(page_w_pt), Pt(page_h_pt)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Pt(margin_pt))
        section.header_distance = section.footer_distance = Pt(margin_pt / 2)
        self.text_width = page_w_pt - 2 * margin_pt
        normal = self.doc.styles["Normal"]
        normal.font.name = font
        normal.font.size = Pt(size)
        self._font_everywhere(normal, font, language)
        for name in ("Heading 1", "Heading 2"):  # real headings (the navigation pane, screen readers), our look
            self._font_everywhere(self.doc.styles[name], font, language)
        self.font = font
        self.language = language

    # ----- low-level XML the library has no call for

    @staticmethod
    def _el(tag: str, **attrs: str) -> Any:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        el = OxmlElement(tag)
        for key, value in attrs.items():
            el.set(qn(key.replace("_", ":", 1)), value)
        return el

    def _font_everywhere(self, style, font: str, language: str) -> None:
        """Set the font for every script (ascii, hAnsi, complex, East Asian) and the language on a style."""
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts")
        if fonts is None:
            fonts = self._el("w:rFonts")
            rpr.append(fonts)
        from docx.oxml.ns import qn

        for attr in list(fonts.attrib):  # theme fonts (asciiTheme, ...) would win over the named font
            del fonts.attrib[attr]
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), font)
        rpr.append(self._el("w:lang", w_val=language, w_eastAsia=language, w_bidi=language))

    def _shade(self, ppr_or_tcpr, fill: str) -> None:
        ppr_or_tcpr.append(self._el("w:shd", w_val="clear", w_color="auto", w_fill=fill.lstrip("#")))

    # ----- content

    def paragraph(self, runs: list[Run], size: float, line: float, before: float = 0.0, after: float = 0.0,
                  style: str | None = None, align: str = "left", shading: str | None = None,
                  left_bar: str | None = None, indent: float = 0.0, hanging: float = 0.0,
                  keep_with_next: bool = False, container: Any = None, right_tab: bool = False) -> Any:
        """Add a paragraph of runs; sizes and spacing in points; ``line`` is the exact line height.

        ``right_tab`` puts a right-aligned tab stop at the right margin (a tab in a run then aligns right).
        """
        from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT

        pt = self._pt
        target = container if container is not None else self.doc
        para = target.add_paragraph(style=style) if style else target.add_paragraph()
        fmt = para.paragraph_format
        fmt.space_before, fmt.space_after = pt(before), pt(after)
        fmt.line_spacing = pt(line)
        fmt.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                         "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        if indent or hanging:
            fmt.left_indent = pt(indent)
            fmt.first_line_indent = pt(-hanging)
        fmt.keep_with_next = keep_with_next
        fmt.widow_control = False
        if right_tab:
            fmt.tab_stops.add_tab_stop(pt(self.text_width), WD_TAB_ALIGNMENT.RIGHT)
        ppr = para._p.get_or_add_pPr()
        if left_bar:
            borders = self._el("w:pBdr")
            borders.append(self._el("w:left", w_val="single", w_sz="24", w_space="8", w_color=left_bar.lstrip("#")))
            ppr.append(borders)
        if shading:
            self._shade(ppr, shading)
        for run in runs:
            self._run(para, run, size)
        return para

    def _run(self, para, run: Run, size: float) -> None:
        from docx.shared import RGBColor

        if run.href:
            rid = para.part.relate_to(run.href, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                                      "hyperlink", is_external=True)
            link = self._el("w:hyperlink", r_id=rid)
            r = para.add_run(xml_safe(run.text))
            link.append(r._r)
            para._p.append(link)
        else:
            r = para.add_run(xml_safe(run.text))
        r.bold, r.italic = run.bold or None, run.italic or None
        r.font.size = self._pt(run.size or size)
        if run.color:
            r.font.color.rgb = RGBColor.from_string(run.color.lstrip("#").upper())
        if run.href:
            r.font.underline = False

    def rule(self, color: str, size_eighths: int, after: float) -> None:
        """Add an empty, thin paragraph drawn as a horizontal rule."""
        para = self.paragraph([], 2, 2, 0, after)
        borders = self._el("w:pBdr")
        borders.append(self._el("w:bottom", w_val="single", w_sz=str(size_eighths), w_space="0",
                                w_color=color.lstrip("#")))
        para._p.get_or_add_pPr().append(borders)

    def grid(self, cells: list[list[Run]], columns: int, size: float, line: float, pad: float,
             zebra: str, rule: str) -> None:
        """Add a borderless grid of cells, row by row, rules under the rows, every other row shaded."""
        pt = self._pt
        rows = (len(cells) + columns - 1) // columns
        table = self.doc.add_table(rows=rows, cols=columns)
        table.autofit = False
        tblpr = table._tbl.tblPr
        borders = self._el("w:tblBorders")
        for side in ("top", "left", "right", "insideV"):
            borders.append(self._el(f"w:{side}", w_val="nil"))
        for side in ("bottom", "insideH"):
            borders.append(self._el(f"w:{side}", w_val="single", w_sz="2", w_space="0", w_color=rule.lstrip("#")))
        tblpr.append(borders)
        margins = self._el("w:tblCellMar")
        for side, value in (("top", pad), ("bottom", pad), ("left", size * 0.4), ("right", size * 0.4)):
            margins.append(self._el(f"w:{side}", w_w=str(int(value * 20)), w_type="dxa"))
        tblpr.append(margins)
        width = self.text_width / columns
        for k in range(rows * columns):
            cell = table.cell(k // columns, k % columns)
            cell.width = pt(width)
            para = cell.paragraphs[0]
            fmt = para.paragraph_format
            fmt.space_before = fmt.space_after = pt(0)
            fmt.line_spacing = pt(line)
            if k < len(cells):
                for run in cells[k]:
                    self._run(para, run, size)
            if (k // columns) % 2 == 1:
                self._shade(cell._tc.get_or_add_tcPr(), zebra)

    def properties(self, title: str, author: str, subject: str, keywords: str, comments: str) -> None:
        """Set the document's core properties."""
        props = self.doc.core_properties
        props.title, props.author, props.subject = _property(title), _property(author), _property(subject)
        props.keywords, props.comments = _property(keywords), _property(comments)
        props.language = _property(self.language)

    def to_bytes(self) -> bytes:
        """Return the document as DOCX bytes."""
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()

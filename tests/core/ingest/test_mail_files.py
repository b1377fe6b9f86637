"""Saved e-mail (.eml), web pages saved as one file (.mht/.mhtml) and text files under any name, built here
with the standard library's email package as mail programs and browsers write them."""

from __future__ import annotations

import base64
import quopri
import time
from email.message import EmailMessage

import pytest

from briefing.core.errors import LoadError
from briefing.core.ingest import load_article

from tests.core.builders import ARTICLE_PARAGRAPHS

FIRST = "The city council approved a new transport plan on Monday after months of debate."
TITLE = "Council approves transport plan"
PAGE = ("<!DOCTYPE html><html><head><title>Council approves transport plan | Reuters</title>"
        "<meta name='author' content='Jane Doe'><link rel='stylesheet' href='cid:css-1@mhtml.blink'></head><body>"
        f"<h1>{TITLE}</h1><img src='https://www.reuters.com/pic.jpg'>"
        + "".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS) + "</body></html>")
RU = ["Городской совет в понедельник утвердил новый транспортный план после многомесячных споров.",
      "План добавляет четыре автобусных маршрута и продлевает трамвайную сеть в северные районы к 2027 году.",
      "Мэр Анна Линд заявила, что голосование показало способность совета договариваться о крупных проектах."]
FR = ["Le conseil municipal a approuvé lundi un nouveau plan de transport après des mois de débat.",
      "Le plan ajoute quatre lignes de bus et prolonge le réseau de tramway vers les quartiers nord d'ici 2027.",
      "La maire Anna Lind a déclaré que le vote montrait que le conseil pouvait s'entendre sur de grands projets."]
BOUNDARY = "----MultipartBoundary--xyz----"


def _body(article) -> str:
    return " ".join(" ".join(p) for p in article.paragraphs)


def _mail(subject: str = f"Fwd: [press] {TITLE}", sender: str = "City Press Office <press@city.example.org>") \
        -> EmailMessage:
    m = EmailMessage()
    m["From"] = sender
    m["To"] = "analyst@example.org"
    m["Subject"] = subject
    m["Date"] = "Tue, 14 May 2024 09:30:00 +0200"
    m["Message-ID"] = "<1@city.example.org>"
    return m


def _single_part(headers: str, charset: str, encoding: str, body: bytes) -> bytes:
    """A one-part message with ``body`` as given (already encoded by the caller for 8bit)."""
    if encoding == "base64":
        body = base64.encodebytes(body).replace(b"\n", b"\r\n")
    elif encoding == "quoted-printable":
        body = quopri.encodestring(body).replace(b"\n", b"\r\n")
    return (f"{headers}MIME-Version: 1.0\r\nContent-Type: text/plain; charset={charset}\r\n"
            f"Content-Transfer-Encoding: {encoding}\r\n\r\n").encode("ascii") + body


def _mhtml(parts: list[tuple[str, str, bytes]], location: str = "https://www.reuters.com/world/council-plan/") \
        -> bytes:
    """A page saved by Chrome ("Save as: Webpage, Single File"): (content type, location, bytes) per part."""
    out = (f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {location}\r\nSubject: {TITLE} | Reuters\r\n"
           f"Date: Wed, 15 May 2024 18:02:11 -0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
           f"\ttype=\"text/html\";\r\n\tboundary=\"{BOUNDARY}\"\r\n\r\n\r\n").encode("ascii")
    for ctype, where, data in parts:
        encoding = "quoted-printable" if ctype.startswith("text/") else "base64"
        body = quopri.encodestring(data) if encoding == "quoted-printable" else base64.encodebytes(data)
        out += (f"--{BOUNDARY}\r\nContent-Type: {ctype}\r\nContent-Transfer-Encoding: {encoding}\r\n"
                f"Content-Location: {where}\r\n\r\n").encode("ascii") + body.replace(b"\n", b"\r\n") + b"\r\n"
    return out + f"--{BOUNDARY}--\r\n".encode("ascii")


def test_plain_email_reads_subject_date_and_sender(tmp_path):
    """A saved press-release e-mail opens: Subject (without Fwd: and [list]) is the title, Date the date,
    From's name the source, the text part the body."""
    m = _mail()
    m.set_content("\n\n".join(ARTICLE_PARAGRAPHS))
    f = tmp_path / "release.eml"
    f.write_bytes(m.as_bytes())
    a = load_article(f)
    assert (a.format, a.title, a.date, a.source) == ("email", TITLE, "2024-05-14", "City Press Office")
    assert _body(a).startswith(FIRST)


def test_newsletter_html_part_is_read_as_a_page(tmp_path):
    """A multipart/alternative newsletter is read from its HTML part (tags gone), titled by its Subject; with
    no display name the sender's domain is the source."""
    m = _mail(subject=TITLE, sender="news@paper.example.com")
    m.set_content("View this e-mail in your browser.")
    m.add_alternative(PAGE, subtype="html")
    f = tmp_path / "newsletter.eml"
    f.write_bytes(m.as_bytes())
    a = load_article(f)
    assert a.title == TITLE and a.source == "paper.example.com"
    assert FIRST in _body(a) and "<p>" not in _body(a) and "View this e-mail" not in _body(a)


@pytest.mark.parametrize("charset, encoding, paragraphs, language", [
    ("windows-1251", "base64", RU, "ru"),
    ("iso-8859-1", "quoted-printable", FR, "fr"),
    ("windows-1251", "8bit", RU, "ru"),
])
def test_declared_charsets_and_transfer_encodings_decode(tmp_path, charset, encoding, paragraphs, language):
    """Base64 and quoted-printable bodies in windows-1251 and iso-8859-1 decode to the right letters, and an
    encoded-word Subject is decoded too."""
    codec = "cp1251" if charset == "windows-1251" else "latin-1"
    subject = "=?" + charset + "?b?" + base64.b64encode(paragraphs[0][:30].encode(codec)).decode("ascii") + "?="
    data = _single_part(f"Subject: {subject}\r\nFrom: Press <press@example.org>\r\n", charset, encoding,
                        "\r\n\r\n".join(paragraphs).encode(codec))
    f = tmp_path / "mail.eml"
    f.write_bytes(data)
    a = load_article(f)
    assert paragraphs[1] in _body(a) and a.language == language
    assert a.title == paragraphs[0][:30].strip()


@pytest.mark.parametrize("declared, body", [
    ("iso-8859-1", "\n\n".join(FR).encode("utf-8")),  # UTF-8 labelled latin-1, as many mail programs do
    ("windows-1251", b"\xef\xbb\xbf" + "\n\n".join(RU).encode("utf-8")),  # a BOM and another charset declared
    ("x-unknown-charset", "\n\n".join(FR).encode("cp1252")),  # no such codec: detected
    ("utf-8", "\n\n".join(FR).encode("cp1252")),  # not UTF-8 after all: detected
])
def test_wrong_or_unknown_declared_charset_still_decodes(tmp_path, declared, body):
    """A body whose declared charset is wrong or unknown decodes right: BOM first, valid UTF-8, then detection."""
    f = tmp_path / "mail.eml"
    f.write_bytes(_single_part("Subject: Plan\r\n", declared, "8bit", body))
    text = _body(load_article(f))
    expected = RU[1] if "windows-1251" in declared else FR[1]
    assert expected in text and "\ufeff" not in text


def test_chrome_mhtml_reads_the_page_and_ignores_its_resources(tmp_path):
    """A page saved by Chrome as .mhtml: the HTML part's article (quoted-printable), its URL from
    Snapshot-Content-Location, the page's author; the images and styles saved with it are ignored, and the
    archive's Date (when it was saved) is not the publication date."""
    location = "https://www.reuters.com/world/council-plan/"
    f = tmp_path / "page.mhtml"
    f.write_bytes(_mhtml([("text/html", location, PAGE.encode("utf-8")),
                          ("image/png", "https://www.reuters.com/pic.jpg", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
                          ("text/css", "cid:css-1@mhtml.blink", b"body { color: red }")], location))
    a = load_article(f)
    assert (a.format, a.title, a.url, a.source) == ("mhtml", TITLE, location, "Reuters")
    assert a.authors == ["Jane Doe"] and a.date is None
    assert FIRST in _body(a) and "color" not in _body(a)


def test_mhtml_saved_as_txt_or_piped_opens_by_content(tmp_path):
    """A web archive under a .txt name (or standard input, no name) is read as MHTML, not as its raw MIME text."""
    data = _mhtml([("text/html", "https://www.reuters.com/world/council-plan/", PAGE.encode("utf-8"))])
    for name in ("page.txt", "stdin"):
        f = tmp_path / name
        f.write_bytes(data)
        a = load_article(f)
        assert a.format == "mhtml" and FIRST in _body(a) and "Content-Location" not in _body(a)


def test_mhtml_of_only_images_says_what_to_do(tmp_path):
    """A saved page with no HTML or text part (only pictures) is refused in one line that says what to do."""
    f = tmp_path / "gallery.mht"
    f.write_bytes(_mhtml([("image/png", "https://x.example/a.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)]))
    with pytest.raises(LoadError, match=r"^gallery\.mht: the saved page holds no text, only image/png; .*save it") \
            as info:
        load_article(f)
    assert "\n" not in str(info.value)


def test_email_with_only_an_attachment_names_it(tmp_path):
    """An e-mail whose only part is an attached PDF names the attachment and says to open it; nothing is run."""
    m = _mail()
    m.add_attachment(b"%PDF-1.4\n", maintype="application", subtype="pdf", filename="release.pdf")
    f = tmp_path / "attached.eml"
    f.write_bytes(m.as_bytes())
    with pytest.raises(LoadError, match=r"no text part, only application/pdf \(attached: release\.pdf\); save the "
                                        r"attachment"):
        load_article(f)


@pytest.mark.parametrize("depth", [300, 3000])
def test_deeply_nested_multiparts_are_refused_at_once(tmp_path, depth):
    """300 or 3,000 nested multiparts (the parser recurses once per level) are refused in one line, quickly."""
    data = b"MIME-Version: 1.0\r\n" + b"".join(
        f"Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n".encode() for i in range(depth))
    data += b"Content-Type: text/plain\r\n\r\n" + FIRST.encode() + b"\r\n"
    data += b"".join(f"--b{i}--\r\n".encode() for i in reversed(range(depth)))
    f = tmp_path / "nested.eml"
    f.write_bytes(data)
    start = time.perf_counter()
    with pytest.raises(LoadError, match=f"nests {depth:,} multipart sections"):
        load_article(f)
    assert time.perf_counter() - start < 10.0


def test_many_parts_are_refused_before_parsing(tmp_path):
    """A flat message of 5,000 parts is refused by its count before the parser runs."""
    data = b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n" + (
        b"--x\r\nContent-Type: image/png\r\n\r\nAAAA\r\n" * 5000) + b"--x--\r\n"
    f = tmp_path / "parts.eml"
    f.write_bytes(data)
    with pytest.raises(LoadError, match="has 5,001 parts"):
        load_article(f)


@pytest.mark.parametrize("header", ["Subject", "Content-Type", "From"])
def test_huge_header_is_cut_and_the_text_read(tmp_path, header):
    """A 5 MB header (parsing grows with its length squared: minutes) is cut as it is read; the body opens."""
    value = {"Subject": "word " * 1_000_000, "Content-Type": "text/plain; " + "a=b; " * 1_000_000,
             "From": "a@b.example, " * 400_000}[header]
    data = (f"MIME-Version: 1.0\r\n{header}: {value}\r\n\r\n" + "\r\n\r\n".join(ARTICLE_PARAGRAPHS)).encode()
    f = tmp_path / "huge-header.eml"
    f.write_bytes(data)
    start = time.perf_counter()
    a = load_article(f)
    assert time.perf_counter() - start < 20.0
    assert FIRST in _body(a)


def test_email_over_the_size_limit_is_refused_before_reading(tmp_path):
    """An e-mail over the loader's text limit is refused by its size, as a text file is."""
    from briefing.core.ingest import MAX_TEXT_BYTES

    f = tmp_path / "big.eml"
    with f.open("wb") as fh:
        fh.write(b"Subject: Big\r\nMIME-Version: 1.0\r\n\r\n")
        fh.truncate(MAX_TEXT_BYTES + 1)
    with pytest.raises(LoadError, match="too large"):
        load_article(f)


@pytest.mark.parametrize("name", ["notes.log", "article.asc", "READ.me", "article.text", "article"])
def test_text_under_any_name_is_read(tmp_path, name):
    """A text file is read whatever its suffix (.log, .asc, .me, none): the content decides."""
    f = tmp_path / name
    f.write_bytes((TITLE + "\r\n\r\n" + "\r\n\r\n".join(ARTICLE_PARAGRAPHS)).encode("utf-8"))
    a = load_article(f)
    assert a.title == TITLE and _body(a).startswith(FIRST)


@pytest.mark.parametrize("data", [bytes(range(256)) * 8, b"\x7fELF\x02\x01\x01" + b"\x00" * 500])
def test_binary_under_a_text_like_name_is_refused(tmp_path, data):
    """Binary data named .log is refused with the unsupported-type message, not read as text."""
    f = tmp_path / "core.log"
    f.write_bytes(data)
    with pytest.raises(LoadError, match=r"^core\.log: unsupported file type \.log; open a text"):
        load_article(f)


def test_memo_with_from_and_subject_lines_stays_text(tmp_path):
    """A text memo opening with From:/Subject: lines (no MIME header) is read as text, its lines as metadata."""
    f = tmp_path / "memo.txt"
    f.write_text(f"From: Karen Holloway\nSubject: {TITLE}\n\n" + "\n\n".join(ARTICLE_PARAGRAPHS), encoding="utf-8")
    a = load_article(f)
    assert a.format == "text" and a.title == TITLE and FIRST in _body(a)


TEXT = "\n\n".join(ARTICLE_PARAGRAPHS)


@pytest.mark.parametrize("data", [
    # base64 cut short with junk at its end: decoded as far as it goes, not read as base64 letters
    b"Subject: Plan\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
    b"Content-Transfer-Encoding: base64\r\n\r\n" + base64.b64encode(TEXT.encode())[:-3] + b"!!*\r\n",
    # multipart without a boundary: its body is the text
    b"Subject: Plan\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed\r\n\r\n" + TEXT.encode(),
    # CR-only line ends, UTF-16 body
    (b"Subject: Plan\rMIME-Version: 1.0\rContent-Type: text/plain; charset=utf-16\r"
     b"Content-Transfer-Encoding: base64\r\r" + base64.b64encode(TEXT.encode("utf-16"))),
])
def test_damaged_or_odd_mime_still_gives_the_text(tmp_path, data):
    """Broken base64, a multipart with no boundary, CR-only lines with a UTF-16 body: the article is read."""
    f = tmp_path / "odd.eml"
    f.write_bytes(data)
    assert _body(load_article(f)).startswith(FIRST)


def test_forward_as_attachment_reads_the_attached_message(tmp_path):
    """An e-mail whose own text is a cover note ("FYI") and whose article is an attached message is read from the
    attached message, with its Subject, Date and sender."""
    inner = _mail(subject=TITLE, sender="City Hall <press@city.example.org>")
    inner.replace_header("Date", "Mon, 13 May 2024 08:00:00 +0000")
    inner.set_content(TEXT)
    outer = _mail(subject=f"Fwd: {TITLE}", sender="Me <me@example.org>")
    outer.set_content("FYI, see the attached release.")
    outer.add_attachment(inner)
    f = tmp_path / "fwd.eml"
    f.write_bytes(outer.as_bytes())
    a = load_article(f)
    assert (a.title, a.date, a.source) == (TITLE, "2024-05-13", "City Hall") and _body(a).startswith(FIRST)


def test_internet_explorer_mhtml_takes_its_url_from_the_page_part(tmp_path):
    """An MHTML saved by Internet Explorer or old Edge (no Snapshot-Content-Location) gets its URL from the page
    part's Content-Location, and its windows-1252 page decodes."""
    html = PAGE.replace("</body>", "<p>Caf\xe9 owners welcomed the plan.</p></body>").encode("cp1252")
    data = (b"From: <Saved by Windows Internet Explorer 8>\r\nSubject: Council plan\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: multipart/related; type=\"text/html\"; boundary=\"NP\"\r\n\r\n--NP\r\n"
            b"Content-Type: text/html; charset=\"Windows-1252\"\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            b"Content-Location: http://www.example.com/news/plan\r\n\r\n" + quopri.encodestring(html) + b"\r\n--NP--\r\n")
    f = tmp_path / "ie.mht"
    f.write_bytes(data)
    a = load_article(f)
    assert a.url == "http://www.example.com/news/plan" and "Café owners" in _body(a)


def test_email_with_an_empty_body_says_so(tmp_path):
    """An e-mail with headers and no text is refused in one line saying its text is empty."""
    f = tmp_path / "empty.eml"
    f.write_bytes(b"Subject: Hi\r\nFrom: a@example.org\r\nMIME-Version: 1.0\r\n\r\n")
    with pytest.raises(LoadError, match=r"^empty\.eml: the e-mail's text is empty; open the article itself"):
        load_article(f)


def test_utf8_mark_on_latin1_text_is_detected_with_a_warning(tmp_path):
    """A UTF-8 byte-order mark before cp1252 text (it said "invalid UTF-8 text at byte 3") is read, with a note."""
    f = tmp_path / "notes.me"
    f.write_bytes(b"\xef\xbb\xbf" + ("Caf\xe9 owners welcomed the plan.\n\n" + TEXT).encode("cp1252"))
    a = load_article(f)
    assert "Café owners" in _body(a) and any("byte-order mark" in w for w in a.warnings)


def test_many_parts_without_content_type_are_refused_before_parsing(tmp_path):
    """Parts need no Content-Type line: 200,000 bare parts (2.5 million fit in 20 MB, minutes of parsing) are
    counted by their boundary lines and refused at once; a quoted boundary is counted too."""
    for param in (b"boundary=b", b'boundary="b"'):
        data = b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; " + param + b"\r\n\r\n" + (
            b"--b\r\n\r\nword\r\n" * 200_000) + b"--b--\r\n"
        f = tmp_path / "bare-parts.eml"
        f.write_bytes(data)
        start = time.perf_counter()
        with pytest.raises(LoadError, match="has 200,001 parts"):
            load_article(f)
        assert time.perf_counter() - start < 10.0  # the parse alone took about 30 s


def test_a_few_bare_parts_still_open(tmp_path):
    """The boundary count refuses nothing normal: a message of three parts without Content-Type is read."""
    data = (b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
            + b"".join(b"--b\r\n\r\n" + p.encode() + b"\r\n" for p in ARTICLE_PARAGRAPHS[:3]) + b"--b--\r\n")
    f = tmp_path / "three-parts.eml"
    f.write_bytes(data)
    assert FIRST in _body(load_article(f))

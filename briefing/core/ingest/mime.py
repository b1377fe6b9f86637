"""Saved e-mail (``.eml``) and web archives (``.mht``/``.mhtml``, a page saved by Chrome or Edge as one file).

Both are MIME messages, read with the standard library's :mod:`email` package (``policy.default``). The
article is the message's HTML part (read as a web page by :mod:`.html`; the page's own pictures, styles and
frames in the archive are ignored, and nothing is fetched) or else its plain-text part. The headers give the
metadata: Subject the title, Date the date of an e-mail, From the source, and an archive's
``Snapshot-Content-Location`` its URL. Attachments are never opened or run.

Bounds (the parser is pure Python and some header parsing grows with the square of its length): every header
value is cut to :data:`MAX_HEADER_CHARS` as it is read, a message with more than :data:`MAX_PARTS` parts (its
Content-Type lines or its boundary lines, whichever are more) or
:data:`MAX_MULTIPARTS` multipart containers is refused before parsing, and the size limit is the loader's.
"""

from __future__ import annotations

import codecs
import re
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import EmailPolicy

from ..errors import LoadError
from ..model import Article
from .cleaning import clean_text, source_from_url, valid_url
from .text import check_text, build_article, decode_text, looks_like_html, same_words

#: Longest header value kept (characters); a longer one is cut (its parse time grows with the square of its
#: length: a 32,000-character Content-Type took 2 s, a 10 MB Subject minutes).
MAX_HEADER_CHARS = 1000
#: Most MIME parts (counted by their Content-Type lines) a message may have; a saved news page has a few hundred.
MAX_PARTS = 2000
#: Most multipart containers (and attached messages): the parser recurses once per level of nesting.
MAX_MULTIPARTS = 50
#: Reply and forward markers taken off a subject ("Fwd: Re: [press] ...").
_SUBJECT_PREFIXES = ("re:", "fwd:", "fw:", "aw:", "wg:", "tr:", "sv:", "vs:", "rv:", "enc:")
#: What the From header of a web archive says (not a sender).
_ARCHIVERS = ("saved by", "mozilla archive")


class _BoundedPolicy(EmailPolicy):
    """``policy.default`` whose header values are cut to :data:`MAX_HEADER_CHARS` as they are read."""

    def header_source_parse(self, sourcelines):
        name, value = super().header_source_parse(sourcelines)
        if len(value) > MAX_HEADER_CHARS:
            value = value[:MAX_HEADER_CHARS]
        return name, value


_POLICY = _BoundedPolicy()  # policy.default is EmailPolicy() with its defaults


def is_web_archive(suffix: str, message: EmailMessage) -> bool:
    """True for a page saved as MHTML: named so, or marked by its Snapshot-Content-Location or From header."""
    sender = str(message.get("From", "") or "").lower()
    return (suffix in (".mht", ".mhtml") or message.get("Snapshot-Content-Location") is not None
            or any(mark in sender for mark in _ARCHIVERS))


#: A multipart's boundary parameter, quoted or not (each part bounded, no nested repeat: linear).
_BOUNDARY = re.compile(rb'boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))', re.I)


def _part_count(data: bytes, lowered: bytes) -> int:
    """How many parts the parser would make: the Content-Type lines, or the boundary lines ("--b") of the
    message's boundaries when more (a part needs no Content-Type: 2.5 million bare parts fit in 20 MB and took
    minutes)."""
    boundaries = dict.fromkeys(a or b for a, b in (m.groups() for m in _BOUNDARY.finditer(data)))
    lines = sum(data.count(b"\n--" + boundary) for boundary in list(boundaries)[:MAX_MULTIPARTS + 1])
    return max(lowered.count(b"\ncontent-type:"), lines)


def _parse(data: bytes, name: str) -> EmailMessage:
    lowered = data.lower()
    nested = lowered.count(b"multipart/") + lowered.count(b"message/rfc822")
    if nested > MAX_MULTIPARTS:
        raise LoadError(f"{name}: the message nests {nested:,} multipart sections (at most {MAX_MULTIPARTS}); "
                        f"not a normal e-mail or saved page; save the article itself (as PDF or HTML).")
    parts = _part_count(data, lowered)
    if parts > MAX_PARTS:
        raise LoadError(f"{name}: the message has {parts:,} parts (at most {MAX_PARTS:,}); not a normal e-mail "
                        f"or saved page; save the article itself (as PDF or HTML).")
    try:
        return BytesParser(policy=_POLICY).parsebytes(data)
    except RecursionError as exc:  # a nesting the counts above missed
        raise LoadError(f"{name}: the message is nested too deeply to read; save the article itself (as PDF or HTML) "
                        f"and open that.") from exc


def _leaves(message: EmailMessage) -> list[EmailMessage]:
    """The message's non-multipart parts in document order, without recursion; an attached message
    (message/rfc822) is one leaf, read by itself when the outer message holds little text."""
    out: list[EmailMessage] = []
    stack = [message]
    while stack:
        part = stack.pop()
        if part.is_multipart() and part.get_content_maintype() != "message":
            payload = part.get_payload()
            if isinstance(payload, list):
                stack.extend(reversed(payload))
        else:
            out.append(part)
    return out


def _payload_bytes(part: EmailMessage) -> bytes:
    """The part's body bytes. Broken base64 (a character outside the alphabet, a cut end) is decoded as far as
    it goes: the email package hands it back undecoded, and the base64 text would be read as the article."""
    if part.get("Content-Transfer-Encoding", "").strip().lower() == "base64":
        import base64

        raw = part.get_payload(decode=False)
        if isinstance(raw, str):
            alphabet = re.sub(r"[^A-Za-z0-9+/]", "", raw)  # one character class: linear
            if len(alphabet) % 4 == 1:
                alphabet = alphabet[:-1]  # a lone last character holds no whole byte
            return base64.b64decode(alphabet + "=" * (-len(alphabet) % 4))
    return part.get_payload(decode=True) or b""


def _decode_part(part: EmailMessage, name: str, warnings: list[str]) -> str:
    """The part's text: a byte-order mark first, then well-formed UTF-8 whatever is declared (mail programs
    label UTF-8 as iso-8859-1 often), then the declared charset, then detection (:func:`.text.decode_text`)."""
    data = _payload_bytes(part)
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_text(data, name, warnings)
    charset = (part.get_content_charset() or "").strip()
    if not data.isascii():
        try:
            return check_text(data.decode("utf-8"), name, warnings)
        except UnicodeDecodeError:
            pass
    if charset:
        try:
            return check_text(data.decode(charset), name, warnings)
        except (LookupError, UnicodeDecodeError, ValueError):
            pass  # an unknown or wrong charset: detect it
    return decode_text(data, name, warnings)


def _clean_subject(subject: str) -> str:
    subject = " ".join(subject.split())
    while True:
        lowered = subject.lower()
        prefix = next((p for p in _SUBJECT_PREFIXES if lowered.startswith(p)), None)
        if prefix is not None:
            subject = subject[len(prefix):].lstrip()
        elif subject.startswith("[") and 0 < subject.find("]") <= 60:
            subject = subject[subject.find("]") + 1:].lstrip()
        else:
            return subject


def _header(message: EmailMessage, key: str) -> str:
    try:
        return " ".join(str(message.get(key, "") or "").split())
    except Exception:  # a header the parser cannot make sense of: go on without it
        return ""


def _sender(value: str) -> str | None:
    """The source an e-mail's From names: its display name, else the address's domain."""
    from email.utils import parseaddr

    display, address = parseaddr(value)
    display = display.strip(" \"'")
    if display and "@" not in display:
        return display
    domain = address.rpartition("@")[2].strip().lower()
    return domain or None


def _mail_date(value: str) -> str | None:
    """The date of a Date header, or of a forwarded message's date line ("Tue, May 14, 2024 at 9:30 AM",
    "Dienstag, 14. Mai 2024 09:30")."""
    from email.utils import parsedate_to_datetime

    if not value:
        return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    from ..language.dates import find_date

    found = find_date(value[:MAX_HEADER_CHARS])
    return found.date.isoformat() if found is not None else None


def _choose_part(leaves: list[EmailMessage], location: str | None) -> tuple[EmailMessage | None, str]:
    """The part holding the article and its kind ("html" or "text"): the archived page's own HTML (the one at
    ``location``), else the first HTML part shown inline, else the first plain-text one; attached ones last."""
    ranked: list[tuple[int, int, EmailMessage, str]] = []
    for i, part in enumerate(leaves):
        kind = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}.get(
            part.get_content_type())
        if part.get_content_maintype() == "multipart":
            kind = "text"  # a multipart with no boundary: the parser keeps its body as text
        if kind is None:
            continue
        attached = part.get_content_disposition() == "attachment"
        rank = (2 if attached else 0) + (1 if kind == "text" else 0)
        if kind == "html" and location and _header(part, "Content-Location") == location:
            rank = -1
        ranked.append((rank, i, part, kind))
    if not ranked:
        return None, ""
    _, _, part, kind = min(ranked, key=lambda r: (r[0], r[1]))
    return part, kind


def _plain_alternative(leaves: list[EmailMessage], html: EmailMessage) -> EmailMessage | None:
    """The plain-text part sent beside the HTML part ``html`` (the same message as text), or None."""
    for leaf in leaves:
        if (leaf is not html and leaf.get_content_type() == "text/plain"
                and leaf.get_content_disposition() != "attachment"):
            return leaf
    return None


def _no_text_message(leaves: list[EmailMessage], name: str, archive: bool) -> str:
    kinds = sorted({part.get_content_type() for part in leaves})
    shown = ", ".join(kinds[:5]) + (", ..." if len(kinds) > 5 else "")
    if archive:
        return (f"{name}: the saved page holds no text, only {shown or 'nothing'}; open the article in the browser "
                f"and save it again (as HTML only, or print it to PDF).")
    files = [part.get_filename() for part in leaves if part.get_filename()]
    attached = f" (attached: {', '.join(files[:3])})" if files else ""
    return (f"{name}: the e-mail has no text part, only {shown or 'nothing'}{attached}; save the attachment that "
            f"holds the article and open that.")


def load_mime(data: bytes, name: str, suffix: str = ".eml") -> Article:
    """Return the article in a saved e-mail or web archive (MHTML) ``data``.

    Raises :class:`LoadError` when the message has no text or HTML part, is nested too deeply or has too many
    parts, or its text part holds no article.
    """
    return _read_message(_parse(data, name), name, suffix)


#: An e-mail's own text shorter than this (words) beside an attached message ("FYI, see below") is a cover
#: note: the attached message is the article.
COVER_NOTE_WORDS = 40


def _read_message(message: EmailMessage, name: str, suffix: str) -> Article:
    archive = is_web_archive(suffix, message)
    location = valid_url(_header(message, "Snapshot-Content-Location") or None) if archive else None
    leaves = _leaves(message)
    attached = [leaf for leaf in leaves if leaf.get_content_type() == "message/rfc822"
                and isinstance(leaf.get_payload(), list) and leaf.get_payload()]
    part, kind = _choose_part(leaves, location)
    warnings: list[str] = []
    text = _decode_part(part, name, warnings) if part is not None else ""
    if attached and not archive and len(text.split()) < COVER_NOTE_WORDS:
        return _read_message(attached[0].get_payload()[0], name, ".eml")  # a forward as an attachment
    if part is None:
        raise LoadError(_no_text_message(leaves, name, archive))
    if not text.strip():
        what = "saved page" if archive else "e-mail"
        raise LoadError(f"{name}: the {what}'s text is empty; open the article itself (saved as PDF or HTML).")
    if archive and location is None:
        location = valid_url(_header(part, "Content-Location") or None)  # Internet Explorer's and Edge's MHTML
    subject = _clean_subject(_header(message, "Subject"))
    if kind == "text" and looks_like_html(text, fragment=False):
        kind = "html"
    forwarded = None
    if kind == "html" and not archive:
        from .mail_text import read_mail_text

        # A forward or a reply sent as HTML and plain text: the plain text shows the structure (forward
        # markers, quoted lines) that the HTML hides in styled blocks, so it is read instead. Sent as HTML
        # only, the HTML's own text is written out as a mail program writes the plain text (quoted
        # blockquotes as "> " lines, Outlook's rule over the original's headers) and read by the same rules.
        plain = _plain_alternative(leaves, part)
        if plain is not None:
            plain_text = _decode_part(plain, name, [])
        else:
            from .html import mail_html_text
            from .mail_text import opens_forward

            plain_text = mail_html_text(text, opens_forward)
        mail = read_mail_text(plain_text)
        # (A signature cut off the HTML's text counts too: a reply's quoted original stands below it.)
        if (mail.forwarded or mail.replied or (plain is None and mail.signed)) and mail.body.strip() and not looks_like_html(
                plain_text, fragment=False):
            part, kind, text = plain or part, "text", plain_text
    if kind == "text" and not archive:
        from .mail_text import read_mail_text

        from .mail_paste import reply_quote

        # Quoted replies, signature and footers off; a forwarded message's text is the body; a short note over a
        # long quoted story gives the story (as a pasted reply does).
        quote = reply_quote(text)
        mail = read_mail_text(quote if quote is not None else text)
        if mail.body.strip():
            text = mail.body
            if mail.forwarded:
                forwarded = mail
                subject = _clean_subject(" ".join(mail.subject.split())[:MAX_HEADER_CHARS]) or subject
    if kind == "html":
        from .html import article_from_html

        article = article_from_html(text, name)
    else:
        cleaned = clean_text(text, title_from_first_line=not subject)
        paragraphs = cleaned.paragraphs or ([cleaned.title] if cleaned.title and not subject else [])
        article = build_article(paragraphs, name, title=cleaned.title, date=cleaned.date, url=cleaned.url,
                                source=source_from_url(cleaned.url), authors=cleaned.authors,
                                captions=cleaned.captions)
    # The e-mail's subject is its headline (a newsletter's <title> is often the list's name); an archived
    # page's own title is the headline, the subject (the same <title>) only when the page names none.
    if subject and (not archive or not article.title):
        article.title = subject
    if article.title and article.paragraphs and same_words(" ".join(article.paragraphs[0]), article.title):
        article.paragraphs.pop(0)  # the title once, not again as body sentence 1
        if not article.paragraphs:
            raise LoadError(f"{name}: no article text found in the message, only its subject; open the article it links to.")
    if archive:
        article.url = article.url or location
        article.source = article.source or source_from_url(article.url)
        article.format = "mhtml"
    else:
        # The date the e-mail was sent is when the press release or newsletter came out; a saved page's
        # Date is only when it was saved (a file's own date, never shown as the publication date).
        sent = _header(message, "Date")
        sender = _header(message, "From")
        if forwarded is not None:  # the forwarded message's own date and sender, where it names them
            sent = forwarded.date or sent
            sender = forwarded.sender or sender
        article.date = article.date or _mail_date(sent)
        article.source = _sender(sender) if sender else article.source
        article.format = "email"
    article.warnings = warnings + article.warnings
    return article

"""A pasted or opened text that is an e-mail -> the article in it, with the mail's subject and date as fallbacks.

Users paste (or save as text) a story a colleague forwarded or quoted in a reply. What the mail program wrote
around it is no part of the article: a forward's separator ("---------- Forwarded message ---------",
"-------- Weitergeleitete Nachricht --------", Outlook's line of underscores) and its header block
("From:/Sent:/To:/Subject:", "Von:/Gesendet:/An:/Betreff:", "De :/Envoyé :/À :/Objet :", "De:/Enviado:/Para:/Asunto:",
"От:/Отправлено:/Кому:/Тема:", "Від:/Надіслано:/Кому:/Тема:"), a short cover note above it ("FYI"), and a reply's
short note with its attribution ("On <date>, <name> wrote:", "Am ... schrieb ...:", "Le ... a écrit :", "El ...
escribió:", "... пишет:", "... пише:") above a quoted story: the quoted story is the article, its "> " marks taken
off. The rules for each line are :mod:`.mail_text`'s (the e-mail file reader's); this module only decides that a
text is such a mail, and what the article is when it is a reply's quote.

The subject without its "FW:", "WG:", "TR:", "RV:" marks is the title when the article names none; the mail's
date is the date when the article gives none. Every test is string methods on the opening lines: linear time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..language.dates import find_date
from .mail_text import COVER_NOTE_WORDS, find_marker, is_attribution, read_mail_text

#: Lines of the opening searched for a forward's separator or header block, or a reply's attribution.
MAX_OPENING_LINES = 40
#: A reply's quote is the article only when it holds at least this many words (a quoted line or two is a reply's
#: context, and the reply is the text).
MIN_QUOTED_WORDS = 20
#: A subject's marks of a forward or reply ("FW:", "Fwd:", "WG:", "TR:", "RV:", "RE:", "AW:", "Отв:"), lower-cased.
_SUBJECT_MARKS = frozenset({"fw", "fwd", "wg", "tr", "rv", "re", "aw", "enc", "rif", "i", "r", "vs", "sv", "antw",
                            "réf", "ref", "reenviar", "отв", "пересл", "переслано", "fw[2]", "відп", "пересл."})


@dataclass
class PastedMail:
    """The article text of a pasted e-mail, and what its headers give."""

    body: str
    #: The subject, its forward/reply marks taken off ("" when none).
    subject: str = ""
    #: The Date/Sent header's raw value ("" when none).
    date: str = ""
    #: The writer a memo's "From:" names ("From: Karen Holloway, Deputy Administrator"): no address, no forward.
    authors: list[str] = field(default_factory=list)

    @property
    def iso_date(self) -> str | None:
        """The Date/Sent header's day as ISO ("2024-06-03"), ``None`` when it names none."""
        found = find_date(self.date[:200]) if self.date else None
        return found.date.isoformat() if found is not None else None


def subject_title(subject: str) -> str:
    """The headline in a mail's subject: "FW: Fwd: WG: Bahn streicht Nachtzüge" -> "Bahn streicht Nachtzüge"."""
    subject = " ".join(subject.split())
    for _ in range(8):  # "RE: FW: RE: ..."; bounded
        colon = subject.find(":")
        if colon <= 0 or colon > 12 or subject[:colon].strip().lower() not in _SUBJECT_MARKS:
            break
        subject = subject[colon + 1:].strip()
    return subject


def read_pasted_mail(text: str) -> PastedMail | None:
    """The article in ``text`` when it is a forwarded e-mail or a reply over a quoted story (see the module's
    docstring); ``None`` when it is not one (the text is read as it is). Never raises."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    opening = lines[:MAX_OPENING_LINES]
    at, kind = find_marker(opening)
    if kind and _words(opening[:at]) < COVER_NOTE_WORDS:
        mail = read_mail_text(text)
        if mail.forwarded and mail.body.strip():
            title = subject_title(mail.subject)
            memo = kind == "block" and title == " ".join(mail.subject.split()) and not any(c in mail.sender for c in "<@")
            name = mail.sender.split(",", 1)[0].strip(" \"'") if memo else ""
            return PastedMail(mail.body, title, mail.date, [name] if name else [])
        return None
    found, quoted = _quoted_story(lines)
    if not found:
        return None
    # The quoted story; or, under a long note or over a short quote, the reply is the text: the quote goes
    mail = read_mail_text("\n".join(quoted) if quoted is not None else text)
    if not mail.body.strip():
        return None
    return PastedMail(mail.body, subject_title(mail.subject), mail.date)


def reply_quote(text: str) -> str | None:
    """The unquoted text of the story a reply quotes, when the reply is a short note over a long quote (the rule
    :func:`read_pasted_mail` follows; the .eml reader follows it too); ``None`` for anything else (a forward, a
    long note, a short quote, no quote). Never raises."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    at, kind = find_marker(lines[:MAX_OPENING_LINES])
    if kind and _words(lines[:at]) < COVER_NOTE_WORDS:
        return None  # a forward under a short note: read_mail_text reads it
    found, quoted = _quoted_story(lines)
    return "\n".join(quoted) if found and quoted is not None else None


def _words(lines: list[str]) -> int:
    return sum(len(ln.split()) for ln in lines)


def _quoted_story(lines: list[str]) -> tuple[bool, list[str] | None]:
    """Whether the opening holds a reply's attribution over quoted lines, and the unquoted lines of the story quoted
    under it when the note above it is short (:data:`~.mail_text.COVER_NOTE_WORDS`) and the quote is long
    (:data:`MIN_QUOTED_WORDS`)."""
    for i, line in enumerate(lines[:MAX_OPENING_LINES]):
        if not line.strip() or line.lstrip().startswith(">"):
            continue
        taken = is_attribution(line, lines[i + 1] if i + 1 < len(lines) else "")
        if not taken:
            continue
        below = next((ln for ln in lines[i + taken:i + taken + 3] if ln.strip()), "")
        if not below.lstrip().startswith(">"):
            continue  # "... wrote:" over no quote: a sentence of the text
        if _words(lines[:i]) >= COVER_NOTE_WORDS:
            return True, None
        story: list[str] = []
        for ln in lines[i + taken:]:
            stripped = ln.lstrip(" ")
            if stripped.startswith(">"):
                story.append(_unquote(stripped))
            elif ln.strip():
                break  # the reply's text (or signature) under the quote: the quote has ended
            else:
                story.append("")
        return True, story if _words(story) >= MIN_QUOTED_WORDS else None
    return False, None


def _unquote(line: str) -> str:
    """A quoted line without its first mark: "> text" -> "text"; "> > text" and ">> text" -> "> text" (a quote in
    the quote, kept for :func:`~.mail_text.read_mail_text`, which reads a forward quoted whole)."""
    line = line[1:]
    if line.startswith(" >"):
        return line[1:]
    return line[1:] if line.startswith(" ") else line

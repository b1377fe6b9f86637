"""The article in an e-mail's plain-text part: what a mail program adds around it taken off.

Not the article: quoted replies (lines opening with ">"), the line that introduces them ("On <date>, <name>
wrote:" and its German, French, Spanish, Russian and Ukrainian forms), Outlook's quoted original (after
"-----Original Message-----" or a "From: / Sent: / To: / Subject:" block), the signature after "-- ", and
footers ("Sent from my iPhone", unsubscribe lines, legal disclaimers). A forwarded message ("----------
Forwarded message ---------", "Begin forwarded message:", an Outlook block under a short cover note) is the
article: its text is the body and its own Subject, Date and From headers are returned with it.

Every test looks at one line (or a few lines after a marker) with string methods: linear time, no regexes.
"""

from __future__ import annotations

from dataclasses import dataclass

#: A cover note above an Outlook block shorter than this (words) is a forward's ("FYI, see below"): the
#: message below is the article. Above a longer note, the block is the original of a reply: cut off.
COVER_NOTE_WORDS = 40
#: Forwards inside forwards read (each level reads the rest of the text once).
MAX_FORWARD_DEPTH = 8
#: Longest line tested as an attribution ("On ... wrote:") or a footer.
MAX_MARKER_CHARS = 300

#: Words in a line of dashes that starts a forwarded message (Gmail, Thunderbird, Outlook.com, in the
#: users' languages), lower-cased.
_FORWARD_WORDS = ("forwarded message", "weitergeleitete nachricht", "message transféré", "message transfere",
                  "mensaje reenviado", "пересланное сообщение", "переслане повідомлення", "mensagem encaminhada",
                  "messaggio inoltrato", "doorgestuurd bericht")
#: Lines that start a forwarded message on their own (Apple Mail), lower-cased, without the colon.
_FORWARD_LINES = ("begin forwarded message", "anfang der weitergeleiteten nachricht", "début du message réexpédié",
                  "debut du message reexpedie", "inicio del mensaje reenviado", "начало переадресованного сообщения",
                  "початок пересланого повідомлення")
#: Words in a line of dashes that starts the original under a reply or an Outlook forward.
_ORIGINAL_WORDS = ("original message", "ursprüngliche nachricht", "message d'origine", "mensaje original",
                   "исходное сообщение", "оригинальное сообщение", "вихідне повідомлення", "originalnachricht")

#: Header labels of a quoted or forwarded message, lower-cased, by what they give.
_FROM = {"from", "von", "de", "от", "від", "van", "da", "sender"}
_DATE = {"date", "sent", "datum", "gesendet", "envoyé", "envoye", "fecha", "enviado", "дата", "отправлено",
         "надіслано", "enviado el", "verzonden", "inviato"}
_SUBJECT = {"subject", "betreff", "objet", "asunto", "тема", "onderwerp", "oggetto", "assunto"}
_OTHER = {"to", "an", "à", "a", "para", "кому", "cc", "bcc", "kopie", "копия", "копія", "reply-to", "antwort an",
          "répondre à", "importance", "wichtigkeit", "aan", "per"}
_LABELS = _FROM | _DATE | _SUBJECT | _OTHER

#: What a reply's attribution line ends with ("... wrote:"), lower-cased, the colon taken off.
_WROTE = ("wrote", "writes", "schrieb", "a écrit", "a ecrit", "escribió", "escribio", "написал", "написала",
          "написал(а)", "написав", "написала", "написав(ла)", "scrisse", "schreef", "escreveu")
#: Verbs of an attribution that an article's sentence may end with too ("Как пишет:"): only in a line with a date.
_WRITES_DATED = ("пишет", "пише")
#: How such a line opens when it wraps before its verb ("On Tue, 14 May 2024, Jane Doe <jane@" / "x.org> wrote:").
_ATTRIBUTION_OPENERS = ("on ", "am ", "le ", "el ", "em ", "il ", "op ")

#: Footer lines a mail program or phone adds (lower-cased starts).
_SENT_FROM = ("sent from my ", "sent from outlook", "sent from mail for", "sent from yahoo", "sent from samsung",
              "sent via ", "get outlook for", "von meinem ", "gesendet von ", "envoyé de mon ", "envoye de mon ",
              "envoyé depuis ", "enviado desde mi ", "enviado desde ", "отправлено с ", "отправлено из ",
              "надіслано з ", "inviato da ", "verzonden vanaf ", "enviado do meu ")
#: Words of an unsubscribe line.
_UNSUBSCRIBE = ("unsubscribe", "opt out", "opt-out", "abmelden", "abbestellen", "désabonner", "désinscrire",
                "desabonner", "desinscrire", "darse de baja", "cancelar la suscripción", "отписаться",
                "отказаться от рассылки", "відписатися", "відмовитися від розсилки", "manage your preferences",
                "manage preferences", "email preferences", "update your preferences")
#: How a legal disclaimer opens (lower-cased); it runs to the end of the message.
_DISCLAIMERS = ("this e-mail and any", "this email and any", "this e-mail is confidential", "this email is confidential",
                "this message is confidential", "this message and any", "this e-mail message", "this email message",
                "the information contained in this", "the information in this e-mail", "the information in this email",
                "confidentiality notice", "confidentiality note", "disclaimer:", "legal disclaimer", "important notice:",
                "if you are not the intended recipient", "this message is intended only", "this e-mail is intended",
                "this email is intended", "please consider the environment", "diese e-mail enthält vertrauliche",
                "diese e-mail kann vertrauliche", "diese nachricht enthält vertrauliche", "ce message et toutes",
                "ce message et ses pièces jointes", "ce courriel est confidentiel", "ce message est confidentiel",
                "este mensaje y sus anexos", "este mensaje es confidencial", "este correo electrónico",
                "este mensaje se dirige exclusivamente", "это сообщение и любые", "данное сообщение содержит",
                "настоящее сообщение", "конфиденциальность:", "це повідомлення та будь-які",
                "це повідомлення містить", "цей лист містить")


@dataclass
class MailText:
    """An e-mail text part's article text, and a forwarded message's own headers (raw values) when it holds one."""

    body: str
    subject: str = ""
    date: str = ""
    sender: str = ""
    forwarded: bool = False
    #: True when a quoted reply (an attribution, quoted lines, an Outlook original) was taken off.
    replied: bool = False
    #: True when a signature (after a "-- " line) was taken off.
    signed: bool = False


def read_mail_text(text: str) -> MailText:
    """Return the article in an e-mail's plain text ``text`` (see the module's docstring); never raises."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return _read(lines, 0)


def opens_forward(text: str) -> bool:
    """True when ``text`` opens with a line that starts a forwarded message ("Begin forwarded message:",
    "---------- Forwarded message ---------"), in any of the languages read here."""
    low = " ".join(text[:MAX_MARKER_CHARS].split()).lower().lstrip("-–—_=*# ")
    return low.startswith(_FORWARD_LINES + _FORWARD_WORDS)


def _read(lines: list[str], depth: int) -> MailText:
    at, kind = _find_marker(lines)
    if kind:
        above, _, _ = _own_text(lines[:at])
        headers, rest = _header_block(lines, at + (0 if kind == "block" else 1))
        forward = kind == "forward" or len(" ".join(above).split()) < COVER_NOTE_WORDS
        if forward and depth < MAX_FORWARD_DEPTH and _words(rest) >= 1:
            inner = _read(rest, depth + 1)
            if inner.forwarded:
                return inner  # a forward of a forward: the first sender's message and headers
            return MailText(inner.body, headers.get("subject", ""), headers.get("date", ""),
                            headers.get("from", ""), True)
        lines = lines[:at]  # a reply: the quoted original below is not the article
    own, quoted_off, signed = _own_text(lines)
    replied = bool(kind) or quoted_off
    if not _words(own):
        quoted = [ln for ln in lines if ln.lstrip(" ").startswith(">")]
        if quoted and depth < MAX_FORWARD_DEPTH:
            # Only quoted text (an old mail program's forward quotes the whole message): it is the article.
            return _read([_unquote(ln) for ln in quoted], depth + 1)
    return MailText("\n".join(own), replied=replied, signed=signed)


def _words(lines: list[str]) -> int:
    return sum(len(ln.split()) for ln in lines)


def _find_marker(lines: list[str]) -> tuple[int, str]:
    """The first line that starts a forwarded message ("forward"), an original below a reply or an Outlook
    forward ("original": the marker line; "block": a header block with no marker line), or (len, "")."""
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or len(stripped) > 120 or stripped.startswith(">"):
            continue
        low = stripped.lower()
        core = low.strip("-–—_=*# ").rstrip(":").strip()
        if low.startswith(("---", "___", "===", "–––", "———")) or low.endswith(("---", "===")):
            if any(w in core for w in _FORWARD_WORDS):
                return i, "forward"
            if any(w in core for w in _ORIGINAL_WORDS):
                return i, "original"
            if not core and low[0] == "_" and len(low) >= 10 and _is_header_start(lines, i + 1):
                return i, "original"  # Outlook's line of underscores over From: / Sent:
            continue
        if core in _FORWARD_LINES:
            return i, "forward"
        if _is_header_start(lines, i):
            return i, "block"
    return len(lines), ""


def _label(line: str) -> tuple[str, str] | None:
    """("from" / "date" / "subject" / "other", value) for a header line ("From: ...", "*Betreff:* ...", "Objet : ...")."""
    stripped = line.strip().lstrip("*").strip()
    colon = stripped.find(":")
    if colon <= 0 or colon > 24:
        return None
    label = stripped[:colon].strip().strip("*").strip().lower()
    if label not in _LABELS:
        return None
    value = stripped[colon + 1:].strip().lstrip("*").strip()
    kind = ("from" if label in _FROM else "date" if label in _DATE else "subject" if label in _SUBJECT
            else "other")
    return kind, value


def _is_header_start(lines: list[str], i: int) -> bool:
    """True when line ``i`` opens a quoted message's header block: a From line, then within the next five
    lines a Sent/Date line and a Subject line."""
    if i >= len(lines):
        return False
    first = _label(lines[i])
    if first is None or first[0] != "from":
        return False
    kinds = {found[0] for ln in lines[i + 1:i + 6] if (found := _label(ln)) is not None}
    return "date" in kinds and "subject" in kinds


def _header_block(lines: list[str], start: int) -> tuple[dict[str, str], list[str]]:
    """The header lines from ``start`` (blank lines before them skipped) and the lines after them."""
    i = start
    while i < len(lines) and not lines[i].strip():
        i += 1
    headers: dict[str, str] = {}
    folded: list[str] = []  # joined once at the end: adding each line to the subject was quadratic
    last = ""
    while i < len(lines):
        found = _label(lines[i])
        if found is not None:
            last = found[0]
            if last != "other" and last not in headers:
                headers[last] = found[1]
        elif lines[i].strip() and headers and lines[i][:1] in (" ", "\t") and last == "subject":
            folded.append(lines[i].strip())  # a folded subject
        else:
            break
        i += 1
    if folded:
        headers["subject"] = " ".join([headers["subject"], *folded])
    return headers, lines[i:]


def _unquote(line: str) -> str:
    stripped = line.lstrip(" ")
    if stripped.startswith(">"):
        stripped = stripped[1:]
        return stripped[1:] if stripped.startswith(" ") else stripped
    return line


def _is_attribution(line: str, following: str) -> int:
    """How many lines (1 or 2) an attribution takes at ``line`` ("On ... wrote:", "Am ... schrieb ...:",
    "... написал(а):"), 0 for none. One that wraps onto ``following`` counts when the first line opens as
    one does."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_MARKER_CHARS:
        return 0
    if _ends_as_attribution(stripped):
        return 1
    nxt = following.strip()
    if (stripped.lower().startswith(_ATTRIBUTION_OPENERS) and nxt and len(stripped) + len(nxt) <= MAX_MARKER_CHARS
            and _ends_as_attribution(stripped + " " + nxt)):
        return 2
    return 0


def _ends_as_attribution(text: str) -> bool:
    if not text.endswith(":"):
        return False
    low = text[:-1].rstrip().lower()
    if low.endswith(_WRITES_DATED) and any(c.isdigit() for c in low):
        return True  # Thunderbird's "03.06.2024 9:12, Иван Петров пишет:", Gmail's "... Олена <o@x.ua> пише:"
    for verb in _WROTE:
        if low.endswith(verb):
            return True
        at = low.rfind(verb + " ")
        # "Am 14.05.2024 um 09:30 schrieb Jane Doe <jane@x.org>:": the verb before the name
        if at >= 0 and (low.startswith(_ATTRIBUTION_OPENERS) or "@" in low[at:]) and len(low) - at <= 120:
            return True
    return False


def _is_footer_line(stripped: str) -> bool:
    low = stripped.lower()
    if len(stripped) > 200:
        return False
    if low.startswith(_SENT_FROM) and len(stripped) <= 80:
        return True
    if any(w in low for w in _UNSUBSCRIBE):
        # A line about unsubscribing, not a sentence that mentions it: a link, an address or an instruction.
        return ("http" in low or "@" in low or "click" in low or "here" in low or "|" in low
                or low.startswith(("to ", "unsubscribe", "if you", "you are receiving", "you received", "zum ",
                                   "pour ", "para ", "чтобы ", "щоб ")))
    return False


def _own_text(lines: list[str]) -> tuple[list[str], bool, bool]:
    """The lines the writer wrote: no quoted lines or attributions, nothing from the signature or a legal
    disclaimer on, no "Sent from my iPhone" or unsubscribe lines; whether quoted lines or an attribution
    were taken off; and whether a signature was."""
    out: list[str] = []
    quoted = False
    signed = False
    skip = 0
    for i, line in enumerate(lines):
        if skip:
            skip -= 1
            continue
        stripped = line.strip()
        if line.rstrip("\n") in ("-- ", "--") or stripped == "-- ":
            signed = True
            break  # the signature, and what follows it
        if stripped.startswith(">"):
            quoted = True
            continue
        if not stripped:
            out.append(line)
            continue
        taken = _is_attribution(line, lines[i + 1] if i + 1 < len(lines) else "")
        if taken:
            skip = taken - 1
            quoted = True
            continue
        low = stripped.lower()
        if low.startswith(_DISCLAIMERS) and (not out or not out[-1].strip() or i == 0):
            break  # a disclaimer paragraph: it and all below it are the sender's footer
        if _is_footer_line(stripped):
            continue
        out.append(line)
    while out and not out[-1].strip():
        out.pop()
    return out, quoted, signed


#: For :mod:`.mail_paste`, which reads the same lines in a pasted text.
find_marker = _find_marker
is_attribution = _is_attribution

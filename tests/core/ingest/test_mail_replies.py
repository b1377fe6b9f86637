"""E-mail text parts read as an analyst expects: quoted replies, attributions, Outlook's quoted original, the
signature and footers are no article; a forwarded message's text is the body and its headers the metadata.
Every message is a real .eml file written here with the standard library's email package."""

from __future__ import annotations

import time
from email.message import EmailMessage

import pytest

from briefing.core.ingest import load_article
from briefing.core.ingest.mail_text import read_mail_text

from tests.core.builders import ARTICLE_PARAGRAPHS

FIRST = ARTICLE_PARAGRAPHS[0].split(". ")[0] + "."
RELEASE = "\n\n".join(ARTICLE_PARAGRAPHS)
OLD = "Quotedword earlier message about parking fees that nobody asked for."


def _load(tmp_path, text: str, subject: str = "Re: Transport plan", name: str = "mail.eml"):
    m = EmailMessage()
    m["From"] = "Bob Analyst <bob@example.org>"
    m["To"] = "team@example.org"
    m["Subject"] = subject
    m["Date"] = "Mon, 20 May 2024 08:00:00 +0200"
    m.set_content(text)
    f = tmp_path / name
    f.write_bytes(m.as_bytes())
    return load_article(f)


def _body(article) -> str:
    return " ".join(" ".join(p) for p in article.paragraphs)


@pytest.mark.parametrize("attribution", [
    "On Tue, 14 May 2024 at 09:30, Jane Doe <jane@city.example.org> wrote:",
    "On Tue, May 14, 2024 at 9:30 AM Jane Doe <jane@city.example.org>\nwrote:",
    "Am Di., 14. Mai 2024 um 09:30 Uhr schrieb Jane Doe <jane@city.example.org>:",
    "Le mar. 14 mai 2024 à 09:30, Jane Doe <jane@city.example.org> a écrit :",
    "El mar, 14 may 2024 a las 9:30, Jane Doe (<jane@city.example.org>) escribió:",
    "14.05.2024, 09:30, \"Jane Doe\" <jane@city.example.org> написал(а):",
    "вт, 14 трав. 2024 о 09:30 Jane Doe <jane@city.example.org> написав(ла):",
])
def test_reply_keeps_only_the_writers_own_text(tmp_path, attribution):
    """A reply's attribution line (in six languages) and the quoted lines under it, the signature after "-- "
    and "Sent from my iPhone" are dropped; the writer's own text is the article."""
    text = (f"{RELEASE}\n\nSent from my iPhone\n\n{attribution}\n> {OLD}\n>\n> > {OLD}\n\n"
            f"-- \nBob Analyst\nSenior analyst, Quotedword Unit\n")
    a = _load(tmp_path, text)
    body = _body(a)
    assert body.startswith(FIRST)
    assert "open in 2028." in body
    for gone in ("Quotedword", "wrote", "iPhone", "Jane Doe <", "Senior analyst", "schrieb", "написа"):
        assert gone not in body, gone
    assert a.title == "Transport plan"


def test_gmail_forward_reads_the_forwarded_release(tmp_path):
    """A forwarded press release: the cover note goes, the forwarded text is the body, its Subject the title,
    its Date the date and its sender the source (not the forwarder's)."""
    text = ("FYI, see the release below.\n\nBob\n\n---------- Forwarded message ---------\n"
            "From: City Press Office <press@city.example.org>\nDate: Tue, May 14, 2024 at 9:30 AM\n"
            "Subject: [press] Council approves transport plan\nTo: <news@example.org>\n\n\n"
            f"{RELEASE}\n\n-- \nCity Press Office | 1 Main Square\n")
    a = _load(tmp_path, text, subject="Fwd: [press] Council approves transport plan")
    assert (a.title, a.date, a.source) == ("Council approves transport plan", "2024-05-14", "City Press Office")
    body = _body(a)
    assert body.startswith(FIRST) and body.endswith("open in 2028.")
    assert "FYI" not in body and "Main Square" not in body and "press@" not in body


@pytest.mark.parametrize("marker,labels", [
    ("---------- Weitergeleitete Nachricht ---------", ("Von", "Datum", "Betreff", "An")),
    ("-------- Message transféré --------", ("De", "Date", "Objet", "À")),
    ("---------- Mensaje reenviado ---------", ("De", "Fecha", "Asunto", "Para")),
    ("-------- Пересланное сообщение --------", ("От", "Дата", "Тема", "Кому")),
    ("Begin forwarded message:", ("From", "Date", "Subject", "To")),
])
def test_forward_markers_and_labels_in_other_languages(tmp_path, marker, labels):
    """Forward markers and header labels of German, French, Spanish, Russian and Apple mail programs are read."""
    frm, date, subj, to = labels
    text = (f"Zur Info.\n\n{marker}\n{frm}: City Press Office <press@city.example.org>\n"
            f"{date}: 14.05.2024 09:30\n{subj}: Council approves transport plan\n{to}: news@example.org\n\n{RELEASE}\n")
    a = _load(tmp_path, text, subject="WG: Council approves transport plan")
    assert (a.title, a.date, a.source) == ("Council approves transport plan", "2024-05-14", "City Press Office")
    assert _body(a).startswith(FIRST)


def test_outlook_reply_cuts_the_quoted_original(tmp_path):
    """Under a reply of some length, Outlook's "-----Original Message-----" and the From/Sent/To/Subject block
    start the quoted original: cut off, the reply's own subject stays the title."""
    text = (f"{RELEASE}\n\n-----Original Message-----\nFrom: Jane Doe [mailto:jane@city.example.org]\n"
            f"Sent: Tuesday, May 14, 2024 9:30 AM\nTo: Bob Analyst\nSubject: Parking\n\n{OLD}\n")
    a = _load(tmp_path, text)
    assert a.title == "Transport plan"
    assert "Quotedword" not in _body(a) and "Parking" not in _body(a)
    # The same with no marker line, only Outlook's header block under a line of underscores
    text = text.replace("-----Original Message-----", "_" * 32)
    assert "Quotedword" not in _body(_load(tmp_path, text))


def test_outlook_forward_under_a_short_note_reads_the_forwarded_message(tmp_path):
    """Under a short cover note, Outlook's block is a forward: the message below it is the article."""
    text = ("Please see below.\n\n________________________________\nFrom: City Press Office <press@city.example.org>\n"
            "Sent: Tuesday, May 14, 2024 9:30 AM\nTo: Bob Analyst\nSubject: FW: Council approves transport plan\n\n"
            f"{RELEASE}\n")
    a = _load(tmp_path, text, subject="FW: FW: Council approves transport plan")
    assert (a.title, a.date) == ("Council approves transport plan", "2024-05-14")
    assert _body(a).startswith(FIRST) and "Please see" not in _body(a)


def test_footers_and_disclaimers_are_dropped_but_a_sentence_about_unsubscribing_stays(tmp_path):
    """Unsubscribe lines and a legal disclaimer at the end are footer; a body sentence that mentions
    unsubscribing is text."""
    extra = "Residents can unsubscribe from the council's newsletter at any time, the mayor said."
    text = (f"{RELEASE}\n\n{extra}\n\nTo unsubscribe from this list, click here: https://city.example.org/u\n\n"
            "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be privileged. "
            "If you are not the intended recipient, please delete it.\n")
    body = _body(_load(tmp_path, text, subject="Transport plan"))
    assert extra in body
    assert "click here" not in body and "CONFIDENTIALITY" not in body and "intended recipient" not in body


def test_a_wholly_quoted_message_is_the_article(tmp_path):
    """A forward that quotes the whole message with ">" (older mail programs) reads the quoted text."""
    quoted = "\n".join("> " + line for line in RELEASE.split("\n"))
    a = _load(tmp_path, f"{quoted}\n", subject="Fwd: Transport plan")
    assert _body(a).startswith(FIRST) and a.title == "Transport plan"


def test_mail_text_reading_is_linear():
    """Reading replies, quotes and markers takes time in proportion to the text: a 40,000-line reply thread
    with attribution-like and header-like lines costs no more per line than a 5,000-line one."""
    chunk = ("On Tuesday the council met and wrote\n> quoted line\nFrom: someone\nSent: today\n"
             "Some text line with words in it\n")

    def cost(n):
        start = time.process_time()
        read_mail_text(chunk * n)
        return time.process_time() - start

    small, large = cost(1000), cost(8000)
    assert large < 16 * max(small, 0.01)


def test_a_folded_subject_is_joined_once_and_a_huge_one_is_read_in_linear_time():
    """A forwarded message's subject folded over lines is one subject; a million folded lines (3 MB) took
    minutes when each was added to the subject in turn, and now take well under a second (10 s allowed)."""
    head = "---------- Forwarded message ---------\nFrom: Press <p@city.example.org>\nDate: Tue, 14 May 2024\n"
    mail = read_mail_text(head + "Subject: Council approves\n  transport plan\n\n" + RELEASE)
    assert mail.forwarded and mail.subject == "Council approves transport plan"
    start = time.perf_counter()
    mail = read_mail_text(head + "Subject: s\n" + " x\n" * 1_000_000 + "\n" + RELEASE)
    assert time.perf_counter() - start < 10.0
    assert mail.subject.startswith("s x x") and mail.body.lstrip().startswith(FIRST)


def test_forward_sent_as_html_and_text_reads_the_text_alternative(tmp_path):
    """A forward sent as HTML and plain text (as Gmail sends it): the plain text shows the forward, so the
    forwarded release is the body and its headers the metadata, not the HTML's forward block."""
    plain = ("FYI\n\n---------- Forwarded message ---------\nFrom: City Press Office <press@city.example.org>\n"
             "Date: Tue, May 14, 2024 at 9:30 AM\nSubject: Council approves transport plan\nTo: <news@example.org>\n\n"
             f"{RELEASE}\n")
    html = ("<html><body><div>FYI</div><div class='gmail_quote'><div>---------- Forwarded message ---------<br>"
            "From: <b>City Press Office</b> &lt;press@city.example.org&gt;<br>Date: Tue, May 14, 2024 at 9:30 AM<br>"
            "Subject: Council approves transport plan<br>To: &lt;news@example.org&gt;<br></div><br>"
            + "".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS) + "</div></body></html>")
    m = EmailMessage()
    m["From"] = "Bob Analyst <bob@example.org>"
    m["Subject"] = "Fwd: Council approves transport plan"
    m["Date"] = "Mon, 20 May 2024 08:00:00 +0200"
    m.set_content(plain)
    m.add_alternative(html, subtype="html")
    f = tmp_path / "fwd.eml"
    f.write_bytes(m.as_bytes())
    a = load_article(f)
    assert (a.title, a.date, a.source) == ("Council approves transport plan", "2024-05-14", "City Press Office")
    body = _body(a)
    assert body.startswith(FIRST) and "Forwarded" not in body and "FYI" not in body

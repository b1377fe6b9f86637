"""Input round 65: a pasted forwarded or replied e-mail gives the story inside it (mail_paste), a standfirst under the
title is body paragraph 1 with the byline under it still read (standfirst), in text, Markdown, HTML and DOCX alike."""

from __future__ import annotations

import time

import pytest

from briefing.core.ingest.html import article_from_html
from briefing.core.ingest.load import load_article
from briefing.core.ingest.mail_paste import read_pasted_mail, subject_title
from briefing.core.ingest.paste import pasted_article
from briefing.core.ingest.standfirst import is_one_sentence, may_precede_byline
from briefing.core.ingest.text import article_from_text

from . import tour_docx as wd

HEADLINE = "Port authority doubles harbour fees for cruise ships"
FIRST = "The port authority will double the fees it charges cruise ships from January, its board decided on Monday."
SECOND = "Cruise lines said they would review their calls at the port next year."
STORY = f"{HEADLINE}\n\n{FIRST}\n\n{SECOND}\n"


def _body(a) -> list[str]:
    return [" ".join(p) for p in a.paragraphs]


# Each mail program's forward, in the users' languages: separator and header lines as the program writes them.
FORWARD_HEADS = {
    "gmail-en": "---------- Forwarded message ---------\nFrom: Desk <desk@example.org>\nDate: Mon, 3 Jun 2024 at 09:12\n"
                "Subject: Fwd: {s}\nTo: <news@example.org>\n",
    "thunderbird-de": "-------- Weitergeleitete Nachricht --------\nBetreff: {s}\nDatum: Mon, 3 Jun 2024 09:12:00 +0200\n"
                      "Von: Desk <desk@example.de>\nAn: Redaktion <news@example.de>\n",
    "outlook-de": "Von: Desk <desk@example.de>\nGesendet: Montag, 3. Juni 2024 09:12\nAn: Redaktion\nBetreff: WG: {s}\n",
    "outlook-fr": "De : Desk <desk@example.fr>\nEnvoyé : lundi 3 juin 2024 09:12\nÀ : Rédaction\nObjet : TR: {s}\n",
    "outlook-es": "De: Desk <desk@example.es>\nEnviado: lunes, 3 de junio de 2024 9:12\nPara: Redacción\nAsunto: RV: {s}\n",
    "outlook-ru": "От: Desk <desk@example.ru>\nОтправлено: 3 июня 2024 г. 9:12\nКому: Редакция\nТема: FW: {s}\n",
    "outlook-uk": "Від: Desk <desk@example.ua>\nНадіслано: понеділок, 3 червня 2024 р. 9:12\nКому: Редакція\nТема: FW: {s}\n",
    "gmail-ru": "---------- Пересланное сообщение ---------\nОт: Desk <desk@example.ru>\nDate: пн, 3 июн. 2024 г. в 09:12\n"
                "Subject: {s}\nTo: <news@example.ru>\n",
    "outlook-note-underscores": "FYI, see below.\n\n________________________________\nFrom: Desk <desk@example.org>\n"
                                "Sent: Monday, 3 June 2024 09:12\nTo: Team\nSubject: FW: {s}\n",
}


@pytest.mark.parametrize("head", FORWARD_HEADS.values(), ids=FORWARD_HEADS.keys())
def test_forward_heads_are_no_article_text(head):
    a = pasted_article(head.format(s=HEADLINE) + "\n" + STORY)
    assert (a.title, _body(a)) == (HEADLINE, [FIRST, SECOND])
    assert a.date == "2024-06-03"


@pytest.mark.parametrize("head", FORWARD_HEADS.values(), ids=FORWARD_HEADS.keys())
def test_forward_subject_is_the_title_when_the_story_has_none(head):
    a = pasted_article(head.format(s=HEADLINE) + f"\n{FIRST}\n\n{SECOND}\n")
    assert (a.title, _body(a)) == (HEADLINE, [FIRST, SECOND])


def test_forward_greeting_is_no_title():
    a = pasted_article(FORWARD_HEADS["gmail-en"].format(s=HEADLINE) + f"\nHi all,\n\n{FIRST}\n")
    assert (a.title, _body(a)) == (HEADLINE, [FIRST])


def test_forward_opened_as_a_text_file(tmp_path):
    path = tmp_path / "forward.txt"
    path.write_text(FORWARD_HEADS["outlook-fr"].format(s=HEADLINE) + "\n" + STORY, encoding="utf-8")
    a = load_article(path)
    assert (a.title, _body(a)[0]) == (HEADLINE, FIRST)


ATTRIBUTIONS = {
    "en": "On Mon, 3 Jun 2024 at 09:12, Tom Reed <tom@example.org> wrote:",
    "de": "Am 03.06.2024 um 09:12 schrieb Tom Reed <tom@example.de>:",
    "fr": "Le lun. 3 juin 2024 à 09:12, Tom Reed <tom@example.fr> a écrit :",
    "es": "El lun, 3 jun 2024 a las 9:12, Tom Reed (<tom@example.es>) escribió:",
    "ru": "03.06.2024 9:12, Том Рид пишет:",
    "uk": "пн, 3 черв. 2024 р. о 09:12 Том Рід <tom@example.ua> пише:",
}


def _quoted(text: str) -> str:
    return "\n".join(f"> {ln}" if ln else ">" for ln in text.rstrip("\n").split("\n")) + "\n"


@pytest.mark.parametrize("line", ATTRIBUTIONS.values(), ids=ATTRIBUTIONS.keys())
def test_reply_over_a_quoted_story_gives_the_story(line):
    a = pasted_article(f"Worth a look.\n\n{line}\n" + _quoted(STORY))
    assert (a.title, _body(a)) == (HEADLINE, [FIRST, SECOND])


def test_reply_with_a_long_note_keeps_the_note():
    note = ("I read the piece below and think we should follow it up with our own reporting on the fees, "
            "because the port board meets again next week and the cruise lines have already said they will "
            "review their calls. Can you ask the harbour master for an interview before Friday?")
    a = pasted_article(f"{note}\n\n{ATTRIBUTIONS['en']}\n" + _quoted(STORY))
    assert _body(a)[0] == note


def test_reply_over_a_short_quote_keeps_the_reply():
    reply = "Yes, the fees double from January. The board voted on Monday and the decision is final."
    a = pasted_article(f"{reply}\n\n{ATTRIBUTIONS['en']}\n> Do the fees really double?\n")
    assert _body(a) == [reply]


def test_a_sentence_ending_in_pishet_is_no_attribution():
    text = ("Рынок жилья замедляется\n\nОб этом пишет:\n\n"
            "Продажи новых квартир в марте упали на треть по сравнению с прошлым годом.\n")
    assert read_pasted_mail(text) is None


def test_memo_sender_stays_the_author():
    a = pasted_article("From: Karen Holloway, Deputy Administrator\nTo: All staff\nDate: 3 June 2024\n"
                       "Subject: Office move in July\n\nThe office moves to the new building on 1 July. Pack your desks.\n")
    assert (a.title, a.authors, a.date) == ("Office move in July", ["Karen Holloway"], "2024-06-03")


def test_subject_marks_taken_off():
    assert subject_title("RE: FW: WG:  Bahn streicht Nachtzüge") == "Bahn streicht Nachtzüge"
    assert subject_title("Тема: без меток") == "Тема: без меток"
    assert subject_title("Update: rates rise") == "Update: rates rise"


def test_outlook_clipboard_html_of_a_forward_reads_the_text():
    text = FORWARD_HEADS["outlook-note-underscores"].format(s=HEADLINE).split("\n\n", 1)[1] + "\n" + STORY
    html = ("<html><body><!--StartFragment--><div><p class=MsoNormal><b>From:</b> Desk &lt;desk@example.org&gt;<br>"
            "<b>Sent:</b> Monday, 3 June 2024 09:12<br><b>To:</b> Team<br><b>Subject:</b> FW: " + HEADLINE +
            "<o:p></o:p></p></div>" + f"<p class=MsoNormal><b>{HEADLINE}</b><o:p></o:p></p>"
            f"<p class=MsoNormal>{FIRST}<o:p></o:p></p><p class=MsoNormal>{SECOND}<o:p></o:p></p>"
            "<!--EndFragment--></body></html>")
    a = pasted_article(text, html)
    assert (a.title, _body(a)) == (HEADLINE, [FIRST, SECOND])


# A standfirst under the title is body paragraph 1 in every format; the byline and date under it are read.
DEK = "Cruise lines warn they may skip the port as costs climb."
BYLINE, DAY = "By Helen Ward", "5 April 2025"
REST = [FIRST, SECOND]


def _check_standfirst(a):
    assert (a.title, a.authors, a.date) == (HEADLINE, ["Helen Ward"], "2025-04-05")
    assert _body(a) == [DEK, *REST]


def test_standfirst_sentence_in_text():
    _check_standfirst(article_from_text(f"{HEADLINE}\n\n{DEK}\n\n{BYLINE}\n{DAY}\n\n" + "\n\n".join(REST)))


def test_standfirst_sentence_in_markdown():
    _check_standfirst(article_from_text(f"# {HEADLINE}\n\n{DEK}\n\n{BYLINE}\n{DAY}\n\n" + "\n\n".join(REST),
                                        fmt="markdown"))


def test_standfirst_date_in_german_under_the_byline():
    a = article_from_text(f"{HEADLINE}\n\n{DEK}\n\nVon Anna Schmidt\n3. Juni 2024\n\n" + "\n\n".join(REST))
    assert (a.authors, a.date, _body(a)[0]) == (["Anna Schmidt"], "2024-06-03", DEK)


@pytest.mark.parametrize("dek", [f"<h2>{DEK}</h2>", f'<p class="standfirst">{DEK}</p>'])
def test_standfirst_in_html(dek):
    html = (f"<html><body><article><h1>{HEADLINE}</h1>{dek}<p>{BYLINE}</p><p>{DAY}</p>"
            + "".join(f"<p>{p}</p>" for p in REST) + "</article></body></html>")
    _check_standfirst(article_from_html(html, "page"))


def test_standfirst_in_docx(tmp_path):
    body = [wd.p(HEADLINE, style="Title"), wd.p(DEK, style="Subtitle"), wd.p(BYLINE), wd.p(DAY),
            *(wd.p(p) for p in REST)]
    _check_standfirst(load_article(wd.write_docx(tmp_path / "dek.docx", body)))


def test_two_sentence_first_paragraph_is_no_standfirst():
    assert is_one_sentence(DEK)
    assert not is_one_sentence(FIRST + " " + SECOND)
    assert not may_precede_byline([FIRST + " " + SECOND])
    assert not may_precede_byline([DEK, FIRST])


def test_hostile_lines_read_in_bounded_time():
    # About 1 MB each; linear (mail_text reads a 200,000-line quote in about 1.5 s, as an .eml's text part)
    for text in ("> " * 500_000, "From: " + "x" * 1_000_000, "a. " * 300_000 + "wrote:\n> x",
                 ("On x wrote:\n" + "> y\n" * 200_000)):
        start = time.thread_time()
        read_pasted_mail(text)
        is_one_sentence(text)
        assert time.thread_time() - start < 5.0

"""Replies and forwards sent as HTML only (no text/plain part) read as their plain-text twins do: the quoted
message (Gmail's gmail_quote, Apple Mail's and Thunderbird's blockquote type="cite", Outlook's divRplyFwdMsg
under appendonsend), its "On ... wrote:" line and the signature are no article; a forwarded message is.
Every message is a real .eml file written here with the standard library's email package."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from briefing.core.ingest import load_article

from tests.core.builders import ARTICLE_PARAGRAPHS

FIRST = ARTICLE_PARAGRAPHS[0].split(". ")[0] + "."
PARAS = "".join(f"<div>{p}</div><div><br></div>" for p in ARTICLE_PARAGRAPHS)
OLD = "Quotedword earlier message about parking fees that nobody asked for."


def _load(tmp_path, html: str, subject: str = "Re: Transport plan"):
    m = EmailMessage()
    m["From"] = "Bob Analyst <bob@example.org>"
    m["To"] = "team@example.org"
    m["Subject"] = subject
    m["Date"] = "Mon, 20 May 2024 08:00:00 +0200"
    m.set_content(html, subtype="html")
    assert not any(p.get_content_type() == "text/plain" for p in m.walk())
    f = tmp_path / "mail.eml"
    f.write_bytes(m.as_bytes())
    return load_article(f)


def _body(article) -> str:
    return " ".join(" ".join(p) for p in article.paragraphs)


GMAIL_SIGNATURE = ('<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
                   '<div dir="ltr" class="gmail_signature"><div dir="ltr">Bob Analyst<br>Senior analyst, '
                   'Signatureword Unit</div></div>')

REPLIES = {
    "gmail": (f'<div dir="ltr">{PARAS}{GMAIL_SIGNATURE}</div><br><div class="gmail_quote"><div dir="ltr" '
              'class="gmail_attr">On Tue, May 14, 2024 at 9:30 AM Jane Doe &lt;<a href="mailto:jane@city.example.org">'
              'jane@city.example.org</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px">'
              f'<div dir="ltr"><div>{OLD}</div><div><br></div><div>{OLD}</div></div></blockquote></div>'),
    "apple": (f'<html><body><div>{PARAS}</div><div><br><blockquote type="cite"><div>On 14 May 2024, at 09:30, '
              f'Jane Doe &lt;jane@city.example.org&gt; wrote:</div><br><div><div>{OLD}</div></div></blockquote>'
              '</div></body></html>'),
    "thunderbird": (f'<html><body><p>{"</p><p>".join(ARTICLE_PARAGRAPHS)}</p><div class="moz-cite-prefix">On '
                    '14/05/2024 09:30, Jane Doe wrote:<br></div><blockquote type="cite" cite="mid:x@y">'
                    f'<p>{OLD}</p><blockquote type="cite"><p>{OLD}</p></blockquote></blockquote>'
                    '<pre class="moz-signature" cols="72">-- \nBob Analyst\nSignatureword Unit</pre></body></html>'),
    "outlook": (f'<html><body><div>{PARAS}</div><div id="Signature"><div>Bob Analyst | Signatureword Unit</div>'
                '</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">'
                '<b>From:</b> Jane Doe &lt;jane@city.example.org&gt;<br><b>Sent:</b> Tuesday, May 14, 2024 9:30 AM'
                '<br><b>To:</b> Bob Analyst &lt;bob@example.org&gt;<br><b>Subject:</b> Transport plan</font>'
                f'<div>&nbsp;</div></div><div><div>{OLD}</div><div>{OLD}</div></div></body></html>'),
}


@pytest.mark.parametrize("client", sorted(REPLIES))
def test_html_only_reply_keeps_only_the_writers_own_text(tmp_path, client):
    """An HTML-only reply (Gmail, Apple Mail, Thunderbird, Outlook): the quoted original, its attribution
    or header block and the signature are dropped; the writer's own three paragraphs are the article."""
    a = _load(tmp_path, REPLIES[client])
    body = _body(a)
    assert body.startswith(FIRST), body[:120]
    assert body.endswith("open in 2028."), body[-200:]
    for gone in ("Quotedword", "wrote", "Signatureword", "Jane Doe", "Sent:"):
        assert gone not in body, gone
    assert len(a.paragraphs) == 3
    assert (a.title, a.date, a.source) == ("Transport plan", "2024-05-20", "Bob Analyst")


FORWARDS = {
    "gmail": ('<div dir="ltr">FYI, see below.<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
              '---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">City '
              'Press Office</strong> <span dir="auto">&lt;press@city.example.org&gt;</span><br>Date: Tue, May 14, '
              '2024 at 9:30 AM<br>Subject: [press] Council approves transport plan<br>To: &lt;news@example.org&gt;'
              f'<br></div><br><br><div dir="ltr">{PARAS}</div></div></div>'),
    "apple": ('<html><body><div>FYI, see below.<br><div><br><blockquote type="cite"><div>Begin forwarded message:'
              '</div><br><div style="margin:0"><span><b>From: </b></span><span>City Press Office &lt;'
              'press@city.example.org&gt;</span></div><div style="margin:0"><span><b>Subject: </b></span><span>'
              '<b>[press] Council approves transport plan</b></span></div><div style="margin:0"><span><b>Date: '
              '</b></span><span>14 May 2024 at 09:30:00 CEST</span></div><div style="margin:0"><span><b>To: '
              f'</b></span><span>news@example.org</span></div><br><div>{PARAS}</div></blockquote></div></div>'
              '</body></html>'),
    "outlook": ('<html><body><div>FYI</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%">'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri"><b>From:</b> City Press Office &lt;'
                'press@city.example.org&gt;<br><b>Sent:</b> Tuesday, May 14, 2024 9:30 AM<br><b>To:</b> '
                'news@example.org<br><b>Subject:</b> [press] Council approves transport plan</font><div>&nbsp;'
                f'</div></div><div>{PARAS}</div></body></html>'),
}


@pytest.mark.parametrize("client", sorted(FORWARDS))
def test_html_only_forward_reads_the_forwarded_message(tmp_path, client):
    """An HTML-only forward (Gmail, Apple Mail, Outlook): the cover note goes, the forwarded message is the
    body, and its own Subject, Date and sender are the title, date and source."""
    a = _load(tmp_path, FORWARDS[client], subject="Fwd: [press] Council approves transport plan")
    body = _body(a)
    assert body.startswith(FIRST), body[:120]
    assert body.endswith("open in 2028.")
    assert "FYI" not in body and "press@" not in body
    assert (a.title, a.date, a.source) == ("Council approves transport plan", "2024-05-14", "City Press Office")


def test_html_only_newsletter_is_read_as_a_page(tmp_path):
    """An HTML-only e-mail with no quoted message (a newsletter) is still read as a web page."""
    html = (f"<html><body><h1>Transport news</h1>{''.join(f'<p>{p}</p>' for p in ARTICLE_PARAGRAPHS)}"
            "</body></html>")
    a = _load(tmp_path, html, subject="Transport news")
    assert a.format == "email" and _body(a).startswith(FIRST) and len(a.paragraphs) == 3

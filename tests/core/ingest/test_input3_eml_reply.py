"""input3: an .eml reply whose short note sits over a quoted story gives the quoted story, as a pasted one does
(mail_paste.reply_quote, one rule for both paths); a long note, or a short quote, keeps the reply. Cases written
before the change, every third set aside (looked at once, at the end)."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from briefing.core.ingest.load import load_article
from briefing.core.ingest.mail_paste import reply_quote
from briefing.core.ingest.paste import pasted_article

from .test_input65_mail import ATTRIBUTIONS, FIRST, HEADLINE, SECOND, STORY, _quoted

NOTE = ("I read the piece below and think we should follow it up with our own reporting on the fees, because the "
        "port board meets again next week and the cruise lines have already said they will review their calls. "
        "Can you ask the harbour master for an interview before Friday?")
REPLY = "Yes, the fees double from January. The board voted on Monday and the decision is final."

#: (case, text part, expected body paragraphs)
CASES = [
    ("en short note", f"Worth a look.\n\n{ATTRIBUTIONS['en']}\n" + _quoted(STORY), [FIRST, SECOND]),
    ("de short note", f"Lesenswert.\n\n{ATTRIBUTIONS['de']}\n" + _quoted(STORY), [FIRST, SECOND]),
    ("fr short note", f"À lire.\n\n{ATTRIBUTIONS['fr']}\n" + _quoted(STORY), [FIRST, SECOND]),
    ("es short note", f"Interesante.\n\n{ATTRIBUTIONS['es']}\n" + _quoted(STORY), [FIRST, SECOND]),
    ("ru short note", f"Посмотри.\n\n{ATTRIBUTIONS['ru']}\n" + _quoted(STORY), [FIRST, SECOND]),
    ("uk short note", f"Глянь.\n\n{ATTRIBUTIONS['uk']}\n" + _quoted(STORY), [FIRST, SECOND]),
    ("long note keeps the note", f"{NOTE}\n\n{ATTRIBUTIONS['en']}\n" + _quoted(STORY), [NOTE]),
    ("short quote keeps the reply", f"{REPLY}\n\n{ATTRIBUTIONS['en']}\n> Do the fees really double?\n", [REPLY]),
    ("no note at all", f"{ATTRIBUTIONS['en']}\n" + _quoted(STORY), [FIRST, SECOND]),
]
DEV = [c for i, c in enumerate(CASES) if i % 3 != 2]
ASIDE = [c for i, c in enumerate(CASES) if i % 3 == 2]


def _eml(tmp_path, text: str):
    m = EmailMessage()
    m["From"] = "Bob Analyst <bob@example.org>"
    m["To"] = "team@example.org"
    m["Subject"] = f"Re: {HEADLINE}"
    m["Date"] = "Mon, 3 Jun 2024 10:00:00 +0200"
    m.set_content(text)
    path = tmp_path / "reply.eml"
    path.write_bytes(m.as_bytes())
    return load_article(path)


def _body(article) -> list[str]:
    return [" ".join(p) for p in article.paragraphs]


def _check(tmp_path, text, expected):
    a = _eml(tmp_path, text)
    assert _body(a) == expected
    assert a.title == HEADLINE
    assert _body(pasted_article(text)) == expected  # the paste path, the same rule


@pytest.mark.parametrize("case, text, expected", DEV, ids=[c[0] for c in DEV])
def test_eml_reply_development(tmp_path, case, text, expected):
    _check(tmp_path, text, expected)


@pytest.mark.parametrize("case, text, expected", ASIDE, ids=[c[0] for c in ASIDE])
def test_eml_reply_set_aside(tmp_path, case, text, expected):
    _check(tmp_path, text, expected)


def test_reply_quote_is_none_for_a_forward_and_plain_text():
    assert reply_quote("---------- Forwarded message ---------\nFrom: A <a@b.org>\nSubject: X\n\n" + STORY) is None
    assert reply_quote(STORY) is None
    assert reply_quote(f"Worth a look.\n\n{ATTRIBUTIONS['en']}\n" + _quoted(STORY)).startswith(HEADLINE)

"""What desktop applications put on the clipboard (or in a drag) when an analyst copies an article.

Built by hand in the shapes Chrome, Firefox, Word and Outlook use for ``text/html`` beside ``text/plain``;
shared by the core paste tests and the window's paste and drop tests.
"""

from __future__ import annotations

TITLE = "Floods close the port of Rotterdam"
AUTHOR = "Anna de Vries"
PARAGRAPHS = [
    "Heavy rain flooded the port of Rotterdam on Monday, the harbour master said, and ships were told "
    "to wait offshore until the water went down.",
    "The Dutch government promised emergency help for the port and its workers, and the transport minister "
    "Mark Harbers visited the docks in the afternoon.",
    "Shipping companies including Maersk said deliveries to Germany and Belgium would be late by several days, "
    "while the port authority counted the damage to its cranes.",
    "Forecasters expect more rain on Wednesday, and the water board asked residents near the river to move "
    "their cars to higher ground before the evening.",
]
CAPTION = "Water covers a quay in the port of Rotterdam on Monday. Photo: Reuters"


def chrome_fragment() -> str:
    """A selection copied in Chrome: the fragment wrapped in html/body and Start/EndFragment comments,
    inline styles and span soup, a figure with a caption, a link, the byline and the date."""
    style = ' style="color: rgb(33, 33, 33); font-family: Georgia, serif; font-size: 18px;"'
    link = '<a href="https://www.maersk.com">Maersk</a>'
    paras = "".join(f'<p{style}><span style="font-weight: 400;">{p.replace("Maersk", link)}</span></p>'
                    for p in PARAGRAPHS[:3])
    rest = "".join(f"<p{style}><span>{p}</span></p>" for p in PARAGRAPHS[3:])
    return ("<html><body>\n<!--StartFragment-->"
            f'<h1 class="headline"{style}><span>{TITLE}</span></h1>'
            f'<div class="byline"{style}><span>By <a href="/authors/anna">{AUTHOR}</a></span></div>'
            f'<div{style}><time datetime="2024-03-04T09:30:00Z">4 March 2024</time></div>'
            f"{paras}"
            f'<figure><img src="https://example.com/quay.jpg" alt=""><figcaption{style}>{CAPTION}</figcaption></figure>'
            f"{rest}"
            "<!--EndFragment-->\n</body>\n</html>")


def chrome_plain() -> str:
    """Chrome's ``text/plain`` of the same selection: one line per block, blank lines between paragraphs."""
    return "\n".join([TITLE, f"By {AUTHOR}", "4 March 2024", *PARAGRAPHS[:3], CAPTION, *PARAGRAPHS[3:]]).replace(
        ".\n", ".\n\n")


def run_together_plain() -> str:
    """A plain text that lost the breaks between blocks (a page whose paragraphs are styled divs, copied in some
    browsers): the headline, byline and paragraphs run together on one line."""
    return " ".join([TITLE, f"By {AUTHOR}", "4 March 2024", *PARAGRAPHS])


def firefox_fragment() -> str:
    """Firefox on Linux: a meta charset, then the fragment as it stands in the page (no Start/EndFragment)."""
    return ('<meta http-equiv="content-type" content="text/html; charset=utf-8">'
            f'<h1 style="margin: 0px;">{TITLE}</h1>'
            f'<p class="byline" style="font-size: 14px;">By {AUTHOR} | 4 March 2024</p>'
            + "".join(f'<p style="line-height: 1.6;">{p}</p>' for p in PARAGRAPHS))


def firefox_plain_wrapped() -> str:
    """A plain text that breaks lines inside paragraphs (a reader view copied in some browsers)."""
    import textwrap

    lines = [TITLE, f"By {AUTHOR} | 4 March 2024"]
    for p in PARAGRAPHS:
        lines += textwrap.wrap(p, 60)
    return "\n".join(lines)


def word_fragment() -> str:
    """Word (and Outlook, which writes with Word): a whole HTML document with Office namespaces, mso- styles,
    ``<o:p>`` and the Start/EndFragment comments around the selection."""
    head = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
            '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>'
            '</head><body lang=EN-GB style="tab-interval:36.0pt"><!--StartFragment-->')
    body = (f'<p class=MsoTitle style="mso-margin-top-alt:auto"><span lang=EN-GB style="mso-ansi-language:EN-GB">'
            f'{TITLE}<o:p></o:p></span></p>'
            f'<p class=MsoNormal><i><span style="mso-bidi-font-family:Calibri">By {AUTHOR}</span></i><o:p></o:p></p>'
            + "".join(f'<p class=MsoNormal style="mso-margin-top-alt:auto;mso-margin-bottom-alt:auto">'
                      f'<span style="font-size:12.0pt;mso-fareast-font-family:&quot;Times New Roman&quot;">{p}'
                      f'</span><o:p></o:p></p>' for p in PARAGRAPHS))
    return head + body + "<!--EndFragment--></body></html>"


def word_plain() -> str:
    """Word's ``text/plain``: paragraphs on single lines with blank lines between (it is good)."""
    return "\n\n".join([TITLE, f"By {AUTHOR}", *PARAGRAPHS])


def outlook_fragment() -> str:
    """An article forwarded in a mail, copied from Outlook: Word's HTML inside a ``WordSection1`` div, with the
    forward header, and the paragraphs' text broken by ``<br>`` nowhere (one ``p`` each)."""
    return word_fragment().replace("<!--StartFragment-->", '<!--StartFragment--><div class=WordSection1>').replace(
        "<!--EndFragment-->", "</div><!--EndFragment-->")


def editor_fragment() -> str:
    """A code editor's copy (VS Code style): one ``div`` per line of a hard-wrapped text, in monospace spans."""
    import textwrap

    lines = [TITLE, ""]
    for p in PARAGRAPHS:
        lines += textwrap.wrap(p, 60) + [""]
    divs = "".join(f'<div><span style="color: #d4d4d4;">{line or "<br>"}</span></div>' for line in lines)
    return f'<meta charset="utf-8"><div style="font-family: Consolas; white-space: pre;">{divs}</div>'


def editor_plain() -> str:
    """The editor's ``text/plain``: the hard-wrapped text with blank lines between paragraphs."""
    import textwrap

    return "\n\n".join([TITLE, *("\n".join(textwrap.wrap(p, 60)) for p in PARAGRAPHS)])

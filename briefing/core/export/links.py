"""Links into the source: text-fragment URLs for a sentence and a short form of a URL for display.

A text fragment (WICG "Scroll To Text Fragment", in Chrome, Edge, Safari and
Firefox 131+) opens a page scrolled to, and highlighting, a passage:
``URL#:~:text=start,end`` matches the shortest run of text that begins with the
words ``start`` and ends with the words ``end``. The spec requires ``-``, ``&``
and ``,`` inside a term to be percent-encoded (they are its syntax), and the
term to be percent-encoded UTF-8 otherwise; this module encodes everything but
ASCII letters, digits and ``. _ ~``.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit

#: Words in each of ``start`` and ``end``; a sentence this short or shorter is one ``start`` term.
FRAGMENT_WORDS = 4
_EDGE_PUNCTUATION = "\"'“”‘’«»„‚()[]{}.,;:!?…—–-*"


def encode_term(term: str) -> str:
    """Return a text-fragment term percent-encoded per the spec (``-``, ``&``, ``,`` and spaces too)."""
    return quote(term, safe="").replace("-", "%2D")


def fragment_terms(sentence: str, words: int = FRAGMENT_WORDS) -> tuple[str, str]:
    """Return the (start, end) words of a sentence for a text fragment; end is "" for a short sentence.

    Quotes and punctuation at the edges are left out (a page may use other
    quote characters than the extracted text, and a term must begin and end at
    a word boundary); the words themselves are kept verbatim.
    """
    tokens = sentence.split()
    while tokens and not tokens[0].strip(_EDGE_PUNCTUATION):
        tokens.pop(0)
    while tokens and not tokens[-1].strip(_EDGE_PUNCTUATION):
        tokens.pop()
    if not tokens:
        return "", ""
    tokens[0] = tokens[0].lstrip(_EDGE_PUNCTUATION)
    tokens[-1] = tokens[-1].rstrip(_EDGE_PUNCTUATION)
    if len(tokens) <= 2 * words:
        return " ".join(tokens), ""
    start = " ".join(tokens[:words]).rstrip(_EDGE_PUNCTUATION) or " ".join(tokens[:words])
    end = " ".join(tokens[-words:]).lstrip(_EDGE_PUNCTUATION) or " ".join(tokens[-words:])
    return start, end


def text_fragment_url(url: str, sentence: str) -> str:
    """Return ``url`` with a text fragment that opens the page at ``sentence`` (``url`` itself when it has no words).

    An existing fragment is kept (``#top:~:text=...``); an existing text
    directive is replaced.
    """
    start, end = fragment_terms(sentence)
    if not start:
        return url
    base, _, fragment = url.partition("#")
    fragment = fragment.split(":~:", 1)[0]
    directive = "text=" + encode_term(start) + ("," + encode_term(end) if end else "")
    return f"{base}#{fragment}:~:{directive}"


def short_url(url: str, limit: int = 48) -> str:
    """Return a URL shortened for display: no scheme, no "www.", the path cut to ``limit`` characters with "…".

    The host is always kept whole; the link itself keeps the full URL.
    """
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. "https://[" ("Invalid IPv6 URL"): shown as it is (found by the hypothesis suite)
        parts = None
    if parts is None or not parts.netloc:
        text = url
        host = ""
    else:
        host = parts.netloc[4:] if parts.netloc.startswith("www.") else parts.netloc
        text = host + parts.path.rstrip("/") + (f"?{parts.query}" if parts.query else "")
    if len(text) <= limit:
        return text
    keep = max(limit - 1, len(host) + 2)
    return text[:keep].rstrip("/-_.") + "…"

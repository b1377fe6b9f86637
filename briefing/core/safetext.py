"""Text that every later step can encode: cleaning applied where text enters the app.

Python strings can hold lone UTF-16 surrogates (``"\\ud800"`` from a JSON
file, ``"\\udcff"`` from an undecodable command-line byte, a broken paste),
which no encoder accepts: the PDF and the JSON save then fail (issue 18). The
edges (briefing-file load, command-line arguments, pasted text, export) pass
user text through :func:`clean_unicode` so nothing downstream sees them.
"""

from __future__ import annotations

import os
import re
from dataclasses import fields, is_dataclass
from typing import Any

#: C0/C1 control characters other than tab and line breaks, and the noncharacters U+FFFE/U+FFFF.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def clean_unicode(text: str) -> str:
    """Return ``text`` that encodes as UTF-8: surrogate pairs joined, lone surrogates as U+FFFD,
    control characters (other than tab, CR and LF) removed."""
    if _SURROGATE.search(text):
        # UTF-16 round trip: a valid high+low pair becomes its character, a lone half becomes U+FFFD.
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return _CONTROL.sub("", text)


def clean_argument(text: str) -> str:
    """Return a command-line argument as clean text: bytes that were not valid in the locale's
    encoding (Python keeps them as surrogate escapes) are decoded as UTF-8 where they form it, else U+FFFD."""
    try:
        raw = os.fsencode(text)
    except UnicodeError:
        return clean_unicode(text)
    return clean_unicode(raw.decode("utf-8", "replace"))


def clean_strings(obj: Any) -> Any:
    """Clean every string inside a dataclass, list or dict in place (see :func:`clean_unicode`); return ``obj``.

    Strings directly in a list or dict are replaced; the walk follows the
    model's shapes only (a few levels), so its depth is bounded by the data's.
    """
    if is_dataclass(obj) and not isinstance(obj, type):
        for f in fields(obj):
            value = getattr(obj, f.name)
            if isinstance(value, str):
                setattr(obj, f.name, clean_unicode(value))
            elif isinstance(value, (list, dict)) or is_dataclass(value):
                clean_strings(value)
    elif isinstance(obj, list):
        for i, value in enumerate(obj):
            if isinstance(value, str):
                obj[i] = clean_unicode(value)
            elif isinstance(value, (list, dict)) or is_dataclass(value):
                clean_strings(value)
    elif isinstance(obj, dict):
        for key, value in list(obj.items()):
            if isinstance(value, str):
                obj[key] = clean_unicode(value)
            elif isinstance(value, (list, dict)) or is_dataclass(value):
                clean_strings(value)
    return obj

"""Is a capitalised word written in lower case elsewhere in the body ("Neuroscience tells us" beside "advances in
neuroscience")? The resolver asks it of lone sentence-opening words (:func:`.resolve._resolve`).
"""

from __future__ import annotations


#: The body's text as bytes for :func:`lower_words`: an ASCII capital becomes "A" (it spoils the lower-case
#: letters after it), a-z stay, every other byte (marks, digits, the bytes of other letters) is a space.
_LOWER_BYTES = bytes(c if 97 <= c <= 122 else 65 if 65 <= c <= 90 else 32 for c in range(256))


def lower_words(texts: list[str]) -> set[bytes]:
    """The lower-case words of ``texts`` (runs of a-z after no ASCII letter, UTF-8), without a regex.

    As ``(?<![A-Za-z])[a-z]+`` over each text (``tests/core/actors/test_speed21.py``): after the bytes
    are mapped, a chunk between spaces keeps only its leading run of a-z ("McDonald" gives none, "e-mail"
    "e" and "mail"). A byte translation and one split run in C: a 100k-word body took 28 ms with the regex, 4 ms here.
    """
    # Each capital ("A") opens a piece of its own: a chunk's leading run of a-z is then a piece of a-z only, and
    # every other piece starts with "A", which ``bytes.islower`` rejects (as it rejects nothing of a-z, at least
    # one letter): the same set as ``{c.split(b"A", 1)[0] for c in chunks} - {b""}``, with no bytecode per chunk.
    body = "\n".join(texts).encode("utf-8", "surrogatepass").translate(_LOWER_BYTES)
    return set(filter(bytes.islower, set(body.replace(b"A", b" A").split())))


def _written_lower(word: str, texts: list[str], seen: dict) -> bool:
    """True when the body writes ``word`` in lower case too, as a word of its own ("in neuroscience,").

    ``seen`` holds the body's lower-case words, gathered on the first call (most texts never ask).
    """
    if "words" not in seen:
        seen["words"] = lower_words(texts)
    low = word.lower()
    return low != word and low.encode("utf-8", "surrogatepass") in seen["words"]

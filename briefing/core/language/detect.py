"""Detect the language of an article, offline.

The only module that imports py3langid (BSD-3-Clause, 4.6 MB with its model,
142 languages). It was chosen over lingua-language-detector by measurement:
same accuracy on the 135 XL-Sum articles, better on short headlines, 20 times
smaller and 10-20 times faster (figures in docs/language-detection.md).

The model is loaded on the first call, never at import time. py3langid ships it
LZMA-compressed (4.6 MB; 68 MB unpacked): unpacking takes 0.3-0.5 s of CPU,
more than the rest of a short article's analysis. So the first load unpacks it
once into the user cache folder (``langid-model-<key>/``, one ``.npy`` file per
array, keyed by the model file and py3langid's code) and later processes map
those files into memory (about 10 ms; only the pages a text touches are read,
and they are let go after each detection: see ``_release_pages``). Without a
writable cache folder, or when the cached files are unreadable, py3langid's own
loader runs as before.
"""

from __future__ import annotations

import os
from functools import lru_cache

#: Languages the app processes with their own resources (ISO 639-1).
SUPPORTED = ("en", "ru", "uk", "de", "fr", "es")
#: Returned when the text is empty or the detector is unsure.
DEFAULT = "en"
#: Below this probability (py3langid's normalised score) the answer is "unsure".
MIN_CONFIDENCE = 0.5
#: Only the start of a long text is read: 20,000 characters take about 15 ms,
#: and no article changes language after that many.
MAX_CHARS = 20_000
#: Share of letters in a non-Latin script above which that script's language
#: wins over a Latin-script answer (see ``_non_latin_words``).
NON_LATIN_SHARE = 0.05

# py3langid labels a few languages with ISO 639-3 codes (e.g. "ace", "fuv");
# those have no 639-1 code and are returned as they are. "zxx" means "no
# linguistic content" (digits, symbols).
_NO_LANGUAGE = "zxx"


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's identifier with normalised probabilities (loaded once: from the user cache when it is there)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    folder = _model_cache_dir()
    if folder is not None:
        identifier = _load_cached_model(folder)
        if identifier is not None:
            return identifier
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    if folder is not None:
        _store_model(identifier, folder)
    return identifier


_MODEL_CACHE_FORMAT = 1
#: The identifier's arrays, as py3langid's constructor takes them, and the file each is cached in.
_MODEL_ARRAYS = ("nb_ptc", "nb_pc", "nb_classes", "tk_nextmove", "tk_row", "tk_output")


def _model_cache_dir():
    """Return the cache folder of the unpacked model for this model file and py3langid, or None without a cache."""
    import hashlib
    from pathlib import Path

    from py3langid import langid, modelio

    from ...paths import user_cache_dir

    root = user_cache_dir()
    if root is None:
        return None
    digest = hashlib.sha256(f"{_MODEL_CACHE_FORMAT}\0".encode())
    for path in (langid.MODEL_DIR / langid.MODEL_FILE, Path(langid.__file__), Path(modelio.__file__)):
        try:
            stat = path.stat()
        except OSError:
            return None
        digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    return root / f"langid-model-{digest.hexdigest()[:32]}"


def _load_cached_model(folder):
    """Return the identifier built on the memory-mapped arrays in ``folder``, or None when they are not usable."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    try:
        arrays = {name: _map_array(folder / f"{name}.npy") for name in _MODEL_ARRAYS}
    except (OSError, ValueError):
        return None
    ptc, pc, nextmove = arrays["nb_ptc"], arrays["nb_pc"], arrays["tk_nextmove"]
    if ptc.ndim != 2 or pc.shape != (ptc.shape[1],) or arrays["nb_classes"].shape != pc.shape \
            or nextmove.ndim != 1 or arrays["tk_row"].shape != arrays["tk_output"].shape \
            or nextmove.dtype.kind != "u":
        return None
    # The DFA table is walked one byte at a time with Python ints: a memoryview indexes like
    # py3langid's own array.array, without copying the mapped file, and gives Python ints. The
    # outputs and the row offsets are read the same way: as lists of Python ints (py3langid's own
    # form) they held about 10 MB in every process that detects a language.
    identifier = LanguageIdentifier(ptc, pc, arrays["nb_classes"].tolist(), memoryview(nextmove),
                                    memoryview(arrays["tk_output"]), norm_probs=True,
                                    tk_row=memoryview(arrays["tk_row"]))
    # py3langid shifts each row once (``row << 8``) into a list; the same offsets, int64 (a uint16 would overflow).
    identifier._rowbase = memoryview(arrays["tk_row"].astype(np.int64) << 8)
    return identifier


#: The memory maps of the cached model (see :func:`_release_pages`).
_MAPS: list = []


def _map_array(path):
    """Return the array of a ``.npy`` file as a read-only view of a memory map (kept in ``_MAPS``).

    Raises ValueError for a file that is not a plain C-order ``.npy`` array of numbers, OSError when unreadable.
    """
    import mmap

    import numpy as np

    with open(path, "rb") as fh:
        version = np.lib.format.read_magic(fh)
        if version == (1, 0):
            shape, fortran, dtype = np.lib.format.read_array_header_1_0(fh)
        elif version == (2, 0):
            shape, fortran, dtype = np.lib.format.read_array_header_2_0(fh)
        else:
            raise ValueError(f"{path}: .npy version {version}")
        if fortran or dtype.hasobject:
            raise ValueError(f"{path}: not a C-order array of numbers")
        offset = fh.tell()
        count = 1
        for size in shape:
            count *= size
        if offset + count * dtype.itemsize != os.fstat(fh.fileno()).st_size:
            raise ValueError(f"{path}: truncated")
        mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    _MAPS.append(mapped)
    return np.frombuffer(mapped, dtype=dtype, count=count, offset=offset).reshape(shape)


def _release_pages() -> None:
    """Let go of the model pages a detection touched (they stay in the OS file cache).

    Walking the model for even a short text touches pages all over its two big
    tables, and the kernel maps their neighbours too: about 40 MB resident
    after one call. Nothing else needs them, so they are unmapped (read again
    from the file cache, in a few ms, by the next detection) rather than
    counted in the process's memory for the rest of its life.
    """
    import mmap

    advice = getattr(mmap, "MADV_DONTNEED", None)
    if advice is None:  # pragma: no cover - Windows has no madvise
        return
    for mapped in _MAPS:
        try:
            mapped.madvise(advice)
        except (OSError, ValueError):  # pragma: no cover - closed or refused: the pages simply stay
            pass


def _store_model(identifier, folder) -> None:
    """Write the identifier's arrays to ``folder`` (a new folder renamed into place; older ones removed; failures ignored)."""
    import shutil
    import tempfile

    import numpy as np

    def as_array(value):
        if isinstance(value, np.ndarray):
            return value
        if hasattr(value, "typecode"):  # array.array: same bytes, same item type
            return np.frombuffer(value, dtype=np.dtype(value.typecode))
        return np.asarray(value)

    tmp = None
    try:
        tmp = tempfile.mkdtemp(prefix=".langid-model-", dir=folder.parent)
        for name in _MODEL_ARRAYS:
            np.save(f"{tmp}/{name}.npy", as_array(getattr(identifier, name)), allow_pickle=False)
        os.replace(tmp, folder)
        tmp = None
        for old in folder.parent.glob("langid-model-*"):
            if old != folder:
                shutil.rmtree(old, ignore_errors=True)
    except (OSError, ValueError, TypeError):
        pass
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


def _is_latin(char: str) -> bool:
    """True for a Latin-script letter (Basic Latin to IPA, Latin Extended Additional)."""
    code = ord(char)
    return code < 0x0250 or 0x1E00 <= code <= 0x1EFF


def _non_latin_words(text: str) -> str | None:
    """The words of ``text`` written in a non-Latin script, if they are a real share of it.

    Latin script is the script of quotes, brand names and English lessons inside
    articles in other scripts, while a Russian or Ukrainian article is written in
    Cyrillic. So when at least ``NON_LATIN_SHARE`` of the letters are not Latin,
    those words alone decide (one XL-Sum Ukrainian page is an English transcript
    framed in Ukrainian). Returns None when the share is smaller.
    """
    latin = other = 0
    for char in text:
        if char.isalpha():
            if _is_latin(char):
                latin += 1
            else:
                other += 1
    if not other or other < NON_LATIN_SHARE * (latin + other):
        return None
    words = [w for w in text.split() if any(c.isalpha() and not _is_latin(c) for c in w)]
    return " ".join(words)


def detect_language(text: str) -> tuple[str, float]:
    """Return ``(code, confidence)`` for the language of ``text``.

    ``code`` is ISO 639-1 where the language has one (``"ru"``, ``"uk"``), else
    py3langid's ISO 639-3 label. Languages outside :data:`SUPPORTED` are still
    reported by their code, so the caller can say "not supported, treated as
    English". ``confidence`` is the detector's probability (0-1) for the
    returned language. When the text has no letters, or no language reaches
    :data:`MIN_CONFIDENCE`, the answer is ``"en"`` with English's own
    probability (low, so the caller can tell it was a fallback).
    Raises ImportError when py3langid is not installed.
    """
    sample = text[:MAX_CHARS]
    if not any(c.isalpha() for c in sample):
        return DEFAULT, 0.0
    identifier = _identifier()
    ranked = identifier.rank(sample)
    code, confidence = ranked[0]
    if code != _NO_LANGUAGE and _uses_latin_script(code):
        others = _non_latin_words(sample)
        if others:
            other_ranked = identifier.rank(others)
            # Only a confident answer on those words overrules the first one.
            if other_ranked[0][1] >= MIN_CONFIDENCE:
                ranked = other_ranked
                code, confidence = ranked[0]
    _release_pages()
    if code == _NO_LANGUAGE or confidence < MIN_CONFIDENCE:
        return DEFAULT, float(dict(ranked).get(DEFAULT, 0.0))
    return code, float(confidence)


def _uses_latin_script(code: str) -> bool:
    """True when py3langid's language ``code`` is written in Latin script."""
    return code not in _NON_LATIN_LANGUAGES


# py3langid's labels for languages not written in Latin script.
_NON_LATIN_LANGUAGES = frozenset(
    "am ar ary arz as ba be bg bn dz el fa grc gu he hbo hi hy ja ka kk km kn ko ky lo "
    "mk ml mn mr my ne or pa ps ru sa sd sdh si sr ta te tg th tt ug uk ur wuu yue zh".split()
)

"""NLTK's Treebank word tokenizer without data files, and NLTK imported lazily (only the modules used).
"""

from __future__ import annotations


import re
import sys
import threading



class _Guarded:
    """A compiled pattern whose ``sub`` is skipped when the text holds none of its needles.

    Each pattern of NLTK's word tokenizer needs some character or string to
    match at all (a quote, a period, "cannot"); most sentences hold few of
    them, and an ``in`` test is far cheaper than a regex pass. A match is
    impossible without a needle, so the result is the same.
    """

    __slots__ = ("_rx", "_needles", "_lower")

    def __init__(self, rx: re.Pattern, needles: tuple[str, ...], lower: bool) -> None:
        self._rx = rx
        self._needles = needles
        self._lower = lower

    def sub(self, repl, text: str, count: int = 0) -> str:
        """``re.Pattern.sub``, skipped when no needle occurs in ``text``."""
        probe = text.lower() if self._lower else text
        for needle in self._needles:
            if needle in probe:
                return self._rx.sub(repl, text, count)
        return text

    def __getattr__(self, name):
        return getattr(self._rx, name)


# Needles of NLTK's word-tokenizer patterns, by exact pattern text (a pattern
# not listed, e.g. from another NLTK version, always runs). For (?i) patterns
# the needles are looked up in the lower-cased text and avoid letters with
# special case-insensitive matches (i, s, k).
_WORD_PATTERN_NEEDLES: dict[str, tuple[str, ...]] = {
    "([«“‘„]|[`]+)": ("«", "“", "‘", "„", "`"),
    '^\\"': ('"',),
    "(``)": ("``",),
    "([ \\(\\[{<])(\\\"|\\'{2})": ('"', "''"),
    "(?i)(?<!\\w)(\\')(?!(?:re|ve|ll|m|t|s|d|n)\\b)(?=\\w)": ("'",),
    "([^\\.])(\\.)([\\]\\)}>\"\\'»”’ ]*+)\\s*$": (".",),
    "([:,])([^\\d])": (":", ","),
    "([:,])$": (":", ","),
    "\\.{2,}": ("..",),
    "[;@#$%&]": (";", "@", "#", "$", "%", "&"),
    "[\\u2012-\\u2015]": ("\u2012", "\u2013", "\u2014", "\u2015"),
    "([^\\.])(\\.)([\\]\\)}>\"\\']*)\\s*$": (".",),
    "[?!]": ("?", "!"),
    "([^'])' ": ("' ",),
    "[*]": ("*",),
    "([»”’])": ("»", "”", "’"),
    "''": ("''",),
    '"': ('"',),
    "([^' ])('[sS]|'[mM]|'[dD]|') ": ("'",),
    "([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ": ("'",),
    "[\\]\\[\\(\\)\\{\\}\\<\\>]": ("]", "[", "(", ")", "{", "}", "<", ">"),
    "--": ("--",),
    "(?i)\\b(can)(?#X)(not)\\b": ("cannot",),
    "(?i)\\b(d)(?#X)('ye)\\b": ("d'ye",),
    "(?i)\\b(gim)(?#X)(me)\\b": ("mme",),
    "(?i)\\b(gon)(?#X)(na)\\b": ("gonna",),
    "(?i)\\b(got)(?#X)(ta)\\b": ("gotta",),
    "(?i)\\b(lem)(?#X)(me)\\b": ("mme",),
    "(?i)\\b(more)(?#X)('n)\\b": ("more'n",),
    "(?i)\\b(wan)(?#X)(na)(?=\\s)": ("wanna",),
    "(?i) ('t)(?#X)(is)\\b": ("'t",),
    "(?i) ('t)(?#X)(was)\\b": ("'t",),
}


def _plain_re_word_tokenizer():
    """Return an ``NLTKWordTokenizer`` whose fixed patterns run on the stdlib ``re``.

    Recent NLTK routes every pattern through ``nltk.redos`` (the third-party
    ``regex`` engine with a wall-clock timeout per call), which doubles the
    tokenizer's time. These are NLTK's own fixed, linear patterns, not
    caller-supplied ones; compiled with ``re`` they give the same tokens
    (checked on 17k news sentences) in half the time.
    """
    from nltk.tokenize.destructive import NLTKWordTokenizer

    def plain(pattern):
        compiled = getattr(pattern, "_rx", pattern)
        rx = re.compile(compiled.pattern, compiled.flags & (re.I | re.M | re.S | re.X))
        needles = _WORD_PATTERN_NEEDLES.get(rx.pattern)
        return _Guarded(rx, needles, bool(rx.flags & re.I)) if needles else rx

    class _PlainReWordTokenizer(NLTKWordTokenizer):
        pass

    try:
        for name in ("STARTING_QUOTES", "PUNCTUATION", "ENDING_QUOTES", "CONVERT_PARENTHESES"):
            setattr(_PlainReWordTokenizer, name, [(plain(p), r) for p, r in getattr(NLTKWordTokenizer, name)])
        for name in ("PARENS_BRACKETS", "DOUBLE_DASHES"):
            p, r = getattr(NLTKWordTokenizer, name)
            setattr(_PlainReWordTokenizer, name, (plain(p), r))
        for name in ("CONTRACTIONS2", "CONTRACTIONS3"):
            setattr(_PlainReWordTokenizer, name, [plain(p) for p in getattr(NLTKWordTokenizer, name)])
    except (AttributeError, TypeError, ValueError, re.error):  # pragma: no cover - another NLTK layout
        return NLTKWordTokenizer()
    return _PlainReWordTokenizer()


def import_nltk() -> None:
    """Make ``nltk`` importable cheaply: its package ``__init__`` files run only when something needs them.

    briefing needs two small NLTK modules (the Snowball stemmer, through sumy,
    and the Treebank word tokenizer), but ``import nltk`` runs NLTK's
    ``__init__``, which imports nearly all of NLTK (parsers, corpora, SciPy's
    sparse matrices and, for collocation tests, ``scipy.stats``): about 0.4 s
    of a 0.7 s summary of an article. Here ``nltk`` and its packages
    ``nltk.corpus``, ``nltk.stem`` and ``nltk.tokenize`` are put in
    ``sys.modules`` as lazy packages (see :func:`_lazy_package`): importing one
    of their submodules (``nltk.stem.snowball``) loads just that submodule and
    what it imports; asking a package for anything else (say ``nltk.FreqDist``,
    ``nltk.corpus.wordnet``) first runs its real ``__init__``, so every NLTK
    name works as before. ``scipy.stats`` is kept out while ``nltk``'s own
    ``__init__`` runs (NLTK guards that import; anything importing
    ``scipy.stats`` later gets the real module). Idempotent; does nothing when
    NLTK is already imported or missing.
    """
    if "nltk" in sys.modules:
        return
    import importlib.util

    try:
        if importlib.util.find_spec("nltk") is None:
            return
    except (ImportError, ValueError):  # pragma: no cover - a broken installation is reported where it is used
        return
    for name in ("nltk", "nltk.corpus", "nltk.stem", "nltk.tokenize"):
        _lazy_package(name)
    # nltk.stem.snowball does ``from nltk.corpus import stopwords`` at import
    # time and uses it only with ignore_stopwords=True (never, here).
    sys.modules["nltk.corpus"].__dict__["stopwords"] = _LazyAttribute("nltk.corpus", "stopwords")


def _run_package_init(module, spec) -> None:
    """Run a lazy package's real ``__init__`` in its module (``scipy.stats`` kept out for ``nltk``)."""
    blocked = spec.name == "nltk" and "scipy.stats" not in sys.modules
    if blocked:
        sys.modules["scipy.stats"] = None  # makes ``from scipy.stats import ...`` raise ImportError
    try:
        spec.loader.exec_module(module)
    finally:
        if blocked and sys.modules.get("scipy.stats", 0) is None:
            del sys.modules["scipy.stats"]


def _lazy_package(name: str) -> None:
    """Put package ``name`` in ``sys.modules`` without running its ``__init__`` until a name is asked of it.

    Attribute access on the package imports the submodule of that name when
    there is one (``from nltk import redos``); any other name first runs the
    package's real ``__init__`` in the same module object.
    """
    import importlib
    import importlib.util

    parent, _, child = name.rpartition(".")
    spec = importlib.util.find_spec(name)
    if spec is None or spec.submodule_search_locations is None:  # pragma: no cover - another NLTK layout
        return
    module = importlib.util.module_from_spec(spec)
    done = []
    lock = threading.Lock()  # the window's worker threads may ask at the same time

    def __getattr__(attr: str):
        if attr.startswith("__"):
            raise AttributeError(attr)
        try:
            found = importlib.util.find_spec(f"{name}.{attr}") is not None
        except (ImportError, ValueError):
            found = False
        if found:
            return importlib.import_module(f"{name}.{attr}")
        with lock:
            if not done:
                done.append(True)
                module.__dict__.pop("__getattr__", None)
                _run_package_init(module, spec)
        if attr in module.__dict__:
            return module.__dict__[attr]
        raise AttributeError(f"module {name!r} has no attribute {attr!r}")

    module.__getattr__ = __getattr__
    sys.modules[name] = module
    if parent:
        setattr(sys.modules[parent], child, module)


class _LazyAttribute:
    """Stands for ``module.name`` until first used; then runs the module's ``__init__`` and forwards."""

    def __init__(self, module: str, name: str) -> None:
        self._where = (module, name)

    def _target(self):
        module, name = self._where
        package = sys.modules[module]
        if package.__dict__.get(name) is self:
            del package.__dict__[name]
            getter = package.__dict__.get("__getattr__")
            if getter is not None:
                return getter(name)
        return getattr(package, name)

    def __getattr__(self, attr: str):
        if attr.startswith("__"):
            raise AttributeError(attr)
        return getattr(self._target(), attr)



"""Which languages an article can be processed in, and how its language is chosen.

Light (imports nothing heavy): the window reads :data:`LANGUAGES` to fill its
language field before anything else is loaded, and the command line checks
``--language`` with :func:`parse_language`. :func:`choose_language` runs the
detector (:mod:`.detect`, py3langid) only when it is asked for ``"auto"``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import BriefingError

#: What ``--language`` and the window accept besides a code: detect it from the text.
AUTO = "auto"
#: The language used when the detector is unsure or finds a language the app has no resources for.
FALLBACK = "en"


@dataclass(frozen=True)
class Language:
    """A language the app processes: ISO 639-1 code, English name and own name."""

    code: str
    name: str
    native: str

    @property
    def label(self) -> str:
        """Return "Russian (русский)", or just "English"."""
        return self.name if self.name == self.native else f"{self.name} ({self.native})"


#: Every language with its own sentence rules, stemmer, stop words, dates and BriefRank cues.
LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "English"),
    Language("ru", "Russian", "русский"),
    Language("uk", "Ukrainian", "українська"),
    Language("de", "German", "Deutsch"),
    Language("fr", "French", "français"),
    Language("es", "Spanish", "español"),
)
_BY_CODE = {lang.code: lang for lang in LANGUAGES}
_BY_NAME = {lang.name.lower(): lang.code for lang in LANGUAGES}


class UnknownLanguageError(BriefingError, ValueError):
    """A language was asked for that the app does not support."""


def supported_languages() -> list[Language]:
    """Return the languages the app supports, English first (for a menu or ``--help``)."""
    return list(LANGUAGES)


def language_label(code: str) -> str:
    """Return the display label of a code ("Russian (русский)"); the code itself when it is unknown."""
    lang = _BY_CODE.get(code)
    return lang.label if lang else code


def parse_language(value: str | None) -> str:
    """Return ``"auto"`` or the ISO code for a user's choice: a code or an English name, any case.

    ``None`` and ``""`` mean ``"auto"``. Raises :class:`UnknownLanguageError`
    naming the supported languages for anything else.
    """
    key = (value or AUTO).strip().lower()
    if key == AUTO:
        return AUTO
    if key in _BY_CODE:
        return key
    if key in _BY_NAME:
        return _BY_NAME[key]
    names = ", ".join(f"{lang.code} ({lang.name})" for lang in LANGUAGES)
    raise UnknownLanguageError(f"Language {value!r} is not supported; use auto or one of: {names}.")


@dataclass(frozen=True)
class LanguageChoice:
    """The language an article is processed in, and how it was chosen.

    ``detected`` is the detector's answer (any code, e.g. "tr"), ``None`` when
    the user chose the language; ``confidence`` its probability (0-1).
    """

    code: str
    detected: str | None = None
    confidence: float = 1.0

    @property
    def note(self) -> str:
        """Return a short note for the user when the detected language could not be used ('' otherwise)."""
        if self.detected is not None and self.detected != self.code:
            return (f"Language detected as {self.detected!r}, which briefing does not support: "
                    f"processed as {language_label(self.code)}.")
        return ""


def choose_language(text: str, requested: str | None = AUTO) -> LanguageChoice:
    """Return the language to process ``text`` in.

    ``requested`` is a code, an English name or ``"auto"`` (detect it with
    py3langid; English when the detector is unsure or answers a language the
    app does not support). Raises :class:`UnknownLanguageError` for an
    unsupported ``requested`` language.
    """
    wanted = parse_language(requested)
    if wanted != AUTO:
        return LanguageChoice(wanted)
    from .detect import detect_language

    code, confidence = detect_language(text)
    return LanguageChoice(code if code in _BY_CODE else FALLBACK, code, confidence)

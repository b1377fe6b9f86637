"""One name spelt in two languages or scripts: "Зеленський", "Zelensky", "Selenskyj"; "Київ", "Kyiv", "Kiew".

A name is compared by its *spelling key* (:func:`spelling_key`): Cyrillic letters romanised by a standard scheme
(Ukrainian text by the Ukrainian national system, Cabinet of Ministers resolution 55 of 27 January 2010; Russian and
other text by BGN/PCGN 1947 for Russian, without its diacritics), accents off, the letters that spell one sound in
English, German, French and Spanish made one ("sch"/"sh"/"ш", "kh"/"ch"/"х", "w"/"v", "y"/"j"/"i", "z"/"s"), and
doubled letters single. A Cyrillic word's case ending is set aside as a second candidate ("Каспии" -> "Касп",
"Одеси" -> "Одес"), and so is a Latin word's last vowel ("Caspia" -> "Casp"), so that a case form meets its base.

Two names are *close* (:func:`close_names`) when they have as many words and each pair of words is within a small
edit distance of their keys: one edit for words of up to six letters, two for longer ones; a word of up to four
letters only a vowel more or less ("Kyiv" and "Kiev": "kiv", "kiev"; never "John" and "Jane": "ion", "iane"). No regular expressions:
linear in the name, and the edit distance is bounded by :data:`MAX_WORD` letters.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# BGN/PCGN 1947 (Russian), without diacritics: ё is "e", ъ and ь are left out.
_RUSSIAN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                     "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
# Ukrainian national system (2010): и "y", і "i", ї "i", й "i", є "ie", ю "iu", я "ia", г "h", ґ "g", ь left out.
_UKRAINIAN = {**_RUSSIAN, **dict(zip("гґєиіїйюяь", ["h", "g", "ie", "y", "i", "i", "i", "iu", "ia", ""]))}
#: Spellings of one sound, longest first ("sch" in German, "sh" in English, "ш" written "sh"). "Дж" (read "dzh") is
#: how Russian writes an English or French "J" or "Dj" ("Джон" is "John", "Джокович" "Djokovic") and how a Russian
#: name is spelt in English ("Dzhaksybekov"): all are one "j". "h" (of Ukrainian г, of a German or English name) is
#: dropped after them.
SOUNDS = (("dzh", "j"), ("dj", "j"), ("shch", "s"), ("tsch", "k"), ("sch", "s"), ("sh", "s"), ("zh", "s"),
          ("ch", "k"), ("kh", "k"), ("ck", "k"), ("tz", "s"), ("ts", "s"), ("ph", "f"), ("th", "t"))
#: The spelling keys' sounds: French "ou" is one "u" too.
_KEY_SOUNDS = SOUNDS + (("ou", "u"),)
_LETTERS = str.maketrans("czqwxyj", "kskvkii")
#: Case endings of Russian and Ukrainian nouns and names, longest first ("Каспией", "Одеси", "Києві").
_ENDINGS = ("ями", "ами", "ого", "его", "ому", "ему", "ові", "еві", "ой", "ей", "ом", "ем", "ою", "ею", "ым", "им",
            "ах", "ях", "ии", "ия", "ию", "ие", "ів", "ов", "ев", "а", "я", "у", "ю", "е", "и", "ы", "і", "о")
_VOWELS = "aeiou"
#: Longest word compared letter by letter (a longer one is compared by its first letters).
MAX_WORD = 40


def has_cyrillic(text: str) -> bool:
    """Return True when ``text`` holds a Cyrillic letter (a name written in Cyrillic)."""
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def fold_sounds(latin: str, sounds: tuple[tuple[str, str], ...] = SOUNDS) -> str:
    """Return the letters of ``latin`` (a word in Latin letters), lower case, accents off, the spellings of one
    sound made one (``sounds``), c z q w x y j as k s k v k i i, and "h" left out (doubled letters kept): the common
    ground of :func:`spelling_key` and :func:`~.similarity.name_skeleton`."""
    low = "".join(ch for ch in unicodedata.normalize("NFKD", latin.lower()) if ch.isascii() and ch.isalpha())
    for spelling, sound in sounds:
        low = low.replace(spelling, sound)
    return low.translate(_LETTERS).replace("h", "")


def romanize(word: str, language: str = "ru") -> str:
    """Return ``word`` in Latin letters, lower case: Ukrainian ("uk") by the national system, other Cyrillic by
    BGN/PCGN; Latin letters as they are."""
    table = _UKRAINIAN if language in ("uk", "ukrainian") else _RUSSIAN
    return "".join(table.get(ch, ch) for ch in word.lower())


def _key(latin: str) -> str:
    """Return the spelling key of a word already in Latin letters (see the module docstring)."""
    low = fold_sounds(latin, _KEY_SOUNDS)
    out = low[:1]
    for ch in low[1:MAX_WORD]:
        if ch != out[-1]:
            out += ch
    return out


@lru_cache(maxsize=16384)
def spelling_keys(word: str, language: str = "ru") -> tuple[str, ...]:
    """Return the keys of one word: its own, and that of its base (a Cyrillic word without its case ending, a Latin
    one without its last vowel), when three letters or more are left."""
    own = _key(romanize(word, language))
    keys = [own]
    low = word.lower()
    if has_cyrillic(word):
        for ending in _ENDINGS:
            if low.endswith(ending) and len(low) - len(ending) >= 3:
                keys.append(_key(romanize(low[:-len(ending)], language)))
                break
    elif len(own) >= 5 and own[-1] in _VOWELS:
        keys.append(own[:-1])
    return tuple(dict.fromkeys(k for k in keys if k))


def _consonants(key: str) -> str:
    return key[:1] + "".join(ch for ch in key[1:] if ch not in _VOWELS)


def _distance(a: str, b: str, most: int) -> int:
    """Return the edit distance of ``a`` and ``b``, or ``most + 1`` when it is larger than ``most``."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > most:
            return most + 1
        previous = current
    return previous[-1]


def close_keys(a: str, b: str) -> bool:
    """Return True when two word keys are one spelling (see the module docstring: short words stricter)."""
    if a == b:
        return True
    if not a or not b or a[0] != b[0]:
        return False
    shortest = min(len(a), len(b))
    if shortest < 3:
        return a == b
    if shortest <= 4:  # "kiv" and "kiev": a vowel more or less, never another letter ("ion" and "ian", John and Jane)
        return _consonants(a) == _consonants(b) and abs(len(a) - len(b)) == 1 and _distance(a, b, 1) == 1
    return _distance(a, b, 1 if shortest <= 6 else 2) <= (1 if shortest <= 6 else 2)


def close_words(a: str, b: str, la: str = "ru", lb: str = "ru") -> bool:
    """Return True when two words (each in its language) are one name in two spellings or case forms."""
    return any(close_keys(x, y) for x in spelling_keys(a, la) for y in spelling_keys(b, lb))


def name_words(name: str) -> list[str]:
    """Return a name's words, letters only ("Caspia's" -> "Caspia")."""
    words = []
    for raw in name.replace("’", "'").split():
        word = raw.split("'")[0] if raw.endswith(("'s", "'")) else raw
        word = "".join(ch for ch in word if ch.isalpha())
        if word:
            words.append(word)
    return words


def close_names(a: str, b: str, la: str = "ru", lb: str = "ru") -> bool:
    """Return True when two names of as many words are one name word by word (:func:`close_words`)."""
    wa, wb = name_words(a), name_words(b)
    return bool(wa) and len(wa) == len(wb) and all(close_words(x, y, la, lb) for x, y in zip(wa, wb))


def index_keys(name: str, language: str = "ru") -> set[str]:
    """Return the keys by which a name meets the names close to it (:func:`close_names`): each key of its last word
    and it without any one letter (two keys one edit apart share one of these; two edits apart, mostly)."""
    words = name_words(name)
    out = set()
    for key in spelling_keys(words[-1], language) if words else ():
        out.add(key)
        out.update(key[:i] + key[i + 1:] for i in range(len(key)))
    return out

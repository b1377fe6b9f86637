"""A publisher named in a text article's byline or source line, and a live blog's time stamps.

- "By Jane Doe, The Northern Echo": the part after the comma is the publisher, not a second author;
- "Jane Doe | Reuters": a name, a bar and a publisher;
- "Source: BBC News" (and "Quelle:", "Source :", "Fuente:", "Источник:", "Джерело:"): the publisher;
- "Anglia Press Agency", "Le Courrier du Littoral" alone on a line between the title and the date (or under the
  byline): the publisher (:func:`publisher_name`);
- "11:47 GMT The coastguard ...", "Updated 12:05 Power was cut ...", "**09:15** ...": a live blog's entry opens
  with its time stamp, which is no part of the first sentence (it would reach the key points).

No regular expression here runs over more than the first few dozen characters of a line: each is anchored and
bounded, so the cost does not grow with the line.
"""

from __future__ import annotations

import re

from .bylines import AGENCIES, byline_authors

#: Words that end (or make) a publication's name: "The Northern Echo", "Coastal Herald", "BBC News", "Radio Nord".
_PUBLICATION_WORDS = frozenset({
    "news", "times", "post", "herald", "echo", "guardian", "journal", "gazette", "telegraph", "tribune", "chronicle",
    "mirror", "express", "observer", "standard", "independent", "review", "magazine", "radio", "tv", "television",
    "press", "daily", "weekly", "courier", "record", "star", "sun", "mail", "report", "today", "online", "wire",
    "zeitung", "rundschau", "anzeiger", "kurier", "tagblatt", "nachrichten", "presse", "journal", "monde",
    "figaro", "libération", "periódico", "diario", "país", "vanguardia", "известия", "коммерсантъ", "ведомости",
})
#: Section names a bar also stands between ("World | Politics"): never a person's name.
_SECTIONS = frozenset({"news", "world", "politics", "business", "sport", "sports", "opinion", "culture", "home",
                       "latest", "live", "video", "economy", "science", "tech", "technology", "health", "local", "middle",
                       "east", "west", "north", "south", "europe", "asia", "africa", "americas", "uk", "us"})
_SOURCE_LABELS = ("source", "quelle", "fuente", "источник", "джерело")
#: More words of a publication's name, and words of an organisation that puts out a statement or wire copy
#: ("Le Courrier du Littoral", "Вестник Востока", "Anglia Press Agency", "Riverton County Council"), lowercased.
_NAME_LINE_WORDS = _PUBLICATION_WORDS | frozenset({
    "agency", "courrier", "dépêche", "correo", "noticias", "crónica", "heraldo", "вестник", "вісник", "газета",
    "новости", "новини", "правда", "курьер", "голос", "council", "ministry", "department", "office", "police",
    "government", "commission", "authority", "service", "university", "institute", "bank", "agentur", "agence",
    "agencia", "ministerium", "polizei", "regierung", "ministère", "mairie", "préfecture", "ministerio",
    "ayuntamiento", "gobierno", "policía", "агентство", "агенція", "министерство", "міністерство", "правительство",
    "уряд", "администрация", "адміністрація", "рада", "совет",
})
#: German publications' names end in one of these ("Nordkurier", "Handelsblatt", "Tagesspiegel").
_PUBLICATION_ENDINGS = ("kurier", "zeitung", "blatt", "bote", "anzeiger", "spiegel", "presse", "wire", "news")
#: Lower-case words inside a publisher's name: "Le Courrier du Littoral", "Bank of England".
_NAME_LINKS = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le", "les", "el", "del", "los", "las",
                         "der", "die", "das", "für", "am", "im", "и", "і", "&"})
#: A genre label alone on a line under a title ("Analysis", "Exclusive", "Kommentar"): no publisher.
_LABELS = _SECTIONS | frozenset({"analysis", "exclusive", "explainer", "comment", "editorial", "feature", "interview",
                                  "breaking", "update", "updated", "kommentar", "analyse", "meinung", "tribune",
                                  "éditorial", "opinión", "análisis", "мнение", "комментарий", "аналитика", "думка",
                                  "коментар", "аналітика"})


def is_publisher(text: str) -> bool:
    """True for a publication's or agency's name: a known agency, or one to six capitalised words (an article
    "The" allowed first) one of which is a publication word ("The Northern Echo", "BBC News", "Radio Nord")."""
    text = text.strip(" .,;")
    if text.lower() in AGENCIES:
        return True
    words = text.split()
    if not 1 <= len(words) <= 6 or len(text) > 60:
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in ("of", "the", "de", "la", "el", "der", "die")
               for w in words):
        return False
    return any(w.lower().strip("'’") in _PUBLICATION_WORDS for w in words) or (words[0] == "The" and len(words) >= 2)


def _name_shaped(words: list[str]) -> bool:
    """True when every word is capitalised or a linking word ("du", "of") and made of letters (with "-", "'", "’",
    "&"): the shape of a name line, for :func:`publisher_name` and :func:`outlet_line`."""
    return all(w[:1].isupper() or w.lower() in _NAME_LINKS for w in words) and all(
        w.replace("-", "").replace("'", "").replace("’", "").replace("&", "").isalpha() or w == "&" for w in words)


def publisher_name(line: str) -> bool:
    """True for a line that is a publisher's or an organisation's name alone, as a wire story or a statement prints
    it between the title and the date or under the byline: one to six words, the first capitalised, the others
    capitalised or linking words ("du", "of"), no sentence's marks; one word ("Northwire", "Nordkurier", not a
    genre label such as "Analysis", nor a word in capitals such as a dateline's "VALMORA" unless a known agency),
    or a publication's or organisation's word among them ("Anglia Press Agency", "Le Courrier du Littoral",
    "Riverton County Council", "Вестник Востока"). A person's name ("Jane Doe") is none."""
    if len(line) > 200:
        return False
    text = line.strip()
    words = text.split()
    if not 1 <= len(words) <= 6 or len(text) > 60 or any(c in text for c in ".,;:!?|()\"“”«»"):
        return False
    if text.lower() in AGENCIES:
        return True
    if not words[0][:1].isupper() or not _name_shaped(words):
        return False
    lower = [w.lower().strip("'’") for w in words]
    if len(words) == 1:
        return lower[0] not in _LABELS and not text.isupper() and len(text) >= 3
    return (any(w in _NAME_LINE_WORDS or w.endswith(_PUBLICATION_ENDINGS) for w in lower)
            or (words[0] == "The" and len(words) >= 2))


#: Words that name a kind of news outlet or agency, as the first or last word of its name ("Anglia Press Agency",
#: "Radio Nord", "Agence France-Presse", "Агентство «Северные новости»"), lowercased.
_OUTLET_WORDS = _PUBLICATION_WORDS | frozenset({
    "agency", "agentur", "presseagentur", "nachrichtenagentur", "agence", "agencia", "agenzia", "courrier", "dépêche",
    "correo", "noticias", "crónica", "heraldo", "nouvelles", "informations", "infos", "média", "media", "medien",
    "агентство", "агенція", "газета", "радио", "радіо", "вестник", "вісник", "новости", "новини", "телеканал",
})
_QUOTED_NAME = re.compile(r"«[^«»]{1,50}»|\"[^\"]{1,50}\"|„[^„“]{1,50}“|“[^“”]{1,50}”")


def outlet_line(line: str) -> bool:
    """True for a line that is a news outlet's or agency's name and nothing else, as a wire story prints it alone
    between blank lines under the title ("Anglia Press Agency", "Reuters", "Agencia EFE", "Le Courrier du
    Littoral", "Агентство «Северные новости»"): a known agency; or two to six words, each capitalised or a linking
    word ("du", "of"), with an outlet's word (:data:`_OUTLET_WORDS`) as the name's last word, or as its first in a
    name of at most three words ("Radio Nord"); or an outlet's word before a name in quotes (Russian and Ukrainian
    names capitalise only their first word). Stricter than :func:`publisher_name`, which has a date or byline next
    to the line to go by: a short first paragraph ("Press freedom matters") or a one-line standfirst in title case
    ("Coastal Herald Closes", "Presse Kritisiert Den Beschluss Scharf") is none."""
    text = line.strip()
    if len(text) > 60 or not text:
        return False
    if text.lower() in AGENCIES:
        return True
    if any(c in text for c in ".,;:!?|()"):
        return False
    quoted = _QUOTED_NAME.search(text)
    if quoted and quoted.end() == len(text):
        words = text[:quoted.start()].split()
        return (1 <= len(words) <= 2 and words[0][:1].isupper()
                and any(w.lower() in _OUTLET_WORDS for w in words))  # "Агентство «Северные новости»"
    if any(c in text for c in "\"“”«»„"):
        return False
    words = text.split()
    if not 2 <= len(words) <= 6 or not words[0][:1].isupper():
        return False
    if not _name_shaped(words):
        return False
    names = [w.lower().strip("'’") for w in words if w.lower() not in _NAME_LINKS]
    if not names or all(w in _SECTIONS for w in names):
        return False  # a section's label: "World News", "Local News"

    def outlet(word: str) -> bool:
        return word in _OUTLET_WORDS or any(part in _OUTLET_WORDS for part in word.split("-")) \
            or word.endswith(_PUBLICATION_ENDINGS)

    return outlet(names[-1]) or (outlet(names[0]) and len(names) <= 3)


def byline_publisher(line: str) -> tuple[str, str] | None:
    """``(byline without the publisher, publisher)`` for "By Jane Doe, The Northern Echo"; None when the part after
    the byline's last comma is no publisher (a town, a job title, a second author)."""
    if len(line) > 200 or "," not in line:
        return None
    head, _, tail = line.rpartition(",")
    tail = tail.strip(" .")
    if len(tail.split()) < 2 or not is_publisher(tail):
        return None  # "Anna Schmidt, Berlin" (a town), "Jane Doe, dpa" (an agency: read by .bylines)
    return head.rstrip(" ,"), tail


def name_bar_publisher(line: str) -> tuple[list[str], str] | None:
    """``(authors, publisher)`` for "Jane Doe | Reuters" (also "·", "—"): a name of two to four capitalised words,
    then a publisher; None for anything else ("World | Politics")."""
    if len(line) > 120:
        return None
    for sep in (" | ", " · ", " — ", " – "):
        if line.count(sep) == 1:
            name, publisher = (part.strip(" ,") for part in line.split(sep))
            words = name.removeprefix("By ").removeprefix("by ").split()
            if (2 <= len(words) <= 4 and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()
                                             for w in words)
                    and not any(w.lower() in _SECTIONS | _PUBLICATION_WORDS for w in words) and is_publisher(publisher)):
                return byline_authors(" ".join(words)), publisher
    return None


def source_line(line: str) -> str | None:
    """The publisher of a source line ("Source: BBC News", "Quelle: dpa"); None for anything else."""
    if len(line) > 80:
        return None
    label, colon, value = line.partition(":")
    value = value.strip(" .")
    if colon and label.strip().lower() in _SOURCE_LABELS and value and len(value.split()) <= 6 \
            and value[:1].isupper() | value[:1].isdigit() and not any(c in value for c in ".!?,"):
        return value
    return None


#: A live blog's time stamp opening an entry: "11:47", "11:47 GMT", "11:47 a.m.", "Updated 12:05", bold in
#: Markdown ("**09:15 GMT**"), then a colon, dash or space and the entry's first word (a capital or a quote).
_STAMP = re.compile(r"(?:\*\*|__)?(?:(?:updated|update|last updated)\s)?([01]?\d|2[0-3]):[0-5]\d"
                    r"(?:\s?[ap]\.?m\.?)?(?:\s(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|ET|PT|MSK|EET|EEST))?"
                    r"(?:\*\*|__)?\s?[:\-–—|]?\s", re.I)


def split_stamp(paragraph: str) -> tuple[str, str]:
    """``(time stamp, entry)`` for a live blog's entry that opens with one ("11:47 GMT The coastguard ..." ->
    ("11:47 GMT", "The coastguard ...")); ``("", paragraph)`` for anything else."""
    m = _STAMP.match(paragraph[:60])
    if not m:
        return "", paragraph
    rest = paragraph[m.end():].lstrip()
    if not rest[:1].isupper() and rest[:1] not in "\"“‘'«„":
        return "", paragraph
    return " ".join(paragraph[:m.end()].replace("*", "").replace("_", "").split()).strip(" :-–—|"), rest

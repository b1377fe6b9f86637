"""Bylines: the authors (and a date) of a byline line in the users' languages ("By Jane Doe and John Roe",
"Von Anna Schmidt, Berlin · 3. Mai 2024", "Par Jean Dupont le 1er juillet 2024"), and reporters' job titles,
which are no part of a name ("Liam Nguyen State Political Reporter", "By X, Political correspondent").
"""

from __future__ import annotations

import re

from ..language.dates import AGENCIES
from ..language.dates import find_date as _find_any_date
from .date_lines import CLOCK_WORDS, iso_date
from .front import is_date_line

#: A byline before the body, in the users' languages: "By Jane Doe and John Roe", "Von Anna Schmidt", "Par Jean
#: Dupont", "Por Ana García y Luis Gil", "Автор: Іван Петренко". Every name word starts with a capital (Latin or
#: Cyrillic); each repeat needs its separator first, and a separator word stands between spaces (no word can end
#: in it: "Aand" was read both ways, exponential on a long run of them), so the match is linear.
_CAP = "[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ]"
#: Lower-case particles inside a name ("Anna de Vries", "Ursula von der Leyen", "Pedro de la Torre"): at most two
#: before a capital word, each a fixed word between spaces (none is a separator word), so the match stays linear.
_PARTICLE = r"(?:de|van|von|der|den|du|da|di|del|della|dos|das|la|le|ten|ter|bin|ibn|al)\s+"
_NAME = rf"{_CAP}[\w'’.-]+(?:\s+(?:{_PARTICLE}){{0,2}}{_CAP}[\w'’.-]+){{0,3}}"
_BYLINE = re.compile(rf"^\s*(?i:by|von|par|por|автор:?|автори:?|авторы:?|від|autor:|autorin:|autoren:|auteur:|auteure:|"
                     rf"autora:|text:|texte:|texto:|текст:|redacción:)\s+({_NAME}"
                     rf"(?:(?:\s*[,&]\s*|\s+(?:and|und|et|y|і|и)\s+){_NAME})*)\s*$")
#: A share button's label, at the end of a byline line copied from a page.
SHARE_LABELS = frozenset({"share", "teilen", "partager", "compartir", "поделиться", "поділитися"})

#: The nouns of a reporter's job title in a byline ("State Political Reporter", "Korrespondentin in Brüssel",
#: "envoyé spécial", "corresponsal", "обозреватель"), lowercased.
_JOB_NOUNS = frozenset({
    "reporter", "correspondent", "editor", "writer", "columnist", "journalist", "contributor", "producer",
    "photographer", "photojournalist", "reporterin", "korrespondent", "korrespondentin", "redakteur", "redakteurin",
    "journalistin", "kolumnist", "kolumnistin", "autorin", "correspondant", "correspondante", "journaliste",
    "rédacteur", "rédactrice", "envoyé", "envoyée", "chroniqueur", "chroniqueuse", "éditorialiste", "corresponsal",
    "periodista", "redactor", "redactora", "enviado", "enviada", "columnista", "editora", "корреспондент",
    "корреспондентка", "журналист", "журналистка", "обозреватель", "редактор", "колумнист", "репортер", "спецкор",
    "кореспондент", "кореспондентка", "журналіст", "журналістка", "оглядач", "оглядачка", "редакторка", "колумніст",
})
#: Words that stand before a job noun in a title written with capitals ("State Political Reporter", "Senior
#: Business Correspondent"), lowercased: they are no part of the name before them.
_JOB_MODIFIERS = frozenset({
    "senior", "chief", "political", "politics", "state", "foreign", "business", "economics", "economic", "economy",
    "health", "deputy", "staff", "associate", "assistant", "managing", "executive", "national", "international",
    "investigative", "education", "environment", "environmental", "science", "technology", "tech", "sport",
    "sports", "city", "court", "courts", "crime", "legal", "local", "regional", "diplomatic", "defence", "defense",
    "security", "energy", "climate", "markets", "finance", "financial", "agriculture", "rural", "transport", "arts",
    "culture", "world", "news", "digital", "data", "home", "affairs", "social", "media", "general", "special",
    "contributing", "bureau", "federal", "europe", "european", "washington", "parliamentary", "property", "weather",
    "travel", "food", "music", "film", "books", "opinion", "consumer", "industry", "lead", "principal", "freelance",
    # German, French, Spanish, Russian and Ukrainian adjectives of a title written with capitals
    "politische", "politischer", "leitende", "leitender", "stellvertretende", "stellvertretender", "freie", "freier",
    "spécial", "spéciale", "especial", "специальный", "спеціальний", "политический", "політичний",
})
#: German job nouns end compounds ("Wirtschaftskorrespondentin", "Politikredakteur"): matched as word endings.
_JOB_SUFFIXES = ("korrespondent", "korrespondentin", "redakteur", "redakteurin", "reporter", "reporterin",
                 "journalist", "journalistin")


def _is_job_noun(word: str) -> bool:
    low = word.lower().strip(".,;:")
    return low in _JOB_NOUNS or (len(low) > 12 and low.endswith(_JOB_SUFFIXES))


#: Words after a job noun that go on with its title: "Correspondent in Brussels", "Editor for Africa".
_TITLE_LINKS = frozenset({"in", "for", "at", "of", "on", "to", "en", "für", "aus", "pour", "à", "de", "para", "в", "по"})


def is_job_title(text: str, after_name: bool = False) -> bool:
    """True for a reporter's job title alone: "Political correspondent", "Korrespondentin in Brüssel" (at most six
    words, one of them a job noun of :data:`_JOB_NOUNS`).

    ``after_name``: ``text`` follows a name and a comma ("Jane Doe, Local Democracy Reporter"), so it cannot hold
    the name itself: any capitalised words before the job noun belong to the title, not only the usual modifiers
    (:data:`_JOB_MODIFIERS`), as long as nothing but a place or a beat follows the noun ("... Reporter",
    "... Correspondent in Kyiv").
    """
    words = text.strip(" .,;").split()
    if not 1 <= len(words) <= 6:
        return False
    if _job_title_start(words) == 0:
        return True
    if not after_name:
        return False
    k = next((k for k, word in enumerate(words) if _is_job_noun(word)), None)
    return k is not None and all(w[:1].isupper() and w.isalpha() for w in words[:k]) \
        and (k + 1 == len(words) or words[k + 1].lower() in _TITLE_LINKS)


def _job_title_start(words: list[str]) -> int | None:
    """Where the job title in ``words`` starts (its first job noun and the modifiers just before it), or None."""
    for k, word in enumerate(words):
        if _is_job_noun(word):
            j = k
            while j > 0 and (words[j - 1].lower().strip(",") in _JOB_MODIFIERS or words[j - 1].islower()):
                j -= 1
            return j
    return None


def strip_job_title(name: str) -> str:
    """``name`` without the job title after it: "Liam Nguyen State Political Reporter" -> "Liam Nguyen" (a name and
    its title on two lines of a byline box read as one). The title is the first job noun and the modifiers just
    before it; at least two name words stay, else ``name`` is returned unchanged."""
    words = name.split()
    j = _job_title_start(words)
    return " ".join(words[:j]).rstrip(" ,") if j is not None and j >= 2 else name


def _drop_job_titles(line: str) -> str:
    """A byline line without the job titles after its names: "By Harriet Clegg, Political correspondent · 3 May
    2024" -> "By Harriet Clegg · 3 May 2024"."""
    if "," not in line:
        return line
    parts = line.split(",")
    kept = [parts[0]]
    for part in parts[1:]:
        cut = min((at for at in (part.find(sep) for sep in _BYLINE_DATE_SEPARATORS) if at >= 0), default=len(part))
        if is_job_title(part[:cut], after_name=True):
            if cut < len(part):
                kept[-1] = kept[-1] + " " + part[cut:].strip()
            continue
        kept.append(part)
    return ",".join(kept)


#: Between a byline and a date on one line: "Von Anna Schmidt · 3. Mai 2024", "Par Jean Dupont — le 2 mai 2024".
_BYLINE_DATE_SEPARATORS = ("·", "|", "•", "—", "–", " - ")


def read_byline(line: str) -> tuple[list[str], str | None] | None:
    """``(authors, ISO date or None)`` when ``line`` is a byline, alone or with a date; else None.

    "By Jane Doe and John Roe" -> (["Jane Doe", "John Roe"], None); "Von Anna
    Schmidt, Berlin · 3. Mai 2024" -> (["Anna Schmidt"], "2024-05-03"): a one-word
    part after a comma is the reporter's town or agency, not a second author.
    """
    if len(line) > 200:
        return None
    line = _caps_to_name_case(line)  # "By JANE DOE AND MARK ELLIS"
    original = line
    line = _drop_job_titles(line)  # "By Harriet Clegg, Political correspondent"
    words = line.split()
    if len(words) > 2 and words[-1].lower() in SHARE_LABELS:
        line = line[: line.rfind(words[-1])].rstrip()  # "Por Ana García 12 de marzo de 2024 Compartir"
    line = _drop_agency(line)  # "Von Thomas Müller und Anna Schmidt, dpa"
    parts = line.split(None, 2)
    if len(parts) == 3 and parts[1] in (":", "—", "–", "-") and parts[0].lower() in _BYLINE_LABELS | _LABELS_WITH_COLON:
        line = f"{parts[0]}: {parts[2]}"  # "Автор — Иван Петров", "Auteur : Pierre Martin"
    byline = _BYLINE.match(line) or _unlabelled(original)
    if byline:
        return byline_authors(byline.group(1)), None
    for text in (line, _without_clock(line)):  # "Von Anna Schmidt, 11.03.2025, 10:20 Uhr"
        found = _find_any_date(text) if text else None
        if found is not None and found.start > 0 and not text[found.end:].strip(" ."):
            head = text[: found.start].rstrip(" ,")
            for _ in range(2):  # "Par Jean Dupont le 1er juillet 2024", "Par Jean Dupont, publié le 11 mars 2025"
                last = head.rsplit(None, 1)[-1] if head else ""
                if (last.islower() and len(last) <= 3) or last.lower() in _PUBLISHED_WORDS:
                    head = head[: len(head) - len(last)].rstrip(" ,")
            byline = _match_byline(head)  # "Von Anna Schmidt, Berlin 3. Mai 2024", "Par Pierre Martin, AFP, 12 mai"
            if byline:
                return byline_authors(byline.group(1)), found.date.isoformat()
    for sep in _BYLINE_DATE_SEPARATORS:
        if sep in line:
            a, b = (part.strip() for part in line.split(sep, 1))
            for name, when in ((a, b), (b, a)):
                byline = _match_byline(name)  # "Von Anna Schmidt, dpa — 12. Mai 2025", "Иван Петров, ТАСС — ..."
                if byline and is_date_line(when):
                    return byline_authors(byline.group(1)), iso_date(when.strip(" ."))
                # "11.03.2025, 10:20 · Par Pierre Martin": the date with its clock time
                day = (_without_clock(when) or when.strip(" .")) if byline else ""
                if day and is_date_line(day):
                    return byline_authors(byline.group(1)), iso_date(day)
                if day and not name.lower().startswith("by"):
                    # "Por Ana García | 11/03/2025 - 10:20": a byline in another language than English writes
                    # the day first
                    iso = _day_first_date(day)
                    if iso:
                        return byline_authors(byline.group(1)), iso
            return None
    return None


#: Words between a date and its clock time: "3 May 2024 at 10:20", "11 mars 2025 à 10h20", "um 10:20 Uhr" (the
#: date lines' own, and a comma: "11.03.2025, 10:20").
_CLOCK_LINKS = CLOCK_WORDS | {","}


def _without_clock(text: str) -> str:
    """``text`` without a clock time at its end ("11.03.2025, 10:20" -> "11.03.2025"); "" when it has none."""
    words = text.strip(" .").split()
    if len(words) < 2:
        return ""
    if words[-1].lower() in ("uhr", "h", "ч", "год"):
        words.pop()
    clock = words.pop() if words else ""
    hour, sep, minute = clock.replace("h", ":").partition(":")
    if not (sep and hour.isdigit() and minute.isdigit() and len(hour) <= 2 and len(minute) == 2):
        return ""
    while words and words[-1].lower() in _CLOCK_LINKS:
        words.pop()
    return " ".join(words).rstrip(" ,")


# News agencies named after a byline's authors ("Von Anna Schmidt, dpa", "Por Ana García (EFE)") are the app's
# one list, language.dates.AGENCIES (it also marks a dateline's "(AFP)"), imported above.


def _match_byline(text: str) -> re.Match[str] | None:
    """The byline match of ``text`` (a byline's part before its date), a news agency after its names dropped: "Von
    Anna Schmidt, dpa" ("dpa" is no name), "Par Pierre Martin (avec AFP)"; a name with an agency and no label is one
    too ("Иван Петров, ТАСС")."""
    text = text.strip().rstrip(" ,|·•—–-")
    return _BYLINE.match(_drop_agency(text)) or _unlabelled(text)


def _unlabelled(text: str) -> re.Match[str] | None:
    """The byline match of a name of two to four capitalised words and a known news agency after a comma or in
    brackets, with no byline label: "Иван Петров, ТАСС", "Jane Doe (Reuters)"; None for anything else."""
    head = _drop_agency(text)
    words = head.split()
    if head == text or not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.replace("-", "").isalpha()
                                                             for w in words):
        return None
    return _BYLINE.match("By " + head)


def byline_agency(line: str) -> str | None:
    """The news agency a byline names after its authors, as written: "Par Pierre Martin, AFP — 12 mai 2025" ->
    "AFP", "Von Anna Schmidt (dpa)" -> "dpa", "Иван Петров, ТАСС — 12 мая 2025" -> "ТАСС"; None when it names
    none. The agency is the article's source (a wire story), not an author."""
    if len(line) > 200:
        return None
    parts = [line]
    for sep in _BYLINE_DATE_SEPARATORS:
        if sep in line:
            parts.extend(line.split(sep))
    found = _find_any_date(line)
    if found is not None and found.start > 0:
        parts.append(line[: found.start])  # "Par Pierre Martin, AFP, 12 mai 2025"
    for part in parts:
        part = part.strip().rstrip(" ,.|·•—–-")
        kept = _drop_agency(part)
        if kept != part:
            tail = part[len(kept):].strip(" ,()")
            for word in ("avec ", "with ", "mit ", "con ", "с ", "з "):
                if tail.lower().startswith(word):
                    tail = tail[len(word):]
            return tail.strip()
    return None


def _drop_agency(line: str) -> str:
    """``line`` without a news agency after its names: "Von Anna Schmidt, dpa" -> "Von Anna Schmidt"."""
    stripped = line.rstrip(" .")
    if stripped.endswith(")") and "(" in stripped:
        head, _, tail = stripped[:-1].rpartition("(")
    else:
        head, _, tail = stripped.rpartition(",")
    tail = tail.strip().lower()
    for word in ("avec ", "with ", "mit ", "con ", "с ", "з "):  # "Par Pierre Martin (avec AFP)"
        tail = tail.removeprefix(word)
    if head.strip() and tail in AGENCIES:
        return head.rstrip(" ,")
    return line


#: Particles written in lower case inside a name ("Jean de la Fontaine", "Ludwig van Beethoven").
_NAME_PARTICLES = frozenset(_PARTICLE.split("(?:", 1)[1].split(")", 1)[0].split("|"))
#: Words between names in a byline, written in lower case ("JANE DOE AND MARK ELLIS").
_NAME_SEPARATORS = frozenset({"and", "und", "et", "y", "і", "и"})
_ROMAN = frozenset("IVX")


def _name_word_case(word: str, first: bool) -> str:
    """One word of a name in capitals in its usual case: "DOE" -> "Doe", "JEAN-PIERRE" -> "Jean-Pierre",
    "O'BRIEN" -> "O'Brien", "MCDONALD" -> "McDonald", "DE" -> "de" (not first), "J." and "III" kept."""
    low = word.lower()
    if not first and low in _NAME_PARTICLES:
        return low
    if len(word) >= 2 and set(word.rstrip(".,")) <= _ROMAN:
        return word  # "Henry Ford III"
    out: list[str] = []
    start = True
    for char in low:
        out.append(char.upper() if start else char)
        start = char in "-'’"
    cased = "".join(out)
    if cased.startswith("Mc") and len(cased) > 2:
        cased = "Mc" + cased[2].upper() + cased[3:]
    return cased


def name_case(name: str) -> str:
    """``name`` in its usual case when it is written in capitals ("JEAN DE LA FONTAINE" -> "Jean de la
    Fontaine", "SEAN MCDONALD" -> "Sean McDonald"); a name with any lower-case letter is returned as it is."""
    if any(c.islower() for c in name) or not any(c.isupper() for c in name):
        return name
    return " ".join(_name_word_case(w, i == 0) for i, w in enumerate(name.split()))


def _caps_to_name_case(line: str) -> str:
    """A byline whose names are in capitals ("BY JANE DOE AND MARK ELLIS", "Von ANNA SCHMIDT, dpa") in the usual
    case ("By Jane Doe and Mark Ellis"): each name's words capitalised, particles and the words between names in
    lower case. A line with a lower-case name word (beyond the label and an agency) is returned as it is."""
    words = line.split()
    if len(words) < 2:
        return line
    names = [w for w in words[1:] if w.strip(",.:;()").lower() not in AGENCIES | _NAME_SEPARATORS]
    if not names or any(c.islower() for w in names for c in w) or not any(c.isupper() for w in names for c in w):
        return line
    out = [words[0][:1].upper() + words[0][1:].lower()]
    first = True  # the next word opens a name
    for word in words[1:]:
        core = word.strip(",.:;()")
        if core.lower() in _NAME_SEPARATORS or core == "&":
            out.append(word.lower())
            first = True
            continue
        out.append(word if core.lower() in AGENCIES else _name_word_case(word, first))
        first = word.endswith(",")
    return " ".join(out)


def _day_first_date(text: str) -> str | None:
    """The ISO date of "11/03/2025" or "11-03-2025" read day first; None for anything else."""
    for sep in ("/", "-"):
        parts = text.split(sep)
        if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[2]) == 4 and len(parts[0]) <= 2 >= len(parts[1]):
            day, month, year = int(parts[0]), int(parts[1]), int(parts[2])
            if 1 <= day <= 31 and 1 <= month <= 12 and 1900 <= year <= 2100:
                from datetime import date

                try:
                    return date(year, month, day).isoformat()
                except ValueError:
                    return None
    return None


#: Labels of a byline that take a colon ("Autorin: Anna Schmidt", "Texte : Pierre Martin"), lowercased.
_LABELS_WITH_COLON = frozenset({"autor", "autorin", "autoren", "auteur", "auteure", "autora", "text", "texte", "texto",
                                "текст", "redacción"})
#: Words before a byline's date: "Par Jean Dupont, publié le 11 mars 2025", "Por Ana García, publicado el ...".
_PUBLISHED_WORDS = frozenset({"published", "updated", "posted", "publié", "publiée", "mis à jour", "publicado",
                              "actualizado", "veröffentlicht", "aktualisiert", "опубликовано", "обновлено",
                              "опубліковано", "оновлено"})
#: The words that open a byline ("By", "Von", "Автор:"), lowercased without a colon.
_BYLINE_LABELS = frozenset({"by", "von", "par", "por", "автор", "автори", "авторы", "від"})


def strip_byline_label(name: str) -> str:
    """``name`` without a byline's opening word: a page's author tag read as "Автор Иван Петров" (the colon of
    "Автор: Иван Петров" dropped) -> "Иван Петров". A name of one word is returned unchanged."""
    words = name.split()
    if len(words) >= 2 and words[0].lower().rstrip(":") in _BYLINE_LABELS and words[1][:1].isupper():
        return " ".join(words[1:])
    return name


def _drop_town_after_stop(name: str) -> str:
    """A name without the town after a full stop: "Ana García. Madrid" -> "Ana García" ("Jane Q. Public" stays:
    an initial's stop)."""
    head, stop, town = name.rpartition(". ")
    words = head.split()
    if stop and len(words) >= 2 and len(words[-1]) > 2 and len(town.split()) == 1:
        return head
    return name


def byline_authors(names: str) -> list[str]:
    """The authors in a byline's names: split at commas and "and" (in the users' languages), towns dropped."""
    authors: list[str] = []
    for i, part in enumerate(names.split(",")):
        if i > 0 and authors and is_job_title(part, after_name=True):
            continue  # "Priya Ramanathan, Local Democracy Reporter" (a date after it kept the title in the line)
        people = [_drop_town_after_stop(a.strip()) for a in re.split(r"\s*(?:\b(?:and|und|et|y|і|и)\b|&)\s*", part)
                  if a.strip()]
        if i > 0 and len(people) == 1 and len(people[0].split()) == 1 and any(len(a.split()) > 1 for a in authors):
            continue  # "Anna Schmidt, Berlin": the dateline town
        authors.extend(strip_job_title(a) for a in people)
    return authors



def read_time_author(line: str) -> list[str]:
    """The author of a blog's byline with a read time: "Ellen Marsh · Dec 3, 2024 · 8 min read" -> ["Ellen Marsh"]
    (the first part, when it is a byline or a name of two to four capitalised words)."""
    for sep in ("·", "|", "•", "—", "–", " - "):
        if sep in line:
            first = line.split(sep, 1)[0].strip(" ,")
            byline = read_byline(first)
            if byline is not None:
                return byline[0]
            words = first.split()
            if 2 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in (w.strip(".'’-") or "x" for w in words)):
                return [first]
            return []
    return []

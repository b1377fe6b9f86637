"""Which body sentences may become key points, and how each is read when rated.

Every algorithm rates the same *reading* of the article (see
:func:`reading`), so this holds for all of them, sumy's included:

* a **heading** is no candidate: a paragraph of one sentence with no
  sentence-final punctuation, of at most ``HEADING_WORDS`` words, followed by
  a longer paragraph (section heads, subheadings, standfirsts, bylines, a
  live blog's entry titles: "PORT STRIKE TALKS RESUME", "Facility will store
  enough power for 150,000 homes during evening peaks"); so is such a line of
  at most ``LAST_LINE_WORDS`` words closing the article ("[END OF
  TRANSCRIPT]", a newsletter's postal address). Capitals are not looked at:
  German capitalises every noun, and a sentence-case subheading is as much a
  heading as an all-caps one;
* but such a line is a **body sentence that lost its stop** (scraped text, a
  list of points) when the evidence says so, all of it language-independent
  (see :func:`heading_paragraphs`): the article lost its stops (more than
  half of its paragraphs, at least ``LOST_STOPS_MIN``, lack one: none of them
  is a heading then); the line is as long as the article's real sentences
  (at least ``BODY_LENGTH_SHARE`` of the median length of its sentences that
  end with a stop, and at least ``BODY_MIN_WORDS`` words), headlines being
  shorter than the sentences under them; it attributes a quote (a quotation
  mark next to a comma: '"…," he said', '„…“, sagte er', '«…», — сказал
  он'); or the next paragraph continues it (opens with a lower-case letter or
  a comma);
* **furniture** is no candidate: a greeting or sign-off of a newsletter, a
  live blog, a correction or a press conference ("Good morning.", "Here's what
  you need to know today.", "Thanks for reading.", "We apologise for these
  errors.", "Guten Morgen", "Bonjour à tous"), of at most
  ``FURNITURE_WORDS`` words;
* an **interviewer's question** is no candidate: a paragraph of one sentence
  that is a bare question (it ends in a question mark), followed by a
  paragraph that is not one, in an article with at least
  ``INTERVIEW_QUESTIONS_MIN`` such paragraphs (a Q&A interview: "Q: What did
  you do?", "Pourquoi le lac baisse-t-il autant ?"). The answer carries the
  facts; a question states none;
* a **caption or date line** is no candidate: a sentence that opens with a
  caption label ("Image caption: ...", "Photo: ...", "Bildunterschrift:",
  "Légende :", "Pie de foto:", "Подпись к фото:", :data:`CAPTION_LABELS`), or
  that is only a place and a date ("Musterstadt, 12. Mai 2025.", "Москва, 7
  февраля 2025 г.": :func:`briefing.core.ingest.front.is_date_line`), a
  press release's dateline split from its first sentence;
* **no prose** is no candidate: a sentence without a letter (a listicle's "1." on its own line, a live blog's
  "08:02", "###"), a table row or a line of figures (cells split by bars or tabs, or more than half of its words
  figures: :func:`is_figures`), and a fact box's or contact block's field, a short label, a colon and a value
  of names or figures ("Opened: 1962", "Repair cost: £118 million", "Source: Statistics Office.",
  "Ліжок: 320": :func:`is_field`);
* an **editor's note** is no candidate: a paragraph that opens with a note's label and a colon
  ("Editor's note:", "Anmerkung der Redaktion:", "Note de la rédaction :", "Nota del editor:", "Примечание
  редакции:", "Примітка редакції:", :data:`EDITOR_NOTE_LABELS`); it tells of the article, not the story;
* a **note on the author** is no candidate: a one-sentence paragraph that
  opens with a byline's name and a word in lower case ("Nadia Okoro is a
  housing researcher at ...": an op-ed's line on who wrote it);
* a **repeated sentence** (the same words as another, case, punctuation and
  spacing aside: text scraped twice, a caption repeating the lead) is rated as
  the raters rate it (sumy gives repeats one rating), but
  :func:`.rating.select` never takes it beside the one it repeats, nor a
  near-duplicate;
* a **speaker label** ("CHAIRMAN ROBERTS: ...", "MS. OKAFOR: ...", a word or
  a few in capitals and a colon at the start) is left out of the sentence when
  it is rated, so that it neither adds words nor hides a dangling opener. The
  key point keeps the sentence verbatim (label included): points are compared
  with their source sentence to tell an edited point.

Non-candidates are not dropped from the article: the raters never see them and
:mod:`.rating` rates them below every candidate, in article order, so a summary
longer than the candidates still has its length (a word budget is filled with
candidates only). When no sentence is a candidate (a list of bare lines),
every sentence is one. A summary asked for more sentences than the article
has different ones is shorter (:func:`.rating.select`).

Only ``str`` methods here, no regular expressions: the input is untrusted (the
date-line test is the loader's, :mod:`briefing.core.ingest.front`).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Article

#: A one-sentence paragraph without final punctuation and at most this many words is a heading
#: when a longer paragraph follows.
HEADING_WORDS = 30
#: The same line closing the article (nothing follows it) is furniture up to this many words.
LAST_LINE_WORDS = 12
#: A greeting or sign-off is furniture up to this many words.
FURNITURE_WORDS = 20
#: A speaker label has at most this many words before its colon.
LABEL_WORDS = 4
#: An article lost its stops (no paragraph of it is a heading) when more than half of its paragraphs, and at
#: least this many, end without sentence-final punctuation.
LOST_STOPS_MIN = 3
#: A line without a stop is a body sentence when it has at least this share of the median length (in words) of the
#: article's sentences that end with a stop ...
BODY_LENGTH_SHARE = 0.8
#: ... and at least this many words.
BODY_MIN_WORDS = 10
#: An article with at least this many one-sentence question paragraphs, each answered by the next paragraph, is an
#: interview: those questions are no candidates.
INTERVIEW_QUESTIONS_MIN = 2
#: A line of at least this many words, more than half of them figures, is a table row or a list of figures.
FIGURES_MIN_WORDS = 3
#: A fact box's field ("Repair cost: £118 million") has at most this many words before its colon ...
FIELD_LABEL_WORDS = 3
#: ... and a value of no lower-case word, or of at most this many words and no stop.
FIELD_VALUE_WORDS = 6
#: Labels that open a photo caption, lower-cased, without the colon (en, de, fr, es, ru, uk).
CAPTION_LABELS = frozenset({
    "caption", "image caption", "photo caption", "picture caption", "photo", "image", "picture", "photograph",
    "bildunterschrift", "bild", "foto", "légende", "legende", "légende photo", "pie de foto", "pie de imagen",
    "imagen", "подпись к фото", "подпись", "фото", "підпис до фото", "підпис", "світлина",
})
#: Labels that open an editor's note, lower-cased, without the colon (en, de, fr, es, ru, uk).
EDITOR_NOTE_LABELS = frozenset({
    "editor's note", "editors' note", "note from the editor", "note to readers", "anmerkung der redaktion",
    "hinweis der redaktion", "anm. d. red.", "note de la rédaction", "note de la redaction", "ndlr", "n.d.l.r.",
    "nota del editor", "nota de la redacción", "nota de la redaccion", "n. de la r.",
    "примечание редакции", "от редакции", "примітка редакції", "від редакції",
})
#: Quotation marks that, next to a comma, attribute a quote ('"…," he said', '„…“, sagte er', '«…», — сказал он').
_QUOTES = "\"“”»«"

#: Characters that end a sentence (closing quotes and brackets after them are skipped).
SENTENCE_END = frozenset(".!?…;。！？")
_CLOSERS = "\"'”’»›)]}」』*"

#: Openings of newsletter and live-blog greetings and sign-offs, lower-cased, in the languages the
#: app supports (en, de, fr, es, ru, uk). An opening must end at a word boundary.
FURNITURE_OPENINGS = (
    # en
    "good morning", "good afternoon", "good evening", "hello", "hi there", "welcome to", "welcome back",
    "dear reader", "dear readers", "here's what you need to know", "here is what you need to know",
    "here's what we're watching", "thanks for reading", "thank you for reading", "thanks for joining",
    "thank you for joining", "see you tomorrow", "see you next", "until next time", "that's all for",
    "that's it for", "have a great", "have a good", "have a nice", "enjoy your weekend",
    "we will bring you the latest", "we'll bring you the latest", "stay with us", "forward this email",
    # en, de, fr, es, ru, uk: a list article's or live blog's teaser over what follows ("Here is what matters.")
    "here is what matters", "here's what matters", "here is what we know", "here's what we know",
    "here are the key points", "here are the main points", "was wir wissen", "das müssen sie wissen",
    "voici ce qu'il faut retenir", "voici ce que l'on sait", "estas son sus claves", "estas son las claves",
    "esto es lo que sabemos", "вот что известно", "вот что мы знаем", "ось що відомо", "ось що ми знаємо",
    # en, de, fr, es, ru, uk: a live blog's, correction's, op-ed's or press conference's closing formula
    "thanks for following", "thank you for following", "thank you for coming", "thanks for coming",
    "thank you all", "thank you, everyone", "thanks, everyone", "we apologise for", "we apologize for",
    "the article has been updated", "this article has been updated", "this story has been updated",
    "the views expressed", "wir halten sie", "wir bitten, die fehler", "wir bitten, den fehler",
    "wir bitten um entschuldigung", "wir entschuldigen uns", "danke an alle", "vielen dank an alle",
    "nous présentons nos excuses", "nous prions nos lecteurs", "merci à tous", "pedimos disculpas",
    "gracias a todos", "приносим извинения", "спасибо, до свидания", "спасибо всем", "следите за обновлениями",
    "перепрошуємо", "дякуємо всім", "стежте за оновленнями",
    # en: a hearing's opening and closing formulas and a witness's thanks
    "the committee will come to order", "the meeting will come to order", "the hearing will come to order",
    "the hearing is adjourned", "the meeting is adjourned", "the committee is adjourned",
    "thank you, mr", "thank you, madam", "thank you, senator", "thank you, chair",
    # de
    "guten morgen", "guten tag", "guten abend", "hallo", "liebe leserinnen", "liebe leser",
    "herzlich willkommen", "willkommen zu", "willkommen im", "willkommen beim", "danke fürs lesen",
    "vielen dank fürs lesen", "bis morgen", "schönes wochenende",
    # fr
    "bonjour", "bonsoir", "chers lecteurs", "chères lectrices", "bienvenue", "merci de nous avoir lu",
    "merci d'avoir lu", "à demain", "bonne lecture", "bonne journée", "bon week-end",
    # es
    "buenos días", "buenas tardes", "buenas noches", "hola", "bienvenidos", "bienvenidas", "bienvenido",
    "queridos lectores", "gracias por leer", "hasta mañana", "feliz fin de semana",
    # ru
    "доброе утро", "добрый день", "добрый вечер", "здравствуйте", "привет", "дорогие читатели",
    "добро пожаловать", "спасибо, что читаете", "до завтра", "хороших выходных",
    # uk
    "доброго ранку", "добрий ранок", "добрий день", "добрий вечір", "вітаємо", "привіт", "дорогі читачі",
    "ласкаво просимо", "дякуємо, що читаєте", "до завтра", "гарних вихідних",
)


def has_final_punctuation(text: str) -> bool:
    """True when ``text`` ends with sentence-final punctuation (closing quotes or brackets after it allowed)."""
    core = text.rstrip().rstrip(_CLOSERS).rstrip()
    return bool(core) and core[-1] in SENTENCE_END


def speaker_label_end(text: str) -> int:
    """Return where the text after a speaker label starts ("MS. OKAFOR: Thank you." -> 12), or 0 for none.

    A label is at most ``LABEL_WORDS`` words with letters, all in capitals
    (``str.isupper``: any script), then a colon and a space, then more text.
    """
    colon = text.find(":", 0, 60)
    if colon <= 0 or colon + 1 >= len(text) or not text[colon + 1].isspace():
        return 0
    label = text[:colon].strip()
    if not label or not label.isupper() or len(label.split()) > LABEL_WORDS:
        return 0
    if not all(ch.isalpha() or ch in " .'’-" for ch in label):
        return 0
    rest = len(text) - len(text[colon + 1:].lstrip())
    return rest if rest < len(text) else 0


def without_speaker_label(text: str) -> str:
    """Return ``text`` without a leading speaker label (see :func:`speaker_label_end`)."""
    return text[speaker_label_end(text):]


def is_furniture(text: str) -> bool:
    """True for a newsletter or live-blog greeting or sign-off (:data:`FURNITURE_OPENINGS`)."""
    if len(text.split()) > FURNITURE_WORDS + LABEL_WORDS:
        return False  # too long even without a speaker label (a quick test first: most sentences)
    lowered = " ".join(without_speaker_label(text).split()).lower().replace("’", "'")
    if len(lowered.split()) > FURNITURE_WORDS or not lowered.startswith(FURNITURE_OPENINGS):
        return False
    for opening in FURNITURE_OPENINGS:
        if lowered.startswith(opening):
            after = lowered[len(opening):len(opening) + 1]
            if not after or not after.isalpha():
                return True
    return False


def is_bare_question(text: str) -> bool:
    """Whether ``text`` is a question on its own: it ends in a question mark, behind closing quotes or brackets."""
    return text.rstrip().rstrip("»“”\"'’)]").endswith(("?", "？"))


def is_caption(text: str) -> bool:
    """True when ``text`` opens with a photo caption's label and a colon ("Image caption: Relatives waited ...")."""
    colon = text.find(":", 0, 30)
    if colon <= 0:
        return False
    return " ".join(text[:colon].split()).lower() in CAPTION_LABELS


def is_editor_note(text: str) -> bool:
    """True when ``text`` opens with an editor's note label and a colon ("Примечание редакции: материал обновлён ...",
    "Nota del editor: ...", "(Anmerkung der Redaktion: ...", "*Note de la rédaction :*")."""
    head = text.lstrip("(*_[ ")
    colon = head.find(":", 0, 40)
    if colon <= 0:
        return False
    return " ".join(head[:colon].replace("’", "'").strip("*_ ").split()).lower() in EDITOR_NOTE_LABELS


def editor_note_paragraphs(article: Article) -> list[bool]:
    """Return, per paragraph, whether it is an editor's note: its first sentence opens with a note's label
    (:func:`is_editor_note`); every sentence of it is about the article ("In einer früheren Version hieß es ...")."""
    return [bool(para) and is_editor_note(para[0]) for para in article.paragraphs]


def is_date_only(text: str) -> bool:
    """True when ``text`` is only a place and a date, or a date ("Musterstadt, 12. Mai 2025.")."""
    if len(text) > 80 or not any(ch.isdigit() for ch in text):
        return False
    from ..ingest.front import is_date_line

    return is_date_line(text)


def is_figures(text: str) -> bool:
    """True when ``text`` is no prose: it has no letter ("1.", "08:02", "###"), or it is a table row or a line of
    figures (at least two cell bars or a tab, or more than half of its words figures: "Wheat | 21.4 | 19.8",
    "Москва 1,90 2,10 +10%")."""
    if not any(ch.isalpha() for ch in text):
        return True
    if "\t" in text or text.count("|") >= 2:
        return True
    if 2 * sum(text.count(d) for d in "0123456789") <= text.count(" "):
        return False  # too few digits for more than half of the words to be figures (the common, fast case)
    words = text.split()
    figures = sum(1 for w in words if any(ch.isdigit() for ch in w) and not any(ch.isalpha() for ch in w))
    return len(words) >= FIGURES_MIN_WORDS and 2 * figures > len(words)


def is_field(text: str) -> bool:
    """True when ``text`` is a fact box's or contact block's field, a label and a value ("Opened: 1962", "Repair
    cost: £118 million", "Source: Tressland Statistics Office.", "Ліжок: 320"), not a sentence.

    The label is at most ``FIELD_LABEL_WORDS`` words before a colon; the value has no word in lower case (names,
    figures: German capitalises its nouns, but its verbs and adjectives are in lower case), or it has no stop and
    at most ``FIELD_VALUE_WORDS`` words.
    """
    colon = text.find(":", 0, 40)
    if colon <= 0:
        return False
    label = text[:colon].split()
    if not label or len(label) > FIELD_LABEL_WORDS or not any(ch.isalpha() for ch in text[:colon]):
        return False
    value = text[colon + 1:].split()
    if not value:
        return False
    lower = any(w.lstrip("\"'«„“(")[:1].islower() and not any(ch.isdigit() or ch == "@" for ch in w) for w in value)
    return not lower or (len(value) <= FIELD_VALUE_WORDS and not has_final_punctuation(text))


def repeat_key(text: str) -> tuple[str, ...]:
    """Return the words of ``text``, lower-cased, without punctuation: two sentences with the same key repeat
    each other."""
    return tuple("".join(ch.lower() if ch.isalnum() else " " for ch in text).split())


def question_paragraphs(article: Article) -> list[bool]:
    """Return, per paragraph, whether it is an interviewer's question (module docstring).

    A paragraph of one bare question followed by a paragraph that is not one;
    only when the article has at least ``INTERVIEW_QUESTIONS_MIN`` of them.
    """
    paragraphs = article.paragraphs
    out = [len(para) == 1 and is_bare_question(para[0]) and p + 1 < len(paragraphs)
           and not all(is_bare_question(t) for t in paragraphs[p + 1])
           for p, para in enumerate(paragraphs)]
    return out if sum(out) >= INTERVIEW_QUESTIONS_MIN else [False] * len(paragraphs)


def _words(paragraph: list[str]) -> int:
    return sum(len(s.split()) for s in paragraph)


def attributes_quote(text: str) -> bool:
    """True when ``text`` has a quotation mark next to a comma: a quote's attribution in every supported
    language ('"We will not give up," he said', '„Wir geben nicht auf“, sagte er', '«…», — сказал он')."""
    return any("," + q in text or q + "," in text for q in _QUOTES)


def _continues(paragraph: list[str]) -> bool:
    """True when ``paragraph`` opens as the continuation of the one before it (a lower-case letter or a comma)."""
    opening = paragraph[0].lstrip()[:1] if paragraph else ""
    return opening in (",", ";") or opening.islower()


def _median(values: list[int]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return float(ordered[mid]) if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def heading_paragraphs(article: Article) -> list[bool]:
    """Return, per paragraph, whether it is a heading or a closing furniture line (module docstring).

    A one-sentence paragraph without a stop, short enough, is one unless it
    reads as a body sentence that lost its stop: the article's share of
    paragraphs without a stop, the length of its real sentences, a quote's
    attribution and a next paragraph that continues it are the evidence.
    """
    paragraphs = article.paragraphs
    no_stop = sum(1 for para in paragraphs if para and not has_final_punctuation(para[-1]))
    if no_stop >= LOST_STOPS_MIN and 2 * no_stop > len(paragraphs):
        return [False] * len(paragraphs)  # the stops were lost (or it is a list): no line stands out as a heading
    real = [len(text.split()) for para in paragraphs for text in para if has_final_punctuation(text)]
    body_words = max(BODY_MIN_WORDS, BODY_LENGTH_SHARE * _median(real)) if real else BODY_MIN_WORDS
    out = []
    for p, para in enumerate(paragraphs):
        words = _words(para)
        if len(para) != 1 or has_final_punctuation(para[0]) or words == 0:
            out.append(False)
        elif words >= body_words or attributes_quote(para[0]):
            out.append(False)  # the length or shape of a body sentence that lost its stop
        elif p + 1 < len(paragraphs):
            nxt = paragraphs[p + 1]
            out.append(words <= HEADING_WORDS and _words(nxt) > words and not _continues(nxt))
        else:
            out.append(words <= LAST_LINE_WORDS and p > 0)
    return out


def author_note_paragraphs(article: Article) -> list[bool]:
    """Return, per paragraph, whether it is a note on the author: one sentence that opens with the name of one of
    the article's authors (its byline) and a word in lower case ("Nadia Okoro is a housing researcher at ...",
    "Carmen Ibáñez es urbanista ...": an op-ed's or guest column's line on who wrote it)."""
    names = [" ".join(a.split()) for a in article.authors if len(a.split()) >= 2]
    out = []
    for para in article.paragraphs:
        note = False
        if len(para) == 1 and names:
            text = " ".join(para[0].split())
            for name in names:
                rest = text[len(name) + 1:] if text.startswith(name + " ") else ""
                if rest[:1].islower():
                    note = True
        out.append(note)
    return out


def candidate_mask(article: Article) -> list[bool]:
    """Return, per body sentence, whether it may be a key point (all ``True`` when none would be)."""
    headings = heading_paragraphs(article)
    questions = question_paragraphs(article)
    notes = [a or e for a, e in zip(author_note_paragraphs(article), editor_note_paragraphs(article))]
    mask = [not headings[p] and not questions[p] and not notes[p] and not is_furniture(text)
            and not is_caption(text) and not is_date_only(text) and not is_figures(text)
            and not is_field(without_speaker_label(text))
            for p, para in enumerate(article.paragraphs) for text in para]
    return mask if any(mask) else [True] * len(mask)


def reading(article: Article) -> tuple[Article, list[int]]:
    """Return the article as the raters read it and the original index of each of its sentences.

    The reading keeps the candidates only (paragraphs left empty are dropped),
    each without its speaker label. When nothing changes, ``article`` itself
    comes back.
    """
    mask = candidate_mask(article)
    paragraphs: list[list[str]] = []
    kept: list[int] = []
    changed = not all(mask)
    i = 0
    for para in article.paragraphs:
        out = []
        for text in para:
            if mask[i]:
                read = without_speaker_label(text)
                changed = changed or read != text
                out.append(read)
                kept.append(i)
            i += 1
        if out:
            paragraphs.append(out)
    if not changed:
        return article, kept
    return replace(article, paragraphs=paragraphs), kept

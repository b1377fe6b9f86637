"""Second pass over pysbd's sentences in ru, uk, de, fr and es: joins the cuts no reader would make, makes a few it missed.

pysbd decides at each full stop from its abbreviation lists, and those miss
much of what news in these languages writes (a tour with made-up articles,
tests/core/language/test_sentence_repair.py):

* a cut before a lowercase word or a comma is never a sentence end in these
  languages ("am 2. Sept. | hatten", "от 2 окт. | указала", "20 нояб. | , а",
  "aprox. | un 1,1 %"): the pieces are joined;
* a cut between an abbreviation that takes a number and the number
  ("Abs. | 3", "Kap. | 3", "l'art. | 49.3", "ст. | 5", "im Sept. | 2021");
* a German date cut as a list item ("fand am | 3. Oktober 2024 statt", when the paragraph has another "4.");
* a question or exclamation followed by a dash and a lowercase word is a line of
  dialogue with its attribution ("— Де ці гроші? — запитав журналіст."), one sentence;
* and the other way: a unit that often ends a Russian or Ukrainian sentence
  ("2025 г.", "2026–2027 гг.", "120 млн руб.", "3 млн грн.") before a capital
  ends it once the sentence has some words before it (not "В 1995 г. Иван ..."), or before a capitalised
  function word ("2019 р. Тоді ..."); so does a unit of measure ("6,7 км. Будівництво ...", ru/uk write
  "км" without a stop inside a sentence) and, in German, "Mio."/"Mrd." before a function word ("2,5 Mrd. Der
  Gewinn ...", not "3 Mio. Euro");
  a French closing guillemet after a full stop, question or exclamation mark
  before a capital ends the sentence ("« Je ne l'exclus pas. » Les débats ...").

Works on whitespace-separated tokens and str methods only (no regular expressions).
"""

from __future__ import annotations

from .verbs import clause_verb, is_verb_shaped

#: Abbreviations that stand before a number ("Abs. 3", "ст. 5"), per language, lowercase without the stop.
NUMBER_ABBREVIATIONS = {
    "de": {"abs", "art", "kap", "nr", "ziff", "bd", "s", "rd", "ca", "bzw", "lit", "tz", "rn", "rdnr", "anl",
           "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez"},
    "fr": {"art", "n", "no", "nº", "p", "chap", "vol", "al", "env", "janv", "févr", "avr", "juil", "sept", "oct",
           "nov", "déc"},
    "es": {"art", "arts", "núm", "nro", "n", "no", "pág", "págs", "cap", "vol", "aprox", "ene", "feb", "abr",
           "ago", "sept", "sep", "oct", "nov", "dic"},
    "ru": {"ст", "ч", "п", "пп", "гл", "т", "рис", "табл", "с", "стр", "ок", "янв", "февр", "апр", "авг", "сент",
           "окт", "нояб", "дек", "№"},
    "uk": {"ст", "ч", "п", "пп", "гл", "т", "рис", "табл", "с", "стор", "бл", "січ", "лют", "берез", "квіт", "трав",
           "черв", "лип", "серп", "вер", "жовт", "листоп", "груд", "№"},
}

#: Abbreviations that often end a Russian or Ukrainian sentence: years, currencies after a figure.
_END_UNITS = {"г", "гг", "р", "рр", "руб", "грн", "долл", "дол", "коп"}
#: Words after a currency that belong to it ("2,2 млрд дол. США").
#: Words up to the unit a sentence needs before a cut when its verb may be a noun ("Бюджет на 2019 г. Москва").
_MIN_WORDS_BEFORE_CUT = 5
_UNIT_QUALIFIERS = {"сша", "канады", "канади", "австралии", "австралії", "гонконга", "гонконгу", "сингапура", "сінгапуру"}
#: Words a figure may have between it and its unit ("120 млн руб.").
_MAGNITUDES = {"тыс", "тыс.", "тис", "тис.", "млн", "млн.", "млрд", "млрд.", "трлн", "трлн."}
#: Units of measure that Russian and Ukrainian write without a stop inside a sentence ("6,7 км від"): a stop
#: after one, before a capital, ends the sentence ("довжиною 6,7 км. Будівництво").
_MEASURE_UNITS = {"км", "м", "см", "мм", "кг", "га", "л", "мл", "км²", "м²", "м³", "квт", "мвт", "гвт", "кв"}
#: Magnitudes that may end a figure, and so a sentence ("до 12 тис. Місто", "auf 2,5 Mrd. Der Gewinn").
_END_MAGNITUDES = {"ru": {"тыс", "млн", "млрд", "трлн", "т"}, "uk": {"тис", "млн", "млрд", "трлн", "т"},
                   "de": {"tsd", "mio", "mrd", "km", "kg", "t"}}

_OPENING_QUOTES = "«„“\"'(‚‹["
#: German months and their abbreviations: "3. Oktober" opening a piece is a date, not a list item.
_DE_MONTHS = {"januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
              "november", "dezember", "jan.", "feb.", "febr.", "mär.", "apr.", "jun.", "jul.", "aug.", "sep.",
              "sept.", "okt.", "nov.", "dez."}
_DASHES = "—–-"


def _last_word(piece: str) -> str:
    """The last whitespace-separated word of ``piece`` (empty for an empty piece)."""
    words = piece.rsplit(None, 1)
    return words[-1] if words else ""


def _abbreviation_before_stop(piece: str) -> str | None:
    """The word the final stop of ``piece`` closes, lowercase ("abs" for "... Abs."), or None.

    None when the piece does not end in a letter and a full stop (a figure, a quote, '?', '!').
    """
    last = _last_word(piece)
    if len(last) < 2 or last[-1] != "." or not last[-2].isalpha():
        return None
    word = last[:-1].lstrip(_OPENING_QUOTES)
    # "l'art." -> "art"; "d'env." -> "env"
    for apostrophe in ("'", "’"):
        if apostrophe in word:
            word = word.rsplit(apostrophe, 1)[1]
    return word.lower()


def _joins(previous: str, following: str, lang: str) -> bool:
    """Whether the cut between ``previous`` and ``following`` is no sentence end in ``lang``."""
    first = following[0]
    closed = previous[-1]
    if closed == "." and _abbreviation_before_stop(previous) is not None:
        if first.islower() or first in ",;:)":
            return True
        if first.isdigit() and _abbreviation_before_stop(previous) in NUMBER_ABBREVIATIONS.get(lang, ()):
            return True
    if lang == "de" and closed.isalpha() and first.isdigit():
        # pysbd takes "3." for a list item when the paragraph has another ("4."): "fand am | 3. Oktober 2024 statt"
        words = following.split(None, 2)
        if len(words) >= 2 and words[0][:-1].isdigit() and words[0][-1] == "." and words[1].lower() in _DE_MONTHS:
            return True
    if closed in "?!…" and first in _DASHES:
        rest = following[1:].lstrip()
        if rest and rest[0].islower():
            return True  # "— Де ці гроші? — запитав журналіст.", "—¿Dónde? —preguntó."
    return False


def _starts_a_sentence(word: str) -> bool:
    """Whether ``word`` begins with a capital, perhaps behind an opening quote or bracket."""
    word = word.lstrip(_OPENING_QUOTES)
    return bool(word) and word[0].isupper()


def _is_figure(word: str) -> bool:
    """Whether ``word`` is a number or a range of numbers ("2025", "3,5", "2026–2027")."""
    return bool(word) and word[0].isdigit() and all(c.isdigit() or c in ",.–-" for c in word)


def _opens_with_function_word(word: str, lang: str) -> bool:
    """Whether ``word`` (capitalised) is a stop word of ``lang``: "Тоді", "Это", "Die", "Er", not "Москва" or "Euro".

    A function word has a capital only at the start of a sentence; a name (or a German noun) has one anywhere.
    """
    from ..resources import stop_words

    return word.lstrip(_OPENING_QUOTES).rstrip(",.;:!?»\"'").lower() in stop_words(lang)


def _unit_ends_sentence(words: list[str], i: int, lang: str) -> bool:
    """Whether the stop of ``words[i]``, a unit or magnitude after a figure, before a capital, ends the sentence.

    Decided by what follows, then by what precedes:

    * a capitalised function word (a stop word: "Тоді", "Это", "Die") can only start a sentence: a cut, once the
      sentence has two words before the figure ("Der Umsatz stieg auf 2,5 Mrd. | Der Gewinn sank.");
    * a Russian or Ukrainian unit of measure takes no stop inside a sentence ("6,7 км від міста"): "км." before
      any capital is a cut ("довжиною 6,7 км. | Будівництво тривало"); so is a magnitude that ends the figure
      ("до 12 тис. | Місто планує"): what it counts follows in lowercase ("12 тис. мешканців") or is a code
      ("3 млн. USD");
    * before a name ("2019 г. Москва", "у 2019 р. Київ") a year, a currency or a magnitude is ambiguous: the
      year may open the sentence ("В 2019 г. Москва выделила ...", one sentence) or close it ("Завод был
      построен в 2019 г. | Москва ..."). It is a cut only when the clause up to the figure holds a verb-shaped
      word (:mod:`.verbs`; "По данным ведомства, в 2021–2023 гг. Лаптев ..." holds none), or the word after is
      one ("в 1960 г. | Окончил МГУ"); short clauses need five words or a plural past tense; German keeps a noun after "Mio." in the sentence ("3 Mio. Euro").
    """
    unit = words[i][:-1].lower()
    figure_at = i - 1
    if lang in ("ru", "uk") and words[figure_at].lower() in _MAGNITUDES and figure_at >= 1:
        figure_at -= 1
    if not _is_figure(words[figure_at]):
        return False
    following = words[i + 1]
    if _opens_with_function_word(following, lang):
        return figure_at >= 2
    if lang not in ("ru", "uk"):
        return False
    if unit in _MEASURE_UNITS or unit in _END_MAGNITUDES[lang]:
        code = following.rstrip(",.;:")
        return not (code.isupper() and len(code) <= 4)  # "3 млн. USD", a currency code, stays
    if is_verb_shaped(following, lang):
        return figure_at >= 2  # "в 1960 г. Окончил МГУ": a sentence opening with its verb
    # A clause with no verb up to the year is no whole sentence: "По данным ведомства, в 2021–2023 гг. Лаптев
    # руководил ..." (the name is the clause's subject). With one the year ends it, once the sentence has a few
    # words ("Завод был построен в 2019 г. | Москва ..."), or at once after a plural past tense, which few nouns
    # end like ("Предприятие закрыли в 2020 г. | Рабочие ...": a second subject and verb, no comma between)
    verb = clause_verb(words, lang, figure_at)
    return verb > 0 and (i >= _MIN_WORDS_BEFORE_CUT or (verb == 2 and figure_at >= 2))


def _cuts(piece: str, lang: str) -> list[int]:
    """Offsets in ``piece`` where a sentence ends that pysbd left joined."""
    words = piece.split(" ")
    offsets: list[int] = []
    offset = 0
    units = _END_UNITS | _MEASURE_UNITS if lang in ("ru", "uk") else set()
    units = units | _END_MAGNITUDES.get(lang, set())
    for i, word in enumerate(words[:-1]):
        offset += len(word) + 1
        following = words[i + 1]
        if not _starts_a_sentence(following) or following.strip(",.;:").lower() in _UNIT_QUALIFIERS:
            continue
        if word.endswith(".") and word[:-1].lower() in units and i >= 1:
            if _unit_ends_sentence(words, i, lang):
                offsets.append(offset)
        elif lang == "fr" and word == "»" and i >= 1 and words[i - 1][-1:] in (".", "?", "!", "…"):
            offsets.append(offset)
    return offsets


def repair_sentences(text: str, sentences: list[str], lang: str) -> list[str]:
    """Return ``sentences`` (pysbd's, stripped, of the whitespace-folded paragraph ``text``) with cuts joined and added.

    ``lang`` is an ISO code; English is left as it is. A joined sentence is the
    slice of ``text`` from the first piece to the last, so it stays verbatim.
    """
    if lang not in NUMBER_ABBREVIATIONS or len(sentences) == 0:
        return sentences
    spans: list[list[int]] = []  # [start, end] in text of each sentence so far
    end = 0
    for piece in sentences:
        start = text.find(piece, end)
        if start < 0:  # not a slice of text (pysbd never does this with clean=False): keep pysbd's cut
            return sentences
        if spans and _joins(text[max(spans[-1][0], end - 80):end], piece, lang):
            spans[-1][1] = start + len(piece)
        else:
            spans.append([start, start + len(piece)])
        end = start + len(piece)
    joined = [text[a:b] for a, b in spans]
    out: list[str] = []
    for piece in joined:
        start = 0
        for cut in _cuts(piece, lang):
            out.append(piece[start:cut].strip())
            start = cut
        out.append(piece[start:].strip())
    return [p for p in out if p]

"""Ukrainian names for the rules (:mod:`.rules_multilingual`): first names in any case form, a party's quoted
name, an organisation's name that goes on in lower case, the shape of a firm's name, and base forms of people
and places ("Володимирові Зеленському" -> "Володимир Зеленський", "у Львові" -> "Львів").
"""

from __future__ import annotations

from .lexicon_multilingual import UK_FIRST_NAMES, UK_SURNAME_ENDINGS, LanguageRules
from .rules_de import german_place_base
from .rules_uk import (
    uk_adjective_surname,
    uk_base_word,
    uk_finite_verb,
    uk_inner_and,
    uk_place,
    uk_place_forms,
    uk_region,
    uk_region_base,
)
from .rules_words import WordTok, is_first_name, is_org_word, stop_words_of

#: Words that end a role phrase or a lower-case organisation name ("університету імені Тараса Шевченка").
ROLE_STOPS = frozenset({"імені", "имени"})


#: Stems of Ukrainian nouns before a party's or a faction's quoted name ("фракція", "партії", "блоку").
_UK_PARTY_CUES = ("фракці", "парті", "політсил", "блок", "об'єднанн", "об’єднанн")


def uk_quoted_party(tokens: list[WordTok], i: int) -> int:
    """Return the index of the closing "»" when ``tokens[i]`` opens a quoted name of two to five words after a
    party cue ("фракція «Європейська солідарність»"), else 0."""
    if tokens[i].text != "«" or i == 0 or not tokens[i - 1].text.lower().startswith(_UK_PARTY_CUES):
        return 0
    for m in range(i + 1, min(i + 7, len(tokens))):
        if tokens[m].text == "»":
            words = tokens[i + 1:m]
            ok = 2 <= len(words) <= 5 and words[0].cap and all(w.text[0].isalpha() for w in words)
            return m if ok else 0
    return 0


def uk_first_name(word: str) -> bool:
    """True for a Ukrainian first name in any case form ("Маріушем", "Володимирові")."""
    if not word or not ("\u0400" <= word[0] <= "\u04ff"):
        return False
    return word in UK_FIRST_NAMES or uk_base_word(word) in UK_FIRST_NAMES or word[:-1] in UK_FIRST_NAMES \
        or (word[:-1] + "а") in UK_FIRST_NAMES or (word[:-2] + "а") in UK_FIRST_NAMES \
        or word.endswith(("ія", "ію")) and (word[:-1] + "й") in UK_FIRST_NAMES \
        or word.endswith(("ля", "лю")) and (word[:-1] + "ь") in UK_FIRST_NAMES \
        or word.endswith(("ієм", "ієві")) and (word[:word.rindex("є")] + "й") in UK_FIRST_NAMES \
        or word.endswith(("ю", "і", "ї", "ею", "єю")) and (word[:-2 if word.endswith("ю") and len(word) > 2
                                                            and word[-2] in "еє" else -1] + "я") in UK_FIRST_NAMES \
        or word.endswith("і") and (word[:-1] + "а") in UK_FIRST_NAMES \
        or any(word.endswith(e) and (word[:-len(e)] + "о") in UK_FIRST_NAMES for e in ("а", "у", "ом", "ові"))


def extend_org(tokens: list[WordTok], i: int, j: int, rules: LanguageRules) -> int:
    """Return the end of a Ukrainian organisation name that goes on in lower case
    ("Служби зовнішньої розвідки України", "Київського національного університету"): when the run's last
    word or one of the next lower-case words is an organisation word, up to four lower-case words, then a place."""
    stops = stop_words_of(rules.code)
    m = j
    while m < len(tokens) and m - j < 5 and tokens[m].text[:1].islower() and tokens[m].text[0].isalpha() \
            and (tokens[m].text not in stops or uk_inner_and(tokens, j, m, stops)) and tokens[m].text not in ROLE_STOPS \
            and not uk_finite_verb(tokens[m].text):
        m += 1
    if m == j:
        return j
    words = [t.text.lower() for t in tokens[j - 1:m]]
    if not any(is_org_word(w, rules) for w in words):
        return j
    last_org = max(n for n, w in enumerate(words) if is_org_word(w, rules))
    end = j + last_org  # up to the last organisation word ("...розвідки" keeps its genitive after it)
    end = max(end, m)
    if end < len(tokens) and tokens[end].cap and uk_place(tokens[end].text):
        end += 1
    elif end + 2 < len(tokens) and tokens[end].text == "м" and tokens[end + 1].text == "." \
            and tokens[end + 2].cap and uk_place(tokens[end + 2].text):
        end += 3  # "Печерського районного суду м. Києва": the city the body is of
    return end


#: Endings of a Ukrainian adjective opening a name ("Нова", "Верховна", "Демурінський"); few first names end so.
_UK_ADJECTIVE_ENDINGS = ("ський", "цький", "зький", "ська", "цька", "зька", "ське", "ний", "ній", "вна", "жна", "чна",
                         "льна", "тна", "рна", "ова", "ове", "ові", "ова")


def uk_org_shape(run: list[WordTok]) -> bool:
    """True when a Ukrainian run of two or more words reads as an organisation, not a person: it ends in initials
    ("Васильківська РДА"), or opens with an adjective that is no first name and ends in a word with no surname
    ending ("Нова Пошта", "Українська Правда"; "Ганна Садова", "Олег Петрівський" stay people)."""
    words = [t.text for t in run]
    if any(uk_first_name(w) or is_first_name(w) for w in words):
        return False
    if run[-1].acronym and not run[0].acronym:
        return True
    last = words[-1].lower()
    return words[0].lower().endswith(_UK_ADJECTIVE_ENDINGS) and not last.endswith(UK_SURNAME_ENDINGS) \
        and not last.endswith(_UK_ADJECTIVE_ENDINGS)


_UK_VOWELS = frozenset("аеєиіїоуюяь'’")


#: Endings of Russian surnames in the nominative (the Cyrillic rules read Russian too): "Иванов", "Смирнова",
#: "Кузнецов", "Горбачёв", "Жуковский", "Шуйская" (not "-ин": Ukrainian towns, Бурштин, Рогатин).
RU_SURNAME_ENDINGS = ("ов", "ова", "ев", "ева", "ёв", "ёва", "ский", "ская", "цкий", "цкая")
_SURNAME_ENDINGS = UK_SURNAME_ENDINGS + RU_SURNAME_ENDINGS


def uk_person(words: list[str]) -> bool:
    """True when a Ukrainian or Russian run looks like a person: a known first name or a surname ending."""
    first = uk_base_word(words[0])
    return (first in UK_FIRST_NAMES or uk_first_name(words[0])
            or any(w.lower().endswith(_SURNAME_ENDINGS) for w in words))


#: Endings of a man's surname that take "-а" in the genitive ("Гнатюк" -> "Гнатюка"); a woman's stays unchanged.
_UK_MASCULINE_STEMS = ("ук", "юк", "чук", "ак", "як", "ик", "ич")


def _uk_masculine_genitive(word: str) -> bool:
    """True for a surname that can only be a man's in the genitive or accusative: "Гнатюка", "Шевченка",
    "Садового" (a woman's would be "Гнатюк", "Шевченко", "Садової")."""
    return word.endswith(("енка", "ого")) or word.endswith("а") and word[:-1].endswith(_UK_MASCULINE_STEMS)


def base_form(tokens: list[WordTok], kind: str, lang: str, text: str) -> str:
    """Return the base form of a name: Ukrainian persons and places de-inflected, other names as written."""
    written = text[tokens[0].start:tokens[-1].end]
    if lang == "de" and kind == "LOC":
        return german_place_base(written)  # "Niedersachsens" -> "Niedersachsen"
    if lang != "uk":
        return written
    if kind == "LOC":
        return uk_place_forms().get(written) or uk_region_base(written) or written
    if kind == "PER":
        base = [uk_base_word(t.text) for t in tokens]
        first = tokens[0].text
        if len(base) == 2 and base[0] == first and first not in UK_FIRST_NAMES:
            # "Маріуша" -> "Маріуш", "Андрія" -> "Андрій", "Олену" -> "Олена", "Оленою" -> "Олена"
            base[0] = next((f for f in (first[:-1], first[:-1] + "й", first[:-1] + "а", first[:-2] + "а",
                                        first[:-1] + "ь")
                            if f in UK_FIRST_NAMES), first)
        if len(base) == 2 and base[0] == first and first.endswith("а") and first[:-1] in UK_FIRST_NAMES \
                and _uk_masculine_genitive(tokens[1].text):
            base[0] = first[:-1]  # "Олександра Гнатюка": a woman's name in form, but the surname is a man's genitive
        elif len(base) == 2 and base[0] == first and first.endswith("ія") and first[:-1] + "й" in UK_FIRST_NAMES \
                and _uk_masculine_genitive(tokens[1].text):
            base[0] = first[:-1] + "й"  # "Валерія Осадчука": Валерія is a woman's name too, the surname a man's
        if len(base) == 2 and base[0] != tokens[0].text:  # a first name in a case form: the surname is in it too
            base[1] = uk_adjective_surname(base[1])
            if first.endswith(("а", "я", "у")) and base[1] == tokens[1].text and len(base[1]) > 4 \
                    and base[1].endswith("а") and base[1][-2].lower() not in _UK_VOWELS:
                base[1] = base[1][:-1]  # a man's name in the genitive: "Валерія Осадчука" -> "Валерій Осадчук"
        return " ".join(base)
    return written


#: Joining words of a list of regions ("Харківська та Сумська області").
_UK_AND = frozenset({"та", "і", "й"})


def uk_region_list(words: list[str], i: int) -> int:
    """Return the index of the region noun that ends a list of two regions' adjectives starting at ``words[i]``
    ("Харківська та Сумська області", "у Київській і Житомирській областях"), else 0: one place phrase."""
    if i + 3 >= len(words) or words[i + 1] not in _UK_AND:
        return 0
    noun = words[i + 3]
    return i + 3 if uk_region(words[i], noun) and uk_region(words[i + 2], noun) else 0


#: Last words of a foreign firm's name, in Latin letters or transliterated ("Interstatus Limited", "Стіл Продактс
#: Лімітед", "Енерджі Трейд Груп"): a run ending so is a firm, not a person.
_UK_FIRM_LAST = frozenset("""limited ltd inc corp llc gmbh holdings holding group enterprises trading
    лімітед лтд груп холдинг холдингс інкорпорейтед корпорейшн ентерпрайзес трейдінг трейдинг""".split())


def uk_foreign_firm(words: list[str]) -> bool:
    """True when a run of two words or more ends in a foreign firm's legal form or group word ("Limited", "Груп")."""
    return len(words) >= 2 and words[-1].lower().rstrip(".") in _UK_FIRM_LAST


#: Time adverbs and conjunctions that open a Russian or Ukrainian sentence and are on neither stop-word list.
_OPENERS = frozenset("""вчера завтра ранее накануне позавчера вчора нині згодом проте напередодні днями""".split())


def cyrillic_opener(low: str) -> bool:
    """True for a lower-cased word that opens a Russian or Ukrainian sentence as an adverb or conjunction and is no
    part of the name after it ("Сегодня Тархания", "Вчера Иванов", "Однак Шмигаль"): on the Russian or Ukrainian
    stop-word list (the Cyrillic rules read both languages) or a time adverb of :data:`_OPENERS`."""
    return low in _OPENERS or low in stop_words_of("uk") or low in stop_words_of("ru")

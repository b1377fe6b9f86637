"""Whether a Russian or Ukrainian word has the shape of a finite verb or an infinitive, from its ending alone.

Used by the sentence repair (:mod:`.repair`) to decide whether a year or a sum before a capitalised word ends a
sentence ("Завод был построен в 2019 г. | Москва выделила ...") or opens the clause the capitalised word is the
subject of ("По данным ведомства, в 2021–2023 гг. Лаптев руководил ..."): a clause with no verb up to the year
cannot be a whole sentence. Without a dictionary the test is by ending: the past tense ("сказал", "открыла",
"збудували", "відкрив"), the present or future third person ("работает", "говорит", "очолить", "працює"), the
infinitive ("открыть", "відкрити"), reflexives of those ("остался", "вирішилося"), and short participles of the
passive ("построен", "подписана", "відкрито"). Some nouns have those endings ("бюджет", "кредит", "результат",
"сила"): they count as verbs, so a doubt keeps the cut pysbd's rules or the word count would make.
"""

from __future__ import annotations

#: Endings of Russian verb forms (lowercased), checked after a reflexive "ся"/"сь" is taken off: the past tense
#: ("сказал", "произошло", "смог"), the present or future ("работает", "говорит", "будут"), the infinitive, the
#: short passive participle ("построен", "подписана", "открыт").
_RU_ENDINGS = (
    "ал", "ял", "ел", "ёл", "ил", "ыл", "ул", "ог", "ла", "ло", "ли", "ет", "ёт", "ит", "ут", "ют", "ат", "ят",
    "ать", "ять", "еть", "ить", "уть", "ыть", "оть", "чь", "ти", "ен", "ена", "ено", "ены", "ан", "ана", "ано",
    "аны", "ыт", "ыта", "ыто", "ыты",
)
#: Endings of Ukrainian verb forms (lowercased), checked after a reflexive "ся"/"сь" is taken off: the past tense
#: ("відкрив", "збудували"), the present or future ("працює", "очолить", "мають"), the infinitive, the impersonal
#: "-но"/"-то" ("збудовано", "відкрито").
_UK_ENDINGS = ("ав", "яв", "ив", "їв", "ув", "ог", "ла", "ло", "ли", "є", "ить", "ать", "ять", "ють", "уть", "ти",
               "ено", "ано", "ито", "ото")
#: Function words that end like a verb: never one.
_NOT_VERBS = frozenset({"или", "ли", "чуть", "сути", "пути", "лишь", "чи", "ні", "або", "коли", "тоді", "мало"})


def is_verb_shaped(word: str, lang: str) -> bool:
    """Whether ``word`` ends like a verb form of ``lang`` ("ru" or "uk"); False for any other language."""
    low = word.strip(",.;:!?»\"'()«„“”").lower()
    if len(low) < 3 or not low.isalpha() or low in _NOT_VERBS:
        return False
    if lang == "ru":
        endings = _RU_ENDINGS
    elif lang == "uk":
        endings = _UK_ENDINGS
    else:
        return False
    if low.endswith(("аил", "иил", "уил")):
        return False  # first names: "Михаил", "Даниил", "Самуил"
    stem = low[:-2] if low.endswith(("ся", "сь")) and len(low) > 4 else low
    return stem.endswith(endings)


#: The plural past tense ("закрыли", "збудували", "остались"): few nouns end so, unlike "бюджет" or "кредит".
_PLURAL_PAST = ("али", "яли", "ели", "или", "ыли", "ули")


#: Words read back from a figure for its clause's verb (a longer clause is read from this far back only, so the
#: test costs the same at every figure of a long paragraph).
MAX_CLAUSE_WORDS = 40


def clause_verb(words: list[str], lang: str, end: int | None = None) -> int:
    """How surely the clause that ends before ``words[end]`` (all of ``words`` when ``end`` is None) holds a verb:
    the words after the last comma, semicolon, colon or dash, at most :data:`MAX_CLAUSE_WORDS` of them. 0: no
    verb-shaped word; 2: a plural past tense ("закрыли", "збудували"); 1: any other verb-shaped word (which may
    be a noun: "бюджет")."""
    end = len(words) if end is None else end
    start = max(0, end - MAX_CLAUSE_WORDS)
    for j in range(end - 1, start - 1, -1):
        if words[j].endswith((",", ";", ":")) or words[j] in ("—", "–", "-"):
            start = j + 1
            break
    found = 0
    for w in words[start:end]:
        if is_verb_shaped(w, lang):
            low = w.strip(",.;:!?»\"'()«„“”").lower()
            stem = low[:-2] if low.endswith(("ся", "сь")) and len(low) > 4 else low
            if stem.endswith(_PLURAL_PAST):
                return 2
            found = 1
    return found

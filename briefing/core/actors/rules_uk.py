"""Ukrainian word forms for the multilingual rules (:mod:`.rules_multilingual`): names and places brought to their
nominative by their endings, and the verb endings that end a capitalised run ("Верховна Рада *ухвалила* зміни").

Ukrainian inflection is regular enough at the end of a word for this: past-tense verbs end in -в/-ла/-ло/-ли
(after the stem's vowel: "ухвалив", "звела", "відкрили"), present ones in -є/-ить/-ать/-ять/-ють ("працює",
"говорить"); names decline by the endings of :data:`_UK_SUFFIX_RULES`.
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon_multilingual import UK_PLACES, country_names

_UK_SUFFIX_RULES = (
    ("ського", "ський"), ("ському", "ський"), ("ським", "ський"), ("ськім", "ський"),
    ("цького", "цький"), ("цькому", "цький"), ("цьким", "цький"),
    ("ської", "ська"), ("ській", "ська"), ("ською", "ська"), ("ську", "ська"),
    ("енкові", "енко"), ("енком", "енко"), ("енка", "енко"), ("енку", "енко"),
    ("ові", ""), ("еві", ""), ("єві", "й"), ("ом", ""), ("ем", ""), ("єм", "й"),
)


def uk_base_word(word: str) -> str:
    """Return a Ukrainian name's nominative by its ending ("Зеленському" -> "Зеленський"); unknown endings unchanged."""
    for ending, base in _UK_SUFFIX_RULES:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: len(word) - len(ending)] + base
    return word


@lru_cache(maxsize=1)
def uk_place_forms() -> dict[str, str]:
    """Return ``{inflected form: place}`` for the Ukrainian places and countries, and the Russian names of the
    countries for the Cyrillic fallback on Russian text ("России", "Германией", "Украине"), case endings added."""
    forms: dict[str, str] = {}
    names = set(UK_PLACES) | {n for lang in ("uk", "ru") for n in country_names(lang).values()
                              if " " not in n and not n.isascii()}
    for name in names:
        stems = {name}
        if name[-1] in "аяоеьй":
            stems.add(name[:-1])
        if len(name) > 3 and name[-2] in "ії" and name[-1] not in "аяоеиі":  # Київ -> Києв-, Львів -> Львов-
            stems.update({name[:-2] + "е" + name[-1], name[:-2] + "о" + name[-1], name[:-2] + "є" + name[-1]})
        if len(name) > 4 and name[-1] == "ь" and name[-3] == "і":  # Ірпінь -> з Ірпеня, Ірпеню, Ірпенем
            for stem in (name[:-3] + "е" + name[-2], name[:-3] + "о" + name[-2]):
                for ending in ("я", "ю", "і", "ем"):
                    forms.setdefault(stem + ending, name)
        if name.endswith("ща"):
            stems.add(name[:-1])
        for stem in stems:
            for ending in ("", "а", "у", "і", "ом", "ою", "ї", "ю", "е", "ем", "ові", "ей", "ах", "и", "ам", "я", "ы", "ой"):
                forms.setdefault(stem + ending, name)
        forms[name] = name
    # Київ -> у Києві, з Києва: both the stem change and the ending.
    return forms


def uk_place(phrase: str) -> bool:
    return phrase in uk_place_forms()


def uk_adjective_surname(word: str) -> str:
    """Return the nominative of a surname declined as an adjective ("Садового" -> "Садовий"), else ``word``."""
    for ending, base in (("ого", "ий"), ("ому", "ий"), ("им", "ий"), ("ої", "а"), ("ій", "а"), ("ою", "а"),
                         ("ову", "ова"), ("еву", "ева"), ("іну", "іна"), ("ину", "ина")):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: len(word) - len(ending)] + base
    return word


#: Case endings of Ukrainian and Russian nouns and adjectives, longest first: what :func:`cyrillic_stem` cuts off.
_CASE_ENDINGS = tuple(sorted(set("""
ого ому ими ими ої ою ій ий их им ім ею ами ями ові еві єві ах ях ам ям ом ем єм ів їв ей а я у ю і ї и е є о
его ему ыми ой ый ая яя ое ее ые ие ых ым ов ев ы й
""".split()), key=len, reverse=True))


def cyrillic_stem(word: str) -> str:
    """Return a Cyrillic name word without its case ending, lower-cased ("Кабміну", "Кабміном" -> "кабмін";
    "Верховної" -> "верховн"), so that the case forms of one name share a key; a word in capitals ("ЄС", "МВФ")
    and a stem shorter than three letters stay whole."""
    low = word.lower()
    if word.isupper() or not ("\u0400" <= word[:1] <= "\u04ff"):
        return low
    for ending in _CASE_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            return low[: len(low) - len(ending)]
    return low


#: Endings of finite Ukrainian verbs: past (-ав/-ив/-ув/-яв, -ла/-ло/-ли after a vowel) and present (-є, -ить...).
_UK_VERB_PAST = ("ала", "ила", "іла", "ула", "яла", "ела", "ало", "ило", "іло", "уло", "яло", "ело", "али", "или",
                 "іли", "ули", "яли", "ели", "ав", "ив", "ув", "яв")
_UK_VERB_PRESENT = ("ює", "ує", "ає", "яє", "ить", "ать", "ять", "ють", "ують", "ають", "иться", "ється", "ються",
                    "лася", "лося", "лися")


def uk_finite_verb(word: str) -> bool:
    """True for a lower-case word with a finite verb's ending ("ухвалила", "звела", "працює"); words of four letters
    or fewer are left out ("сили", "тіла" are nouns)."""
    return len(word) >= 5 and word.islower() and word.endswith(_UK_VERB_PAST + _UK_VERB_PRESENT)


#: Endings of a Ukrainian adjective of a region or a district ("Полтавська", "Київської", "Броварського").
_UK_REGION_ADJECTIVE = ("ська", "ській", "ської", "ську", "ською", "цька", "цькій", "цької", "цьку", "цькою", "зька",
                        "зькій", "зької", "ський", "ського", "ському", "ським", "цький", "цького", "цькому", "цьким")
#: Nouns of a region after its adjective, by case: their nominative ("області" -> "область").
_UK_REGION_NOUNS = {**dict.fromkeys(("область", "області", "областю", "обл.", "областях", "областей"), "область"),
                    **dict.fromkeys(("район", "району", "районі", "районом", "районах", "районів", "райони"), "район"),
                    **dict.fromkeys(("округ", "округу", "окрузі", "округом"), "округ")}


def uk_region(adjective: str, noun: str) -> bool:
    """True for a region's adjective before its noun ("Полтавській області", "Броварського району")."""
    return noun in _UK_REGION_NOUNS and adjective[:1].isupper() and adjective.endswith(_UK_REGION_ADJECTIVE)


def uk_region_base(phrase: str) -> str | None:
    """Return the nominative of a region phrase ("у Полтавській області" -> "Полтавська область"), else None."""
    words = phrase.split()
    if len(words) != 2 or not uk_region(*words):
        return None
    noun = _UK_REGION_NOUNS[words[1]]
    adjective = uk_adjective_surname(uk_base_word(words[0]))
    if noun != "область" and adjective.endswith("а"):  # "Броварського району": a masculine noun
        adjective = adjective[:-1] + "ий"
    return f"{adjective} {noun}"


def uk_inner_and(tokens, j: int, m: int, stops: frozenset[str]) -> bool:
    """True when the conjunction ``tokens[m]`` joins two genitives inside a body's name ("банк реконструкції *та*
    розвитку", "Міністерство освіти *і* науки"): a lower-case word before it in the name and a genitive after it."""
    if tokens[m].text not in ("та", "і", "й", "и") or m == j or m + 1 >= len(tokens):
        return False
    after = tokens[m + 1].text
    return after.islower() and after.isalpha() and after not in stops and after.endswith(_UK_GENITIVE_ENDINGS) \
        and tokens[m - 1].text.endswith(_UK_GENITIVE_ENDINGS)


#: Genitive endings of Ukrainian and Russian nouns inside a body's name ("розвитку", "науки", "реконструкції").
_UK_GENITIVE_ENDINGS = ("у", "ю", "и", "і", "ї", "ів", "ей", "ства", "ння", "ия", "ии")


#: Ukrainian and Russian abbreviations of a legal form or a kind of enterprise that precede a firm's quoted name
#: ("ТОВ «Укрдорхім»", "ПАТ «Укрнафта»", "ДП «Антонов»"). Russian ones are left out: a Russian
#: text names the firm without its form ("ООО «Ромашка»" is "Ромашка" in factRuEval; Russian rules F1 -0.4 with them).
UK_LEGAL_FORMS = frozenset("""ТОВ ПАТ ПрАТ ПП ДП КП ВАТ ЗАТ АТ АК ФК ТД ДГ БК ДТГО ГО КНП ОСББ ФОП СП ТзОВ""".split())
_OPEN_QUOTES = frozenset("«“„")
_CLOSE_QUOTES = frozenset("»”")


def uk_legal_firm(words: list[str], i: int) -> int:
    """Return the index of the quote that closes a firm's name after a legal form at ``words[i]`` ("ТОВ «Фінансова
    компанія «Трансфербутик»", "ПП "Датагруп""), else 0. The name is in one pair of quotes, with more pairs nested
    in it (a quote left open inside ends the name at the last closing one), within 16 words, opening with a
    capital letter or a digit."""
    if words[i] not in UK_LEGAL_FORMS or i + 2 >= len(words):
        return 0
    opening = words[i + 1]
    if opening not in _OPEN_QUOTES and opening != '"' or not (words[i + 2][:1].isupper() or words[i + 2][:1].isdigit()
                                                               or words[i + 2] in _OPEN_QUOTES):
        return 0
    depth, last = 1, 0
    for m in range(i + 2, min(i + 18, len(words))):
        w = words[m]
        if opening == '"':
            if w == '"':
                return m
        elif w in _OPEN_QUOTES:
            depth += 1
        elif w in _CLOSE_QUOTES:
            depth -= 1
            last = m
            if depth == 0:
                return m
        elif w in (".", "!", "?", ";", "(", ")") and not last:
            return 0
    return last


def uk_firm_core(name: str) -> str:
    """Return the innermost quoted name of a firm named with its legal form ("ТОВ «Торговий дім «Украгропром»" ->
    "Украгропром"), so that it and the name written alone are one actor; any other name unchanged."""
    words = name.split(None, 1)
    if len(words) < 2 or words[0] not in UK_LEGAL_FORMS or words[1][:1] not in _OPEN_QUOTES | {'"'}:
        return name
    inner = words[1].rstrip("»”\" ")
    core = inner[max(inner.rfind(q) for q in _OPEN_QUOTES | {'"'}) + 1:].strip()
    return core or name


#: Stems of Ukrainian nouns of a group of people, and the plural endings they take ("мешканці", "жителям", "селян").
_UK_PEOPLE_STEMS = ("мешканц", "жител", "селян", "громадян", "волонтер", "школяр", "учн", "пенсіонер", "фермер",
                    "аграрі", "підприємц", "активіст", "студент", "вчител", "учител", "виборц", "пасажир", "рятувальник",
                    "лікар", "медик", "енергетик", "будівельник", "правоохоронц", "прикордонник", "захисник", "бійц",
                    "уродженц", "вихідц", "переселенц", "біженц", "дітей", "діт", "жител", "житель")
_UK_PLURAL_ENDINGS = ("і", "и", "ів", "їв", "ям", "ам", "ями", "ами", "ях", "ах", "ей", "ьми", "")


def uk_people_plural(word: str) -> bool:
    """True for a plural noun of people ("Мешканці", "жителям", "школярів", "селяни"): a place named in the genitive
    after it is where they live ("Мешканці Вишеньки"), not a person."""
    low = word.lower()
    return any(low.startswith(s) and low[len(s):] in _UK_PLURAL_ENDINGS for s in _UK_PEOPLE_STEMS) and low != "житель"


def uk_genitive_place_base(word: str) -> str:
    """Return the nominative of a place written in the genitive ("Вишеньки" -> "Вишенька", "Лозової" -> "Лозова",
    "Гостомеля" -> "Гостомель", "Бучі" -> "Буча", "Вінниці" -> "Вінниця"), by its ending; the gazetteer's forms
    first."""
    known = uk_place_forms().get(word)
    if known:
        return known
    for ending, base in (("ської", "ська"), ("цької", "цька"), ("ої", "а"), ("ії", "ія"), ("ки", "ка"), ("ги", "га"),
                         ("хи", "ха"), ("ці", "ця"), ("чі", "ча"), ("жі", "жа"), ("ші", "ша"), ("щі", "ща"),
                         ("лі", "ля"), ("ні", "ня"), ("и", "а"), ("ля", "ль"), ("ня", "нь"), ("ра", "р"), ("на", "н"),
                         ("ва", "в"), ("да", "д"), ("ма", "м"), ("та", "т"), ("са", "с"), ("ка", "к")):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: len(word) - len(ending)] + base
    return word

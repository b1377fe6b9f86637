"""Role phrases before a name for the rules (:mod:`.rules_multilingual`): a title ("M. Darmanin", "Herr
Siemoniak") or a role noun and its complement ("ministro del Interior de España", "президент України") before a
person's name.
"""

from __future__ import annotations

from .lexicon_multilingual import LanguageRules
from .rules_phrases import role_phrase_verb
from .rules_uk_names import ROLE_STOPS, uk_first_name
from .rules_words import ELISIONS, WordTok, is_first_name, is_org_word, is_role_noun, stop_words_of


def title_before(tokens: list[WordTok], i: int, rules: LanguageRules) -> bool:
    """True when a title stands right before ``tokens[i]`` ("M. Darmanin", "Herr Siemoniak")."""
    k = i - 1
    if k >= 0 and tokens[k].text == ".":
        k -= 1
    return k >= 0 and tokens[k].text.lower() in rules.titles


def role_before(tokens: list[WordTok], i: int, rules: LanguageRules) -> tuple[str, bool]:
    """Return ``(role, complement)`` for the role phrase that ends right before ``tokens[i]``.

    ``role`` is e.g. "ministro del Interior de España" ('' when none);
    ``complement`` is true when only function words stand between the role
    noun and the name: the name then completes the role ("ministro del
    *Interior*", "président de la *République*") and is no person.
    """
    k = i - 1
    if k >= 0 and tokens[k].text == ",":
        k -= 1
    stop = max(-1, i - 9)
    stops = stop_words_of(rules.code)
    while k > stop:
        t = tokens[k]
        if not t.text[0].isalpha() and t.text not in ("'", "’") or t.text in ROLE_STOPS:
            return "", False
        low = t.text.lower()
        if is_role_noun(low, rules):
            while k - 1 > stop and is_role_noun(tokens[k - 1].text.lower(), rules):  # "directeur général"
                k -= 1
                t, low = tokens[k], tokens[k].text.lower()
            end = i - 1 if tokens[i - 1].text == "," else i
            between = tokens[k + 1:end]
            if not _role_reaches(between, rules, stops):
                return "", False
            complement = end == i and bool(between) and all(
                x.text.lower() in rules.connectors or x.text.lower() in stops or x.text.lower() in ELISIONS
                for x in between)
            base = t.text if rules.code == "de" else _role_base(low, rules)
            if not between:
                return base, False
            return f"{base} {rules_join(between)}", complement
        k -= 1
    return "", False


def _role_reaches(between: list[WordTok], rules: LanguageRules, stops: frozenset[str]) -> bool:
    """True when the words between a role noun and a name can all belong to the role phrase.

    A role phrase is the noun and its complement: function words and the names of what the role is of
    ("ministro del Interior de España", "президент України"). It ends at a person's first name (the role is
    that person's: "président Emmanuel Macron a rencontré Olaf Scholz") and at a lower-case content word after
    a capitalised one (a verb after the role's holder: "Präsident Selenskyj traf am Montag Emmanuel Macron");
    lower-case words before any capital stay in it ("président du conseil régional d'Occitanie"), and so do
    those after an organisation's word ("голова Служби зовнішньої розвідки України").
    """
    seen_cap = False
    for x in between:
        word = x.text
        if word[:1].isupper():
            if is_first_name(word) or (rules.code == "uk" and uk_first_name(word)):
                return False
            # an organisation's word goes on in lower case: "Служби зовнішньої розвідки України"
            seen_cap = not is_org_word(word.lower(), rules)
        elif rules.code == "uk" and role_phrase_verb(word):
            return False  # a verb: the role noun is another clause's ("міністра виконуватиме заступниця ...")
        elif seen_cap:
            low = word.lower()
            if low not in rules.connectors and low not in stops and low not in ELISIONS and not is_role_noun(low, rules):
                return False
    return True


def rules_join(tokens: list[WordTok]) -> str:
    """Join tokens as they were written (no space after an elision: "de l'Intérieur")."""
    out = ""
    for t in tokens:
        if out and not out.endswith(("'", "’")):
            out += " "
        out += t.text
    return out


def _role_base(low: str, rules: LanguageRules) -> str:
    """Return the role noun's base form (Ukrainian: the listed noun it starts with)."""
    if rules.code == "uk":
        return max((r for r in rules.role_nouns if low.startswith(r) or r.endswith("ь") and low.startswith(r[:-1])),
                   key=len, default=low)  # "заместителя" -> "заместитель"
    return low


#: Endings of East Slavic patronymics ("Владимирович", "Петровна", "Іванівна", "Ілліч").
_PATRONYMIC_ENDINGS = ("ович", "евич", "йович", "ьович", "ич", "овна", "евна", "ична", "івна", "ївна", "инична")


def uk_role_complement_first(tokens, i: int, j: int, rules) -> bool:
    """True when the run ``tokens[i:j]`` of three names follows a role noun and opens with the role's complement:
    "мэр Казани Ильсур Метшин", "посол Японії Сейдзі Маехара". A full name of three words holds a patronymic
    ("Владимир Владимирович Путин"), so a run with one is left whole, and so is one that opens with a first name."""

    if j - i != 3 or not role_before(tokens, i, rules)[0]:
        return False
    words = [t.text for t in tokens[i:j]]
    return not any(w.lower().endswith(_PATRONYMIC_ENDINGS) for w in words) and not is_first_name(words[0]) \
        and not uk_first_name(words[0]) and not any(is_org_word(w.lower(), rules) for w in words[1:]) \
        and all(w[:1].isupper() for w in words)

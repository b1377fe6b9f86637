"""Closed word classes the uk/ru/de/fr/es rules read around a name (:mod:`.rules_multilingual`): prepositions that
open a sentence before a name ("Según Iberdrola", "Laut Siemens", "Согласно Росстату"), verbs that end a role
phrase ("обов'язки міністра виконуватиме заступниця ..."), nouns of a party or a faction before its name
("депутати фракції Батьківщина"), and the Russian role and organisation nouns the Cyrillic fallback (Russian
read with the Ukrainian rules when natasha is missing) needs.

All lists are closed classes (prepositions, a few nouns), written from general knowledge of the languages under
the project's licence; no list was imported.
"""

from __future__ import annotations

from .rules_uk import uk_finite_verb

#: Prepositions (and prepositional adverbs) that may open a sentence before a name: never a name's first word.
#: ``uk`` also holds the Russian ones (Russian text without natasha is read with the Ukrainian rules).
OPENING_PREPOSITIONS = {
    "es": frozenset("""según durante mediante tras hacia desde hasta contra sobre entre ante bajo para pese
        salvo excepto conforme""".split()),
    "fr": frozenset("""selon après avant depuis pendant contre chez malgré sans vers parmi pour dans avec sous entre
        durant outre envers d'après""".split()),
    "de": frozenset("""laut gemäß nach trotz wegen während seit für gegen ohne durch mit bei aus zufolge unter
        zwischen neben dank angesichts seitens mithilfe""".split()),
    "uk": frozenset("""відповідно згідно після протягом щодо завдяки попри серед для через крім окрім незважаючи
        всупереч згідно за під
        согласно после среди благодаря несмотря кроме вопреки при против помимо для через""".split()),
}


def opening_preposition(word: str, lang: str) -> bool:
    """True for a preposition that opens a sentence ("Según", "Selon", "Laut", "Відповідно", "Согласно")."""
    return word.lower() in OPENING_PREPOSITIONS.get(lang, ())


#: Stems of Ukrainian and Russian nouns of a party, a faction or a bloc: a capitalised name right after one is
#: that body's ("фракції Батьківщина", "партии Яблоко"); the noun alone is no actor.
PARTY_NOUN_STEMS = ("парті", "партия", "партии", "партию", "партией", "фракці", "фракция", "фракции", "фракцию",
                    "фракцией", "блок", "політсил")


def party_noun(word: str) -> bool:
    """True for a lower-case Ukrainian or Russian party, faction or bloc noun in any case ("партії", "фракции")."""
    return word.islower() and word.startswith(PARTY_NOUN_STEMS)


#: Endings of a Russian finite verb (past tense; present third person) or an infinitive, and of a Ukrainian
#: infinitive or future: none of them is a role phrase's word.
_VERB_ENDINGS = ("ил", "ила", "или", "ило", "ал", "али", "ало", "ял", "яла", "яли", "ел", "ела", "ели",
                 "ет", "ют", "ут", "ит", "ят", "ать", "ять", "ить", "еть", "уть", "ться", "тись", "тися",
                 "тиме", "тимуть")
#: Nouns with a verb's ending that do stand in role phrases ("совета", "комитета" end in -ета, not -ет).
_NOT_VERBS = frozenset("""совет кабинет бюджет комитет институт университет инспектор генерал канал капитал
    сигнал материал персонал трибунал департамент справ держав застав""".split())


def role_phrase_verb(word: str) -> bool:
    """True for a lower-case Ukrainian or Russian verb: a role phrase ("заступник міністра оборони України") never
    runs over one, so a role noun before a verb is another clause's ("обов'язки міністра виконуватиме ...")."""
    if len(word) < 5 or not word.islower() or not ("\u0400" <= word[0] <= "\u04ff") or word in _NOT_VERBS:
        return False
    return uk_finite_verb(word) or word.endswith(_VERB_ENDINGS)

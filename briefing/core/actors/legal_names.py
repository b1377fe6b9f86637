"""One company named with and without its legal form: "Leadplex LLC", "Leadplex Inc" and "Leadplex" in one text.

:func:`.aliases._merge_corporate_names` joins "X Corp" to a listed "X"; the resolver joins a short name to the one
longer name holding it. Neither joins a firm the lists do not know when the text writes its legal form two ways
("Leadplex LLC." and "Leadplex Inc"), which leaves the bare "Leadplex" two hosts and the firm three actors.
"""

from __future__ import annotations

from .aliases import join_clusters

#: A company's legal form written after its name (not "Group", "Holdings": a parent is another actor).
LEGAL_FORMS = frozenset(["Inc", "Inc.", "LLC", "LLC.", "Ltd", "Ltd.", "Corp", "Corp.", "Corporation", "Plc", "PLC",
                         "plc", "Co.", "AG", "SA", "S.A.", "GmbH", "LLP", "NV", "N.V.", "BV", "B.V."])

#: Words that join "Co" to the partners' names: "Goldman Sachs & Co.", "Marlow and Co".
_AND = frozenset(["&", "and"])


def _head(form: str) -> tuple[str, bool]:
    """Return ``form`` without the legal forms that end it, and whether it had one ("Leadplex Inc" -> Leadplex)."""
    words = form.split()
    n = len(words)
    while n > 1 and words[n - 1] in LEGAL_FORMS:
        n -= 1
    if n > 2 and words[n - 1] in ("Co", "Co.") and words[n - 2] in _AND:
        n -= 2  # "Goldman Sachs & Co.", "Marlow and Co": the partners' company, a legal tail like "Inc."
    elif n < len(words) and n > 1 and words[n - 1] in _AND:
        n -= 1
    return " ".join(words[:n]), n < len(words)


def merge_legal_variants(clusters: list) -> None:
    """Join the organisations whose names differ only by a legal form ("Leadplex LLC", "Leadplex Inc", "Leadplex")
    when one of them writes a legal form: each cluster's forms must share one head. The firm with the most mentions
    (the first on a tie) takes the others in, and a name typed a person by its shape alone with them."""
    groups: dict[str, list[int]] = {}
    formal: set[str] = set()
    for i, c in enumerate(clusters):
        if not c.mentions or not (c.type == "ORG" or (c.type == "PER" and all(m.weak for m in c.mentions))):
            continue  # a name typed a person by its shape alone may be the firm's ("Brannock Reid" of "... & Co.")
        heads = set()
        for f in c.forms:
            head, legal = _head(f)
            heads.add(head)
            if legal and c.type == "ORG":
                formal.add(head)
        if len(heads) == 1:
            groups.setdefault(heads.pop(), []).append(i)
    for head, members in groups.items():
        if len(members) < 2 or head not in formal:
            continue
        host = max((i for i in members if clusters[i].type == "ORG"), key=lambda i: (len(clusters[i].mentions), -i))
        for i in members:
            if i != host:
                join_clusters(clusters, host, i)


def plain_name_alias(name: str, aliases: list[str]) -> list[str]:
    """Return ``aliases`` with the company's name without its legal form ("Harlow Retail Plc" -> "Harlow Retail"),
    the name news uses for it, when the name ends in one and the text did not write that form: every firm named
    with a legal form then carries its plain name, whether the text wrote it ("Meridian Steel Ltd" ... "Meridian
    Steel") or not ("Harlow Retail Plc" ... "Harlow")."""
    head, legal = _head(name)
    if not legal or (" " not in head and len(head) < 3) or head in aliases:
        return aliases
    return sorted([*aliases, head], key=lambda s: (-len(s), s))

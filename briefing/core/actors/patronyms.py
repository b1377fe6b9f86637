"""Arabic and Malay names built with "bin", "binti", "bint" or "ibn" ("son/daughter of"): "Mohammed bin Salman",
"Tamim bin Hamad Al Thani", "Abdullah bin Zayed Al Nahyan".

Such a name is shortened from the end, not to a surname: "Tamim bin Hamad" is the "Tamim bin Hamad Al Thani" of
the same text. A person's name that holds the particle joins the one person whose longer name starts with all of
its words; two hosts (two sons of one father named in full) leave it apart.
"""

from __future__ import annotations

from .aliases import join_clusters

#: The particles of a patronymic: "son of", "daughter of".
PATRONYMIC = frozenset(["bin", "binti", "bint", "ibn", "Bin", "Binti", "Ibn"])


def merge_patronymic_prefixes(clusters: list) -> None:
    """Join a person's patronymic name into the one person whose longer name starts with it (see the module)."""
    longer: list[tuple[tuple[str, ...], int]] = []
    for i, c in enumerate(clusters):
        if c.type == "PER" and c.mentions:
            for form in c.forms:
                words = tuple(form.split())
                if len(words) >= 4 and PATRONYMIC.intersection(words[1:-1]):
                    longer.append((words, i))
    if not longer:
        return
    for i, c in enumerate(clusters):
        if c.type != "PER" or not c.mentions:
            continue
        forms = [tuple(f.split()) for f in c.forms]
        if not all(len(w) >= 3 and PATRONYMIC.intersection(w[1:-1]) for w in forms):
            continue
        hosts = {j for words, j in longer if j != i for w in forms if len(words) > len(w) and words[:len(w)] == w}
        if len(hosts) == 1:
            join_clusters(clusters, hosts.pop(), i)

"""Short forms of names the text also writes in full, joined by the resolver (:func:`.resolve._resolve`): a
broadcaster and its numbered channel ("ZTV" and "ZTV1"), a park, river or lake without its head noun ("Kessler"
beside "Kessler National Park")."""

from __future__ import annotations

from .lexicon import _norm

#: Head nouns that end a natural feature's or a park's name and that the text drops once it has named it:
#: "Yellowstone National Park" ... "visitors to Yellowstone"; "the Orrin River" ... "the Orrin burst its banks".
#: Not "Park" alone: "Hyde Park" is not the town of Hyde.
_FEATURE_TAILS = (("National", "Park"), ("National", "Forest"), ("River",), ("Lake",), ("Sea",), ("Ocean",),
                  ("Desert",), ("Mountains",), ("Plateau",))


def _channel_base(form: str) -> str:
    """Return the broadcaster's name of a numbered channel written as one word ("ITV1" -> "ITV", "ZTV2" -> "ZTV"),
    "" for any other form: letters of which the first is a capital, then one or two digits."""
    n = len(form.rstrip("0123456789"))
    if n < 2 or len(form) - n not in (1, 2) or not form[:n].isalpha() or not form[0].isupper():
        return ""
    return form[:n]


def merge_numbered_channels(clusters: list) -> None:
    """Join an organisation named by a name and a digit ("ITV1") to the one organisation named without the digit
    that the text also uses ("ITV"): a broadcaster's numbered channel, one actor in news."""
    from .aliases import join_clusters

    bases: dict[str, set[int]] = {}
    numbered: list[tuple[int, str]] = []
    for i, c in enumerate(clusters):
        if c.type != "ORG" or not c.mentions or len(c.forms) != 1:
            continue
        form = next(iter(c.forms))
        if " " in form:
            continue
        base = _channel_base(form)
        if base:
            numbered.append((i, _norm(base)))
        else:
            bases.setdefault(_norm(form), set()).add(i)
    for i, base in numbered:
        hosts = bases.get(base, set()) - {i}
        if len(hosts) == 1:
            join_clusters(clusters, next(iter(hosts)), i)


def _feature_name(words: list[str]) -> str:
    """Return the name of a park or natural feature without its head noun ("Yellowstone National Park" ->
    "Yellowstone"), "" when ``words`` end in no head noun or leave no single capitalised word."""
    for tail in _FEATURE_TAILS:
        if len(words) == len(tail) + 1 and tuple(words[1:]) == tail and words[0][:1].isupper() and words[0].isalpha():
            return words[0]
    return ""


def merge_feature_short_names(clusters: list) -> None:
    """Join a one-word place (or a word typed a person or an organisation by guess alone) into the one park, river,
    lake or sea of the text named with it and a head noun ("Kessler" and "Kessler National Park", "the Orrin" and
    "the Orrin River", "the Caspian" and "the Caspian Sea"). Not a
    listed name ("Mississippi" is the state too), nor a word with a person's cue (a title, an age, a role)."""
    from .aliases import join_clusters

    features: dict[str, set[int]] = {}
    for i, c in enumerate(clusters):
        if c.type == "LOC" and c.mentions:
            for f in c.forms:
                name = _feature_name(f.split())
                if name:
                    features.setdefault(_norm(name), set()).add(i)
    if not features:
        return
    for i, c in enumerate(clusters):
        if not c.mentions or c.listed or len(c.forms) != 1 or c.type not in ("LOC", "PER", "ORG"):
            continue
        if c.type == "ORG" and (not any(m.guessed for m in c.mentions)
                                or any(m.org_cue or m.market_cue or m.agent for m in c.mentions)):
            continue  # an organisation by more than the default guess ("Caspian said": a firm)
        hosts = features.get(_norm(next(iter(c.forms))), set()) - {i}
        if len(hosts) != 1:
            continue
        if c.type == "PER" and (not any(m.guessed for m in c.mentions) or any(
                m.honorific or m.role or m.aged or m.person_cue or m.possessive for m in c.mentions)):
            continue  # a person by more than a guess from the word's shape
        join_clusters(clusters, next(iter(hosts)), i)

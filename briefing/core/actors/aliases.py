"""Alias rules of the resolver (:func:`.resolve._resolve`) that settle which mentions are one actor:
surnames with a particle ("Van Gaal" for "Louis van Gaal"), initials in brackets ("Hewlett Packard (HP)"),
a two-word name whose surname is used with "Mr" ("Abase Hussen" ... "Mr Hussen"), award words. The names the
text says are one ("New Zealand – or Aotearoa as it is called") are :mod:`.said_aliases`.
"""

from __future__ import annotations

from collections import defaultdict

from .acronyms import before_trailing_and, before_trailing_country, person_initials
from .honorific_gender import GENDERED_HONORIFICS
from .lexicon import _Lexicon, _norm
from .tokens import EntityMention

#: Particles of surnames, any case: "Louis van Gaal" is "Van Gaal" at a sentence start, "Simon Le Bon" "Le Bon".
_PARTICLES = frozenset(["van", "von", "de", "del", "della", "der", "den", "di", "da", "du", "des", "le", "la", "dos",
                        "das", "ter", "ten", "bin", "ibn", "al", "el", "op", "zu"])

#: Nouns after a word that make it an award's name, not a part of an organisation's: "15-time Grammy winner".
_AWARD_NOUNS = frozenset(["winner", "winners", "winning", "nominee", "nominees", "nomination", "nominations",
                          "award", "awards", "prize", "prizes", "trophy", "statuette", "gong"])

#: Titles before a lone surname that make it a person's: "Mr Hussen".
_PERSON_TITLES = GENDERED_HONORIFICS


def _person_tails(clusters: list, particle_first: bool) -> dict[str, set[int]]:
    """Return {normalised tail: indices of the persons named with it}: a tail is the last two or more words of a
    name of three or more ("Duncan Smith" of "Iain Duncan Smith"); with ``particle_first``, only the tails that start
    with a surname particle ("van Gaal" of "Louis van Gaal"). Persons listed or without mentions give none."""
    tails: dict[str, set[int]] = defaultdict(set)
    for i, c in enumerate(clusters):
        if c.type != "PER" or not c.mentions or c.listed:
            continue
        for form in c.forms:
            words = form.split()
            for k in range(1, len(words) - 1):
                if not particle_first or words[k].lower() in _PARTICLES:
                    tails[_norm(" ".join(words[k:]))].add(i)
    return tails


def _sole_host(tails: dict[str, set[int]], i: int, forms) -> int | None:
    """Return the one person other than cluster ``i`` whose name ends with one of ``forms`` (None when none or
    several do)."""
    hosts: set[int] = set()
    for f in forms:
        hosts |= tails.get(_norm(f), set())
    hosts.discard(i)
    return next(iter(hosts)) if len(hosts) == 1 else None


def _merge_particle_surnames(clusters: list) -> None:
    """Merge a person's surname written with its particle ("Van Gaal", "Del Bosque", "Le Bon") into the one person
    named in full with it ("Louis van Gaal", "Vicente del Bosque", "Simon Le Bon"); the particle's case may differ
    (capitalised at a sentence start). Never when two people named in full share the surname."""
    tails = _person_tails(clusters, particle_first=True)
    if not tails:
        return
    for i, c in enumerate(clusters):
        if c.type != "PER" or not c.mentions or c.listed:
            continue
        if not all(len(f.split()) >= 2 and f.split()[0].lower() in _PARTICLES for f in c.forms):
            continue
        h = _sole_host(tails, i, c.forms)
        if h is not None:
            _move(clusters, h, i)


def _initials(words: tuple[str, ...]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def _caps_initials(words: tuple[str, ...]) -> str:
    """Initials of a name with its words in capitals kept whole: "USATF" for "USA Track & Field"."""
    return "".join(w if w.isupper() and w.isalpha() else w[0] for w in words if w[:1].isupper())


def _bracketed_initials(mentions: list[EntityMention], by_sentence: dict[int, list[EntityMention]]) -> dict[str, str]:
    """Return {acronym: name} for initials in brackets right after a name that they spell: "Hewlett Packard (HP)".

    The bracket may have been left out as a name of its own; a name typed a person only by its shape before
    it is an organisation (people are not given initials in brackets), and so are its other uses.
    """
    out: dict[str, str] = {}
    retype: set[str] = set()
    ending: dict[int, dict[int, list[EntityMention]]] = {}  # sentence -> end -> names ending there
    for y in mentions:
        if not y.paren or len(y.tokens) != 1 or not y.tokens[0].isupper() or len(y.tokens[0]) < 2 \
                or y.kind not in ("name", "dropped"):
            continue
        at = ending.get(y.sentence)
        if at is None:  # built once per sentence with a bracket: a long sentence is not read once per bracket
            at = ending[y.sentence] = defaultdict(list)
            for x in by_sentence.get(y.sentence, ()):
                at[x.end].append(x)
        for x in at.get(y.start - 2, ()):
            if len(x.tokens) >= 2 and _initials(x.tokens) == y.tokens[0] and not x.key \
                    and (x.type == "ORG" or (x.type == "PER" and x.weak)):
                out[y.norm] = x.norm
                if x.type == "PER":
                    retype.add(x.norm)
        for x in at.get(y.start - 4, ()):  # "USA Track & Field's (USATF)": the owner's initials, caps words whole
            if x.possessive and x.type == "ORG" and len(x.tokens) >= 2 and not x.key \
                    and _caps_initials(x.tokens) == y.tokens[0]:
                out[y.norm] = x.norm
    if retype:
        for ms in by_sentence.values():
            for m in ms:
                if m.norm in retype and m.type == "PER" and m.weak:
                    m.type, m.weak = "ORG", False
    return out


def _honorific_surnames(names: list[EntityMention], lex: _Lexicon) -> None:
    """A two- or three-word name typed an organisation on no firm evidence is a person when its last word is used
    alone after "Mr", "Mrs", "Ms" or "Miss": "Abase Hussen" ... "Mr Hussen told MPs".

    Only plain capitalised words, none an organisation or place word, nationality or listed name.
    """
    titled = {m.norm for m in names if m.honorific in _PERSON_TITLES and len(m.tokens) == 1}
    if not titled:
        return
    for m in names:
        if m.type != "ORG" or not 2 <= len(m.tokens) <= 3 or m.key or m.org_cue or m.team \
                or _norm(m.tokens[-1]) not in titled:
            continue
        if all(w[:1].isupper() and w[1:].islower() and w.isalpha() and w not in lex.org_words
               and w not in lex.loc_last and w not in lex.demonyms and _norm(w) not in lex.gazetteer for w in m.tokens):
            m.type, m.weak = "PER", False


def _inner_word(m: EntityMention, lex: _Lexicon, capitalised: int, hosts, clusters: list) -> bool:
    """True for a lone word that is no short name of the organisations whose names hold it (``hosts``):
    a common word opening a sentence, capitalised nowhere else (``capitalised``: its uses inside sentences),
    from inside the names, never their first word ("Students can decide" beside "National Union of Students",
    "Magistrates imposed" beside "Highbury Corner Magistrates Court"); or a maker's name before a model code
    ("Motorola" beside the phone "Motorola Razr V3": the product is not the firm)."""
    if len(m.tokens) != 1 or m.key:
        return False
    w = m.tokens[0]
    forms = [f.split() for i in hosts for f in clusters[i].forms]
    if m.initial and not capitalised and w.lower() in lex.common_words:
        return not any(f[0] == w for f in forms)
    return bool(forms) and all(len(f) > 2 and f[0] == w and _model_code(f[-1]) for f in forms)


def _model_code(word: str) -> bool:
    """True for a product's model code: letters and digits in one short word ("V3", "X5", "A6"), no year."""
    return 2 <= len(word) <= 5 and word.isalnum() and not word.isdigit() and not word.isalpha() and word[0].isupper()


def _award_word(m: EntityMention) -> bool:
    """True for a lone word before an award noun ("15-time Grammy winner", "an Oscar nomination"): the name of
    an award, which joins no organisation whose name holds the word ("Grammy Creators Alliance")."""
    if len(m.tokens) != 1 or m.model_src is None:
        return False
    words, _a, b = m.model_src
    return b < len(words) and words[b].lower() in _AWARD_NOUNS


def _is_initial(word: str) -> bool:
    """True for a middle initial: "W.", "W", "H.W."."""
    letters = word.replace(".", "")
    return 0 < len(letters) <= 2 and letters.isupper() and letters.isalpha()


def _merge_middle_initials(clusters: list) -> None:
    """Merge "George Bush" into "George W. Bush", "Mary Jones" into "Mary Ellen Jones": the same first and last
    name, one with middle initials or one or two middle names.

    Only when the text uses one middle variant: "George H. W. Bush" and
    "George W. Bush" are two people, and "George Bush" then joins neither.
    """
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, c in enumerate(clusters):
        if c.type != "PER" or not c.mentions or c.listed:
            continue
        words = c.longest.split()
        if 2 <= len(words) <= 4 and not _is_initial(words[0]) \
                and all(_is_initial(w) or (w[:1].isupper() and w.isalpha()) for w in words[1:-1]):
            groups[(_norm(words[0]), _norm(words[-1]))].append(i)
    for members in groups.values():
        plain = [i for i in members if len(clusters[i].longest.split()) == 2]
        middle = [i for i in members if i not in plain]
        if len(middle) != 1:
            continue
        for i in plain:
            _move(clusters, middle[0], i)


def _merge_double_surnames(clusters: list) -> None:
    """Merge a person named by the last two or more words of exactly one longer person's name into that person:
    "Duncan Smith" is "Iain Duncan Smith" (a double surname used alone), "Luther King" is "Martin Luther King".

    Never when two longer names end the same way ("Iain Duncan Smith" and "Betsy Duncan Smith").
    """
    tails = _person_tails(clusters, particle_first=False)
    if not tails:
        return
    for i, c in enumerate(clusters):
        if c.type != "PER" or not c.mentions or c.listed or not all(len(f.split()) >= 2 for f in c.forms):
            continue
        h = _sole_host(tails, i, c.forms)
        if h is not None:
            join_clusters(clusters, h, i)


def _move(clusters: list, host: int, other: int) -> None:
    """Move every mention of ``clusters[other]`` into ``clusters[host]`` as it is typed, leaving ``other`` empty."""
    h, c = clusters[host], clusters[other]
    for m in c.mentions:
        m.actor = host
        h.add(m)
    c.mentions = []
    c.clear_forms()


def join_clusters(clusters: list, host: int, other: int) -> None:
    """Move every mention of ``clusters[other]`` into ``clusters[host]`` (typed as the host; the host keeps its
    key, or takes the other's)."""
    h, c = clusters[host], clusters[other]
    for m in c.mentions:
        m.type = h.type
    h.key = h.key or c.key
    _move(clusters, host, other)


#: Titles used with a first name alone: "Sir Elton" is Sir Elton John, "Dame Judi" Dame Judi Dench.
_FIRST_NAME_TITLES = frozenset(["Sir", "Dame", "Sheikh"])

#: Words that open a mountain's or a lake's name, which the text may drop: "Mount Everest" ... "Everest".
_FEATURE_HEADS = frozenset(["Mount", "Mt", "Mt.", "Lake"])


def _merge_short_forms(clusters: list) -> None:
    """Join a one-word name into the one actor whose full name it shortens in a way names are shortened:
    a first name after "Sir" or "Dame" ("Sir Elton" for "Sir Elton John": a knight is called so), and a
    mountain's or a lake's name without "Mount" or "Lake" ("Everest" for "Mount Everest"); the plural of a
    one-word organisation ("Saabs" for "Saab": a brand's products), unless the plural is itself listed.

    Only when exactly one person (place) has that first name (that name): two Sir Johns stay apart.
    """
    firsts: dict[str, set[int]] = defaultdict(set)
    features: dict[str, set[int]] = defaultdict(set)
    brands: dict[str, set[int]] = defaultdict(set)
    for i, c in enumerate(clusters):
        if not c.mentions:
            continue
        for form in c.forms:
            words = form.split()
            if c.type == "PER" and len(words) >= 2:
                firsts[_norm(words[0])].add(i)
            elif c.type == "LOC" and len(words) == 2 and words[0] in _FEATURE_HEADS:
                features[_norm(words[1])].add(i)
            elif c.type == "ORG" and len(words) == 1:
                brands[_norm(form)].add(i)
    if not firsts and not features and not brands:
        return
    for i, c in enumerate(clusters):
        if not c.mentions or len(c.forms) != 1 or len(next(iter(c.forms)).split()) != 1:
            continue
        k = _norm(next(iter(c.forms)))
        if c.type == "PER" and any(m.honorific in _FIRST_NAME_TITLES for m in c.mentions):
            hosts = firsts.get(k, set()) - {i}
        elif c.type == "ORG" and not c.listed and k.endswith("s") and not k.endswith("ss") and k[:-1] in brands:
            hosts = brands[k[:-1]] - {i}  # "Saabs" beside "Saab": the plural of a brand (its cars) is the brand
        elif c.type in ("LOC", "ORG", None):
            hosts = features.get(k, set()) - {i}
        else:
            continue
        if len(hosts) == 1:
            join_clusters(clusters, next(iter(hosts)), i)


def _merge_plural_names(clusters: list, lex: _Lexicon) -> None:
    """Join an unlisted organisation named in two words or more into the one organisation named the same with the
    last word's plural "s" added or dropped: "Arbor Network's technology" beside "Arbor Networks", "Lib Dem plans"
    beside "the Lib Dems" (one body, its name written once singular). The mover is the unlisted one, or the one
    with fewer mentions when neither is listed."""
    by_form: dict[str, set[int]] = defaultdict(set)
    listed: dict[str, int] = {}
    for i, c in enumerate(clusters):
        if c.type == "ORG" and c.mentions:
            for f in c.forms:
                if " " in f:
                    by_form[_norm(f)].add(i)
            if c.listed and c.key:
                listed[c.key] = i
    if len(by_form) < 2:
        return
    gaz = lex.gazetteer if listed else {}
    for i, c in enumerate(clusters):
        if not c.mentions or c.listed or not all(" " in f for f in c.forms) \
                or not (c.type == "ORG" or (c.type == "PER" and all(m.weak for m in c.mentions))):
            continue  # a run typed a person by its shape alone may be the organisation's name too
        hosts: set[int] = set()
        for f in c.forms:
            k = _norm(f)
            hosts |= by_form.get(k + "s", set()) | (by_form.get(k[:-1], set()) if k.endswith("s") else set())
            if gaz:  # "Lib Dem leader" beside "the Liberal Democrats": the other number of a listed short form
                g = gaz.get(k + "s") or (gaz.get(k[:-1]) if k.endswith("s") else None)
                if g and g[1] in listed:
                    hosts.add(listed[g[1]])
        hosts.discard(i)
        if len(hosts) != 1:
            continue
        h = next(iter(hosts))
        if clusters[h].listed or len(clusters[h].mentions) >= len(c.mentions):
            join_clusters(clusters, h, i)


def _merge_initials(clusters: list, lex: _Lexicon) -> None:
    """Join an acronym to the one longer organisation whose initials it spells: "EPA" and "U.S. Environmental
    Protection Agency" (a leading country code and "of", "for", "and" are skipped), or the same without a trailing
    "of <country>" ("NBS", "National Bureau of Statistics of China"). The acronym may be written
    as a word ("Acpo", unlisted), and the name may be one word of capitalised parts ("GSK", "GlaxoSmithKline").

    The longer name may be typed a place by its words when no list names it ("Islamic State" ... "IS control"):
    an unlisted place is not given initials in capitals, so the pair is one organisation.
    """
    by_initials: dict[str, set[int]] = defaultdict(set)
    country = lambda t: lex.gazetteer.get(_norm(t), ("", ""))[1] in lex.countries  # noqa: E731
    people: dict[str, set[int]] = defaultdict(set)
    for i, c in enumerate(clusters):
        if c.mentions and c.type == "PER" and (letters := person_initials(c.forms)):
            people[letters].add(i)  # "MR" of "Mama Robotnik": a pen name is shortened like a firm
        if not c.mentions or not (c.type == "ORG" or (c.type == "LOC" and not c.listed)):
            continue
        for form in c.forms:
            ws = form.split()
            if len(ws) < 2:
                if c.type == "ORG":  # one word built of capitalised parts: "GlaxoSmithKline" is "GSK"
                    caps = "".join(filter(str.isupper, form))  # (each character's isupper, in C)
                    if len(caps) >= 3 and form[1:].lower() != form[1:] and not form.isupper():
                        by_initials[caps].add(i)
                continue
            if ws[0].replace(".", "").isupper() and len(ws) > 2:
                ws = ws[1:]
            letters = "".join([w[0] for w in ws if w[0].isupper()])
            if len(letters) >= 2:
                by_initials[letters].add(i)
            if (early := before_trailing_and(ws)) and early != letters:  # "CDC": "... Control and Prevention"
                by_initials[early].add(i)
            if "of" in ws and (early := before_trailing_country(ws, country)) and early != letters:
                by_initials[early].add(i)  # "NBS": "National Bureau of Statistics of China"
    for i, c in enumerate(clusters):
        if not c.mentions or c.type not in ("ORG", "LOC") or any(len(f.split()) > 1 for f in c.forms):
            continue
        form = max(c.forms, key=c.forms.__getitem__)
        if not form.isupper() and 3 <= len(form) <= 6 and form[0].isupper() and form[1:].islower() \
                and c.type == "ORG" and not c.listed:
            form = form.upper()  # an acronym written as a word: "Acpo" for the Association of Chief Police Officers
        hosts = by_initials.get(form, set()) - {i}
        if not hosts and c.type == "ORG" and not c.listed:
            hosts = people.get(form, set()) - {i}  # a body spelt by the letters goes first
        if not form.isupper() or len(hosts) != 1:
            continue
        host = clusters[next(iter(hosts))]
        if c.type == "LOC" and not (host.type == "ORG" and _cased_place(c, form)):
            continue
        if host.type == "LOC":
            if c.listed:
                continue  # a listed acronym is some other body
            host.type = "ORG"
            for m in host.mentions:
                m.type = "ORG"
        for m in c.mentions:
            m.type = host.type
        host.key = host.key or (c.key if c.type == "ORG" else None)
        _move(clusters, next(iter(hosts)), i)


def _cased_place(c, form: str) -> bool:
    """True when an acronym was typed a place only because a listed place is spelt with its letters in another
    case: "GAO" (the Government Accountability Office) is not the town of Gao."""
    listed = (c.key or "").partition(":")[2]
    return bool(listed) and listed != form and listed.upper() == form and all(f.isupper() for f in c.forms)


#: Words that follow an organisation's short name in its full corporate name: "Nasdaq Stock Market", "Acme Corp".
#: Not "Foundation", "Records", "Media": "Ford Foundation" and "Apple Records" are other bodies; nor "Group",
#: "Holdings": "Telegraph Group" owns the Telegraph, a paper the text may name as an actor of its own.
_CORPORATE_TAILS = frozenset(["Corp", "Corp.", "Corporation", "Inc", "Inc.", "Ltd", "Ltd.", "Plc",
                              "PLC", "plc", "Co", "Co.", "Company", "LLC", "AG", "SA", "Stock", "Market", "Exchange"])


def _merge_corporate_names(clusters: list) -> None:
    """Join an unlisted organisation named "X Corp", "X Inc", "X Stock Market" to the one listed organisation
    named "X" that the text also uses: one company, named in full once and short elsewhere."""
    listed: dict[str, int] = {}
    for i, c in enumerate(clusters):
        if c.listed and c.type == "ORG" and c.mentions:
            for f in c.forms:
                if len(f.split()) == 1:
                    listed[_norm(f)] = i
    if not listed:
        return
    for i, c in enumerate(clusters):
        if c.listed or c.type != "ORG" or not c.mentions:
            continue
        heads = set()
        for f in c.forms:
            words = f.split()
            if len(words) < 2 or not all(w in _CORPORATE_TAILS for w in words[1:]):
                break
            heads.add(listed.get(_norm(words[0]), -1))
        else:
            if len(heads) == 1 and -1 not in heads:
                join_clusters(clusters, heads.pop(), i)


#: Last words of a parent company's name: "Island Def Jam Music Group" owns the label Def Jam.
_PARENT_TAILS = frozenset(["Group", "Holdings", "Holding"])


def _unit_of_parent(short: tuple[str, ...], host: tuple[str, ...] | None) -> bool:
    """True when a shorter organisation name sits inside a parent company's name after its first word: "Def Jam"
    in "Island Def Jam Music Group" is the label the group owns, another actor (the text names both). A name the
    parent's starts with is its short form ("Royal Bank of Scotland" of "Royal Bank of Scotland Group")."""
    return bool(host) and host[-1] in _PARENT_TAILS and short[-1] not in _PARENT_TAILS and host[:len(short)] != short


def _merge_head_words(clusters: list, texts: list[str], lex: _Lexicon) -> None:
    """Join "the Bank" to the one organisation of the text named "Bank of ..." ("the Bank of England"): an
    organisation's head word alone, after "the" in every use, refers back to the body that has it, when exactly
    one does ("the Commission" with the European Commission and the Competition Commission stays apart)."""
    heads: dict[str, set[int]] = defaultdict(set)
    for i, c in enumerate(clusters):
        if c.type != "ORG" or not c.mentions:
            continue
        for form in c.forms:
            words = form.split()
            if len(words) >= 3 and words[1] in ("of", "for") and words[0] in lex.org_words:
                heads[words[0]].add(i)
    if not heads or not texts:
        return
    for i, c in enumerate(clusters):
        if not c.mentions or len(c.forms) != 1:
            continue
        form = next(iter(c.forms))
        hosts = heads.get(form, set()) - {i}
        if len(hosts) != 1:
            continue
        body = [m for m in c.mentions if 0 <= m.sentence < len(texts)]
        if body and all(texts[m.sentence][max(0, m.start - 4):m.start].lower() == "the " for m in body):
            join_clusters(clusters, next(iter(hosts)), i)


#: Head nouns of a venue's name that the text drops once it has named it: "Wembley Stadium" ... "at Wembley".
#: Not "Park": "Hyde Park" is not the town of Hyde.
_VENUE_HEADS = frozenset(["Stadium", "Arena", "Ground"])
#: Words before a lone name that read it as a town, not a venue: "in Wembley", "the streets of Wembley" (not "from":
#: "profit from Wembley" is the stadium).
_TOWN_READS = [[w] for w in ("in", "In", "near", "outside", "inside", "across", "around", "throughout", "of")]


def _merge_venue_short_names(clusters: list, texts: list[str], lex: _Lexicon) -> None:
    """Join a place named by one word ("at Wembley", "the Wembley project") to the one venue of the text named
    with it and a venue's head noun ("Wembley Stadium", "Docklands Arena"): one stadium, named in full once. Not
    when a use of the word reads as the town (after "in", "near", "of", or owning something: "Manchester's mayor"
    beside "Manchester Arena"), nor for a country."""
    venues: dict[str, set[int]] = defaultdict(set)
    for i, c in enumerate(clusters):
        if c.type == "LOC" and c.mentions:
            for form in c.forms:
                words = form.split()
                if len(words) >= 2 and words[-1] in _VENUE_HEADS:
                    venues[" ".join(words[:-1])].add(i)
    if not venues or not texts:
        return
    for i, c in enumerate(clusters):
        if c.type != "LOC" or not c.mentions or len(c.forms) != 1 or c.key in lex.countries:
            continue
        hosts = venues.get(next(iter(c.forms)), set()) - {i}
        if len(hosts) != 1:
            continue
        uses = [m for m in c.mentions if 0 <= m.sentence < len(texts)]
        if uses and not any(m.possessive or texts[m.sentence][max(0, m.start - 12):m.start].split()[-1:] in _TOWN_READS
                            for m in uses):
            join_clusters(clusters, next(iter(hosts)), i)

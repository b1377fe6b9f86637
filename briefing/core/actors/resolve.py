"""Alias resolution: mentions grouped into actors (surname and full name, acronym and expansion, adjective and state).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import partial
from operator import attrgetter

from .aliases import (
    _award_word,
    _bracketed_initials,
    _honorific_surnames,
    _inner_word,
    _merge_corporate_names,
    _merge_double_surnames,
    _merge_head_words,
    _merge_initials,
    _merge_middle_initials,
    _merge_particle_surnames,
    _merge_plural_names,
    _merge_short_forms,
    _merge_venue_short_names,
    _move,
    _unit_of_parent,
)
from .capitals import merge_capitals
from .family_names import family_first
from .guess import _guess_single, capital_surnames, county_listed
from .legal_names import merge_legal_variants
from .lone_words import (
    _firm_person,
    _first_name_of_org,
    _introduced,
    _named_as_place,
    _one_person,
    _plain_org_word,
    _reads_as_place,
)
from .letter_names import letters_as_people
from .lower_words import _written_lower
from .headlines import trim_headline_nouns
from .honorific_gender import GENDERED_HONORIFICS, gender_clash, gender_fit, honorific_clash, name_by_honorific
from .lexicon import _lexicon, _norm
from .hypocoristics import full_first_names, merge_lone_first_names, short_form_of_one, short_forms
from .misspellings import merge_one_letter_surnames
from .nicknames import merge_short_first_names, placed_elsewhere
from .persons import reads_as_person
from .said_aliases import _merge_said_aliases
from .short_forms import merge_feature_short_names, merge_numbered_channels
from .spellings import _merge_misspelt_surnames, _merge_quoted_first_names
from .patronyms import merge_patronymic_prefixes
from .people_lists import _drop_events_and_families, _people_in_lists, _relatives_as_people
from .tokens import _CONNECTORS, EntityMention
from .translations import merge_translated_names
from .town_or_firm import merge_listed_short_names, reads_as_town


_start = attrgetter("start")  # a sort key read in C
#: No candidate: one empty set shared, read and never changed (a ``set()`` made per mention cost more than the look-up).
_NONE = frozenset()
#: An empty Counter made without ``Counter.__init__`` (a Python call to ``update`` with nothing): the same object.
_empty_counter = partial(dict.__new__, Counter)


@dataclass(slots=True)
class _Cluster:
    type: str | None
    forms: Counter = field(default_factory=_empty_counter)
    mentions: list[EntityMention] = field(default_factory=list)
    key: str | None = None
    #: made from a listed (gazetteer) name, not from the text's own words
    listed: bool = False
    #: the name to show when the text says which it is: "Jay-Z, real name Shawn Carter" is shown as Jay-Z
    shown: str = ""
    #: "Mrs Howard": a surname shown with the honorific that tells this person from another of that surname
    honorific_name: str = ""
    #: ``max(forms, key=len)`` (the first of the longest forms in insertion order), "" without forms: kept as forms
    #: are added (:meth:`add`) or cleared (:meth:`clear_forms`), so the merge passes read it instead of a ``max``.
    longest: str = ""

    def add(self, m: EntityMention) -> None:
        self.mentions.append(m)
        forms = self.forms
        text = m.text
        n = forms.get(text)
        if n is None:  # a new form: the longest only when strictly longer (``max`` keeps the first of equals)
            forms[text] = 1  # (not ``+= 1``: a new form called Counter's __missing__ in Python)
            if len(text) > len(self.longest):
                self.longest = text
        else:
            forms[text] = n + 1

    def clear_forms(self) -> None:
        """Forget every form (the mentions moved elsewhere or were dropped)."""
        self.forms.clear()
        self.longest = ""


def _resolve(mentions: list[EntityMention], texts: list[str] | None = None, title: str = "") -> list[_Cluster]:
    """Merge mentions into actors and settle the type of every mention (``texts``: the body sentences, for the
    alias phrases between two names; ``title``: the headline, sentence -1)."""
    lex = _lexicon()
    if title and texts:
        trim_headline_nouns(mentions, texts, lex)  # "Chipmaker Veltrix to cut jobs" names Veltrix
    clusters: list[_Cluster] = []
    by_key: dict[str, int] = {}

    def cluster_for(key: str, typ: str | None, listed: bool = False) -> int:
        i = by_key.get(key)  # (one look-up: most keys are asked again and again)
        if i is None:
            i = by_key[key] = len(clusters)
            clusters.append(_Cluster(typ, key=key, listed=listed))
        return i

    # An acronym of a common phrase ("orgasmic meditation (OM)") is no name wherever it is used.
    phrases = {m.norm for m in mentions if m.common_acronym and m.kind == "name" and not m.key}
    for m in mentions if phrases else ():  # (most texts have none: no pass over the mentions then)
        if m.kind == "name" and m.norm in phrases and not m.key:
            m.kind = "dropped"
    names = [m for m in mentions if m.kind == "name"]
    capitalised = Counter([m.norm for m in names if not m.initial and m.sentence >= 0])
    lowered: dict = {}  # the body's lower-case words, for _written_lower
    # Acronyms explained in the text: "Russian Foreign Intelligence Service (SVR)".
    acronym_of: dict[str, str] = {}
    by_sentence: dict[int, list[EntityMention]] = defaultdict(list)
    bracketed = set()  # the sentences with a name in brackets: only they can hold the pair
    for m in names:
        by_sentence[m.sentence].append(m)
        if m.paren:
            bracketed.add(m.sentence)
    for s, ms in by_sentence.items():
        if len(ms) < 2:
            continue  # (one name: sorted, and no pair)
        ms.sort(key=_start)
        if s not in bracketed:
            continue
        for x, y in zip(ms, ms[1:]):
            if y.paren and len(y.tokens) == 1 and y.tokens[0].isupper() and len(x.tokens) > 1 and y.start - x.end == 2 \
                    and x.type != "PER":
                acronym_of[y.norm] = x.norm
    # "Hewlett Packard (HP)": initials in brackets make an organisation of a name typed a person by its shape.
    acronym_of.update(_bracketed_initials(mentions, by_sentence))
    # One name, one type: a run typed a person only by its shape ("Letzgo Hunting" in one sentence)
    # takes the organisation or place type the same words get elsewhere in the text.
    firm_type: dict[str, Counter] = defaultdict(Counter)
    for m in names:
        if len(m.tokens) > 1 and m.type in ("ORG", "LOC") and not m.key:
            firm_type[m.norm][m.type] += 1
    for m in names:
        if m.weak and m.type == "PER" and m.norm in firm_type:
            m.type, m.weak = firm_type[m.norm].most_common(1)[0][0], False
    _relatives_as_people(names, lex)
    letters_as_people(names, by_sentence, texts or [], lex)  # "MT Halloran said she": initials, a person
    _honorific_surnames(names, lex)
    capital_surnames(names)  # "OKAFOR:" beside "Ada Okafor"
    # Multi-word names define the people and organisations; gazetteer names their groups.
    surnames: set[str] = set()
    # A lone word given an age in any of its uses ("Duran, 45, said") is a person's name everywhere.
    # So is one read as a person by the words around it ("his wife Naina", "c Vaas b Chandana").
    aged = {m.norm for m in names if (m.aged or m.person_cue) and len(m.tokens) == 1}
    for m in names:
        if m.type == "PER" and len(m.tokens) > 1 and not m.key:
            m.actor = cluster_for("PER:" + m.norm, "PER")
            surnames.add(_norm(m.tokens[-1]))
    for m in names:  # (each name given its actor here is added to it at once: no decision reads a cluster's mentions)
        if m.actor < 0:
            if m.key and not (len(m.tokens) == 1 and (m.norm in surnames or m.norm in aged) and m.type == "LOC"
                              and (not m.locative or m.possessive or (m.agent and not m.place_cue))):
                # A listed name, unless the surname of a person here ("Washington"; "at Bath and Kirwan says" acts).
                m.actor = cluster_for(m.key, m.type, True)  # (listed)
            elif m.key:
                m.key, m.type = None, "PER"
            elif m.type in ("ORG", "LOC") and len(m.tokens) > 1:
                m.actor = cluster_for(f"{m.type}:" + m.norm, m.type)
        if m.actor >= 0:
            clusters[m.actor].add(m)
    _merge_middle_initials(clusters)
    _merge_particle_surnames(clusters)
    merge_patronymic_prefixes(clusters)  # "Tamim bin Hamad" of "Tamim bin Hamad Al Thani"
    _merge_double_surnames(clusters)
    # Parts of known names: "Naryshkin" -> "Sergei Naryshkin", "Altria" -> "Altria Group".
    part_index: dict[str, set[int]] = defaultdict(set)
    last_index: dict[str, set[int]] = defaultdict(set)
    for i, c in enumerate(clusters):
        for form in c.forms:
            toks = form.split()
            if len(toks) < 2:
                continue
            if c.type == "PER":
                last_index[_norm(toks[-1])].add(i)
                for k in range(1, len(toks) - 1):
                    last_index[_norm(" ".join(toks[k:]))].add(i)  # "Van Gaal" -> "Louis van Gaal"
                if family_first(toks, lex):
                    last_index[_norm(toks[0])].add(i)  # "Lee" -> "Lee Jae-myung": the family name comes first
                else:
                    part_index[_norm(toks[0])].add(i)
                for part in toks[-1].split("-"):
                    last_index[_norm(part)].add(i)
                if len(toks) > 2 and toks[-1].isupper() and toks[-1].isalpha() and len(toks[-1]) <= 4:
                    last_index[_norm(toks[-2])].add(i)  # "Tom McCabe MSP": the surname before the letters
            elif c.type == "ORG":
                for j, t in enumerate(toks):
                    if t not in lex.org_words and t.lower() not in lex.stop_words and t not in lex.demonyms \
                            and t not in _CONNECTORS and (lex.gazetteer.get(_norm(t), ("", ""))[0] != "LOC" or j == 0):
                        part_index[_norm(t)].add(i)  # (a town opening a firm's name: an unlisted "Santander")
                for n in (2, 3):
                    for s in range(len(toks) - n + 1):
                        part_index[_norm(" ".join(toks[s:s + n]))].add(i)
    norm_to_cluster: dict[str, int] = {}
    for i, c in enumerate(clusters):
        for form in c.forms:
            norm_to_cluster.setdefault(_norm(form), i)

    def pick(cands: set[int], m: EntityMention) -> int | None:
        if len(cands) < 2 and m.honorific not in GENDERED_HONORIFICS:
            return next(iter(cands), None)  # no "Mr", "Mrs": no gender to clash (most mentions; the same answer)
        cands = {i for i in cands if not gender_clash(clusters[i], m, lex)}  # "Mr Smith" is not Sarah Smith
        if not cands:
            return None
        if len(cands) == 1:
            return next(iter(cands))
        fit = gender_fit(clusters, cands, m, lex)
        if fit is not None:
            return fit
        return max(cands, key=lambda i: len(clusters[i].mentions))

    pending = [m for m in names if m.actor < 0]
    # A word a descriptor noun reads as an organisation in one use in three or fewer ("his side Carver" beside
    # "said Carver" four times) may still be the surname of the one person named in full with it.
    cued = Counter(m.norm for m in pending if m.org_cue and len(m.tokens) == 1)
    outvoted = {k for k, n in cued.items() if capitalised[k] > 2 * n}
    same_word: dict[str, list[EntityMention]] = defaultdict(list)
    towns: dict[str, bool] = {}  # words inside organisations' names read as towns (asked once a word)
    for m in pending:
        if m.type is None and len(same_word[m.norm]) < 8:
            same_word[m.norm].append(m)
    short_names, firsts = short_forms(), None  # (the people's first names: counted once, when needed)
    for m in pending:
        k = m.norm
        shared = False
        target = norm_to_cluster.get(k)
        if target is None and k in acronym_of:
            target = norm_to_cluster.get(acronym_of[k])
        if target is not None and m.honorific and honorific_clash(clusters[target], m):
            target = None  # "Mr Howard" after "Mrs Howard" stood apart from Michael Howard: he is Michael Howard
        if target is not None and not m.dateline and (not clusters[target].mentions or (
                clusters[target].mentions[0].dateline and all(x.dateline for x in clusters[target].mentions))):
            target = None  # "NICE , France" filed a sports story: "Nice have been unable to win" is the club
        if target is not None and m.team and clusters[target].type != "ORG":
            target = None  # a town that plays ("Leeds 2") is the team, not the town named elsewhere ("in Leeds")
        if target is None and "-" in m.text and len(m.tokens) == 1 and not m.key and k not in last_index \
                and m.text[:3].lower() not in ("al-", "el-"):
            # "Naryshkin-Tertel talks": two known people, not an organisation.
            parts = m.text.split("-")
            hits = [pick(last_index.get(_norm(p), _NONE), m) for p in parts]
            if all(h is not None for h in hits):
                pos = m.start
                for p, h in zip(parts, hits):
                    sub = EntityMention(m.sentence, pos, pos + len(p), p, "PER", tokens=(p,), actor=h)
                    clusters[h].add(sub)
                    mentions.append(sub)
                    pos += len(p) + 1
                m.kind = "split"
                continue
        if target is None and (m.type in ("PER", None) or m.honorific or (m.weak and len(m.tokens) <= 3)
                               or _plain_org_word(m, last_index, part_index, clusters, k in outvoted)):
            cands = last_index.get(k, _NONE)
            if m.kin:
                # "President Smith's daughter Anne Smith": the titled Smith is not the daughter.
                cands = {i for i in cands if not any(x.sentence == m.sentence and x.start > m.start for x in clusters[i].mentions)}
            target = pick(cands, m)
            if target is not None and len(cands) > 1 and not _one_person(clusters, cands, target, m, lex):
                # Two people share the surname: the surname is the one named in full before it, while only
                # one is; once both are, nothing tells which one is meant and it stays an actor of its own.
                target = _introduced(clusters, cands, m)
                if target is None:
                    m.type, shared = "PER", True
            if target is None and m.type in (None, "PER") and not m.honorific and len(m.tokens) == 1 and not m.key:
                # A first name alone ("Ozzy", "Sharon") is the one person named in full with it, when only one is.
                # A word that is no listed first name needs a firm owner: typed a person by more than its
                # shape, or given a role, and ending like a surname ("Pirelli Cables" is not "Pirelli").
                owners = {i for i in part_index.get(k, ()) if clusters[i].type == "PER"}
                if len(owners) == 1 and (m.tokens[0] in lex.first_names or (
                        (not m.initial or m.tokens[0].lower() not in lex.common_words)
                        and _firm_person(clusters[next(iter(owners))], lex)
                        and not any(clusters[i].type == "ORG" for i in part_index.get(k, ())))):
                    target = next(iter(owners))
        if target is None and m.type is None and k in part_index and texts and len(m.tokens) == 1 \
                and m.tokens[0].lower() not in lex.common_words and m.tokens[0] not in lex.first_names \
                and (towns[k] if k in towns else towns.setdefault(k, reads_as_town(same_word[k], texts))):
            m.type = "LOC"  # "Councillors in Kelby" beside "the Kelby Bridge Trust": the town, no short name of it
        # (a word in no organisation's name has no candidate here: the pure tests after ``k in part_index`` not asked)
        if target is None and m.type in ("ORG", None) and k in part_index and not m.honorific and not _award_word(m) \
                and not (m.type is None and _first_name_of_org(m, lex, part_index, clusters)) \
                and not _inner_word(m, lex, capitalised[k], part_index.get(k, ()), clusters):
            cands = {i for i in part_index.get(k, _NONE) if clusters[i].type == "ORG"}
            target = pick(cands, m) if len(cands) == 1 else None
        if target is not None:
            m.actor = target
            m.type = clusters[target].type
            clusters[target].add(m)
            continue
        if m.title_word:
            m.kind = "dropped"
            continue
        if m.type is None and m.initial and capitalised[k] < 1 and len(m.tokens) == 1 and texts \
                and m.tokens[0] not in lex.first_names and m.tokens[0] not in lex.surnames \
                and _written_lower(m.tokens[0], texts, lowered):
            m.kind = "dropped"  # "Neuroscience tells us ..." and "advances in neuroscience": a common word
            continue
        if m.type is None and len(m.tokens) == 1 and not m.quoted and m.tokens[0].lower() not in lex.stop_words \
                and m.tokens[0][1:].islower() and _norm(m.tokens[0]) in short_names:
            if firsts is None:
                firsts = full_first_names(clusters, lex)
            if short_form_of_one(m.tokens[0], firsts):
                m.type = "PER"  # "Bob" beside Robert Kearns: a common word, but the short name of one person
        if m.type is None:
            m.type = "PER" if k in aged else _guess_single(m, lex, capitalised, texts or [], by_sentence, same_word.get(k, ()))
            if m.type == "ORG" and _reads_as_place(same_word.get(k, ())):
                m.type = "LOC"
            elif m.type == "ORG" and len(m.tokens) == 1 and reads_as_person(same_word.get(k, ()), texts or []):
                m.type = "PER"
            elif m.type == "PER" and k not in aged and (_named_as_place(same_word.get(k, ())) or (
                    m.tokens[0] in lex.name_places and county_listed(same_word.get(k, ()), by_sentence, texts or [], title))):
                m.type = "LOC"  # "in Denver", "near Denver", "Pembrokeshire and Devon": a place named like a person
            m.guessed = True
            if m.type is None:
                m.kind = "dropped"
                continue
        if m.unsure and m.initial and capitalised[k] < 1:
            m.kind = "dropped"
            continue
        key = f"{m.type}:{k}"
        m.actor = cluster_for(key, m.type)
        clusters[m.actor].add(m)
        if not shared:
            norm_to_cluster.setdefault(k, m.actor)
    # A shorter organisation name inside exactly one longer one: "Media Council" -> "Ugandan Media Council".
    # Listed names keep their own actor (every cluster has a key; ``listed`` marks the gazetteer's).
    orgs = [i for i, c in enumerate(clusters) if c.type == "ORG" and c.mentions and not c.listed]
    longest = {i: tuple(clusters[i].longest.split()) for i in orgs}
    inside: dict[tuple[str, ...], set[int]] = defaultdict(set)  # word sequence -> the longer names holding it
    # A venue named after the organisation counts as a host too ("Lackland Air Force Base" beside "San
    # Antonio Air Force" leaves "Air Force" on its own), though only organisations take the short name in.
    venues = {i: tuple(c.longest.split()) for i, c in enumerate(clusters) if c.type == "LOC" and c.mentions
              and not c.listed and c.forms and max(len(f.split()) for f in c.forms) > 2}
    for j, words in (longest | venues).items():
        for size in range(2, len(words)):
            for s in range(len(words) - size + 1):
                inside[words[s:s + size]].add(j)
    for i in orgs:
        short = longest[i]
        if len(short) < 2:
            continue
        hosts = [j for j in inside.get(short, ()) if j != i and clusters[j].mentions]
        if hosts and all(m.place_cue for m in clusters[i].mentions) and short[0] == (longest.get(hosts[0]) or venues[hosts[0]])[0]:
            # "in Dezhou City" ... "the Dezhou City Public Security Bureau": the place the body is named after.
            clusters[i].type = "LOC"
            for m in clusters[i].mentions:
                m.type = "LOC"
            continue
        if len(hosts) == 1 and hosts[0] not in venues and not _unit_of_parent(short, longest.get(hosts[0])) \
                and not any(placed_elsewhere(m, hosts, clusters, texts or [], lex) for m in clusters[i].mentions):
            _move(clusters, hosts[0], i)
    # An acronym explained in the text joins its expansion, even when both are listed.
    for acr, full in acronym_of.items():
        ia, ib = norm_to_cluster.get(acr), norm_to_cluster.get(full)
        if ia is not None and ib is not None and ia != ib and clusters[ib].type == "ORG":
            clusters[ib].key = clusters[ib].key or clusters[ia].key
            _move(clusters, ib, ia)
    _merge_initials(clusters, lex)
    _merge_corporate_names(clusters)
    merge_legal_variants(clusters)  # "Leadplex LLC", "Leadplex Inc" and "Leadplex": one firm
    merge_listed_short_names(clusters, texts or [], lex)  # "Northfield was rescued": the society, no town
    merge_numbered_channels(clusters)  # "ITV1" and "ITV"
    merge_feature_short_names(clusters)  # "Yellowstone" and "Yellowstone National Park"
    _merge_said_aliases(clusters, names, texts or [], by_sentence)
    _merge_short_forms(clusters)
    _merge_plural_names(clusters, lex)
    _merge_head_words(clusters, texts or [], lex)
    _merge_venue_short_names(clusters, texts or [], lex)
    _merge_misspelt_surnames(clusters, lex)
    merge_one_letter_surnames(clusters, lex)  # "Mr Vanenberg" for Jamie Vandenberg
    _merge_quoted_first_names(clusters, lex)
    merge_short_first_names(clusters, lex)  # "Ray Castell" and "Raymond Castell"
    merge_lone_first_names(clusters, lex)  # "Ted" for Edward Heath, "Lleyton" for Lleyton Hewitt
    merge_translated_names(clusters, lex)  # "Instituto Cumbres" and "the Cumbres Institute"
    # Names only ever seen in quotes ("Destructive", 'No More Mr Nasty') are words or titles of works.
    for c in clusters:
        if c.mentions and not c.key and all(m.quoted for m in c.mentions):
            for m in c.mentions:
                m.kind = "dropped"
            c.mentions = []
    # Capitals standing for their state ("Moscow has pushed") and nationality adjectives.
    merge_capitals(clusters, lex)
    key_to_cluster = {c.key: i for i, c in enumerate(clusters) if c.key and c.mentions}
    for m in mentions:
        if m.kind == "demonym" and m.key in key_to_cluster:
            m.actor = key_to_cluster[m.key]
            clusters[m.actor].add(m)
    _people_in_lists(clusters, by_sentence, lex)
    _drop_events_and_families(clusters, surnames)
    name_by_honorific(clusters)
    return clusters

"""Descriptor nouns that type a name as an organisation: "the newspaper Le Matin", "Le Matin newspaper",
"Spanish first division team Deportivo Coruna", "mineral water firm Multico", "carmaker Lada".

The noun in apposition before the name, or as its head right after it, says what the name is, whatever
the name's own words look like (a first name, two unknown words). The decision is spread to every use of
the same name in the document (:func:`spread_org_cues`).
"""

from __future__ import annotations

from .events import _ILLNESS_WORDS
from .lexicon import _Lexicon, _norm
from .media import modifies_noun
from .newsroom import POST_NOMINALS
from .shape_words import _LEGAL_FORMS
from .sentence import _team_cue, nation
from .place_possessives import possessive_place
from .tokens import EntityMention, _Tok

#: Lowercase nouns that name a kind of organisation, read right before a name ("team Deportivo Coruna",
#: "the newspaper Le Monde", "broadcaster Channel 4") or right after it ("Le Matin newspaper").
#: Job words that are also firms ("publisher", "developer", "maker") are left out: "publisher Rupert Murdoch".
ORG_NOUNS = frozenset("""newspaper newspapers daily weekly tabloid magazine broadsheet broadcaster network agency
firm firms company companies corporation carmaker automaker airline bank lender insurer retailer brewer
conglomerate manufacturer supplier distributor chain bookmaker bookmakers group club team side outfit franchise party union
federation association charity foundation consortium subsidiary unit band duo trio chipmaker drugmaker planemaker
steelmaker toymaker journal""".split())

#: "maker" after a plural noun of goods is a firm ("parts maker Robert Bosch", "drugs maker Pfizer", "games maker
#: Atari"); after a singular noun it is as often a person ("film maker Ken Loach", "policy maker"), left alone.
_MAKERS = frozenset(["maker", "makers", "manufacturer", "producer", "supplier"])

#: Of these, the ones that also follow a place or a person's name as a plain modifier ("a Moscow
#: newspaper", "the Smith family firm" are not names of papers or firms) are read after a name only when
#: that name is neither a listed place nor a nationality; "team", "side", "club" after a place make a
#: sports side, which :func:`.teams._mark_teams` reads, so they are not read after a name here.
_AFTER_NOUNS = frozenset("""newspaper daily weekly tabloid magazine broadsheet broadcaster agency firm company
carmaker automaker airline bank insurer retailer brewer conglomerate group""".split())

#: Spokespeople named right after a name of two words or more: "William Hill spokesman Rupert Adams" (a person's
#: spokesman follows the surname alone: "Smith spokesman").
_SPOKES = frozenset(["spokesman", "spokeswoman", "spokesperson"])

#: Words between the noun and the name that keep the apposition: "the news agency Interfax".
_NEWS = frozenset(["news", "state", "official", "private", "rival"])


#: Of these, the ones that open a sentence as a descriptor without an article ("Charity Bite-Back, which
#: campaigns", "Carmaker Lada said") and never start an organisation's own name (unlike "Bank", "Club",
#: "Party", "Union", "Network": "Bank Leumi", "Club Med", "Union Pacific").
_OPENER_NOUNS = frozenset("""charity carmaker automaker broadcaster newspaper tabloid lender insurer retailer brewer
conglomerate manufacturer supplier distributor firm""".split())

#: Of these, the ones that name a firm or a paper set off by commas after them ("the drinks company, Acme, said"),
#: not those a clause may end on ("in the team, Smith, who", "for the party, Jones, a").
_COMMA_NOUNS = _OPENER_NOUNS | frozenset("""company companies corporation bank airline agency magazine chipmaker
drugmaker bookmaker planemaker steelmaker toymaker""".split())


def descriptor_opener(lex: _Lexicon, toks: list[_Tok], a: int) -> bool:
    """True when the capitalised first word of a run, ``toks[a]``, is a descriptor noun glued to the name after it
    ("Charity Bite-Back", "Broadcaster Nine Network"): the noun says what the name is and is no part of it."""
    if a + 1 >= len(toks) or toks[a].text.lower() not in _OPENER_NOUNS or not toks[a + 1].is_cap:
        return False
    nxt = toks[a + 1].text  # "Charity Smith said": a first name and a surname are a person
    return toks[a].text not in lex.first_names or (nxt not in lex.surnames and nxt not in lex.first_names)


#: The words :func:`org_cue` reads right before a name (lowercased) and right after it: without one of them
#: it is False, so the finder asks it only when one is there.
#: Nouns of a holding in firms ("shares in", "a stake in") and the words that join a list after them.
_HOLDINGS = frozenset(["shares", "stake", "stakes", "shareholding", "shareholdings", "holdings"])
_HOLDING_JOINS = frozenset(["in", "of", ",", "and"])
ORG_CUE_PREV = frozenset(ORG_NOUNS | _MAKERS | _HOLDING_JOINS | {"the", "at", "giant"})
ORG_CUE_NEXT = frozenset(_NEWS | _AFTER_NOUNS | _SPOKES)


def org_cue(lex: _Lexicon, toks: list[_Tok], a: int, b: int) -> int:
    """Non-zero when a descriptor noun of an organisation stands right before ``toks[a:b]`` or right after it:
    2 for a spokesperson after a lone word that no list names a person's ("a Jive spokeswoman"; the resolver
    lets a person named in full with that surname outweigh it), else True.

    Before: "team Deportivo Coruna", "newspaper Zycie Warszawy", "firm Multico". After: "Le Matin
    newspaper", "the Interfax news agency" (the noun may follow "news"). A listed place or a
    nationality is never typed by a noun after it ("a Moscow newspaper" is a paper in Moscow).
    """
    if a > 0:
        prev = toks[a - 1]
        if prev.kind == "word" and (prev.text in ORG_NOUNS or (a == 1 and prev.text.lower() in ORG_NOUNS) or (
                prev.text.lower() in _OPENER_NOUNS and toks[a - 2].kind == "punct")) \
                and not (a >= 2 and prev.text.islower() and toks[a - 2].is_cap and toks[a - 2].text not in lex.demonyms):
            # (also opening the sentence: "Bookmaker William Hill said", "'Charity Bite-Back"; not a noun that ends
            # a name before it: "leader of the Scottish Labour party Johann Lamont", unlike "German carmaker BMW")
            return True
        if prev.text in _MAKERS and a >= 2 and _goods(lex, toks[a - 2].text):
            return True
        if prev.text == "giant" and a >= 2 and toks[a - 2].text.islower() \
                and toks[a - 2].text not in lex.stop_words:
            return True  # "media giant Clear Channel", "oil giant Yukos": a trade's giant is a firm (not "a giant Panda")
        if prev.text == "," and _results_entry(lex, toks, a, b):
            return True
        if prev.text == "," and a >= 2 and toks[a - 2].text in _COMMA_NOUNS and (b == len(toks) or toks[b].text in ",.;"):
            return True  # "a deal with energy drink company, Red Bull, who": the noun, a comma, the name set off
        if b - a == 1 and told_the(toks, a, lex.stop_words):
            return True
        if prev.text == "at" and a > 1 and toks[a - 2].text in lex.role_nouns and toks[a - 2].text.islower():
            return True  # "an economist at Natexis Banques Populaires": people work at an organisation
        if prev.text in _HOLDING_JOINS and holding_list(toks, a - 1):
            return True  # "shares in Aviva, Prudential and Direct Line": what one holds shares in are firms
    if b < len(toks):
        nxt = toks[b]
        if b - a >= 2 and nxt.text in _SPOKES and b + 1 < len(toks) and toks[b + 1].is_cap:
            return True  # "Acme Robotics spokesman Tom Lee": a full name with a spokesman is a firm or a body
        if b - a == 1 and nxt.text in _SPOKES and a > 0 and toks[a - 1].text.lower() in ("a", "an") \
                and (b + 1 >= len(toks) or not toks[b + 1].is_cap) and toks[a].text not in lex.surnames \
                and toks[a].text not in lex.first_names and toks[a].text not in lex.demonyms:
            return 2  # "a Jive spokeswoman said": a word no list names a person's, with its own spokeswoman
        if nxt.kind == "word" and nxt.text in _NEWS and b + 1 < len(toks):
            nxt = toks[b + 1]
        if nxt.kind == "word" and nxt.text in _AFTER_NOUNS:
            if b - a == 1 and (toks[a].text in lex.demonyms or toks[a].is_upper):
                return False  # "German newspaper", "BBC news": a nationality, or an acronym typed already
            if b - a == 1 and toks[a].text.lower() in lex.common_words and (a == 0 or toks[a - 1].kind == "punct"):
                return False  # "Opposition group says": a capitalised adjective opening the sentence
            return True
    return False


def holding_list(toks: list[_Tok], k: int) -> bool:
    """True when ``toks[k]`` ("in", "of", a comma or "and") joins a name to a holding noun, directly ("shares in
    Aviva") or through a list of capitalised names ("a stake in Aviva, Prudential and Direct Line"): the names are
    firms. A listed place there is a market, not a firm ("shares in Tokyo"): the cue never types a place (see
    :func:`spread_org_cues`). The walk back reads at most 24 words (linear in the sentence)."""
    for _ in range(24):
        t = toks[k]
        if t.text in ("in", "of"):
            return k > 0 and toks[k - 1].text.lower() in _HOLDINGS
        if not (t.text in (",", "and", "&") or t.is_cap) or k == 0:
            return False
        k -= 1
    return False


def _goods(lex: _Lexicon, w: str) -> bool:
    """True for a lowercase plural noun of goods before "maker": "parts", "drugs", "games", "phones" (not "glass",
    "news", nor a verb or an adjective: "its", "various")."""
    return len(w) > 3 and w.islower() and w.endswith("s") and not w.endswith(("ss", "us", "ous", "is", "ics")) \
        and w not in lex.stop_words and w[:-1] in lex.common_words


#: Verbs of telling: "told the Sun", "told the Herald" (a lone name after "the" there is a paper or a body).
_TOLD = frozenset(["told", "tells", "tell", "telling"])


def told_the(toks: list[_Tok], a: int, stop_words: frozenset[str] = frozenset()) -> bool:
    """True when "told the" stands right before the lone capitalised word at ``toks[a]``: "told the Sun",
    "told the Guardian", "told the Senate": people are told things, but not with "the" before their name.
    A paper that writes its "The" in capitals counts too: "told The Sun", "told The Times". With ``stop_words``,
    not before a noun the word qualifies ("told the Scholz camp": :func:`.media.modifies_noun`)."""
    return a > 1 and toks[a - 1].text in ("the", "The") and toks[a - 2].text in _TOLD and toks[a].kind == "word" \
        and not (stop_words and modifies_noun(toks, a + 1, stop_words))


def _results_entry(lex: _Lexicon, toks: list[_Tok], a: int, b: int) -> bool:
    """True for the team or car of an entrant in a results line: a name between the entrant's country in
    brackets and the entrant's time or points ("Bobby Rahal ( U.S. ) , Reynard Mercedes-Benz , 54.507",
    "Alex Zuelle ( Switzerland ) , ONCE , 4:56:12"). ``toks[a - 1]`` is the comma."""
    if a < 5 or toks[a - 2].text != ")" or b + 1 >= len(toks) or toks[b].text != "," or toks[b + 1].kind != "num":
        return False
    o = a - 3
    while o > a - 7 and o > 0 and toks[o].text != "(":
        o -= 1
    if toks[o].text != "(" or o == a - 3 or not toks[o - 1].is_cap:
        return False
    return nation(lex, " ".join(t.text for t in toks[o + 1:a - 2]))


def spread_org_cues(mentions: list[EntityMention], lex: _Lexicon) -> None:
    """Type as an organisation every use of a name that a descriptor noun types so in one of its uses.

    Names listed as places and nationalities keep their type ("a Moscow newspaper"), and so does a
    person introduced by a title ("President Smith").
    """
    cued = {m.norm for m in mentions if m.org_cue and m.kind == "name" and not _place(m, lex)}
    if not cued:
        return
    for m in mentions:
        if m.kind == "name" and m.norm in cued and not _place(m, lex) \
                and not (m.type == "PER" and (m.role or m.honorific) and not m.org_cue):
            # (a role that is the cue itself is no person's: "parts maker Robert Bosch")
            m.type, m.weak, m.unsure = "ORG", False, False
            if m.key and not m.key.startswith("ORG"):
                m.key = None


def _place(m: EntityMention, lex: _Lexicon) -> bool:
    """True for a listed place or a nationality: a descriptor noun after it is a plain modifier."""
    return m.type == "LOC" and (m.key is not None or m.kind == "demonym") \
        or lex.gazetteer.get(_norm(m.text), ("",))[0] == "LOC"


def two_names(lex: _Lexicon, toks: list[_Tok], i: int, j: int, k: int) -> bool:
    """True when "and" at ``toks[j]`` joins two names, not the parts of one (``toks[i:j]`` and ``toks[j + 1:k]``).

    Two shapes: the last items of a list ("Fox, Paramount, Universal and Warner Brothers": one word after
    a comma and a one-word name after a comma; not "In Paris, Food and Drug Administration"); two whole organisations, each ending in an organisation word
    and the second opening with a name ("Sony Pictures Entertainment and MGM Studios"; not "Food and Drug
    Administration" nor "Dublin Post and Telecommunications Administration", one name each); two units of one
    firm, the second opening with the first's opening word ("AZ Fly and AZ Services").
    """
    if j - i == 1 and i >= 3 and toks[i - 1].text == "," and toks[i - 2].is_cap and toks[i - 3].text == ",":
        return True
    if j - i >= 2 and toks[i].text != "The" and toks[j + 1].text == toks[i].text:
        return True  # two units of one firm, each named in full: "AZ Fly and AZ Services"
    left = [t.text for t in toks[i:j]]
    if k - j == 2 and left[-1] in lex.loc_last and toks[j + 1].text in lex.org_words:
        return True  # "Green Park and Bank", "Pier Street and Bank": a place, then a place named by one word
    # Two whole names, the second opening with a word no dictionary has, a name ("Sony Pictures Entertainment and
    # MGM Studios", "Tidewater Lines and Castlemere Shipping"): the first ends in an organisation word or the
    # second one opens with a name (not "Food and Drug Administration", "Dublin Post and Telecommunications Administration").
    if not (j - i - (left[0] == "The") >= 2 and k - j >= 3 and "of" not in left and "for" not in left):
        return False
    last = toks[k - 1].text
    if toks[j + 1].text.lower() in lex.common_words:
        # Both ends a business's word and a name of two words or more before the second one's ("Northgate Freight
        # and Blue Harbour Logistics"); not a pair of fields before one word ("Mining and Metallurgical Company").
        return k - j >= 4 and (last in lex.org_words or last in lex.trade_words) \
            and (left[-1] in lex.org_words or left[-1] in lex.trade_words) \
            and toks[j + 1].text not in lex.org_words and toks[j + 1].text not in lex.trade_words \
            and all(t.is_cap and t.kind == "word" and t.text not in lex.org_words for t in toks[j + 1:k - 1])
    return last in lex.org_words and (left[-1] in lex.org_words or (
        toks[j + 1].text not in lex.first_names and not toks[j + 1].is_upper and left[-1] not in lex.loc_last))


def listed_and(lex: _Lexicon, toks: list[_Tok], i: int, j: int, k: int) -> int:
    """Return the end of a listed name that holds the "and" at ``toks[j]`` and ends by ``toks[k - 1]`` ("Trinidad
    and Tobago", "Turks and Caicos Islands"), 0 when there is none.

    Only spans a listed name can fill are read: at most ``lex.max_len`` words once normalised, so that many tokens
    and one for each token :func:`.lexicon._norm` drops (a leading "the", a "." alone). Reading every span from
    the run's start to each end was cubic on a long run of capitals after "and" (5 s for 24 KB).
    """
    texts = [t.text for t in toks[i:k]]  # (once, not once per span; ``texts[s - i:e - i]`` is ``toks[s:e]``'s)
    most = lex.max_len + 1 + texts.count(".")
    gazetteer = lex.gazetteer
    for e in range(min(k, j - 1 + most), j + 1, -1):
        for s in range(max(i, e - most), j):
            if _norm(" ".join(texts[s - i:e - i])) in gazetteer:
                return e
    return 0


def field_pair(lex: _Lexicon, toks: list[_Tok], i: int, j: int, k: int) -> bool:
    """True when the "and" at ``toks[j]`` pairs two fields of one department: the run ``toks[i:j]`` ends in an
    organisation word that is a dictionary noun ("BBC Research"), and one capitalised dictionary noun alone
    ends the run after it ("and Development"): "BBC Research and Development", "Acme Sales and Marketing".

    Such a noun alone names nothing, so it is no second name of a list; a name after "and" ("BBC Research and
    Google"), a person's name or a listed place ends the run before "and". (The finder leaves out an organisation
    word after "and" and a lone organisation word before it, a list: neither is asked here.)
    """
    if k != j + 2:
        return False
    left, right = toks[j - 1].text, toks[j + 1].text
    rl = right.lower()
    return left in lex.org_words and left.lower() in lex.common_words and right[1:].islower() \
        and rl in lex.common_words and right not in lex.first_names and right not in lex.surnames \
        and rl not in lex.gazetteer and right not in lex.demonyms


def the_noun_of(lex: _Lexicon, words: list[str], after_the: bool) -> bool:
    """True when ``words`` is "the" and one capitalised dictionary noun that "of" joins to the name after it.

    "the Duchy of Lancaster", "the Port of Tilbury": a common noun written with a capital after "the" names
    something, and the "of" name completes it. Titles and role nouns are left out ("the Mayor of London
    Ann Lee": the title is not part of a name).
    """
    if words[0] == "The":
        words = words[1:]
        after_the = True
    if not after_the or len(words) != 1:
        return False
    w = words[0]
    return w.lower() in lex.common_words and w not in lex.titles and w.lower() not in lex.role_nouns \
        and w.lower() not in lex.stop_words


def noun_of_noun(lex: _Lexicon, words: list[str], right: str, lone: bool) -> bool:
    """True when "of" joins ``words`` (a name, then a capitalised dictionary noun) to ``right``, a capitalised
    dictionary noun alone ("Hollywood Walk of Fame", "Rock Hall of Fame", "Royal Order of Merit").

    Alone (``lone``: no capital after it) such a noun names nothing by itself, so "of" cannot end one name
    and start the next: it completes the name before it. People are left out ("John Smith of Labour": a
    first name or a title in the run) and so are titles ("BBC Director of Sport": a title, not a name).
    """
    if not lone or len(words) < 2:
        return False
    head = words[-1]
    rl = right.lower()
    return head.lower() in lex.common_words and rl in lex.common_words and right[:1].isupper() and right[1:].islower() \
        and not any(w in lex.first_names or w in lex.titles for w in words) \
        and head.lower() not in lex.role_nouns and right not in lex.surnames and rl not in lex.gazetteer


#: Plural nouns without an "s", whose capitalised possessive sits inside names ("Women's Institute").
_IRREGULAR_PLURALS = frozenset(["People", "Children", "Women", "Men", "Folk"])


def group_possessive(toks: list[_Tok], a: int, b: int) -> bool:
    """True when ``toks[a]`` is such a plural and its "'s" runs on inside ``toks[a:b]`` ("Women's Aid")."""
    return toks[a].text in _IRREGULAR_PLURALS and a + 2 < b and toks[a + 1].text in ("'s", "’s")


#: Head nouns of a public office named after its holder's title ("Sheriff's Office", "Attorney's Department").
_OFFICE_HEADS = frozenset(["Office", "Department", "Bureau", "Chambers"])


#: What follows a possessive that owns nothing: a list goes on ("Moody's, Fitch", "Moody's and Fitch").
_NOTHING_OWNED = frozenset([",", "and", "or"])


def _shared_owned(toks: list[_Tok], p: int) -> bool:
    """True when the list that goes on at ``toks[p]`` ends in a possessive owning a word: "Russia's and Belarus'
    intelligence agencies" (both own the agencies), not "Standard & Poor's, Moody's and Fitch said"."""
    n = len(toks)
    k = p
    for _ in range(8):  # a list of a few names; each step reads one separator, a name and its possessive
        if k >= n or toks[k].text not in _NOTHING_OWNED:
            return False
        k += 1
        start = k
        while k < n and toks[k].is_cap and k - start < 4:
            k += 1
        if k == start or k >= n:
            return False
        if toks[k].text in ("'s", "’s", "'", "’"):
            k += 1
            if k < n and toks[k].text == "s":
                k += 1
            if k < n and toks[k].kind == "word" and not toks[k].is_cap and toks[k].text not in _NOTHING_OWNED:
                return True  # "... and Belarus' intelligence": the last possessive owns the noun after it
            continue
        return False
    return False


#: The last sentence's tokens asked about and the answer (one tuple: read atomically): a sentence's possessives
#: are asked about one after another, and reading all its tokens for each was quadratic on a long list of them.
_LAST_ILLNESS: tuple[list[_Tok] | None, bool] = (None, False)


def _illness_words(toks: list[_Tok]) -> bool:
    """True when a token of the sentence is a word of illness (:data:`.events._ILLNESS_WORDS`)."""
    global _LAST_ILLNESS
    last, answer = _LAST_ILLNESS
    if last is not toks:
        answer = any(x.text.lower() in _ILLNESS_WORDS for x in toks)
        _LAST_ILLNESS = (toks, answer)
    return answer


def possessive_joint(lex: _Lexicon, toks: list[_Tok], i: int, j: int) -> int:
    """Return where an organisation's name ends when it runs on through a possessive at ``toks[j]``, else 0.

    ``toks[i:j]`` is a capitalised run. Two shapes join:

    - a plural possessive, then up to three words that are organisation or dictionary words, the last an
      organisation word: "Toronto Bond Traders' Association", "Lay Volunteers' International Organisation"
      ("Gold Fields' Kloof Gold Mining Co" is one firm's mine: "Kloof" is a name, so no join);
    - "'s", then one word and a company's legal form, or the legal form alone: "Boatmen's Bancshares Inc.",
      "Macy's Inc" (a longer name after it is another firm: "NationsBank's Mortgage Lending Group Inc").

    A third: "'s" written on the name and then a list's comma, "and" or "or" before a capital, so nothing is owned:
    the "'s" is part of the name ("Standard & Poor's, Moody's and Fitch"; not among words of illness: "victims of
    Alzheimer's, Parkinson's and ...").

    Tokenised text spaces the apostrophe ("Traders ' Association", "Boatmen 's"); both forms are read.
    """
    n = len(toks)
    t = toks[j]
    if place_end := possessive_place(lex, toks, i, j):
        return place_end  # "Land's End", "Devil's Dyke": a place named with a possessive (place_possessives)
    if t.text in ("'s", "’s"):
        p = j + 1
        if p < n and toks[p].text in _NOTHING_OWNED and t.start == toks[j - 1].end and (p + 1 == n or toks[p + 1].is_cap) \
                and not _illness_words(toks) and not _shared_owned(toks, p):
            return p  # "Standard & Poor's, Moody's and Fitch": nothing follows to be owned, the "'s" is the name's
    elif t.text in ("'", "’") and j + 1 < n and toks[j + 1].text == "s" and toks[j + 1].kind == "word":
        p = j + 2
    elif t.text in ("'", "’") and toks[j - 1].text.endswith("s") and toks[j - 1].text[:1].isupper():
        k = j + 1
        while k < n and k - j <= 3 and toks[k].kind == "word" and toks[k].is_cap \
                and (toks[k].text in lex.org_words or toks[k].text.lower() in lex.common_words):
            k += 1
        if k > j + 1 and toks[k - 1].text in lex.org_words and (k == n or not toks[k].is_cap):
            return k
        if j - i - (toks[i].text == "The") == 1 and j + 1 < n and toks[j + 1].is_cap and toks[j + 1].kind == "word" \
                and (j + 2 == n or not toks[j + 2].is_cap) and toks[j - 1].text.lower() in lex.common_words:
            return j + 2  # "the Critics' Circle", "Writers' Circle": a group's plural possessive and its body
        return 0
    else:
        return 0
    if toks[j - 1].text in _IRREGULAR_PLURALS and p < n and toks[p].is_cap:
        k = p
        while k < n and toks[k].is_cap and k - p < 4:
            k += 1
        return k  # "People's Daily", "Association of Children's Hospices": a group's possessive inside a name
    if p < n and (w := toks[j - 1].text).endswith(("men", "women")) and len(w) > 5 and toks[p].is_cap:
        k = p
        while k < n and toks[k].is_cap and k - p < 3:
            k += 1
        if toks[k - 1].text in lex.org_words:  # "Seamen's Union Executive Committee Chairman Tom Cole": three words at most
            return k  # "International Longshoremen's Association", "Ex-Servicemen's Association": a trade's men and their body
    if p < n and (w := toks[j - 1].text).endswith(("man", "men")) and len(w) > 5 and toks[p].is_cap \
            and toks[p].kind == "word" and (p + 1 == n or not toks[p + 1].is_cap) and j - i - (toks[i].text == "The") == 1 \
            and w.lower() in lex.common_words and w not in lex.surnames and w not in lex.titles \
            and w.lower() not in lex.role_nouns and toks[p].text not in _OFFICE_HEADS:
        return p + 1  # "The Fishermen's Friend", "Fisherman's Friend": a trade's possessive and one word, as "the Critics' Circle"
    if p < n and toks[p].text in _OFFICE_HEADS and (p + 1 == n or not toks[p + 1].is_cap) \
            and (toks[j - 1].text in lex.titles or toks[j - 1].text.lower() in lex.role_nouns):
        return p + 1  # "Maricopa County Sheriff's Office", "the Prime Minister's Office": an office named by its holder
    if _norm(" ".join(x.text for x in toks[i:j])) in lex.gazetteer:
        return 0  # a listed firm owns the next one: "Unilever's Lipton Inc"
    k = p
    while k < n and toks[k].is_cap and k - p < 3:
        k += 1
    if k == p or (k < n and toks[k].is_cap):
        return 0
    if toks[k - 1].text.rstrip(".") in _LEGAL_FORMS and k - p <= 2:
        return k
    return 0


#: Nouns in capitals that end a run but are no part of the name: "Cofinec CEO", "Acme AGM".
_TRAILING_NOUNS = frozenset(["CEO", "CFO", "COO", "MP", "MPs", "MEP", "MEPs", "DJ", "DJs", "GDP", "GNP", "IPO", "AGM", "EPS"]) | POST_NOMINALS


def trailing_noun(t: _Tok) -> bool:
    """True for a common noun in capitals after a name: "CEO", "MP", or a plural acronym ("GDRs", "ADRs")."""
    w = t.text
    return w in _TRAILING_NOUNS or (len(w) >= 4 and w.endswith("s") and w[:-1].isupper() and w[:-1].isalpha())


def flight_cut(toks: list[_Tok], a: int, b: int) -> int:
    """Return where a carrier's name ends before its flight number in ``toks[a:b]``, else 0.

    "Germanwings Flight 9525", "Malaysia Airlines Flight MH17": the airline is the actor, the flight no name.
    """
    if toks[b - 1].text == "Flight":
        f = b - 1
        if b == len(toks) or toks[b].kind != "num":
            return 0
    elif b - a >= 3 and toks[b - 2].text == "Flight" and any(c.isdigit() for c in toks[b - 1].text):
        f = b - 2
    else:
        return 0
    return f if f > a else 0


def listed_org_before_name(lex: _Lexicon, text: str, toks: list[_Tok], a: int, b: int, size: int) -> int:
    """Return where a name starts after a listed organisation of two words or more glued to it, else 0.

    "the House of Representatives Wahono": the listed body (``size`` tokens from ``a``, the longest listed
    prefix), then one or two capitalised words that are no dictionary, organisation, place or title
    words and no listed name ("United Nations Security Council", "Wall Street Journal Europe" stay whole).
    After a one-word listed body, only a listed surname with a possessive: "Labour Brown's speech".
    """
    if size < 2 and b - a == 2 and b < len(toks) and toks[b].text in ("'s", "’s") and toks[a + 1].text in lex.surnames \
            and toks[a + 1].text not in lex.org_words and toks[a + 1].text not in lex.loc_last \
            and lex.gazetteer.get(_norm(toks[a].text), ("",))[0] == "ORG":
        return a + 1  # "for Labour Brown's speech": a one-word listed body, then a surname owning something
    if size < 2 or not 1 <= b - a - size <= 2:
        return 0
    if lex.gazetteer.get(_norm(text[toks[a].start:toks[a + size - 1].end]), ("",))[0] != "ORG":
        return 0
    rest = toks[a + size:b]
    for t in rest:
        w = t.text
        if t.kind != "word" or not t.is_cap or t.is_upper or w.lower() in lex.common_words or w in lex.org_words \
                or w in lex.loc_last or w in lex.titles or w in lex.demonyms or _norm(w) in lex.gazetteer:
            return 0
    return a + size


def common_side(lex: _Lexicon, toks: list[_Tok], a: int, b: int) -> bool:
    """True for two or three dictionary words next to a score or a result verb: "Red Star 3", "beat Young Boys".

    Such a run is otherwise dropped as a title of a work; the document pass makes it a team only in a
    sports report (see :func:`.teams._read_plurals`).
    """
    if not 2 <= b - a <= 3 or not _team_cue(toks, a, b):
        return False
    common, events, noise = lex.common_words, lex.event_words, lex.noise  # (a loop: ``lex`` no cell at each call)
    for t in toks[a:b]:
        w = t.text
        if t.kind != "word" or t.is_upper or w.lower() not in common or w in events or w in noise:
            return False
    return True


def _last_words(text: str, end: int, n: int = 2) -> list[str]:
    """The last ``n`` words of ``text[:end]``, read from a short window (a whole sentence before each of its
    names made the pass quadratic: 11 s on a 300 KB sentence of datelines)."""
    window_start = max(0, end - 120)
    words = text[window_start:end].split()
    if window_start > 0 and words and not text[window_start - 1].isspace():
        words = words[1:]  # a word cut by the window's edge
    return words[-n:]


def cued_places(mentions: list[EntityMention], text_of, lex: _Lexicon) -> None:
    """Type as an organisation a listed place (no country) that a descriptor noun of an organisation stands right
    before: "software firm Tata", "the bank Santander", "rugby club Gloucester" (the noun says what the name is;
    a noun after a place is a plain modifier: "a Moscow newspaper"). Every use of the name follows it, unless one
    of them is read as a place ("in Raqqa": the noun then likely starts a longer name the finder cut)."""
    cued = set()
    heads = set()
    for m in mentions:
        if m.kind != "name":
            continue
        if m.type == "LOC" and m.key not in lex.countries and m.start > 0:
            text = text_of(m.sentence)
            if not m.org_cue and (len(m.tokens) != 1 or not text[max(0, m.start - 120):m.start].rstrip().endswith(("the", "The"))):
                continue  # neither test below can pass: the words before are read only for a cue or a "the"
            before = _last_words(text, m.start)
            if m.org_cue and before and before[-1] in ORG_NOUNS:
                cued.add(m.norm)
            elif before and before[-1] in ("The", "the") and len(m.tokens) == 1 and _says_next(text, m.end) \
                    and not (len(before) > 1 and before[-2].lower() in _THE_PLACE_PREPS) and m.norm not in lex.capitals:
                # "The Halifax, meanwhile, said": a town takes no "the"; the lender does (not "in the Hague said",
                # nor a seat of government: "The Hague said" is the town, as "Moscow said" is its state)
                cued.add(m.norm)
        elif m.type == "ORG" and m.org_cue and m.key is None and len(m.tokens) >= 2 \
                and not any(w in lex.org_words for w in m.tokens[1:]):
            heads.add(_norm(m.tokens[0]))  # "Spain's biggest bank, Santander Central Hispano"
    if cued:
        cued -= {m.norm for m in mentions if m.norm in cued and (m.locative or m.place_cue)}  # "a school in Raqqa"
    if heads:  # a listed town opening the firm's full name is the firm's short name ("Santander shareholders"),
        votes: dict[str, int] = {}  # unless the text uses it as a place as often as not ("a CEO at Santander" aside)
        for m in mentions:
            if m.kind == "name" and m.type == "LOC" and m.norm in heads and len(m.tokens) == 1 and m.key not in lex.countries:
                votes[m.norm] = votes.get(m.norm, 0) + (-1 if m.locative else 1)
        cued |= {k for k, v in votes.items() if v > 0}
    if not cued:
        return
    for m in mentions:
        if m.kind == "name" and m.norm in cued and m.type == "LOC":
            m.type, m.key, m.weak, m.unsure = "ORG", None, False, False


#: Prepositions before "the X said" that make X a place ("officials in the Hague said").
_THE_PLACE_PREPS = frozenset(["in", "at", "near", "from", "to", "outside", "inside", "across", "around", "of", "into"])

#: Verbs of saying after a name that "the" stands before ("The Halifax said", "the Nationwide reported").
_THE_SAYS = frozenset(["said", "says", "reported", "reports", "announced", "added", "warned", "predicted"])


def _says_next(text: str, end: int) -> bool:
    """True when a verb of :data:`_THE_SAYS` follows ``text[end:]``, right after it or after a comma-fenced
    adverb ("The Halifax, meanwhile, said")."""
    rest = text[end:end + 40].split()
    if len(rest) > 1 and rest[0] == "," and rest[1].endswith(",") and rest[1][:-1].islower():
        rest = rest[2:]  # ", meanwhile,"
    elif len(rest) > 2 and rest[0] == "," and rest[2] == "," and rest[1].islower():
        rest = rest[3:]  # " , meanwhile , " (text split into tokens)
    return bool(rest) and rest[0] in _THE_SAYS


#: Sports whose national governing body is named by the sport and the country ("UK Athletics", "Tennis
#: Australia", "British Cycling", "USA Swimming"); all but a few are in noise-words.txt, trimmed off other runs.
_SPORTS = frozenset("""Athletics Tennis Cricket Rugby Golf Hockey Cycling Swimming Boxing Basketball Baseball Soccer
    Skiing Rowing Gymnastics Badminton Netball Triathlon Sailing Squash Archery Judo""".split())
#: The letters of a sport's body that each country has, named by the country before them ("Egypt FA", "Scottish
#: FA": the football association; "Belarus KGB" stays two names, the KGB being one body of one country).
_NATIONAL_BODY_LETTERS = frozenset(["FA"])


def sport_body(lex: _Lexicon, toks: list[_Tok], a: int, b: int) -> bool:
    """True when ``toks[a:b]`` is exactly a sport and a country or nationality, either way round: the sport's
    national body ("UK Athletics", "Tennis Australia's Geoff Pollard", "British Cycling"), not a heading;
    or a country or nationality and the letters of such a body ("Egypt FA").

    A sport in capitals ("TENNIS AUSTRALIA", a results heading) is no body's name.
    """
    if b - a != 2:
        return False
    w0, w1 = toks[a].text, toks[a + 1].text
    if w1 in _NATIONAL_BODY_LETTERS:  # "Egypt FA", "Scottish FA": a body every country has, by its letters
        if w0.isupper():
            return False
        other = w0
    else:
        sport, other = (w1, w0) if w1 in _SPORTS else (w0, w1)
        if sport not in _SPORTS or sport.isupper() or toks[a].kind != "word" or toks[a + 1].kind != "word":
            return False
    if other in lex.demonyms:
        return bool(lex.demonyms[other]) and lex.demonyms[other] in lex.countries
    typ, key = lex.gazetteer.get(_norm(other), ("", ""))
    return typ == "LOC" and key in lex.countries

"""Sentence-level facts the finder reads: the sentence's mode (ALL CAPS, a Title Case headline),
team cues ("Leeds 2", "beat Somerset"), lone letters, and the words that qualify a title.
"""

from __future__ import annotations

from operator import attrgetter

from .lexicon import _Lexicon, _norm
from .subheadings import headline_in_body
from .tokens import EntityMention, _Tok

_WORD_KINDS = frozenset(["word", "acr", "abbr"])
_NOT_WORDS = frozenset(["punct", "num", "init"])
_TEXT = attrgetter("text")


def _sentence_mode(toks: list[_Tok], lex: _Lexicon, headline: bool = False) -> str:
    """Return "caps" for ALL-CAPS lines, "title" for a Title Case headline, else "normal".

    Only a headline can be "title": a body sentence listing names ("Among the
    accused were Altria Group, RJ Reynolds Tobacco...") looks the same.
    """
    # Counted by comprehensions: every sentence of a long document is asked, and a comprehension's slot read costs
    # less than a call of an attrgetter by ``map`` (100k words: 23M instructions against 45M). The tokens of other
    # kinds (punct, num, init: one letter) are never ``is_upper``: counting it over all tokens counts it over words.
    if not headline and toks[-1].kind == "word" and headline_in_body(toks, lex):
        return "title"  # "The Star Wars Special Editions Caused Controversy": a subheading, read as a headline
    upper = len([t for t in toks if t.is_upper])
    if not upper and not headline:
        return "normal"  # most sentences: no word in capitals, what the tests below give without counting words
    n = len(toks) - len([t for t in toks if t.kind in _NOT_WORDS])  # the words: no marks, numbers nor initials
    if n < 3:
        return "caps" if n >= 2 and upper == n else "normal"
    if upper / n >= 0.7:
        return "caps"
    if not headline:
        return "normal"
    content = _content_words(toks, lex.stop_words)
    if len(content) >= 3 and sum(1 for t in content if t.is_cap) / len(content) >= 0.85:
        return "title"
    return "normal"


_TEAM_VERBS = {"beat", "beats", "drew", "lost", "v", "vs", "vs.", "versus", "against", "defeated", "edged", "routed",
               "thrashed", "hammered", "host", "hosts", "hosted", "visit", "visits", "trailed", "led", "leads"}


def _single_letter(t: _Tok) -> bool:
    """A lone capital letter without a period ("W D L" table headers, "Plan B") is not a name part."""
    return t.kind == "word" and len(t.text) == 1


#: Result verbs read only after a name: "Los Angeles won", "Leeds win" (not "won Wimbledon": a title);
#: weaker than a score, for people win too (see :func:`_side_context`).
_RESULT_AFTER = {"won", "wins", "win", "draw", "draws", "lose", "loses"}
_ORDINAL_ENDS = {"st", "nd", "rd", "th"}


def _ordinal(toks: list[_Tok], i: int) -> bool:
    """True when the number ``toks[i]`` is an ordinal written in figures ("86th", "23rd")."""
    return i + 1 < len(toks) and toks[i + 1].text in _ORDINAL_ENDS and toks[i + 1].start == toks[i].end


def _team_cue(toks: list[_Tok], a: int, b: int) -> bool:
    """True when a name stands like a team: next to a score ("Leeds 2") or a result verb ("beat Somerset")."""
    if b < len(toks) and toks[b].kind == "num" and len(toks[b].text) <= 3 and not _ordinal(toks, b) and (
            b + 1 >= len(toks) or toks[b + 1].text != "-"
            or (b + 2 < len(toks) and toks[b + 2].kind == "num" and len(toks[b + 2].text) <= 2)):
        # A score or a table row ("Leeds 2", "CHICAGO 74 62", "Kent 108-3"), not "Boeing 747-400" nor a
        # scorer's minute ("Gomez 86th").
        return True
    if b < len(toks) and toks[b].text.lower() in _TEAM_VERBS:
        return True  # "Somerset beat"
    if b + 1 < len(toks) and toks[b].text == "(" and _bracket_end(toks, b) == b + 2 \
            and toks[b + 1].kind in ("word", "acr") and _bracket_score(toks, b):
        return True  # "Alba ( Germany ) 75": a one-word bracket, then a team's score
    return a > 0 and toks[a - 1].text.lower() in _TEAM_VERBS


#: Words before "for X" that make X the side one plays for: "homered for Seattle", "his 23rd for Seattle".
_FOR_SIDE = {"homered", "homer", "homers", "played", "plays", "play", "playing", "scored", "scores", "score", "scoring",
             "signed", "signs", "pitched", "goal", "goals", "appearance", "appearances", "debut", "caps", "starts",
             "try", "tries", "wicket", "wickets", "century", "runs", "hit", "hits", "shot", "start", "keeper"}
#: Nouns before "over X" that make X the beaten side: "lead over Seattle", "nine-wicket winners over Worcestershire".
_OVER_SIDE = {"lead", "win", "wins", "victory", "victories", "winners", "advantage", "edge", "triumph", "success"}
#: Nouns right before a name that make it a side: "title rivals Essex", "champions Ajax", "visitors Leeds".
_SIDE_BEFORE = {"rivals", "champions", "leaders", "holders", "visitors", "hosts", "opponents", "neighbours",
                "neighbors", "challengers", "favourites", "favorites", "underdogs", "newcomers", "club"}
#: Words of going somewhere before "away to" ("moved away to Spain"): a trip, not a game away.
_GOING = {"flew", "fly", "flies", "flying", "went", "go", "goes", "going", "gone", "moved", "move", "moves", "moving",
          "ran", "run", "runs", "running", "fled", "flee", "sent", "drove", "sailed", "travelled", "traveled", "far"}
#: Verbs of a transfer: "joined Milan from Torino", "signed for Leeds from Everton".
_TRANSFER_VERBS = {"joined", "joins", "join", "rejoined", "signed", "signs", "moved", "moves", "transferred", "bought"}


def _side_context(toks: list[_Tok], a: int, b: int) -> int:
    """Return 2 when the words before ``toks[a:b]`` make the name a side in a game, whatever its type:
    "homered for Seattle", "his 23rd for Seattle", "lead over Seattle", "title rivals Essex",
    "joined Milan from Torino", "at home to Halifax"; 1 when a result verb follows it ("Los Angeles won"; people win too);
    else 0. Read only in a sports report (:func:`.teams._mark_teams`)."""
    if b < len(toks) and toks[b].text in _RESULT_AFTER:
        return 1
    if a < 1:
        return 0
    prev = toks[a - 1].text.lower()
    if prev in _SIDE_BEFORE:
        return 2
    if a < 2:
        return 0
    before = toks[a - 2]
    if prev == "for":
        side = before.text.lower() in _FOR_SIDE or (before.text in _ORDINAL_ENDS and _ordinal(toks, a - 3))
    elif prev == "over":
        side = before.text.lower() in _OVER_SIDE
    elif prev == "the" and before.text == "over":
        side = a > 2 and toks[a - 3].text.lower() in _OVER_SIDE  # "their win over the US"
    elif prev == "to":
        # "at home to Bayer Leverkusen", "away to Halifax"; not a trip home ("flew home to Norway", "is home to")
        # nor one away ("moved away to Spain")
        side = a > 2 and (toks[a - 3].text == "at" if before.text == "home"
                          else before.text == "away" and toks[a - 3].text.lower() not in _GOING)
    elif prev == "from":
        k = a - 2  # back over the club joined: "joined Milan from", "signed for Leeds from"
        while k > 0 and toks[k].is_cap and a - 2 - k < 3:
            k -= 1
        side = k < a - 2 and (toks[k].text in _TRANSFER_VERBS or (
            toks[k].text == "for" and k > 0 and toks[k - 1].text in _TRANSFER_VERBS))
    else:
        side = False
    return 2 * side


def _bracket_end(toks: list[_Tok], b: int) -> int:
    """Return the index of the ")" closing a short bracket opened at ``toks[b]`` ("( France )"), else 0."""
    if b >= len(toks) or toks[b].text != "(":
        return 0
    e = b + 1
    while e < len(toks) and e - b <= 4 and toks[e].text != ")":
        e += 1
    return e if e < len(toks) and toks[e].text == ")" and e > b + 1 else 0


def _bracket_score(toks: list[_Tok], b: int) -> bool:
    """True when a team's score follows the short bracket at ``toks[b]``: "Alba ( Germany ) 75 Red Star
    ( Serbia ) 70", "beat Dinamo ( Russia ) 92-90"; not a time "3:45.011" nor set scores "6-0 6-3"."""
    e = _bracket_end(toks, b)
    if not e or e + 1 >= len(toks) or toks[e + 1].kind != "num" or not toks[e + 1].text.isdigit() \
            or len(toks[e + 1].text) > 3:
        return False
    if e + 2 >= len(toks) or toks[e + 2].text != "-":
        return True
    return len(toks[e + 1].text) >= 2  # "92-90" is a team's score, "6-0" a set


def country(lex: _Lexicon, name: str) -> bool:
    """True when ``name`` is listed as a country (or another state): "Iraq", "United States"."""
    return lex.gazetteer.get(_norm(name), ("", ""))[1] in lex.countries


def nation(lex: _Lexicon, name: str) -> bool:
    """True when ``name`` is a country or a nationality: "France", "U.S.", "Russian"."""
    return name in lex.demonyms or country(lex, name)


def demonym_lead(lex: _Lexicon, words: list[str]) -> int:
    """Return how many words at the start of ``words`` name where someone is from (0 for none): 1 for a listed
    nationality ("Australian Tom Moody"), 2 for a two-word place with "-er" ("New Yorker Ann Lee": "New York"
    is a listed place; the run goes on to a name, so the "-er" word is not a surname)."""
    if words[0] in lex.demonyms:
        return 1
    if len(words) >= 3 and words[1].endswith("er") and len(words[1]) > 4 \
            and lex.gazetteer.get(_norm(words[0] + " " + words[1][:-2]), ("",))[0] == "LOC":
        return 2
    return 0


def _entrant(toks: list[_Tok], b: int, lex: _Lexicon) -> int:
    """Return 1 when a name stands before its country in brackets with no score after it, as an individual does
    in a results line ("Anne-Gaelle Sidot ( France ) 6-0 6-3", "Samokhvalova ( Russia ) 3:45.011"); -1 when a
    team's score follows the country ("Alba ( Germany ) 75"); else 0."""
    e = _bracket_end(toks, b)
    if not e:
        return 0
    if not nation(lex, " ".join(t.text for t in toks[b + 1:e])):
        return 0
    return -1 if _bracket_score(toks, b) else 1


_SIDE_PREV = _SIDE_BEFORE | {"for", "over", "from", "to", "the"}


def _score_at(toks: list[_Tok], i: int) -> bool:
    """True when a game's score starts at ``toks[i]``: "4-0", "22 - 15" (two short numbers joined by a dash; not a
    date or a count: "won 45 seats", "won 2004-05")."""
    return i + 2 < len(toks) and toks[i].kind == "num" and toks[i + 1].text in ("-", "–") \
        and toks[i + 2].kind == "num" and len(toks[i].text) <= 2 and len(toks[i + 2].text.rstrip(".")) <= 2


def sport_cues(m: EntityMention, toks: list[_Tok], a: int, b: int, lex: _Lexicon) -> None:
    """Set the cues of a game's sides on the mention of ``toks[a:b]``: ``side_ctx`` ("homered for X"),
    ``entrant`` ("Sidot ( France ) 6-0 6-3"), and no ``before_paren`` when a team's score follows the bracket."""
    if (b < len(toks) and toks[b].text in _RESULT_AFTER) or (a and toks[a - 1].text.lower() in _SIDE_PREV):
        m.side_ctx = _side_context(toks, a, b)
        if (m.side_ctx == 1 and _score_at(toks, b + 1)) or (m.side_ctx == 2 and country(lex, m.text)):
            # "(Egypt won 4-0 on Wednesday)": a result and its score; "at home to Cameroon", "win over the US":
            # a country a strong cue makes a side is its national side, as "against Egypt", and no place
            m.side_cue, m.locative = True, False
    play_cues(m, toks, a, b)
    if m.before_paren:
        m.entrant = _entrant(toks, b, lex)
    if m.entrant != 1 and m.before_paren and _bracket_score(toks, b):
        m.before_paren = False  # "Alba ( Germany ) 75": a team's result, not a person before a country


#: Plural verbs after a name: a group (a band, a side), never one person ("Duran Duran are", "Spain have").
_PLURAL_VERBS = frozenset(["are", "were", "have", "’re", "'re"])
#: Words before a name that end a list or make it an object ("Smith and Jones are", "fans of Smith are",
#: "a painting by Smith were taken": the verb agrees with the noun before the preposition).
_NOT_SUBJECT = frozenset(["and", "&", ",", "or", "nor", "of", "with", "by", "to", "from", "about", "like"])
#: Nouns after a side's possessive ("Spain's 2-0 defeat", "England's mistakes") and before "by" ("defeat by Holland").
_RESULT_NOUNS = frozenset(["defeat", "defeats", "win", "wins", "victory", "loss", "losses", "draw", "drubbing", "berth",
                           "mistakes", "hopes", "chances", "campaign", "qualification", "lead", "opener", "equaliser",
                           "equalizer", "goal", "goals", "try", "tries", "innings", "beaten", "defeated", "thrashed"])
_LIST_ENDS = frozenset(["and", "&", "or", "nor"])
_TAKE_ON = frozenset(["take", "takes", "taking", "took", "taken"])


#: The words :func:`sport_cues` reads right after a name and right before it (lowercased): the finder calls it
#: only when one of them is there (without them it leaves every cue at its default).
_SPORT_CUE_NEXT = frozenset(_RESULT_AFTER | _PLURAL_VERBS | {",", "'s", "’s", "("})
_SPORT_CUE_PREV = frozenset(_SIDE_PREV | {"by", "on"})


def play_cues(m: EntityMention, toks: list[_Tok], a: int, b: int) -> None:
    """Set ``plural_verb`` ("Duran Duran are", "England, who have lost") and ``plays`` ("Spain's 2-0 defeat",
    "defeat by Holland", "take on Ireland") on the mention of ``toks[a:b]``."""
    n = len(toks)
    # A descriptor between a list's "and" and the name ends the list too: "Conte and trainer Greg Anderson are".
    if b < n and (a == 0 or toks[a - 1].text.lower() not in _NOT_SUBJECT) \
            and not (a > 1 and toks[a - 1].text.islower() and toks[a - 2].text.lower() in _LIST_ENDS):
        nxt = toks[b].text
        m.plural_verb = nxt in _PLURAL_VERBS or (nxt == "," and b + 2 < n and toks[b + 1].text == "who"
                                                   and toks[b + 2].text in _PLURAL_VERBS)
    if b + 1 < n and toks[b].text in ("'s", "’s"):
        k = b + 1  # over a competition's name: "Spain's Davis Cup victory"
        while k < n and k - b <= 3 and toks[k].is_cap:
            k += 1
        m.plays = toks[b + 1].kind == "num" or (k < n and k - b <= 3 and toks[k].text in _RESULT_NOUNS)
    elif a > 1:
        prev, before = toks[a - 1].text, toks[a - 2].text
        m.plays = (prev == "by" and before in _RESULT_NOUNS) or (prev == "on" and before in _TAKE_ON)


def venue_cue(m: EntityMention, toks: list[_Tok], a: int) -> bool:
    """True when a name typed a person only by its shape (no first name, no initial) stands after "in", "at",
    "near"...: a place, "at Tunbridge Wells", "in Bou Haroun" (not a possessive: "in Boutros-Ghali 's plan")."""
    return m.weak and a > 0 and toks[a - 1].text.lower() in _VENUE_PREPS and not m.possessive


_VENUE_PREPS = frozenset(["in", "at", "near", "outside", "inside", "throughout"])


_TITLE_QUALIFIERS = {"Prime", "Foreign", "Defence", "Defense", "Finance", "Interior", "Home", "Deputy", "Vice",
                     "Acting", "Former", "First", "Chief", "Executive", "Grand", "Supreme", "Crown", "Opposition",
                     "Trade", "Justice", "Health", "Education", "Energy", "Agriculture", "Transport", "Culture",
                     "Economy", "Economics", "Environment", "Attorney", "State", "Secretary", "General", "Minister",
                     "Labour", "Labor", "Industry", "Information", "Development", "Planning", "National", "Affairs",
                     "Financial", "Treasury", "Economic", "Security", "Commerce", "Social"}


#: A reporter's credit: "Ann Lee reported from Boston.", "CNN's Ann Lee and Bo Hu contributed to this report."
_CREDIT_VERBS = {("reported", "from"), ("contributed", "to"), ("contributed", "reporting"), ("contributed", "additional")}
#: "Reporting by Ann Lee", "Editing by Bo Hu", "Written by ...": the names after "by" are credits.
_CREDIT_NOUNS = {"reporting", "editing", "written", "edited", "writing", "compiled"}


#: The words of a run a portfolio's or a remit's list follows ("Minister for Children, ...", "Department of ...").
_FOR_OF = frozenset(["for", "of"])


def inner_link(toks: list[_Tok], spans: list[tuple[int, int]]) -> bool:
    """True when a run of ``spans`` holds "for" or "of" inside (not as its first or last word): only such a run
    starts a list that :meth:`.listed_runs._ListedRuns._spans_to_read` joins (a cheap first test, in C for each run)."""
    for a, b in spans:
        if b - a >= 3 and not _FOR_OF.isdisjoint(map(_TEXT, toks[a + 1:b - 1])):
            return True
    return False


def _credit_spans(toks: list[_Tok], spans: list[tuple[int, int]], text: str) -> set[int]:
    """Return the indices of ``spans`` that name reporters in a credit line, not actors.

    "X reported from Y." (the place may follow, then the sentence ends), "X, Y and Z contributed to this
    report", "Reporting by X and Y", and a short line "By X" at the start of a sentence. Names in a credit
    are joined by ",", "and" or a possessive ("CNN's Ann Lee").

    ``text``, the sentence the tokens are pieces of, answers most sentences at once: one without "by", "By",
    "reported" and "contributed" holds no credit.
    """
    out: set[int] = set()
    n = len(toks)
    if not spans or ("by" not in text and "By" not in text and "reported" not in text and "contributed" not in text):
        return out
    for a, b in spans:  # a cheap first test: "reported" or "contributed" after a run, "by" before one, "By" first
        if (b < n and toks[b].text in ("reported", "contributed")) or (a >= 2 and toks[a - 1].text == "by"):
            break
    else:
        if toks[0].text != "By":
            return out
    return _credit_chains(toks, spans, out)


def _credit_chains(toks: list[_Tok], spans: list[tuple[int, int]], out: set[int]) -> set[int]:
    """The credits of :func:`_credit_spans` for a sentence its first tests let through (a function of its own:
    its closures make ``toks``, ``spans`` and ``out`` cells, which the sentences answered at once need not make)."""
    n = len(toks)

    def chain_back(k: int) -> None:
        out.add(k)
        while k > 0:
            gap = [t.text for t in toks[spans[k - 1][1]:spans[k][0]]]
            if gap not in ([","], ["and"], [",", "and"], ["'s"], ["’s"]):
                return
            k -= 1
            out.add(k)

    def chain_forward(k: int) -> None:
        out.add(k)
        while k + 1 < len(spans):
            gap = [t.text for t in toks[spans[k][1]:spans[k + 1][0]]]
            if gap not in ([","], ["and"], [",", "and"], [";"]) and not (
                    len(gap) == 3 and gap[0] == ";" and gap[1].lower() in _CREDIT_NOUNS and gap[2] == "by"):
                return
            k += 1
            out.add(k)

    for k, (a, b) in enumerate(spans):
        if b + 1 < n and toks[b].text in ("reported", "contributed") and (toks[b].text, toks[b + 1].text) in _CREDIT_VERBS:
            if toks[b].text == "reported" and n - (b + 2) > 5:
                continue  # "Smith reported from the scene that the army had left": a sentence, not a credit
            chain_back(k)
        elif (a >= 2 and toks[a - 1].text == "by" and toks[a - 2].text.lower() in _CREDIT_NOUNS
              and not (a >= 3 and toks[a - 3].text == "," and toks[a - 2].text.islower())) or (
                k == 0 and toks[0].text == "By" and a <= 1 and b - a >= 2 + (a == 0) and n <= 16
                and (b >= n or toks[b].text in (",", "and", "|", "for", "-"))):
            # "Reporting by Ann Lee", a short line "By Ann Lee and Bo Hu"; not a clause after a comma that says
            # who made a thing the text is about ("The memo, edited by Ann Lee, says"): that person is named
            chain_forward(k)
    return out


#: Words after "X League" that make it the competition, not the organisation ("Champions League final").
_COMPETITION_NEXT = {"final", "finals", "title", "titles", "match", "matches", "game", "games", "tie", "ties",
                     "semi-final", "quarter-final", "group", "campaign", "spot", "place", "places", "qualifier",
                     "qualifiers", "qualification", "football", "trophy", "winners", "holders", "clash", "fixture",
                     "fixtures", "season", "table", "leaders", "debut", "knockout", "exit", "race"}
#: Words before "the X League" that make it the competition ("in the Champions League", "won the Super League").
_COMPETITION_BEFORE = {"in", "win", "won", "wins", "winning", "reach", "reached", "into", "qualify", "qualified", "for"}


def _competition_cue(toks: list[_Tok], a: int, b: int) -> int:
    """Return 2 when "X League" at ``toks[a:b]`` is used as a competition by the noun after it
    ("Champions League final"), 1 for a weaker cue before it ("in the Champions League"), else 0."""
    if toks[b - 1].text != "League" or b - a < 2:
        return 0
    if b < len(toks) and toks[b].text.lower() in _COMPETITION_NEXT:
        return 2
    return int(a >= 2 and toks[a - 1].text == "the" and toks[a - 2].text.lower() in _COMPETITION_BEFORE)
#: Nouns for a kind of place: "the province of Zhejiang", "the island of Spitzbergen", "Yunnan province".
_PLACE_NOUNS = frozenset(["province", "provinces", "region", "regions", "state", "island", "islands", "city", "town",
                          "towns", "village", "villages", "capital", "republic", "county", "district", "districts",
                          "port", "suburb", "suburbs", "enclave", "territory", "prefecture", "municipality", "resort",
                          "township", "oblast", "emirate", "canton", "department", "governorate", "archipelago",
                          # landforms at sea and on land: "Holmsker reef", "the peninsula of Kola"
                          "reef", "reefs", "sandbank", "sandbanks", "shoal", "shoals", "islet", "islets", "atoll",
                          "skerry", "skerries", "peninsula", "headland", "lagoon", "estuary", "fjord", "glacier",
                          "volcano"])
#: After a name they make it a place ("Sharqiyah province", "Milan stock market", "Moengo police").
#: Not "capital" ("venture capital"), "republic", "resort" or "department" ("the Acme department").
_PLACE_NOUNS_AFTER = (_PLACE_NOUNS - {"capital", "republic", "resort", "department"}) \
    | {"bourse", "police", "mayor", "residents", "airport", "prosecutors",
       "mosque", "church", "cathedral", "synagogue", "shrine", "temple", "monastery",  # "al-Aqsa mosque": a building
       "cabaret", "nightclub", "stadium", "castle",  # a venue: "the Moulin Rouge cabaret in Paris"
       "cinema", "theatre", "theater", "venue",  # "held at the Curzon Mayfair cinema": a venue
       "field", "fields", "oilfield", "oilfields", "gasfield", "mine", "mines", "colliery"}  # "the Mangala field"


#: Nouns of the parts or the people of a place, read only before "of": "the outskirts of Filton", "the villagers
#: of Kelby" (not after a name: "the Acme streets").
_PLACE_PARTS = frozenset(["outskirts", "environs", "streets", "inhabitants", "villagers", "townspeople"])


#: Lowercase nouns of a body in space: a name right after one is a place, as the listed planets are.
_BODY_NOUNS = frozenset(["moon", "moons", "planet", "planets", "asteroid", "comet", "exoplanet", "dwarf-planet"])
#: The words before a name that :func:`_place_noun_cue` may read (lowercased): a quick first test for the finder.
_PLACE_NOUN_PREV = frozenset(["and", "or", ",", "the", "of", ")"]) | _BODY_NOUNS
#: The words after a name that :func:`_place_noun_cue` may read (a comma before a region: :func:`_region_after`).
_PLACE_NOUN_NEXT = frozenset(_PLACE_NOUNS_AFTER | {"stock", "motor", ",", "and"})
_LOCATIVE_OR_BETWEEN = frozenset(["in", "near", "between", "from", "to", "at", "outside", "around"])


def _place_noun_cue(toks: list[_Tok], a: int, b: int, lex: _Lexicon) -> bool:
    """True when grammar makes ``toks[a:b]`` a place: "the province of Zhejiang", "towns of Barentsburg and
    Pyramiden", "Sharqiyah province", "an easier Milan stock market", "the Geneva motor show" (lowercase nouns only), "between Roermond
    and Landgraaf" (one word after a preposition, a listed place and "and").

    The tests of the words after the name (:func:`place_noun_after`) or before it (:func:`place_noun_before`):
    each returns a bool, so either order gives the same answer. :func:`.cues.set_cues` asks each half only when
    its side's word is in :data:`_PLACE_NOUN_NEXT` or :data:`_PLACE_NOUN_PREV` (the words each half reads first)."""
    return place_noun_after(toks, a, b, lex) or place_noun_before(toks, a, b, lex)


def place_noun_after(toks: list[_Tok], a: int, b: int, lex: _Lexicon) -> bool:
    """The half of :func:`_place_noun_cue` that reads the words after the name: False unless ``toks[b]`` is one
    of :data:`_PLACE_NOUN_NEXT` (a place noun, "stock", "motor", "and" or a comma)."""
    if b < len(toks) and toks[b].kind == "word" and not (toks[a].is_upper and b - a == 1) and (
            toks[b].text in _PLACE_NOUNS_AFTER
            or (toks[b].text == "stock" and b + 1 < len(toks) and toks[b + 1].text in ("market", "exchange"))
            or (toks[b].text == "motor" and b + 1 < len(toks) and toks[b + 1].text == "show")):
        return True  # not an acronym ("the UNITA region" is the movement's) nor "Acme stock" (a firm's shares)
    if b + 2 < len(toks) and toks[b].text == "and" and toks[b + 1].is_cap and toks[b + 2].text in _PLACE_NOUNS_AFTER \
            and toks[b + 2].text.endswith("s") and not toks[a].is_upper:
        return True  # one name forward to a plural noun: "the Mangala and Aishwariya fields"
    if b + 1 < len(toks) and toks[b].text == "," and toks[b + 1].is_cap and _region_after(toks, b + 1, lex):
        return True
    return b + 3 < len(toks) and toks[b].text == "," and toks[b + 1].text in ("a", "an") and _place_apposition(toks, b + 2)


def place_noun_before(toks: list[_Tok], a: int, b: int, lex: _Lexicon) -> bool:
    """The half of :func:`_place_noun_cue` that reads the words before the name: False unless ``toks[a - 1]``,
    lowercased, is one of :data:`_PLACE_NOUN_PREV` ("and", "or", a comma, "the", "of", ")", a body noun)."""
    if b - a == 1 and a >= 3 and toks[a - 1].text in ("and", "or") and toks[a - 3].text.lower() in _LOCATIVE_OR_BETWEEN \
            and lex.gazetteer.get(_norm(toks[a - 2].text), ("",))[0] == "LOC":
        return True
    j = a - 2 if a >= 2 and toks[a - 1].text == ")" else a - 1
    if j >= 0 and toks[j].text in _BODY_NOUNS:
        return True  # "Jupiter's moon Europa", "the dwarf planet Ceres", "(Jupiter's moon) Ganymede"
    i = a - 1
    if i >= 2 and toks[i].text in ("and", ",") and toks[i - 1].is_cap:
        i -= 2  # one name back: "the towns of Barentsburg and Pyramiden"
    if i >= 1 and toks[i].text == "the":
        i -= 1
    return i >= 1 and toks[i].text == "of" and (toks[i - 1].text in _PLACE_NOUNS or toks[i - 1].text in _PLACE_PARTS)


#: What may follow the place noun of an apposition ("Torvik, a fishing village in ..."): a preposition or the
#: end of the phrase; not another noun ("a town council", "a city firm": the name is that body).
_APPOSITION_END = frozenset(["in", "on", "off", "near", "north", "south", "east", "west", "of", "outside", "at",
                             "between", ",", ".", ";", ")", "where", "that", "which", "with"])


def _place_apposition(toks: list[_Tok], c: int) -> bool:
    """True when ``toks[c:]``, after "X, a", is a short noun phrase headed by a place noun: "a small fishing
    village near Bergen", "an island in the Baltic", "a sandbank off the coast": the apposition says X is a place.
    Up to two lower-case words before the noun."""
    for d in range(c, min(c + 3, len(toks) - 1)):
        w = toks[d]
        if w.kind != "word" or not w.text.islower():
            return False
        if w.text in _PLACE_NOUNS and w.text not in ("capital", "department", "state", "republic"):
            return toks[d + 1].text in _APPOSITION_END
    return False


#: What may follow the region of "Cliddesden , Hampshire": the clause or list goes on, or the sentence ends.
_REGION_END = frozenset([",", ".", ")", ";", ":"])


def _region_after(toks: list[_Tok], c: int, lex: _Lexicon) -> bool:
    """True when ``toks[c:]`` opens with a listed place of one to three words that a comma, a bracket, a
    semicolon or the sentence's end closes: the region that places the name before the comma ("the village of
    Cliddesden , Hampshire ,", "born in Hayward , California ."). Not a place followed by more words ("Jones ,
    England captain") or a figure ("Perec , France 49.00")."""
    for d in range(c + 1, min(c + 4, len(toks) + 1)):
        if d < len(toks) and toks[d].text not in _REGION_END:
            if not toks[d].is_cap:
                return False
            continue
        return lex.gazetteer.get(_norm(" ".join(t.text for t in toks[c:d])), ("",))[0] == "LOC"
    return False


def _dated(toks: list[_Tok], b: int) -> bool:
    """True when a dateline's place ends at ``b``: a date ("1996-08-30"), a bracket ("(Reuters)"), the end."""
    return b >= len(toks) or toks[b].text in ("(", ".") or (toks[b].kind == "num" and len(toks[b].text) >= 4)


def _dateline(toks: list[_Tok], a: int, b: int) -> bool:
    """True for a wire dateline's place: a run in capitals opening the line, then a comma, a bracket or a date
    ("MINSK (Reuters)", "NEW YORK 1996-08-30"), or the region after the town's comma ("ARLINGTON , Texas 1996-08-31",
    "ROCHESTER , N.H. 1996-08-30")."""
    if a == 0:
        if b >= len(toks):
            return False
        for t in toks[:b]:  # (a loop, no generator: the locals would be cells at every call)
            if not (t.is_upper or t.text == "."):
                return False
        return toks[b].text in (",", "(") or (toks[b].kind == "num" and len(toks[b].text) >= 4)
    return 2 <= a and b - a <= 3 and toks[a - 1].text == "," and _dated(toks, b) and _caps_prefix(toks) >= a - 1


#: The last sentence's tokens and the length of its run of capitals at the start (one tuple: read atomically).
_LAST_PREFIX: tuple[list, int] = ([], 0)


def _caps_prefix(toks: list[_Tok]) -> int:
    """Return how many tokens at the start of ``toks`` are in capitals or periods ("ARLINGTON", "ST. LOUIS").

    Counted once per sentence: :func:`_dateline` asks it for every run after a comma, and a long sentence has
    many (counting again each time made a 400,000-character line take seconds).
    """
    global _LAST_PREFIX
    last, n = _LAST_PREFIX
    if last is toks:
        return n
    n = 0
    while n < len(toks) and (toks[n].is_upper or toks[n].text == "."):
        n += 1
    _LAST_PREFIX = (toks, n)
    return n


def _dateline_start(toks: list[_Tok]) -> int:
    """Return where the town of a dated wire dateline ends ("ST. LOUIS 1996-08-30", "NICE , France 1996-08-30"), else 0.

    The town is in capitals (periods inside: "ST. LOUIS"), and a date follows it or the region after its comma.
    """
    b = 0
    while b < len(toks) and (toks[b].is_upper or (toks[b].text == "." and b and toks[b - 1].is_upper
                                                   and b + 1 < len(toks) and toks[b + 1].is_upper)):
        b += 1
    if not b or not _dateline(toks, 0, b):
        return 0
    if toks[b].text == ",":
        return b if any(t.kind == "num" and len(t.text) >= 4 for t in toks[b + 1:b + 6]) else 0
    return b if toks[b].kind == "num" else 0


def _dateline_region(toks: list[_Tok], d: int) -> int:
    """Return where the region after a dateline's town (ending at ``d``) ends: "ROCHESTER , N.H. 1996-08-30"; else 0."""
    for e in range(d + 2, min(d + 5, len(toks) + 1)):
        if _dateline(toks, d + 1, e):
            return e if all(t.kind in ("word", "acr", "abbr") or t.text == "." for t in toks[d + 1:e]) else 0
    return 0


def _dateline_mentions(si: int, text: str, toks: list[_Tok], lex: _Lexicon) -> tuple[list[EntityMention], int]:
    """Return the places of a dated dateline in capitals ("ST. LOUIS 1996-08-30", "ROCHESTER , N.H. 1996-08-30")
    and the token where the rest of the line starts (0 when there is none).

    A listed organisation keeps its type ("UNITED NATIONS 1996-08-29"), unless it is a club named like its town.
    """
    d = _dateline_start(toks)
    if not d:
        return [], 0
    surface = text[toks[0].start:toks[d - 1].end]
    typ, key = lex.gazetteer.get(_norm(surface), ("", ""))
    if typ == "ORG" and _norm(surface) not in lex.club_towns:
        return [], 0
    key = key if typ == "LOC" else lex.club_towns.get(_norm(surface))
    out = [EntityMention(si, toks[0].start, toks[d - 1].end, surface, "LOC", "name", key, locative=True,
                         dateline=True, tokens=tuple(t.text for t in toks[:d]))]
    e = _dateline_region(toks, d)
    if e:
        surface = text[toks[d + 1].start:toks[e - 1].end]
        typ, key = lex.gazetteer.get(_norm(surface), ("", ""))
        out.append(EntityMention(si, toks[d + 1].start, toks[e - 1].end, surface, "LOC", "name",
                                 key if typ == "LOC" else None, locative=True, dateline=True,
                                 tokens=tuple(t.text for t in toks[d + 1:e])))
    return out, e or d


def _content_words(toks: list[_Tok], stop_words: frozenset[str]) -> list[_Tok]:
    """The word tokens of ``toks`` that are no stop word (a function of its own: a comprehension reading ``lex``
    made it a cell at every call of :func:`_sentence_mode`, once per sentence)."""
    return [t for t in toks if t.kind in _WORD_KINDS and t.text.lower() not in stop_words]

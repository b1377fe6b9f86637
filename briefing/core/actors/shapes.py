"""The finder's reading of a name's shape: its type from its own words (legal forms, places, first names,
organisation words, capitals), hyphenated titles and nationality nouns. A mixin of :class:`.finder._Finder`.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter

from .agents import acted_on, speaks
from .family_names import family_name_run
from .lexicon import _Lexicon, _norm
from .persons import named_person, pronoun_next
from .shape_words import (
    _VOWELS, _HYPHEN_PLACE_LINKS, _REGNAL, _CAUSE_PREPS, _LEGAL_FORMS, _ARTICLES,
    _COMPASS, _STAGES, _VENUE_KINDS, _VENUE_ENDS, _STAGE_VENUE_ENDS, _ROMANCE_PLACE_HEADS, _MONUMENT_ENDS,
    _OFFICE_ENDS, _ROAD_ENDS, _LANDFORM_ENDS, _STREET_ENDS, _AWARD_NOUNS, _COMPASS_ALL, _PLACE_PREV,
    _STANCE_PREFIXES, _RECORD_NOUNS,
)
from .sentence import _NOT_SUBJECT, _PLURAL_VERBS, _TITLE_QUALIFIERS
from .tokens import _ACRONYM_NOUNS, _LONE_NOISE, _NAME_PARTICLES, _NUMBER_WORDS, _ROADS, _ROMAN, _Tok

_KIND = attrgetter("kind")


def cause_name(words) -> bool:
    """True for a plural noun, a capitalised preposition of :data:`_CAUSE_PREPS` and more words: "Reporters
    Without Borders", "Doctors Against Cuts" name a body (not a group of people, nor a heading)."""
    return len(words) >= 3 and words[0].endswith("s") and not _CAUSE_PREPS.isdisjoint(words[1:-1])


def _owns_a_record(toks: Sequence[_Tok], b: int, roles: frozenset[str] = frozenset()) -> bool:
    """True when the name ending before ``toks[b]`` owns a record or has staff: "'s", then up to two lowercase
    words, the last a record noun ("U2's latest single", "M83's album") or one of ``roles`` ("VH1's vice
    president"); a letter-and-digit code is a band's or a body's name there, not a code."""
    if b + 1 >= len(toks) or toks[b].text not in ("'s", "’s"):
        return False
    for t in toks[b + 1:b + 4]:
        if t.kind != "word" or not t.text.islower():
            return False
        if t.text in _RECORD_NOUNS or t.text in roles:
            return True
    return False


def _all_common(words: Sequence[str], common: frozenset[str]) -> bool:
    """True when every word has four letters or more and is a dictionary word (a function of its own: a generator
    reading ``self`` in :meth:`_ShapeRules._table_noise` made ``self`` a cell at each of its calls)."""
    for w in words:  # (a loop: a generator reading ``common`` made it a cell at every call)
        if len(w) < 4 or w.lower() not in common:
            return False
    return True


class _ShapeRules:
    """Type rules over a run's words; needs ``self.lex``."""

    lex: _Lexicon

    def _people_adjective(self, w: str) -> bool:
        """True for a nationality or regional adjective or people's noun: listed ("German", "Serbs"), or a
        listed place of five letters or more and a demonym ending, no person's name ("Guinean", "Texans",
        "Surinamese"; not "Irani": a surname, nor "Suwan" from "Suwa")."""
        lex = self.lex
        if w in lex.demonyms or (w[-1:] == "s" and w[:-1] in lex.demonyms):
            return True
        # (A slice and a comparison: cheaper than endswith.) ``base`` ends in "ese" only when ``w`` does, and in
        # "an" only when ``w`` ends in "an" or "ans".
        end = w[-3:]
        ese = end == "ese"
        if not ese and end[-2:] != "an" and end != "ans":
            return False  # no demonym ending (most words: the word-list tests below need not be asked)
        base = w[:-1] if end[-2:] == "ns" else w
        if len(base) < 5 or base in lex.first_names or base in lex.surnames or w in lex.surnames \
                or base.lower() in lex.common_words or _norm(base) in lex.gazetteer:
            return False
        if ese:
            stems = (base[:-3], base[:-3] + "e", base[:-3] + "a")
        else:
            stems = (base[:-1], base[:-2], base[:-1] + "s", base[:-3] if base.endswith("ian") else base[:-2] + "o")
        gazetteer = lex.gazetteer
        for s in stems:  # (a loop, no generator: ``lex`` is no cell)
            if len(s) >= 5 and gazetteer.get(_norm(s), ("",))[0] == "LOC":
                return True
        return False

    def _peoples(self, words: Sequence[str]) -> bool:
        """True for a run that names peoples or sides, not an actor: "Indonesians", "Irish Americans",
        "Southeast Asian", "Guinean", "German-Israeli", "US-German", "Pro-Moscow"."""
        lex = self.lex
        if len(words) > 1 and words[0] in _COMPASS_ALL and all(w in _COMPASS_ALL for w in words[:-1]):
            return self._people_adjective(words[-1])
        if len(words) == 1 and "-" in words[0]:
            parts = words[0].split("-")
            if len(parts) == 2 and parts[1] and (parts[0] in _STANCE_PREFIXES or self._people_adjective(parts[0])
                                                 or (parts[0].isupper() and _norm(parts[0]) in lex.gazetteer)):
                return self._people_adjective(parts[1]) or (parts[0] in _STANCE_PREFIXES and parts[1][:1].isupper()
                                                            and lex.gazetteer.get(_norm(parts[1]), ("",))[0] == "LOC")
        for w in words:  # all(), without a generator: most runs stop at their first word
            if not self._people_adjective(w):
                return False
        return True

    def _demonym_noun(self, w: str) -> bool:
        """True for "Frenchman", "Englishwomen", "Scotsman", "Yorkshireman": nationality or place + man/woman."""
        lex = self.lex
        if w[-2:] not in ("an", "en"):
            return False  # (all four end so: a cheap first test)
        for suffix in ("woman", "women", "man", "men"):
            if w.endswith(suffix) and len(w) > len(suffix) + 2:
                stem = w[: -len(suffix)]
                return stem in lex.demonyms or stem.rstrip("s") in lex.demonyms or stem + "ish" in lex.demonyms \
                    or lex.gazetteer.get(_norm(stem), ("",))[0] == "LOC" or stem in ("Scots", "Dutch", "French")
        return False

    def _hyphen_title(self, w: str) -> bool:
        """True for a hyphenated title: "Major-General", "Lieutenant-Colonel", "Attorney-General"."""
        if "-" not in w:
            return False
        titles = self.lex.titles
        parts = w.split("-")
        for p in parts:  # (loops, no generators over ``self``)
            if p not in titles and p not in _TITLE_QUALIFIERS:
                return False
        return len(parts) > 1 and not titles.isdisjoint(parts)

    def _named_after_place(self, words: Sequence[str]) -> bool:
        """True when a listed place (not a first name) starts a two- or three-word name that names no person.

        The rest holds no first name and no place word ("Tunbridge Wells"); the
        run would otherwise be a person only by its shape.
        """
        lex = self.lex
        w0 = words[0]
        if w0 in lex.first_names or w0 in lex.surnames or lex.gazetteer.get(_norm(w0), ("",))[0] != "LOC":
            return False
        rest = words[1:]  # (loops, no generators: ``lex`` is no cell)
        for w in rest:
            if w in lex.first_names or w in lex.surnames or w in lex.loc_last or w in lex.demonyms:
                return False
        # "Chittagong Cement", "Warsaw Newsroom": a dictionary word after the place. A town that is
        # also a first name before a word no dictionary knows is a person ("Torrance Zellner").
        for w in rest:
            if w.lower() in lex.common_words or w in lex.org_words or w.endswith("s"):
                return True
        return False

    def _plural_only(self, words: Sequence[str]) -> bool:
        """True when the words after the first are no dictionary or organisation words and only end in "s"."""
        common_words, org_words = self.lex.common_words, self.lex.org_words
        for w in words[1:]:  # (a loop, no generator: the locals would be cells at every call)
            if w.lower() in common_words or w in org_words:
                return False
        return True

    def _place_and_plural(self, words: Sequence[str]) -> bool:
        """True for a listed place and a plural common noun: "San Diego Padres", "Minnesota Twins", "Florida Marlins".

        A place that is also a first name ("Florida", "Houston") before a listed surname is a person ("Jordan Banks").
        """
        lex = self.lex
        last = words[-1]
        if len(words) < 2 or len(words) > 4 or last[-1:] != "s" or last[-2:] == "ss" \
                or (words[0] in lex.first_names and (last in lex.surnames or last in lex.first_names)) \
                or last in lex.org_words or last in lex.loc_last:
            return False
        low = last.lower()
        if low not in lex.common_words and low[:-1] not in lex.common_words:
            return False
        return lex.gazetteer.get(_norm(" ".join(words[:-1])), ("",))[0] == "LOC"

    def _plural_end(self, w: str) -> bool:
        """True for a last word that reads as a plural and names no person: "Indians", "Astros" (not "Woods")."""
        lex = self.lex
        return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) and w not in lex.surnames \
            and w not in lex.first_names and w not in lex.loc_last

    def _surname_like(self, w: str) -> bool:
        """True for a word read as a surname: listed, or no dictionary word, listed name or organisation word."""
        lex = self.lex
        return w in lex.surnames or (w[:1].isupper() and w[1:].islower() and w.lower() not in lex.common_words
                                     and w not in lex.org_words and _norm(w) not in lex.gazetteer)

    def _word_pair(self, words: Sequence[str]) -> bool:
        """True for a first name that is also an everyday word, then everyday words that are no listed surname or
        first name ("Royal Mail", "Grand Garden", "Hope Bank"; not "Bill Gates", "Will Smith", "Rose Byrne"): the
        first name alone does not make the run a person."""
        lex = self.lex
        if words[0].lower() not in lex.common_words:
            return False
        for w in words[1:]:  # (a loop: a generator over ``self`` made it a cell at every call)
            if not self._common_last(w):
                return False
        return True

    def _common_last(self, w: str) -> bool:
        """True when ``w``, the last word of a run, is a dictionary word and no listed surname or first name."""
        lex = self.lex
        return w.lower() in lex.common_words and w not in lex.surnames and w not in lex.first_names

    def _table_noise(self, words: Sequence[str], toks: Sequence[_Tok]) -> bool:
        """True for the furniture of tables and financial reports, never a name.

        Column heads and units ("PCT GB", "EPS"), clipped abbreviations without
        a vowel ("Chg", "Shr", "Bldg"), short codes of letters and a number
        ("M1", "H1", "C-4") and field labels in capitals that are plain English
        words ("PAYING AGENT", "ORDERS"). Listed names are looked up before this.
        """
        if len(words) == 1:
            w = words[0]
            if len(w) <= 5:
                if w[1:].islower() and not _VOWELS.intersection(w.lower()):
                    return True  # "Chg", "Shrs", "Bldg": an abbreviation, not a name
                if w[-1].isdigit():
                    head = w.rstrip("0123456789").rstrip("-")
                    if 1 <= len(head) <= 2 and head.isalpha() and head.isupper() and w[len(head):].lstrip("-").isdigit():
                        return True  # "M1", "H1", "Q2", "C-4": a code
            if w[-1].isdigit() and "-" in w and w.rsplit("-", 1)[0].lower() in self.lex.common_words \
                    and w.rsplit("-", 1)[1].isdigit():
                return True  # "Under-21", "Over-35", "Top-10": an age group or a ranking, not a name
        if not toks[0].is_upper:
            return False
        for w in words:  # (loops, no generators)
            if not (w in _ACRONYM_NOUNS or (w.endswith("s") and w[:-1] in _ACRONYM_NOUNS)):
                break
        else:
            return True
        for t in toks:
            if not t.is_upper:
                return False
        return _all_common(words, self.lex.common_words)

    def _plural_phrase(self, words: Sequence[str]) -> bool:
        """True for one to three common words ending in a plural noun: "Cubs", "Blue Jays", "All Blacks".

        Not a count ("Six Nations": a competition) nor a person ("Tiger Woods").

        Outside a sports report such a run is a heading or a group of people
        ("Refugees"); in one it names a team (see :func:`.teams._mark_teams`).
        """
        lex = self.lex
        last = words[-1].lower()
        if not 1 <= len(words) <= 3 or len(last) < 3 or last[-1] != "s" or last[-2] == "s" \
                or words[-1] in lex.demonyms or words[-1] in lex.org_words or words[-1] in lex.surnames \
                or not lex.first_names.keys().isdisjoint(words) or words[0].lower() in _NUMBER_WORDS \
                or (len(words) == 1 and words[0].isupper()):
            return False  # (a lone word in capitals is an acronym: "EDS", "ABS", not a plural noun)
        singular = last[:-3] + "y" if last.endswith("ies") else last[:-1]
        common = lex.common_words  # (set tests, no generator over ``lex``: it made ``lex`` a cell at every call)
        return last in common and (singular in common or last[:-2] in common) \
            and common.issuperset(map(str.lower, words[:-1])) and lex.demonyms.keys().isdisjoint(words[:-1])

    def _org_like(self, words: Sequence[str]) -> bool:
        lex = self.lex
        if words and words[-1][-1:] == "." and words[-1][:-1] in lex.org_words:
            return True  # an abbreviated company word with its period: "Michigan Corp.", "Acme Ltd."
        return not lex.org_words.isdisjoint(words) or "&" in "".join(words) or (len(words) > 1 and (
            self._org_plural(words[-1]) or words[-2] + words[-1].lower() in lex.org_words  # "Delta Air Lines"
            or self._trade_name(words)))

    def _group_after(self, toks: list[_Tok], a: int, b: int) -> bool:
        """True when what follows ``toks[a:b]`` makes it a group's name: a member's role noun and the member
        ("Motley Crue guitarist Mick Mars"), or a plural verb after a singular last word ("Snow Patrol are").

        A run of dictionary words is a title of a work ("Desperate Housewives") and a common word opening
        the sentence is not part of the name after it ("Smiling Kate Hudson"), unless this says otherwise.
        """
        n = len(toks)
        if b + 1 >= n or toks[b].kind != "word":
            return False
        nxt = toks[b].text
        if nxt in self.lex.role_nouns:
            return toks[b + 1].is_cap and toks[b + 1].kind == "word"
        return nxt in _PLURAL_VERBS and not toks[b - 1].text.endswith("s") \
            and (a == 0 or toks[a - 1].text.lower() not in _NOT_SUBJECT)

    def _trade_name(self, words: Sequence[str]) -> bool:
        """True for a business's trading name: two words or more ending in a trade or shop noun ("Harbour Bakery",
        "Bell Plumbing", "Tidewater Lines"), not a first name and a listed surname ("Ruth Kitchen", a person)."""
        lex = self.lex
        return len(words) > 1 and words[-1] in lex.trade_words and "of" not in words \
            and not (len(words) == 2 and words[0] in lex.first_names and words[-1] in lex.surnames)

    def _speaking_pair(self, toks: list[_Tok], a: int, b: int) -> bool:
        """True for two dictionary words opening a sentence that speak (:func:`.agents.speaks`): "Age Concern says"
        is one name, though a common word opening a sentence is mostly not part of the name after it
        ("Smiling Kate Hudson"); not after a stop word or an adverb ("Later Parliament said")."""
        lex = self.lex
        w0, w1 = toks[a].text, toks[a + 1].text
        return b - a == 2 and w1.lower() in lex.common_words and w1 not in lex.surnames and w1 not in lex.first_names \
            and w0.lower() not in lex.stop_words and not w0.endswith(("ly", "ing", "ed")) and speaks(toks, a, b)

    def _org_plural(self, w: str) -> bool:
        """True for the plural of an organisation word ending a name: "British Universities", "Royal
        Associations" (not a listed surname: "Tony Banks")."""
        lex = self.lex
        return len(w) > 4 and w[-1] == "s" and w not in lex.surnames and w not in lex.first_names \
            and (w[:-1] in lex.org_words or (w.endswith("ies") and w[:-3] + "y" in lex.org_words))

    def _loc_like(self, words: Sequence[str]) -> bool:
        lex = self.lex
        return (len(words) > 1 and (words[-1] in lex.loc_last or words[0].rstrip(".") in lex.loc_first
                                    or self._compass_place(words)))

    def _compass_place(self, words: Sequence[str]) -> bool:
        """True for a compass adjective before a place word or a listed place that is no country: "Northern
        Cape", "Eastern Cape", "East Stirling" name a region or a town ("Northern Rock": no place after it;
        "Northern Iraq": a part of a country, the country is the name)."""
        if len(words) != 2 or words[0] not in _COMPASS:
            return False
        typ, key = self.lex.gazetteer.get(_norm(words[1]), ("", ""))
        return words[1] in self.lex.loc_first or (typ == "LOC" and key not in self.lex.countries)

    def _constituency(self, w: str) -> bool:
        """True for a listed town or county, no country nor first name, that a compass word follows: "Bristol
        West", "Sheffield Central" name an electoral seat or a part of a town, a place ("Adam West": a first name
        before it is a person's; the caller also reads the context: "Kanye West", Kanye is a town too)."""
        lex = self.lex
        typ, key = lex.gazetteer.get(_norm(w), ("", ""))
        return typ == "LOC" and key not in lex.countries and w not in lex.first_names

    def _place_context(self, toks: list[_Tok], a: int, b: int) -> bool:
        """True when ``toks[a:b]`` follows a preposition of place ("in", "at") or a colon, or stands in a
        list of seats (the item before or after it ends with a compass word too: "Bristol West, Sheffield Central
        and Oxford East"; not "Jay-Z, Kanye West and Rihanna" nor "Mae West and Kanye West"). Not before a
        possessive: in "in Kanye West's album" the preposition's object is the album, the name is its owner."""
        prev = toks[a - 1].text if a else ""
        if prev in _PLACE_PREV and b < len(toks) and toks[b].text in ("'s", "’s", "'", "’"):
            return False
        if prev in (",", "and"):
            listed = a >= 3 and toks[a - 2].text in _COMPASS_ALL and self._constituency(toks[a - 3].text)
        elif b + 2 < len(toks) and toks[b].text in (",", "and"):
            listed = (toks[b + 2].text in _COMPASS_ALL and self._constituency(toks[b + 1].text)) or prev in _PLACE_PREV
        else:
            listed = prev in _PLACE_PREV
        return listed

    def _before_region(self, toks: list[_Tok], a: int, b: int) -> bool:
        """True for a lone capitalised word, no listed name, before a comma and a listed place that ends the
        run of names: "Barnston, Wirral", "Tarporley, Cheshire" (a town and its region or country)."""
        lex = self.lex
        w = toks[a].text
        if b + 1 >= len(toks) or toks[b].text != "," or toks[a].is_upper or w in lex.first_names or w in lex.surnames \
                or w.lower() in lex.common_words or (a > 0 and toks[a - 1].text == ","):
            return False  # not inside a list of names ("France, Germany, Italy")
        return self._region_follows(toks, b)

    def _town_before_region(self, words: Sequence[str], toks: list[_Tok], a: int, b: int) -> bool:
        """True for two words, no first name, after "from", "in" or "near" and before a comma and a listed place:
        "from Curry Rivel, Somerset", "in Long Itchington, Warwickshire" (a village and its county)."""
        if len(words) != 2 or a == 0 or toks[a - 1].text not in ("from", "in", "near") or words[0] in self.lex.first_names:
            return False
        return self._region_follows(toks, b)

    def _region_follows(self, toks: list[_Tok], b: int) -> bool:
        """True when a comma and a listed place that ends the run of names follow position ``b``."""
        if b + 1 >= len(toks) or toks[b].text != ",":
            return False
        nxt = toks[b + 1]
        if nxt.kind != "word" or not nxt.is_cap or (b + 2 < len(toks) and toks[b + 2].is_cap):
            return False
        return self.lex.gazetteer.get(_norm(nxt.text), ("",))[0] == "LOC"

    def _award_name(self, toks: list[_Tok], a: int, b: int) -> bool:
        """True for the name of an award, not an actor: a run before "award", "prize", "nomination"
        ("a Golden Globe award", "his Emmy nomination"). Listed names never get here (the gazetteer is read first)."""
        return b < len(toks) and toks[b].text in _AWARD_NOUNS and not toks[a].is_upper

    def _initials_and_surname(self, words: Sequence[str], toks: list[_Tok], a: int, b: int) -> bool:
        """True for two capital letters written as initials before a surname (listed, Gaelic "Mc"/"O'",
        or read as a person by the tagger): "AP McCoy", "JK Rowling", even when the letters are also a
        listed acronym ("AP")."""
        w0, w1 = words[0], words[-1]
        if len(words) != 2 or len(w0) != 2 or not w0.isupper() or not w1[:1].isupper() or w1.isupper() \
                or w1 in self.lex.org_words:
            return False
        return w1 in self.lex.surnames or w1.startswith(("Mc", "O'", "O’")) \
            or (w1.lower() not in self.lex.common_words and self._name_type(toks, a, b) == "PER")

    def _regnal_name(self, words: Sequence[str]) -> bool:
        """True for the words before a ruler's number: no dictionary or organisation word (a title or a first name
        allowed), the last no listed place ("Oba Ewuare", "Ramesses", "King Charles"; not "Vatican", "Super Bowl")."""
        lex = self.lex
        return _norm(words[-1]) not in lex.gazetteer and all(
            (w in lex.titles or w in lex.first_names or w.lower() not in lex.common_words) and w not in lex.org_words
            and w not in lex.loc_last and w not in lex.event_words and w[1:].islower() for w in words)

    def _type_of(self, words: list[str], toks: list[_Tok], a: int, b: int) -> tuple[str | None, str]:
        lex = self.lex
        n = len(words)
        while n > 1 and words[n - 1].rstrip(".") in _ROMAN:
            n -= 1  # "World War I.", "Super Bowl XL": an event's number
        if (words[n - 1] in lex.event_words and not (n == 2 and named_person(words, lex, toks[a - 1].text if a else ""))) \
                or (n > 1 and " ".join(words[n - 2:n]) in lex.event_words) or words[0] == "Operation" \
                or (n > 2 and words[1] == "of" and words[0] in lex.event_words) \
                or ("-" in words[n - 1] and words[n - 1].rsplit("-", 1)[1] in lex.event_words):  # "DFB-Pokal", "Euro-Cup"
            return None, "misc"
        if n > 1 and words[n - 1] in _STAGES and (n < len(words) or (b < len(toks) and toks[b].kind == "word"
                                                                      and len(toks[b].text) == 1 and toks[b].text.isupper())):
            return None, "misc"  # "World Group II", "Group B", "Division I": a stage of a competition
        n = len(words)
        if lex.noise.issuperset(words):
            return None, "misc"
        if b < len(toks) and toks[b].text in _AWARD_NOUNS and self._award_name(toks, a, b):
            return None, "misc"
        if n == 1 and (words[0] in _LONE_NOISE or words[0] in lex.org_words or words[0] in lex.loc_last
                       or self._org_plural(words[0])):
            return None, "misc"  # "South", "Office", "Stadium", "Organisations" alone are not names
        if n > 1 and words[-1] in _OFFICE_ENDS:
            return None, "misc"  # "Board Chair", "FAA Administrator" with no name after: a role, no actor
        if n > 1 and words[-1].lower() in _NUMBER_WORDS:
            return "ORG", "name"  # a named group: "Guildford Four", "Birmingham Six"
        if n > 1 and lex.gazetteer.get(_norm(words[0]), ("", ""))[0] == "ORG":
            if self._initials_and_surname(words, toks, a, b):
                return "PER", "name"  # "AP McCoy": initials, not the listed acronym
            if n == 2 and words[0] in lex.first_names and self._surname_like(words[1]):
                return "PER", "name"  # "Milan Baros", "Chelsea Clinton": a first name that is also a club's, and a surname
            return "ORG", "name"  # "BBC Northern Ireland", "Google News"
        if 1 < n <= 3 and words[0] not in lex.first_names and lex.gazetteer.get(_norm(words[-1]), ("", ""))[0] == "ORG":
            return "ORG", "name"  # "Reynard Honda", "Penske Mercedes-Benz": a maker named with its engine supplier
        if n > 1 and words[-2] in _ROADS and words[-1].isdigit():
            return "LOC", "name"  # "U.S. Highway 36", "Route 66": a road
        if "&" in "".join(words) or "num" in map(_KIND, toks[a:b]):
            return "ORG", "name"  # "P&O Cruises", "Radio 4"
        if n > 1 and words[-1].replace(".", "") in _LEGAL_FORMS:
            return "ORG", "name"  # "NationsBank Corp.", "Cofinec S.A.", "Pirelli SpA": a company's legal form
        if self._place_and_plural(words):
            return "ORG", "name"  # "Seattle Mariners", "Kansas City Royals": a place and a plural noun is a team
        if n > 1 and words[0] in lex.first_names and a > 0 and toks[a - 1].text.lower() == "the" and self._plural_end(words[-1]):
            return "ORG", "name"  # "the Cleveland Indians", "the Houston Astros": "the" and a plural, not a person
        if n > 2 and words[0] in _ROMANCE_PLACE_HEADS and words[1] in _NAME_PARTICLES:
            return "LOC", "name"  # "Parc des Sports Aguilera", "Estadio de la Ceramica": a ground, a square, a place
        if n > 1 and words[-1] in _MONUMENT_ENDS and "of" not in words:
            return "LOC", "name"  # "Martin Place War Memorial", "Lincoln Memorial": a monument, a place
        if n > 1 and words[-1] in _ROAD_ENDS:
            return "LOC", "name"  # "Bruce Highway", "Market St": a road, a place
        if n > 1 and words[-1] in _LANDFORM_ENDS and "of" not in words:
            return "LOC", "name"  # "Blake Plateau", "Permian Basin": a landform, a place
        if n == 2 and words[1] in _STREET_ENDS and words[0].lower() in lex.common_words and words[0] not in lex.first_names:
            return "LOC", "name"  # "of Mill Lane, Ashbridge": a street of an address
        if n > 1 and words[-1] in _REGNAL and self._regnal_name(words[:-1]):
            return "PER", "name"  # "Oba Ewuare II", "Ramesses II": a ruler's name and number
        if n > 1 and len(words[-1]) > 6 and words[-1].endswith("ics") and words[-1] not in lex.surnames:
            return "ORG", "name"  # "Brantis Biologics", "Trelby Genomics": a field of science names a firm
        if n == 2 and words[1] in lex.surnames and a > 0 and toks[a - 1].text in lex.role_nouns:
            return "PER", "name"  # "Counterpoint analyst Jene Park": a role noun before a name and a listed surname
        if n > 1 and words[-1] in lex.trade_words and self._trade_name(words):
            return "ORG", "name"  # "Riverside Garage", "Bell Plumbing": a trade's noun ends a business's name
        if n > 2 and words[-1] in _STAGE_VENUE_ENDS and words[0] in lex.first_names and words[-2] not in lex.first_names \
                and words[-2] not in lex.surnames and words[-2].lower() in lex.common_words:
            return "LOC", "name"  # "Royal Opera House", "Grand Concert Hall": a venue, not a person called Royal
        if n > 1 and words[0] in lex.first_names and lex.org_words.isdisjoint(words[1:]) and "of" not in words \
                and words[-1] not in lex.loc_last and words[-2] + words[-1].lower() not in lex.org_words:
            # (An organisation word inside the run too: "Max Planck Institute for Astronomy" is no person.)
            if self._word_pair(words) and self._model_type(toks, a, b) != "PER" \
                    and not (pronoun_next(toks, b) and not (a > 0 and toks[a - 1].text in _OWNERS)):
                # ("his Crystal Palace team-mates after he scored": a run after an owner's word modifies a noun;
                # the "he" takes up the owner)
                # Unless the tagger reads a person from the context and the affixes ("Mark Oaten", "Heath Ledger"),
                # or "he" or "she" takes it up ("Hope Solo said she would play").
                return "ORG", "common"  # "Royal Mail", "Crystal Palace": an everyday first name and everyday words
            if n == 2 and self._common_last(words[1]) and words[1].endswith(_ADJ_ENDS):
                # "Augusta National", "Bella Olympic": a surname is never an adjective (a "he" or "she" later in the
                # sentence takes up someone else: "at Augusta National of seven months, he explained")
                return "ORG", "common"
            if not (self._common_last(words[-1]) and not _any_listed(words[1:-1], lex.gazetteer)
                    and self._model_type(toks, a, b) in ("ORG", "LOC") and not pronoun_next(toks, b)):
                return "PER", "name"  # (not "Delta Air Lines": an organisation word written in two)
            # A first name, then a dictionary noun no person's name ends in, read as a place or an organisation by
            # the tagger: the rest of the cascade types it ("the Cleveland Clinic", "Leighton Criminal Court Building";
            # not two names run together: "Crystal Palace Manchester City").
        if n > 2 and words[-1] in ("Centre", "Center") and not _VENUE_KINDS.isdisjoint(words[:-1]) \
                and "for" not in words and "of" not in words:
            return "LOC", "name"  # "Scottish Exhibition and Conference Centre", "Westgate Shopping Centre": a venue
        if n > 1 and words[-1] in _VENUE_ENDS and "of" not in words and words[0] not in lex.first_names:
            return "LOC", "name"  # "Boonies Bar", "Lackland Air Force Base": a building or a site, a place
        if n > 1 and words[-1] in ("Hospital", "Infirmary") and speaks(toks, a, b):
            return "ORG", "name"  # "Tallow Vale Hospital said": a hospital is a place, the one that speaks a body
        if self._org_like(words):
            return "ORG", "name"
        if n == 2 and words[1] in _COMPASS_ALL and self._constituency(words[0]) and self._place_context(toks, a, b):
            return "LOC", "name"  # "in Bristol West", "seats are: Bristol West, Sheffield Central": a seat or a part of a town
        if self._loc_like(words):
            return "LOC", "name"
        if n == 1:
            w = words[0]
            code = w.replace(".", "")
            if len(code) == 2 and code.isupper() and code.isalpha() and a >= 2 and toks[a - 1].text == "," \
                    and self.lex.gazetteer.get(_norm(toks[a - 2].text), ("",))[0] == "LOC":
                return "LOC", "name"  # "Washington, DC", "Washington, D.C.", "Portland, OR": a state's postal code
            if self._before_region(toks, a, b):
                return "LOC", "name"  # "of Barnston, Wirral": a town, then the listed region it lies in
            if toks[a].is_upper or toks[a].kind == "acr":
                return "ORG", "name"
            return letters_type(w, lex)
        if toks[a].is_upper and all(t.is_upper for t in toks[a:b]):  # (the first token first: no generator for most)
            return "ORG", "name"
        if n <= 3 and "of" not in words and "for" not in words:
            if lex.common_words.issuperset(map(str.lower, words)):
                if n == 2 and words[-1] in lex.surnames and self._name_type(toks, a, b) == "PER":
                    return "PER", "weak"  # a listed surname ends it and the tagger reads a person: "Tiger Woods shot 67"
                if self._group_after(toks, a, b):
                    return "ORG", "name"  # "Snow Patrol are", "Snow Patrol bassist Mark Lee": a band or a team
                if acted_on(toks, a, b):
                    return "ORG", "name"  # "Age Concern says", "fined Ardent Rail": a work does not speak nor is fined
                if lex.gazetteer.get(_norm(" ".join(words)) + "s", ("",))[0] == "ORG":
                    return "ORG", "name"  # "a Liberal Democrat spokesman": a listed party's member word names it
                return None, "misc"  # titles of works and products: "Desperate Housewives", "Smart Tags"
            if n == 3 and family_name_run(words, lex):
                return "PER", "weak"  # "Tan Boon Heng": a family name that is a common word, before two given names
            if words[0].lower() in lex.common_words and words[0] not in lex.first_names \
                    and (self._model_type(toks, a, b) != "PER" or lex.gazetteer.get(_norm(words[-1]), ("",))[0] == "LOC"):
                # Unless the tagger reads a person from the context and the affixes ("Chipper Jones singled").
                return "ORG", "common"  # "Royal Caribbean", "Ask Jeeves": a common word rarely starts a person's name
            if self._named_after_place(words) and not (self._plural_only(words) and self._model_type(toks, a, b) == "PER"):
                # (A place and a word that only ends in "s", read as a person by the tagger: "Leander Paes".)
                return "ORG", "name"  # "Warsaw Newsroom", "Chittagong Cement", "Boston Red Sox"
            if n == 2 and words[0] in _ARTICLES:
                return "ORG", "name"  # "Der Spiegel", "El Mundo", "Il Foglio": an article starts a title, not a person
            if self._common_last(words[-1]) and toks[a].kind != "init" and words[-1].rstrip(".") not in _ROMAN:
                return "ORG", "name"  # "Halvorsen Dynamics", "Pirelli Cables": a person's name rarely ends in a noun
            if self._town_before_region(words, toks, a, b):
                return "LOC", "name"  # "from Curry Rivel, Somerset": a village, then its county
            return "PER", "weak"
        if _name_words(words, lex.common_words) \
                and self._name_type(toks, a, b) == "PER":
            return "PER", "weak"  # "Aung San Suu Kyi", "Joost van der Westhuizen": the tagger reads a long person's name
        if "of" in words and self._model_type(toks, a, b) == "LOC":
            return "LOC", "name"  # "Hollywood Walk of Fame": no word says what it is; the tagger reads a place
        return "ORG", "name"


#: Possessive determiners: a run right after one is part of the noun phrase it owns ("his Crystal Palace team-mates").
_OWNERS = frozenset(["his", "her", "their", "its", "our", "my", "your"])
#: Endings of adjectives (a dictionary word with one, no listed surname, ends no person's name).
_ADJ_ENDS = ("al", "ic", "ous", "ive")


def _any_listed(words: Sequence[str], gazetteer: dict) -> bool:
    """True when a word of ``words`` is a listed name (functions of their own, these: a generator in
    :meth:`_ShapeRules._type_of` made its locals cells at each of its 3,000 calls in 100k words)."""
    for w in words:
        if _norm(w) in gazetteer:
            return True
    return False


def letters_type(w: str, lex: _Lexicon) -> tuple[str | None, str]:
    """The type of a one-word run from its word's letters alone, the last of :meth:`_ShapeRules._type_of`'s rules for
    one word (also read by :meth:`.one_word_types._OneWordTypes._one_word_shape`)."""
    cut = 0 if w[2:-2].islower() else _camel_cut(w)  # a cheap first test: no capital inside the word
    if cut and w[cut:] in lex.loc_last and w[:cut].isalpha():
        return "LOC", "name"  # "BayArena", "CityStadium": a place's last word written into one word
    if not w.isalpha() and any(map(str.isdigit, w)):  # letters only: no digit (a cheap first test)
        return "ORG", "name"
    if "-" in w and not _HYPHEN_PLACE_LINKS.isdisjoint(w.split("-")[1:-1]):
        return "LOC", "name"  # "Port-au-Prince", "Aix-en-Provence", "Stratford-upon-Avon": a town's name
    if len(w) > 6 and w.endswith("bank") and w.lower() not in lex.common_words:
        return "ORG", "name"  # "Commerzbank", "Rabobank", "Nordbank": a bank's name written as one word
    return None, "name"


def _camel_cut(w: str) -> int:
    """The last index ``i`` (2 <= i < len(w) - 2) of a capital after a lowercase letter in ``w`` ("BayArena": 3), else 0."""
    for i in range(len(w) - 3, 1, -1):
        if w[i].isupper() and w[i - 1].islower():
            return i
    return 0


def _name_words(words: Sequence[str], common: frozenset[str]) -> bool:
    """True when every word is a name's particle ("van", "der") or capitalised and no dictionary word."""
    for w in words:
        if w not in _NAME_PARTICLES and not (w[:1].isupper() and w.lower() not in common):
            return False
    return True

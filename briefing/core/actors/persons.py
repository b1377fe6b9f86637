"""The finder's reading of person names' parts: hyphenated given names, first names that are also months
or nationalities, regnal numbers and the words that lead a title. A mixin of :class:`.finder._Finder`.
Also two tests of whether a name is a person's, read outside the finder: :func:`named_person` (a listed first
name and surname) and, by the resolver, :func:`reads_as_person` (a lone unknown word the tagger reads as a
person that a pronoun takes up).
"""

from __future__ import annotations

from .lexicon import _Lexicon, _norm
from .sentence import _TITLE_QUALIFIERS
from .tokens import _NAME_PARTICLES, _Tok

#: Second parts of hyphenated adjectives made from a name ("Tokyo-based", "Bush-era"): no given name.
_HYPHEN_ADJECTIVES = frozenset(["born", "led", "run", "made", "wide", "held", "bred", "free", "like", "only", "type",
                                "size", "era", "area", "zone", "bound", "owned", "style", "day", "year", "based"])

#: Relatives' nouns for one person, before a name ("his wife Naina"), and the words that say whose.
_SINGLE_KIN = frozenset(["wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "widow",
                         "widower", "niece", "nephew", "granddaughter", "grandson", "grandmother", "grandfather",
                         "cousin", "aunt", "uncle", "fiancee", "fiancée", "fiance", "girlfriend", "boyfriend",
                         "stepson", "stepdaughter"])
_KIN_OWNERS = frozenset(["his", "her", "their", "my", "your", "our", "whose", "late", "former", "eldest", "youngest",
                         "elder", "younger", "older", "first", "second", "new", "estranged"])

#: Nouns of performers and artists before a lone stage name or a "The X" one: "rapper The Game", "U2 frontman
#: Bono", "singer Adele" (a person, whatever the name's own words are: a common word, a listed town).
_STAGE_NOUNS = frozenset(["rapper", "singer", "singer-songwriter", "songwriter", "frontman", "frontwoman", "vocalist",
                          "guitarist", "drummer", "bassist", "keyboardist", "pianist", "DJ", "comedian", "comic",
                          "actor", "actress", "protege", "protégé", "star", "popstar", "superstar", "model"])
#: The words before a name that :meth:`_PersonRules._person_cue` reads (lowercased; a quick first test).
_PERSON_CUE_PREV = frozenset({w.lower() for w in _SINGLE_KIN | _STAGE_NOUNS} | {"the", "b", "c", "st"})
#: Works only a person writes or composes: a name owning one is its author ("Bizet's opera Carmen").
_AUTHORED = frozenset(["opera", "operas", "symphony", "symphonies", "concerto", "sonata", "novel", "novels", "poem",
                       "poems", "sonnet", "sonnets", "memoir", "memoirs", "autobiography", "libretto", "oratorio"])
#: The words after a name that :meth:`_PersonRules._person_cue` reads (a quick first test).
_PERSON_CUE_NEXT = frozenset(["'s", "’s"])

#: Epithets after "the" that complete a person's name: "William Pitt the Younger", "Alfred the Great".
_EPITHETS = frozenset(["Younger", "Elder", "Great", "Conqueror", "Confessor", "Magnificent", "Terrible", "Bold",
                       "Pious", "Venerable", "Lionheart", "Navigator"])


def epithet_end(toks: list[_Tok], j: int) -> int:
    """Return the end of "the" + epithet at ``toks[j]`` after a name ("Pitt the Younger"), else 0.

    A capital after the epithet means another name runs on ("the Great Lakes"): no epithet then.
    """
    n = len(toks)
    if toks[j].text == "the" and j + 1 < n and toks[j + 1].text in _EPITHETS \
            and (j + 2 == n or not toks[j + 2].is_cap):
        return j + 2
    return 0


#: An age written in figures that ends the sentence, as one token: "Kadiza Sultana, 16." (a person); or with the
#: comma that closes the aside glued to it, as the tokenizer keeps it: "Castellan, 47, denies".
_AGES_END = frozenset(f"{k}{end}" for k in range(1, 100) for end in ".,")

#: Words before a month or a weekday ("to June", "last Sunday").
_DATE_PREPS = frozenset(["the", "in", "on", "since", "until", "till", "by", "to", "from", "last", "next", "early", "late", "mid",
                         "of", "through", "between", "and", "or", "-", "this", "every", "each", "before", "after", "during"])

#: Words that follow the pronoun "I" ("Sam I am"): a final "I" before them is no regnal number.
_PRONOUN_VERBS = frozenset(["am", "was", "have", "had", "think", "thought", "know", "knew", "want", "wanted", "will",
                            "would", "can", "could", "do", "did", "don't", "feel", "felt", "believe", "hope", "love",
                            "said", "say", "must", "should", "'m", "'ve", "'ll", "'d", "m", "ve", "ll", "d", "just"])


def person_after_amp(lex: _Lexicon, toks: list[_Tok], j: int) -> bool:
    """True when the "&" at ``j`` joins two acts, the one after it a person named in two words.

    "Mary Lake & Tom Ross", "Ludacris & Lil Jon": the right side starts with a first name or ends with a first
    name or surname, and has no organisation or place word. A company's "&" has one word after it ("Marks &
    Spencer", "Standard & Poor's") or ends in an organisation word ("Marks & Spencer Group").
    """
    n = len(toks)
    if j + 3 > n or not toks[j + 2].is_cap or (j + 3 < n and toks[j + 3].is_cap) or j < 1 or not toks[j - 1].is_cap:
        return False
    w1, w2 = toks[j + 1].text, toks[j + 2].text
    if toks[j + 1].kind != "word" or toks[j + 2].kind != "word" or toks[j + 1].is_upper or toks[j + 2].is_upper:
        return False
    if any(w in lex.org_words or w in lex.loc_last for w in (w1, w2)) or _norm(f"{w1} {w2}") in lex.gazetteer:
        return False
    return w1 in lex.first_names or w2 in lex.first_names or w2 in lex.surnames


class _PersonRules:
    """Rules over the parts of a person's name; needs ``self.lex``."""

    lex: _Lexicon

    @staticmethod
    def _person_cue(toks: list[_Tok], a: int, b: int) -> bool:
        """True when the words around ``toks[a:b]`` make it a person whatever its own words say.

        A relative's noun before it ("his wife Naina", "son Bertil"); a cricket dismissal ("c Vaas
        b Chandana", "lbw b Akram": a lone "c", "b" or "st" after a name or "lbw"); bowling figures
        after it ("Vaas 7-0-29-0": overs, maidens, runs, wickets); a work only a person makes owned by it
        ("Bizet's opera").
        """
        if a > 0:
            prev = toks[a - 1].text
            if prev in _SINGLE_KIN and (a < 2 or toks[a - 2].text.lower() in _KIN_OWNERS or toks[a - 2].text in ("'s", "’s")):
                return True
            if b - a == 1 and (prev in _STAGE_NOUNS or (prev == "The" and a > 1 and toks[a - 2].text in _STAGE_NOUNS)):
                return True  # "frontman Bono", "rapper The Game"
            if prev in ("b", "c", "st") and a >= 2 and (toks[a - 2].is_cap or toks[a - 2].text in ("lbw", "&")):
                return True
        if b + 1 < len(toks) and toks[b].text in _PERSON_CUE_NEXT and toks[b + 1].text in _AUTHORED:
            return True  # "Bizet's opera Carmen": the author of a work
        if b + 6 < len(toks) and toks[b].kind == "num":
            return _bowling_figures(toks, b)
        return False

    def _given_name_part(self, t: _Tok, prev: _Tok) -> bool:
        """True for the hyphenated given name after a short surname: "In-so" in "Kim In-so", "Shui-bian".

        Such a word is not capitalised like a name part ("Oscar-nominated" is an adjective), so the
        run would stop before it; the short lowercase second part that no adjective ends with tells them apart.
        """
        w = t.text
        if t.is_cap or not w[:1].isupper() or w.count("-") != 1 or not prev.is_cap or prev.kind != "word" \
                or prev.is_upper or len(prev.text) > 6:
            return False
        head, tail = w.split("-")
        # A five-letter syllable ends in "ng" ("Jae-myung", "Sang-hyung"), never in an "-ing" form.
        return head.isalpha() and len(head) <= 5 and tail.isalpha() and tail.islower() \
            and (2 <= len(tail) <= 4 or (len(tail) == 5 and tail.endswith("ng") and not tail.endswith("ing"))) \
            and tail not in _HYPHEN_ADJECTIVES

    def _first_name_before_name(self, toks: list[_Tok], a: int, b: int) -> bool:
        """True when a first name that is also a month or a nationality ("Jan", "Christian") starts a person's name.
        A name particle and a capital after it make a surname too: "Jan ter Horst".

        The next word is another first name ("Jan Allan Mueller") or a capitalised word no dictionary,
        list of places or list of noise words knows ("Jan Kroslak", "Christian Arrue"); "Jan 5",
        "Christian Democrats" and "Sunday Times" are no people.
        """
        lex = self.lex
        if a + 1 >= b or toks[a].text not in lex.first_names:
            return False
        if toks[a].text in lex.noise and a > 0 and toks[a - 1].text.lower() in _DATE_PREPS:
            return False  # "From January to June Comelf exported": a month, then a name
        nxt = toks[a + 1]
        k = a + 1
        while k < b - 1 and k < a + 3 and toks[k].text in _NAME_PARTICLES:
            k += 1
        if k > a + 1 and toks[k].is_cap and not toks[k].is_upper:
            return True  # "Jan ter Horst", "Jan van der Berg": a surname's particle follows a first name, no date
        if nxt.kind != "word" or not nxt.is_cap or nxt.is_upper:
            return False
        w = nxt.text
        return w in lex.first_names or (w.lower() not in lex.common_words and w.lower() not in lex.stop_words
                                        and w not in lex.noise and w not in lex.demonyms and w not in lex.org_words
                                        and _norm(w) not in lex.gazetteer)

    def _regnal(self, toks: list[_Tok], a: int, b: int) -> bool:
        """True when a final "I" is a regnal number: "Queen Elizabeth I", "Pedro I became emperor"; not "Sam I am"."""
        if b - a < 2 or toks[b - 1].text != "I" or toks[b - 2].kind != "word":
            return False
        if not (b - 2 == a and toks[a].text in self.lex.first_names) and not (b - 3 >= a and toks[b - 3].text in self.lex.titles):
            return False  # a lone first name ("Pedro I") or a title and a name ("King Baudouin I")
        return b >= len(toks) or toks[b].text.lower() not in _PRONOUN_VERBS

    def _letter_name(self, toks: list[_Tok], a: int, b: int) -> bool:
        """True when ``toks[a:b]`` is a first name and one capital letter, a stage name: "Melanie C", "Jay Z".

        Not "Plan B" (no first name), not "Sam I" (see :meth:`_regnal`) nor "A", not an initial before a surname.
        """
        if b - a != 2 or toks[a].text not in self.lex.first_names:
            return False
        w = toks[b - 1].text
        if len(w) != 1 or not w.isupper() or w in ("I", "A"):
            return False
        return b >= len(toks) or (toks[b].text != "." and not toks[b].is_cap)

    def _title_qualifier(self, w: str) -> bool:
        """True for a word that leads a title: "Defence" (Minister), "Co-Premiers", "Presidents" (a plural title)."""
        if w in _TITLE_QUALIFIERS:
            return True
        if w[:3] in ("Co-", "Ex-"):
            w = w[3:]
        return w in self.lex.titles or (w[-1:] == "s" and w[:-1] in self.lex.titles)


#: Words before a day's name that say it is a date: "on Columbus Day", "since Boxing Day".
_DAY_PREPS = frozenset(["on", "since", "until", "till", "before", "after", "this", "last", "next", "every", "during"])


def named_person(tokens: tuple[str, ...] | list[str], lex: _Lexicon, prev: str = "") -> bool:
    """True for two words, a listed first name and a listed surname, that read as a person even when the
    surname is an event's word: "Doris Day", "Ann Masters" (not "Columbus Day" after "on", nor a listed place first).
    ``prev`` is the word before them."""
    return len(tokens) == 2 and tokens[0] in lex.first_names and tokens[1] in lex.surnames and prev.lower() not in _DAY_PREPS \
        and _norm(tokens[0]) not in lex.gazetteer and tokens[0].lower() not in lex.common_words


#: Pronouns that take up a person named just before them ("Juninho could reconsider his future").
_PERSON_PRONOUNS = frozenset(["he", "his", "him", "himself", "she", "her", "hers", "herself"])


def pronoun_next(toks, b: int) -> bool:
    """True when a gendered pronoun follows ``toks[b - 1]`` within twelve tokens, before any capitalised word or
    "it"/"its"/"they" (which the pronoun would take up instead): "Hope Solo said she would play"."""
    for t in toks[b:b + 12]:
        w = t.text
        if w in _PERSON_PRONOUNS:
            return True
        if t.is_cap or w in ("it", "its", "they", "their", "them"):
            return False
    return False


def _pronoun_after(x, texts: list[str]) -> bool:
    """True when a gendered pronoun follows the mention in its sentence within twelve words, before any other
    capitalised word or "it"/"its" (which would be the one it takes up)."""
    if x.sentence < 0 or x.sentence >= len(texts):
        return False
    for w in texts[x.sentence][x.end:x.end + 90].split()[:12]:
        w = w.strip(".,;:!?\"'()")
        if w in _PERSON_PRONOUNS:
            return True
        if w[:1].isupper() or w in ("it", "its", "they", "their", "them"):
            return False
    return False


def reads_as_person(uses: list, texts: list[str]) -> bool:
    """True when the statistical tagger reads a lone unknown word as a person in two or more of its uses and as
    an organisation or a place in fewer, a gendered pronoun takes it up in one of them ("Juninho could
    reconsider his future") and no use is cued as an organisation, a team or a market name: the word is a
    person's name, not the resolver's default organisation. ``uses``: the word's first mentions."""
    if any(x.org_cue or x.team or x.market_cue or x.side_cue for x in uses):
        return False
    people = others = 0
    for i, x in enumerate(uses):
        if people + len(uses) - i < 2:
            return False  # the rest cannot make two (the tagger not asked of them)
        t = x.model_type
        people += t == "PER"
        others += t in ("ORG", "LOC")
    return people >= 2 and people > others and any(_pronoun_after(x, texts) for x in uses)


def _bowling_figures(toks: list[_Tok], b: int) -> bool:
    """True when ``toks[b + 1:b + 7]`` read "-", a number, "-", a number, "-", a number ("7-0-29-0" after its first
    number): a function of its own, since a generator over ``toks`` and ``b`` made them cells at every call of
    :meth:`_PersonRules._person_cue` (2,000 in 100k words)."""
    for k in range(1, 7):
        t = toks[b + k]
        if (t.text != "-") if k % 2 else (t.kind != "num"):
            return False
    return True

"""Attribution frames and negation: what a sentence claims, told apart from who is said to claim it.

"Fire chief Maria Okonkwo said the cause was still under investigation" and
"Fire chief Maria Okonkwo said investigators had found that the fire began in a
café kitchen" share their *attribution frame* (speaker, title, speech verb) and
make two different claims. :func:`frame_flags` marks the words of a sentence that
belong to such a frame, so that the similarity can weigh them little
(:data:`FRAME_WEIGHT` in :mod:`.similarity`); the claim's own content words,
figures and negation decide. :func:`negated` tells a sentence that denies from
one that asserts ("no sign that chemicals leaked" against "chemicals leaked"); :func:`denied_flags` marks the words
a negation governs (its clause: "... by helicopter and none was injured" denies no rescue).

A frame is found around a speech verb ("said", "sagte", "a déclaré", "dijo",
"заявил", "заявив", "according to", in the six languages the app reads):

* the run of names, titles and roles written next to it ("Harbour master Tomas
  Brandt said", "said regional police chief Daniel Ferro", "Okonkwo told
  reporters"), with at most two other words inside the run ("fire" in "fire
  chief"), never across a comma;
* a short last clause that holds the verb near its end (", the city's fire
  service said on Wednesday.").

No regular expressions: words are read with ``str`` methods, in linear time.
"""

from __future__ import annotations

from functools import lru_cache

from .figures import _EDGE, figure

#: Speech and attribution words per language (lower case). "according"/"laut"/"selon"/"según"/"данным" open a
#: frame as a verb does ("according to the fire service").
SPEECH_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("said says say told tells added adds stated states according explained insisted claimed "
                    "noted confirmed confirms announced announces".split()),
    "de": frozenset("sagte sagt sagten erklärte erklärt erklärten teilte teilt teilten betonte betont laut zufolge "
                    "angaben bestätigte bestätigt kündigte berichtete".split()),
    "fr": frozenset("dit déclaré déclare affirmé affirme selon indiqué indique expliqué ajouté précisé estimé "
                    "annoncé confirmé".split()),
    "es": frozenset("dijo dice afirmó afirma declaró según explicó añadió indicó señaló aseguró anunció "
                    "confirmó".split()),
    "ru": frozenset("сказал сказала сказали заявил заявила заявили сообщил сообщила сообщили отметил отметила "
                    "добавил добавила данным согласно подтвердил подтвердила объявил объявила назвал назвала".split()),
    "uk": frozenset("сказав сказала сказали заявив заявила заявили повідомив повідомила повідомили зазначив "
                    "зазначила додав додала даними згідно підтвердив підтвердила оголосив назвав".split()),
}
#: The audience of a speech verb ("told reporters"), part of the frame.
AUDIENCE = frozenset("reporters journalists reportern journalisten journalistes periodistas журналистам "
                     "журналістам".split())
#: Words that deny ("not", "nicht", "pas", "no", "не", "ні"); a denial written before a figure ("not 8 billion as
#: first reported") corrects the figure and is no denial of the claim.
#: Verbs that deny all that follows them ("the company denied that the captain ignored a warning").
DENYING_VERBS = frozenset("denied denies deny denying dementierte dementiert bestritt bestreitet bestreiten démenti "
                          "dément démentent nié negó niega niegan desmintió desmiente опроверг опровергла "
                          "опровергли отрицает отрицал отрицала заперечив заперечила заперечує спростував "
                          "спростувала".split())
NEGATIONS = frozenset("not no never none nobody nothing neither nor cannot nicht kein keine keinen keinem keiner "
                      "keines nie niemals niemand nichts ne pas jamais aucun aucune rien nunca ningún ninguna "
                      "ninguno nadie nada jamás не нет никогда ничего никто ні ніколи нічого ніхто немає".split()
                      ) | DENYING_VERBS
#: Speech verbs read at each end of a sentence (a hostile line may hold thousands).
MAX_VERBS = 4
#: Most other words inside a run of names and titles ("fire" in "fire chief Maria Okonkwo").
MAX_INNER = 2
#: Longest last clause taken whole as a frame (", the city's fire service said on Wednesday").
MAX_TAIL = 7
#: Farthest a speech verb may stand from the end of such a clause.
TAIL_VERB_REACH = 3


@lru_cache(maxsize=64)
def _code(language: str) -> str:
    from ..model import language_code_of

    return language_code_of(language)


def _speech(word: str, code: str) -> bool:
    return word in SPEECH_WORDS.get(code, SPEECH_WORDS["en"]) or word in SPEECH_WORDS["en"]


@lru_cache(maxsize=8192)  # asked for every word of a frame run and every pair of people across sources
def role_word(word: str) -> bool:
    """Return True for a title or role noun of a supported language ("chancellor", "bundeskanzler", "ministro")."""
    from ..actors.lexicon import _lexicon
    from ..actors.lexicon_multilingual import RULES
    from ..actors.rules_kinds import german_role

    lex = _lexicon()
    return (word.capitalize() in lex.titles or word in lex.role_nouns or german_role(word)
            or any(word in r.role_nouns or word in r.titles for r in RULES.values()))


def _named(raw: str, word: str) -> bool:
    """Return True for a name, title, role or audience word of a frame run."""
    return word in AUDIENCE or raw[:1].isupper() or (word.isalpha() and role_word(word))


def _walk(flags: list[bool], raws: list[str], low: list[str], language: str, j: int, step: int,
          inside) -> tuple[int, list[int]]:
    """Walk from word ``j`` by ``step`` while ``inside(j)``, away from a speech verb: flag the names, titles and roles
    met, and the other words between two of them; stop after :data:`MAX_INNER` other words in a row. Return where
    the walk stopped and the other words after the last name met (not flagged)."""
    pending: list[int] = []
    while inside(j):
        if _named(raws[j], low[j]) and figure(low[j], language) is None:
            for p in pending:
                flags[p] = True
            pending = []
            flags[j] = True
        elif len(pending) < MAX_INNER:
            pending.append(j)
        else:
            break
        j += step
    return j, pending


def frame_flags(text: str, language: str = "en") -> list[tuple[str, bool]]:
    """Return the sentence's words (lower case, punctuation stripped, as :func:`~.figures.words`) each with True when
    it belongs to an attribution frame (module docstring)."""
    code = _code(language)
    raws, ends = [], []  # the word as written; True when a comma or other clause mark follows it
    for raw in text.split():
        w = raw.strip(_EDGE)
        if not w:
            if raws:
                ends[-1] = ends[-1] or any(ch in ",;:—–" for ch in raw)
            continue
        raws.append(w)
        tail = raw[raw.rfind(w) + len(w):] if len(raw) != len(w) else ""
        ends.append(bool(tail) and any(ch in ",;:—–\"“”«»" for ch in tail))
    low = [w.lower() for w in raws]
    flags = [False] * len(raws)
    verbs = [k for k, w in enumerate(low) if _speech(w, code)]
    if len(verbs) > 2 * MAX_VERBS:  # a real sentence has a few; a hostile line's thousands are not all read
        verbs = verbs[:MAX_VERBS] + verbs[-MAX_VERBS:]
    if not verbs:
        return list(zip(low, flags))
    for k in verbs:
        flags[k] = True
        # leftwards: names and titles, other words only inside the run or before it at the sentence start
        j, pending = _walk(flags, raws, low, language, k - 1, -1, lambda j: j >= 0 and not ends[j])
        if j < 0 and any(flags[:k]):  # "regional police chief Daniel Ferro said": the run opens the sentence
            for p in pending:
                flags[p] = True
        # rightwards, up to a clause mark
        _walk(flags, raws, low, language, k + 1, 1, lambda j: j < len(raws) and not ends[j - 1])
    # the last clause, short and with a speech verb near its end: ", the fire service said on Wednesday."
    start = max((k + 1 for k in range(len(raws) - 1) if ends[k]), default=0)
    if start and len(raws) - start <= MAX_TAIL and any(k >= start and len(raws) - 1 - k <= TAIL_VERB_REACH
                                                       for k in verbs):
        for k in range(start, len(raws)):
            flags[k] = True
    return list(zip(low, flags))


def negated(text: str, language: str = "en") -> bool:
    """Return True when the sentence denies something: a negation word ("not", "nicht", "не") or a word ending in
    "n't", not counting one written right before a figure ("not 8 billion as first reported")."""
    return any(denied_flags(text, language))


#: Words that open a coordinated clause, where a negation before them stops ("22 crew were taken off by helicopter
#: and none was injured": "none" denies the injuries, not the rescue).
CLAUSE_JOINS = frozenset("and but while whereas yet although though und aber doch während et mais tandis alors "
                         "y pero mientras aunque и но а хотя однако і але та проте".split())


def _negation_word(w: str) -> bool:
    return w in NEGATIONS or w.endswith(("n't", "n’t"))


def denied_flags(text: str, language: str = "en") -> list[bool]:
    """Return, for each word of the sentence (lower case, punctuation stripped, empty words left out as
    :func:`negated` reads them), True when a negation governs it: a negation word governs its clause, from the
    clause's start to a ";" or ":" or a word of :data:`CLAUSE_JOINS` ("and none was injured" denies no word before
    "and") or a comma splice (:func:`_splice_after`: "The port did not close, it reopened at noon"); a denying verb ("denied", "bestritt", "опроверг") all that follows it; a negation written right before a
    figure ("not 8 billion as first reported") corrects the figure and governs nothing. Linear in the words."""
    ws, stops, commas = [], [], []  # the words; True when a clause mark (";", ":") / a comma follows the word
    for raw in text.split():
        w = raw.strip(_EDGE).lower()
        if w:
            ws.append(w)
            stops.append(raw.rstrip("\"'”’»)").endswith((";", ":")))
            commas.append(raw.endswith(","))
        elif stops and any(ch in ";:" for ch in raw):
            stops[-1] = True
    for k, comma in enumerate(commas):  # a comma splice: ", it reopened at noon" opens a clause of its own
        if comma and not stops[k] and _splice_after(ws, k + 1):
            stops[k] = True
    flags = [False] * len(ws)
    start = 0
    negating = False
    for k, w in enumerate(ws):
        if w in CLAUSE_JOINS and k > start:
            _close(flags, start, k, negating)
            start, negating = k, False
        if _negation_word(w) and not (k + 1 < len(ws) and figure(ws[k + 1], language) is not None):
            if w in DENYING_VERBS:  # ("nie", French "denies", is German "never": a particle here)
                flags[k:] = [True] * (len(ws) - k)
                return flags
            negating = True
        if stops[k]:
            _close(flags, start, k + 1, negating)
            start, negating = k + 1, False
    _close(flags, start, len(ws), negating)
    return flags


#: Subject pronouns that open a clause after a comma ("The port did not close, it reopened at noon").
SUBJECT_PRONOUNS = frozenset("i he she it we they er sie es wir il elle ils elles on nous él ella ellos ellas "
                             "nosotros он она оно они мы він вона воно вони ми".split())
#: Articles that open a noun subject after a comma (", the ministers signed the deal").
SUBJECT_ARTICLES = frozenset("the der die das le la les el los las".split())
#: Finite verbs and auxiliaries that show a subject before them opens a clause (besides English "-ed" forms).
FINITE_VERBS = frozenset("is was were are has had have will would did does do can could must should said "
                         "ist war sind waren hat hatte haben hatten wird wurde wurden kann konnte sagte "
                         "est était sont étaient a ont avait avaient sera a dit "
                         "es era son eran ha han había habían será fue fueron está están dijo".split())
#: Farthest a finite verb may stand after the article of a noun subject (", the 40 passengers reached ...").
SUBJECT_REACH = 4


def _splice_after(ws: list[str], k: int) -> bool:
    """Return True when the words from ``k`` open a clause of their own: a subject pronoun and a word after it, or an
    article and, within :data:`SUBJECT_REACH` words, a finite verb (a listed one or an English "-ed" form)."""
    if k + 1 >= len(ws):
        return False
    if ws[k] in SUBJECT_PRONOUNS:
        return ws[k + 1] not in CLAUSE_JOINS
    if ws[k] not in SUBJECT_ARTICLES:
        return False
    return any(w in FINITE_VERBS or (w.endswith("ed") and len(w) > 4) for w in ws[k + 2:k + 2 + SUBJECT_REACH])


def _close(flags: list[bool], start: int, end: int, negating: bool) -> None:
    """Mark the words ``start:end`` (one clause) denied when a negation stands in it."""
    if negating:
        flags[start:end] = [True] * (end - start)

"""Which sentences say the same thing: TF-IDF cosine on content words, figures compared apart.

Two sentences are *near-duplicates* when the cosine similarity of their
TF-IDF vectors (stemmed words, stop words and numbers left out) is at least
:data:`NEAR_DUPLICATE`. Numbers are left out of the vectors so that "12 people
died" and "15 people died" are recognised as the same statement; their
figures are then compared (:func:`figures_differ`): when each sentence has a
figure the other lacks, the sources disagree and the brief shows both.

Sources in different languages (an English and a German report of one story)
share almost no stem, so each sentence is stemmed with its own language's
stemmer and stop words, and a pair of sentences in two languages is also
compared by language-independent *evidence* (:func:`evidence`): names (capitalised
words, written in Latin letters and reduced to a consonant skeleton, so that
"Scholz" and "Шольц" meet), figures read in each sentence's language ("14
million" and "14 Millionen" are both 14000000) and dates ("3 March", "3. März",
"3 марта") and what the figures measure ("кубометров" and "cubic metres" are one unit, :mod:`.concepts`). Their similarity is the larger of the word cosine and the share of
evidence they have in common (:func:`evidence_similarity`), counted only from
:data:`MIN_EVIDENCE` on: one shared name is no shared point. Sentences of one
language are compared as before, by the word cosine alone.

No regular expressions run here: words are read with ``str`` methods, so the
time is linear in the text whatever it holds.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from scipy import sparse

import unicodedata

from ..language.resources import stem_word
from ..language.resources import stop_words as stop_words_of
from .concepts import UNIT_CODES
from .figures import _EDGE, _measures, figure, figures
from .frames import NEGATIONS, denied_flags, frame_flags
from .spelling import fold_sounds

#: Cosine similarity at which two sentences count as near-duplicates (merged into one point).
NEAR_DUPLICATE = 0.6
#: Cosine similarity at which two sentences that give different figures of the same measure ("2.5 billion euros"
#: against "3.1 billion euros") are one statement the sources dispute, though reworded too much to be near-duplicates.
DISPUTED = 0.45
#: Evidence two sentences in different languages must share (summed weights) before it counts at all.
MIN_EVIDENCE = 2.5
#: Weights of evidence: a name; a figure; a small number or a year (a day, "3", or "2024" alone says little);
#: a date (day and month).
NAME_WEIGHT = 1.0
FIGURE_WEIGHT = 1.5
WEAK_WEIGHT = 0.5
DATE_WEIGHT = 2.0
#: Weight of what a figure measures, named in any language ("8 млрд кубометров" and "8 billion cubic metres": e9
#: cubic metres; "zwei ... verletzt" and "injuring two": the injured), besides the figure itself.
MEASURE_WEIGHT = 1.0
#: Weight of a word of an attribution frame ("Fire chief Maria Okonkwo said", :mod:`.frames`) against a content
#: word's 1: two sentences quoting one speaker share the frame, not the claim.
FRAME_WEIGHT = 0.2
#: Factor on the similarity of two sentences when one denies the claim they share and the other does not ("no sign
#: that chemicals leaked" against "chemicals leaked"; :func:`denies`): stop words, "not" among them, are left out of
#: the vectors.
NEGATION_FACTOR = 0.6
#: Weight of a name inside an attribution frame among a sentence's evidence (against :data:`NAME_WEIGHT`): in two
#: languages a speaker's name is still some sign of one report, but not enough alone.
EVIDENCE_FRAME_WEIGHT = 0.5


def sentence_vectors(texts: list[str], language: str | list[str]) -> sparse.csr_matrix:
    """Return L2-normalised TF-IDF rows of the sentences' content words (stemmed, no stop words, no figures; the
    words of an attribution frame weighted :data:`FRAME_WEIGHT`, see :mod:`.frames`).

    ``language`` is every sentence's language, or a list with each sentence's own (each is stemmed and its stop
    words left out by its language).
    """
    per_sentence = not isinstance(language, str)
    if not per_sentence:
        stem, stops = stem_word(language), stop_words_of(language)
    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for i, text in enumerate(texts):
        if per_sentence:
            stem, stops = stem_word(language[i]), stop_words_of(language[i])
        lang = language[i] if per_sentence else language
        counts: dict[int, float] = {}
        for w, framed in frame_flags(text, lang):
            if w in stops or figure(w, lang) is not None or not any(ch.isalpha() for ch in w):
                continue
            j = vocab.setdefault(stem(w), len(vocab))
            counts[j] = counts.get(j, 0.0) + (FRAME_WEIGHT if framed else 1.0)
        for j, c in counts.items():
            rows.append(i)
            cols.append(j)
            vals.append(1.0 + np.log(c) if c >= 1.0 else c)
    n, m = len(texts), max(len(vocab), 1)
    x = sparse.csr_matrix((vals, (rows, cols)), shape=(n, m))
    df = np.bincount(np.asarray(cols, dtype=np.int64), minlength=m) if cols else np.zeros(m)
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    x = x @ sparse.diags(idf)
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ x)


# Russian and Ukrainian letters in Latin ones (names only: "Шольц" -> "sholts").
_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r",
                      "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "i",
                      "e", "g"]))

def name_skeleton(word: str) -> str:
    """Return a name as compared across languages and scripts: in Latin letters, accents off, spellings of one
    sound made one, vowels after the first letter and doubled letters left out ("Scholz", "Шольц" -> "sls";
    "Berlin", "Берлин" -> "brln"; "John", "Джон" -> "in")."""
    low = fold_sounds("".join(_CYRILLIC.get(ch, ch) for ch in word.lower()))
    out = low[:1]
    for ch in low[1:]:
        if ch not in "aeiou" and ch != out[-1]:
            out += ch
    return out


def evidence(text: str, language: str) -> dict[tuple, float]:
    """Return the language-independent evidence of a sentence, each item with its weight: names
    (``("name", skeleton)``), figures (``("figure", value)``, small numbers and years weak) and dates
    (``("date", month, day)``)."""
    from ..language.dates import _ALL_MONTHS

    stops = stop_words_of(language)
    tokens = [w for w in (raw.strip(_EDGE) for raw in text.split()) if w]
    framed = [f for _w, f in frame_flags(text, language)]  # the same words, in the same order
    out: dict[tuple, float] = {}
    for k, tok in enumerate(tokens):
        if len(tok) < 3 or not tok[0].isupper() or not tok.isalpha() or tok.lower() in stops:
            pass
        else:
            key = name_skeleton(tok)
            if len(key) >= 2:
                weight = NAME_WEIGHT * (EVIDENCE_FRAME_WEIGHT if framed[k] else 1.0)
                out[("name", key)] = max(out.get(("name", key), 0.0), weight)
        month = _ALL_MONTHS.get(tok.lower().rstrip("."))
        if month:
            for near in (tokens[k - 1] if k else "", tokens[k + 1] if k + 1 < len(tokens) else ""):
                day = near.rstrip(".")
                if day.isdigit() and 1 <= int(day) <= 31:
                    out[("date", month, int(day))] = DATE_WEIGHT
    for value in figures(text, language):
        weak = value.isdigit() and (int(value) < 32 or 1900 <= int(value) <= 2100)
        out.setdefault(("figure", value), WEAK_WEIGHT if weak else FIGURE_WEIGHT)
    for measure in _measures(text, "", language, language):
        if measure[-1][:1] == "#" or measure[-1] == "money" or measure[-1] in UNIT_CODES:
            out.setdefault(("measure", *measure), MEASURE_WEIGHT)
    return out


@lru_cache(maxsize=8192)
def denial_words(text: str, language: str) -> tuple[frozenset[str], frozenset[str], bool]:
    """Return a sentence's claim stems (content words outside an attribution frame, no negation word, no figure),
    those a negation governs (:func:`~.frames.denied_flags`) and whether it denies anything at all."""
    stem, stops = stem_word(language), stop_words_of(language)
    flags = denied_flags(text, language)
    framed = frame_flags(text, language)  # the same words as denied_flags reads
    words, denied = set(), set()
    for (w, in_frame), governed in zip(framed, flags):
        if (in_frame or w in stops or w in NEGATIONS or figure(w, language) is not None
                or not any(ch.isalpha() for ch in w)):
            continue
        words.add(stem(w))
        if governed:
            denied.add(stem(w))
    return frozenset(words), frozenset(denied), any(flags)


def denies(a: str, b: str, la: str, lb: str | None = None) -> bool:
    """Return True when sentence ``a`` denies the claim it shares with ``b``: a negation of ``a`` governs a claim
    word both hold ("none was injured" against "two were injured"), not only another clause ("... by helicopter and
    none was injured" against "taken off by helicopter"); with no claim word shared, any negation of ``a``."""
    words, denied, negative = denial_words(a, la)
    if not negative:
        return False
    shared = words & denial_words(b, lb or la)[0]
    return bool(shared & denied) if shared else True


class SentenceSpace:
    """Every sentence of a brief's sources, compared (see the module docstring): ``rows(idx)`` gives the
    similarity of sentences ``idx`` to all, ``empty`` marks sentences with nothing to compare by.

    With one language the similarity is the word cosine alone, as :func:`sentence_vectors` gives it.
    """

    def __init__(self, texts: list[str], languages: list[str]):
        self.x = sentence_vectors(texts, languages)
        codes = {lang: k for k, lang in enumerate(dict.fromkeys(languages))}
        self.lang = np.array([codes[lang] for lang in languages], dtype=int)
        self.mixed = len(codes) > 1
        nnz = self.x.getnnz(axis=1)
        if self.mixed:
            self.weighted, self.present, self.total = _evidence_matrix(texts, languages)
            nnz = nnz + self.present.getnnz(axis=1)
        self.empty = np.asarray(nnz == 0)
        denial = [denial_words(t, lang) for t, lang in zip(texts, languages)]
        self.denies = np.array([negative for _w, _d, negative in denial], dtype=bool)
        if self.denies.any():  # the claim words and the denied ones, to tell which pairs one denies (:func:`denies`)
            self.claims, self.denied = _presence([w for w, _d, _n in denial], [d for _w, d, _n in denial])

    def _denial_differs(self, idx: np.ndarray) -> np.ndarray:
        """Return True for each pair of sentences ``idx`` x all where one denies the claim they share and the other
        does not (:func:`denies`)."""
        if not self.denies.any():
            return np.zeros((len(idx), len(self.denies)), dtype=bool)
        shared = np.asarray((self.claims[idx] @ self.claims.T).todense()) > 0
        mine = np.asarray((self.denied[idx] @ self.claims.T).todense()) > 0
        theirs = np.asarray((self.claims[idx] @ self.denied.T).todense()) > 0
        first = self.denies[idx][:, None] & (mine | ~shared)
        second = self.denies[None, :] & (theirs | ~shared)
        return first != second

    def rows(self, idx) -> np.ndarray:
        """Return the dense similarity of sentences ``idx`` to every sentence."""
        idx = np.asarray(idx, dtype=int)
        sim = np.asarray((self.x[idx] @ self.x.T).todense())
        differs = self._denial_differs(idx)
        sim = np.where(differs, sim * NEGATION_FACTOR, sim)
        if not self.mixed or not len(idx):
            return sim
        shared = np.asarray((self.weighted[idx] @ self.present.T).todense())
        least = np.minimum(self.total[idx][:, None], self.total[None, :])
        score = np.where(shared >= MIN_EVIDENCE, np.minimum(1.0, shared / np.maximum(least, 1e-9)), 0.0)
        other = self.lang[idx][:, None] != self.lang[None, :]
        score = np.where(differs, score * NEGATION_FACTOR, score)
        return np.where(other, np.maximum(sim, score), sim)


def _presence(words: list[frozenset[str]], denied: list[frozenset[str]]):
    """Return sparse 0/1 rows of each sentence's claim words and of its denied words, over one vocabulary."""
    vocab: dict[str, int] = {}
    out = []
    for sets in (words, denied):
        rows, cols = [], []
        for i, ws in enumerate(sets):
            for w in ws:
                rows.append(i)
                cols.append(vocab.setdefault(w, len(vocab)))
        out.append((rows, cols))
    shape = (len(words), max(len(vocab), 1))
    return tuple(sparse.csr_matrix(([1.0] * len(rows), (rows, cols)), shape=shape) for rows, cols in out)


def _evidence_matrix(texts: list[str], languages: list[str]):
    """Return (weights, presence, total weight per sentence) of the sentences' evidence as sparse rows (the total
    leaves out what the figures measure: shared, it adds to the evidence two sentences share; unshared, it takes
    nothing from it)."""
    keys: dict[tuple, int] = {}
    rows, cols, vals = [], [], []
    total = np.zeros(len(texts))
    for i, text in enumerate(texts):
        for key, weight in evidence(text, languages[i]).items():
            rows.append(i)
            cols.append(keys.setdefault(key, len(keys)))
            vals.append(weight)
            if key[0] != "measure":  # what a figure measures backs a shared figure; it is no more to share
                total[i] += weight
    shape = (len(texts), max(len(keys), 1))
    weighted = sparse.csr_matrix((vals, (rows, cols)), shape=shape)
    present = sparse.csr_matrix(([1.0] * len(vals), (rows, cols)), shape=shape)
    return weighted, present, total


def similarity(texts: list[str], language: str | list[str]) -> np.ndarray:
    """Return the dense sentence-by-sentence similarity matrix (1 on the diagonal for non-empty rows).

    ``language`` is one language for all, or each sentence's own (then pairs in two languages are also
    compared by their evidence).
    """
    languages = [language] * len(texts) if isinstance(language, str) else list(language)
    return SentenceSpace(texts, languages).rows(range(len(texts)))


def near_duplicates(a: str, b: str, language: str = "english", other_language: str | None = None) -> bool:
    """Return True when two sentences are near-duplicates (figures ignored within one language); ``b`` is in
    ``other_language`` when given."""
    if other_language and other_language != language:
        sim = similarity([a, b], [language, other_language])
    else:
        sim = similarity([a, b], language)
    return bool(sim[0, 1] >= NEAR_DUPLICATE)

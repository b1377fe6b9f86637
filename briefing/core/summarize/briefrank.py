"""BriefRank: the project's own extractive summarizer, aware of where news puts its point.

News states its point first (the "inverted pyramid"), which is why the first
three sentences (Lead-3) beat every sumy algorithm on news. BriefRank keeps
that knowledge and adds what the lead alone lacks. It picks sentences one by
one (greedily), in two phases:

* **lead phase** (the first ``LEAD_PICKS`` = 3 picks of a brief of up to 3
  sentences; only the first pick of a longer summary, a digest): a position prior
  ``1 / (1 + i / POSITION_HALF)`` (half weight at sentence 4), multiplied by
  ``1 + centrality + title similarity``. Centrality is LexRank's idea without
  its threshold: the summed TF-IDF cosine similarity of a sentence to all the
  others, on sumy's stemmed, stop-word-free words. So the lead wins unless it
  is debris, redundant or dangling, and a strong early sentence can replace a
  weak one;
* **body phase** (every later pick): no position prior. Sentences are rated
  by word-overlap centrality (sumy's Reduction/TextRank edge weight, shared
  words over log lengths) plus title similarity: a longer summary covers the
  body of the article, wherever its central sentences are.

In both phases:

* **readability**: a sentence that opens with a dangling pronoun or
  connective ("He said", "But", "This", "However"; per language for ru, uk,
  de, fr and es: "Он заявил", "Але", "Dieser", "Cependant", "Sin embargo") is damped
  (``DANGLING_FACTOR``) unless the sentence before it is already chosen;
  photo-caption and page debris ("Scroll down for video", "(pictured)",
  "(picture posed by model)"), sentences that open with a quotation mark,
  fragments and run-on sentences (usually captions glued to text) are damped
  too;
* **redundancy removal** (MMR): each pick lowers the rating of the sentences
  similar to it (``1 - REDUNDANCY * max cosine similarity``), so a caption that
  repeats the first sentence is not picked beside it.

The rating of a sentence is its value when the greedy pass picked it, made
strictly decreasing in pick order, so :func:`briefing.core.summarize.select`
taking the top *k* ratings reproduces the greedy choice of *k* sentences, and
the best-rated sentence is the first pick. The rater is told the length wanted
(``count``; a word budget is turned into a sentence count at the article's
mean sentence length), because a brief and a digest differ in their lead phase:
a 4-sentence summary need not contain the 3-sentence one.

Every setting is a fixed module constant: the same for every article, nothing
fitted per article. They are round values chosen on the even-numbered halves of
the CNN/DailyMail dev stories and of the BBC set, checked on the odd halves
(see ``benchmarks/summary_quality.py --half``).

Documents that are not news (reports, essays, manuals): the lead is no summary
there, but the lead phase still makes the first three picks favour the opening
(an introduction usually states the topic; a dangling or debris sentence there
is skipped). A summary of more than three sentences (or a percentage of a long
document) keeps only the first lead pick and draws the rest from the central
sentences of the whole text. For a choice with no position bias at all, use
LexRank, TextRank or Reduction.

Speed: everything is sparse linear algebra (SciPy) on one sentence-by-word
matrix; centralities are computed without building the sentence-by-sentence
matrix, and the greedy pass costs one sparse product per pick for the first
``GREEDY_LIMIT`` picks (the rest follow in body-phase order). A 130k-word
document takes about 0.4 s after sentence splitting.
"""

from __future__ import annotations

import math
import re

import numpy as np

from ..language.resources import stem_word
from ..language.resources import stop_words as stop_words_of
from ..model import Article
from ..progress import ProgressCallback

#: Sentence index at which the position prior has half its weight.
POSITION_HALF = 4.0
#: Lowest value of the position prior (reached far into a long document).
POSITION_FLOOR = 0.05
#: Picks made in the lead phase (position prior on); later picks are the body phase (prior off).
LEAD_PICKS = 3
#: Lead-phase picks of a digest (a summary of more than ``LEAD_PICKS`` sentences): the opening
#: sentence anchors it, the rest cover the body.
DIGEST_LEAD_PICKS = 1
#: Weight of centrality in the lead phase (cosine degree centrality, scaled to max 1).
CENTRALITY_WEIGHT = 1.0
#: Weight of similarity to the title.
TITLE_WEIGHT = 1.0
#: How much the greatest similarity to an already chosen sentence lowers a rating (lead phase).
REDUNDANCY = 1.0
#: The same in the body phase: a long summary may repeat a theme more.
BODY_REDUNDANCY = 0.25
#: Factor for a sentence opening with a dangling pronoun or connective whose predecessor is not chosen.
DANGLING_FACTOR = 0.5
#: Factor for photo-caption or page debris.
DEBRIS_FACTOR = 0.2
#: Factor for a sentence that opens with a quotation mark.
QUOTE_FACTOR = 0.8
#: Sentences shorter than this many words are damped in proportion.
SHORT_WORDS = 8
#: Sentences longer than this many words are damped in proportion.
LONG_WORDS = 50
#: The greedy (redundancy-aware) pass orders at most this many sentences; the rest follow in body order.
GREEDY_LIMIT = 400


_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_OPENING_QUOTE = re.compile(r"^\s*[\"“‘'«„]")
_FIRST_WORDS = re.compile(r"^[\s\"“”‘’'«»„(\[]*([^\W\d_]+(?:['’][^\W\d_]+)?)[\s,]*([^\W\d_]+)?", re.UNICODE)

#: Openers that point back to something said before ("He said", "But", "This"). Left out as too
#: ambiguous: "it" (mostly "It is thought that ..."), "that" and "such" (also determiners of a new
#: noun), "then", "still", "again" and "so" (also adverbs of time or degree).
DANGLING_OPENERS = frozenset("""
he she they them him her his its their theirs hers
this these those
but and or nor yet also however though although instead meanwhile moreover furthermore
therefore thus hence besides nevertheless nonetheless otherwise likewise similarly indeed
consequently accordingly additionally
""".split())
#: Two-word openers that point back ("In addition", "The former", "Despite this").
DANGLING_PAIRS = frozenset({
    ("in", "addition"), ("for", "example"), ("for", "instance"), ("the", "former"), ("the", "latter"),
    ("in", "turn"), ("by", "contrast"), ("in", "contrast"), ("even", "so"), ("after", "that"),
    ("before", "that"), ("despite", "this"), ("despite", "that"), ("the", "same"),
})

#: Photo-caption and page debris of scraped news (CNN/DailyMail and similar sites).
_DEBRIS = re.compile(
    r"scroll down for (?:video|more)|\(pictured\b|\bpictured\)|\(picture[sd]?\b|\(photo\b|posed by model|"
    r"\((?:left|right|centre|center|top|bottom|above|below|inset|file)\)|\bclick here\b|"
    r"\bwatch the (?:full )?video\b|\bvideo (?:below|above)\b|\bread more:|\bshare this\b|"
    r"\bsign up for\b|^\s*(?:photo|image|picture|video|caption)s?\s*:",
    re.I,
)




#: The same cues in the other languages the app supports. Left out as too ambiguous, as in
#: English: words that are also determiners or adverbs of time of a new subject (German "es",
#: "das"; French "il" in "il y a" stays, as "it" would not). Spanish drops subject pronouns, so
#: its openers are mostly connectives.
DANGLING_OPENERS_BY_LANGUAGE = {
    "ru": frozenset("""
он она оно они его её ее их ему ей им ним ней нему
этот эта это эти этого этой этих тот та те
но а и или однако также поэтому впрочем зато причем притом тем
""".split()),
    "uk": frozenset("""
він вона воно вони його її їх йому їй їм ним нею
цей ця це ці цього цієї цих той та ті
але а і й або проте однак також тому втім водночас зате
""".split()),
    "de": frozenset("""
er sie ihm ihn ihr ihre ihren ihrem ihrer sein seine seinen seinem seiner
dieser diese dieses diesen diesem jene jener
aber und oder doch jedoch auch allerdings dennoch trotzdem deshalb daher deswegen somit
außerdem zudem dabei dazu darüber stattdessen ebenso gleichwohl
""".split()),
    "fr": frozenset("""
il elle ils elles lui leur leurs son sa ses
cette ces celui celle ceux celles cela ceci
mais et ou pourtant cependant toutefois néanmoins aussi ainsi donc alors également
""".split()),
    "es": frozenset("""
él ella ellos ellas le les su sus
este esta esto estos estas ese esa eso esos esas aquel aquella
pero y o aunque también además asimismo así
""".split()),
}
DANGLING_PAIRS_BY_LANGUAGE = {
    "ru": frozenset({("кроме", "того"), ("при", "этом"), ("после", "этого"), ("до", "этого"),
                     ("помимо", "этого"), ("к", "тому"), ("в", "свою"), ("в", "то"), ("в", "этом"),
                     ("по", "его"), ("по", "ее"), ("по", "её"), ("по", "их")}),
    "uk": frozenset({("крім", "того"), ("при", "цьому"), ("після", "цього"), ("до", "того"),
                     ("у", "свою"), ("в", "свою"), ("тим", "часом"), ("за", "його"), ("за", "її"),
                     ("за", "їхніми"), ("у", "цьому"), ("в", "цьому")}),
    "de": frozenset({("zum", "beispiel"), ("im", "gegenzug"), ("im", "gegensatz"), ("darüber", "hinaus"),
                     ("nach", "seinen"), ("nach", "ihren"), ("laut", "ihm")}),
    "fr": frozenset({("en", "outre"), ("par", "ailleurs"), ("de", "plus"), ("par", "exemple"),
                     ("en", "revanche"), ("au", "contraire"), ("malgré", "cela"), ("selon", "lui"),
                     ("selon", "elle"), ("de", "son")}),
    "es": frozenset({("sin", "embargo"), ("por", "ejemplo"), ("en", "cambio"), ("por", "otra"),
                     ("no", "obstante"), ("por", "su"), ("por", "lo"), ("a", "su"), ("según", "él"),
                     ("según", "ella"), ("de", "hecho")}),
}
#: Photo-caption and page debris in the other languages (lower-cased substrings).
DEBRIS_BY_LANGUAGE = {
    "ru": ("(слева)", "(справа)", "(в центре)", "(на фото)", "фото:", "видео:", "подпись к фото",
           "автор фото", "читайте также", "смотрите видео"),
    "uk": ("(ліворуч)", "(праворуч)", "(в центрі)", "(на фото)", "фото:", "відео:", "підпис до фото",
           "автор фото", "читайте також", "дивіться відео"),
    "de": ("(links)", "(rechts)", "(mitte)", "(im bild)", "foto:", "bild:", "video:", "lesen sie auch",
           "mehr zum thema"),
    "fr": ("(à gauche)", "(à droite)", "(au centre)", "(photo", "photo :", "photo:", "vidéo :", "lire aussi",
           "à lire aussi"),
    "es": ("(izquierda)", "(derecha)", "(centro)", "(en la foto)", "foto:", "imagen:", "pie de foto",
           "video:", "lea también", "le puede interesar"),
}


def _cue_language(language: str) -> str:
    """Return the code whose cues apply to ``language`` (a code or a name): its own, or English."""
    key = (language or "").strip().lower()
    key = {"russian": "ru", "ukrainian": "uk", "german": "de", "french": "fr", "spanish": "es"}.get(key, key)
    return key if key in DANGLING_OPENERS_BY_LANGUAGE else "en"


def _words(text: str) -> list[str]:
    """Return the lower-cased words of ``text`` (letters, inner apostrophes and hyphens)."""
    return [w.lower() for w in _WORD.findall(text)]


def _is_dangling(text: str, language: str = "en") -> bool:
    """True when the sentence opens with a pronoun or connective that needs its predecessor.

    ``language`` is a code from :func:`_cue_language`; English's lists are used for "en".
    """
    m = _FIRST_WORDS.match(text)
    if not m:
        return False
    first = m.group(1).lower().replace("’", "'").split("'")[0]  # "He's" -> "he"
    second = (m.group(2) or "").lower()
    if language == "en":
        # "This week" or "It is thought" are not always back-references, but often enough to damp.
        return first in DANGLING_OPENERS or (first, second) in DANGLING_PAIRS
    return first in DANGLING_OPENERS_BY_LANGUAGE[language] or (first, second) in DANGLING_PAIRS_BY_LANGUAGE[language]


def _is_debris(text: str, language: str = "en") -> bool:
    """True for photo-caption or page debris in ``language`` (a code from :func:`_cue_language`)."""
    if language == "en":
        return _DEBRIS.search(text) is not None
    lowered = text.lower()
    return any(marker in lowered for marker in DEBRIS_BY_LANGUAGE[language])


def _quality(texts: list[str], counts: np.ndarray, language: str = "en") -> np.ndarray:
    """Return a readability factor in (0, 1] per sentence (debris, quotes, length)."""
    q = np.ones(len(texts))
    for i, text in enumerate(texts):
        if _is_debris(text, language):
            q[i] *= DEBRIS_FACTOR
        if _OPENING_QUOTE.match(text):
            q[i] *= QUOTE_FACTOR
    n = np.maximum(counts, 1.0)
    q *= np.minimum(1.0, n / SHORT_WORDS)
    q *= np.minimum(1.0, LONG_WORDS / n)
    return q


def _tfidf(token_lists: list[list[str]], title_tokens: list[str]):
    """Return the L2-normalised TF-IDF sentence matrix (CSR), the title vector (dense, or None)
    and the raw word-count matrix (CSR)."""
    from scipy import sparse

    vocab: dict[str, int] = {}
    indptr = [0]
    indices: list[int] = []
    for tokens in token_lists:
        for t in tokens:
            indices.append(vocab.setdefault(t, len(vocab)))
        indptr.append(len(indices))
    n = len(token_lists)
    data = np.ones(len(indices))
    x = sparse.csr_matrix((data, np.asarray(indices, dtype=np.int64), np.asarray(indptr)), shape=(n, max(len(vocab), 1)))
    x.sum_duplicates()
    counts = sparse.csr_matrix(x, copy=True)
    x.data = 1.0 + np.log(x.data)
    df = np.bincount(x.indices, minlength=x.shape[1])
    idf = np.log((n + 1.0) / (df + 1.0)) + 1.0
    x = x @ sparse.diags(idf)
    x = sparse.csr_matrix(x)
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    x = sparse.diags(1.0 / norms) @ x
    title = None
    ids = [vocab[t] for t in title_tokens if t in vocab]
    if ids:
        title = np.zeros(x.shape[1])
        for j in ids:
            title[j] += 1.0
        title = (1.0 + np.log(np.maximum(title, 1.0))) * (title > 0) * idf
        title /= np.linalg.norm(title)
    return sparse.csr_matrix(x), title, counts


def _centralities(x, counts) -> tuple[np.ndarray, np.ndarray]:
    """Return two degree centralities per sentence, each scaled to max 1, in linear time.

    * cosine: sum of TF-IDF cosine similarities to the other sentences
      (LexRank's graph without threshold or random walk), length-neutral;
    * overlap: sum of shared-word counts with the other sentences divided by
      ``log(len) + mean log(len)`` (sumy's Reduction / TextRank edge weight,
      whose ``log(len_i) + log(len_j)`` is approximated by the mean for the
      other sentence), which favours long sentences that carry much of the
      article's vocabulary.

    Both come from ``M (M^T 1) - diag(M M^T)``: the sentence-by-sentence
    matrix is never built.
    """
    def degree(m):
        d = m @ np.asarray(m.sum(axis=0)).ravel() - np.asarray(m.multiply(m).sum(axis=1)).ravel()
        return np.maximum(d, 0.0)

    cosine = degree(x)
    loglen = np.log(np.maximum(np.asarray(counts.sum(axis=1)).ravel(), 1.0))
    overlap = degree(counts) / np.maximum(loglen + loglen.mean(), 1.0)
    return tuple(c / c.max() if c.max() > 0 else c for c in (cosine, overlap))


def lead_picks(count: int | None) -> int:
    """Return how many picks the lead phase makes for a summary of ``count`` sentences.

    A brief (``count`` unknown or at most ``LEAD_PICKS``) gets ``LEAD_PICKS``:
    its points are the lead unless that is debris, dangling or redundant. A
    digest (more sentences) gets ``DIGEST_LEAD_PICKS``: measured on both data
    sets, a long summary that keeps the whole lead covers the body worse.
    """
    if count is None or count <= LEAD_PICKS:
        return LEAD_PICKS
    return DIGEST_LEAD_PICKS


def rate(article: Article, progress: ProgressCallback | None = None, count: int | None = None,
         positions: "np.ndarray | list[int] | None" = None) -> list[float]:
    """Return BriefRank's rating of every body sentence, by sentence index (higher is better).

    Ratings are positive and strictly decreasing in the greedy pick order, so
    the top *k* ratings are the greedy choice of *k* sentences, for any *k*.
    ``count`` is the summary length the caller wants (``None``: unknown); it
    decides between a brief and a digest (:func:`lead_picks`), so the top
    ``count`` ratings of two different counts need not nest.
    An article with no sentences gives an empty list. ``progress(fraction,
    message)`` is called a few times; it may raise to cancel.

    ``positions`` (several articles rated together, :mod:`briefing.core.multi`)
    gives each sentence's index within its own article, so every article's
    lead gets the position prior and no article's first sentence counts as
    dangling; by default the sentence indices.
    """
    texts = [s.text for s in article.sentences]
    n = len(texts)
    if n == 0:
        return []
    first_body_pick = lead_picks(count)
    stem, stop_words = stem_word(article.language), stop_words_of(article.language)
    words = [_words(t) for t in texts]
    tokens = [[stem(w) for w in ws if w not in stop_words] for ws in words]
    title_tokens = [stem(w) for w in _words(article.title) if w not in stop_words]
    if progress:
        progress(0.3, "Weighing sentences")
    x, title, counts = _tfidf(tokens, title_tokens)
    cosine, overlap = _centralities(x, counts)
    title_sim = x @ title if title is not None else np.zeros(n)
    cues = _cue_language(article.language)
    quality = _quality(texts, np.array([len(w) for w in words], dtype=float), cues)
    pos = np.arange(n) if positions is None else np.asarray(positions, dtype=float)
    position = np.maximum(1.0 / (1.0 + pos / POSITION_HALF), POSITION_FLOOR)
    # Lead phase: the position prior, with centrality and the title as tie-breakers.
    lead = position * (1.0 + CENTRALITY_WEIGHT * cosine + TITLE_WEIGHT * title_sim) * quality
    # Body phase: no position prior; the sentences that carry most of the article.
    body = (overlap + TITLE_WEIGHT * title_sim) * quality
    # The first sentence has no predecessor to miss: it is never damped as dangling.
    dangling = np.array([DANGLING_FACTOR if pos[i] and _is_dangling(t, cues) else 1.0 for i, t in enumerate(texts)])
    if progress:
        progress(0.6, "Removing redundancy")

    ratings = np.zeros(n)
    picked = np.zeros(n, dtype=bool)
    max_sim = np.zeros(n)
    last = math.inf
    base, redundancy = lead, REDUNDANCY
    for step in range(min(n, GREEDY_LIMIT)):
        if step == first_body_pick:
            # Continue the ratings below the last lead pick.
            base, redundancy = body * (last / max(body.max(), 1e-12)), BODY_REDUNDANCY
        value = np.maximum(base, 1e-12) * dangling * np.maximum(1.0 - redundancy * max_sim, 1e-3)
        value[picked] = -np.inf
        j = int(np.argmax(value))
        last = min(float(value[j]), last * (1.0 - 1e-9))
        ratings[j] = last
        picked[j] = True
        max_sim = np.maximum(max_sim, (x @ x[j].T).toarray().ravel())
        if j + 1 < n and pos[j + 1] == pos[j] + 1:
            dangling[j + 1] = 1.0  # its antecedent is now in the summary
    rest = np.flatnonzero(~picked)
    if rest.size:
        # Beyond the greedy pass: body order, scaled below the last greedy rating.
        tail = np.maximum(body[rest], 1e-12) * dangling[rest]
        ratings[rest] = last * 0.5 * tail / tail.max()
    if progress:
        progress(0.9, "Ranked sentences")
    return ratings.tolist()

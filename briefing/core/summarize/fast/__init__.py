"""Fast implementations of sumy's algorithms: the same choices, in seconds on a book.

sumy's summarizers compare every sentence with every other in pure Python, so
their time grows with the square of the sentence count (LexRank takes minutes
on 100k words; KL-Sum takes minutes on 20k). Each rater here reproduces one
sumy summarizer exactly as :func:`briefing.core.summarize._make_summarizer`
configures it: the same words (the offline tokenizer), sumy's ``Stemmer`` and
stop words, the same formulas and quirks, computed with NumPy/SciPy sparse
matrices and incremental updates. Every rater has the signature of
:data:`briefing.core.summarize.FAST_RATERS`: ``(article, progress) -> ratings``,
one rating per body sentence, whose top-k choice (ties to the earlier
sentence, as sumy's stable sort) is sumy's.

What each one computes (read sumy's source for the original):

* **LexRank**: TF (over the sentence's largest count) x IDF
  ``log(n / (1 + df))`` cosine, edges above 0.1, rows divided by degree, power
  method normalised each step until the change is at most 0.1. Similarities
  are computed as sparse products in row blocks, keeping only the edges.
* **TextRank**: shared words (with repeats) over ``log|s1| + log|s2|``,
  diagonal included, rows normalised (+1e-7), damping 0.85 with the uniform
  jump spread over the sentences, power method until the change is at most
  1e-4.
* **Reduction**: the sum of the same edge weights (0 between two one-word
  sentences) to every other sentence.
* **LSA**: sumy keeps *every* SVD dimension (``REDUCTION_RATIO = 1``), so its
  rank ``sqrt(sum(sigma_i^2 v_ij^2))`` is exactly the Euclidean norm of column
  j of its smoothed TF matrix (``A = U S V^T`` with orthonormal ``U``); on long
  documents that norm is computed from the sparse counts (absent words
  contribute the 0.4 smoothing), with no SVD. Sentences whose norms are
  exactly equal (the same number of distinct words, each once, is enough)
  share one value, so the earlier sentence wins (see "Hash seed" below).
* **Luhn**: significant stems (more than once in the document, title
  included), clusters with gaps of at most 4 words, ``significant^2 / span``.
* **Edmundson**: cue (title words as bonus words, stigma words), title and
  location methods, summed per distinct sentence text as sumy's dicts do.
* **KL-Sum**: sumy's greedy order of selection, with its quirks (the
  document's word distribution filters stop words *before* lower-casing; the
  summary side uses raw words). The divergence of every remaining sentence is
  kept as ``A + D_s + log(|s| + |S|) (P + Q_s)`` and updated only for the
  sentences that share a word with the last pick; near-ties (within 1e-11) are
  re-decided with sumy's own formula in its own summation order.
* **SumBasic**: sumy's greedy order; averages are updated incrementally with a
  bound on their round-off, and every contender within that bound is
  recomputed exactly in sumy's summation order before choosing.

Exactness. On article-sized input (up to :data:`DENSE_LIMIT` sentences, and
for LSA up to :data:`LSA_EXACT_COST`) LexRank, TextRank, Reduction and LSA run
sumy's own arithmetic, vectorised (the same dense matrices, the same NumPy
calls, the same summation order, the same SVD), so their ratings are
bit-identical to sumy's (LSA: to sumy's as :mod:`..sumy_backend` runs it, with
a sorted dictionary and exact ties shared; up to NumPy's SVD, which is not always
bit-reproducible between two calls on the same matrix); Luhn, Edmundson,
KL-Sum and SumBasic are bit-identical at every size. On 400 news articles (100 CNN/DailyMail + 300
BBC) every fast algorithm chooses exactly sumy's 3 and 5 sentences
(``benchmarks/speed.py --agreement``).

Like sumy, ratings are keyed by sentence text where sumy uses a dict (LexRank,
TextRank, Edmundson, KL-Sum, SumBasic, Reduction): repeated identical sentences
share one rating (the last one's, or the pooled sum for Reduction).

Known differences, all between exact ties, on long documents only (the sparse
paths): where sentences have mathematically equal ratings (e.g. two sentences
with the same number of distinct words in LSA, or two sentences linked to
nothing in TextRank) sumy's order is decided by floating-point round-off of
its dense computation (for LSA also by Python's per-process string hashing,
which orders its dictionary rows, so sumy itself is not reproducible between
runs there); the sparse paths give the earlier sentence. Reduction's pooled
sum for repeated sentences may differ from sumy's in the last bit.

Hash seed. sumy's LSA as shipped numbers its dictionary in frozenset order,
which Python's string hashing changes from one process to the next
(``PYTHONHASHSEED``): the SVD's round-off, and with it the order of sentences
whose ratings are mathematically equal, changed between two runs on the same
file (on short sentences of distinct words most sentences tie). Both
implementations therefore sort the dictionary and give exact ties (found with
exact rational arithmetic, :func:`.graph.lsa_tie_key`) the earlier sentence's
value: the choice is the same in every process, ties to the earlier sentence,
and otherwise sumy's (ratings equal sumy's as shipped up to round-off). The
other algorithms read words in first-seen order and do not depend on the hash
seed; sumy's own LexRank sums its cosine over a set intersection, so a cosine
within round-off of the 0.1 threshold could still flip between processes with
``--implementation sumy`` (the fast LexRank, the default, is not affected).
"""


from .frequency import rate_edmundson, rate_kl, rate_luhn, rate_sumbasic
from .graph import rate_lexrank, rate_lsa, rate_reduction, rate_textrank

__all__ = ["rate_edmundson", "rate_kl", "rate_lexrank", "rate_lsa", "rate_luhn", "rate_reduction", "rate_sumbasic",
           "rate_textrank"]

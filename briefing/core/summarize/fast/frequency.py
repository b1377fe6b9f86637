"""Fast Luhn, Edmundson, SumBasic and KL-Sum: word-frequency ratings and greedy passes with sumy's exact floats (see the package docstring)."""

from __future__ import annotations


import math
from collections import Counter

import numpy as np

from ...model import Article
from ...progress import ProgressCallback
from ..algorithms import STIGMA_WORDS

from .common import _begin


# ------------------------------------------------------------------------ Luhn


def rate_luhn(article: Article, progress: ProgressCallback | None = None) -> list[float]:
    """Return sumy Luhn's rating: the best cluster of significant words in each sentence."""
    progress, doc = _begin(article, progress, "Luhn")
    stem = doc.stem
    lowered_stops = frozenset(w.lower() for w in doc.stops)
    all_words = list(doc.title_words) + [w for ws in doc.words for w in ws]
    terms = Counter(stem(w).lower() for w in map(str.lower, all_words) if w not in lowered_stops)
    significant = {t for t, c in terms.items() if c > 1}
    max_gap = 4
    ratings: list[float] = []
    for i, ws in enumerate(doc.words):
        if i % 2000 == 0:
            progress(i / max(doc.n, 1), "Luhn: clusters")
        best: float = 0
        # sumy: a chunk starts at a significant word and ends after max_gap
        # non-significant words; its rating is significant^2 / length without
        # trailing non-significant words (0 with a single significant word).
        in_chunk = False
        count = length = gap = 0
        chunks = []
        for w in ws:
            sig = stem(w) in significant
            if sig and not in_chunk:
                in_chunk = True
                count, length, gap = 1, 1, 0
                chunks.append(None)
            elif in_chunk:
                length += 1
                if sig:
                    count += 1
                    gap = 0
                else:
                    gap += 1
            if in_chunk:
                chunks[-1] = (count, length - gap)
                in_chunk = gap < max_gap
        if chunks:
            best = max(0 if c == 1 else c * c / span for c, span in chunks)
        ratings.append(best)
    return ratings


# ------------------------------------------------------------------- Edmundson


def rate_edmundson(article: Article, progress: ProgressCallback | None = None) -> list[float]:
    """Return sumy Edmundson's rating as configured by the app (cue, title, location)."""
    progress, doc = _begin(article, progress, "Edmundson")
    stem = doc.stem
    lowered_stops = frozenset(w.lower() for w in doc.stops)
    null = frozenset(stem(w) for w in doc.stops)
    title_words = [w for w in doc.title_words if w.lower() not in lowered_stops]
    use_cue_title = bool(title_words)
    bonus = frozenset(stem(w) for w in title_words)
    stigma = frozenset(stem(w) for w in STIGMA_WORDS)
    heading_significant = frozenset(s for s in map(stem, doc.title_words) if s not in null)
    total: dict[str, float] = {}
    location: dict[str, float] = {}
    n_paragraphs = len(doc.paragraph_sizes)
    i = 0
    for p, size in enumerate(doc.paragraph_sizes):
        for k in range(size):
            text, stems = doc.texts[i], [stem(w) for w in doc.words[i]]
            i += 1
            title_hits = sum(s in heading_significant for s in stems)
            if use_cue_title and text not in total:
                cue = sum(s in bonus for s in stems) - sum(s in stigma for s in stems)
                total[text] = cue + title_hits
            rating = title_hits
            if p == 0:
                rating += 1
            elif p == n_paragraphs - 1:
                rating += 1
            if k == 0:
                rating += 1
            elif k == size - 1:
                rating += 1
            location[text] = rating
    return [float(total.get(t, 0) + location[t]) for t in doc.texts]


# ---------------------------------------------------------------------- SumBasic


def _postings(token_ids: list[list[int]], size: int) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Return, per token id, the sentences holding it and how many times."""
    rows: list[list[int]] = [[] for _ in range(size)]
    counts: list[list[float]] = [[] for _ in range(size)]
    for i, ids in enumerate(token_ids):
        for k, c in Counter(ids).items():
            rows[k].append(i)
            counts[k].append(float(c))
    return ([np.asarray(r, dtype=np.int64) for r in rows], [np.asarray(c, dtype=np.float64) for c in counts])


def _gather(rows_of: list[np.ndarray], counts_of: list[np.ndarray], keys: np.ndarray):
    """Return the postings of ``keys`` concatenated: rows, counts, and each key's posting length."""
    rows = [rows_of[k] for k in keys.tolist()]
    spans = np.fromiter((len(r) for r in rows), dtype=np.int64, count=len(rows))
    if not spans.sum():
        return np.zeros(0, dtype=np.int64), np.zeros(0), spans
    return np.concatenate(rows), np.concatenate([counts_of[k] for k in keys.tolist()]), spans


def rate_sumbasic(article: Article, progress: ProgressCallback | None = None) -> list[float]:
    """Return sumy SumBasic's rating: minus the step at which its greedy pass picks each sentence.

    Lazy greedy: a sentence's average word probability never grows (sumy only
    ever squares probabilities below 1), so a heap of possibly stale averages
    holds upper bounds. The top entry is recomputed (exactly as sumy: the same
    floats, the same summation order) until it is up to date; it is then the
    first sentence with the largest average, sumy's choice. Each pick touches
    only the few sentences that reach the top, not every sentence sharing a word.
    """
    import heapq

    progress, doc = _begin(article, progress, "SumBasic")
    n = doc.n
    vocab: dict[str, int] = {}
    token_ids = [[vocab.setdefault(w, len(vocab)) for w in ws] for ws in doc.content_stems()]
    total = sum(len(t) for t in token_ids)
    counts = [0] * len(vocab)
    for ids in token_ids:
        for k in ids:
            counts[k] += 1
    prob = [c / total for c in counts]  # Python floats, as sumy's dict values

    def average(ids: list[int]) -> float:
        return sum([prob[k] for k in ids]) / len(ids) if ids else 0

    heap = [(-average(ids), i, 0) for i, ids in enumerate(token_ids)]
    heapq.heapify(heap)
    changed_at = [0] * len(vocab)  # the step that last changed each word's probability
    order_value: dict[str, float] = {}
    report_every = max(1, n // 50)
    for step in range(1, n + 1):
        if step % report_every == 0:
            progress(step / n, "SumBasic: greedy selection")
        while True:
            negative, i, stamp = heapq.heappop(heap)
            ids = token_ids[i]
            if all(changed_at[k] <= stamp for k in ids):
                break
            heapq.heappush(heap, (-average(ids), i, step - 1))
        order_value[doc.texts[i]] = -float(len(order_value))
        for k in ids:  # sumy: p[w] *= p[w] once per occurrence in the chosen sentence
            prob[k] *= prob[k]
            changed_at[k] = step
    return [order_value[t] for t in doc.texts]


# ------------------------------------------------------------------------ KL-Sum


def rate_kl(article: Article, progress: ProgressCallback | None = None, count: int | None = None) -> list[float]:
    """Return sumy KL-Sum's rating: minus the step at which its greedy pass picks each sentence.

    With ``count`` (the summary length wanted) the greedy pass stops once the
    top ``count`` ratings are settled: sumy keys ratings by sentence text, so
    a text's rating is the step of its *last* copy's pick, and a sentence is
    settled when every copy of its text is picked. Those keep their exact
    rating; the others are rated below them, in the order of their
    divergence at that point (only the first of them is sumy's next pick).
    Without ``count`` every sentence gets sumy's exact rating (all ``n`` steps).
    """
    progress, doc = _begin(article, progress, "KL-Sum")
    n = doc.n
    stops = doc.stops  # KLSummarizer.stop_words has no lower-casing setter
    # sumy's document distribution filters stop words on the raw words, then lower-cases.
    doc_words = [w.lower() for ws in doc.words for w in ws if w not in stops]
    doc_total = len(doc_words)
    p_doc: dict[str, float] = {w: c / doc_total for w, c in Counter(doc_words).items()} if doc_total else {}
    # A sentence's side: lower-cased, then stop words out (no stemming).
    content = [[w for w in map(str.lower, ws) if w not in stops] for ws in doc.words]
    key_ids: dict[str, int] = {w: i for i, w in enumerate(p_doc)}
    pk = np.array(list(p_doc.values()), dtype=np.float64) if p_doc else np.zeros(0)
    plogp = pk * np.log(pk) if pk.size else pk
    token_ids = [[key_ids[w] for w in ws] for ws in content]
    rows_of, counts_of = _postings(token_ids, len(pk))
    lengths = np.array([len(ws) for ws in content], dtype=np.float64)
    distinct_lengths, length_code = np.unique(lengths, return_inverse=True)
    # KL_s = A + D_s + log(|s| + |S|) * (P + Q_s) where, over the summary's keys
    # with p > 0, A = sum p (log p - log c_S) and P = sum p; D_s and Q_s correct
    # for the sentence's own keys (see the module docstring).
    D = np.zeros(n)
    Q = np.zeros(n)
    rows, c, spans = _gather(rows_of, counts_of, np.arange(len(pk)))
    if rows.size:
        pe = np.repeat(pk, spans)
        np.add.at(D, rows, np.repeat(plogp, spans) - pe * np.log(c))
        np.add.at(Q, rows, pe)
    summary_counts = np.zeros(len(pk))
    A = 0.0
    P = 0.0
    L_S = 0
    summary_freq: dict[str, int] = {}  # raw summary words, first-seen order (as sumy's dict)
    summary_total = 0
    signatures = [tuple(ws) for ws in content]
    # Working arrays hold the remaining sentences (a picked one gets D = inf);
    # they are compacted, with the postings, whenever half are gone.
    orig = np.arange(n)
    code = length_code.copy()
    kl_buffer = pq_buffer = np.empty(0)
    # The summary's words that have a document probability, in sumy's dict
    # order, with their counts (for the exact tie check).
    tail_keys: list[str] = []
    tail_p: list[float] = []
    tail_counts: list[int] = []
    tail_index: dict[str, int] = {}
    live = n
    order_value: dict[str, float] = {}
    copies_left = Counter(doc.texts)
    copies = dict(copies_left)
    settled = 0  # sentences whose text has every copy picked (their rating is final)
    rest: dict[str, float] = {}
    report_every = max(1, n // 50)
    for step in range(n):
        if step % report_every == 0:
            progress(step / n, "KL-Sum: greedy selection")
        if live * 2 < len(orig) and live > 64:
            keep = np.isfinite(D)
            new_pos = np.cumsum(keep) - 1
            for k in range(len(rows_of)):
                r = rows_of[k]
                if r.size:
                    mask = keep[r]
                    rows_of[k] = new_pos[r[mask]]
                    counts_of[k] = counts_of[k][mask]
            D, Q, code, orig = D[keep], Q[keep], code[keep], orig[keep]
        # log(|s| + |S|) for the few distinct sentence lengths, then gathered.
        totals = distinct_lengths + L_S
        log_table = np.log(np.where(totals > 0, totals, 1.0))
        if len(kl_buffer) != len(D):
            kl_buffer, pq_buffer = np.empty(len(D)), np.empty(len(D))
        kl = np.take(log_table, code, out=kl_buffer)
        kl *= np.add(Q, P, out=pq_buffer)
        kl += D
        kl += A
        if count is not None and settled >= count and _settled_above(order_value, copies_left, copies) >= count:
            # Every sentence still unsettled is rated below the settled ones,
            # in the order of its divergence now (ties to the earlier sentence).
            ranks = np.lexsort((orig, kl))
            floor = -float(len(order_value))
            for r, k in enumerate(ranks.tolist()):
                text = doc.texts[int(orig[k])]
                if copies_left[text] and text not in rest:
                    rest[text] = floor - 1.0 - r / (len(ranks) + 1)
            break
        pos = int(np.argmin(kl))
        low = kl[pos]
        best = int(orig[pos])
        near = np.flatnonzero(kl <= low + 1e-11 * max(1.0, abs(low)))
        if near.size > 1:
            candidates = orig[near]
            if len({signatures[i] for i in candidates.tolist()}) > 1:
                best = _kl_exact_choice(candidates, content, summary_freq, summary_total, p_doc,
                                        (tail_keys, tail_p, tail_counts))
                pos = int(near[int(np.flatnonzero(candidates == best)[0])])
        order_value[doc.texts[best]] = -float(len(order_value))
        copies_left[doc.texts[best]] -= 1
        if not copies_left[doc.texts[best]]:
            settled += copies[doc.texts[best]]
        D[pos] = np.inf
        live -= 1
        raw = doc.words[best]
        L_S += len(raw)
        summary_total += len(raw)
        for w in raw:
            summary_freq[w] = summary_freq.get(w, 0) + 1
            j = tail_index.get(w)
            if j is not None:
                tail_counts[j] += 1
            elif w in p_doc:
                tail_index[w] = len(tail_keys)
                tail_keys.append(w)
                tail_p.append(p_doc[w])
                tail_counts.append(1)
        added = Counter(w for w in raw if w in key_ids)
        if not added:
            continue
        keys = np.fromiter((key_ids[w] for w in added), dtype=np.int64, count=len(added))
        old = summary_counts[keys]
        new = old + np.fromiter(added.values(), dtype=np.float64, count=len(added))
        p = pk[keys]
        had = old > 0
        A += float(np.sum(p * (np.log(p) - np.log(new))))
        A -= float(np.sum(p[had] * (np.log(p[had]) - np.log(old[had]))))
        P += float(np.sum(p[~had]))
        summary_counts[keys] = new
        rows, c, spans = _gather(rows_of, counts_of, keys)
        if not rows.size:
            continue
        # Each key's share of D_s (and Q_s) for the sentences holding it.
        pe, olde, newe = np.repeat(p, spans), np.repeat(old, spans), np.repeat(new, spans)
        fresh = olde == 0
        old_term = np.where(fresh, np.repeat(plogp[keys], spans) - pe * np.log(c),
                            -pe * np.log((c + olde) / np.where(fresh, 1.0, olde)))
        np.add.at(D, rows, -pe * np.log((c + newe) / newe) - old_term)
        np.add.at(Q, rows[fresh], -pe[fresh])
    return [rest[t] if t in rest else order_value[t] for t in doc.texts]


def _settled_above(order_value: dict[str, float], copies_left: Counter, copies: dict[str, int]) -> int:
    """Return how many sentences have a final rating above any rating still to be given.

    A later pick is rated ``-len(order_value)`` or lower, which can equal the
    rating of the last pick (sumy's quirk: a repeated text does not grow its dict).
    """
    floor = -float(len(order_value))
    return sum(copies[t] for t, v in order_value.items() if not copies_left[t] and v > floor)


def _kl_exact_choice(candidates: np.ndarray, content: list[list[str]], summary_freq: dict[str, int],
                     summary_total: int, p_doc: dict[str, float],
                     summary_tail: tuple[list[str], list[float], list[int]]) -> int:
    """Decide a near-tie with sumy's own KL computation, in its summation order.

    sumy sums over its joint dict: the sentence's words first (first-seen
    order, counts plus the summary's), then the summary's other words (in the
    order they entered the summary). The summary's terms depend only on the
    total length, so they are computed once per length.
    """
    best_index = -1
    best_value = math.inf
    tails: dict[float, list[tuple[str, float]]] = {}
    for i in candidates.tolist():
        words = content[i]
        own: dict[str, int] = {}
        for w in words:
            own[w] = own.get(w, 0) + 1
        total = float(len(words) + summary_total)
        value = 0
        for k, c in own.items():
            f = p_doc.get(k)
            if f:
                value += f * math.log(f / ((c + summary_freq.get(k, 0)) / total))
        tail = tails.get(total)
        if tail is None:
            keys, ps, counts = summary_tail
            tail = tails[total] = list(zip(keys, [f * math.log(f / (c / total)) for f, c in zip(ps, counts)]))
        for k, term in tail:
            if k not in own:
                value += term
        if value < best_value:
            best_value = value
            best_index = i
    return best_index

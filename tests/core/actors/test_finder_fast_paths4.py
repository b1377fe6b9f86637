"""The first pass's rules of round 4 (speedC4) make no closure cells, and their loops give what the generators
they replace gave: each loop is compared with the old generator on made-up tricky inputs."""

from __future__ import annotations

from briefing.core.actors import descriptors, dropped_runs, employer_roles, glued_titles, sentence, shapes, tagger
from briefing.core.actors.finder import _Finder
from briefing.core.actors.glued_titles import _BARE_BODIES, ACRONYM_TITLES, _person_from, glued_title
from briefing.core.actors.lexicon import _lexicon, _norm
from briefing.core.actors.shapes import _all_common
from briefing.core.actors.tokens import _ACRONYM_NOUNS, _tokenize

TEXTS = [
    "Corvane Chief Executive Officer Dana Whitcombe and Leader of the Opposition Arvind Singh Tomar met",
    "Director of Public Prosecutions Alison Saunders , Minister of State for Trade Ann Lee , the Army and Green Day",
    "MINSK ( Reuters ) NEW YORK 1996-08-30 ARLINGTON , Texas 1996-08-31 U.S. . ; PCT GB EPS CDs , PAYING AGENT",
    "a co-founder of Blinkx , a Vice-President at Halden Bank , a market strategist at the Harlow Institute said",
    "Trinidad and Tobago , Turks and Caicos Islands , St . Kitts and Nevis and the Bosnia and Herzegovina . . side",
    "Ünïcödé Ωμέγα Straße ﬁ 𝐀𝐁 , \x00\x7f Москва İstanbul , Chief Officer Officer Chief ; Chg Shrs M1 C-4 Under-21",
    "Attorney General Lt. Gen. Ann Lee and Prime Minister Bo Lee Chief " + "Lee " * 300 + "ends",
]


def test_rules_asked_per_run_make_no_cells():
    """No closure or generator over their locals: each made those locals cells at every call (round 3's list)."""
    rules = [glued_title, _person_from, tagger.fill_context, tagger._phrase_flags, employer_roles.role_headed,
             dropped_runs.kept_run, descriptors.listed_and, sentence._dateline, shapes._ShapeRules._table_noise,
             shapes._ShapeRules._plural_only]
    for rule in rules:
        assert rule.__code__.co_cellvars == (), rule.__name__


def _old_person_from(lex, toks, i, b):
    if i < b - 1 and toks[i].text in glued_titles._AFTER_TITLE:
        i += 1
    if not 2 <= b - i <= 4 or not all(t.is_cap and t.kind == "word" for t in toks[i:b]):
        return -1
    if any(t.text in lex.org_words or t.text in lex.loc_last for t in toks[i:b]) or toks[i].text in ACRONYM_TITLES:
        return -1
    return i


def _old_listed_and(lex, toks, i, j, k):
    most = lex.max_len + 1 + sum(1 for t in toks[i:k] if t.text == ".")
    for e in range(min(k, j - 1 + most), j + 1, -1):
        for s in range(max(i, e - most), j):
            if _norm(" ".join(t.text for t in toks[s:e])) in lex.gazetteer:
                return e
    return 0


def _old_dateline(toks, a, b):
    if a == 0:
        return b < len(toks) and all(t.is_upper or t.text == "." for t in toks[a:b]) and (
            toks[b].text in (",", "(") or (toks[b].kind == "num" and len(toks[b].text) >= 4))
    return sentence._dateline(toks, a, b)


def _old_table_noise(lex, words, toks):
    if not toks[0].is_upper:
        return False
    if all(w in _ACRONYM_NOUNS or (w.endswith("s") and w[:-1] in _ACRONYM_NOUNS) for w in words):
        return True
    return all(t.is_upper for t in toks) and _all_common(words, lex.common_words)


def _old_role_headed(lex, words, head):
    if any(w in lex.role_nouns or w.lower() in lex.role_nouns or w.lower().split("-", 1)[-1] in lex.role_nouns
           and w.lower().startswith(("co-", "vice-")) for w in words[:head]):
        return True
    return employer_roles._employed(words, head)


def _old_kept_run(words, toks, a, b, lex):
    if b - a == 1:
        return dropped_runs.kept_run(words, toks, a, b, lex)
    return 2 <= b - a <= 3 and all(t.kind == "word" for t in toks[a:b]) \
        and all(w.lower() in lex.common_words for w in words)


def _old_glued_title_tail(lex, toks, a, b):
    """The two generators of glued_title's "<title> of" branch, as they were."""
    j = next((i for i in range(a, b) if toks[i].text not in _BARE_BODIES), b)
    return j, all(t.text.lower() in lex.common_words for t in toks[a:b])


def test_loops_match_the_generators_they_replace():
    lex = _lexicon()
    rules = _Finder(lex)
    checked = 0
    for text in TEXTS:
        toks = _tokenize(text)
        words = [t.text for t in toks]
        n = len(toks)
        listable = tagger._phrase_flags(words, lex)
        assert listable == tagger._phrase_flags(list(words), lex)
        for a in range(n):
            for b in range(a + 1, min(n, a + 6) + 1):
                part = words[a:b]
                assert _person_from(lex, toks, a, b) == _old_person_from(lex, toks, a, b), (text[:30], a, b)
                assert sentence._dateline(toks, a, b) == _old_dateline(toks, a, b), (text[:30], a, b)
                if b - a > 1:  # (the one-word tests before the generators are unchanged)
                    assert rules._table_noise(part, toks[a:b]) == _old_table_noise(lex, part, toks[a:b]), (a, b)
                assert employer_roles.role_headed(lex, part, b - a - 1) == _old_role_headed(lex, part, b - a - 1)
                assert dropped_runs.kept_run(part, toks, a, b, lex) == _old_kept_run(part, toks, a, b, lex)
                assert rules._plural_only(part) == (not any(
                    w.lower() in lex.common_words or w in lex.org_words for w in part[1:]))
                j, common = _old_glued_title_tail(lex, toks, a, b)
                k = a
                while k < b and toks[k].text in _BARE_BODIES:
                    k += 1
                assert k == j and glued_titles._all_common(toks, a, b, lex.common_words) == common
                glued_title(lex, toks, a, b)  # (runs without error on every span)
                for j in range(a + 1, b - 1):
                    if toks[j].text == "and":
                        assert descriptors.listed_and(lex, toks, a, j, b) == _old_listed_and(lex, toks, a, j, b)
                checked += 1
    assert checked > 1500


def test_fill_context_fills_once():
    """fill_context returns at once when its window is filled, and fills a window holding one None."""
    lex = _lexicon()
    words = "Leaders of Trinidad and Tobago met in New York".split()
    ctx = [None] * len(words)
    tagger.fill_context(ctx, words, lex, 2, 5)
    assert all(c is not None for c in ctx[0:7]) and ctx[8] is None
    ctx[3] = None
    tagger.fill_context(ctx, words, lex, 2, 5)
    assert ctx[3] is not None
    assert glued_title(lex, _tokenize("Leader of the Opposition Arvind Singh Tomar"), 3, 7) is not None
    assert glued_title(lex, _tokenize("Corvane Chief Executive Officer Dana Whitcombe said"), 0, 6) is not None

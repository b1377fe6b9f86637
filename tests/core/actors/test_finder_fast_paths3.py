"""The first pass's rules of round 3 (speedF3) make no closure cells, and their loops give what the generators
they replace gave: each loop is compared with the old generator on made-up tricky inputs."""

from __future__ import annotations

from briefing.core.actors import cues, descriptors, finder, people_plurals, persons, roles, sentence, shapes
from briefing.core.actors.clause_roles import clause_after_head, name_words
from briefing.core.actors.common_acronyms import _common_acronym
from briefing.core.actors.finder import _Finder
from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.tokens import _NAME_PARTICLES, _tokenize

TEXTS = [
    "SEN. PAT LIN (D-Ky.): Thank you ; REP. DAN COLE () : no ; LIN (a b c d e f g h i): late ; X ( ) :",
    "Vaas 7-0-29-0 and Akram 10-1-45-2 , then Lee 7-0-29 ; Bo 3 - 1 - 2 - x - 5 - 6 end",
    "orgasmic meditation (OM) and Orgasmic meditation , shortened to OM ; the of (TO) ; BayArena McDonald iPhone",
    "Ann Lee , sales director for Arbor Networks which is behind it , said ; the likes of goalkeeper David de Gea ,",
    "Ünïcödé Ωμέγα Straße ﬁ 𝐀𝐁 , \x00\x7f Москва , Red Star 3 beat Young Boys 2 ; Regime Germans and Many Exile Iranians",
    "Major-General Ann Lee and Attorney-General Bo and Lieutenant-Foo - ; Mr-" + "A-" * 200 + "B",
]


def test_rules_asked_per_run_make_no_cells():
    """No closure or generator over their locals: each made those locals cells at every call (round 2's list)."""
    rules = [shapes._ShapeRules._type_of, shapes._ShapeRules._plural_phrase, shapes._ShapeRules._people_adjective,
             shapes._ShapeRules._hyphen_title, shapes._ShapeRules._named_after_place, shapes._ShapeRules._word_pair,
             shapes._all_common, persons._PersonRules._person_cue, cues.label_colon, _common_acronym,
             descriptors.common_side, roles.appositive, clause_after_head, people_plurals.people_run,
             sentence._sentence_mode, _Finder.find, _Finder._place_before_person, _Finder._words, _Finder._named_with]
    for rule in rules:
        assert rule.__code__.co_cellvars == (), rule.__name__


def _old_camel_cut(w: str) -> int:
    return max((i for i in range(2, len(w) - 2) if w[i].isupper() and w[i - 1].islower()), default=0)


def _old_label_colon(toks, b: int) -> bool:
    n = len(toks)
    if b >= n or toks[b].text == ":" or toks[b].text != "(":
        return b < n and toks[b].text == ":"
    j = next((i for i in range(b + 1, min(n, b + 9)) if toks[i].text == ")"), 0)
    return j > b + 1 and j + 1 < n and toks[j + 1].text == ":"


def test_loops_match_the_generators_they_replace():
    lex = _lexicon()
    for w in ["BayArena", "CityStadium", "ab", "", "aBcDeFgH", "McDonaldDuckTown", "iPhoneX", "ΩμέγαΣτ", "a" * 5000 + "Bc"]:
        assert shapes._camel_cut(w) == _old_camel_cut(w), w
    checked = 0
    for text in TEXTS:
        toks = _tokenize(text)
        words = [t.text for t in toks]
        for b in range(len(toks) + 1):
            assert cues.label_colon(toks, b) == _old_label_colon(toks, b), (text, b)
            for a in range(max(0, b - 4), b):
                part = words[a:b]
                assert shapes._any_listed(part, lex.gazetteer) == any(shapes._norm(w) in lex.gazetteer for w in part)
                assert shapes._name_words(part, lex.common_words) == all(
                    w in _NAME_PARTICLES or (w[:1].isupper() and w.lower() not in lex.common_words) for w in part)
                assert name_words(toks[a:b]) == all(t.is_cap or t.text.lower() in _NAME_PARTICLES for t in toks[a:b])
                assert finder._may_start_person(toks[a:b], lex.first_names) == any(
                    t.text in lex.first_names or t.text.startswith(finder._ARABIC_ARTICLES) for t in toks[a:b])
                checked += 1
    assert checked > 500


def test_edges_the_loops_keep():
    """Findings the rewritten rules must keep: a speaker label's bracket, bowling figures, a phrase's acronym."""
    lex = _lexicon()
    toks = _tokenize("SEN. PAT LIN (D-Ky.): Thank you")
    assert cues.label_colon(toks, 4)  # "(" after "LIN"
    toks = _tokenize("LIN () : no")
    assert not cues.label_colon(toks, 1)  # an empty bracket is no party's tag
    toks = _tokenize("c Vaas 7 - 0 - 29 - 0 and more")
    assert persons._PersonRules._person_cue(toks, 1, 2)
    toks = _tokenize("orgasmic meditation ( OM ) was")
    assert _common_acronym(toks, 3, lex)
    toks = _tokenize("the of ( TO ) was")
    assert not _common_acronym(toks, 3, lex)  # stop words spell no phrase

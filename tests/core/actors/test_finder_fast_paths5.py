"""The first pass's fast paths of round 5 (speedF7) give what the general tests give: each is compared with the
general one on made-up tricky texts and the seed articles."""

from __future__ import annotations

from briefing.core.actors.finder import _Finder
from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.newsroom import label_runs
from briefing.core.actors.nonnames import left_out, slogan_runs
from briefing.core.actors.tokens import _tokenize

from .test_finder_fast_paths import _texts
from .test_finder_fast_paths2 import LABELS

#: Slogans, titles with a pronoun, tags, and near misses (a pronoun first, "Let" alone, "Let us", long runs).
WORKS = [
    "Michelle Obama launched Let's Move , then Let’s Go Outside ; Let Ann Lee speak , said Bo Cole .",
    "The film Child Promise Me You Will Shoot Yourself won ; We Ann Lee said ; Yes We Can was a slogan .",
    "Let 's Move ( NASDAQ : CRVN ) and Acme (NYSE: ACM) Promise Me You Will , D-Minn. , said Sen. Ann Lee .",
    "Ann Lee Let Me Go Tom Hart They Them Us Our Your My Himself Herself Itself Ourselves Yourselves Themselves",
    "Sen. Ann Lee , D-Grand Junction , and Rep. Bo Cole, R-Ohio, voted ; I-Vt Tom Hart said .",
    "Let's " * 40 + "Ann Lee - ( " * 30 + "You Me We " * 50 + "ΑΒΓ Δέλτα Me Εψιλον said .",
]


class _GeneralFinder(_Finder):
    """The finder given its runs already without the slogans and tags the general functions find (reading every
    run, without the sentence's first tests): its own tests then find none left to drop."""

    def _spans_to_read(self, toks, text):
        runs = super()._spans_to_read(toks, text)
        return left_out(runs, slogan_runs(toks, runs) | label_runs(toks, runs))


def test_one_walk_of_the_runs_drops_what_slogan_runs_and_label_runs_drop():
    """find tests a title's pronoun in its loop, and asks for "Let's" and the tags only in a sentence holding
    "Let", a hyphen or a bracket: its mentions are those of the finder given the runs the general functions keep."""
    lex = _lexicon()
    dropped = 0
    for text in _texts() + LABELS + WORKS:
        fast, general = _Finder(lex), _GeneralFinder(lex)
        got, want = fast.find(0, text, {}), general.find(0, text, {})
        assert [vars(m) for m in got] == [vars(m) for m in want], text
        toks = _tokenize(text)
        dropped += len(_Finder._spans_to_read(fast, toks, text)) - len(general._spans_to_read(toks, text))
    assert dropped >= 10  # the texts hold runs the general functions drop


#: Appositions after and before a name, spoken ones, and near misses (a role after a title, a list, other scripts).
APPOSITIONS = [
    "Cory Doctorow , outreach coordinator for EFF , said ; Ann Lee , 45 , a teacher , and Ed Hale , Ph.D. , a professor",
    "The charity 's director , Barbara Stocking , said ; a spokesman , Chris Hale , and said one of their lawyers , Ivo Marr .",
    '"It is strong , " Dr Ann Lee head of exploration said . Professor Ann Lee , head of geology , said ; Mr Bo Dunn spokesman',
    "Ann Lee adviser Bo Dunn said ; the coach , Ann Lee and Bo ; Ann Lee chief executive said , Москва , Ann Lee , глава",
]


def _general_attach(lex, toks, text, mentions):
    """attach_appositions as it was before its first tests (round 5): every person without a role asks the three."""
    from bisect import bisect_left

    from briefing.core.actors.roles import _TRAILING_ADDRESS, appositive, pre_appositive, spoken_appositive
    n = len(toks)
    for m in mentions:
        if m.kind != "name" or m.type != "PER" or (m.role and m.role.rstrip(".") not in _TRAILING_ADDRESS):
            continue
        a = bisect_left(toks, m.start, key=lambda t: t.start)
        b = bisect_left(toks, m.end, key=lambda t: t.end)
        if a < n and b < n and toks[a].start == m.start and toks[b].end == m.end:
            if m.role:
                m.role = appositive(lex, toks, b + 1, text) or m.role
            else:
                m.role = appositive(lex, toks, b + 1, text) or pre_appositive(lex, toks, a, b + 1, text) \
                    or spoken_appositive(lex, toks, a, b + 1, text)


def test_attach_appositions_first_tests_lose_no_role():
    """Every span of up to four tokens read as a person (without a role, with a title's role, with another role)
    gets from attach_appositions the role the three phrase functions give it asked every time."""
    from briefing.core.actors.roles import attach_appositions
    from briefing.core.actors.tokens import new_mention
    lex = _lexicon()
    roles = 0
    for text in _texts()[:-2] + APPOSITIONS:
        toks = _tokenize(text)
        made = []
        for a in range(len(toks)):
            for b in range(a + 1, min(a + 4, len(toks)) + 1):
                for role in ("", "Professor", "Dr.", "chief"):
                    m = new_mention(0, toks[a].start, toks[b - 1].end, text[toks[a].start:toks[b - 1].end], "PER",
                                    "name", None, tuple(t.text for t in toks[a:b]))
                    m.role = role
                    made.append(m)
        general = [new_mention(0, m.start, m.end, m.text, "PER", "name", None, m.tokens) for m in made]
        for g, m in zip(general, made):
            g.role = m.role
        attach_appositions(lex, toks, text, made)
        _general_attach(lex, toks, text, general)
        assert [m.role for m in made] == [g.role for g in general], text
        roles += sum(m.role not in ("", "Professor", "Dr.", "chief") for m in made)
    assert roles >= 8

"""The first pass's fast paths (speedF) give what the general tests give: each fast path is compared with the
general one on made-up tricky texts and the seed articles."""

from __future__ import annotations

from pathlib import Path

from briefing.core.actors.cues import EDGE_FREE_SETS
from briefing.core.actors.finder import _Finder
from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.linked_names import linked_names
from briefing.core.actors.tokens import _tokenize

SEEDS = Path(__file__).resolve().parents[3] / "seeds"

TRICKY = [
    "Friends of the Earth and War on Want met Friends of the Earth and War on Want in Bosnia and Herzegovina .",
    "Kim Dae-jung met Chen Shui-bian , Marks & Spencer and Marlow and Co. at the Committee to Protect Journalists .",
    "William Pitt the Younger of the Bank of England spoke at Leeds Magistrates' Court and the Workers' Party .",
    "Radio 4 , Formula 1 and U.S. Highway 36 Numerous crashes ; Boatmen's Bancshares Inc. and Yorkshire and the Humber .",
    "Scottish Exhibition and Conference Centre , Organisation for Security and Cooperation in Europe said .",
    "Valery Giscard d'Estaing , Tariq al-Hashimi , Deir ez-Zor , Ludwig van Beethoven and Oscar-nominated Ann Lee .",
    "Путин встретил Зеленского в Киеве , Angela Merkel und François Hollande à Paris — 北京 Xi Jinping .",
    "\x00\x01 ÿ Ñandú Café \u200b Zoë O'Brien , \ufeff MARKS AND SPENCER PLC said .",
    " ".join(["Bank of"] * 300) + " England",
    " ".join(["Ann", "and", "Bo", "of", "the", "Cy", "&", "Di", "'s", "Eve", "to", "Fay"] * 200),
]


def _texts() -> list[str]:
    texts = list(TRICKY)
    for path in sorted(SEEDS.glob("*.txt")):
        texts.extend(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return texts


class _Everything:
    """A set that holds every word: with it as its word set, ``spans`` takes no fast exit (the general tests)."""

    def __contains__(self, word: str) -> bool:
        return True


def test_set_cues_word_sets_never_hold_the_sentence_edge():
    """set_cues reads "" beside a name at the sentence's edges and tests no edge when it looks the word up."""
    for words in EDGE_FREE_SETS:
        assert "" not in words


def test_spans_fast_run_end_matches_the_general_tests():
    """A run ended by the fast test (a token no rule carries a run over) ends where the general tests end it."""
    lex = _lexicon()
    texts = _texts()
    for linked in (frozenset(), linked_names(texts)):
        fast, general = _Finder(lex), _Finder(lex)
        fast.linked = general.linked = linked
        fast.spans(_tokenize("A B"))  # sets fast._goes_on for ``linked``
        general._goes_on = (linked, _Everything())
        checked = 0
        for text in texts:
            assert fast.spans(_tokenize(text)) == general.spans(_tokenize(text)), text
            checked += 1
        assert checked > 20

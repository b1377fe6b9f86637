"""``works.drop_works`` reads the document once for its lists of works, the places of its titles and the sentences a
product may go on sale in, and walks the mentions once (numbered products, event owners and short forms in the
same walk): the same mentions must come out as from the plain form (one search per sentence and title, four walks
over the mentions, :mod:`.drop_works_reference`), on made-up documents full of the words its rules read, odd marks,
other scripts, newlines inside sentences and titles."""

from __future__ import annotations

import random

import pytest

from briefing.core.actors import titles, work_spans, works
from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.tokens import new_mention

from .drop_works_reference import drop_works_reference, title_spans_reference

#: Words the rules of drop_works read, beside ordinary words, marks and other scripts.
_VOCAB = ["the", "The", "a", "film", "Film", "FILM", "drama", "drama,", "hit", "his", "cast", "as", "starring", "starred",
          "in", "tune", "into", "theme", "such", "like", "including", "games", "songs", "Pac-Man", "and", "or", "Lights",
          "Over", "Varnholm", "Varnholm,", "Mad", "Max", "Rooney's", "Rembrandt's", "'Storm", "Sea'", '"The', 'Hours"',
          "“A", "Play”", "Halo", "2", "has", "FM2005", "will", "go", "on", "sale", "(PSP)", "PSP", "(", ")", "drug",
          "drug,", "called", "Corvexa", "Awards", "Prize", "Soul", "Train", "aboard", "Storm", "HMS", "Lancaster",
          "champion", "Wimbledon", "format", "NBT", "LGP-30", "Named", "Binary", "Tag", "(NBT)", "known", "Marathon",
          "tournament", "Uncle", "Toby's", "Toby’s", "Hardcourts", "'s", "’s", "Theorem", "Godel", "disease", "said",
          "Blair", "Apple", "iPod", "-type", "TV", "series", "show", "Crime", "Lab", "(CLS)", "CLS", "Olympic", "bid",
          "ridden", "by", "riding", "Red", "Rum", "(2004)", "\n", "a\nb", "İ", "FİLM", "日本", "Σ", "ΑΣ,", "\u00a0", "",
          ",", ".", "'", "Bond", "James", "appearance", "character", "Fagin", "of", "report,", "Paying", "Price.",
          "language", "Tagalog", "processor", "Cell", "Wayne", "Rooneys", "Saab", "Saabs", "Conference", "at", "Leeds",
          "dialect", "dialect,", "language,", "sign-language", "champions", "eBay", "Pop", "Idol-type", "Lectures", "Run"]


#: Whole phrases the rules read, mixed into the sentences.
_PHRASES = ["the Uncle Toby's Hardcourts tournament", "the Uncle Toby’s Hardcourts tournament", "at Uncle Toby said",
            "games such as Pac-Man and Donkey Kong", " such as Space Invaders", "songs like Tall Tales, Mad Max",
            "consoles including Wii", "Halo 2 has broken records", "Gran Turismo 4 for the console",
            "PlayStation Portable (PSP) will go on sale", "Zune goes on sale", "Zune hits the shelves", "Wii hit shops",
            "Crime Lab Series (CLS)", "the CLS TV shows", "a Ryanair flight", "this week's Gulf Air event",
            "Named Binary Tag (NBT)", "a file format known as Named Binary Tag", "the Cell processor"]


#: Sentences that open with what the document is searched for, or end with a title's first part.
_EDGES = ["Zune hit shops", "Wii hit shops", "Soul Award", "Train Award", "Halo goes on sale", "Halo went on sale",
          "games such as Pac-Man", "games like Halo", "we saw Quiet", "Harbour said Ann", "we saw Harbour Lights", "",
          "Harbour Lights\nfans", "we saw Harbour Lights"]


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_PHRASES) if rng.random() < 0.08 else rng.choice(_VOCAB) for _ in range(rng.randint(0, 16))]
    return " ".join(words)


def _mentions(si: int, text: str, rng: random.Random):
    """Runs of one to three words of ``text`` as mentions, some of them of other kinds than names."""
    words, pos = [], 0
    for w in text.split(" "):
        words.append((pos, pos + len(w), w))
        pos += len(w) + 1
    for i in range(len(words)):
        for j in range(i + 1, min(i + 4, len(words) + 1)):
            if rng.random() < 0.5 or not all(w for _, _, w in words[i:j]):
                continue
            start, end = words[i][0], words[j - 1][1]
            tokens = [w for _, _, w in words[i:j]]
            if tokens[-1].endswith(("'s", "’s")) and len(tokens[-1]) > 2 and rng.random() < 0.7:
                end, tokens[-1] = end - 2, tokens[-1][:-2]  # "Uncle Toby" before "'s"
            kind = rng.choice(["name"] * 6 + ["dropped", "demonym"])
            yield new_mention(si, start, end, text[start:end], rng.choice([None, "ORG", "PER", "LOC"]), kind, None,
                              tuple(tokens))


def _document(rng: random.Random, titles: list[str] = ()):
    sentences = [_sentence(rng) for _ in range(rng.randint(1, 9))]
    for t in titles:  # a cue for each title, and the title again in another sentence
        sentences.append(f"the film {t} and {rng.choice(_VOCAB)}")
        sentences.insert(rng.randint(0, len(sentences)), f"{t} {rng.choice(_VOCAB)} {t}")
    title = _sentence(rng) if rng.random() < 0.5 else ""
    mentions = [*_mentions(-1, title, rng)]
    for si, text in enumerate(sentences):
        mentions.extend(_mentions(si, text, rng))
    return mentions, sentences, title


@pytest.mark.parametrize("seed", range(4))
def test_drop_works_keeps_what_the_plain_form_keeps(seed):
    lex = _lexicon()
    rng = random.Random(seed)
    for k in range(250):
        titles = []
        if k % 25 == 0:  # past work_spans._FEW_TITLES: the titles are found through their index
            titles = [f"Zorvan Kettle{n}" for n in range(work_spans._FEW_TITLES + rng.randint(-2, 6))]
        elif k % 5 == 0:
            titles = ["Quiet\nHarbour", "Harbour Lights\n", "Lights Over Varnholm", "Mad Max"]
        mentions, sentences, title = _document(rng, titles)
        if k % 5 == 0:  # a sentence's end and the next one's start, read in one text: nothing runs over the break
            for si, text in enumerate(_EDGES, len(sentences)):
                mentions.extend(_mentions(si, text, rng))
            sentences += _EDGES
        want = [id(m) for m in drop_works_reference(mentions, sentences, title, lex)]
        got = [id(m) for m in works.drop_works(mentions, sentences, title, lex)]
        assert got == want, (title, sentences)


def test_title_spans_reads_each_word_as_before():
    """``read_title_spans`` looks each word up once, in lower case with its comma (``_CUE_OR_AS``), and tests a
    quotation mark after it before its possessive: the spans the plain form gave, on words in every case, with
    commas, other scripts and quotation marks."""
    words = _VOCAB + ["Film,", "FILM,", "fIlM", "As", "as,", "AS", "Tune", "tune,", "into", "in", "to", "Sunday's",
                      "Drama,", "ΑΣ", "Σ,", "\u212aettle", "boo\u212a", "Vermeer's", "'The", "Concert'", "‘Tall", "Tales’",
                      "Cast", "of", "Kisna", "performance", "production,", "called", "Unicode", "as\tAs", "role,"]
    rng = random.Random(11)
    for _ in range(20000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 14)))
        assert titles.title_spans(text) == title_spans_reference(text), text

"""The actor finder's tokenizer: the chunk-by-chunk reading gives the tokens of the one regex over the text."""

import random

from briefing.core.actors.tokenizer import _POSSESSIVE, _TOKEN_RE, make_tok
from briefing.core.actors.tokens import _CREDIT, _credit_start, _tokenize


def _reference(text: str) -> list[tuple]:
    """The tokens as the regex alone gives them (the tokenizer before it read chunk by chunk)."""
    out = []
    for m in _TOKEN_RE.finditer(text):
        kind, (s, e), word = m.lastgroup or "punct", m.span(), m.group()
        pm = _POSSESSIVE.match(word) if kind == "word" and ("'" in word or "’" in word) else None
        if pm and pm.group(1)[0].isupper():
            cut = s + len(pm.group(1))
            out += [(pm.group(1), s, cut, "word"), (pm.group(2), cut, e, "punct")]
        else:
            out.append((word, s, e, kind))
    return [(*x, make_tok(*x).is_cap, make_tok(*x).is_upper) for x in out]


def _tokens(text: str) -> list[tuple]:
    return [(t.text, t.start, t.end, t.kind, t.is_cap, t.is_upper) for t in _tokenize(text)]


def test_chunks_give_the_regex_tokens():
    texts = [
        'Mr. Smith, of Acme Corp. (Reuters) said: "We\'ve won." J. R. Ewing\'s U.S. trip cost $5.2m, or 20%.',
        "St. Louis Co. Ltd. Inc., A. Smith; a. smith, Jones' team, “Paris”, (London) [AFP] ‘Quote’ ²",
        "UN NATO A I Ballymena-born Oscar-nominated ÉCOLE École al-Qaeda el-Baradei ǅemal",
        "Tariq al-Hashimi met Kim Dae-jung at www.acme.com on 1996-08-30 ; AT& T , Mrs , Messrs. A.",
        "Channel 4 2004. 2004, 1,000 _x_ x_y ... -- — don't O'Neill's Smith’s it's",
        '"It\'s (Japan\'s) world\'s, long-term so-called. -pre pre- pre--tax Long-term said," Mr." A." 5%, 7m 9² 1/2) 10:30',
        "",
        "   ",
    ]
    for text in texts:
        assert _tokens(text) == _reference(text), text


def test_chunks_give_the_regex_tokens_on_random_text():
    rng = random.Random(7)
    alphabet = list("aAbZs.,;:'’\"“”()[]-&/%$19 _²é") + ["Mr", "Co", "St", " ", "  ", "\t", "\n", "\x1c", ".com", "'s"]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 25)))
        assert _tokens(text) == _reference(text), repr(text)


def test_chunks_give_the_regex_tokens_on_amounts_and_compounds():
    """Amounts ("$206bn", "(£1.5m);", "1.8%."), and the chunks that fall back to the regex ("T-Mobile", "We'll")."""
    rng = random.Random(17)
    alphabet = list("$£€%.,;:/()[]!?'’-&\"“”‘") + ["206", "1.8", "9", "٣", "²", "bn", "m", "T", "Mobile", "We", "ll",
                                                 "U.S.", "J.", " ", " ", "  ", "Mr.", "al", "d'", "Éa", "ǅ", "中", ".com",
                                                 "'s", "2004", "_"]
    for _ in range(6000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 12)))
        assert _tokens(text) == _reference(text), repr(text)


def test_capitals_are_read_from_the_token():
    toks = _tokenize("The UN and NATO met in New York, said Ms. Lee.")
    caps = [t.text for t in toks if t.is_cap]
    upper = [t.text for t in toks if t.is_upper]
    assert caps == ["The", "UN", "NATO", "New", "York", "Ms.", "Lee"]
    assert upper == ["UN", "NATO"]


def test_credit_start_is_the_credit_regex():
    texts = ["Photo: Sergei Ivanov / AFP", "PHOTOGRAPHS BY Ann Lee", "A picture of Paris", "Images by Getty",
             "© Reuters 2024", "Quelle source : AFP ©", "The source said", "Sources: Reuters", "Credit: AP",
             "Courtesy of NASA", "Leeds beat Hull", "The ſource: AFP", "PHOTO:AFP", "",
             "Nearby: a park", "By the way", "A photo by Ann Lee", "Credit card bills by post", "SOURCE:AFP",
             "a source said: no", "maybe the images", "Photo © Ann Lee", "Photo:"]
    for text in texts:
        m = _CREDIT.search(text)
        assert _credit_start(text) == (m.start() if m else None), text
    assert _credit_start("He said: Photo: Ann Lee") == 9
    assert _credit_start("Leeds beat Hull") is None


def test_new_mention_is_the_dataclass_mention():
    """``new_mention`` (no ``__init__``) gives a mention equal to the dataclass's, field by field, after pickling
    too, and its class defaults are not shared state: setting a field on one leaves the others alone."""
    import dataclasses
    import pickle

    from briefing.core.actors.tokens import EntityMention, new_mention

    made = new_mention(3, 4, 15, "Tony Blair", "PER", "name", None, ("Tony", "Blair"), role="Prime Minister", unsure=True)
    ref = EntityMention(3, 4, 15, "Tony Blair", type="PER", kind="name", key=None, tokens=("Tony", "Blair"),
                        role="Prime Minister", unsure=True)
    assert made == ref
    assert dataclasses.asdict(made) == dataclasses.asdict(ref)
    assert repr(made) == repr(ref)
    assert pickle.loads(pickle.dumps(made)) == ref
    assert made.norm == ref.norm and made.model_type is None and made.name_type == ""
    other = new_mention(0, 0, 5, "Paris", "LOC", "name", "FR", ("Paris",))
    made.locative = True
    made.entrant = 1
    assert not other.locative and other.entrant == 0 and other.role == "" and not other.unsure
    try:
        new_mention(0, 0, 5, "Paris", "LOC", "name", None, ("Paris",), no_such_field=True)
    except TypeError as e:
        assert "no_such_field" in str(e)
    else:
        raise AssertionError("an unknown field must fail as the dataclass's __init__ does")


def test_chunks_placed_by_their_lengths_only_when_one_white_space_character_parts_them():
    """``tokenize_caps`` places each chunk one character after the last and checks the last end against the text's
    length (no string joined to compare): a tab, a line break or a no-break space as the one character of a gap keeps
    the places; two characters, or one before the first chunk or after the last, send the text to the regex,
    also when a chunk the regex reads stands past the misplaced ones ("U.S.", "J. Smith", "Coca-Cola")."""
    texts = [
        "Mr Smith\tmet J. Smith\nof Coca-Cola\u00a0in U.S. talks.",
        "a  U.S. deal", "  U.S. deal", "U.S. deal  ", " a", "a ", "a\t\tJ. Smith", "a \nCoca-Cola's team",
        "Smith  J. Jones", "x\u2003\u2003T-Mobile", "\u00a0U.S.", "A. \u3000B.", "a b  c\td Coca-Cola",
    ]
    for text in texts:
        assert _tokens(text) == _reference(text), repr(text)
    line = ("Coca-Cola met J. Smith in U.S. talks,\t" * 30_000) + "  T-Mobile U.S."
    assert _tokens(line) == _reference(line)

"""Names the extractor did not find at all (issue 17, round 25): one short made-up text per rule."""

from tests.core.builders import mention_types


def test_firm_named_with_a_possessive_keeps_it():
    # "Moody's said" gave no mention ("moody" is a dictionary word), "Moody's cut" a person "Moody".
    got = mention_types("Moody's said the outlook was stable.", "Analysts at Moody's cut the rating on Tuesday.")
    assert got.get("Moody's") == {"ORG"} and "Moody" not in got


def test_possessive_firm_once_with_has():
    got = mention_types("Standard & Poor's has raised the bonds to investment grade.")
    assert got.get("Standard & Poor's") == {"ORG"}


def test_persons_and_illnesses_keep_their_possessive_apart():
    got = mention_types("Mr Grant's plan failed.", "Grant's allies said so.", "It helps victims of Alzheimer's, "
                        "Parkinson's and other illnesses.")
    assert "Grant's" not in got and "Alzheimer's" not in got and "Parkinson's" not in got


def test_journal_before_a_common_word_names_it():
    # "Nature" is a dictionary word: only the descriptor noun before it makes it a name.
    got = mention_types("The study was published in the journal Nature on Monday.")
    assert got.get("Nature") == {"ORG"}


def test_first_name_before_an_event_word_surname_is_a_person():
    # "Day" is an event word ("Boxing Day"): a listed first name before it makes a person, not a date.
    got = mention_types("The film starred Doris Day and Rock Hudson.", "Parades were held on Columbus Day.")
    assert got.get("Doris Day") == {"PER"} and "Columbus Day" not in got


def test_town_before_motor_show_is_a_place():
    # "Geneva" is also a listed first name: "the Geneva motor show" is the show held in the town.
    assert mention_types("The car was unveiled at the Geneva motor show.").get("Geneva") == {"LOC"}


def test_inserting_new_firm_mentions_in_one_pass_keeps_the_order_of_one_at_a_time():
    """possessives._insert_all puts each new mention where possessives._insert, one at a time, puts it, on lists
    whose sentences are contiguous and sorted (bisection) and on lists where they are not (the fallback)."""
    import random

    from briefing.core.actors.possessives import _insert, _insert_all
    from briefing.core.actors.tokens import new_mention

    rng = random.Random(25)
    for _ in range(300):
        mentions = [new_mention(rng.randrange(-1, 4), rng.randrange(0, 60), 0, "X", None, "name", None, ("X",))
                    for _ in range(rng.randrange(0, 12))]
        if rng.random() < 0.6:  # the finder's order: by sentence (title last), then by start
            mentions.sort(key=lambda m: (m.sentence < 0, m.sentence, m.start))
        added = [new_mention(si, rng.randrange(0, 60), 0, "Y", None, "name", None, ("Y",))
                 for si in sorted(rng.choice((-1, 0, 1, 2, 3, 5)) for _ in range(rng.randrange(1, 6)))]
        one, batch = list(mentions), list(mentions)
        for m in added:
            _insert(one, m)
        _insert_all(batch, added)
        assert [id(m) for m in batch] == [id(m) for m in one]

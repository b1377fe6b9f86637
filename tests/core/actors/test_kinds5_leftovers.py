"""English key-actor leftovers of issue 17 (round kinds5). Made-up texts."""

from tests.core.builders import actor_type_roles, actors_of


def _actor_of(actors, name):
    return next((a for a in actors if name == a.name or name in a.aliases), None)


def test_capital_initials_of_a_person_name_join_the_person():
    """"Toma Vasquez ... TV said": a pen name or a famous name shortened to its initials in capitals is the same
    person (the acronym rule took only organisations as hosts, so "TV" stood as an organisation of its own)."""
    from briefing.core.actors import extract_actors
    from tests.core.builders import make_article

    actors = extract_actors(make_article(["Nella Quist wrote the story for the site. Take it away, NQ.",
                                          "NQ lives in Bristol, editor Sam Hale said."], title="Fan history"))
    nq = _actor_of(actors, "NQ")
    assert nq is not None and nq is _actor_of(actors, "Nella Quist") and nq.type == "PER"


def test_person_initials_shared_with_a_body_join_the_body():
    """Letters that spell both a person's name and an organisation's name go to the organisation, as before."""
    from briefing.core.actors import extract_actors
    from tests.core.builders import make_article

    actors = extract_actors(make_article(["Nella Quist joined the board of the charity Next Quantum. NQ said profits rose.",
                                          "Next Quantum is based in Leeds."], title="Quarry"))
    assert _actor_of(actors, "NQ") is _actor_of(actors, "Next Quantum")


def test_month_short_form_before_a_surname_particle_is_a_first_name():
    """"Jan ter Horst", "Jan van der Berg": "Jan" read as January left "ter Horst" alone; a name particle and a
    capital after it make a surname, so the month word is a first name (no day number next to it)."""
    got = actor_type_roles("Jan van der Weel was named coach on Monday. Van der Weel said he was proud.",
                           "Jan ter Smit, his assistant, said little.")
    assert got["Jan van der Weel"][0] == "PER"
    assert got["Jan ter Smit"][0] == "PER"
    assert "ter Smit" not in got and "van der Weel" not in got


def test_month_with_a_day_number_stays_a_date():
    got = actor_type_roles("The vote is due on Jan 14, minister Hugo Lamb said.", "Lamb said taxes would not rise.")
    assert "Jan" not in got and got["Hugo Lamb"][0] == "PER"


def test_short_form_that_is_a_common_word_names_the_one_person_with_that_first_name():
    """"Bob" beside Robert Quill: "bob" is a common word, read alone as no name at all (so the short-forms rule
    never saw it); a listed short form of the first name of exactly one person named in full is that person."""
    from briefing.core.actors import extract_actors
    from tests.core.builders import make_article

    actors = extract_actors(make_article(["Robert Vane sailed round the world alone. Bob reached Falmouth on Friday.",
                                          "Later, Bob said he was tired, his wife Nora Vane said."], title="Sailor"))
    bob = _actor_of(actors, "Bob")
    assert bob is not None and bob is _actor_of(actors, "Robert Vane")


def test_short_form_of_two_people_first_names_stays_apart():
    """Two Roberts named in full: "Bob" names neither for sure."""
    from briefing.core.actors import extract_actors
    from tests.core.builders import make_article

    actors = extract_actors(make_article(["Robert Vane and Robert Lusk sailed round the world. Bob reached Falmouth.",
                                          "Later, Bob said he was tired."], title="Sailors"))
    bob = _actor_of(actors, "Bob")
    assert bob is None or (bob is not _actor_of(actors, "Robert Vane") and bob is not _actor_of(actors, "Robert Lusk"))


def test_adjective_glued_between_an_honorific_and_a_name_is_no_part_of_it():
    """"Mr Unpopular Bubba Watson": a headline's adjective (an adjective ending, or "un" before a dictionary word)
    between the honorific and a two-word name; the name is the two words, with its honorific."""
    got = actor_type_roles("Mr Unpopular Zeb Karlow was booed at the club. Zeb Karlow said he did not care.",
                           "Mrs Tearful Ottla Brenn thanked the donors.")
    assert got["Zeb Karlow"][0] == "PER"
    assert "Unpopular Zeb Karlow" not in got
    assert "Ottla Brenn" in got and "Tearful Ottla Brenn" not in got


def test_adjective_opening_a_sentence_before_a_two_word_name_is_cut():
    """"Furious Zeb Karlow blamed the pitch": a capitalised adjective opening the sentence before an unlisted
    first name and a surname is no part of the name (the finder's tagger already cut it: a guard for the
    honorific rule above, which reads the same adjectives)."""
    got = actor_type_roles("Furious Zeb Karlow blamed the pitch on Saturday. Karlow said the club would complain.")
    assert "Zeb Karlow" in got and "Furious Zeb Karlow" not in got


def test_name_with_a_link_word_written_twice_is_one_organisation():
    """"War on Want", "Guardians of the Forest": a lower-case link word inside a name the text writes the same way
    twice; the run of capitals stopped at it and left the last word ("Want"; "Earth" as a place)."""
    got = actor_type_roles("Rally on Rents said the cuts would hurt tenants. Rally on Rents urged ministers to act.",
                           "Keepers of the Moor blocked the road near Exeter. Keepers of the Moor said they would stay.")
    assert got["Rally on Rents"][0] == "ORG"
    assert got["Keepers of the Moor"][0] == "ORG"
    assert "Rents" not in got and "Moor" not in got


def test_name_with_a_link_word_after_an_organisation_noun_is_one_organisation():
    got = actor_type_roles("The charity Lanterns for Veterans said demand rose in Glasgow.", "Its chief, Ann Roe, spoke.")
    assert got["Lanterns for Veterans"][0] == "ORG"
    assert "Veterans" not in got


def test_a_day_after_a_link_word_is_no_name():
    """"Chelsea on Sunday" twice is a club and a date, never one name."""
    got = actor_type_roles("Arsenal play Chelsea on Sunday. Chelsea on Sunday will miss two players.")
    assert "Chelsea on Sunday" not in got


def test_linked_names_reads_a_hostile_line_in_bounded_time():
    import time

    from briefing.core.actors.linked_names import linked_names

    line = ("Aa on " * 200_000)[:1_000_000]
    t = time.perf_counter()
    linked_names([line, "Bb" * 500_000 + " for Cc"])
    assert time.perf_counter() - t < 2.0

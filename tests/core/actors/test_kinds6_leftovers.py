"""English key-actor leftovers of issue 17 (round kinds6). Made-up texts."""

from tests.core.builders import actor_type_roles, person_roles


def test_a_date_before_a_role_stays_out_of_it():
    """"On Jan 14, finance minister Hugo Lamb": the tokenizer keeps the comma on the number ("14,"), which the
    rule of a number inside a body's name ("Channel 4 controller") took into the role; a role never holds a date
    nor a number closing a clause."""
    assert person_roles("On Jan 14, finance minister Hugo Lamb unveiled the budget.") == {"Hugo Lamb": "finance minister"}
    assert person_roles("In 2014, finance minister Hugo Lamb unveiled the budget.") == {"Hugo Lamb": "finance minister"}
    assert person_roles("On May 3 finance minister Hugo Lamb unveiled the budget.") == {"Hugo Lamb": "finance minister"}


def test_a_number_inside_a_body_name_still_belongs_to_the_role():
    assert person_roles("Ex-No 10 media chief Hugo Lamb spoke on Monday.") == {"Hugo Lamb": "Ex-No 10 media chief"}
    assert person_roles("Formula 1 boss Hugo Lamb spoke on Monday.") == {"Hugo Lamb": "Formula 1 boss"}


def test_a_possessive_place_with_a_court_or_a_gate_is_one_place():
    """"Earl's Court" read as an owner "Earl" (a person) and a thing owned: "Court", "Gate", "Yard", "Field" are
    nouns of a place named after an owner, like "End" and "Cross" already were."""
    got = actor_type_roles("The band played Earl's Court in London on Friday. Earl's Court held 20,000 fans.",
                           "Singer Tara Voss said Earl's Court was the best night of the tour.")
    assert got.get("Earl's Court", ("",))[0] == "LOC"
    assert "Earl" not in got


def test_a_first_name_and_an_adjective_is_no_person():
    """"Augusta National": a first name, then a dictionary adjective that is no listed surname; a person's surname
    is never an adjective ("National", "Olympic", "Central"), so the run is a body or a place, not a person."""
    got = actor_type_roles("The Masters starts at Augusta National on Thursday. Members of Augusta National vote in secret.",
                           "Chairman Fred Ridley said Augusta National would not change.")
    assert got["Augusta National"][0] == "ORG"
    assert got["Fred Ridley"][0] == "PER"


def test_a_first_name_and_a_surname_stays_a_person():
    got = actor_type_roles("Augusta Neal won the race in Leeds on Sunday. Neal said she was tired.",
                           "Her coach Dan Royal said the course was hard.")
    assert got["Augusta Neal"][0] == "PER"
    assert got["Dan Royal"][0] == "PER"


def test_a_pronoun_later_in_the_sentence_does_not_make_an_adjective_a_surname():
    """"at Augusta National of seven months, he explained": the "he" takes up the speaker, not the club."""
    got = actor_type_roles("We have a short season at Augusta National of seven months, he explained.",
                           "Chairman Fred Ridley said Augusta National would not change.")
    assert got["Augusta National"][0] == "ORG"


def _owner(actors, name):
    return next((a for a in actors if name == a.name or name in a.aliases), None)


def test_a_first_name_that_is_an_event_word_names_the_one_person_with_it():
    """"Bill" is a listed word of an event or a law, so alone it was dropped; when the text names exactly one
    person "Bill ..." in full, a lone "Bill" with no article before it is that person."""
    from briefing.core.actors import extract_actors
    from tests.core.builders import make_article

    actors = extract_actors(make_article(["Bill Mayhew won the race in Ascot on Saturday. Later Bill thanked his trainer.",
                                          "Trainer Nina Holt said Bill rode well."], title="Races"))
    bill = _owner(actors, "Bill")
    assert bill is not None and bill is _owner(actors, "Bill Mayhew") and bill.type == "PER"


def test_a_law_after_an_article_or_two_people_named_bill_stay_apart():
    from briefing.core.actors import extract_actors
    from tests.core.builders import make_article

    actors = extract_actors(make_article(["Bill Hart said the Bill would pass. MPs voted for the Bill on Monday."]))
    assert _owner(actors, "Bill") in (None, _owner(actors, "Bill Hart"))
    assert [a.name for a in actors if a.name == "Bill"] == []
    actors = extract_actors(make_article(["Bill Hart and Bill Lane won seats in Leeds. Bill said he was glad."]))
    assert _owner(actors, "Bill") is None


def test_emir_is_a_given_name_before_a_surname():
    """"Emir Kusturica": "emir" is a ruler's title and a common word, so a sentence's first "Emir" was cut off
    ("Kusturica", an organisation) and "Director Emir Kusturica" lost the person; the given name is listed now."""
    from briefing.core.actors import extract_actors
    from tests.core.builders import make_article

    actors = extract_actors(make_article(["Director Emir Kusturica opened the festival in Belgrade. Kusturica said his new film was ready.",
                                          "Emir Kusturica will also play guitar with his band."], title="Film"))
    emir = _owner(actors, "Emir Kusturica")
    assert emir is not None and emir.type == "PER" and emir is _owner(actors, "Kusturica")


def test_emir_before_another_title_is_still_a_title():
    got = actor_type_roles("Emir Sheikh Tamim bin Hamad Al Thani met the president in Doha.")
    assert got["Tamim bin Hamad Al Thani"][0] == "PER"
    assert not any(n.startswith("Emir") for n in got)


def test_an_age_or_a_relative_noun_makes_a_place_shaped_name_a_person():
    """"Stamford Bridge, 81, died", "his son Paul Bridge": a name ending in a place's last word ("Bridge") is read
    as a place; an age after it or a relative's noun before it says a person (as it did for organisations)."""
    got = actor_type_roles("Stamford Bridge, 81, died at home in Kent on Tuesday. Bridge was a carpenter, "
                           "his son Paul Bridge said.", "He is survived by his wife Ann.")
    assert got["Stamford Bridge"][0] == "PER"
    assert got["Paul Bridge"][0] == "PER"


def test_a_ground_with_no_person_cue_stays_a_place():
    got = actor_type_roles("Chelsea beat Fulham 2-0 at Stamford Bridge on Sunday. Stamford Bridge was sold out.",
                           "Manager Owen Price said the crowd at Stamford Bridge helped.")
    assert got["Stamford Bridge"][0] == "LOC"


def test_a_pronoun_after_an_owned_run_takes_up_the_owner():
    """"his Crystal Palace team-mates after he opened the scoring": a run after "his" modifies the noun the owner
    owns; the later "he" is the owner, no cue that the everyday words name a person."""
    from briefing.core.actors import extract_mentions
    from tests.core.builders import make_article

    ms = extract_mentions(make_article(["Glenn Murray is mobbed by his Crystal Palace team-mates after he opened the scoring."]))
    assert {m.text: m.type for m in ms}["Crystal Palace"] == "ORG"
    ms = extract_mentions(make_article(["Hope Solo said she would play on Sunday."]))
    assert {m.text: m.type for m in ms}["Hope Solo"] == "PER"

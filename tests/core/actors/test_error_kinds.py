"""Key actors: each error kind of issue 17 on a short text written for it (spans, types, aliases, roles)."""

from briefing.core.actors import extract_mentions
from tests.core.builders import actors_of, by_name, make_article, names

# -- span boundaries -------------------------------------------------------------


def test_sentence_initial_word_is_not_glued_to_a_name():
    """'Smiling Kate Hudson' at the start of a sentence gives Kate Hudson, not 'Smiling Kate Hudson'."""
    actors = actors_of("Smiling Kate Hudson waved to fans outside the theatre. Hudson said she was delighted.")
    assert "Kate Hudson" in names(actors)
    assert not any(n.startswith("Smiling") for n in names(actors))


def test_sentence_initial_conjunction_is_not_glued_to_a_name():
    """'While Ann Jones stayed...' gives Ann Jones, and the place before the full stop stays apart."""
    actors = actors_of("The couple flew to Corfu. While Ann Jones stayed at the hotel, her husband went diving.")
    assert {"Ann Jones", "Corfu"} <= names(actors)
    assert not any("While" in n for n in names(actors))


def test_capitalised_clause_word_inside_a_run_splits_it():
    """'to Corfu While Ann Jones stayed' (a lost sentence break) gives Corfu and Ann Jones, not one name."""
    actors = actors_of("They flew to Corfu While Ann Jones stayed at home. Jones said it rained.")
    assert by_name(actors, "Corfu").type == "LOC" and by_name(actors, "Ann Jones").type == "PER"
    assert not any("While" in n for n in names(actors))


def test_company_at_sentence_start_stays_whole():
    """A sentence-initial company name made of a common word and a company word is not cut."""
    actors = actors_of("Zentek Robotics said profits rose. The firm, based in Ohio, employs 300 people.")
    assert by_name(actors, "Zentek Robotics") is not None and by_name(actors, "Zentek Robotics").type == "ORG"


def test_duke_of_kent_is_one_name_not_a_fragment():
    """'The Duke of Kent' gives the person 'Duke of Kent', never the fragment 'of Kent'."""
    actors = actors_of("The Duke of Kent opened the new hospital wing. The Duke said it was a proud day.")
    duke = by_name(actors, "Duke of Kent")
    assert duke is not None and duke.type == "PER"
    assert not any(n.startswith("of ") for n in names(actors))


def test_place_glued_to_a_person_is_split():
    """'In New York Zara Phillips...' gives New York (a place) and Zara Phillips (a person)."""
    actors = actors_of("After a week in New York Zara Phillips returned to London. Phillips rode at Badminton.")
    assert by_name(actors, "Zara Phillips").type == "PER"
    assert by_name(actors, "New York").type == "LOC"
    assert "New York Zara Phillips" not in names(actors)


def test_country_glued_to_an_arabic_name_is_split_and_merged():
    """'In Iraq Al-Hashimi was sentenced' gives Iraq and the person, merged with 'Tariq al-Hashimi'."""
    actors = actors_of("In Iraq Al-Hashimi was sentenced to death in his absence. Tariq al-Hashimi denies the charges.")
    person = by_name(actors, "Tariq al-Hashimi")
    assert person is not None and person.type == "PER" and "Al-Hashimi" in person.aliases
    assert by_name(actors, "Iraq").type == "LOC"
    assert "Iraq Al-Hashimi" not in names(actors)


def test_numbered_station_names_are_kept_whole():
    """'Radio 4' and 'Channel 4' keep their number (not 'Radio', not '4')."""
    actors = actors_of("He told BBC Radio 4 that the plan would fail. Channel 4 declined to comment.")
    assert {"BBC Radio 4", "Channel 4"} <= names(actors)
    assert not names(actors) & {"Radio", "BBC Radio", "4", "Channel"}
    assert all(a.type == "ORG" for a in actors)


def test_plural_possessive_court_name_is_kept_whole():
    """"Leeds Magistrates' Court" is one organisation, not 'Leeds Magistrates'."""
    actors = actors_of("She appeared before Leeds Magistrates' Court on Friday. The court heard she had no convictions.")
    court = by_name(actors, "Leeds Magistrates' Court")
    assert court is not None and court.type == "ORG"
    assert "Leeds Magistrates" not in names(actors)


def test_possessive_of_a_country_does_not_join_the_title_or_name():
    """"Britain's Prime Minister Tony Blair" gives Britain and Tony Blair with his role; 'Mr Bush' is a person."""
    actors = actors_of("Britain's Prime Minister Tony Blair met Mr Bush. Blair's spokesman said the talks went well.")
    assert by_name(actors, "Tony Blair").role == "Prime Minister"
    assert by_name(actors, "Britain").type == "LOC"
    assert by_name(actors, "Bush").type == "PER"


# -- types -----------------------------------------------------------------------


def test_company_court_regiment_and_venue_are_not_people():
    """A company, a court and a regiment are organisations; an exhibition centre is a venue, a place
    (``actors-gold.md``: the gold types 'Scottish Exhibition and Conference Centre' LOC)."""
    actors = actors_of(
        "Zentek Robotics cut 50 jobs. He appeared at Carlisle Crown Court on Tuesday. "
        "He served with the Royal Welsh Fusiliers in Iraq. The show was at the Scottish Exhibition Centre.")
    for name in ("Zentek Robotics", "Carlisle Crown Court", "Royal Welsh Fusiliers"):
        assert by_name(actors, name) is not None and by_name(actors, name).type == "ORG", name
    assert by_name(actors, "Scottish Exhibition Centre") is not None
    assert by_name(actors, "Scottish Exhibition Centre").type == "LOC"


def test_company_legal_form_ends_the_name_before_of():
    """'Kia Motor Corp of South Korea' is the company and the country, not one name."""
    actors = actors_of("Indonesia's car is made by Kia Motor Corp of South Korea, analysts said.")
    assert by_name(actors, "Kia Motor Corp").type == "ORG" and by_name(actors, "South Korea").type == "LOC"
    two = actors_of("The deal helps it against Johnson Controls Inc and Lear Corp, analysts said.")
    assert {"Johnson Controls Inc", "Lear Corp"} <= names(two)


def test_team_named_by_place_and_plural_noun_is_an_organisation_kept_whole():
    """'San Diego Padres' is not 'San' and a person 'Diego Padres'; 'Seattle Mariners' is a team, not a person."""
    actors = actors_of("He played for the San Diego Padres before the Seattle Mariners signed him.")
    assert by_name(actors, "San Diego Padres").type == "ORG" and by_name(actors, "Seattle Mariners").type == "ORG"
    assert by_name(actors, "San") is None
    people = actors_of("Georgia Brooks and Jordan Banks spoke.")
    assert by_name(people, "Georgia Brooks").type == "PER"


def test_company_legal_form_makes_an_organisation():
    """'NationsBank Corp.', 'Cofinec S.A.', 'Pirelli SpA': two capitalised words are no person when a legal form ends them."""
    actors = actors_of("Shares of Cofinec S.A. and Pirelli SpA fell while NationsBank Corp. rose.")
    assert {by_name(actors, n).type for n in ("Cofinec S.A.", "Pirelli SpA", "NationsBank Corp.")} == {"ORG"}


def test_name_starting_with_a_listed_place_is_an_organisation_not_a_person():
    """'Warsaw Newsroom', 'Chittagong Cement' are organisations; 'Jordan Henderson', 'Hernando Rivera Cervantes'
    (a first name or a surname after the place) stay people."""
    actors = actors_of("Warsaw Newsroom reported that Chittagong Cement had agreed.")
    assert by_name(actors, "Warsaw Newsroom").type == "ORG" and by_name(actors, "Chittagong Cement").type == "ORG"
    people = actors_of("Jordan Henderson met Hernando Rivera Cervantes in the capital.")
    assert by_name(people, "Jordan Henderson").type == "PER" and by_name(people, "Hernando Rivera Cervantes").type == "PER"


def test_company_with_ampersand_is_an_organisation():
    """'P&O Cruises' is an organisation, not a person."""
    actors = actors_of("P&O Cruises said bookings rose. Anna Kaye, a spokeswoman, said so.")
    assert by_name(actors, "P&O Cruises").type == "ORG"


def test_unknown_word_listed_between_people_is_a_person():
    """'Ponting' (no list knows it) between named players is a person, not an organisation by default."""
    actors = actors_of("Australia named Ponting, Michael Slater, Darren Lehmann and Mark Waugh in the squad.")
    assert by_name(actors, "Ponting").type == "PER"
    firms = actors_of("The buyers were Zorvex, Baltic Shipping Group and Volvo.")
    assert by_name(firms, "Zorvex").type == "ORG"


def test_events_and_works_are_not_people():
    """A war with its number and a contest are not actors at all."""
    actors = actors_of("He fought in World War I. He won the Dance Contest in 2010. Tom Green wrote about it.")
    assert names(actors) == {"Tom Green"}


def test_nationality_nouns_are_not_organisations():
    """'Frenchman', 'Scotsman' and 'Englishmen' are people described by nationality, not names."""
    actors = actors_of("The Frenchman crossed the line first. A Scotsman came second. Two Englishmen were third.")
    assert not names(actors) & {"Frenchman", "Scotsman", "Englishmen"}


def test_contractions_are_not_organisations():
    """'We've', 'They’re' and 'We’ll' at the start of a capitalised run are never names."""
    actors = actors_of("Tom Green said We’ve never lost here. \"We've got Real Madrid next. We’ll see,\" he said.")
    assert not any("'" in n or "’" in n for n in names(actors)), names(actors)
    assert "Real Madrid" in names(actors)


def test_postal_code_after_a_place_is_a_place():
    """'Washington, DC': the two capitals after a listed place and a comma are a place, not an organisation."""
    actors = actors_of("The rally in Washington, DC drew the FBI on Friday.")
    assert by_name(actors, "DC").type == "LOC" and by_name(actors, "FBI").type == "ORG"


def test_planets_are_places():
    """Earth and Mars are places (LOC), not organisations."""
    actors = actors_of("The probe left Earth in July. It will reach Mars in February, NASA said.")
    assert by_name(actors, "Earth").type == "LOC" and by_name(actors, "Mars").type == "LOC"


# -- aliases ---------------------------------------------------------------------


def test_shared_surname_merges_with_neither_person():
    """With John Smith and James Smith in the text, a bare 'Smith' joins neither of them."""
    actors = actors_of("John Smith and his brother James Smith ran the farm. Smith said the farm would close.")
    assert by_name(actors, "John Smith").aliases == []
    assert "Smith" not in by_name(actors, "James Smith").aliases


def test_mr_and_mrs_pick_the_person_by_gender():
    """'Mr Smith' joins John Smith and 'Mrs Smith' joins Jane Smith."""
    actors = actors_of("John Smith and Jane Smith married in 1990. Mr Smith is a builder. Mrs Smith is a nurse.")
    assert by_name(actors, "John Smith").aliases == ["Smith"]
    assert by_name(actors, "Jane Smith").aliases == ["Smith"]


def test_two_first_names_are_never_merged():
    """Jane Smith and Joan Smith share a surname and a first letter but stay two people."""
    actors = actors_of("Jane Smith and her sister Joan Smith both spoke. Jane Smith is older. Joan Smith said nothing.")
    assert {"Jane Smith", "Joan Smith"} <= names(actors)


def test_single_person_surname_still_merges():
    """With one Obama in the text, 'Obama' is an alias of Barack Obama."""
    actors = actors_of("Barack Obama spoke on Monday. Obama said the bill would pass.")
    assert by_name(actors, "Barack Obama").aliases == ["Obama"]


def test_shorter_organisation_name_joins_the_longer_one():
    """'Radio 4' alone is 'BBC Radio 4' when the text names only that one (the merge used to never fire)."""
    actors = actors_of("He told BBC Radio 4 that the plan would fail.", "Radio 4 listeners complained on Monday.")
    station = by_name(actors, "BBC Radio 4")
    assert station is not None and station.aliases == ["Radio 4"] and station.mentions == 2
    assert by_name(actors, "Radio 4") is None


def test_shorter_organisation_name_inside_two_longer_ones_joins_neither():
    """'Radio 4' next to 'BBC Radio 4' and 'Radio 4 Extra Ltd' could be either: it stays apart."""
    actors = actors_of("BBC Radio 4 and Radio 4 Extra Ltd split.", "Radio 4 said nothing.")
    assert by_name(actors, "BBC Radio 4").aliases == []


def test_full_name_without_the_middle_initial_is_the_same_person():
    """'George Bush' and 'George W. Bush' are one actor; with a 'George H. W. Bush' too, it joins neither."""
    actors = actors_of("George W. Bush met the press in Texas.", "George Bush said the war would end.",
                       "Bush left for Washington.")
    assert [a.name for a in actors if a.type == "PER"] == ["George W. Bush"]
    assert set(by_name(actors, "George W. Bush").aliases) == {"George Bush", "Bush"}
    two = actors_of("George H. W. Bush met George W. Bush in Texas.", "George Bush said the war would end.")
    assert {"George H. W. Bush", "George W. Bush", "George Bush"} <= names(two)


def test_hyphenated_military_title_is_a_role_not_an_organisation():
    """'Major-General Nikolai Sherbatov': the title is his role, not an actor of its own."""
    actors = actors_of("The commander, Major-General Nikolai Sherbatov, told reporters the rebels had left.")
    assert by_name(actors, "Nikolai Sherbatov").role == "Major-General"
    assert by_name(actors, "Major-General") is None


def test_peer_known_by_one_name_keeps_the_title():
    """'Lord Woolf' is the name; a later 'Woolf' is its alias."""
    actors = actors_of("Lord Woolf criticised the plan. Woolf said judges had not been consulted.")
    woolf = by_name(actors, "Lord Woolf")
    assert woolf is not None and woolf.type == "PER" and "Woolf" in woolf.aliases


# -- roles -----------------------------------------------------------------------


def test_relative_does_not_get_the_title_of_the_person_named_before():
    """'President Smith's daughter Anne Smith' gives Anne no role 'President'."""
    actors = actors_of("President Smith's daughter Anne Smith spoke to reporters. Smith said he was proud.")
    anne = by_name(actors, "Anne Smith")
    assert anne is not None and "President" not in anne.role
    assert by_name(actors, "Smith").role == "President"


def test_relative_of_a_named_president_has_no_role():
    """'President Emmanuel Macron's daughter Anne Macron': the role stays with Emmanuel Macron."""
    actors = actors_of("President Emmanuel Macron's daughter Anne Macron spoke to reporters.")
    assert by_name(actors, "Emmanuel Macron").role == "President"
    assert by_name(actors, "Anne Macron").role == ""


def test_mentions_of_a_split_run_keep_character_offsets():
    """Every mention's offsets cut its own text out of its sentence."""
    article = make_article(["After a week in New York Zara Phillips returned to BBC Radio 4 in London."])
    sentence = article.sentences[0].text
    for m in extract_mentions(article):
        assert sentence[m.start:m.end] == m.text

"""Key actors on news (issue 17, third round): surname and first-name merges, titles as roles, credits,
spurious single words, events and works. Each test is a short text written for it."""

from briefing.core.actors.lexicon import _lexicon
from briefing.core.actors.lone_words import _firm_person
from briefing.core.actors.resolve import _Cluster
from briefing.core.actors.tokens import EntityMention
from tests.core.builders import actors_of, by_name, names

# -- surnames and first names ------------------------------------------------------


def test_surname_goes_to_the_only_person_named_so_far():
    """Before the brother is named, 'Velikova' can only be Anna Velikova; after, it is nobody's alias."""
    actors = actors_of("Judges cleared Anna Velikova of fraud on Monday. Velikova, 34, wept. Velikova's lawyer spoke.",
                       "Her brother, Pavel Velikova, was convicted last year. Velikova did not comment.")
    anna = by_name(actors, "Anna Velikova")
    assert anna.mentions == 3 and anna.aliases == ["Velikova"]
    assert by_name(actors, "Pavel Velikova").mentions == 1
    lone = by_name(actors, "Velikova")
    assert lone is not None and lone.type == "PER" and lone.mentions == 1


def test_relative_whose_first_name_is_a_place_is_still_a_person():
    """'Aden Korlov' (Aden is a listed place) beside 'Mira Korlov' is a person sharing her surname."""
    actors = actors_of("Police arrested Aden Korlov in March. His sister Mira Korlov was released on bail.")
    assert by_name(actors, "Aden Korlov").type == "PER"
    assert by_name(actors, "Mira Korlov").type == "PER"


def test_unlisted_first_name_alone_is_the_one_person_with_it():
    """'Zebby' (no listed first name) is Zebby Marlowe, the only person named Zebby."""
    actors = actors_of("Rock singer Zebby Marlowe said the band would split. Fans of Zebby were upset on Friday.")
    singer = by_name(actors, "Zebby Marlowe")
    assert singer.mentions == 2 and singer.aliases == ["Zebby"]
    assert by_name(actors, "Zebby") is None


def test_first_name_shared_by_two_people_joins_neither():
    """With Jonno Pike and Jonno Carr in the text, 'Jonno' is an alias of neither."""
    actors = actors_of("The director, Jonno Pike, hired Jonno Carr as lead. Critics praised Jonno on Sunday.")
    assert by_name(actors, "Jonno Pike").aliases == [] and by_name(actors, "Jonno Carr").aliases == []


def test_company_word_is_not_taken_for_a_first_name():
    """'Vantelli' beside 'Vantelli Cables' is never a person's first name, and a person's cluster ending in a
    common word ('Vantelli Cables' typed a person by shape only) is no firm owner for a lone first word."""
    actors = actors_of("Vantelli Cables has sales of $3bn. Analysts said Vantelli will gain.")
    assert not any(a.type == "PER" and "Vantelli" in a.aliases for a in actors)
    lex = _lexicon()
    shaped = _Cluster("PER")
    shaped.add(EntityMention(0, 0, 15, "Vantelli Cables", "PER", weak=True, role="firm", tokens=("Vantelli", "Cables")))
    assert not _firm_person(shaped, lex)
    singer = _Cluster("PER")
    singer.add(EntityMention(0, 0, 13, "Zebby Marlowe", "PER", weak=True, role="singer", tokens=("Zebby", "Marlowe")))
    assert _firm_person(singer, lex)
    bare = _Cluster("PER")
    bare.add(EntityMention(0, 0, 13, "Zebby Marlowe", "PER", weak=True, tokens=("Zebby", "Marlowe")))
    assert not _firm_person(bare, lex)


# -- titles before a name are roles --------------------------------------------------


def test_portfolio_list_before_a_name_is_the_role():
    """'Minister for Schools, Sport and Leisure Helen Brant': the list is her role, no actor 'for Schools'."""
    actors = actors_of("Minister for Schools, Sport and Leisure Helen Brant said the plan would help. Ms Brant left.")
    brant = by_name(actors, "Helen Brant")
    assert brant.role == "Minister for Schools, Sport and Leisure"
    assert names(actors) == {"Helen Brant"}


def test_capitalised_role_after_a_place_is_the_role_and_the_place_stays():
    """'Lakeland County Prosecutor Dave Korr': Korr's role; Lakeland County is a place, not a person."""
    actors = actors_of("Lakeland County Prosecutor Dave Korr told reporters the man was held. Korr said more.")
    assert by_name(actors, "Dave Korr").role == "Lakeland County Prosecutor"
    assert by_name(actors, "Lakeland County").type == "LOC"
    assert by_name(actors, "Lakeland County Prosecutor") is None


def test_organisation_before_a_title_stays_an_organisation():
    """'Bank of Freedonia Governor Ola Sand': the bank is an organisation, the governor its person."""
    actors = actors_of("Bank of Freedonia Governor Ola Sand said rates would rise.")
    assert by_name(actors, "Ola Sand").role == "Bank of Freedonia Governor"
    assert by_name(actors, "Bank of Freedonia").type == "ORG"


def test_title_with_portfolio_alone_is_no_actor():
    """'the Minister for Sport' names nobody; 'Minister of Defence Zubrov' names Zubrov."""
    assert names(actors_of("The Minister for Sport, Culture and Tourism said it, and Anna Lee agreed.")) == {"Anna Lee"}
    zubrov = by_name(actors_of("Minister of Defence Zubrov said the army would stay."), "Zubrov")
    assert zubrov is not None and zubrov.role == "Minister of Defence"


# -- credits ------------------------------------------------------------------------


def test_reporter_lines_are_credits_not_actors():
    """'X reported from Y.', 'X and Y contributed to this report', 'Reporting by X' name reporters."""
    actors = actors_of("The jury found Omar Brandt guilty on Tuesday. Brandt showed no emotion.",
                       "Lena Fisk reported from Boston. Rob Tate reported from Atlanta.",
                       "Newsline's Kit Moray and Jo Penn contributed to this report. Reporting by Ian Wells; Editing by Al Dove")
    assert {"Lena Fisk", "Rob Tate", "Kit Moray", "Jo Penn", "Ian Wells", "Al Dove"}.isdisjoint(names(actors))
    assert by_name(actors, "Omar Brandt") is not None and by_name(actors, "Boston").type == "LOC"


def test_byline_at_the_start_is_a_credit():
    """'By Sam Rudd and Tim Hale for the Daily Globe': the writers are no actors."""
    actors = actors_of("By Sam Rudd and Tim Hale for the Daily Globe", "Police in Leeds arrested Kay Burr on Monday.")
    assert "Sam Rudd" not in names(actors) and "Tim Hale" not in names(actors)
    assert by_name(actors, "Kay Burr") is not None


def test_a_person_who_reported_from_a_scene_in_a_long_sentence_stays():
    """'John Moss reported from the scene that ...' is a sentence about him, not a credit line."""
    actors = actors_of("John Moss reported from the scene that the army had left the town of Abeche on Monday.")
    assert by_name(actors, "John Moss") is not None


# -- spurious single words ------------------------------------------------------------


def test_question_word_after_a_lost_sentence_break_is_no_actor():
    """'"Are you ready? How much do you want it?"' in one sentence: 'How' starts a sentence, it is no name."""
    actors = actors_of('Coach Dan Kerr asked: "Are you ready? How much do you want it? How far will you go?" Kerr smiled.')
    assert "How" not in names(actors)


def test_title_word_before_a_common_word_is_no_person():
    """'Freedonia's General Election' is an event, not a person 'Election' with the role 'General'."""
    actors = actors_of("Officials studied the impact of Freedonia's General Election on trade with Ruritania.")
    assert "Election" not in names(actors)
    assert by_name(actors_of("President Bush met Secretary of State Brown."), "Brown").role == "Secretary of State"


def test_acronym_of_a_common_phrase_is_no_actor():
    """'mindful breathing (MB)' and 'Slow walking, known as SW': practices, not organisations, in every use."""
    actors = actors_of("Teachers of mindful breathing (MB) say it calms. MB is taught by Rena Holt.",
                       "Slow walking, known as SW, is popular. SW classes are full. GCSE exams start soon.")
    assert {"MB", "SW", "GCSE"}.isdisjoint(names(actors))
    assert by_name(actors, "Rena Holt") is not None


def test_acronym_of_a_name_stays_an_organisation():
    """'Federal Bureau of Investigation (FBI)' and 'telecoms giant BT' keep their organisations."""
    actors = actors_of("The Federal Bureau of Investigation (FBI) said the FBI would help.",
                       "A report by telecoms giant BT says so. BT said costs would rise.")
    assert by_name(actors, "Federal Bureau of Investigation").aliases == ["FBI"]
    assert by_name(actors, "BT").type == "ORG"


# -- roles are noun phrases ----------------------------------------------------------


def test_role_never_takes_a_verb_before_the_role_noun():
    """'accused of bribing football star Leo Vance': role 'football star'; 'Pike hired actor Jonno Carr': 'actor'."""
    vance = by_name(actors_of("He was accused of bribing football star Leo Vance last year."), "Leo Vance")
    assert vance.role == "football star"
    carr = by_name(actors_of("Director Jonno Pike hired actor Jonno Carr."), "Jonno Carr")
    assert carr.role == "actor"


def test_abbreviated_ranks_stay_whole():
    """'Maj. Gen. Ira Coble' has the role 'Maj. Gen.', and 'Maj' is no actor."""
    actors = actors_of("Maj. Gen. Ira Coble said the army would recruit more. Coble spoke on Monday.")
    assert by_name(actors, "Ira Coble").role == "Maj. Gen."
    assert "Maj" not in names(actors)


# -- events and families ---------------------------------------------------------------


def test_league_used_as_a_competition_is_no_actor():
    """'the Galaxy League final', 'in the Galaxy League': a competition; 'the Arab League' (listed) stays."""
    actors = actors_of("Rovers reached the Galaxy League final on Tuesday. Fans hope to stay in the Galaxy League.",
                       "The Arab League met in Cairo.")
    assert "Galaxy League" not in names(actors)
    assert by_name(actors, "Arab League") is not None


def test_plural_of_a_persons_surname_is_the_family_not_an_actor():
    """'The Pettigrews' (a show about Dora Pettigrew's family) is not an actor; Dora is."""
    actors = actors_of("Singer Dora Pettigrew said The Pettigrews would end. The Pettigrews ran for three series.",
                       "Fans of The Pettigrews were upset.")
    assert "Pettigrews" not in names(actors)
    assert by_name(actors, "Dora Pettigrew") is not None


# -- ranking ---------------------------------------------------------------------------


def test_organisation_named_in_a_spokesmans_role_gains_salience():
    """'Ballot Services spokesman Rob Tate': the firm he speaks for ranks above a firm named as often without one."""
    actors = actors_of("Count Partners ran the vote with Ballot Services in Northfield.",
                       "Count Partners staff told Ann Lee it was late.",
                       "Ballot Services spokesman Rob Tate said the result was clear.")
    order = [a.name for a in actors]
    assert order.index("Ballot Services") < order.index("Count Partners")

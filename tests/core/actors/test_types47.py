"""Type errors a user sees at once (issue 17, round 47): an everyday first name before everyday words, a
headline-like run opening a sentence, a surname typed by another cue beside the person named in full; each on a
short made-up text."""

from briefing.core.actors import extract_actors
from tests.core.builders import make_article
from tests.core.builders import mention_types as types_of


def actor_types(*sentences: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(make_article([" ".join(sentences)]))}


def test_everyday_first_name_before_everyday_words_is_no_person():
    """'Royal' is a census first name, but 'Royal Mail' (no surname after it, no person cue) is no person."""
    t = types_of("Royal Mail said deliveries would resume.", "A spokesman for Royal Mail apologised.")
    assert t["Royal Mail"] == {"ORG"}


def test_everyday_first_name_and_common_word_taken_up_by_she_is_a_person():
    """'Hope Solo said she ...': a gendered pronoun takes the name up, a person."""
    assert types_of("Hope Solo said she would play on Sunday.")["Hope Solo"] == {"PER"}


def test_everyday_first_name_and_surname_stays_a_person():
    """A listed surname after the first name keeps the person: 'Rose Byrne', 'Bill Gates', 'Grant Shapps'."""
    t = types_of("Rose Byrne thanked the crew.", "Bill Gates gave a talk.", "Grant Shapps visited the port.")
    assert t["Rose Byrne"] == {"PER"} and t["Bill Gates"] == {"PER"} and t["Grant Shapps"] == {"PER"}


def test_entrant_before_his_country_in_brackets_is_a_person():
    """A results line: 'Guy Forget ( France ) beat ...': an individual entrant, though both words are everyday."""
    t = types_of("Guy Forget ( France ) beat Felix Mantilla ( Spain ) 6-4 7-5 6-3")
    assert t["Guy Forget"] == {"PER"}


def test_headline_like_run_opening_a_sentence_is_no_name_by_which_alone():
    """'Sales Growth Slows, which analysts expected, hit ...': a run of common words opening the sentence is read
    like a headline; 'which' after it does not make it an organisation."""
    t = types_of("Sales Growth Slows, which analysts expected, hit the shares of Tesco on Tuesday.")
    assert "Growth Slows" not in t and "Sales Growth Slows" not in t


def test_run_of_common_words_inside_a_sentence_with_which_is_a_name():
    """Inside the sentence the cue holds: 'praised Sea Glass Vacations, which sells trips'."""
    t = types_of("Investors praised Sea Glass Vacations, which sells trips to the coast.")
    assert t["Sea Glass Vacations"] == {"ORG"}


def test_surname_with_a_spokeswoman_joins_the_person_named_in_full():
    """'a Scholz spokeswoman' types a lone word an organisation by itself; beside 'Olaf Scholz' it is his surname."""
    t = actor_types("German Chancellor Olaf Scholz met party leaders in Berlin on Tuesday.",
                    "A Scholz spokeswoman said a statement would follow.")
    assert t["Olaf Scholz"] == "PER" and "Scholz" not in t


def test_lone_word_with_a_spokeswoman_and_no_person_stays_an_organisation():
    """With no person of that surname the spokeswoman's cue holds: 'a Jive spokeswoman'."""
    assert types_of("A Jive spokeswoman said the album was delayed.")["Jive"] == {"ORG"}


def test_told_the_before_a_noun_the_name_qualifies_is_no_cue():
    """'told the Scholz camp': the word qualifies 'camp', it is not what was told ('told the Sun' is)."""
    t = actor_types("German Chancellor Olaf Scholz met party leaders in Berlin on Tuesday.",
                    "Critics told the Scholz camp nothing.")
    assert t["Olaf Scholz"] == "PER" and "Scholz" not in t
    assert types_of("The minister told the Herald on Monday that she would resign.")["Herald"] == {"ORG"}

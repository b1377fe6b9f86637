"""Types and merges of the kinds tour53's genre probe found wrong (types54): ranges, seas and landforms typed
organisations, firms typed places, persons typed organisations or places, and a person split by a short first
name. Made-up texts, one per rule."""

from __future__ import annotations

from ..builders import actors_of, mention_types


def _actors(*paragraphs):
    return {a.name: a for a in actors_of(*paragraphs)}


def test_lone_word_after_a_place_preposition_and_the_is_a_place():
    got = mention_types("The stage ends on a climb in the Corvennes on Sunday.")
    assert got["Corvennes"] == {"LOC"}


def test_lone_word_after_in_the_owning_something_is_no_place():
    got = mention_types("The change was first seen in the Tarvel's new handset.")
    assert "LOC" not in got.get("Tarvel", {"ORG"})


def test_staff_at_a_lone_word_makes_it_their_employer():
    got = mention_types("Analysts at Hollings said the deal was cheap.")
    assert got["Hollings"] == {"ORG"}


def test_tagger_person_taken_up_by_he_is_a_person():
    got = mention_types("Marquinhos scored twice before he was replaced in the second half.")
    assert got["Marquinhos"] == {"PER"}


def test_listed_town_short_form_joins_the_firm_not_its_product():
    # "Aalten" is a listed Dutch town; here it is the firm's name cut short (its shares, it said).
    got = _actors("Aalten Systems on Tuesday unveiled its first folding phone, the Aalten Fold.",
                  "A cheaper model, the Aalten Flip, follows next year. Aalten's shares rose 7 percent.",
                  "Aalten said sales would double.")
    assert "Aalten" in got["Aalten Systems"].aliases and "Aalten" not in got


def test_landform_and_romance_mountain_names_are_places():
    got = mention_types("In 1979 she led an expedition to the Tolver Plateau off the coast.",
                        "The riders climb to Plateau de Marsenne on Friday.")
    assert got["Tolver Plateau"] == {"LOC"} and got["Plateau de Marsenne"] == {"LOC"}


def test_street_of_an_address_is_a_place_but_an_actor_named_lane_a_person():
    got = mention_types("Pelling, of Church Lane, Ashbridge, was fined.", "Nathan Lane starred in the play.")
    assert got["Church Lane"] == {"LOC"} and got["Nathan Lane"] == {"PER"}


def test_ruler_with_a_regnal_number_is_a_person():
    got = mention_types("The bronzes were received by Oba Ewuare II, the traditional ruler of the kingdom.")
    assert got["Oba Ewuare II"] == {"PER"}


def test_field_of_science_word_ends_a_firm():
    got = mention_types("Rival Corvane Biologics fell 3 percent.", "Trelby Genomics said it would cut jobs.")
    assert got["Corvane Biologics"] == {"ORG"} and got["Trelby Genomics"] == {"ORG"}


def test_role_noun_before_a_name_and_a_listed_surname_is_a_person():
    got = mention_types('"It is late," said Moody\'s analyst Sena Park.')
    assert got["Sena Park"] == {"PER"}


def test_lone_sea_name_joins_the_sea_named_in_full():
    got = _actors("Ships crossed the Tarvan Sea on Monday.", "A storm over the Tarvan sank two boats.")
    assert got["Tarvan Sea"].type == "LOC" and "Tarvan" in got["Tarvan Sea"].aliases


def test_short_first_name_is_the_one_person_of_that_surname():
    got = _actors("Raymond Castell was elected governor in 1982.",
                  "Ray Castell, as everyone called him, never lost a vote. Castell died on Sunday.")
    assert set(got["Raymond Castell"].aliases) >= {"Ray Castell", "Castell"}
    assert "Ray Castell" not in got and "Castell" not in got


def test_lone_surname_stays_apart_when_two_people_share_it():
    # The merge of short first names moves nothing here: two Ollerbys, "Dr. Ollerby" could be either.
    got = _actors("Anne Ollerby, a biologist, died on Sunday. Her son, Tom Ollerby, confirmed her death.",
                  "Dr. Ollerby studied corals for forty years.")
    assert {"Anne Ollerby", "Tom Ollerby"} <= set(got)
    assert "Ollerby" not in got["Anne Ollerby"].aliases and "Ollerby" not in got["Tom Ollerby"].aliases


def test_generic_phrase_placed_in_another_town_is_another_body():
    got = _actors("He studied at the Brelsk Academy of Music in Warsaw.",
                  "Later he taught at the Academy of Music in Krakow.")
    assert "Academy of Music" in got and "Academy of Music" not in got["Brelsk Academy of Music"].aliases


def test_generic_short_form_placed_in_the_town_of_its_name_still_joins():
    got = _actors("He joined the Minnesota Department of Health in 2001.",
                  "The Department of Health in Minnesota said he retired.")
    assert "Department of Health" in got["Minnesota Department of Health"].aliases


def test_hyphenated_town_with_a_particle_is_a_place():
    got = mention_types("Gangs control the capital, Port-au-Lorme, and the roads north.",
                        "The editor-in-chief left; the Commander-in-Chief spoke.")
    assert got["Port-au-Lorme"] == {"LOC"}
    assert "LOC" not in got.get("Commander-in-Chief", set())


def test_sea_named_in_a_headline_and_the_text_joins_the_sea():
    from briefing.core.actors import extract_actors

    from ..builders import make_article

    text = "Envoys met over the oil field in the Tarvan Sea on Monday. Two states which border the Tarvan want a deal."
    art = make_article([text], title="Talks on Tarvan Border Dispute Resume")
    got = {a.name: a for a in extract_actors(art)}
    assert "Tarvan" not in got and got["Tarvan Sea"].type == "LOC"

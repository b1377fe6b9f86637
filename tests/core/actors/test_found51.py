"""Key actors the finder never kept, fifty-first round: a run of dictionary words the finder drops as a title of a
work ("Green Day", "Think Secret") counts in every use once one use is an actor (dropped_runs.py). Made-up texts,
one per rule."""

from __future__ import annotations

from ..builders import actors_of, by_name


def _mentions(actors, name):
    actor = by_name(actors, name)
    return (actor.type, actor.mentions) if actor else None


def test_run_listed_with_people_is_an_actor_in_every_use():
    got = actors_of("Pop singer Ann Lee won two prizes at the awards on Sunday.",
                    "Lee, Quiet Storm and Tom Black took home two awards each. "
                    "Later Quiet Storm bagged the prize for best rock video.",
                    "Fans of Quiet Storm cheered.")
    assert _mentions(got, "Quiet Storm") == ("ORG", 3)


def test_run_listed_with_organisations_is_an_actor_in_every_use():
    got = actors_of("Apple sued people who leaked secrets to the Acme Online, Mac Insider and Open Secret websites.",
                    "The separate legal fight with Open Secret has yet to be resolved.")
    assert _mentions(got, "Open Secret") == ("ORG", 2)


def test_run_that_speaks_once_counts_in_every_use():
    got = actors_of("The separate legal fight with Open Secret has yet to be resolved.",
                    "Open Secret said it would protect its sources.")
    assert _mentions(got, "Open Secret") == ("ORG", 2)


def test_title_of_a_work_named_three_times_stays_no_actor():
    got = actors_of("Ann Lee stars in Paper Lantern, a film shot in Wales.",
                    "Paper Lantern opens in May. Critics who saw Paper Lantern loved it.")
    assert by_name(got, "Paper Lantern") is None


def test_run_listed_with_places_stays_no_actor():
    got = actors_of("The show tours Paris, Paper Lantern and Rome this year.",
                    "Tickets for Paper Lantern sold out in an hour.")
    assert by_name(got, "Paper Lantern") is None


def test_lone_organisation_word_after_the_that_acts_is_an_actor_in_every_use():
    got = actors_of("The Navy said on Monday it would send two ships to the gulf.",
                    "Critics of the Navy say the ships are too old. Few recruits join the Navy now.")
    assert _mentions(got, "Navy") == ("ORG", 3)


def test_lone_organisation_word_named_once_stays_no_actor():
    got = actors_of("The Navy said on Monday it would send two ships to the gulf.")
    assert by_name(got, "Navy") is None


def test_generic_body_after_the_stays_no_actor():
    got = actors_of("The Government said on Monday it would raise taxes.",
                    "Critics of the Government say the plan is unfair.")
    assert by_name(got, "Government") is None


def test_comma_after_an_opening_phrase_lists_nothing():
    got = actors_of("Comedian Tom Black, who made the TV satire Paper Lantern, has a new show.",
                    "As well as Paper Lantern, Black wrote a radio sketch show.")
    assert by_name(got, "Paper Lantern") is None


def test_run_named_after_a_work_noun_stays_no_actor_though_listed():
    got = actors_of("Critics loved the TV show Paper Lantern this year.",
                    "Prizes went to Ann Lee, Tom Black and Paper Lantern on Sunday.")
    assert by_name(got, "Paper Lantern") is None


def test_run_after_a_capital_the_inside_a_sentence_stays_no_actor_though_listed():
    got = actors_of("The critics named Ann Lee best writer for The Paper Lantern, and Tom Black best newcomer.")
    assert by_name(got, "Paper Lantern") is None


def test_run_listed_with_a_listed_first_name_is_an_actor():
    got = actors_of("The festival opened on Friday. Travis and Quiet Storm played live to a big crowd.",
                    "Later Quiet Storm left early.")
    assert _mentions(got, "Quiet Storm") == ("ORG", 2)


def test_run_listed_with_the_short_form_of_an_organisation_is_an_actor():
    got = actors_of("The New York Comets beat Boston on Friday.",
                    "Fans of the Comets and Quiet Storm cheered. Quiet Storm played at half time.")
    assert _mentions(got, "Quiet Storm") == ("ORG", 2)


def test_run_listed_with_an_unknown_word_stays_no_actor():
    got = actors_of("Films such as Lagaan and Monsoon Bride have broken the boundaries of culture.",
                    "Monsoon Bride was shot in Delhi.")
    assert by_name(got, "Monsoon Bride") is None


def test_promoted_runs_make_no_list_of_firms_of_the_people_beside_them():
    got = actors_of("He toured with Acme Records, Quiet Storm, Open Secret, Ann Lee and Tom Black last year.")
    assert _mentions(got, "Ann Lee") == ("PER", 1) and _mentions(got, "Tom Black") == ("PER", 1)
    assert _mentions(got, "Open Secret") == ("ORG", 1)

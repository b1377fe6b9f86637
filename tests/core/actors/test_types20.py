"""Types, fifteenth round (issue 17): one name typed two ways is one actor; organisations, persons and places
typed otherwise. Each test is a short text written for it."""

from tests.core.builders import actors_of, make_article, rows_named as _rows


def test_one_name_typed_two_ways_is_one_actor_typed_by_most_uses():
    """'Lisbon' as the place ("in Lisbon", "near Lisbon") and read as a side in a sports report ("the Lisbon
    action") is one actor, a place: three uses against two."""
    actors = actors_of("Runner Maria Kelly won the race in Lisbon on Sunday, after a car crash near Lisbon last year.",
                       "The season ended in Lisbon with a win for the club.",
                       "Kelly's Lisbon ambitions were wrecked by injury, and her team-mates watched the Lisbon action "
                       "on television.")
    rows = _rows(actors, "Lisbon")
    assert [a.type for a in rows] == ["LOC"] and rows[0].mentions == 5


def test_according_to_a_surname_is_no_place_cue():
    """'according to Chad' is the source of a statement: with two Chads named in full (so the surname joins
    neither), the lone 'Chad' is a person, not the country."""
    actors = actors_of("Fisherman Peter Chad spoke with his son Mark Chad on Monday before the boat left.",
                       "Chad drifted for weeks, according to Chad. Chad said the fish kept him alive.")
    rows = _rows(actors, "Chad")
    assert [a.type for a in rows] == ["PER"]


def test_lone_surname_cued_an_organisation_once_is_the_person():
    """'his side Hollins' (a caption glued to the text) reads 'Hollins' as a team once; said four times
    without the noun, it is the surname of Dean Hollins, the one person named in full with it."""
    actors = actors_of("Manager Dean Hollins hit back at his critics on Tuesday.",
                       "The criticism was aimed at his struggling side Hollins has been left angry by the remarks.",
                       "But Hollins says he does not listen. Hollins said the players were fine. "
                       "'We will be ready,' said Hollins. Hollins added that the fans had been good.")
    dean = _rows(actors, "Dean Hollins")
    assert len(dean) == 1 and "Hollins" in dean[0].aliases and not _rows(actors, "Hollins")


def test_name_after_a_noun_of_a_body_in_space_is_a_place():
    """'Saturn's moon Pelora' and '(Saturn's moon) Tavira': a moon is a place, as the listed planets are."""
    actors = actors_of("Scientists said Saturn's moon Pelora may hold water under its ice.",
                       "They also found that (Saturn's moon) Tavira has a thin atmosphere.")
    assert {a.name: a.type for a in actors if a.name in ("Pelora", "Tavira")} == {"Pelora": "LOC", "Tavira": "LOC"}


def test_an_organisation_joined_from_two_types_keeps_its_named_in_roles_feature():
    """One name typed two ways is joined into one actor (a new group); a person's role that names it ("Wimbledon
    spokesman") still counts for it (the feature was looked up by the id of the groups before joining)."""
    from briefing.core.actors.extract import actor_features
    from briefing.core.actors.resolve import _Cluster
    from briefing.core.actors.tokens import new_mention

    article = make_article(["Fans criticised Wimbledon. Wimbledon spokesman Tom Hale spoke. Wimbledon agreed. "
                            "Rain fell at Wimbledon."])
    org, loc, per = _Cluster("ORG"), _Cluster("LOC"), _Cluster("PER")
    for si, start in ((0, 16), (2, 0)):
        org.add(new_mention(si, start, start + 9, "Wimbledon", "ORG", "name", None, ("Wimbledon",)))
    loc.add(new_mention(3, 13, 22, "Wimbledon", "LOC", "name", None, ("Wimbledon",)))
    hale = new_mention(1, 20, 28, "Tom Hale", "PER", "name", None, ("Tom", "Hale"))
    hale.role = "Wimbledon spokesman"
    per.add(hale)
    feats = {a.name: f for a, f in actor_features(article, [org, loc, per])}
    assert feats["Wimbledon"]["in_roles"] == 1.0

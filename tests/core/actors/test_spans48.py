"""English span and type errors found by made-up tours (issue 17, round 48): a transcript's title in capitals, a
street named after a titled person, a county listed in the headline, ...; each on a short made-up text."""

from briefing.core.actors import extract_actors, extract_mentions
from tests.core.builders import make_article
from tests.core.builders import mention_types as types_of


def actor_types(*sentences: str, title: str = "") -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(make_article([" ".join(sentences)], title=title))}


def test_abbreviated_title_in_capitals_opening_a_speaker_label_is_no_organisation():
    """'PROF. ALDERTON:' opens a transcript's line: the title with its full stop is part of the label, not 'PROF'."""
    t = types_of("PROF. ALDERTON: The samples were clean.", "MR. HOLLOWAY: I saw them myself.")
    assert t == {"ALDERTON": {"PER"}, "HOLLOWAY": {"PER"}}


def test_title_in_capitals_with_no_label_after_it_is_left_as_before():
    """Without a colon after the name there is no speaker label: 'USA. NASA said' keeps both acronyms."""
    t = types_of("He flew to the USA. NASA said the launch was on time.")
    assert "USA" in t and t["NASA"] == {"ORG"}


def test_street_named_after_a_titled_person_is_a_place():
    """A royal title, a name and a road's end word: the street, the whole run ('Princess Anne Rd', not 'Anne Rd')."""
    t = types_of("Police closed Duchess of Fife Street after the crash.", "Buses used Princess Anne Rd instead.",
                 "Residents of King Alfred Avenue complained.", "A stall on Queen Street sold fish.")
    assert t == {"Duchess of Fife Street": {"LOC"}, "Princess Anne Rd": {"LOC"}, "King Alfred Avenue": {"LOC"},
                 "Queen Street": {"LOC"}}


def test_person_with_a_road_word_for_a_surname_after_a_title_of_office_stays_a_person():
    """'Lane', 'Way', 'Street' are surnames too: after a title of office they end a person's name."""
    t = types_of("Senator Tom Lane said the bill would pass.", "Lord Lane ruled on the appeal.")
    assert t == {"Tom Lane": {"PER"}, "Lord Lane": {"PER"}}


def test_county_named_like_a_person_listed_with_a_place_in_the_headline_is_a_place():
    """'Devon' is a first name left out of the places; listed with 'Cornwall' in the headline it is the county,
    also where the body names it alone."""
    t = actor_types("Rain hit Devon hardest, with roads flooded near Exeter.", title="Gales lash Cornwall and Devon")
    assert t["Devon"] == "LOC"
    ms = {(m.text, m.sentence): m.type for m in extract_mentions(
        make_article(["Rain hit Devon hardest."], title="Gales lash Cornwall and Devon"))}
    assert ms[("Devon", -1)] == "LOC" and ms[("Devon", 0)] == "LOC"


def test_first_name_in_the_headline_with_no_place_beside_it_stays_a_person():
    """'Devon' beside a person in the headline is no county."""
    t = actor_types("Devon Harris said the team would rest on Sunday.", title="Devon and Marcus lead the way")
    assert t["Devon Harris"] == "PER"


def test_name_before_a_landform_noun_is_a_place():
    """'Kelsand reef', 'the Brannholm sandbank': a landform noun after the name makes it a place."""
    t = types_of("The trawler ran aground on Kelsand reef.", "Divers mapped the Brannholm sandbank.")
    assert t == {"Kelsand": {"LOC"}, "Brannholm": {"LOC"}}


def test_apposition_headed_by_a_place_noun_makes_a_place():
    """'Torvik, a small fishing village near ...': the apposition says what the name is."""
    t = types_of("The yacht struck Sorvaer, a sandbank off the coast.", "Rescuers reached Torvik, a small village near the fjord.")
    assert t == {"Sorvaer": {"LOC"}, "Torvik": {"LOC"}}


def test_apposition_of_a_place_noun_before_another_noun_is_no_place():
    """'Brontex, a city firm,': the place noun is a modifier, the firm is the head."""
    assert types_of("He joined Brontex, a city firm, in May.")["Brontex"] != {"LOC"}


def test_nationality_before_common_words_ending_in_a_plural_noun_is_part_of_the_name():
    """'Nordic Sea Lines' is one firm's name, not the nationality and 'Sea Lines'; a person after the nationality
    is still cut off ('Danish Anna Holm')."""
    t = types_of("Shares in Nordic Sea Lines fell on Monday.", "Danish Anna Holm won the race.")
    assert t["Nordic Sea Lines"] == {"ORG"} and "Sea Lines" not in t and t["Anna Holm"] == {"PER"}


def test_flying_home_to_a_country_is_no_side_in_a_game():
    """'flew home to Norway' in a sports report: a trip home, the country; 'at home to X' is still a side."""
    t = actor_types("Lindqvist finished third in the slalom.", "The skier flew home to Norway after the race.",
                    "Lindqvist won the giant slalom last season.")
    assert t["Norway"] == "LOC"


def test_town_and_compass_word_owning_a_noun_after_in_is_a_person():
    """'in Kanye West's album': 'in' governs the album; 'Kanye' is a listed town, 'West' a compass word, yet the
    possessive owner is the singer; 'in Bristol West' (no possessive) is still a seat."""
    t = types_of("The best song in Kanye West's new album is short.", "The vote in Bristol West was close.")
    assert t["Kanye West"] == {"PER"} and t["Bristol West"] == {"LOC"}


def test_capitalised_role_noun_between_the_and_of_is_a_post_not_a_person():
    """'the Head of Channel Four News': 'Head' is a surname too, but here it names a post."""
    t = types_of("The Head of Channel Four News said coverage would grow.", "She met the Head of Radio Clyde.")
    assert "Head" not in t and t["Channel Four News"] == {"ORG"}


def test_trade_plural_possessive_and_one_word_is_one_name():
    """'The Fishermen's Friend', 'the Postman's Rest': a trade's possessive and one word make one name, no
    person 'Friend'; a title's possessive is not read so ('The Chairman's Report')."""
    t = types_of("The Fishermen's Friend choir sang at the harbour.", "Drinkers left the Postman's Rest early.",
                 "The Chairman's Report was published.")
    assert "Friend" not in t and "Rest" not in t and "Fishermen's Friend" in t and "Postman's Rest" in t
    assert not any("Report" in k for k in t)


def test_will_opening_a_statement_before_a_name_is_a_first_name():
    """'Will Poulter thanked ...': a first name; 'Will Smith win?' asks, the modal verb."""
    t = types_of("Will Poulter thanked the crew after the premiere.")
    assert t["Will Poulter"] == {"PER"}
    q = types_of("Will Britain leave the union?", "Will Dawson win the race on Sunday?")
    assert "Will Britain" not in q and "Will Dawson" not in q and q["Britain"] == {"LOC"}
